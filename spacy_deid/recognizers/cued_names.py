"""Names after a phrase that introduces them, in German, French, Italian, Spanish, Portuguese,
Romanian and Turkish notes ("ich heiße Klaus Becker", "je m'appelle Marie Dubois", "mi chiamo
Giulia Bianchi", "me llamo Andrés Cabrera", "mă numesc Ion Popescu", "benim adım Ayşe Yılmaz").
Every pipeline of these languages left such names in the text: the models learned names after
titles and kinship words, and a patient quoted in a note introduces himself.

The cue tables are ``name_cues/<lang>.py``. After the cue come up to four name words on the same
line, in any case (a transcript may be in lower case): the run stops at the language's everyday
words that are no name (``lexicons/common_words.py``: "se llama al médico", "ich heiße Sie
willkommen" give nothing) and at its commonest words; a particle stands inside a name when a
name word follows it ("María de la Cruz"). The label is PATIENT, that of every person who is not
staff. No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, List, Optional

from ..finders.cues import NAME_PARTICLES
from ..lexicons.common_words import common_words, function_words, protected_words
from ..lexicons.sources import fold
from ._context import LATIN_LETTERS as _L, holds_any, past_particles, words_from
from .base import PhiMatch, TableRecognizer
from .name_cues import LANGS as TABLE_LANGS, cues_of

_WORD = re.compile(rf"[{_L}]+(?:['’-][{_L}]+)*")
MAX_WORDS = 4  # name words; particles come on top
SCORE = 0.85
# the stems every cue of a language holds, to skip a note with none before running the patterns
STEMS = {"de": ("hei", "name"), "fr": ("appel", "nom"), "it": ("chiam", "nom"), "es": ("llam", "nombre"),
         "pt": ("cham", "nome"), "ro": ("num",), "tr": ("ad", "ism")}


@lru_cache(maxsize=None)
def _cue(lang: str) -> "re.Pattern[str]":
    return re.compile(rf"(?<![{_L}])(?:{'|'.join(cues_of(lang))})(?![{_L}])[ \t]*:?[ \t]*", re.I)


class CuedNameRecognizer(TableRecognizer):
    """Finds the name words after a phrase that introduces a name."""

    name = "cued_names"
    labels = ("PATIENT",)
    LANGS = TABLE_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        for lang in self.langs:
            if not holds_any(text, STEMS[lang]):
                continue
            for m in _cue(lang).finditer(text):
                found = self._name_at(text, m.end(), lang)
                if found is not None:
                    out.append(found)
        return out

    def _is_name_word(self, word: str, lang: str) -> bool:
        folded = fold(word)  # a commonest word ends a name; an everyday one unless a name list has it
        if folded in function_words(lang) or len(folded) < 2:
            return False
        return folded not in common_words(lang) or folded in protected_words()

    def _after_particle(self, word: str, first: str, lang: str) -> bool:
        """A name word after a particle: capitalised, or a name part of the lexicon in a name
        written in lower case ("maría de la cruz")."""
        if not self._is_name_word(word, lang):
            return False
        from ..lexicons.tables import NAME, load_lexicon

        return word[:1].isupper() or (not first[:1].isupper() and bool(load_lexicon().flags(fold(word)) & NAME))

    def _name_at(self, text: str, pos: int, lang: str) -> Optional[PhiMatch]:
        words = words_from(text, pos, _WORD, 2 * MAX_WORDS)
        end: Optional[int] = None
        i = taken = 0
        while i < len(words) and taken < MAX_WORDS:
            word = words[i].group()
            if word.lower() in NAME_PARTICLES and end is not None:
                j = past_particles(words, i, NAME_PARTICLES)
                if j < len(words) and self._after_particle(words[j].group(), words[0].group(), lang):
                    i = j  # "María de la Cruz": particles before a name word
                    continue
                break
            if not self._is_name_word(word, lang):
                break
            end = words[i].end()
            i, taken = i + 1, taken + 1
        if end is None:
            return None
        return PhiMatch(words[0].start(), end, "PATIENT", SCORE, self.name)


__all__ = ["CuedNameRecognizer"]
