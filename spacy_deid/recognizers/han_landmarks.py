"""Named places in Han characters that a generic word ends: a landmark named by a town of the
gazetteer ("板橋夜市", "台北車站", "桃園機場"), a school named by a place or a name ("明遠學院",
"永康國小"), and a road named without its number after a word of going or being there
("去過光武路上的診所", "住在中正路二段"). labels.md counts landmarks and other named places as
places, schools as organisations, a street as an address.

A school's name is no field of study ("商學院", "醫學院": a name ending in 學), no frequent word
("科技大學") and no numeral; a road is no everyday word ("走路", "網路", "馬路") and holds no
particle or counter ("這條路"). No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons.han import HAN_CHARS, han_places, simplify, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_names import FUNCTION_CHARS
from .han_places import CUES, place_ending_at, positions_after

LANDMARK_WORDS = ("夜市", "火車站", "車站", "捷運站", "機場", "公園", "商圈", "老街")
LANDMARK_PLACE_MAX = 4  # the longest town read before a landmark word
SCHOOL_WORDS = ("學院", "大學", "高中", "國中", "國小", "高職")
HOSPITAL_AFTER_SCHOOL = ("附設", "附屬", "醫院", "醫學中心")
ROAD_WORDS = ("大道", "路", "街")
ROAD_CUES = CUES + ("去过", "经过")  # simplified, as looked up
_H = f"[{HAN_CHARS}]"
_LANDMARK = re.compile("|".join(LANDMARK_WORDS))
_SCHOOL = re.compile("|".join(SCHOOL_WORDS))
_HAN_PAIR = re.compile(f"{_H}{{2}}")
_ROAD_AFTER = re.compile(f"(?P<name>{_H}{{2,3}}?)(?:{'|'.join(ROAD_WORDS)})(?:[一二三四五六七八九十]段)?")
NUMERALS = frozenset("一二三四五六七八九十百千兩两幾几")
COUNTERS = frozenset("條条段個个家間间座所些")
QUANTITIES = frozenset("幾几兩两很")  # "幾條路", "很多路": roads named with numerals ("三民路", "五福路") stay
NAME_MAX_ZIPF = 3.0  # a school's name this frequent a word is a kind of school ("科技", "師範")
NOT_ROAD_START = frozenset("過过了著着")  # "去過光武路": the cue's aspect marker, not the road's name
ROAD_MAX_ZIPF = 2.5  # a road this frequent a word is the word ("走路", "網路")
ROAD_WORD_MAX_ZIPF = 3.5  # nor may its last character and 路 be a frequent word ("網路", "馬路", "山路")
ROAD_NAME_MAX_ZIPF = 4.0  # roads are named by words ("民族路", "中正路"), but not by the most frequent ("一路")


class HanLandmarkRecognizer(HanScriptRecognizer):
    name = "han_landmarks"
    labels = ("LOCATION_OTHER", "ORGANIZATION", "STREET")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        places = han_places()[0]
        simple = simplify(text)
        for m in _LANDMARK.finditer(text):  # the longest town of the gazetteer right before
            if text.startswith(ROAD_WORDS, m.end()):
                continue  # "公園街": a road named after the landmark
            n = place_ending_at(simple, m.start(), places, LANDMARK_PLACE_MAX)
            if n:
                yield PhiMatch(m.start() - n, m.end(), "LOCATION_OTHER", 0.8, self.name)
        for m in _SCHOOL.finditer(text):
            start = m.start() - 2
            if start < 0:
                continue
            name = text[start:m.start()]
            if not _HAN_PAIR.fullmatch(name) or text.startswith(HOSPITAL_AFTER_SCHOOL, m.end()):
                continue  # "X大學附設醫院" is a hospital, the facility rules' and the model's
            if simple[start:m.start()] in places or (
                    not any(c in FUNCTION_CHARS or c in NUMERALS or c in COUNTERS for c in name)
                    and name[-1] != "學" and word_zipf(name) < NAME_MAX_ZIPF
                    and word_zipf(text[m.start() - 1:m.end()]) < NAME_MAX_ZIPF):  # "商學院" is a kind
                yield PhiMatch(start, m.end(), "ORGANIZATION", 0.75, self.name)
        for start in positions_after(ROAD_CUES, simple):
            m = _ROAD_AFTER.match(text, start)
            if not m:
                continue
            name = m.group("name")
            if (name[0] not in NOT_ROAD_START
                    and not any(ch in FUNCTION_CHARS or ch in COUNTERS or ch in QUANTITIES for ch in name)
                    and word_zipf(text[m.start():m.end("name") + 1]) < ROAD_MAX_ZIPF
                    and word_zipf(text[m.end("name") - 1:m.end("name") + 1]) < ROAD_WORD_MAX_ZIPF  # "地網路": 網路
                    and word_zipf(name) < ROAD_NAME_MAX_ZIPF):
                yield PhiMatch(m.start(), m.end(), "STREET", 0.75, self.name)


__all__ = ["HanLandmarkRecognizer"]
