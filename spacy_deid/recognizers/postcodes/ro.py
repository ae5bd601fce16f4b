"""Romanian postcodes (six digits): "010011 București", "cod poștal 400001"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>(?:RO-[ \t]?)?\d{6})(?![\d-])",
    prefixed=r"(?P<zip>RO-[ \t]?\d{6})(?![\d-])",
    cue=r"cod\s+po[șşs]tal|c\.p\.",
)
