"""Spanish postcodes: "28001 Madrid", "E-28001", "CP: 28001", "C.P. 28001"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>(?:E-[ \t]?)?(?:0[1-9]|[1-4]\d|5[0-2])\d{3})(?![\d-])",
    prefixed=r"(?P<zip>E-[ \t]?\d{5})(?![\d-])",
    cue=r"cp|c\.p\.|c\.\s*postal|c[oó]digo\s+postal",
)
