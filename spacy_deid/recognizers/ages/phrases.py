"""Ages stated in the phrases of other languages, one small table a language (``de.py``,
``fr.py``, ``it.py``, ``es.py``, ``ro.py``, ``tr.py``): "72-jährige", "im Alter von 72 Jahren",
"âgée de 72 ans", "paziente 72enne", "varón de 72 años", "în vârstă de 72 de ani", "72 yaşında".
The span is the number alone (labels.md). A number of years without a word that makes it an age
("seit 3 Jahren", "depuis 10 ans", "da 5 anni": durations) is left alone. Read in a pipeline of
the table's language only; a multi-language ("xx") pipeline whose notes' language was not given
reads them all. German, French, Italian and Spanish ages said in words count too
("dreiundneunzigjährige", "âgée de quatre-vingt-treize ans": ``number_words.py``). Written from
each language's grammar, not from any corpus."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import ClassVar, Iterable, Optional, Tuple

from ..base import PhiMatch, Recognizer, tables_for
from .en import age_value, stated_age
from .number_words import words_pattern

PHRASE_LANGS: Tuple[str, ...] = ("de", "fr", "it", "es", "pt", "ro", "tr")
# The age itself: one to three digits not glued to other digits, decimals, ratios or ranges.
N = r"(?<![\d.,/-])(?P<n>1[0-2]\d|\d{1,2})(?![\d,/]|\.\d)"


@lru_cache(maxsize=None)
def phrases_of(lang: str) -> Tuple["re.Pattern[str]", ...]:
    """The compiled age phrases of ``lang`` (each with the group ``n``), and, for a language with a
    table of number words (``number_words.py``), the same phrases with the age in words
    ("dreiundneunzigjährige", "âgée de quatre-vingt-treize ans", "di novantatré anni")."""
    phrases = importlib.import_module(f"{__package__}.{lang}").PHRASES
    compiled = [re.compile(p, re.I) for p in phrases]
    words = words_pattern(lang)
    if words is not None:
        in_words = r"(?<![^\W\d_])(?P<n>" + words + r")"  # glued after, as "dreiundneunzigjährige" is
        compiled += [re.compile(p.replace(N, in_words), re.I) for p in phrases if N in p]
    return tuple(compiled)


class PhrasedAgeRecognizer(Recognizer):
    name = "ages_phrased"
    labels = ("AGE",)
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        langs = tables_for(lang, PHRASE_LANGS)
        self.patterns = [p for lg in langs for p in phrases_of(lg)]

    def find(self, text: str) -> Iterable[PhiMatch]:
        seen = set()
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                value = age_value(m["n"])  # digits, or words of a language with a table
                match = None if value is None else stated_age(*m.span("n"), value, self.name)
                if match is None or (match.start, match.end) in seen:
                    continue
                seen.add((match.start, match.end))
                yield match
