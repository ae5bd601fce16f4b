"""Dates written with a month name in languages other than English, built from one small table
per language (``es.py``, ``de.py``, ...): the month names come from Faker's date provider of the
language's locale (full names; abbreviations are their unique 3- and 4-letter prefixes, with and
without accents), the joining words from the language module ("14 de marzo de 2021").

Forms, case- and accent-insensitive: day + month [+ year] ("14 de marzo de 2021", "14. März
2021", "14 mars", "14 Mart 2021"), month + year ("marzo de 2021", "März 2021"), and the
month-first order some languages also use ("marzo 14, 2021"). An abbreviated month needs a day
or a year beside it; a full month name alone is no date (a weekday or month alone is not PHI).
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

from ..base import PhiMatch


def fold(text: str) -> str:
    """Lower case without accents ("März" -> "marz", "Şubat" -> "subat")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


@dataclass(frozen=True)
class WrittenDates:
    """How one language writes dates: its Faker locale (month names) and the small words
    between day, month and year."""

    lang: str
    locale: str
    joiners: Tuple[str, ...] = ()  # "de", "del" (es); "de" (ro); none in de, fr, it, tr
    day_dot: bool = False  # "14. März" (de)
    more_locales: Tuple[str, ...] = ()  # other month names of the language (Arabic: three calendars of names)
    abbreviations: bool = True  # 3- and 4-letter prefixes of the month names
    year_suffixes: Tuple[str, ...] = ()  # "2021م" (Arabic: of the Gregorian era)

    @property
    def months(self) -> Dict[str, Tuple[int, bool]]:
        """Folded month word -> (month number, is a full name)."""
        return _all_months((self.locale, *self.more_locales), self.abbreviations)

    def pattern(self) -> "re.Pattern[str]":
        return _pattern(self)


@lru_cache(maxsize=None)
def _all_months(locales: Tuple[str, ...], abbreviations: bool) -> Dict[str, Tuple[int, bool]]:
    """The month words of every locale, the first locale's reading winning."""
    out: Dict[str, Tuple[int, bool]] = {}
    for locale in locales:
        for word, value in _months(locale, abbreviations).items():
            out.setdefault(word, value)
    return out


@lru_cache(maxsize=None)
def _months(locale: str, abbreviations: bool = True) -> Dict[str, Tuple[int, bool]]:
    provider = importlib.import_module(f"faker.providers.date_time.{locale}").Provider
    names = [fold(n) for _, n in sorted(provider.MONTH_NAMES.items())]
    out: Dict[str, Tuple[int, bool]] = {n: (i + 1, True) for i, n in enumerate(names)}
    for size in ((3, 4) if abbreviations else ()):
        prefixes = [n[:size] for n in names]
        for i, p in enumerate(prefixes):
            if prefixes.count(p) == 1 and p not in out and len(names[i]) > size:
                out[p] = (i + 1, False)
    return out


@lru_cache(maxsize=None)
def _pattern(lang: WrittenDates) -> "re.Pattern[str]":
    words = "|".join(re.escape(w) for w in sorted(lang.months, key=len, reverse=True))
    join = r"(?:\s+(?:" + "|".join(re.escape(j) for j in lang.joiners) + r"))?" if lang.joiners else ""

    def month(g: str) -> str:
        return rf"(?P<{g}>{words})\.?"

    suffix = "(?:" + "|".join(re.escape(x) for x in lang.year_suffixes) + ")?" if lang.year_suffixes else ""

    def year(g: str) -> str:
        return rf"(?P<{g}>(?:1[89]|20)\d\d)(?!\d){suffix}"

    def day(g: str) -> str:
        return rf"(?P<{g}>3[01]|[12]\d|0?[1-9])" + (r"\.?" if lang.day_dot else r"(?:º|°|er|\.)?")

    sep = r"[ \t]*[,،]?[ \t]+"
    day_first = rf"(?<![\w.]){day('d1')}{join}[ \t]+{month('m1')}(?:{join}{sep}{year('y1')}|{sep}{year('y1b')})?(?!\w)"
    month_year = rf"(?<![\w.]){month('m2')}(?:{join}|[,،])?[ \t]+{year('y2')}"
    month_first = rf"(?<![\w.]){month('m3')}[ \t]+(?P<d3>3[01]|[12]\d|0?[1-9]),?[ \t]+{year('y3')}"
    return re.compile(rf"{day_first}|{month_year}|{month_first}", re.I)


def find_written_dates(text: str, lang: WrittenDates, recognizer: str, folded: Optional[str] = None) -> Iterable[PhiMatch]:
    """Dates of ``lang`` in ``text``; the text is matched folded (same length: accents are
    dropped letter by letter) so that offsets are the original ones. ``folded``: the text folded
    already (``fold_same_length``), when several languages' tables read one text."""
    if folded is None:
        folded = fold_same_length(text)
    months = lang.months
    for m in lang.pattern().finditer(folded):
        g = m.groupdict()
        word = g["m1"] or g["m2"] or g["m3"]
        mon = months.get(word.lower()) if word else None
        if mon is None:
            continue
        has_day = bool(g["d1"] or g["d3"])
        has_year = bool(g["y1"] or g["y1b"] or g["y2"] or g["y3"])
        if not (has_day or has_year):
            continue
        end = m.end()
        if folded[end - 1] == "." and not has_year:
            end -= 1  # a full stop after a month ending the match is the sentence's
        score = 0.95 if has_year and has_day else (0.9 if mon[1] else 0.75)
        yield PhiMatch(m.start(), end, "DATE", score, recognizer)


def fold_same_length(text: str) -> str:
    """``text`` folded letter by letter, one character for one."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    f = fold(ch)
    return f[0] if len(f) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)
