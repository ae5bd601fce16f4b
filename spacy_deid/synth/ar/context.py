"""The Arabic note context: Arab-world people, places, dates and identifiers (``values.py``)."""
from __future__ import annotations

from ..locale_context import LocaleNoteContext
from . import values


class ArabicNoteContext(LocaleNoteContext):
    """The entities of one Arabic note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "ar"
