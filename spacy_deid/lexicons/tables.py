"""The compact lexicon tables shipped in ``data/`` and the lookups the finders use.

``words.tsv.gz``: ``word <TAB> flags <TAB> zipf*10 <TAB> nameness*100`` per lower-case word
(nameness empty for words that are neither a listed name nor a big place's word, or have no vector); ``places.tsv.gz``:
``place phrase <TAB> kind`` for multi-word places (single-word places carry the PLACE flag);
``spelling.tsv.gz``: the character n-gram table of ``spelling.py``.
Both are built by ``python -m spacy_deid.lexicons.build`` from the packages listed in
``sources.py``; nothing here needs those packages. A process reads the parsed word table from a
per-user cache when an earlier one wrote it (``cache.py``).
"""
from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

from .cache import read_words, write_words
from .spelling import SPELLING_FILE, Spelling

DATA_DIR = Path(__file__).parent / "data"
WORDS_FILE = "words.tsv.gz"
PLACES_FILE = "places.tsv.gz"

# Word flags (bit mask).
FIRST = 1  # a first (given) name in some list
LAST = 2  # a family name in some list
WORD = 4  # an ordinary English or medical word (philter-lite "nonames")
ABBREV = 8  # a medical abbreviation
DRUG = 16  # a drug or brand name
PLACE = 32  # a single-word city, county, state or country name
STATE = 64  # a US state name
COUNTRY = 128  # a country name
JOB = 256  # a word of an occupation title ("teacher", "electrician")
BIG_PLACE = 512  # a city of 15,000 people or more, a US state or county, or a country

NAME = FIRST | LAST
FLAG_NAMES = {"FIRST": FIRST, "LAST": LAST, "WORD": WORD, "ABBREV": ABBREV, "DRUG": DRUG,
              "PLACE": PLACE, "STATE": STATE, "COUNTRY": COUNTRY, "JOB": JOB,
              "BIG_PLACE": BIG_PLACE}
_SHIFT = 16  # entry = flags | zipf10 << 16 | (nameness + 1) << 24
_MASK = (1 << _SHIFT) - 1
_NSHIFT = 24


class Lexicon:
    """Word flags, English word frequency and multi-word places, all lower case."""

    def __init__(self, entries: Dict[str, int], places: Dict[str, str], digest: str = "",
                 spelling: Optional[Spelling] = None):
        self._entries = entries
        self.spelling = spelling if spelling is not None else Spelling({})
        self.places = places
        self.max_place_words = max((p.count(" ") + 1 for p in places), default=1)
        self.place_starts = frozenset(p.split(" ", 1)[0] for p in places)  # first words of places
        self.digest = digest
        # what other modules derive from these tables and keep (word classes, a drug index), held
        # here so that it lives and dies with this lexicon (a cache keyed by ``id`` could outlive it)
        self.memo: Dict[str, dict] = {}

    @classmethod
    def from_dir(cls, path: Union[str, Path] = DATA_DIR) -> "Lexicon":
        path = Path(path)
        words_path, places_path = path / WORDS_FILE, path / PLACES_FILE
        if not words_path.is_file() or not places_path.is_file():
            raise FileNotFoundError(
                f"lexicon tables are missing in {path}; rebuild them with `python -m spacy_deid.lexicons.build`"
            )
        h = hashlib.sha256()
        raw_words = words_path.read_bytes()
        raw_places = places_path.read_bytes()
        h.update(raw_words)
        key = h.copy().hexdigest()[:32]  # the word table's own digest names its cache
        h.update(raw_places)
        entries = read_words(key)  # the parsed table of an earlier process (``cache.py``)
        if entries is None:
            entries = _parse_words(raw_words)
            write_words(key, entries)
        places: Dict[str, str] = {}
        for line in gzip.decompress(raw_places).decode("utf-8").splitlines():
            phrase, kind = line.split("\t")
            places[phrase] = kind
        spelling_path = path / SPELLING_FILE
        if spelling_path.is_file():
            h.update(spelling_path.read_bytes())
        return cls(entries, places, h.hexdigest()[:16], Spelling.from_file(spelling_path))

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> Dict[str, int]:
        """Every listed word and its packed entry (read-only by convention: set operations on
        the keys are the fast path of the misspelling test)."""
        return self._entries

    def flags(self, word: str) -> int:
        return self._entries.get(word, 0) & _MASK

    def zipf(self, word: str) -> float:
        """English Zipf frequency (0 for words wordfreq does not list)."""
        return ((self._entries.get(word, 0) >> _SHIFT) & 0xFF) / 10.0

    def nameness(self, word: str) -> Optional[float]:
        """How much a listed name, or a big place that is also a word ("cincinnati"), reads as a
        name (``nameness.py``), None when unknown."""
        n = self._entries.get(word, 0) >> _NSHIFT
        return (n - 1) / 100.0 if n else None

    def lookup(self, word: str) -> Tuple[int, float]:
        entry = self._entries.get(word, 0)
        return entry & _MASK, ((entry >> _SHIFT) & 0xFF) / 10.0

    def spelling_score(self, word: str) -> float:
        """How much ``word`` is spelled like a name (> 0) or an ordinary word (< 0); 0 without
        the spelling table (``spelling.py``)."""
        return self.spelling.score(word)

    def known(self, word: str) -> bool:
        return word in self._entries

    def vocabulary(self, any_of: int, none_of: int = 0, min_zipf: float = 0.0) -> List[str]:
        """Sorted words having any flag of ``any_of``, none of ``none_of`` and at least ``min_zipf``."""
        return sorted(
            w for w, e in self._entries.items()
            if e & any_of and not e & _MASK & none_of and ((e >> _SHIFT) & 0xFF) / 10.0 >= min_zipf
        )

    def place_kind(self, phrase: str) -> Optional[str]:
        """Kind of a multi-word place ("bel air" -> CITY), None if unknown."""
        return self.places.get(phrase)


def _parse_words(raw: bytes) -> Dict[str, int]:
    entries: Dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, flags, zipf, nameness = line.split("\t")
        entries[word] = int(flags) | (int(zipf) << _SHIFT) | ((int(nameness) + 1) << _NSHIFT if nameness else 0)
    return entries


@lru_cache(maxsize=4)
def _load(path: str) -> Lexicon:
    return Lexicon.from_dir(path)


def load_lexicon(path: Optional[Union[str, Path]] = None) -> Lexicon:
    """The lexicon in ``path`` (default: the shipped tables), loaded once per process."""
    return _load(str(Path(path) if path is not None else DATA_DIR))
