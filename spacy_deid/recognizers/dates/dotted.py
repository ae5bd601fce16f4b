"""Dotted numeric dates as German, Romanian and Turkish letters write them, beyond the compact
"23.07.1951" that ``en.py`` reads in every language:

- spaced: "17. 4. 1948", "28. 11.2030" (a space after a dot);
- with a two-digit year: "19.11.24", "23.3.23" (``en.py`` leaves "1.2.10" to versions and lab
  chains; here a two-digit day or month is asked for);
- the first date of a range, written without what it shares with the second: "vom 4. bis
  19.11.24", "5.6. bis zum 19.6.2039", "11. - 22.11.2026", "16. und 18.05.2029". The day (and
  month) alone is no date ("4." is a list item), so it is taken only before a connector and a
  full dotted date.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterable, Optional

from ..base import PhiMatch, Recognizer

# Languages whose notes write dates with dots (and "xx", a note of any of them).
DOTTED_LANGS = frozenset({"de", "ro", "tr", "fr", "it", "es", "pt", "xx"})
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_YEAR = r"(?:(?:19|20)\d\d|\d\d)"
SPACED = re.compile(rf"(?<![\d.]){_DAY}\.[ \t]*{_MONTH}\.[ \t]*{_YEAR}(?![\d]|[.,:]\d)")  # not "4.2. 19:30"
SHORT_YEAR = re.compile(rf"(?<![\d.])(?P<d>{_DAY})\.(?P<m>{_MONTH})\.\d\d(?![\d]|[.,:]\d)")
FULL = rf"{_DAY}\.[ \t]*{_MONTH}\.[ \t]*{_YEAR}(?!\d|:\d)"
# Connectors of a range: dash, "bis (zum)", "und"/"u." (de), "au" (fr), "al" (es, it), "la" (ro)
CONNECTOR = r"\s*(?:-|–|bis(?:\s+zum)?|und|u\.|au|al|la)\s*"
RANGE_START = re.compile(rf"(?<![\d.]){_DAY}\.(?:[ \t]*{_MONTH}\.)?(?={CONNECTOR}{FULL})", re.I)


class DottedDateRecognizer(Recognizer):
    """Spaced dotted dates and the first date of a dotted range (see the module)."""

    name = "dates_dotted"
    labels = ("DATE",)
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.active = (lang or "en") in DOTTED_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not self.active:
            return
        for m in SPACED.finditer(text):
            if " " in m.group() or "\t" in m.group():  # the compact form is en.py's
                yield PhiMatch(m.start(), m.end(), "DATE", 0.9, f"{self.name}.spaced")
        for m in SHORT_YEAR.finditer(text):
            if len(m["d"]) == 2 or len(m["m"]) == 2:
                yield PhiMatch(m.start(), m.end(), "DATE", 0.85, f"{self.name}.short_year")
        for m in RANGE_START.finditer(text):
            yield PhiMatch(m.start(), m.end(), "DATE", 0.8, f"{self.name}.range_start")
