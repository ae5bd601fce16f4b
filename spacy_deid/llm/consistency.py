"""Self-consistency: vote over several sampled answers to the same prompt.

A span (same start and end) found by at least ``min_votes`` of ``n`` samples is kept; its score
is its vote share. Kept spans whose share is below ``review_threshold`` are flagged for review.
The label is the one most samples gave (ties: the label given first).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

Span3 = Tuple[int, int, str]


@dataclass(frozen=True)
class Vote:
    start: int
    end: int
    label: str
    score: float  # vote share in [0, 1]
    uncertain: bool


def check_vote_settings(n_samples: int, min_votes: int, review_threshold: float) -> None:
    if n_samples < 1:
        raise ValueError("n_samples must be at least 1")
    if not 1 <= min_votes <= n_samples:
        raise ValueError(f"min_votes must be between 1 and n_samples ({n_samples})")
    if not 0.0 <= review_threshold <= 1.0:
        raise ValueError("review_threshold must be between 0 and 1")


def vote(
    samples: Sequence[Iterable[Span3]], min_votes: int, review_threshold: float
) -> List[Vote]:
    """Combine the spans of ``len(samples)`` answers; see the module docstring."""
    n = len(samples)
    if n == 0:
        return []
    votes: Counter = Counter()
    labels: Dict[Tuple[int, int], Counter] = {}
    for sample in samples:
        seen = set()
        for start, end, label in sample:
            key = (start, end)
            labels.setdefault(key, Counter())[label] += 1
            if key not in seen:  # one vote per sample, however many labels it gave
                seen.add(key)
                votes[key] += 1
    out = []
    for (start, end), count in sorted(votes.items()):
        if count < min_votes:
            continue
        share = count / n
        label = labels[(start, end)].most_common(1)[0][0]
        out.append(Vote(start, end, label, share, share < review_threshold))
    return out
