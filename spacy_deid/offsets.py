"""Offset map between a de-identified text and its input."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple


@dataclass(frozen=True)
class Segment:
    """``output[out_start:out_end]`` came from ``input[in_start:in_end]``; ``replaced`` if PHI."""

    out_start: int
    out_end: int
    in_start: int
    in_end: int
    replaced: bool


class OffsetMap:
    """Maps character offsets of the output back to the input and forth.

    Unchanged text maps one to one; an offset inside a replacement maps to the start of the
    replaced input span (and vice versa).
    """

    def __init__(self, segments: List[Segment]):
        self.segments = segments
        self._out_starts = [s.out_start for s in segments]
        self._in_starts = [s.in_start for s in segments]

    def _find(self, starts: List[int], offset: int) -> Segment:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.segments[i]

    def to_input(self, out_offset: int) -> int:
        if not self.segments:
            return out_offset
        seg = self._find(self._out_starts, out_offset)
        if seg.replaced:
            return seg.in_start if out_offset < seg.out_end else seg.in_end
        return seg.in_start + (out_offset - seg.out_start)

    def to_output(self, in_offset: int) -> int:
        if not self.segments:
            return in_offset
        seg = self._find(self._in_starts, in_offset)
        if seg.replaced:
            return seg.out_start if in_offset < seg.in_end else seg.out_end
        return seg.out_start + (in_offset - seg.in_start)

    # -- storage on a Doc: plain lists in user_data, so that Docs serialise ---------------------
    @staticmethod
    def from_doc_data(doc: Any) -> Optional["OffsetMap"]:
        data = doc._.deid_offsets_data
        if data is None:
            return None
        return OffsetMap([Segment(int(a), int(b), int(c), int(d), bool(r)) for a, b, c, d, r in data])

    @staticmethod
    def to_doc_data(doc: Any, value: Optional["OffsetMap"]) -> None:
        doc._.deid_offsets_data = None if value is None else [
            [s.out_start, s.out_end, s.in_start, s.in_end, bool(s.replaced)] for s in value.segments
        ]

    def replacements(self) -> List[Tuple[int, int, int, int]]:
        """(out_start, out_end, in_start, in_end) of every replaced span."""
        return [(s.out_start, s.out_end, s.in_start, s.in_end) for s in self.segments if s.replaced]
