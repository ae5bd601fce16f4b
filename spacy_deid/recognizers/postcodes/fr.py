"""French postcodes: "75002 Paris", "69400 Villefranche-sur-Saône", "F-75002", "CP 75002"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>(?:F-[ \t]?)?\d{2}[ \t]?\d{3})(?![\d-])",
    prefixed=r"(?P<zip>F-[ \t]?\d{5})(?![\d-])",
    cue=r"cp|c\.p\.|code\s+postal",
)
