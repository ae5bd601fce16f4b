"""Spanish: "me llamo", "se llama", "mi nombre es", "de nombre", "llamada"."""
BEFORE = (
    r"(?:me|se)\s+llam(?:o|a|aba)",
    r"(?:mi|su)\s+nombre\s+(?:es|era)",
    r"de\s+nombre",
    r"llamad[oa]",
)
