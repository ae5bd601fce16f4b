"""French: "hôpital", "clinique", "centre hospitalier", "polyclinique", "EHPAD", "maison de retraite"."""
HEADS = (
    r"h[ôo]pital|clinique|polyclinique|centre\s+hospitalier(?:\s+universitaire)?|groupe\s+hospitalier|"
    r"ehpad|maison\s+de\s+retraite|maison\s+de\s+sant[ée]|centre\s+de\s+r[ée][ée]ducation|institut",
)
