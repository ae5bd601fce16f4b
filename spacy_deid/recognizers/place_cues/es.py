"""Spanish: "vive en", "reside en", "natural de", "nacido en", "procedente de", "domicilio:"."""
_FILLER = r"(?:\s+(?!en\b|de\b|a\b)[\wáéíóúñü'.-]+){0,3}?"
BEFORE = (
    r"(?:vive|vivía|reside|residía|residente|domiciliad[oa]|nacid[oa]|criad[oa]|empadronad[oa]|trasladad[oa])"
    + _FILLER + r"\s+(?:en|a)\b",
    r"(?:natural|originari[oa]|procedente|proveniente|oriund[oa]|llegad[oa]|venid[oa])" + _FILLER + r"\s+(?:del|de)\b",
    r"(?:lugar\s+de\s+nacimiento|domicilio|residencia|localidad|ciudad)\s*:",
)
