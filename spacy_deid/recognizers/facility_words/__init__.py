"""Words for a hospital, clinic or care home, one module a language (``de.py``, ``fr.py``,
``it.py``, ``pt.py``, ``ro.py``, ``tr.py``), for ``recognizers/facilities.py``. Each
module holds ``HEADS``: regular expressions (case-insensitive) of the word that stands before a
facility's name ("Ospedale Niguarda", "hôpital Lariboisière", "Klinikum Rechts der Isar"), and
may hold ``TAILS``: the word that stands after it ("Acıbadem Hastanesi", "Elisabeth-Krankenhaus"),
and ``GENERIC``: words of a name that name no one facility ("Devlet Hastanesi").
Written from each language's vocabulary of care, not from any corpus. English notes leave this
to ``phi_lexicon``, whose facility finder reads "Grafton Hospital"."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Tuple

# Spanish is left to its model, trained on MEDDOCAN's hospitals: the rule there added 0.1 point of
# token recall and cost 0.8 of strict F1, as MEDDOCAN ends a hospital before "de <town>".
LANGS = ("de", "fr", "it", "pt", "ro", "tr")


@lru_cache(maxsize=None)
def generic_of(lang: str) -> frozenset:
    """The folded generic words of facility names in ``lang`` (``GENERIC``; empty if none)."""
    return frozenset(getattr(importlib.import_module(f"{__name__}.{lang}"), "GENERIC", ()))


@lru_cache(maxsize=None)
def words_of(lang: str) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(``HEADS``, ``TAILS``) of ``lang``."""
    module = importlib.import_module(f"{__name__}.{lang}")
    return tuple(module.HEADS), tuple(getattr(module, "TAILS", ()))


__all__ = ["LANGS", "generic_of", "words_of"]
