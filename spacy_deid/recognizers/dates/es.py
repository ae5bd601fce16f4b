"""Spanish: '14 de marzo de 2021', 'marzo de 2021', '3 de abril'."""
from .written import WrittenDates

DATES = WrittenDates("es", "es_ES", joiners=('de', 'del'), day_dot=False)
