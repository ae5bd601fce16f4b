"""AGE recognizer: every stated age; the span is the number only (``shared/spec/labels.md``).

All ages are reported; the redaction policy decides what to redact. Matches whose value is
over 89 (HIPAA Safe Harbor item C) carry the recognizer name ``ages.over_89`` and score 1.0;
use :func:`age_value` on a span's surface text to apply the policy to spans from any source.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional

from ...lexicons.han import HAN_NUMERALS, han_number
from .._context import followed_by_unit, line_after, line_before
from ..base import PhiMatch, Recognizer

OVER_89 = "ages.over_89"
_HAN_NUMBER = re.compile(f"[{HAN_NUMERALS}]+")

_NUM = r"(?P<n>1[0-2]\d|\d{1,2})"
_LB = r"(?<![\w.,/:$#-])"  # no decimals, ids, ratios or ranges glued on the left
_PATTERNS = [
    # 67-year-old, 67 year old, 90+ year old (Safe Harbor surrogates), 67 years old, 67 yrs of age, 67-yr-old, 67 years-old
    ("years_old", re.compile(_LB + _NUM + r"\+?(?:\s*-\s*|\s+)?(?:years?|yrs?|y)\.?\s*-?\s*(?:old|of\s+age)\b", re.I)),
    # 67 yo, 67 y/o, 67yo, 67 y.o., 67 YOM, 67yoF, 67 y/o m
    ("yo", re.compile(_LB + _NUM + r"\+?\s*-?\s*(?:y\s*/\s*o|y\.\s*o\.?|yo)(?:[mf]|\s*(?:male|female|man|woman|m|f)\b)?(?![a-z])", re.I)),
    # 3-month-old, 6 weeks old, 2 day old (infants)
    ("months_old", re.compile(_LB + _NUM + r"(?:\s*-\s*|\s+)(?:months?|mos?|weeks?|wks?|days?)\s*-?\s*old\b", re.I)),
    # aged 67, age: 67, age 67, AGE:67, age of 67
    ("aged", re.compile(r"(?<![a-z])(?:aged?|age\s+of)\s*[:=]?\s*" + _NUM + r"(?![\d.,/:]\d|\d)", re.I)),
    # 67M, 67 F, 67 yo M (header style); context checked
    ("sex_suffix", re.compile(_LB + _NUM + r"\s?(?P<sex>m|f|male|female)(?![a-z\d/])", re.I)),
    # turned 60, will turn 52, turning 90
    ("turned", re.compile(r"(?<![a-z])(?:turned|turns|turn|turning)\s+" + _NUM + r"(?![\d.,:/]\d|\d|\s*(?:%|x\b|times|degrees?|°))", re.I)),
    # her 80th birthday
    ("birthday", re.compile(_LB + _NUM + r"(?:st|nd|rd|th)\s+birthday\b", re.I)),
    # in his 70s, in her late 80's, in their mid-90s
    ("decade", re.compile(r"(?<![a-z])in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]*)?(?P<n>[1-9]0)'?s\b", re.I)),
    # 67 years (only with "is", "age", "patient" cues before)
    ("n_years", re.compile(
        r"(?<![a-z])(?:is|was|turned|turns|now|pt|patient)\s+(?:a\s+)?" + _NUM
        + r"\s*(?:years?|yrs?)(?![a-z])(?=\s*(?:[,.;)]|$|and\b|with\b|who\b|w/))",
        re.I,
    )),
]
_SEX_CONTEXT_AFTER = re.compile(
    r"^\s*(?:,|with|w/|who|presents?|presenting|admitted|s/p|h/o|hx|pmh|c/o|complain|transferred|"
    r"referred|here|in|on|was|is|brought|found|pt|patient|seen|evaluated|\(|-|$)"
)
_SEX_CONTEXT_BEFORE = re.compile(r"(?:^|\b(?:a|an|is|pt|patient|the|this|age|aged|:))\s*$")
_SEX_NEG_BEFORE = re.compile(r"(?<![a-z])(?:size|sz|temp|t|tmax|tm|tc|fever|febrile|#|french|fr|catheter|cath|foley|ngt|ett|"
                             r"x|iv|ga|gauge|to|of)\s*[:=]?\s*$")
_SEX_NEG_AFTER = re.compile(r"^\s*(?:foley|cath|catheter|tube|ngt|ogt|ett|sheath|iv|picc|line|drain|chest tube|"
                            r"degrees?|deg|°|french|fr|coude|sump|dobhoff|ng|og|peg|g-tube|j-tube)")
_GEST_BEFORE = re.compile(r"(?<![a-z])(?:gestational|gest|ga|corrected|adjusted|bone|mental|developmental)\s*$")


def age_value(surface: str) -> Optional[int]:
    """The age in years stated by an AGE span's surface ("67", "90s", "六十五", "ninety-three",
    "nineties", "dreiundneunzig", "quatre-vingt-treize"), or None.

    Used by the redactor's ages-over-89 policy: an age is over 89 when ``age_value(s) > 89``.
    """
    m = re.search(r"\d{1,3}", surface)
    if m:
        return int(m.group(0))
    han = _HAN_NUMBER.search(surface)  # "六十五" of a Chinese "六十五歲"
    if han:
        return han_number(han.group(0))
    from .number_words import LANGS, word_value
    from .words import word_age_value  # English words ("ninety-three")

    value = word_age_value(surface)
    if value is None:  # other languages' words ("dreiundneunzig", "quatre-vingt-treize", "doksan üç")
        value = next((v for lang in LANGS if (v := word_value(lang, surface)) is not None), None)
    return value


def stated_age(start: int, end: int, value: int, recognizer: str, score: float = 0.9) -> Optional[PhiMatch]:
    """The AGE match of an age of ``value`` years at ``start:end``; None outside 1-125. An age over
    89 scores 1.0 and is named ``OVER_89`` (the policy's mark); the rest keep ``recognizer``."""
    if not 0 < value <= 125:
        return None
    over = value > 89
    return PhiMatch(start, end, "AGE", 1.0 if over else score, OVER_89 if over else recognizer)


class AgeRecognizer(Recognizer):
    """Finds stated ages; ``recognizer`` is ``ages.over_89`` for ages over 89."""

    name = "ages"
    labels = ("AGE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        seen = set()
        out: List[PhiMatch] = []
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                start, end = m.span("n")
                if (start, end) in seen:
                    continue
                score = self._score(kind, m, text)
                if score is None:
                    continue
                value = int(m["n"])
                if kind in ("months_old",):
                    value = 0
                if value > 125 or (value == 0 and kind != "months_old"):
                    continue
                seen.add((start, end))
                rec = OVER_89 if value > 89 else f"{self.name}.{kind}"
                out.append(PhiMatch(start, end, "AGE", 1.0 if value > 89 else score, rec))
        out.sort(key=lambda p: p.start)
        return out

    @staticmethod
    def _score(kind: str, m: "re.Match[str]", text: str) -> Optional[float]:
        before = line_before(text, m.start(), 25)
        after = line_after(text, m.end(), 25)
        if kind in ("years_old", "yo"):
            return 1.0
        if kind == "months_old":
            return 0.9
        if kind == "aged":
            if _GEST_BEFORE.search(before) or re.match(r"^\s*(?:weeks?|wks?|w\b|days?|months?|mos?|%|mg|kg|cm)", after):
                return None
            return 0.9
        if kind == "sex_suffix":
            if _SEX_NEG_BEFORE.search(before) or _SEX_NEG_AFTER.match(after):
                return None
            glued = " " not in m.group(0)
            if _SEX_CONTEXT_BEFORE.search(before) and (_SEX_CONTEXT_AFTER.match(after) or glued):
                return 0.8
            return None
        if kind == "decade":
            return 0.7
        if kind == "turned":
            return None if followed_by_unit(text, m.end()) else 0.7
        if kind == "birthday":
            return 0.9
        if kind == "n_years":
            return 0.7
        return None
