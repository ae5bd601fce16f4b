"""EMAIL recognizer: RFC 5322-style addresses ("name.surname+tag@host.example.org"), and addresses
spelled out to get past filters or as dictation writes them ("john dot doe at gmail dot com",
"jdoe [at] example [dot] org", "jdoe(at)example.org", "m.dubois arobase orange point fr"): an "at" in words or brackets between a
local part and a domain that ends in a dot (in words or not) and a common top-level domain."""
from __future__ import annotations

import re
from typing import Iterable

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE
from .base import PhiMatch, Recognizer

_EMAIL = re.compile(
    NOT_GLUED_BEFORE + r"(?<![.+-])[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,8}"
    r"\s?@\s?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?!-)" + NOT_GLUED_AFTER,
    re.I,
)
# "at" and "dot" in the languages we read: French "arobase" and "point", Spanish and Portuguese
# "arroba", Italian "chiocciola" and "punto", German "Klammeraffe" and "Punkt", Turkish "nokta",
# Romanian "punct" ("m.dubois arobase orange point fr" was kept)
AT_WORDS = ("at", "arobase", "arroba", "chiocciola", "klammeraffe")
DOT_WORDS = ("dot", "point", "punto", "ponto", "punkt", "punct", "nokta")
_AT_WORD = "(?:" + "|".join(AT_WORDS) + ")"
_DOT_WORD = "(?:" + "|".join(DOT_WORDS) + ")"
_DOT = rf"(?:\s*[\[({{]{_DOT_WORD}[\])}}]\s*|\s+{_DOT_WORD}\s+|\.)"
_AT = rf"(?:\s*[\[({{]{_AT_WORD}[\])}}]\s*|\s+{_AT_WORD}\s+)"
TOP_LEVEL_DOMAINS = ("com", "org", "net", "edu", "gov", "mil", "info", "biz", "io", "co", "us", "uk", "ca", "au",
                     "de", "fr", "es", "it", "nl", "tw", "cn", "hk", "sg", "jp", "in", "ro", "tr")
_SPELLED = re.compile(
    NOT_GLUED_BEFORE + r"(?P<local>[a-z0-9_%+-]+(?:" + _DOT + r"[a-z0-9_%+-]+){0,3})" + _AT
    + r"(?P<domain>[a-z0-9-]+(?:" + _DOT + r"[a-z0-9-]+){0,3}?)" + _DOT
    + r"(?:" + "|".join(TOP_LEVEL_DOMAINS) + r")(?![a-z0-9])" + NOT_GLUED_AFTER, re.I)
_SPELLED_CUE = re.compile(rf"[\[({{]{_AT_WORD}[\])}}]|\s{_AT_WORD}\s", re.I)
# what a spelled address must hold to be taken (``find``): an "at" in brackets or a "dot" in words
_BRACKETED_AT = re.compile(rf"[\[({{]{_AT_WORD}[\])}}]", re.I)
_DOT_IN_WORDS = re.compile(rf"(?<![a-z]){_DOT_WORD}(?![a-z])")
SPELLED_SCORE = 0.85
_WINDOW = 160  # a local part is at most 64 characters (RFC 5321); dots and tolerance included


def _dot_in_words(found: str) -> bool:
    """Whether a spelled address writes its dot in words. French "point" is an English word too
    ("Study at some point in time" is no address): it counts after "arobase" only."""
    low = found.lower()
    for m in _DOT_IN_WORDS.finditer(low):
        if m.group() != "point" or re.search(r"(?<![a-z])arobase(?![a-z])", low):
            return True
    return False


class EmailRecognizer(Recognizer):
    """Finds e-mail addresses (a space around "@" is tolerated, as in OCR'd or dictated text).

    The pattern only runs in a window around each "@", so text without addresses costs one scan.
    """

    name = "email"
    labels = ("EMAIL",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        seen = set()
        pos = text.find("@")
        while pos >= 0:
            lo = max(0, pos - _WINDOW)
            for m in _EMAIL.finditer(text, lo, min(len(text), pos + 300)):
                span = (m.start(), m.end())
                if span not in seen and m.start() <= pos < m.end():
                    seen.add(span)
                    yield PhiMatch(m.start(), m.end(), "EMAIL", 1.0 if " " not in m.group(0) else 0.8, self.name)
            pos = text.find("@", pos + 1)
        # (" at " is in most notes; a bracketed "at" or a "dot" in words in few: the whole text is
        # scanned only where both a cue and what a spelled address needs are there)
        if _SPELLED_CUE.search(text) and (_BRACKETED_AT.search(text) or _DOT_IN_WORDS.search(text.lower())):
            for m in _SPELLED.finditer(text):
                # an "at" in words needs a "dot" in words too ("son at work.com" is no address)
                bracketed = _BRACKETED_AT.search(m.group(0))
                if bracketed or _dot_in_words(m.group(0)):
                    yield PhiMatch(m.start(), m.end(), "EMAIL", SPELLED_SCORE, self.name)
