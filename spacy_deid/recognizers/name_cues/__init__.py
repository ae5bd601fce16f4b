"""Phrases that introduce a person's name, one module a language (``de.py``, ``fr.py``, ``it.py``,
``es.py``, ``pt.py``, ``ro.py``, ``tr.py``), for ``recognizers/cued_names.py``: "ich heiße",
"je m'appelle", "mi chiamo", "me llamo", "me chamo", "mă numesc", "benim adım". Each module holds
``BEFORE``: regular expressions (case-insensitive) of what stands right before a name. Written
from each language's grammar, not from any corpus. English notes leave this to ``phi_lexicon``
("my name is", "goes by")."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Tuple

LANGS = ("de", "fr", "it", "es", "pt", "ro", "tr")


@lru_cache(maxsize=None)
def cues_of(lang: str) -> Tuple[str, ...]:
    """``BEFORE`` of ``lang``."""
    return tuple(importlib.import_module(f"{__name__}.{lang}").BEFORE)


__all__ = ["LANGS", "cues_of"]
