"""Spanish: "vive en", "reside en", "natural de", "nacido en", "procedente de", "domicilio:"."""
_FILLER = r"(?:\s+(?!en\b|de\b|a\b)[\wáéíóúñü'.-]+){0,3}?"
BEFORE = (
    r"(?:vive|vivía|reside|residía|residente|domiciliad[oa]|nacid[oa]|criad[oa]|empadronad[oa]|trasladad[oa])"
    + _FILLER + r"\s+(?:en|a)\b",
    r"(?:natural|originari[oa]|procedente|proveniente|oriund[oa]|llegad[oa]|venid[oa])" + _FILLER + r"\s+(?:del|de)\b",
    r"(?:lugar\s+de\s+nacimiento|domicilio|residencia|localidad|ciudad)\s*:",
    # born on a date, then the place ("nacida el 3 de abril de 1950 en Logroño")
    r"(?:nacid[oa]|fallecid[oa])\s+el\s+[\w./-]+(?:\s+[\w./-]+){0,4}?\s+en\b",
)
