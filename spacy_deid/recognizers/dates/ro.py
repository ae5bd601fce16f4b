"""Romanian: '14 martie 2021', '14 mar. 2021'."""
from .written import WrittenDates

DATES = WrittenDates("ro", "ro_RO", joiners=('de',), day_dot=False)
