"""Romanian: "mă numesc", "se numește", "numele meu este", "pe nume" (with and without diacritics)."""
BEFORE = (
    r"(?:m[ăa]|se)\s+nume(?:sc|[șşs]te)",
    r"numele\s+(?:meu|s[ăa]u|ei|lui)\s+(?:este|e|era)",
    r"pe\s+nume",
)
