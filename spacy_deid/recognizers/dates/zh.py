"""Chinese dates: "2021年3月14日", "3月14日", "2021年3月", "110年3月14日" (Taiwan's Minguo years),
"二〇二一年三月十四日" and "三月十四號", with 日, 號 or 号; digits of any script are ASCII in the
rules' view of the text. Han characters make these unambiguous, so they run in every pipeline:
a Chinese-English note is read by an English pipeline too."""
from __future__ import annotations

import re
from typing import Iterable

from ..base import PhiMatch

_NUM = r"[0-9〇零一二三四五六七八九十]"
_YEAR = rf"(?:(?:民國|民国|西元|公元)\s*)?{_NUM}{{2,4}}\s*年"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日號号]"
PATTERN = re.compile(rf"{_YEAR}\s*{_MONTH}\s*(?:{_DAY})?|{_MONTH}\s*{_DAY}|{_YEAR}(?=\s*(?:[初底中]|出生|生))")


def find_chinese_dates(text: str, recognizer: str) -> Iterable[PhiMatch]:
    for m in PATTERN.finditer(text):
        yield PhiMatch(m.start(), m.end(), "DATE", 0.95, recognizer)
