"""Turkish: "benim adım", "adım", "adı", "ismim", "ismi" (with and without the dotless i)."""
BEFORE = (
    r"(?:benim\s+)?(?:ad[ıi]m|ismim)",
    r"(?:ad[ıi]|ismi)(?:\s+soyad[ıi])?",
)
