"""German: "wohnt in", "lebt seit 2010 in", "stammt aus", "geboren in", "Wohnort:"."""
_FILLER = r"(?:\s+(?!in\b|aus\b|nach\b)[\wäöüß.-]+){0,3}?"  # "lebt seit 2010 in", "wohnt mit ihrem Mann in"
BEFORE = (
    r"(?:wohnt|wohnte|wohnen|lebt|lebte|leben|wohnhaft|ansässig|aufgewachsen|geboren|gebürtig|beheimatet)" + _FILLER
    + r"\s+in\b",
    r"(?:stammt|stammte|kommt|kam|zugezogen|zugewandert|eingereist|gebürtig|übersiedelt)" + _FILLER + r"\s+aus\b",
    r"(?:umgezogen|gezogen|verzogen|übersiedelt|ausgewandert|zurückgekehrt)" + _FILLER + r"\s+nach\b",
    r"(?:wohnort|geburtsort|herkunftsort|heimatort|herkunftsland|geburtsland|wohnhaft)\s*:",
    # born on a date, then the place ("geboren am 3. April 1950 in Freiburg")
    r"(?:geboren|gestorben|verstorben)\s+am\s+[\w./-]+(?:\s+[\w./-]+){0,3}?\s+in\b",
)
