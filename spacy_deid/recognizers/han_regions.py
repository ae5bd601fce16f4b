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
from .han_places import after_cue, place_ending_at

REGION = re.compile(r"(?:[東西南北中东]部|大陸|大陆)")
MAINLAND = ("大陸", "大陆")
SCORE = 0.8
PLACE_BEFORE_MAX = 5  # the longest country or big city read before a region ("日本北部")


class HanRegionRecognizer(HanScriptRecognizer):
    name = "han_regions"
    labels = ("STATE", "COUNTRY")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        big = han_places()[1]
        simple = simplify(text)
        for m in REGION.finditer(text):
            cued = after_cue(simple, m.start())
            after_place = place_ending_at(simple, m.start(), big, PLACE_BEFORE_MAX) > 0
            if cued or (after_place and m.group() not in MAINLAND):
                yield PhiMatch(m.start(), m.end(), "COUNTRY" if m.group() in MAINLAND else "STATE", SCORE, self.name)


__all__ = ["HanRegionRecognizer"]
