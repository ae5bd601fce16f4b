"""Italian age phrases: "paziente 72enne", "di 72 anni" after a word for a person, "età: 72",
"all'età di 72 anni", "72 anni di età"."""
from .phrases import N

_PERSON = r"(?:paziente|uomo|donna|signora|signor[ae]?|sig\.(?:ra)?|bambin[oa]|ragazz[oa]|neonat[oa]|soggetto)"
PHRASES = (
    N + r"\s*-?\s*enne\b",
    r"(?<![a-zà])et[àa]\s*[:=]\s*" + N + r"(?:\s*anni)?\b",
    r"(?<![a-zà])all'et[àa]\s+di\s+" + N + r"\s*anni\b",
    N + r"\s+anni\s+di\s+et[àa]\b",
    r"(?<![a-zà])" + _PERSON + r"\s+(?:di\s+)?" + N + r"\s*anni\b",
)
