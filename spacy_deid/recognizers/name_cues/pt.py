"""Portuguese: "me chamo", "se chama", "meu nome é", "de nome", "chamada"."""
BEFORE = (
    r"(?:me|se)\s+cham(?:o|a|ava)",
    r"(?:o\s+)?(?:meu|seu)\s+nome\s+(?:é|e|era)",
    r"de\s+nome",
    r"chamad[oa]",
)
