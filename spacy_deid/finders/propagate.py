"""Mention propagation: a name or place found once in a note is found at its other mentions.

"Dr. Paul Kim" found by its title makes "Kim reviewed labs" a name too; "son BILL" makes the later
"BILL CALLED" one. Seeds are the words of found spans scoring at least ``min_score`` that are
listed names or unknown words of two letters or more (not ambiguous ones: "Dr. Foley" must not
make every "foley catheter" a name). Every other mention of a seed word (whole word, any case) gets
the seed's label and 0.95 of its score.
"""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Sequence, Tuple

from .words import Words

Match = Tuple[int, int, str, float, str]
DECAY = 0.95
# Ambiguous words ("Foley", "White", "Bill") do not propagate: "Dr. Foley" must not make every
# "foley catheter" a name.
PROPAGATING = ("name", "unknown")
CANDIDATE_SEED_SCORE = 0.7


def seeds_of(words: Words, found: Sequence[Match], min_score: float = 0.5) -> Dict[str, Tuple[str, float]]:
    """The propagating words of ``found``: lower form -> (label, score)."""
    starts = words.starts
    seeds: Dict[str, Tuple[str, float]] = {}
    for start, end, label, score, _ in found:
        if score < min_score:
            continue
        lo = bisect.bisect_left(starts, start)
        for w in words.items[lo:]:
            if w.start >= end:
                break
            if w.is_alpha and len(w.text) > 1 and w.cls in PROPAGATING:
                old = seeds.get(w.base)
                if old is None or score > old[1]:
                    seeds[w.base] = (label, score)
    return seeds


def propagate(words: Words, found: Sequence[Match], candidates: Sequence[Tuple[int, int, str]] = (),
              min_score: float = 0.5, extra_seeds: Optional[Dict[str, Tuple[str, float]]] = None) -> List[Match]:
    """Other mentions of the seed words of ``found`` (and of ``extra_seeds``, e.g. the names found
    in earlier notes of the same patient)."""
    starts = words.starts
    seeds: Dict[str, Tuple[str, float]] = dict(extra_seeds or {})
    covered = set()

    def words_in(start: int, end: int):
        lo = bisect.bisect_left(starts, start)
        for w in words.items[lo:]:
            if w.start >= end:
                break
            yield w

    for start, end, label, score, _ in found:
        if score < min_score:
            continue  # a weak find ("DAVID" alone, 0.35) is neither a seed nor covered: a seed reaches it
        for w in words_in(start, end):
            covered.add(w.i)
            if w.is_alpha and len(w.text) > 1 and w.cls in PROPAGATING:
                old = seeds.get(w.base)
                if old is None or score > old[1]:
                    seeds[w.base] = (label, score)
    for start, end, label in candidates:
        for w in words_in(start, end):
            if w.is_alpha and len(w.text) > 1 and w.cls == "name" and w.base not in seeds:
                seeds[w.base] = ("NAME" if label == "NAME" else "LOCATION", CANDIDATE_SEED_SCORE)
    out: List[Match] = []
    if not seeds:
        return out
    for w in words.items:
        if w.i in covered or not w.is_alpha:
            continue
        seed = seeds.get(w.base)
        if seed is not None:
            end = w.end - 2 if w.lower.endswith("'s") else w.end
            out.append((w.start, end, seed[0], round(seed[1] * DECAY, 3), "propagated"))
    return out
