"""AGE recognizers, one module a language: ``en`` (every stated age in English notes, and the
over-89 policy's ``age_value``), ``ar`` (Arabic age phrases)."""
from .ar import ArabicAgeRecognizer
from .en import OVER_89, AgeRecognizer, age_value

__all__ = ["OVER_89", "AgeRecognizer", "ArabicAgeRecognizer", "age_value"]
