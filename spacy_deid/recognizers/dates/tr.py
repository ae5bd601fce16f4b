"""Turkish: '14 Mart 2021', 'Mart 2021'."""
from .written import WrittenDates

DATES = WrittenDates("tr", "tr_TR", joiners=(), day_dot=False)
