"""Where a name or a place cannot go on: a line break or the end of a sentence.

An NER sometimes runs one entity over a line break or across sentences ("Hausarzt Dr. Weber\\n
Anamnese" as one name, or a "street" of twenty words over three sentences). No PHI span of the
corpora we read crosses a line break, bar a few addresses written over two lines (their pieces
keep the label: "Flat 25S" and "Norman Islands"), so an entity is cut into the pieces between its
breaks and each piece is judged on its own by the veto components. Cutting never drops a
character a model flagged except the break itself: a piece of ordinary words is dropped later,
by a veto, not here.

Breaks, on spaCy tokens:
- a whitespace token holding a line break;
- "!", "?" and the full-width sentence ends "。！？；";
- a "." after a lower-case word of four letters or more ("entlassen.", "stable.") when the next
  word is capitalised: a sentence end, not an abbreviation ("Dr.", "Str.", "med.", "Prof.").
  A capitalised word before the stop ("Sturz. Keine") does not cut: German nouns and names end
  sentences as abbreviations do ("Hosp.", "Dipl."), and cutting there left more of a model's
  sentence-long "street" standing on the GraSCCo design half (token P 68.9 -> 68.7).
"""
from __future__ import annotations

from typing import List, Tuple

from spacy.tokens import Doc

ALWAYS_BREAK = frozenset("! ? 。 ！ ？ ；".split())
MIN_WORD_BEFORE_STOP = 4  # "med.", "geb." stay whole; "stable. Wife" is cut


def is_break(doc: Doc, i: int) -> bool:
    """Whether token ``i`` of ``doc`` ends a sentence or a line (see the module)."""
    tok = doc[i]
    if tok.is_space:
        return "\n" in tok.text or "\r" in tok.text
    if tok.text in ALWAYS_BREAK:
        return True
    if tok.text != "." or i == 0 or i + 1 >= len(doc) or not tok.whitespace_ and not doc[i + 1].is_space:
        return False
    before = doc[i - 1]
    if before.whitespace_ or not before.is_alpha or not before.is_lower or len(before.text) < MIN_WORD_BEFORE_STOP:
        return False
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j < len(doc) and doc[j].text[:1].isupper()


def pieces(doc: Doc, start: int, end: int) -> List[Tuple[int, int]]:
    """The token ranges of ``doc[start:end]`` between its breaks, without whitespace or break
    tokens at their edges; the whole range when it holds no break. A break token never starts a
    piece: it ends the one before it."""
    out: List[Tuple[int, int]] = []
    s = start
    for i in range(start, end + 1):
        if i == end or is_break(doc, i):
            a, b = s, i
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if a < b:
                out.append((a, b))
            s = i + 1
    return out
