"""Identifier recognizer: MRN, account, health plan, license, device, vehicle and other id numbers.

An identifier is a code with at least one digit that follows a cue ("MRN:", "acct #",
"member id", "DEA", "serial no.", "accession #", ...; in the pipeline's language too: "Fallnummer",
"IPP", "NHC", "protokol no", "病歷號": ``id_cues/<lang>.py``); the cue is never part of the span.
Checksums (NPI Luhn through ``stdnum.luhn``, DEA check digit) raise the score to 1.0; weak cues
("plan", "ref", "card", ... that need an explicit "#", "no", "number", "id" or ":") give 0.8.
Without a cue: credit card numbers (13-19 digits, grouped or not, a card-network prefix and a
valid Luhn check) and IBANs (``stdnum.iban``) are ACCOUNT.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Iterable, List, Optional, Tuple

from stdnum import iban, luhn

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE, followed_by_unit
from ._starts import StartIndex, matches_at
from .base import PhiMatch, Recognizer, overlaps
from .id_cues import cues_for

_NUM = r"(?:number|numbers|num|nbr|nr|no|nos|n[.°º]|#|id)\.?"  # "n.", "n°": Romance languages' "number"
_SEP = r"(?:\s*" + _NUM + r"){0,2}\s*(?:is|was|of|:)?\s*[:#=\-.：]?\s*"
# A value spread over groups of digits ("MRN 123 456 789", "MRN: 1 2 3 4 5 6 7 8": the first group
# alone was taken, or nothing, and the rest kept): six digits at least, a letter only in front.
_SPACED = r"(?=[a-z]?\s?\d(?:(?: ?[-.] ?| )?\d){5})[a-z0-9]{1,4}(?:(?: ?[-.] ?| )\d{1,4}){2,14}(?![a-z0-9])"
_VALUE = (r"(?P<v>" + _SPACED + r"|(?=[a-z0-9./-]*\d)[a-z0-9](?:[a-z0-9]|[-./](?=[a-z0-9])){2,29})"
          r"(?![a-z0-9]|[-/.][a-z0-9])")
_NEEDS_MARK = r"\s*(?:" + _NUM + r"|:)"  # the explicit number marker required by weak cues


def _compile(cue: str, needs_mark: bool, value: Optional[str] = None) -> "re.Pattern[str]":
    mark = r"(?=" + _NEEDS_MARK + ")" if needs_mark else ""
    shape = _VALUE if value is None else r"(?P<v>" + value + r")(?![a-z0-9])"
    return re.compile(r"(?<![a-z0-9])(?:" + cue + r")(?![a-z])" + mark + _SEP + shape, re.I)


@lru_cache(maxsize=None)
def compiled_cues(lang: str) -> Tuple[Tuple[str, "re.Pattern[str]", bool, int], ...]:
    """(label, pattern, weak, minimum digits) of the English cues and those of ``lang``."""
    return tuple((c.label, _compile(c.pattern, c.needs_mark, c.value), c.needs_mark, c.min_digits) for c in cues_for(lang))


@lru_cache(maxsize=None)
def cue_starts(lang: str) -> StartIndex:
    """Where a cue of ``lang`` may start: every pattern of ``compiled_cues`` opens with its cue
    between these guards, so a note is scanned once for all of them, not once per cue."""
    return StartIndex([c.pattern for c in cues_for(lang)], r"(?<![a-z0-9])", r"(?![a-z])")


_DATE_SHAPE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$|^\d{1,2}/\d{1,2}$")
_CARD = re.compile(NOT_GLUED_BEFORE + r"(?<!-)(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?!-)" + NOT_GLUED_AFTER)
# Visa, Mastercard, Amex, Discover, Diners, JCB prefixes
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|30[0-5]|36|38|35)")
_IBAN = re.compile(NOT_GLUED_BEFORE + r"(?<!-)[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?(?!-)" + NOT_GLUED_AFTER, re.I)


def _dea_valid(value: str) -> bool:
    m = re.fullmatch(r"[a-z]{2}(\d{7})", value, re.I)
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _npi_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", value)) and luhn.is_valid("80840" + value)


class IdentifierRecognizer(Recognizer):
    """Finds cued identifier numbers of the ID labels (except SSN, see ``ssn``)."""

    name = "identifiers"
    labels = ("MEDICALRECORD", "ACCOUNT", "HEALTHPLAN", "LICENSE", "DEVICE", "VEHICLE", "IDNUM")
    language_aware: ClassVar[bool] = True  # the cues of the pipeline's language, with the English ones

    def __init__(self, lang: Optional[str] = None):
        self.lang = lang or "en"
        self.cues = compiled_cues(self.lang)
        self.cue_starts = cue_starts(self.lang)

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        taken = set()
        starts = self.cue_starts.find(text)
        for label, pattern, weak, min_digits in self.cues if starts else ():
            for m in matches_at(pattern, text, starts):
                start, end = m.span("v")
                if overlaps(start, end, taken):  # an earlier (stronger) cue read it
                    continue
                score = self._score(m, text, weak, min_digits)
                if score is None:
                    continue
                taken.add((start, end))
                out.append(PhiMatch(start, end, label, score, f"{self.name}.{label.lower()}"))
        for m in _CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            if (m.start(), m.end()) in taken or not (13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits)):
                continue
            if luhn.is_valid(digits):
                out.append(PhiMatch(m.start(), m.end(), "ACCOUNT", 0.9 if len(digits) < len(m.group(0)) else 0.7,
                                    f"{self.name}.card"))
        for m in _IBAN.finditer(text):
            if (m.start(), m.end()) not in taken and iban.is_valid(m.group(0)):
                out.append(PhiMatch(m.start(), m.end(), "ACCOUNT", 1.0, f"{self.name}.iban"))
        out.sort(key=lambda p: p.start)
        return out

    @staticmethod
    def _score(m: "re.Match[str]", text: str, weak: bool, min_digits: int) -> Optional[float]:
        value = m["v"]
        digits = sum(c.isdigit() for c in value)
        if digits < min_digits or _DATE_SHAPE.match(value) or followed_by_unit(text, m.end("v")):
            return None
        if re.fullmatch(r"\d{1,3}(?:\.\d+)?|\d{1,3}/\d{1,3}", value):
            return None  # small numbers and "120/80" style readings
        cue = m.group(0)[: m.start("v") - m.start()].lower()
        if cue.startswith("dea") and _dea_valid(value):
            return 1.0
        if cue.startswith("npi"):
            return 1.0 if _npi_valid(value) else 0.8
        if re.search(r"[.]", value) and not re.search(r"[a-z]", value, re.I):
            return None  # "4.5.6" decimals and section numbers
        return 0.8 if weak else 0.9
