"""Italian: "abita a", "vive in", "residente a", "nato a", "originario di", "residenza:"."""
_FILLER = r"(?:\s+(?!a\b|in\b|di\b|da\b)[\wàèéìòù'.-]+){0,3}?"
BEFORE = (
    r"(?:abita|abitava|vive|viveva|risiede|risiedeva|residente|domiciliat[oa]|nat[oa]|cresciut[oa]|trasferit[oa])"
    + _FILLER + r"\s+(?:ad|a|in)\b",
    r"(?:originari[oa]|proveniente|provenient[ei]|arrivat[oa]|venut[oa])" + _FILLER + r"\s+(?:dalla|dal|di|da)\b",
    r"(?:luogo\s+di\s+nascita|residenza|domicilio|città)\s*:",
    # born on a date, then the place ("nata il 3 aprile 1950 a Cremona")
    r"(?:nat[oa]|decedut[oa])\s+il\s+[\w./-]+(?:\s+[\w./-]+){0,3}?\s+(?:a|in)\b",
)
