"""Romanian age phrases: "în vârstă de 72 de ani", "pacient de 72 ani", "vârsta: 72 ani"."""
from .phrases import N

_PERSON = r"(?:pacient(?:ul|a|ă)?|b[ăa]rbat|femeie|copil|sugar|domnul|doamna|d-na|dl\.?)"
PHRASES = (
    r"(?<![a-zăâîșşțţ])(?:[îi]n\s+)?v[âa]rst[ăa]\s+de\s+" + N + r"\s+(?:de\s+)?ani\b",
    r"(?<![a-zăâîșşțţ])v[âa]rsta\s*[:=]?\s*" + N + r"(?:\s+(?:de\s+)?ani)?\b",
    r"(?<![a-zăâîșşțţ])" + _PERSON + r"\s+(?:de\s+)?" + N + r"\s+(?:de\s+)?ani\b",
)
