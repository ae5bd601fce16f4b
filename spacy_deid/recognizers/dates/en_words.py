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
from ..number_words import ORDINAL_WORDS, YEAR_WORDS
from .en import MONTH_NAMES

_MONTH = MONTH_NAMES
_ORD = rf"(?:{ORDINAL_WORDS})(?![a-z-])"
_YEAR = YEAR_WORDS
_DAY_MONTH = rf"(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+{_MONTH}"
_MONTH_DAY = rf"(?P<lead>{_MONTH})\s+(?:the\s+)?{_ORD}"
_DATE = re.compile(rf"(?<![a-z])(?:{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH}(?=,?\s+(?:of\s+)?{_YEAR}))"
                   rf"(?P<year>,?\s+(?:of\s+)?{_YEAR})?", re.I)
_CUED_YEAR = re.compile(rf"(?<![a-z])(?:born\s+in|in\s+the\s+year|since|until|till|back\s+in|in)\s+(?P<year>{_YEAR})", re.I)
SCORE = 0.9
# every date here holds an ordinal day or a year in words, and so one of these
WORD_STEMS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "teenth", "tieth", "eighteen", "nineteen", "thousand", "twenty")
CUED_YEAR_SCORE = 0.85  # a year in words after "born in", "since"
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
                out.append(PhiMatch(s, e, "DATE", CUED_YEAR_SCORE, self.name))
        return sorted(out, key=lambda p: p.start)


__all__ = ["WordDateRecognizer"]
