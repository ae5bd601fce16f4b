"""The clean text every PHI source reads, with a map back to the original characters.

Obfuscated PHI is the same PHI, and a model or a name list only knows the plain form. Before
detection (``Deidentifier``: the CLI, the service) a note is normalised: Unicode NFKC per
character cluster (full-width letters and digits, ligatures, compatibility forms; a letter and
the combining marks after it become one), combining marks written apart from a Latin, Greek or
Cyrillic letter dropped ("Oko\u0301\u0335nkwo" reads "Okonkwo"), format characters
(zero-width space, word joiner, soft hyphen) and control characters other than line breaks and
tabs dropped, digits of every script mapped to ASCII and look-alike letters inside Latin words
mapped to Latin (``recognizers.text_view.ascii_digits``), and a word broken by a hyphen at a line
end joined ("Okon-\\nkwo"). Spans found in the clean text are mapped back (``to_original``) and
redaction applies to the original characters; a plain ASCII note is returned as it is.
"""
from __future__ import annotations

import bisect

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Tuple

from .recognizers.text_view import _CONTROL, ascii_digits

# a hyphen at a line end inside a word: "Okon-\nkwo", "Okon-\r\n  kwo"; the word goes on in
# lower case (never "NEURO-\nALERT", a heading and its first finding)
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def _line_hyphens(text: str) -> List["re.Match[str]"]:
    return [m for m in _LINE_HYPHEN.finditer(text) if text[m.end()].islower()]


@dataclass(frozen=True)
class CleanText:
    """``text``: the clean text; ``starts[i]`` / ``ends[i]``: the original characters
    ``[starts[i], ends[i])`` that clean character ``i`` comes from (None: the text is unchanged)."""

    text: str
    starts: Optional[List[int]] = None
    ends: Optional[List[int]] = None

    def to_original(self, start: int, end: int) -> Tuple[int, int]:
        """The original offsets of the clean span ``[start, end)``: every original character
        that produced one of its characters, and what was dropped between them."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def _latin_like(ch: str) -> bool:
    return ch.isalpha() and (ord(ch) < 0x0530 or 0x1D00 <= ord(ch) < 0x2000)  # Latin, Greek, Cyrillic


def normalise(text: str) -> CleanText:
    """The clean text of ``text`` and its map back (see the module's docstring)."""
    if text.isascii() and not _CONTROL.search(text) and not _line_hyphens(text):
        return CleanText(text)
    out: List[str] = []
    starts: List[int] = []
    ends: List[int] = []
    i, n = 0, len(text)
    while i < n:
        if unicodedata.category(text[i]) == "Cf" or _CONTROL.match(text[i]):
            i += 1  # dropped: a span around it covers it through its neighbours
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if len(cluster) > 1 and _latin_like(cluster[0]):
            # marks written apart on a Latin, Greek or Cyrillic letter: read the bare letter
            # ("Jo\u0301\u0335hn" -> "John"; a precomposed "José" is one character, kept)
            norm = "".join(c for c in unicodedata.normalize("NFKD", cluster) if not unicodedata.combining(c))
            norm = unicodedata.normalize("NFKC", norm)
        else:
            norm = cluster if cluster.isascii() else unicodedata.normalize("NFKC", cluster)
        if len(norm) == len(cluster):  # one for one: keep each character's own place
            out.extend(norm)
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:  # a cluster that became more or fewer characters: each comes from all of it
            out.extend(norm)
            starts.extend([i] * len(norm))
            ends.extend([j] * len(norm))
        i = j
    clean = ascii_digits("".join(out))  # same length: the map holds
    pieces: List[str] = []
    s_keep: List[int] = []
    e_keep: List[int] = []
    last = 0
    for m in _line_hyphens(clean):
        pieces.append(clean[last : m.start()])
        s_keep.extend(starts[last : m.start()])
        e_keep.extend(ends[last : m.start()])
        last = m.end()
    pieces.append(clean[last:])
    s_keep.extend(starts[last:])
    e_keep.extend(ends[last:])
    result = "".join(pieces)
    if result == text:
        return CleanText(text)
    return CleanText(result, s_keep, e_keep)


def normalise_record(record: dict) -> dict:
    """A copy of an annotated record with the clean text the pipeline reads, its spans moved onto
    it (each span: the clean characters that come from its original ones), so that a model is
    trained on what it will see ("：" and "\u3000" in Chinese notes are ":" and " " after NFKC)."""
    text = record["text"]
    clean = normalise(text)
    if clean.starts is None or clean.ends is None:
        return record
    spans = []
    for s in record.get("spans", []):
        # both maps grow with the clean index: the clean characters inside the span are one run
        lo = bisect.bisect_left(clean.starts, s["start"])
        hi = bisect.bisect_right(clean.ends, s["end"])
        if lo < hi:
            spans.append(dict(s, start=lo, end=hi))
    return dict(record, text=clean.text, spans=spans)
