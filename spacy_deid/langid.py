"""The language a note is written in, for ``--lang auto``: py3langid (BSD-3, an offline naive
Bayes over byte n-grams, 97 languages) restricted to the languages spacy-deid reads. Short or
unsure texts keep the default language. A text whose letters are at least 5% Han characters is
Chinese: a Chinese-English note ("Pt 陳小姐 admitted for fever") goes to the pipeline trained on
code-mixed notes even when most of its words are English."""
from __future__ import annotations

import re
import threading
from typing import Any, List, Optional, Tuple

SUPPORTED: Tuple[str, ...] = ("en", "es", "de", "fr", "it", "pt", "ro", "tr", "ar", "zh")
SAMPLE_CHARS = 3000  # enough to decide; a long note is not read whole


_LOCK = threading.Lock()
_IDENTIFIER: List[Any] = []  # the identifier, once loaded


def _identifier() -> Any:
    if not _IDENTIFIER:
        with _LOCK:  # one load, whether the preloading thread or a caller gets here first
            if not _IDENTIFIER:
                from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
                ident.set_languages(list(SUPPORTED))
                _IDENTIFIER.append(ident)
    return _IDENTIFIER[0]


def preload() -> threading.Thread:
    """Load the identifier's model in a background thread while the pipelines load: most of the
    half second goes to LZMA decompression, which releases the GIL. A load that fails there fails
    again, with its error, when a note needs the identifier."""

    def load() -> None:
        try:
            _identifier()
        except Exception:  # noqa: BLE001 - raised again in the caller's thread
            pass

    thread = threading.Thread(target=load, name="spacy-deid-langid", daemon=True)
    thread.start()
    return thread


def detect_language(text: str, default: str = "en", min_confidence: float = 0.5, min_letters: int = 12) -> str:
    """The language of ``text`` among ``SUPPORTED``; ``default`` when it has fewer than
    ``min_letters`` letters or the identifier is less than ``min_confidence`` sure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < min_letters:
        return default
    if han_share(sample) >= HAN_SHARE_ZH:
        return "zh"  # Chinese-English notes go to the pipeline trained on code-mixed text
    lang, prob = _identifier().classify(sample)
    return lang if prob >= min_confidence else default


def passage_language(text: str, min_confidence: float) -> Optional[str]:
    """The language py3langid gives one passage of a note (``passages.foreign_passages``, which
    tells Chinese by ``han_share`` first), or None when it is less than ``min_confidence`` sure."""
    lang, prob = _identifier().classify(text)
    return lang if prob >= min_confidence else None


HAN_SHARE_ZH = 0.05  # of the letters: "病人 Mr. Chen 於 3/14 入院" is mostly Latin letters, yet Chinese


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def han_share(text: str) -> float:
    """The share of a text's letters that are Han characters (0 at once for a text without one)."""
    if not _HAN.search(text):
        return 0.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in letters) / len(letters)
