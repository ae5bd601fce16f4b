"""STREET recognizer: "123 Main St", "45 Oak Avenue, Apt 4B", "P.O. Box 12", "Suite 829".

A street address is a house number, one to four name words and a street-type word
("Street", "Ave", "Rd", ...), optionally followed by a unit ("Apt 4B", "Suite 200", "#5").
The house number has two or more digits and no unit after it; name words are never clinical
terms; abbreviated types ("St", "Rd", "Ct") need a capitalised name ("123 Main St", "123 MAIN ST"),
so "2 head CT", "3 LN" or "20 mg PO" do not match. Matches never cross a line break.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

from ._context import followed_by_unit
from .base import PhiMatch, Recognizer

_FULL_TYPES = (
    "street|avenue|road|boulevard|drive|lane|court|place|terrace|way|circle|parkway|highway|"
    "square|trail|plaza|route|turnpike|expressway|freeway|alley|crescent|close|row|walk|"
    "heights|pike|path|loop|run|landing|commons|green|gardens|park|point|ridge|hill|view|"
    "grove|crossing|estates|manor|mews"
)
_ABBR_TYPES = "st|ave|av|rd|blvd|dr|ln|ct|pl|ter|terr|cir|pkwy|hwy|sq|trl|rte|wy|expy|fwy|aly|cres|plz|tpke"
_ABBR_SET = frozenset(_ABBR_TYPES.split("|"))
_UNIT = r"(?:,?[ \t]*(?:apt|apartment|suite|ste|unit|fl|floor|bldg|building|rm|room|#)\.?[ \t]*#?[ \t]*[a-z0-9-]{1,6}(?![a-z0-9]))?"
_NAME_WORD = r"(?:[nsew]\.?[ \t]+|north[ \t]+|south[ \t]+|east[ \t]+|west[ \t]+)?[a-z][a-z'.-]*"
_STREET = re.compile(
    r"(?<![\w./:-])(?P<num>\d{1,6}[a-z]?(?:-\d{1,4})?)[ \t]+(?P<name>(?:" + _NAME_WORD + r"[ \t]+){0,3}"
    r"(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?" + _NAME_WORD + r")[ \t]+(?P<type>" + _FULL_TYPES + "|" + _ABBR_TYPES +
    r")(?P<dot>\.)?(?![a-z])" + _UNIT,
    re.I,
)
_ORDINAL_STREET = re.compile(
    r"(?<![\w./:-])\d{1,6}[ \t]+(?:[nsew]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:" + _FULL_TYPES + "|" + _ABBR_TYPES +
    r")\.?(?![a-z])" + _UNIT,
    re.I,
)
# an address's unit on its own ("Suite 829", "Apt. 902", "apartment 4B"): "unit" and "room" are a
# care unit's and a hospital room's words too, so only these
_UNIT_ALONE = re.compile(r"(?<![\w-])(?:apt|apartment|suite|ste)\.?[ \t]*#?[ \t]*\d{1,5}[a-z]?(?:-\d{1,4})?(?![\w/.-]*\d)(?![a-z])", re.I)
_PO_BOX = re.compile(r"(?<![a-z])(?:p\.?\s*o\.?|post\s+office)\s*box\s*#?\s*\d{1,6}(?!\d)", re.I)
CLINICAL_WORD = re.compile(
    r"^(?:head|chest|abd|abdominal|pelvis|pelvic|spine|neck|brain|renal|lung|lungs|cardiac|"
    r"times|x|mg|mcg|ml|cc|units?|tabs?|doses?|days?|hours?|hrs?|weeks?|months?|years?|more|"
    r"of|and|or|to|the|a|an|at|in|on|with|w/|for|per|prn|po|iv|im|sc|sq|pr|sl|bid|tid|qid|qd|"
    r"prior|previous|serial|repeat|negative|positive|neg|pos|normal|abnl|mri|ct|cxr|xr|us|"
    r"lymph|node|nodes|vessel|vessels|wound|wounds|drains?|lines?|sets?|blood|cultures?|"
    r"stool|urine|samples?|specimens?|episodes?|beats|runs?|loose|liquid|small|large|med|"
    r"medium|moderate|mod|minimal|min|max|amt|amount|plts?|bags?|bottles?|grams?|liters?|"
    r"pt|pts|patient|patients|family|members?|steps?|feet|ft|yards?|blocks?|flights?|"
    r"stairs|laps|rounds|cycles|courses|sessions|visits|attempts|sticks?|pillows?|ice)$",
    re.I,
)
_AMBIGUOUS_ABBR = {
    "st", "dr", "ln", "ct", "pl", "sq", "ter", "run", "park", "point", "view", "green", "path", "walk", "row",
    "close", "way", "hill", "loop",
}


class StreetRecognizer(Recognizer):
    """Finds street addresses and post-office boxes."""

    name = "streets"
    labels = ("STREET",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        seen = set()
        spans: List[Tuple[int, int]] = []
        for m in _STREET.finditer(text):
            words = re.findall(r"[a-z][a-z'.-]*", m["name"], re.I)
            if any(CLINICAL_WORD.match(w.strip(".")) for w in words):
                continue
            kind = m["type"].lower()
            if followed_by_unit(text, m.end("num")) or len(re.sub(r"\D", "", m["num"])) < 2:
                continue
            capitalised = all(w[0].isupper() for w in words)
            if kind in _AMBIGUOUS_ABBR and not capitalised:
                continue  # the name must look like a proper name
            if not capitalised and kind in _ABBR_SET:
                continue  # lower-case names need the full type word ("main street", "ward road")
            score = 0.9 if kind not in _ABBR_SET and kind not in _AMBIGUOUS_ABBR else 0.7
            seen.add(m.start())
            end = m.end()
            spans.append((m.start(), end))
            if m["dot"] and end == m.end("dot") and kind not in _ABBR_SET:
                end = m.end("type")  # "6312 ward road.": a full stop after a full word ends the sentence
            yield PhiMatch(m.start(), end, "STREET", score, self.name)
        for m in _ORDINAL_STREET.finditer(text):
            if m.start() not in seen:
                spans.append((m.start(), m.end()))
                yield PhiMatch(m.start(), m.end(), "STREET", 0.8, self.name)
        for m in _UNIT_ALONE.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                continue  # the unit of an address found whole
            yield PhiMatch(m.start(), m.end(), "STREET", 0.8, self.name)
        for m in _PO_BOX.finditer(text):
            yield PhiMatch(m.start(), m.end(), "STREET", 1.0, self.name)
