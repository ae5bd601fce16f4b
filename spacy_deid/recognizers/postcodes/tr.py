"""Turkish postcodes: "34710 Kadıköy", "06100 Çankaya/Ankara", "posta kodu 34710"."""
from . import Postcodes

POSTCODES = Postcodes(
    code=r"(?P<zip>(?:TR-[ \t]?)?(?:0[1-9]|[1-7]\d|8[01])\d{3})(?![\d-])",
    prefixed=r"(?P<zip>TR-[ \t]?\d{5})(?![\d-])",
    cue=r"posta\s+kodu",
)
