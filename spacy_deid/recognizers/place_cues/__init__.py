"""Words of living, coming from and being born somewhere, one module a language (``de.py``,
``fr.py``, ``it.py``, ``es.py``, ``ro.py``, ``tr.py``, ``zh.py``), for ``recognizers/cued_places.py``:
"wohnt in", "habite à", "abita a", "vive en", "locuiește în", Turkish "...'da yaşıyor" (the
cue after the place), and Chinese notes' places in Latin letters ("我住在 Taipei"). Each module holds ``BEFORE`` (regular expressions of what stands right
before a place, case-insensitive) and ``AFTER`` (what stands right after it). Written from each
language's grammar, not from any corpus."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Tuple

LANGS = ("de", "fr", "it", "es", "ro", "tr", "zh")


@lru_cache(maxsize=None)
def cues_of(lang: str) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(``BEFORE``, ``AFTER``) of ``lang``."""
    module = importlib.import_module(f"{__name__}.{lang}")
    return tuple(module.BEFORE), tuple(getattr(module, "AFTER", ()))


__all__ = ["LANGS", "cues_of"]
