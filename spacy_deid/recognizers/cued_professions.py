"""A person's job after (or, in Turkish, before) the words that announce it, in German, French,
Italian, Spanish, Portuguese, Romanian and Turkish notes ("arbeitet als Lehrerin", "von Beruf
Elektriker", "travaille comme infirmière", "lavora come autista", "trabaja como camarero",
"lucrează ca inginer", "mühendis olarak çalışıyor", "Meslek: öğretmen"). labels.md flags the
patient's job because it narrows identity; every non-English pipeline kept these.

The cue tables are ``profession_cues/<lang>.py``. The job is up to three words on the same line,
in any case (Romance languages write jobs in lower case); it stops at the language's grammar
words (``STOP``: "comme infirmière au CHU" gives "infirmière", "comme un fou" nothing) and, except in German, at a capitalised word
after the first (a name or place follows: "autista presso la ditta ..."). In Turkish the job is
the lower-case word before "olarak çalışıyor". Label PROFESSION. No evaluation
corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, List, Optional, Tuple

from ..lexicons.common_words import function_words
from ..lexicons.sources import fold
from ._context import LATIN_LETTERS as _L, around_patterns, words_from
from .base import PhiMatch, TableRecognizer
from .profession_cues import LANGS as TABLE_LANGS, cues_of, stops_of

_WORD = re.compile(rf"[{_L}]+(?:[-/][{_L}]+)*")
_LAST_WORD = re.compile(rf"[{_L}]+$")
MAX_WORDS = 3
SCORE = 0.8
NOUNS_CAPITALISED = ("de",)


@lru_cache(maxsize=None)
def _patterns(lang: str) -> Tuple[Optional["re.Pattern[str]"], Optional["re.Pattern[str]"]]:
    return around_patterns(*cues_of(lang), "[ \t]*")


class CuedProfessionRecognizer(TableRecognizer):
    """Finds the job after (or before) a phrase about working or a job's field name."""

    name = "cued_professions"
    labels = ("PROFESSION",)
    LANGS = TABLE_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        for lang in self.langs:
            cue, tail = _patterns(lang)
            for m in cue.finditer(text) if cue else ():
                found = self._job_after(text, m.end(), lang)
                if found is not None:
                    out.append(PhiMatch(found[0], found[1], "PROFESSION", SCORE, self.name))
            for m in tail.finditer(text) if tail else ():
                start = self._job_before(text, m.start(), lang)
                if start is not None:
                    out.append(PhiMatch(start, m.start(), "PROFESSION", SCORE, self.name))
        return out

    @staticmethod
    def _stops(word: str, lang: str) -> bool:
        folded = fold(word)
        return folded in stops_of(lang) or folded in function_words(lang) or len(word) < 2

    def _job_after(self, text: str, pos: int, lang: str) -> Optional[Tuple[int, int]]:
        words = words_from(text, pos, _WORD, MAX_WORDS)
        end: Optional[int] = None
        for i, w in enumerate(words):
            word = w.group()
            if self._stops(word, lang) or (i and word[:1].isupper() and lang not in NOUNS_CAPITALISED):
                break
            end = w.end()
        return None if end is None else (words[0].start(), end)

    def _job_before(self, text: str, pos: int, lang: str) -> Optional[int]:
        """The start of the word right before ``pos``: one word, as the one before it is often where
        ("fabrikada mühendis": in a factory); none when it is capitalised (a name or a company:
        "Koç Holding'de mühendis" gives "mühendis", "Holding'de" nothing) or a grammar word."""
        m = _LAST_WORD.search(text, max(0, pos - 60), pos)
        if m is None or m.group()[:1].isupper() or self._stops(m.group(), lang):
            return None
        return m.start()


__all__ = ["CuedProfessionRecognizer"]
