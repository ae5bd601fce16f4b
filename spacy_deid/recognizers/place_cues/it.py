"""Italian: "abita a", "vive in", "residente a", "nato a", "originario di", "residenza:"."""
_FILLER = r"(?:\s+(?!a\b|in\b|di\b|da\b)[\wàèéìòù'.-]+){0,3}?"
BEFORE = (
    r"(?:abita|abitava|vive|viveva|risiede|risiedeva|residente|domiciliat[oa]|nat[oa]|cresciut[oa]|trasferit[oa])"
    + _FILLER + r"\s+(?:ad|a|in)\b",
    r"(?:originari[oa]|proveniente|provenient[ei]|arrivat[oa]|venut[oa])" + _FILLER + r"\s+(?:dalla|dal|di|da)\b",
    r"(?:luogo\s+di\s+nascita|residenza|domicilio|città)\s*:",
)
