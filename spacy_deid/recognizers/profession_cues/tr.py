"""Turkish: the job before "olarak çalışıyor" ("mühendis olarak çalışıyor"), and after "Meslek:",
"Mesleği:"."""
BEFORE = (r"(?:meslek|mesle[ğg]i|i[şs]i|g[öo]revi)\s*:",)
AFTER = (r"\s+olarak\s+(?:[çc]al[ıi][şs]|g[öo]rev\s+yap)",)
# grammar words that end the job; folded
STOP = "ve ile bir icin de da olarak"
