"""ZIP recognizer (with CITY and STATE in "City, ST 12345" form).

A 5-digit or ZIP+4 code is a ZIP after a US state name or USPS code, or after a cue
("zip", "zip code is", "postal code"; then any national layout). Two-letter codes that are also words ("IN", "OR", "ME",
"OK", "HI", ...) count only after a comma ("Salem, OR 97301"); codes that are also clinical
abbreviations ("MA", "PA", "MD", "MS", ...) after a comma or when written in capitals.
In the "City, ST 12345" form the state is reported as STATE and the capitalised words before
the comma (at most three, one when the text is all capitals) as CITY.
"""
from __future__ import annotations

import re
from typing import Iterable, List

from ._context import STATE_ABBREVS, STATE_NAMES, followed_by_unit, word_alternation
from .base import PhiMatch, Recognizer

_ZIP = r"(?P<zip>\d{5}(?:-\d{4})?)(?![\d-]|\.\d)"
_STATE = r"(?P<state>" + word_alternation(list(STATE_NAMES)) + "|" + "|".join(STATE_ABBREVS) + r")\.?"
_STATE_ZIP = re.compile(r"(?<![a-z])" + _STATE + r"(?P<comma>,)?\s{1,3}" + _ZIP, re.I)
# after a cue any national layout: "02115", "394 13", "53-320", "7412 SL", "3610-114", "SW1A 1AA"
_CUE_ZIP = re.compile(
    r"(?<![a-z])(?:zip|zipcode|zip\s*code|postal\s*code|postcode|post\s*code)\s*(?:#|no\.?)?\s*(?:is)?\s*[:=-]?\s*"
    r"(?P<zip>(?=[a-z]*\d)[a-z0-9]{2,5}(?:[ -][a-z0-9]{2,4})?)(?![\w-])",
    re.I,
)
# codes that are everyday words: only after a comma ("Salem, OR 97301")
_WORDY = {"IN", "OR", "ME", "OK", "HI", "OH", "AS", "ID", "AL", "DE", "LA", "CO", "MI"}
# codes that are clinical abbreviations ("MA", "PA", "MD", "MS", "CT", ...): after a comma or in capitals
_ABBREV_LIKE = {"PA", "MD", "MA", "MS", "MO", "NE", "SC", "VA", "WA", "GA", "CT", "PR", "VI", "MT", "UT",
                "IL", "KS", "NC", "SD", "ND", "NM", "TN", "AR", "AZ", "RI", "DC", "GU", "MP", "FL", "IA"}
_CITY_WORD = r"[A-Z][A-Za-z.'-]*"
_FIVE_DIGITS = re.compile(r"\d{5}")
_ZIP_WORD = re.compile(r"zip|post", re.I)


class ZipCodeRecognizer(Recognizer):
    """Finds ZIP codes in address context, plus STATE and CITY of "City, ST 12345"."""

    name = "zip_codes"
    labels = ("ZIP", "STATE", "CITY")

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        if not _FIVE_DIGITS.search(text) and not _ZIP_WORD.search(text):
            return out  # no ZIP without five digits in a row or a ZIP cue: skip the slow patterns
        for m in _STATE_ZIP.finditer(text):
            state = m["state"]
            comma = "," in text[max(0, m.start() - 2) : m.start()]
            if len(state) == 2 and not comma:
                if state.upper() in _WORDY or (state.upper() in _ABBREV_LIKE and not state.isupper()):
                    continue
            if followed_by_unit(text, m.end("zip")):
                continue
            out.append(PhiMatch(m.start("zip"), m.end("zip"), "ZIP", 0.9, self.name))
            out.append(PhiMatch(m.start("state"), m.end("state"), "STATE", 0.8, f"{self.name}.state"))
            city = self._city(text, m.start())
            if city:
                out.append(PhiMatch(city[0], city[1], "CITY", 0.6, f"{self.name}.city"))
        for m in _CUE_ZIP.finditer(text):
            out.append(PhiMatch(m.start("zip"), m.end("zip"), "ZIP", 1.0, self.name))
        out.sort(key=lambda p: p.start)
        return out

    @staticmethod
    def _city(text: str, state_start: int):
        """The capitalised words right before ", ST" (None when there is no comma)."""
        head = text[max(0, state_start - 60) : state_start]
        m = re.search(r"(?<![\w.-])((?:" + _CITY_WORD + r"[ \t]+){0,2}" + _CITY_WORD + r"),[ \t]*$", head)
        if not m:
            return None
        words = m.group(1).split()
        if m.group(1).isupper():
            words = words[-1:]
        city = " ".join(words)
        end = state_start - len(head) + m.start(1) + len(m.group(1))
        start = end - len(city)
        return start, end
