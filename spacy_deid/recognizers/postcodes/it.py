"""Italian postcodes: "20121 Milano", "00185 Roma (RM)", "I-20121", "CAP 20121"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>(?:I-[ \t]?)?\d{5})(?![\d-])",
    prefixed=r"(?P<zip>I-[ \t]?\d{5})(?![\d-])",
    cue=r"cap|c\.a\.p\.|codice\s+postale",
)
