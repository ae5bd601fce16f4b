"""Build a note piece by piece so that every PHI span is exact by construction.

A note is a list of pieces ``(text, label)``; ``label`` is None for plain text. Offsets are
computed only when the note is rendered, after the note-level case style is applied to each
piece, so a case change can never shift a span.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

CASE_STYLES = ("as_is", "upper", "lower")


def apply_case(text: str, style: str) -> str:
    """Change the case of ``text``; a change that would alter its length is not applied."""
    if style == "upper":
        out = text.upper()
    elif style == "lower":
        out = text.lower()
    else:
        return text
    return out if len(out) == len(text) else text


@dataclass
class NoteBuilder:
    """Accumulates text and PHI pieces; ``render`` returns the text and its exact spans."""

    pieces: List[Tuple[str, Optional[str]]] = field(default_factory=list)

    def text(self, text: str) -> "NoteBuilder":
        if text:
            self.pieces.append((text, None))
        return self

    def phi(self, text: str, label: str) -> "NoteBuilder":
        """Add one PHI span. Surrounding whitespace is kept outside the span."""
        stripped = text.strip()
        if not stripped:
            return self
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        self.text(lead)
        self.pieces.append((stripped, label))
        self.text(trail)
        return self

    def newline(self, n: int = 1) -> "NoteBuilder":
        return self.text("\n" * n)

    def render(self, case: str = "as_is") -> Tuple[str, List[Dict[str, object]]]:
        parts: List[str] = []
        spans: List[Dict[str, object]] = []
        pos = 0
        for text, label in self.pieces:
            text = apply_case(text, case)
            if label is not None:
                if spans and spans[-1]["end"] == pos and spans[-1]["label"] == label:
                    # two adjacent pieces of one label would read as one span; keep them apart
                    parts.append(" ")
                    pos += 1
                spans.append({"start": pos, "end": pos + len(text), "label": label})
            parts.append(text)
            pos += len(text)
        return "".join(parts), spans
