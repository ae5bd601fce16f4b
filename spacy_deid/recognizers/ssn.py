"""SSN recognizer: US social security numbers, validated with ``stdnum.us.ssn``.

"123-45-6789" style numbers are accepted anywhere when stdnum deems them valid (score 0.9);
with an SSN cue ("SSN", "SS#", "social security") any 9-digit form is accepted, even one stdnum
rejects (test or surrogate numbers), at score 1.0 / 0.8, and so is a cued number in three groups
of three ("SIN 046 454 286": the layout of Canadian and other national insurance numbers), and
nine digits spread out with spaces ("SSN 1 2 3 - 4 5 - 6 7 8 9", an evasion).
"""
from __future__ import annotations

import re
from typing import Iterable

from stdnum.us import ssn as stdnum_ssn

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE, line_before
from .base import PhiMatch, Recognizer

_SSN = re.compile(NOT_GLUED_BEFORE + r"(?<![./-])(?P<n>\d{3}(?P<s>[- .]?)\d{2}(?P=s)\d{4})(?!/|[.-]\d)" + NOT_GLUED_AFTER)
_GROUPS_OF_THREE = re.compile(NOT_GLUED_BEFORE + r"(?<![./-])(?P<n>\d{3}(?P<s>[- .])\d{3}(?P=s)\d{3})(?!/|[.-]\d)" + NOT_GLUED_AFTER)
# after a cue, nine digits spread out ("SSN 1 2 3 - 4 5 - 6 7 8 9": kept before)
_SPREAD = re.compile(NOT_GLUED_BEFORE + r"(?<![./-])(?P<n>\d(?:(?: ?[-.] ?| )?\d){8})(?![ .-]?\d)" + NOT_GLUED_AFTER)
_CUE = re.compile(
    r"(?<![a-z])(?:ssn|ss\s*#|ss\s*no\.?|ss|soc\.?\s*sec\.?|social\s+security(?:\s+(?:number|no\.?|#))?|"
    r"ssa|ssi|sin|tin|itin|nin|insurance\s+(?:number|no\.?|#))\s*(?:number|no\.?|#)?\s*(?:is)?\s*[:#=.-]?\s*$"
)


class SsnRecognizer(Recognizer):
    """Finds social security numbers."""

    name = "ssn"
    labels = ("SSN",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        for m in _SSN.finditer(text):
            start, end = m.span("n")
            cue = bool(_CUE.search(line_before(text, start, 30)))
            valid = stdnum_ssn.is_valid(m["n"].replace(" ", "").replace(".", "-"))
            if cue:
                yield PhiMatch(start, end, "SSN", 1.0 if valid else 0.8, self.name)
            elif valid and m["s"] == "-":
                yield PhiMatch(start, end, "SSN", 0.9, self.name)
        for m in _SPREAD.finditer(text):
            start, end = m.span("n")
            if " " in m["n"] and not _SSN.fullmatch(m["n"]) and _CUE.search(line_before(text, start, 30)):
                yield PhiMatch(start, end, "SSN", 0.8, self.name)
        for m in _GROUPS_OF_THREE.finditer(text):
            start, end = m.span("n")
            if _CUE.search(line_before(text, start, 30)):
                yield PhiMatch(start, end, "SSN", 0.8, self.name)
