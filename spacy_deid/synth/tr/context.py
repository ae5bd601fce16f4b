"""The Turkish note context: Turkish people, places, dates and identifiers (``values.py``)."""
from __future__ import annotations

from ..locale_context import LocaleNoteContext
from . import values


class TurkishNoteContext(LocaleNoteContext):
    """The entities of one Turkish note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "tr"
