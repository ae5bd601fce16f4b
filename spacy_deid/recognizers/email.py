"""EMAIL recognizer: RFC 5322-style addresses ("name.surname+tag@host.example.org")."""
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
_WINDOW = 160  # a local part is at most 64 characters (RFC 5321); dots and tolerance included


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
