"""Phrases around a person's job, one module a language (``de.py``, ``fr.py``, ``it.py``, ``es.py``,
``pt.py``, ``ro.py``, ``tr.py``), for ``recognizers/cued_professions.py``: "arbeitet als", "von
Beruf", "travaille comme", "lavora come", "trabaja como", "lucrează ca", "Meslek:", Turkish
"... olarak çalışıyor". Each module holds ``BEFORE`` (regular expressions, case-insensitive, of
what stands right before the job), may hold ``AFTER`` (what stands right after it), and holds
``STOP``: the grammar words that end a job. Written
from each language's grammar, not from any corpus. English notes leave this to ``phi_lexicon``."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Tuple

LANGS = ("de", "fr", "it", "es", "pt", "ro", "tr")


@lru_cache(maxsize=None)
def stops_of(lang: str) -> frozenset:
    """The folded grammar words that end a job in ``lang`` (``STOP``)."""
    return frozenset(importlib.import_module(f"{__name__}.{lang}").STOP.split())


@lru_cache(maxsize=None)
def cues_of(lang: str) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(``BEFORE``, ``AFTER``) of ``lang``."""
    module = importlib.import_module(f"{__name__}.{lang}")
    return tuple(module.BEFORE), tuple(getattr(module, "AFTER", ()))


__all__ = ["LANGS", "cues_of", "stops_of"]
