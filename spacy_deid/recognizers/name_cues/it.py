"""Italian: "mi chiamo", "si chiama", "il mio nome è", "di nome", "chiamata"."""
BEFORE = (
    r"(?:mi|si)\s+chiam(?:o|a|ava)",
    r"(?:il\s+)?(?:mio|suo)\s+nome\s+(?:è|e'|era)",
    r"di\s+nome",
    r"(?:chiamat|nominat)[oa]",
)
