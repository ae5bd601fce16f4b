"""Date recognizers, by language: ``en.py`` (numeric dates in every order and English month
names, with the clinical-context rules of ICU notes), ``en_words.py`` for English dates in words
("the twelfth of January, nineteen forty-four"), ``written.py`` with one table a language
for month names in other languages (``es.py``, ``de.py``, ``fr.py``, ``it.py``, ``pt.py``,
``ro.py``, ``tr.py``, ``ar.py``), ``dotted.py`` for spaced dotted dates and dotted ranges
("17. 4. 1948", "vom 6. bis 19.11.24"), and ``zh.py`` for Chinese dates."""
from __future__ import annotations

import importlib
from typing import ClassVar, Iterable, Optional, Tuple

from ..base import PhiMatch, Recognizer, tables_for
from .dotted import DottedDateRecognizer
from .en import DateRecognizer
from .en_words import WordDateRecognizer
from .written import WrittenDates, find_written_dates, fold_same_length
from .zh import find_chinese_dates

WRITTEN_LANGS: Tuple[str, ...] = ("es", "de", "fr", "it", "pt", "ro", "tr", "ar")


def written_dates(lang: str) -> WrittenDates:
    return importlib.import_module(f"{__name__}.{lang}").DATES


class WrittenDateRecognizer(Recognizer):
    """Dates with a month name in the pipeline's language when it is one of ``WRITTEN_LANGS``
    (nothing in an English pipeline: German "Mai" or Turkish "Ocak" are not read there); a
    multi-language ("xx") pipeline whose notes' language was not given reads them all."""

    name = "dates_written"
    labels = ("DATE",)
    language_aware: ClassVar[bool] = True  # built with the pipeline's language

    def __init__(self, lang: Optional[str] = None):
        langs = tables_for(lang, WRITTEN_LANGS)
        self.tables = [written_dates(lg) for lg in langs]

    def find(self, text: str) -> Iterable[PhiMatch]:
        folded = fold_same_length(text) if self.tables else ""  # once for every language's table
        for table in self.tables:
            yield from find_written_dates(text, table, self.name, folded)


class ChineseDateRecognizer(Recognizer):
    """"2021年3月14日", "110年3月14日", "三月十四日" (``zh.py``), in every pipeline."""

    name = "dates_zh"
    labels = ("DATE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        return find_chinese_dates(text, self.name)


__all__ = ["ChineseDateRecognizer", "DateRecognizer", "DottedDateRecognizer", "WRITTEN_LANGS", "WordDateRecognizer",
           "WrittenDateRecognizer", "written_dates"]
