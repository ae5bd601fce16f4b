"""Numbers as a phone number or identifier is read out, one module a language (``en.py``,
``es.py``, ``de.py``, ``fr.py``, ``it.py``, ``pt.py``, ``ro.py``, ``tr.py``), for
``recognizers/spelled_numbers.py``: "five five five, one two one two", "zéro six, douze,
trente-quatre", "null eins sieben zwo".

Each module holds ``DIGITS`` (word -> digit: the words for 0-9 and the forms used on the phone,
"oh", "zwo", "meia") and ``REPEAT`` ("double" -> 2). The numbers 10 to 99, read out in pairs as
the French and many others do, come from num2words in each language ("trente-quatre", "treinta y
cuatro", "vierunddreißig"). Every phrase is kept lower case, as words split at spaces and
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
    from num2words import num2words  # on first use: the command line starts without it

    module = importlib.import_module(f"{__name__}.{lang}")
    values: Dict[Phrase, str] = {}

    def add(text: str, digits: str) -> None:
        for variant in (phrase(text), phrase(fold(text))):
            values.setdefault(variant, digits)

    for n in range(10, 100):
        add(num2words(n, lang=lang), str(n))
        if lang == "tr" and n % 10:  # num2words writes "otuzdört"; notes write "otuz dört"
            add(f"{num2words(n - n % 10, lang=lang)} {num2words(n % 10, lang=lang)}", str(n))
    for word, digit in module.DIGITS.items():
        add(word, digit)
    return values, dict(getattr(module, "REPEAT", {}))


__all__ = ["LANGS", "phrase", "tables_of"]
