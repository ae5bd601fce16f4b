"""The other mentions of a Han name or place a rule found: a person or place named once with its
cue ("小安你好", "住在礁溪") is often said again without one ("小安說好", "礁溪那邊"), and the
speaker means the same one. A string of two characters or more found by a strong cue
(``MIN_SEED_SCORE``) is found again wherever it stands, unless an everyday word runs across the
edge of that mention ("小安靜" holds 安靜, quiet).
Used by the name and place rules (``han_names.py``, ``han_places.py``) on their own matches; the
model's guesses never propagate. No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable, List

from ..lexicons.han import HAN_CHARS, word_zipf
from .base import PhiMatch

MIN_LEN = 2
# Only a match of a strong cue is said again: a title, a naming word, a kinship word, a greeting, a
# place's cue or suffix; a weak one (a clause before "，你") is right too seldom to spread.
MIN_SEED_SCORE = 0.8
DECAY = 0.95  # a mention scores a little under the match it repeats
EDGE_WORD_ZIPF = 3.0  # an everyday word this frequent across a mention's edge unmakes it
_ALL_HAN = re.compile(f"[{HAN_CHARS}]+")


def crossed(text: str, start: int, end: int) -> bool:
    """Whether an everyday word of two characters runs across the edge of ``text[start:end]``."""
    return any(0 <= s and e <= len(text) and word_zipf(text[s:e]) >= EDGE_WORD_ZIPF
               for s, e in ((start - 1, start + 1), (end - 1, end + 1)))


def mentions_of(text: str, found: Iterable[PhiMatch]) -> List[PhiMatch]:
    """A recognizer's matches ``found`` and the other mentions of each matched Han string (see the
    module)."""
    matches = list(found)
    taken = [(m.start, m.end) for m in matches]
    best = {}  # surface -> (score, label, recognizer) of its strongest match
    for m in matches:
        surface = text[m.start:m.end]
        if (len(surface) >= MIN_LEN and _ALL_HAN.fullmatch(surface) and m.score >= MIN_SEED_SCORE
                and (surface not in best or m.score > best[surface][0])):
            best[surface] = (m.score, m.label, m.recognizer)
    mentions = []
    for surface, (score, label, recognizer) in best.items():
        for hit in re.finditer(re.escape(surface), text):
            s, e = hit.start(), hit.end()
            if any(a < e and s < b for a, b in taken) or crossed(text, s, e):
                continue
            taken.append((s, e))
            mentions.append(PhiMatch(s, e, label, round(score * DECAY, 4), recognizer))
    return matches + mentions


__all__ = ["crossed", "mentions_of"]
