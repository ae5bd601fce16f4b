"""AGE recognizers, one module a language: ``en`` (every stated age in English notes, and the
over-89 policy's ``age_value``), ``words`` (English ages in words, "ninety-three-year-old"), ``ar`` (Arabic age phrases), and ``phrases.py`` reading one small
table a language (``de``, ``fr``, ``it``, ``es``, ``ro``, ``tr``), ``zh`` (Chinese "65歲")."""
from .ar import ArabicAgeRecognizer
from .en import OVER_89, AgeRecognizer, age_value
from .phrases import PHRASE_LANGS, PhrasedAgeRecognizer
from .words import WordAgeRecognizer
from .zh import ChineseAgeRecognizer

__all__ = ["OVER_89", "PHRASE_LANGS", "AgeRecognizer", "ArabicAgeRecognizer", "ChineseAgeRecognizer",
           "PhrasedAgeRecognizer", "WordAgeRecognizer", "age_value"]
