"""The recognizer interface: one recognizer per file, each finds one kind of structured PHI.

Recognizers work on the raw document text (character offsets), never on tokens, so they are
independent of the tokenizer. ``phi_patterns`` aligns their matches to tokens.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Optional, Tuple

from ..lexicons.han import HAN_CHARS


@dataclass(frozen=True)
class PhiMatch:
    """One PHI match in a text: ``text[start:end]`` is the PHI surface string.

    ``repr`` never shows the surface string, so matches can be logged safely.
    """

    start: int
    end: int
    label: str
    score: float = 1.0
    recognizer: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"Bad match offsets ({self.start}, {self.end})")


class Recognizer(ABC):
    """Finds one family of structured PHI in raw text.

    Subclasses set ``name`` (registry name) and ``labels`` (fine labels of
    ``spacy_deid.labels`` they can emit) and implement ``find``. Matching must be
    case-insensitive: clinical notes are often ALL CAPS.
    """

    name: ClassVar[str] = ""
    labels: ClassVar[Tuple[str, ...]] = ()

    @abstractmethod
    def find(self, text: str) -> Iterable[PhiMatch]:
        """Yield every match in ``text``. Matches may overlap; the caller merges them."""

    def __call__(self, text: str) -> Iterable[PhiMatch]:
        return self.find(text)


def overlaps(start: int, end: int, taken: Iterable[Tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps one of the ``taken`` (start, end) ranges."""
    return any(s < end and start < e for s, e in taken)


def tables_for(lang: Optional[str], langs: Tuple[str, ...]) -> Tuple[str, ...]:
    """Which of a recognizer's per-language tables (``langs``) a pipeline of ``lang`` reads: its
    own, or all of them in a multi-language ("xx") pipeline whose notes' language was not given."""
    return langs if lang == "xx" else (lang,) if lang in langs else ()


class TableRecognizer(Recognizer):
    """A recognizer that reads one table a language (``LANGS``): a pipeline of ``lang`` reads its
    own (``self.langs``), a multi-language one all of them, any other none."""

    LANGS: ClassVar[Tuple[str, ...]] = ()
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.langs = tables_for(lang, self.LANGS)


class ScriptRecognizer(Recognizer):
    """A recognizer of one script's notes: built with the pipeline's language (``language_aware``),
    it reads the notes of the pipelines of ``LANGS`` only, and only texts with a character of
    ``SCRIPT``; subclasses implement ``find_script``."""

    LANGS: ClassVar[Tuple[str, ...]] = ()
    SCRIPT: ClassVar["re.Pattern[str]"]
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.active = (lang or "en") in self.LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        if self.active and self.SCRIPT.search(text):
            yield from self.find_script(text)

    @abstractmethod
    def find_script(self, text: str) -> Iterable[PhiMatch]:
        """Yield every match in a text with a character of the script."""


class HanScriptRecognizer(ScriptRecognizer):
    """A recognizer of Chinese text, in Chinese and multi-language pipelines; subclasses implement
    ``find_han``."""

    LANGS = ("zh", "xx")
    SCRIPT = re.compile(f"[{HAN_CHARS}]")

    def find_script(self, text: str) -> Iterable[PhiMatch]:
        return self.find_han(text)

    @abstractmethod
    def find_han(self, text: str) -> Iterable[PhiMatch]:
        """Yield every match in a text with Han characters."""


class ArabicScriptRecognizer(ScriptRecognizer):
    """A recognizer of Arabic text, in Arabic and multi-language pipelines."""

    LANGS = ("ar", "xx")
    SCRIPT = re.compile(r"[\u0600-\u06ff]")
