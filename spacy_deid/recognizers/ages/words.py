"""English ages said in words, as dictated notes write them: "a ninety-three-year-old woman",
"ninety three years of age", "aged one hundred and one", "in her late nineties". The span is the
number alone (labels.md); ``age_value`` reads it for the over-89 policy. An age over 89 is PHI
under HIPAA Safe Harbor however it is written; "ninety" alone, without an age word, is none."""
from __future__ import annotations

import re
from typing import Iterable, List

from .._context import holds_any
from ..base import PhiMatch, Recognizer
from ..number_words import NUMBER_WORDS, number_value
from .en import stated_age

DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
           "eighties": 80, "nineties": 90}
_N = rf"(?P<n>{NUMBER_WORDS})"
_PATTERNS = (
    # ninety-three-year-old, ninety three year old, ninety-three years old, ninety three years of age
    re.compile(rf"(?<![a-z-]){_N}(?:\s*-\s*|\s+)(?:years?|yrs?)\s*-?\s*(?:old|of\s+age)\b", re.I),
    # aged ninety-three, age: ninety three, at the age of one hundred
    re.compile(rf"(?<![a-z])(?:aged?|age\s+of)\s*[:=]?\s*{_N}(?![a-z-])(?!\s+(?:weeks?|days?|months?|percent)\b)", re.I),
    # in her late nineties, in his eighties
    re.compile(rf"(?<![a-z])in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]*)?(?P<n>{'|'.join(DECADES)})\b", re.I),
)
SCORE = 0.9
CUE_STEMS = ("year", "yr", "age", "ties")  # what every pattern holds ("years old", "aged", "nineties")


def word_age_value(surface: str) -> int | None:
    """The age that an English number or decade in words states ("ninety-three" 93, "nineties" 90)."""
    decade = DECADES.get(surface.strip().lower())
    return decade if decade is not None else number_value(surface)


class WordAgeRecognizer(Recognizer):
    """Finds English ages written in words."""

    name = "ages_words"
    labels = ("AGE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not holds_any(text, CUE_STEMS):
            return []  # no age word, no decade: most notes, found by a cheap test first
        out: List[PhiMatch] = []
        seen = set()
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                span = m.span("n")
                value = word_age_value(m.group("n"))
                if span in seen or value is None:
                    continue
                match = stated_age(span[0], span[1], value, self.name, SCORE)
                if match is not None:
                    seen.add(span)
                    out.append(match)
        return sorted(out, key=lambda p: p.start)


__all__ = ["WordAgeRecognizer", "word_age_value"]
