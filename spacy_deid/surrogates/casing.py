"""Carry the letter case of an original string over to its surrogate."""
from __future__ import annotations


def case_style(text: str) -> str:
    """'upper', 'lower', 'title' or 'mixed' for the letters of ``text``."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if not letters:
        return "mixed"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "title"
    if all(c.islower() for c in letters):
        return "lower"
    if text[:1].isupper() or any(w[:1].isupper() for w in text.split()):
        return "title"
    return "mixed"


def apply_case(style: str, value: str) -> str:
    """Render ``value`` in ``style`` ('title' and 'mixed' keep the value's own casing)."""
    if style == "upper":
        return value.upper()
    if style == "lower":
        return value.lower()
    return value


def match_case(original: str, value: str) -> str:
    """``value`` in the letter case of ``original`` (ALL CAPS notes stay caps)."""
    return apply_case(case_style(original), value)


def doc_is_upper(text: str) -> bool:
    """True when the document is written in (nearly) all capitals (cased scripts only)."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    alpha = sum(c.isalpha() for c in text)
    return len(letters) >= 30 and len(letters) >= 0.5 * alpha and sum(c.isupper() for c in letters) / len(letters) > 0.9
