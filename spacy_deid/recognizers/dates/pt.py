"""Portuguese: '14 de março de 2021', 'março de 2021'."""
from .written import WrittenDates

DATES = WrittenDates("pt", "pt_PT", joiners=('de',), day_dot=False)
