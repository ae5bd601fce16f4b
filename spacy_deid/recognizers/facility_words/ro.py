"""Romanian: "Spitalul", "Clinica", "Policlinica", "Institutul", "Centrul Medical" (with and
without diacritics)."""
HEADS = (
    r"spitalul(?:\s+(?:clinic|jude[țţt]ean|municipal|or[ăa][șşs]enesc))?(?:\s+de\s+urgen[țţt][ăa])?|spital|"
    r"clinica|policlinica|institutul|centrul\s+medical|c[ăa]minul\s+de\s+b[ăa]tr[âa]ni",
)
