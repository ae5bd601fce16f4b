"""Regions said in Han characters after a word of living or going ("住在北部", "他在中部",
"回大陸"): labels.md counts regions with states and provinces. The parts of a country
("北部", "中部", "南部", "東部", "西部") and the mainland ("大陸") are everyday words elsewhere
("中部的腫塊" is the middle of something, "大陸型氣候" a kind of climate), so only the cue
of ``han_places`` right before them, or a country or big city ("日本北部"), makes a region a place.
No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons.han import han_places, simplify
from .base import HanScriptRecognizer, PhiMatch
from .han_places import CUES

REGION = re.compile(r"(?:[東西南北中东]部|大陸|大陆)")
MAINLAND = ("大陸", "大陆")
SCORE = 0.8
_CUE_LEN = max(len(c) for c in CUES)


class HanRegionRecognizer(HanScriptRecognizer):
    name = "han_regions"
    labels = ("STATE", "COUNTRY")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        big = han_places()[1]
        for m in REGION.finditer(text):
            before = simplify(text[max(0, m.start() - _CUE_LEN - 2):m.start()])
            cued = any(before.endswith(c) for c in CUES)
            after_place = any(before.endswith(p) for p in big if len(p) <= len(before))
            if cued or (after_place and m.group() not in MAINLAND):
                yield PhiMatch(m.start(), m.end(), "COUNTRY" if m.group() in MAINLAND else "STATE", SCORE, self.name)


__all__ = ["HanRegionRecognizer"]
