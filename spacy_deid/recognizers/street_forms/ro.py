"""Romanian streets: the street type, its name, then "nr." and the number ("Str. Ene nr. 6",
"Bulevardul Unirii nr. 12", "Calea Victoriei nr. 3A")."""
_TYPES = (r"(?i:str\.|strada|bd\.|b-dul|bulevardul|calea|aleea|al\.|șos\.|sos\.|şos\.|șoseaua|soseaua|"
          r"piața|piata|intrarea|splaiul|drumul)")
_NAME = r"[A-ZĂÂÎȘŞȚŢ][\wăâîșşțţ.-]*"
PATTERNS = (
    rf"(?<![\w-]){_TYPES}\s*{_NAME}(?:\s+{_NAME}){{0,3}},?\s*(?i:nr\.?)\s*\d{{1,4}}[a-zA-Z]?(?![\w.,]\d|\d)",
)
