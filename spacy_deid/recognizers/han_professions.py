"""An industry said as one's work in Han characters: a trade of two or three characters and 業
right after a word of working or being ("做保險業", "我在科技業", "從事餐飲業"). labels.md counts
a patient's job as PROFESSION because it narrows who they are; an industry does too. The trade
must be a word of its own ("保險", "餐飲", "電子"): 業 after one character makes everyday words
("畢業", "作業", "專業", "企業"). No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons.han import HAN_CHARS, simplify, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_names import FUNCTION_CHARS
from .han_places import positions_after

WORK_CUES = ("做", "在", "从事", "是", "于", "待")  # simplified, as looked up
TRADE_MIN_ZIPF = 3.0  # the trade is a word: "金融" 5.1, "餐飲" 4+
_INDUSTRY = re.compile(f"[，,]?(?P<trade>[{HAN_CHARS}]{{2,3}}?)(?:業|业)")  # "做，保險業": a pause after the cue
SCORE = 0.7


class HanProfessionRecognizer(HanScriptRecognizer):
    name = "han_professions"
    labels = ("PROFESSION",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        simple = simplify(text)
        for start in positions_after(WORK_CUES, simple):
            m = _INDUSTRY.match(text, start)
            if (m and not any(ch in FUNCTION_CHARS for ch in m.group("trade"))
                    and word_zipf(m.group("trade")) >= TRADE_MIN_ZIPF):
                yield PhiMatch(m.start("trade"), m.end(), "PROFESSION", SCORE, self.name)


__all__ = ["HanProfessionRecognizer"]
