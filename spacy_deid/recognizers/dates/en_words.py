"""English dates said in words, as dictation writes them: a day in ordinal words with a month
("the twelfth of January", "January twelfth", "March the third") and a year in words after such a
date or a month, or after a word that introduces a year ("January twelfth, two thousand
twenty-one", "born in nineteen forty-four", "since two thousand and five"). A year in words
without that context ("twenty twenty" of a vision test, "two thousand" of a count) is left alone.
The span covers the whole date; the digit forms are ``en.py``'s."""
from __future__ import annotations

import re
from typing import Iterable, List

from .._context import holds_any
from ..base import PhiMatch, Recognizer
from ..number_words import ORDINAL_WORDS, number_value

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])")
_ORD = rf"(?:{ORDINAL_WORDS})(?![a-z-])"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|oh[\s-]+(?:{_UNITS}))"
# nineteen forty-four, nineteen oh five, two thousand (and) twenty-one, twenty twenty-one
_YEAR = (rf"(?:(?:eighteen|nineteen)[\s-]+(?:hundred(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNITS}))?|{_TWO_DIGITS})"
         rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNITS}))?|twenty[\s-]+{_TWO_DIGITS})(?![a-z-])")
_DAY_MONTH = rf"(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+{_MONTH}"
_MONTH_DAY = rf"(?P<lead>{_MONTH})\s+(?:the\s+)?{_ORD}"
_DATE = re.compile(rf"(?<![a-z])(?:{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH}(?=,?\s+(?:of\s+)?{_YEAR}))"
                   rf"(?P<year>,?\s+(?:of\s+)?{_YEAR})?", re.I)
_CUED_YEAR = re.compile(rf"(?<![a-z])(?:born\s+in|in\s+the\s+year|since|until|till|back\s+in|in)\s+(?P<year>{_YEAR})", re.I)
SCORE = 0.9
# every date here holds an ordinal day or a year in words, and so one of these
WORD_STEMS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "teenth", "tieth", "eighteen", "nineteen", "thousand", "twenty")
MONTH_ALONE_WITH_YEAR_SCORE = 0.85
# month words that are verbs or modals too ("may the first dose", "march first"): leading a date,
# they must be capitalised
VERB_MONTHS = frozenset({"may", "march", "mar"})


class WordDateRecognizer(Recognizer):
    """Finds English dates and years written in words."""

    name = "dates_words"
    labels = ("DATE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not holds_any(text, WORD_STEMS):
            return []  # no ordinal and no year in words: most notes, found by a cheap test first
        out: List[PhiMatch] = []
        taken = []
        for m in _DATE.finditer(text):
            lead = m.group("lead")
            if lead and lead.lower() in VERB_MONTHS and not lead[0].isupper():
                continue
            start = m.start() + (4 if m.group().lower().startswith("the ") else 0)
            out.append(PhiMatch(start, m.end(), "DATE", SCORE, self.name))
            taken.append((m.start(), m.end()))
        for m in _CUED_YEAR.finditer(text):
            s, e = m.span("year")
            if not any(a < e and s < b for a, b in taken):
                out.append(PhiMatch(s, e, "DATE", MONTH_ALONE_WITH_YEAR_SCORE, self.name))
        return sorted(out, key=lambda p: p.start)


def ordinal_day(text: str) -> int | None:
    """The day an ordinal in words states ("twelfth" 12, "thirty-first" 31), or None."""
    value = number_value(text)
    return value if value is not None and 1 <= value <= 31 else None


__all__ = ["WordDateRecognizer", "ordinal_day"]
