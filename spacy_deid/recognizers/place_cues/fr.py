"""French: "habite à", "vit en", "originaire de", "né à", "domicile :"."""
_FILLER = r"(?:\s+(?!à\b|a\b|en\b|au\b|de\b)[\wàâçéèêëîïôûùüÿœ'.-]+){0,3}?"
BEFORE = (
    r"(?:habite|habitait|vit|vivait|vivant|réside|résidait|résidant|demeure|demeurant|domiciliée?|installée?|née?|"
    r"grandi|hospitalisée?|transférée?)" + _FILLER + r"\s+(?:aux|au|à|a|en)\b",
    r"(?:originaire|native?|venue?|arrivée?|provenant|rapatriée?)" + _FILLER + r"\s+(?:des|du|de(?=\s)|d')",
    r"(?:domicile|lieu\s+de\s+naissance|ville|pays\s+d'origine|adresse)\s*:",
    # born on a date, then the place ("née le 3 avril 1950 à Besançon", "né le 12/03/1948 à Dole")
    r"(?:née?|décédée?)\s+le\s+[\w./-]+(?:\s+[\w./-]+){0,3}?\s+(?:à|a|en|au)\b",
)
