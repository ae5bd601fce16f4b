"""Arabic: '14 مارس 2021', '14 آذار 2021م', 'كانون الثاني 2021'. Three sets of month names are in
use: the Egyptian and Gulf forms of the Latin names (يناير ... ديسمبر), the Levantine and Iraqi
Syriac names (كانون الثاني ... كانون الأول) and the Maghreb's French-derived ones (جانفي ...);
Faker's date providers of ar_EG, ar_AA and ar_DZ hold them. Arabic-Indic digits are read as ASCII
digits after normalisation ("١٤/٠٣/٢٠٢١" is a numeric date to ``en.py``)."""
from .written import WrittenDates

DATES = WrittenDates("ar", "ar_EG", joiners=(), day_dot=False, more_locales=("ar_AA", "ar_DZ"),
                     abbreviations=False, year_suffixes=("م", "هـ", " م"))
