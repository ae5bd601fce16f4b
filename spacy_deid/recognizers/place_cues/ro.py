"""Romanian: "locuiește în", "domiciliat în", "născut în", "originar din", "domiciliul:"."""
_FILLER = r"(?:\s+(?!în\b|in\b|din\b|la\b)[\wăâîșşțţ'.-]+){0,3}?"
BEFORE = (
    r"(?:locuiește|locuieşte|locuieste|locuia|trăiește|trăieşte|traieste|domiciliat[ăa]?|născut[ăa]?|nascut[ăa]?|"
    r"stabilit[ăa]?|mutat[ăa]?)" + _FILLER + r"\s+(?:în|in|la)\b",
    r"(?:originar[ăa]?|provine|provenit[ăa]?|venit[ăa]?|sosit[ăa]?)" + _FILLER + r"\s+din\b",
    r"(?:locul\s+na[șş]terii|domiciliul|domiciliu|localitatea|ora[șş]ul)\s*:",
    # born on a date, then the place ("născută pe 3 aprilie 1950 în Brașov")
    r"(?:n[ăa]scut[ăa]?|decedat[ăa]?)\s+(?:pe|la|în|in)\s+[\w./-]+(?:\s+[\w./-]+){0,3}?\s+(?:în|in|la)\b",
)
