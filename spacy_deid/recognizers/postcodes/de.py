"""German, Austrian and Swiss postcodes: "37085 Göttingen", "D-37085", "A-1010 Wien", "CH-8001
Zürich", "PLZ 37085"."""
from . import Postcodes

_PREFIXED = r"(?P<zip>(?:D|DE)-[ \t]?\d{5}|(?:A|AT|CH)-[ \t]?\d{4})(?![\d-])"
POSTCODES = Postcodes(
    code=r"(?P<zip>(?:(?:D|DE)-[ \t]?)?\d{5}|(?:A|AT|CH)-[ \t]?\d{4})(?![\d-])",
    prefixed=_PREFIXED,
    cue=r"plz|postleitzahl",
)
