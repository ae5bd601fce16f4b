"""Split texts longer than a pipeline can take into overlapping chunks, cut at natural breaks.

Chunks overlap by ``overlap`` characters, so a PHI string that straddles a cut is seen whole in
at least one chunk; the spans of all chunks are then union-merged (nothing at an edge is lost).
"""
from __future__ import annotations

from typing import List, Tuple

_BREAKS = ("\n\n", "\n", ". ", " ", "\t")


def _cut_point(text: str, lo: int, hi: int) -> int:
    """The best cut in ``text[lo:hi]``: last paragraph break, else line, sentence, space."""
    for sep in _BREAKS:
        i = text.rfind(sep, lo, hi)
        if i > lo:
            return i + len(sep)
    return hi


def split_text(text: str, max_chars: int, overlap: int = 200) -> List[Tuple[int, str]]:
    """``[(offset, chunk), ...]`` covering ``text``; every chunk has at most ``max_chars`` chars."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    overlap = max(0, min(overlap, max_chars // 4))
    if len(text) <= max_chars:
        return [(0, text)]
    chunks: List[Tuple[int, str]] = []
    start = 0
    while start < len(text):
        hi = min(len(text), start + max_chars)
        end = hi if hi == len(text) else _cut_point(text, start + max_chars // 2, hi)
        chunks.append((start, text[start:end]))
        if end >= len(text):
            break
        # Step back by the overlap, to a whitespace boundary where there is one.
        nxt = max(start + 1, end - overlap)
        ws = text.find(" ", nxt, end)
        start = ws + 1 if ws != -1 else nxt
    return chunks
