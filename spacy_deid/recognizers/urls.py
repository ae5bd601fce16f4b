"""URL recognizer: scheme URLs ("https://..."), "www." hosts and bare domains on common TLDs."""
from __future__ import annotations

import re
from typing import Iterable

from .base import PhiMatch, Recognizer

_TLDS = r"com|org|net|edu|gov|mil|info|biz|io|org\.uk|co\.uk|ac\.uk|nhs\.uk|gov\.uk"
_PATH = r"(?:[/?#][^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?])?"
_URL = re.compile(
    r"(?<![\w@.-])(?:"
    r"(?:https?|ftp|sftp)://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]"  # scheme URL
    r"|www\d{0,3}\.(?:[a-z0-9-]+\.)+[a-z]{2,24}" + _PATH +  # www. host
    r"|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w@-])" + _PATH +  # bare domain
    r")(?![\w@])",
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
