"""How much a word *spelled* like this is a name: a character n-gram model of the name lists
against the lists of ordinary words, abbreviations and drugs.

Word lists cannot know every name nor every misspelling: "Gerpusi" and "lanprazole" are both
unknown. Their letters still differ: drug, chemical and shorthand spellings ("-azole", "-cillin",
"xtub", "hct") are rare in names of any culture. A naive Bayes over character 1- to 4-grams
(with word boundaries) learns names (listed first and last names that are no ordinary word)
against ordinary words (listed words, abbreviations and drugs in no name list) and scores an
unknown word by its average log-odds, scaled by the square root of its n-gram count. Names held
out for the fairness audit are not in the lists it learns from (``holdout``). Built with the
other tables (``build``) into ``spelling.tsv.gz``: ``ngram <TAB> log-odds*10``.
"""
from __future__ import annotations

import gzip
import math
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, Iterator, Tuple

SPELLING_FILE = "spelling.tsv.gz"
ORDERS = (1, 2, 3, 4)
MIN_COUNT = 3  # n-grams seen fewer times in both lists are dropped
MIN_ABS_LOG_ODDS = 0.3  # n-grams that say little are dropped (they would add about 0)
SMOOTHING = 1.0


def ngrams(word: str) -> Iterator[str]:
    s = f"^{word}$"
    for n in ORDERS:
        for i in range(len(s) - n + 1):
            yield s[i:i + n]


def train(names: Iterable[str], words: Iterable[str]) -> Dict[str, int]:
    """Log-odds (x10, rounded) of each informative n-gram: names against ordinary words."""
    cp: Counter = Counter(g for w in names for g in ngrams(w))
    cn: Counter = Counter(g for w in words for g in ngrams(w))
    tp, tn = sum(cp.values()), sum(cn.values())
    vocab = set(cp) | set(cn)
    v = len(vocab)
    out: Dict[str, int] = {}
    for g in sorted(vocab):
        if cp[g] + cn[g] < MIN_COUNT:
            continue
        lo = math.log((cp[g] + SMOOTHING) / (tp + SMOOTHING * v)) - math.log((cn[g] + SMOOTHING) / (tn + SMOOTHING * v))
        if abs(lo) >= MIN_ABS_LOG_ODDS:
            out[g] = int(round(lo * 10))
    return out


def write(table: Dict[str, int], path: Path) -> bytes:
    data = gzip.compress("".join(f"{g}\t{v}\n" for g, v in sorted(table.items())).encode("utf-8"),
                         compresslevel=9, mtime=0)
    path.write_bytes(data)
    return data


class Spelling:
    """The shipped n-gram table; ``score(word)`` > 0 reads as a name, < 0 as an ordinary word."""

    def __init__(self, table: Dict[str, float]):
        self.table = table

    @classmethod
    def from_file(cls, path: Path) -> "Spelling":
        table: Dict[str, float] = {}
        if path.is_file():
            for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
                g, v = line.split("\t")
                table[g] = int(v) / 10.0
        return cls(table)

    def score(self, word: str) -> float:
        """0 with an empty table. Not cached here: ``finders.words`` caches each word's class and
        spelling together."""
        grams = list(ngrams(word.lower()))
        return sum(self.table.get(g, 0.0) for g in grams) / math.sqrt(len(grams))


def split_lists(flags: Dict[str, int], name_bits: int, plain_bits: int) -> Tuple[list, list]:
    """(names, ordinary words) of a flags table, letters only, three letters or more."""
    names = sorted(w for w, f in flags.items() if f & name_bits and not f & plain_bits and w.isalpha() and len(w) > 2)
    words = sorted(w for w, f in flags.items() if f & plain_bits and not f & name_bits and w.isalpha() and len(w) > 2)
    return names, words
