"""Postcodes as other countries write them, with the town after them, one small table a language
(``de.py``, ``fr.py``, ``it.py``, ``es.py``, ``ro.py``, ``tr.py``): "D-37085 Göttingen",
"75002 Paris", "20121 Milano (MI)", "28001 Madrid", "010011 București", "34710 Kadıköy"; and after
the language's cue word ("PLZ", "CP", "CAP", "C.P.", "cod poștal", "posta kodu") alone. A code
without a cue needs a capitalised town after it that is no everyday word of the language
(``lexicons/common_words.py``: "10000 Einheiten" is no address) nor a contact field ("E-mail"),
and a line start, comma, colon or house number before it ("Leucocitos 17850 Neutrofilos" is a lab
value); or the country letter before it ("D-37085"). The code is ZIP and the town CITY (labels.md
splits an address into its parts). Read in a pipeline of the table's language only (all of them in
a multi-language "xx" pipeline whose notes' language was not given); US ZIP codes are
``recognizers/zip_codes.py``. Written from each country's postal conventions, not from any
corpus."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import ClassVar, Iterable, List, NamedTuple, Optional, Tuple

from ...lexicons.common_words import common_words
from ...lexicons.sources import fold
from ..base import PhiMatch, Recognizer, overlaps, tables_for

POSTCODE_LANGS: Tuple[str, ...] = ("de", "fr", "it", "es", "pt", "ro", "tr")
_TOWN_WORD = r"[A-ZÄÖÜÀÂÉÈÊÎÔÛÇÁÍÓÚÑĂȘŞȚŢİÇĞÖŞÜ][\w'’-]*"
# A town of more words goes on only through a particle ("Frankfurt am Main", "Alcalá de Henares")
# or after a word that starts town names ("Bad Salzdorf", "San Sebastián", "Saint Denis"); a
# province or country after it is its own place ("Gijón. Asturias", "Laredo Cantabria").
_PARTICLE = r"(?:am|an|im|in|ob|bei|sur|sous|lès|les|le|la|de|del|de\s+la|de\s+los|di|dei|en|pe)"
_STARTS = r"(?:Bad|Sankt|St\.|San|Santa|Santo|Sant'|Saint|Sainte|Ste\.|La|Las|Los|El|Le|Les|Villa|Baia|Piatra|Nova)"
_TOWN = (rf"(?P<town>(?:{_STARTS}[ \t]+)?{_TOWN_WORD}(?:[ \t]+{_PARTICLE}[ \t]+{_TOWN_WORD}){{0,2}})")


# Field names of a contact line, never a town ("08036 E-mail: ...", "28001 Tel. ...").
NOT_TOWNS = frozenset("e-mail email mail correo courriel tel tel. telefon telefono teléfono téléphone tél fax "
                      "mobil móvil cel".split())
# What stands before a postcode in an address: a line start, a comma or colon, a house number
# ("Castellana, 261 28046", "5a 37085") or "s/n"; a count of a lab value does not ("Leucocitos 17850").
_BEFORE = re.compile(r"(?:^|[,;:(\n]|\d[a-zA-Zº°ª]?\.?|s/n\.?)[ \t]*$")


class Postcodes(NamedTuple):
    code: str  # the code's layout, with the group "zip" (a country prefix inside it: "D-37085")
    prefixed: str  # a prefixed layout that needs no town ("D-37085"); "" for none
    cue: str  # the language's words for "postcode"


@lru_cache(maxsize=None)
def compiled(lang: str) -> Tuple["re.Pattern[str]", "Optional[re.Pattern[str]]", "re.Pattern[str]"]:
    table: Postcodes = importlib.import_module(f"{__name__}.{lang}").POSTCODES
    with_town = re.compile(rf"(?<![\w./-]){table.code}[ \t]*,?[ \t]+{_TOWN}")
    prefixed = re.compile(rf"(?<![\w./-]){table.prefixed}") if table.prefixed else None
    cued = re.compile(rf"(?<![\w])(?i:{table.cue})\s*[:.]?\s*{table.code}")
    return with_town, prefixed, cued


class PostcodeRecognizer(Recognizer):
    name = "postcodes"
    labels = ("ZIP", "CITY")
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.langs = tables_for(lang, POSTCODE_LANGS)

    def find(self, text: str) -> Iterable[PhiMatch]:
        taken: List[Tuple[int, int]] = []
        for lang in self.langs:
            with_town, prefixed, cued = compiled(lang)
            words = common_words(lang)
            for m in with_town.finditer(text):
                town = m.group("town")
                first = town.split()[-1] if re.match(_STARTS + r"[ \t]", town) else town.split()[0]
                if (fold(first) in words or first.lower() in NOT_TOWNS or "\n" in m.group()
                        or (m.group("zip")[0].isdigit() and not _BEFORE.search(text[max(0, m.start() - 12):m.start()]))
                        or overlaps(*m.span("zip"), taken)):
                    continue
                taken.append(m.span("zip"))
                yield PhiMatch(*m.span("zip"), "ZIP", 0.9, f"{self.name}.{lang}")
                yield PhiMatch(*m.span("town"), "CITY", 0.8, f"{self.name}.{lang}")
            for pattern, score in ((prefixed, 0.85), (cued, 0.9)):
                if pattern is None:
                    continue
                for m in pattern.finditer(text):
                    if not overlaps(*m.span("zip"), taken):
                        taken.append(m.span("zip"))
                        yield PhiMatch(*m.span("zip"), "ZIP", score, f"{self.name}.{lang}")


__all__ = ["POSTCODE_LANGS", "PostcodeRecognizer", "Postcodes"]
