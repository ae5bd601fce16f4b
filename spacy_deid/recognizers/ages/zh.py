"""Ages said in Chinese: "65歲", "六十五歲", "一百零二歲", "三歲半", "七十多歲", "二十幾歲", "3週歲" (the span is the
number alone; "多"/"幾" make it about that age, still an age). 歲 after a number is always a
person's age in years; "歲月" (the years) is a word, and "幾歲" (how old) holds no number. Read in
Chinese and multi-language pipelines only."""
from __future__ import annotations

import re
from typing import Iterable

from ...lexicons.han import HAN_NUMERALS, han_number
from ..base import HanScriptRecognizer, PhiMatch
from .en import stated_age

_AGE = re.compile(rf"(?<![0-9{HAN_NUMERALS}幾几第每])"
                  rf"(?P<n>[0-9]{{1,3}}|[{HAN_NUMERALS}]{{1,5}})\s*(?:多|幾|几|來|来)?\s*(?:週|周)?\s*[歲岁](?!月)")


class ChineseAgeRecognizer(HanScriptRecognizer):
    name = "ages_zh"
    labels = ("AGE",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        for m in _AGE.finditer(text):
            value = han_number(m["n"])
            match = None if value is None else stated_age(*m.span("n"), value, self.name)
            if match is not None:
                yield match


__all__ = ["ChineseAgeRecognizer"]
