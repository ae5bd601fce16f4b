"""Identifier recognizer: MRN, account, health plan, license, device, vehicle and other id numbers.

An identifier is a code with at least one digit that follows a cue ("MRN:", "acct #",
"member id", "DEA", "serial no.", "accession #", ...); the cue is never part of the span.
Checksums (NPI Luhn through ``stdnum.luhn``, DEA check digit) raise the score to 1.0; weak cues
("plan", "ref", "card", ... that need an explicit "#", "no", "number", "id" or ":") give 0.8.
Without a cue: credit card numbers (13-19 digits, grouped or not, a card-network prefix and a
valid Luhn check) and IBANs (``stdnum.iban``) are ACCOUNT.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Tuple

from stdnum import iban, luhn

from ._context import followed_by_unit
from .base import PhiMatch, Recognizer

_NUM = r"(?:number|numbers|num|nbr|no|nos|#|id)\.?"
_SEP = r"(?:\s*" + _NUM + r"){0,2}\s*(?:is|was|of|:)?\s*[:#=\-.]?\s*"
_VALUE = r"(?P<v>(?=[a-z0-9./-]*\d)[a-z0-9](?:[a-z0-9]|[-./](?=[a-z0-9])){2,29})(?![a-z0-9]|[-/.][a-z0-9])"

# (label, cue regex, needs an explicit "#/no/number/id/:" after the cue, minimum digits)
_CUES: List[Tuple[str, str, bool, int]] = [
    ("MEDICALRECORD", r"mrn|m\.r\.n\.?|mr\s*#|mr\s*no\.?|mr\s*num|med\s*rec|medical\s*records?|"
                      r"hospital\s*(?:number|no|#)|hosp\s*#|unit\s*(?:number|no|#)|chart\s*(?:number|no|#)|"
                      r"record\s*(?:number|no|#)|patient\s*(?:id|number|no|#)|pt\s*(?:id|#)|emr\s*#|"
                      r"health\s*record\s*(?:number|no|#)", False, 3),
    ("MEDICALRECORD", r"mr|chart|unit", True, 5),
    ("ACCOUNT", r"acct|acc't|account|billing|bill|invoice|bank\s*account|routing|iban|"
                r"credit\s*card|card", True, 4),
    ("ACCOUNT", r"acct|account\s*(?:number|no|#)", False, 3),
    ("HEALTHPLAN", r"insurance|ins|policy|member|subscriber|beneficiary|group|grp|plan|medicaid|"
                   r"medicare|mbi|hicn|health\s*plan|coverage|payer|payor|bcbs|hmo|ppo", True, 4),
    ("HEALTHPLAN", r"medicaid|medicare|mbi|hicn|member\s*id|policy\s*(?:number|no|#)|subscriber\s*id", False, 4),
    ("LICENSE", r"license|licence|lic|certificate|cert|registration|reg|board\s*cert(?:ification)?", True, 3),
    ("LICENSE", r"dea|driver'?s\s*licen[cs]e|dl\s*#|license\s*(?:number|no|#)|lic\s*#|"
                r"state\s*licen[cs]e", False, 3),
    ("DEVICE", r"serial|s/n|sn|device|udi|imei|meid|esn|implant|pacemaker|lot", True, 3),
    ("DEVICE", r"serial\s*(?:number|no|#)|s/n|udi|imei|device\s*(?:id|serial)", False, 3),
    ("VEHICLE", r"license\s*plate|plate|vin|tag|vehicle", True, 3),
    ("VEHICLE", r"license\s*plate|plate\s*(?:number|no|#)|vin", False, 3),
    ("IDNUM", r"npi|upin|accession|acc|order|req|requisition|specimen|spec|case|claim|ref|reference|"
              r"confirmation|conf|tracking|sample|study|subject|trial|encounter|enc|visit|csn|fin|har|"
              r"control|barcode|identifier|employee|emp|badge|passport|national\s*id|ticket|"
              r"pathology|path|report|accn|film|exam|job|document|doc|id", True, 3),
    ("IDNUM", r"npi|upin|accession|passport|employee\s*id|badge\s*id|id\s*#|id\s*:|identifier", False, 3),
]
_NEEDS_MARK = r"\s*(?:" + _NUM + r"|:)"  # the explicit number marker required by weak cues


def _compile(cue: str, needs_mark: bool) -> "re.Pattern[str]":
    mark = r"(?=" + _NEEDS_MARK + ")" if needs_mark else ""
    return re.compile(r"(?<![a-z0-9])(?:" + cue + r")(?![a-z])" + mark + _SEP + _VALUE, re.I)


_COMPILED = [(label, _compile(cue, mark), mark, mind) for label, cue, mark, mind in _CUES]
_DATE_SHAPE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$|^\d{1,2}/\d{1,2}$")
_CARD = re.compile(r"(?<![\w-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\w-])")
# Visa, Mastercard, Amex, Discover, Diners, JCB prefixes
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|30[0-5]|36|38|35)")
_IBAN = re.compile(r"(?<![\w-])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?(?![\w-])", re.I)


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

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        taken = set()
        for label, pattern, weak, min_digits in _COMPILED:
            for m in pattern.finditer(text):
                start, end = m.span("v")
                if (start, end) in taken:
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
