"""French streets: the house number, then the street type and its name ("12 rue de la Paix",
"3 bis, avenue Victor Hugo", "45 bd Gambetta")."""
_TYPES = (r"(?i:rue|avenue|av\.|boulevard|bd|place|pl\.|chemin|ch\.|allée|allee|impasse|imp\.|quai|route|rte|"
          r"cours|square|passage|voie|sentier|résidence|residence|lotissement|hameau|faubourg)")
_LINK = r"(?:de\s+la|de\s+l'|du|des|de|d'|la|le|les|l')"
_NAME = r"[A-ZÉÈÊÀÂÎÔÛÇ][\w'-]*"
PATTERNS = (
    rf"(?<![\w,./-])\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s{_TYPES}\s+(?:{_LINK}\s*)?{_NAME}"
    rf"(?:\s+(?:{_LINK}\s*)?{_NAME}){{0,4}}",
)
