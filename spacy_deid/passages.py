"""Passages of a note written in another language than the note's (issue 13: language
identification per sentence).

An English note may quote a patient's daughter in Spanish or copy a German discharge letter; a
Chinese-English note may hold an English paragraph. Such a passage is read by the rules and model
of its own language too (``routing.RoutedDeidentifier``), since the note's pipeline does not know
its dates ("3. Mai 2019"), identifiers ("DNI 12345678Z"), phone regions or names.

A note is cut at line ends, after sentence punctuation (``. ! ? : ;``) and at quotation marks.
A piece with at least ``min_letters`` letters gets a language (``langid.passage_language``); a
piece too short to tell joins the foreign passage before it ("... en Sevilla. Su DNI es
12345678Z.") or the one after it on its line ("Sr. Pérez vive en ..."); a piece with Han
characters is Chinese at any length. Neighbouring pieces of one foreign language
form one passage. A passage read by both pipelines loses nothing, so a passage that takes in a
few words of the note's language costs only time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from .langid import HAN_SHARE_ZH, han_share, passage_language

# a line end, whitespace after sentence punctuation (not the point of "3. Mai"), or a quotation mark
_BREAK = re.compile(r"\n+|(?<=[.!?:;])(?<!\d\.)\s+|[\"\u201c\u201d\u00ab\u00bb\u201e]")
MIN_LETTERS = 30  # fewer letters: too little to tell a language
MIN_CONFIDENCE = 0.9  # a passage is read as foreign only when the identifier is this sure


@dataclass(frozen=True)
class Passage:
    """Characters ``start:end`` of a note, written in ``lang``."""

    start: int
    end: int
    lang: str


def _pieces(text: str) -> List[Tuple[int, int, bool]]:
    """(start, end, whether a line ends right before it) of each piece of ``text``."""
    out: List[Tuple[int, int, bool]] = []
    pos, new_line = 0, True
    for m in _BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start(), new_line))
            new_line = False
        pos = m.end()
        new_line = new_line or "\n" in m.group()
    if pos < len(text):
        out.append((pos, len(text), new_line))
    return out


def foreign_passages(text: str, note_lang: str, *, min_letters: int = MIN_LETTERS,
                     min_confidence: float = MIN_CONFIDENCE) -> List[Passage]:
    """The passages of ``text`` in a language other than ``note_lang``, in text order."""
    found: List[Passage] = []
    current: Optional[str] = None  # the language of the piece before, when foreign
    pending: Optional[int] = None  # where the short pieces since the last piece told begin
    for start, end, new_line in _pieces(text):
        piece = text[start:end]
        if new_line:
            pending = None
        if han_share(piece) >= HAN_SHARE_ZH:
            lang: Optional[str] = "zh"  # Han characters tell at any length
        elif sum(map(str.isalpha, piece)) < min_letters:
            if current is not None:  # too short to tell: it goes with the foreign piece before
                found[-1] = Passage(found[-1].start, end, current)
            elif pending is None:
                pending = start
            continue
        else:
            lang = passage_language(piece, min_confidence)
        if lang is None or lang == note_lang:
            current = pending = None
            continue
        if current == lang:
            found[-1] = Passage(found[-1].start, end, lang)
        else:  # a new passage takes in the short pieces just before it
            found.append(Passage(start if pending is None else pending, end, lang))
        current, pending = lang, None
    return found
