"""French age phrases: "âgée de 72 ans", "patiente de 72 ans", "âge : 72 ans", "à l'âge de 72
ans", "72 ans, sans antécédent" after a word for a person."""
from .phrases import N

_PERSON = (r"(?:patiente?|homme|femme|enfant|nourrisson|garçon|gar[cç]on|fille|fillette|bébé|madame|monsieur|"
           r"mme|mr|m\.|mlle|sujet)")
PHRASES = (
    r"(?<![a-zé])[âa]g[ée]e?s?\s+de\s+" + N + r"\s*ans\b",
    r"(?<![a-zé])[âa]ge\s*[:=]\s*" + N + r"(?:\s*ans)?\b",
    r"(?<![a-zé])[àa]\s+l'[âa]ge\s+de\s+" + N + r"\s*ans\b",
    r"(?<![a-zé])" + _PERSON + r"\s+(?:de\s+)?" + N + r"\s*ans\b",
)
