"""German: "ich heiße", "sie heißt", "mein Name ist", "namens", "mit Namen"."""
BEFORE = (
    r"(?:ich|er|sie)\s+hei(?:ß|ss)(?:e|t)",
    r"(?:mein|sein|ihr)\s+(?:vor)?name\s+(?:ist|lautet|war)",
    r"namens",
    r"mit\s+(?:vor)?namen",
)
