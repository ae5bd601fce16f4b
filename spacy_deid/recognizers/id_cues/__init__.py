"""Cue words of identifiers, one module a language (``en.py``, ``de.py``, ``fr.py``, ``it.py``,
``es.py``, ``ro.py``, ``tr.py``, ``zh.py``, ``ar.py``): "MRN:", "Fallnummer", "IPP", "NHC",
"cartella clinica n.", "protokol no", "病歷號". Each module holds ``CUES``, rows of ``Cue``. The
identifier recognizer (``recognizers/identifiers.py``) reads the English cues in every pipeline
(notes mix English in) and the cues of the pipeline's language. Written from each language's
clinical and administrative vocabulary, not from any corpus."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import NamedTuple, Optional, Tuple

LANGS = ("en", "de", "fr", "it", "es", "pt", "ro", "tr", "zh", "ar")


class Cue(NamedTuple):
    label: str  # the identifier's fine label
    pattern: str  # regular expression of the cue (case-insensitive)
    needs_mark: bool  # a weak cue needs "#", "no", "number", "id" or ":" after it ("plan #")
    min_digits: int  # fewer digits in the value: no identifier ("IPP 40 mg")
    value: Optional[str] = None  # the value's own shape, when it has spaces ("NASS 28 12345678 40")


@lru_cache(maxsize=None)
def cues_for(lang: str) -> Tuple[Cue, ...]:
    """The English cues, then those of ``lang`` (none of its own for a language without a module)."""
    base = lang.split("-")[0].lower() if lang else "en"
    own = importlib.import_module(f"{__name__}.{base}").CUES if base in LANGS and base != "en" else ()
    return tuple(importlib.import_module(f"{__name__}.en").CUES) + tuple(own)


__all__ = ["Cue", "LANGS", "cues_for"]
