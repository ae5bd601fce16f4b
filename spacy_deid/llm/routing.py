"""Which parts of a doc the LLM reads: every sentence, or only where earlier components are unsure.

A router maps a Doc to character windows ``[(start, end), ...]`` (sorted, non-overlapping, at
most ``max_chars`` long, cut at sentence or line ends). Sentences come from ``doc.sents`` when a
component has set them, else from line breaks and sentence-final punctuation.

``RouteUncertain`` selects a sentence when
- a PHI candidate from another source (``doc.spans[span_key]``) has a score below
  ``score_threshold`` in it (the NER or a rule is unsure), or
- it "looks like it holds PHI" but no source flagged that part: one of the cue patterns below
  matches the sentence once the characters already flagged are blanked out.
The cues are generic (titles, capitalised words inside a sentence, long numbers, date-like
numbers, words such as "lives", "daughter", "phone"); they were written by hand, not fitted to
any corpus.
"""
from __future__ import annotations

import re
from typing import Callable, List, Optional, Sequence, Tuple

from spacy.tokens import Doc

from ..spans import SPAN_KEY, span_score

Window = Tuple[int, int]
Router = Callable[[Doc], List[Window]]

_SENT_END = re.compile(r"\n+|(?<=[.!?;])\s+")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St|Mt|Ft|No|vs|approx|e\.g|i\.e)|\b[A-Z])\.$", re.I)
DEFAULT_CUES: Tuple[str, ...] = (
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Dear)\.?\s+[A-Z]",  # a title before a name
    r"(?<=[a-z,]\s)[A-Z][a-z]{2,}",  # a capitalised word inside a sentence
    r"\b\d{4,}\b",  # long numbers: ids, years
    r"\b\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?\b",  # date-like numbers
    r"(?i)\b(?:born|aged?|y/?o|years?[- ]old|lives?|living|address|street|phone|tel|fax|e-?mail|"
    r"mrn|wife|husband|son|daughter|mother|father|brother|sister|niece|nephew|friend|"
    r"named|called|hospital|clinic|nursing home|works?|worked)\b",
)


def segments(doc: Doc) -> List[Window]:
    """Sentence (or line) spans of the doc, whitespace trimmed, empty ones dropped."""
    text = doc.text
    if doc.has_annotation("SENT_START"):
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        bounds, start = [], 0
        for m in _SENT_END.finditer(text):
            if "\n" not in m.group() and _ABBREV.search(text, max(0, m.start() - 8), m.start()):
                continue  # "Dr. Pell", "J. Smith": not a sentence end
            bounds.append((start, m.start()))
            start = m.end()
        bounds.append((start, len(text)))
    out = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _split_long(text: str, start: int, end: int, max_chars: int) -> List[Window]:
    out = []
    while end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        cut = cut if cut > start else start + max_chars
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


def windows_of(text: str, selected: Sequence[Window], max_chars: int) -> List[Window]:
    """Join consecutive selected segments (only whitespace between them) into windows of at
    most ``max_chars``; split any longer segment at spaces."""
    out: List[Window] = []
    for s, e in selected:
        for ps, pe in _split_long(text, s, e, max_chars):
            if out and pe - out[-1][0] <= max_chars and not text[out[-1][1] : ps].strip():
                out[-1] = (out[-1][0], pe)
            else:
                out.append((ps, pe))
    return out


class RouteAll:
    """The LLM reads the whole doc, window by window."""

    def __init__(self, max_chars: int = 1200):
        if max_chars < 50:
            raise ValueError("max_chars must be at least 50")
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> List[Window]:
        return windows_of(doc.text, segments(doc), self.max_chars)


class RouteUncertain:
    """The LLM reads only the sentences where other components are unsure or silent."""

    def __init__(
        self,
        score_threshold: float = 0.5,
        use_cues: bool = True,
        cues: Optional[Sequence[str]] = None,
        span_key: str = SPAN_KEY,
        max_chars: int = 1200,
    ):
        if max_chars < 50:
            raise ValueError("max_chars must be at least 50")
        self.score_threshold = score_threshold
        self.use_cues = use_cues
        self.cues = [re.compile(c) for c in (DEFAULT_CUES if cues is None else cues)]
        self.span_key = span_key
        self.max_chars = max_chars

    def _flagged(self, doc: Doc) -> Tuple[List[Window], List[Window]]:
        """(all flagged spans, low-confidence spans) from other sources and doc.ents."""
        flagged, unsure = [], []
        if self.span_key in doc.spans:
            for sp in doc.spans[self.span_key]:
                if sp.id_ == "llm":
                    continue
                flagged.append((sp.start_char, sp.end_char))
                if span_score(sp) < self.score_threshold:
                    unsure.append((sp.start_char, sp.end_char))
        flagged.extend((e.start_char, e.end_char) for e in doc.ents)
        return flagged, unsure

    def select(self, doc: Doc) -> List[Window]:
        """The sentences the LLM should read."""
        text = doc.text
        flagged, unsure = self._flagged(doc)
        masked = list(text)
        for s, e in flagged:
            masked[s:e] = " " * (e - s)
        masked_text = "".join(masked)
        chosen = []
        for s, e in segments(doc):
            if any(us < e and s < ue for us, ue in unsure):
                chosen.append((s, e))
            elif self.use_cues and any(c.search(masked_text[s:e]) for c in self.cues):
                chosen.append((s, e))
        return chosen

    def __call__(self, doc: Doc) -> List[Window]:
        return windows_of(doc.text, self.select(doc), self.max_chars)
