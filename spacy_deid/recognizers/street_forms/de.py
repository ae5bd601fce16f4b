"""German streets: a compound in -straße, -str., -weg, -gasse, -platz, -allee, -ring, -damm, -ufer,
... ("Lindenstraße 5a", "Am-Ring-Weg 3") or a capitalised word before a street word ("Berliner
Straße 34", "Kölner Str. 5"), then the house number ("12", "5a", "12-14")."""
import re

_CAP = r"[A-ZÄÖÜ][a-zäöüß]+"
_TYPES = (r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|steg|stieg|"
          r"promenade|landstraße|landstrasse)")
# A street without a house number names its type (``phi_word_veto``), or starts with a capitalised
# preposition and is short ("Am Hasenstall"): "Binge Eating Störung" or "HBVs-Antigen negativ" is none.
BARE_STREET = re.compile(rf"(?i:{_TYPES}|markt|hof)"
                         r"|^(?:Am|An|Im|Auf|Zum|Zur|In|Unter|Hinter|Vor|Alte|Alter|Altes|Neue|Neuer|Hohe)\s\S+(?:\s\S+)?$")
# the house number ("12", "5a", "5 a", "12-14"), not a count ("3 mal", "2 cm", "3 Tage")
_NUMBER = (r"\s?\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Zäöüß]))?(?:\s?[-/]\s?\d{1,4}[a-z]?)?(?![\w.,]\d|\d)"
           r"(?!\s?(?i:mal|x\b|mg|ml|cm|mm|kg|g\b|%|tag|woche|stunde|std|min|jahr|monat))")
PATTERNS = (
    rf"(?<![\w-]){_CAP}(?:-{_CAP})*{_TYPES}\s{_NUMBER}",
    rf"(?<![\w-]){_CAP}(?:er)?\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Gasse|Ufer|Chaussee|Landstraße)\s{_NUMBER}",
)
