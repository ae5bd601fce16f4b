"""A name in Latin letters after a Chinese word of kinship, role or naming, as code-mixed notes
write romanised or English names ("病人 Wang Xiaoming 於...入院", "我女兒 Emily 會來", "我叫 Kevin"):
the Chinese pipeline's model missed some. The name is one to three capitalised words (initials
with a dot too: "Chen Y. L."), none an English everyday word that is no name ("我兒子 Will" stays
a name only when the word reads as one; "病人 OK 嗎", "朋友 Line 上" are none). No evaluation corpus
is read."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons.han import HAN_CHARS
from .base import HanScriptRecognizer, PhiMatch
from .han_names import KIN, NAME_CUES, ROLES

_CUE = "|".join(KIN + ROLES + NAME_CUES + ("叫", "名叫"))
_NAME = re.compile(rf"(?:{_CUE})\s?(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.)){{0,2}})"
                   rf"(?![A-Za-z])")
SCORE = 0.8
# an English title after the cue ("病人 Mr. Chen"): the titled-name rules take the name after it
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"})


def _everyday(word: str) -> bool:
    """An English everyday word that does not read as a name ("Line", "Okay"; not "Kevin", "Will"?)."""
    from ..lexicons.tables import NAME, WORD, load_lexicon

    lexicon = load_lexicon()
    low = word.lower().rstrip(".")
    flags = lexicon.flags(low)
    if not flags & WORD:
        return False
    nameness = lexicon.nameness(low)
    return not flags & NAME or nameness is None or nameness < 0.5


class HanLatinNameRecognizer(HanScriptRecognizer):
    name = "han_latin_names"
    labels = ("PATIENT",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        for m in _NAME.finditer(text):
            name = m.group("name")
            if name.split()[0].lower() in TITLES or any(_everyday(w) for w in name.split() if len(w) > 2):
                continue
            yield PhiMatch(m.start("name"), m.end("name"), "PATIENT", SCORE, self.name)


__all__ = ["HanLatinNameRecognizer"]
