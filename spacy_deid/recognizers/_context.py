"""Small helpers shared by the rule recognizers: context windows and shared vocabularies.

Context checks look at a few characters on the same line before or after a candidate, lower-cased,
so recognizers stay case-insensitive and never reach across note sections.
"""
from __future__ import annotations

import re
from typing import List, Match, Optional, Pattern, Sequence, Tuple

# Units and quantity words that turn a number into a measurement, not PHI.
UNIT_WORDS = (
    r"mg|mcg|ug|µg|g|gm|gms|grams?|kg|lbs?|pounds?|oz|ml|cc|cc's|l|liters?|litres?|dl|meq|mmol|mol|"
    r"units?|u|iu|mu|mm|cm|m|km|inch(?:es)?|ft|feet|mmhg|cmh2o|h2o|%|percent|kcal|cal|bpm|"
    r"hrs?|hours?|h|min|mins|minutes?|secs?|seconds?|days?|d|wks?|weeks?|mos?|months?|yrs?|years?|"
    r"x|times|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtts?|amps?|doses?|sprays?|"
    r"k|mil|million|thousand|cells|copies|beats?|breaths?|lpm|l/min|ml/hr|ml/h|cc/hr|cc/h|mg/dl|"
    r"mg/kg|mcg/kg|ng|pg|fl|french|fr|f|gauge|ga|degrees?|deg|°"
)
UNIT_AFTER: Pattern[str] = re.compile(
    # "(?!/[a-z])": "d/c", "c/o", "s/p" are abbreviations, not the units d, c, s
    r"^\s*(?:(?:-|to|and|/)\s*\d+(?:\.\d+)?\s*)?(?:" + UNIT_WORDS + r")(?![a-z]|/[a-z])", re.I
)


# A word character of a script written with spaces between words: a structured value (e-mail, URL,
# IP address, card or phone number) must not be glued to one, but may be glued to Han, kana,
# hangul or full-width text, which has no spaces ("網址www.example.org給你", "IP是10.0.0.2嗎").
SPACED_WORD = r"[^\W\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
NOT_GLUED_BEFORE, NOT_GLUED_AFTER = f"(?<!{SPACED_WORD})", f"(?!{SPACED_WORD})"


def line_before(text: str, start: int, width: int = 30) -> str:
    """Up to ``width`` characters before ``start`` on the same line, lower-cased."""
    lo = max(0, start - width)
    chunk = text[lo:start]
    nl = chunk.rfind("\n")
    if nl >= 0:
        chunk = chunk[nl + 1 :]
    return chunk.lower()


def line_after(text: str, end: int, width: int = 30) -> str:
    """Up to ``width`` characters after ``end`` on the same line, lower-cased."""
    chunk = text[end : end + width]
    nl = chunk.find("\n")
    if nl >= 0:
        chunk = chunk[:nl]
    return chunk.lower()


def followed_by_unit(text: str, end: int) -> bool:
    """True when a unit or quantity word (``mg``, ``ml``, ``units``, ``x``, ...) follows ``end`` on its line."""
    return bool(UNIT_AFTER.match(text[end : end + 40].split("\n", 1)[0]))


def word_alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Two-letter USPS codes and full names of US states, districts and territories.
STATE_ABBREVS = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP"
).split()
STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
    "Guam", "Mass", "Calif", "Penn", "Conn", "Wash",
)


def words_from(text: str, pos: int, word: Pattern[str], limit: int) -> List[Match[str]]:
    """Up to ``limit`` words (matches of ``word``) from ``pos`` on, one run of spaces or tabs apart
    on the same line: the candidate name after a cue ("wohnt in Frankfurt am Main", "works at
    Bank of America")."""
    words: List[Match[str]] = []
    at = pos
    while len(words) < limit:
        m = word.match(text, at)
        if m is None:
            break
        words.append(m)
        gap = re.match(r"[ \t]+", text[m.end():m.end() + 3])
        if gap is None:
            break
        at = m.end() + gap.end()
    return words


def holds_any(text: str, stems) -> bool:
    """Whether the lower-cased text holds one of ``stems``: a recognizer whose every pattern holds
    one returns at once from the many notes without (a substring test costs far less than a scan)."""
    low = text.lower()
    return any(stem in low for stem in stems)


def past_particles(words: Sequence[Match[str]], i: int, particles) -> int:
    """The index of the first of ``words`` from ``i`` on that is no particle ("María de la Cruz"
    from "de": the index of "Cruz"; ``len(words)`` when the particles run to the end)."""
    while i < len(words) and words[i].group().lower() in particles:
        i += 1
    return i


def in_capitals(text: str) -> bool:
    """Whether a note is written in capitals throughout (more than 90% of its letters), where case
    says nothing of names."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.9 * len(letters)


LATIN_LETTERS = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"


def around_patterns(before: Sequence[str], after: Sequence[str], gap: str) -> Tuple[Optional[Pattern[str]],
                                                                                    Optional[Pattern[str]]]:
    """(one pattern of what stands before a value, starting a word and ending in ``gap``; one of
    what stands after it), case-insensitive; None for an empty table."""
    cue = re.compile(rf"(?<![{LATIN_LETTERS}])(?:{'|'.join(before)}){gap}", re.I) if before else None
    tail = re.compile(rf"(?:{'|'.join(after)})", re.I) if after else None
    return cue, tail
