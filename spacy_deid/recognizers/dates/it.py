"""Italian: '14 marzo 2021', 'marzo 2021'."""
from .written import WrittenDates

DATES = WrittenDates("it", "it_IT", joiners=(), day_dot=False)
