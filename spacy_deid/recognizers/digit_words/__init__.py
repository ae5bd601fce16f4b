"""Numbers as a phone number or identifier is read out, one module a language (``en.py``,
``es.py``, ``de.py``, ``fr.py``, ``it.py``, ``pt.py``, ``ro.py``, ``tr.py``), for
``recognizers/spelled_numbers.py``: "five five five, one two one two", "zéro six, douze,
trente-quatre", "null eins sieben zwo".

Each module holds ``DIGITS`` (word -> digit: the words for 0-9 and the forms used on the phone,
"oh", "zwo", "meia") and ``REPEAT`` ("double" -> 2). The numbers 10 to 99, read out in pairs as
the French and many others do, come from num2words in each language ("trente-quatre", "treinta y
cuatro", "vierunddreißig"; ``number_words.spoken_forms``). Every phrase is kept lower case, as words split at spaces and
hyphens, with and without accents. Written from each language's grammar, not from any corpus."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Dict, Tuple

from ...lexicons.sources import fold

LANGS = ("en", "es", "de", "fr", "it", "pt", "ro", "tr")
Phrase = Tuple[str, ...]


def phrase(text: str) -> Phrase:
    """The words of a number phrase: lower case, split at spaces and hyphens."""
    return tuple(text.lower().replace("-", " ").split())


@lru_cache(maxsize=None)
def tables_of(lang: str) -> Tuple[Dict[Phrase, str], Dict[str, int]]:
    """``(values, REPEAT)`` of ``lang``: every phrase of a digit or a pair of digits -> its digits."""
    from ..number_words import spoken_forms

    module = importlib.import_module(f"{__name__}.{lang}")
    values: Dict[Phrase, str] = {}
    for n in range(10, 100):
        for form in spoken_forms(n, lang):
            values.setdefault(phrase(form), str(n))
    for word, digit in module.DIGITS.items():
        for variant in (phrase(word), phrase(fold(word))):
            values.setdefault(variant, digit)
    return values, dict(getattr(module, "REPEAT", {}))


__all__ = ["LANGS", "phrase", "tables_of"]
