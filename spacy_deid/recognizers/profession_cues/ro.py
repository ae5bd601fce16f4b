"""Romanian: "lucrează ca", "lucra ca", "de profesie", "ocupație:", "profesia:" (with and without
diacritics)."""
BEFORE = (
    r"(?:lucreaz[ăa]|lucra|lucrat|angajat[ăa]?)(?:\s+(?:acum|[îi]nc[ăa]))?\s+(?:ca|drept)",
    r"de\s+profesie",
    r"(?:ocupa[țţt]ie|ocupa[țţt]ia|profesie|profesia|meserie|meseria)\s*:",
)
# grammar words that end the job ("ca inginer la Dacia"); folded
STOP = "la in din de cu pe un o si sau pentru"
