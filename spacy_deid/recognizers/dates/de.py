"""German: '14. März 2021', '14 Mär 2021', 'März 2021'."""
from .written import WrittenDates

DATES = WrittenDates("de", "de_DE", joiners=(), day_dot=True)
