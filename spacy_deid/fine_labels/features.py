"""Features of one PHI span for the fine-label model: its words and shape, the words around it,
the header of its line, and what the lexicon tables know of its words (a first name, a city, a
US state, a country...). Strings, so that the model's vocabulary is readable."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from spacy.tokens import Doc

from ..finders.cues import CREDENTIALS, KIN, LEFT_VERBS, RIGHT_VERBS, ROLES
from ..lexicons.tables import (BIG_PLACE, COUNTRY, DRUG, FIRST, JOB, LAST, PLACE, STATE, WORD,
                               Lexicon, load_lexicon)

WINDOW = 4  # tokens on each side
_FLAGS = (("first", FIRST), ("last", LAST), ("word", WORD), ("drug", DRUG), ("place", PLACE),
          ("state", STATE), ("country", COUNTRY), ("job", JOB), ("bigplace", BIG_PLACE))
# Word classes of clinical writing (``finders/cues.py``), so that a cue the training notes wrote
# with one word counts for all of its class: "(son)" as well as "(daughter)".
_CUE_CLASSES = (("kin", KIN), ("role", ROLES), ("cred", CREDENTIALS), ("title", frozenset({"dr", "drs", "doctor", "dr."})),
                ("honorific", frozenset({"mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms."})))
_LEFT_CLASSES = _CUE_CLASSES + (("verb", LEFT_VERBS),)
_RIGHT_CLASSES = _CUE_CLASSES + (("verb", RIGHT_VERBS),)
_HEADER = re.compile(r"([A-Za-z][A-Za-z .#/'-]{0,30}?)\s*[:#=]\s*$")


def shape(text: str) -> str:
    """'Ellison 12' -> 'Xx d', 'ma' -> 'x', '02115-1234' -> 'd-d'."""
    out = re.sub(r"[A-Z]+", "X", re.sub(r"[a-z]+", "x", re.sub(r"\d+", "d", text)))
    return re.sub(r"(Xx)+", "Xx", re.sub(r"\s+", " ", out))[:12]


def _context_tokens(doc: Doc, first: int, last: int) -> Tuple[List[str], List[str]]:
    left = [t.lower_ for t in doc[max(0, first - 2 * WINDOW):first] if not t.is_space][-WINDOW:]
    right = [t.lower_ for t in doc[last:last + 2 * WINDOW] if not t.is_space][:WINDOW]
    return left, right


def span_features(doc: Doc, start: int, end: int, coarse: str, lexicon: Optional[Lexicon] = None,
                  doc_text: Optional[str] = None) -> List[str]:
    """Feature strings of the characters ``start:end`` of ``doc`` found as ``coarse`` PHI
    (``doc_text``: ``doc.text``, which spaCy rebuilds at every access, when the caller has it)."""
    lexicon = lexicon or load_lexicon()
    full = doc.text if doc_text is None else doc_text
    text = full[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t.lower_ for t in span if not t.is_space and not t.is_punct] if span is not None else text.lower().split()
    feats = [f"c={coarse}", f"shape={shape(text)}", f"n={min(len(words), 5)}"]
    digits = sum(ch.isdigit() for ch in text)
    feats.append(f"digits={min(digits, 12)}")
    if text.isupper():
        feats.append("upper")
    elif text[:1].isupper():
        feats.append("title")
    elif text[:1].islower():
        feats.append("lower")
    for ch in "@.:/-,#()":
        if ch in text:
            feats.append(f"has{ch}")
    for i, w in enumerate(words):
        feats.append(f"w={w}")
        flags = lexicon.flags(w)
        feats.extend(f"f={name}" for name, bit in _FLAGS if flags & bit)
        if i == 0:
            feats.append(f"w0={w}")
    if words:
        feats.append(f"wl={words[-1]}")
        feats.append(f"suf={words[-1][-3:]}")
    kind = lexicon.place_kind(" ".join(words))
    if kind:
        feats.append(f"placekind={kind}")
    if span is not None:
        left, right = _context_tokens(doc, span.start, span.end)
    else:
        left, right = [], []
    for i, w in enumerate(reversed(left)):
        feats.append(f"L{i + 1}={w}")
        feats.append(f"L*={w}")
    for i, w in enumerate(right):
        feats.append(f"R{i + 1}={w}")
        feats.append(f"R*={w}")
    for name, words_of in _LEFT_CLASSES:
        near = [i for i, w in enumerate(reversed(left[-3:])) if w in words_of]
        if near:
            feats.append(f"L{near[0] + 1}:{name}")
            feats.append(f"L*:{name}")
    for name, words_of in _RIGHT_CLASSES:
        near = [i for i, w in enumerate(right[:3]) if w in words_of]
        if near:
            feats.append(f"R{near[0] + 1}:{name}")
            feats.append(f"R*:{name}")
    if len(left) >= 2:
        feats.append(f"L21={left[-2]}_{left[-1]}")
    if len(right) >= 2:
        feats.append(f"R12={right[0]}_{right[1]}")
    line_start = full.rfind("\n", 0, start) + 1
    before = full[line_start:start]
    if not before.strip():
        feats.append("linestart")
    m = _HEADER.search(before)
    if m:
        feats.append(f"header={m.group(1).strip().lower()}")
    return feats

