"""URL recognizer: scheme URLs ("https://..."), "www." hosts and bare domains on common TLDs."""
from __future__ import annotations

import re
from typing import Iterable

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE
from .base import PhiMatch, Recognizer

_TLDS = r"com|org|net|edu|gov|mil|info|biz|io|org\.uk|co\.uk|ac\.uk|nhs\.uk|gov\.uk"
# CJK and full-width punctuation ends a URL: a note in Chinese goes on right after it ("網址 x.org/a，再")
_STOP = r"\s<>\"'()\[\]{}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
_PATH = r"(?:[/?#][^" + _STOP + r"]*[^" + _STOP + r".,;:!?])?"
_URL = re.compile(
    NOT_GLUED_BEFORE + r"(?<![@.-])(?:"
    r"(?:https?|ftp|sftp)://[^" + _STOP + r"]+[^" + _STOP + r".,;:!?]"  # scheme URL
    r"|www\d{0,3}\.(?:[a-z0-9-]+\.)+[a-z]{2,24}" + _PATH +  # www. host
    r"|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")(?![@-])" + NOT_GLUED_AFTER + _PATH +  # bare domain
    r")(?!@)" + NOT_GLUED_AFTER,
    re.I,
)


class UrlRecognizer(Recognizer):
    """Finds web addresses; bare domains are limited to generic TLDs (".com", ".org", ...) so that
    "Dr.Smith" or a missing space after a period ("slept.in") do not match."""

    name = "urls"
    labels = ("URL",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        for m in _URL.finditer(text):
            s = m.group(0)
            low = s.lower()
            if "://" in low or low.startswith("www"):
                score = 1.0
            else:
                host = low.split("/")[0]
                if re.fullmatch(r"[\d.]+", host) or len(host.split(".")[0]) < 2:
                    continue
                score = 0.8
            yield PhiMatch(m.start(), m.end(), "URL", score, self.name)
