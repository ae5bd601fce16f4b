"""Hospitals, clinics and care homes by name in German, French, Italian, Portuguese, Romanian
and Turkish notes (Spanish is its model's, see ``facility_words``): a word for the facility, then its name ("all'ospedale Niguarda di
Milano", "à l'hôpital Lariboisière", "ins Klinikum Rechts der Isar", "Uniklinik Köln"), or the
name, then the word ("Acıbadem Hastanesi'nden", "Elisabeth-Krankenhaus"). The multi-language
pipeline kept each of these whole, and a named hospital narrows a patient down.

The words are ``facility_words/<lang>.py``. The name is a run of up to four capitalised words
one space apart on the same line (particles inside or before it: "Krankenhaus der Barmherzigen
Brüder", "hôpital de la Pitié"); it stops at the language's commonest words. One word of the run
at least must be no everyday word of the language (``lexicons/common_words.py``), or a listed
name or place, so "im Krankenhaus Aufnahme erfolgte", "Clinica Neurologie" and "Klinik II" (a
department) give nothing; so does a generic name of its own ("Ospedale Maggiore" alone, "clinique
du Parc"), a loss we accept for those. The span is the whole facility, word and name, as the synthetic notes
of these languages annotate it. No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, List, Optional, Tuple

from ..finders.cues import NAME_PARTICLES
from ..lexicons.common_words import common_words, function_words, protected_words
from ..lexicons.latin_places import latin_places
from ..lexicons.sources import fold
from ._context import LATIN_LETTERS as _L, around_patterns, in_capitals, past_particles, words_from
from .base import PhiMatch, TableRecognizer
from .facility_words import LANGS as TABLE_LANGS, generic_of, words_of

# a word, or a short abbreviation with its point ("S. Orsola", "St. Marien", "Sta. Maria")
_WORD = re.compile(rf"[A-Z][A-Za-z]{{0,2}}\.(?=[ \t])|[{_L}]+(?:['’-][{_L}]+)*")
MAX_WORDS = 4
SCORE = 0.8
PARTICLES = NAME_PARTICLES | frozenset("des dei degli delle dello am an im zum zur sur lès les lo y e".split())
# languages that capitalise every noun: a capitalised word there is no name by its case alone
NOUNS_CAPITALISED = ("de",)
_SPACED_BEFORE = re.compile(rf"((?:[{_L}][{_L}'’.-]* ){{0,3}}[{_L}][{_L}'’.-]*)$")
_ROMAN = re.compile(r"[IVXivx]{1,4}")  # "Medizinische Klinik II": a department's number, no name


def _one_space_apart(words: List["re.Match[str]"], text: str) -> List["re.Match[str]"]:
    """The words up to a wider gap: columns of a signature block ("Klinik    Oberärztin") are
    no name."""
    out = words[:1]
    for prev, word in zip(words, words[1:]):
        if text[prev.end():word.start()] not in (" ", "\u00a0"):
            break
        out.append(word)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][ \t]*)$")
_GLUED_BEFORE = re.compile(rf"((?:St\.-)?[{_L}]+(?:-[{_L}]+)*)$")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> Tuple[Optional["re.Pattern[str]"], Optional["re.Pattern[str]"]]:
    return around_patterns(*words_of(lang), "[ \u00a0]")


class FacilityRecognizer(TableRecognizer):
    """Finds a named hospital, clinic or care home next to the word for it."""

    name = "facilities"
    labels = ("HOSPITAL",)
    LANGS = TABLE_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not self.langs:
            return []
        all_caps = in_capitals(text)
        out: List[PhiMatch] = []
        for lang in self.langs:
            head, tail = _patterns(lang)
            strict = all_caps or lang in NOUNS_CAPITALISED
            for m in head.finditer(text) if head else ():
                end = self._name_after(text, m.end(), lang)
                if end is not None:
                    out.append(PhiMatch(m.start(), end, "HOSPITAL", SCORE, self.name))
            for m in tail.finditer(text) if tail else ():
                if not (all_caps or m.group().lstrip(" \t-")[:1].isupper()):
                    continue  # "hastaneye yatırıldı": the common noun, not a name's part
                start = self._name_before(text, m.start(), m.group().startswith("-"), lang, strict)
                if start is not None:
                    out.append(PhiMatch(start, m.end(), "HOSPITAL", SCORE, self.name))
        return out

    def _distinctive(self, words: List[str], lang: str) -> bool:
        """One word at least that is no everyday word of ``lang`` (or a listed name or place)."""
        from ..lexicons.tables import NAME, load_lexicon

        common, lexicon = common_words(lang), load_lexicon()
        folded = [fold(w) for w in words if w.lower() not in PARTICLES and not w.endswith(".") and not _ROMAN.fullmatch(w)]
        return any(f not in common or f in protected_words() or f in latin_places() or lexicon.flags(f) & NAME
                   for f in folded)

    def _name_word(self, word: str, lang: str) -> bool:
        if word.endswith("."):
            return True  # an abbreviation, "S." or "St.": a name word follows
        return word[:1].isupper() and fold(word) not in function_words(lang) and len(word) > 1

    def _name_after(self, text: str, pos: int, lang: str) -> Optional[int]:
        words = _one_space_apart(words_from(text, pos, _WORD, 2 * MAX_WORDS), text)
        taken: List[str] = []
        end: Optional[int] = None
        i = 0
        while i < len(words) and len(taken) < MAX_WORDS:
            word = words[i].group()
            if word.lower() in PARTICLES:
                j = past_particles(words, i, PARTICLES)
                if j < len(words) and self._name_word(words[j].group(), lang):
                    i = j  # "de la Pitié", "der Barmherzigen Brüder"
                    continue
                break
            if not self._name_word(word, lang):
                break
            taken.append(word)
            if not word.endswith("."):
                end = words[i].end()
            i += 1
        if end is None or not self._distinctive(taken, lang):
            return None  # "Clinica Neurologie", "Klinik II": a department, no name
        return end

    def _name_before(self, text: str, pos: int, glued: bool, lang: str, strict: bool) -> Optional[int]:
        window = text[max(0, pos - 120):pos]
        m = (_GLUED_BEFORE if glued else _SPACED_BEFORE).search(window)
        if m is None:
            return None
        words = m.group(1).replace("-", " ").split()
        # the name is the capitalised words right before the facility word
        keep = 0
        for w in reversed(words):
            if not self._name_word(w, lang) and not (keep and w.lower() in PARTICLES):
                break
            keep += 1
        if not keep:
            return None
        kept = words[-keep:]
        generic = generic_of(lang)
        while kept and fold(kept[0]) in generic:
            kept = kept[1:]  # "Devlet Hastanesi": generic words are no name
        if not kept or (strict and not self._distinctive(kept, lang)):
            return None
        if len(kept) > 1 and keep == len(words) and _SENTENCE_START.search(window[:m.start(1)]):
            first = fold(kept[0])
            if first not in protected_words() and first not in latin_places():
                kept = kept[1:]  # "Hasta Acıbadem Hastanesi": a sentence's first word, no listed name
        # start of the kept words in the window
        start_in = len(window)
        for w in reversed(kept):
            start_in = window.rfind(w, 0, start_in)
        return max(0, pos - 120) + start_in


__all__ = ["FacilityRecognizer"]
