"""Street addresses as other languages write them, one small table a language (``de.py``,
``fr.py``, ``it.py``, ``es.py``, ``ro.py``, ``tr.py``): "Lindenstraße 5a", "Berliner Str. 34",
"12 rue de la Paix", "Via Giuseppe Verdi, 5", "Calle Mayor 5", "Str. Ene nr. 6", "Atatürk Cad.
No: 12". Each module holds ``PATTERNS``: regular expressions of a whole street (type word, name
words, house number), matched as written (name words are capitalised) with the type words in any
case. Read in a pipeline of the table's language only; a multi-language ("xx") pipeline whose
notes' language was not given reads them all. The English forms are ``recognizers/streets.py``.
Written from each country's way of writing addresses, not from any corpus."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import ClassVar, Iterable, Optional, Tuple

from ..base import PhiMatch, Recognizer, overlaps, tables_for

STREET_LANGS: Tuple[str, ...] = ("de", "fr", "it", "es", "pt", "ro", "tr")


@lru_cache(maxsize=None)
def patterns_of(lang: str) -> Tuple["re.Pattern[str]", ...]:
    return tuple(re.compile(p) for p in importlib.import_module(f"{__name__}.{lang}").PATTERNS)


class LocalStreetRecognizer(Recognizer):
    name = "streets_local"
    labels = ("STREET",)
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        langs = tables_for(lang, STREET_LANGS)
        self.patterns = [p for lg in langs for p in patterns_of(lg)]

    def find(self, text: str) -> Iterable[PhiMatch]:
        taken = []
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                start, end = m.span()
                if "\n" in m.group() or overlaps(start, end, taken):
                    continue
                taken.append((start, end))
                yield PhiMatch(start, end, "STREET", 0.85, self.name)


__all__ = ["LocalStreetRecognizer", "STREET_LANGS"]
