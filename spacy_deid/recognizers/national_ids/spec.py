"""One national identifier: where it is written (languages), its shape, its checksum (through
python-stdnum) and the words that announce it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Tuple

# Digits and letters around an identifier: no word boundary in Chinese text, where a Han
# character is a word character too, so the edges are asked for explicitly.
EDGE_BEFORE = r"(?<![0-9A-Za-z])"
EDGE_AFTER = r"(?![0-9A-Za-z])"


@dataclass(frozen=True)
class NationalId:
    name: str  # e.g. "es.dni"
    langs: Tuple[str, ...]  # pipelines that read it without a cue
    pattern: "re.Pattern[str]"
    is_valid: Callable[[str], bool]  # stdnum's check on the matched text
    cue: "re.Pattern[str]"  # the identifier's name right before it ("DNI", "codice fiscale")

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_valid", checked(self.is_valid))  # never raises


def checked(is_valid: Callable[[str], bool]) -> Callable[[str], bool]:
    """``is_valid`` that answers False instead of raising: python-stdnum's ``cn.ric.is_valid``
    raised KeyError on "377853198812128142" (an area code its table lacks), which failed the
    whole note."""
    def safe(value: str) -> bool:
        try:
            return bool(is_valid(value))
        except Exception:  # noqa: BLE001  (a checker's bug is no identifier)
            return False

    return safe


def compile_id(body: str) -> "re.Pattern[str]":
    return re.compile(EDGE_BEFORE + body + EDGE_AFTER, re.I)


def compile_cue(words: str) -> "re.Pattern[str]":
    """The cue words, then up to 12 characters of punctuation, "nº" or "no." before the value."""
    return re.compile(r"(?:" + words + r")\.?\s*(?:n[º°o.]?\s*|nr\.?\s*|number\s*|:|#|-|\s){0,4}$", re.I)
