"""Italian streets: the street type, its name, then the house number ("Via Roma 12", "via
Giuseppe Verdi, 5", "Piazza della Repubblica n. 3", "Corso Vittorio Emanuele II 45")."""
_TYPES = (r"(?i:via|viale|v\.le|piazza|p\.zza|piazzale|corso|c\.so|largo|vicolo|strada|contrada|"
          r"lungomare|lungotevere|borgo|salita|traversa|località|loc\.)")
_LINK = r"(?:dei|del|della|delle|degli|dello|di|da|de|d'|san|santa|sant')"
_NAME = r"(?:[A-ZÀÈÉÌÒÙ][\w'.]*|[IVX]+)"
PATTERNS = (
    rf"(?<![\w-]){_TYPES}\s+(?:{_LINK}\s*)?{_NAME}(?:\s+(?:{_LINK}\s*)?{_NAME}){{0,4}},?\s*(?:n\.?\s*|n°\s*)?"
    rf"\d{{1,4}}(?:\s?/\s?[a-zA-Z0-9]{{1,3}}|[a-zA-Z])?(?![\w.,]\d|\d)",
)
