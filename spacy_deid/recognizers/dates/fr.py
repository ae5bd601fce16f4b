"""French: '14 mars 2021', '1er avril', 'mars 2021'."""
from .written import WrittenDates

DATES = WrittenDates("fr", "fr_FR", joiners=(), day_dot=False)
