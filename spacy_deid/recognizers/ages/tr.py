"""Turkish age phrases: "72 yaşında", "72 yaşındaki", "72 yaş erkek hasta", "yaş: 72"."""
from .phrases import N

PHRASES = (
    N + r"\s*(?:'|’)?\s*ya[şs](?:[ıi]nda(?:ki)?|[ıi]nda)?\b",
    r"(?<![a-zçğıöşü])ya[şs][ıi]?\s*[:=]\s*" + N + r"\b",
)
