"""The language a note is written in, for ``--lang auto``: py3langid (BSD-3, an offline naive
Bayes over byte n-grams, 97 languages) restricted to the languages spacy-deid reads. Short or
unsure texts keep the default language."""
from __future__ import annotations

from functools import lru_cache
from typing import Tuple

SUPPORTED: Tuple[str, ...] = ("en", "es", "de", "fr", "it", "pt", "ro", "tr", "ar", "zh")
SAMPLE_CHARS = 3000  # enough to decide; a long note is not read whole


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str, default: str = "en", min_confidence: float = 0.5, min_letters: int = 12) -> str:
    """The language of ``text`` among ``SUPPORTED``; ``default`` when it has fewer than
    ``min_letters`` letters or the identifier is less than ``min_confidence`` sure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < min_letters:
        return default
    lang, prob = _identifier().classify(sample)
    return lang if prob >= min_confidence else default
