"""Numbers read out digit by digit in Han numerals ("零九一二三四五六七八", "A一二三四五六七八九"):
a Chinese quantity is said with 十/百/千 ("一百三十二"), so a run of seven or more bare digits
(零〇一二…九, spaces or dashes between groups) is a phone number, an identifier or an account,
as a transcribed conversation writes what was said. A run that starts with 零 (a trunk prefix,
"零九" of a mobile) is a PHONE, any other one an IDNUM (with a letter right before it, as
Taiwan's national IDs start). Runs in Chinese and multi-language
pipelines only."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons.han import HAN_DIGITS
from .base import HanScriptRecognizer, PhiMatch

MIN_DIGITS = 7
_DIGIT = f"[{HAN_DIGITS}]"
_NUMERAL = f"[{HAN_DIGITS}十百千萬万兩两]"  # a digit or a numeral of quantities, next to which a run is a number
PATTERN = re.compile(rf"(?<!{_NUMERAL}){_DIGIT}(?:[ \-－]?{_DIGIT}){{{MIN_DIGITS - 1},}}(?!{_NUMERAL})")


_LETTER_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]$")


class HanDigitStringRecognizer(HanScriptRecognizer):
    name = "han_digit_strings"
    labels = ("PHONE", "IDNUM")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        for m in PATTERN.finditer(text):
            label = "PHONE" if m.group()[0] in "零〇" else "IDNUM"
            start = m.start()
            if label == "IDNUM" and _LETTER_BEFORE.search(text, 0, start):  # "A一二三…": Taiwan's ID letter
                start -= 1
            yield PhiMatch(start, m.end(), label, 0.85, self.name)


__all__ = ["HanDigitStringRecognizer"]
