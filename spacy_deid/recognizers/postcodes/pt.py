"""Portuguese postcodes: "4700-123 Braga", "CP 1000-001", "código postal 4700-123"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>[1-9]\d{3}-\d{3})(?![\d-])",
    prefixed=r"(?P<zip>P-[ \t]?[1-9]\d{3}-\d{3})(?![\d-])",
    cue=r"cp|c\.p\.|c[óo]digo\s+postal",
)
