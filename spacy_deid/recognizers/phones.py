"""PHONE / FAX recognizer built on ``phonenumbers.PhoneNumberMatcher``.

The matcher runs at ``Leniency.POSSIBLE`` for recall; a candidate is kept when it is a valid
number for its region, or when it is written with phone-style grouping ("555-1234",
"(617) 555 1234"), or when a phone cue ("tel", "pager", "call", ...) precedes it. Candidates
after an identifier cue ("MRN", "acct", "SSN", ...) are left to the identifier recognizers.
A number is a FAX when a fax cue ("fax", "f:", "facsimile") precedes it on the same line.
"700-1900" (two quarter-hour clock times) is a shift, not a number, unless a phone cue precedes;
an uncued "NNN-NNNN" whose exchange starts with 0 or 1, or that follows a measurement word
("SVR 954-1183", "voiding 575-1000"), is a range of values.
Bare extensions and pager numbers ("x4567", "pager 12345", "ext. 123") are found with a cue.
Digit groups of any national layout ("0494 92 82 32", "(37) 788-063") count as a phone after an
explicit cue ("Phone:", "mobile", "call me at", "fax"), even when the region's rules reject them.
A relative's number ("wife's # 555 0134") counts as cued. A mistyped number that keeps the phone
grouping but not the digit count ("617-555-01345", "61-7555-0134") is kept at a lower score.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterable, List, NamedTuple, Optional, Tuple

import phonenumbers
from phonenumbers import Leniency, PhoneMetadata, PhoneNumberMatcher
from phonenumbers.phonenumbermatcher import _PATTERN as _MATCHER_CANDIDATE

from ._context import followed_by_unit, line_before
from .base import PhiMatch, Recognizer

_FAX_BEFORE = re.compile(r"(?:fax|facsimile|telefax|\bfx|(?:^|[\s,;(/])f)\s*(?:no\.?|number|#|num)?\s*[:.#=]?\s*(?:\(\w+\)\s*)?$")
_PHONE_BEFORE = re.compile(
    r"(?:(?:phone|tel|telephone|ph|cell|mobile|mob|home|work|office|pager|beeper|pgr|bpr|beep|page|paged|"
    r"call|called|calls|callback|call back|contact|reach|reached|voicemail|vm|ext|extension)"
    r"\s*(?:me|us|him|her|them|back)?\s*(?:no\.?|number|#|num)?\s*(?:at|on)?\s*[:.#=]?|(?<![a-z])[ptchwm]\s*:)\s*(?:\(\w+\)\s*)?$"
)
_ID_BEFORE = re.compile(
    r"(?<![a-z])(?:mrn|mr|med\s*rec|medical record|record|unit|acct|account|ssn|ss|social security|policy|member|"
    r"subscriber|group|id|npi|dea|license|lic|serial|s/n|sn|accession|acc|order|req|requisition|specimen|"
    r"claim|case|ref|reference|confirmation|tracking|lot|model|upin|tin|ein|fin|encounter|visit|"
    r"insurance|medicaid|medicare|plan)\s*(?:no\.?|number|num|#|id)?\s*[:.#=]?\s*$"
)
_GROUPED = re.compile(
    r"^(?:\+?1[\s.-]?)?(?:\(\s*\d{3}\s*\)[\s.-]?|\d{3}[\s./-])?\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$",
    re.I,
)
_EXTENSION = re.compile(
    r"(?<![a-z\d])(?P<cue>ext\.?|extension|x|pager|beeper|pgr|bpr|beep|page|paged|"
    r"call(?:\s+back)?(?:\s+at)?|phone|tel|cell|pg|ph|分機|分机|內線|内线)(?:\s*(?:no\.?|number|#|:|\.|是))*\s*"
    r"(?P<num>\d{1,2}-\d{4}|\d{4,5})(?!\d|[.,/:-]\d|\s*(?:%|mg|ml|cc|units?|x\b))",
    re.I,
)
_CUED_DIGITS = re.compile(
    r"(?<![a-z])(?P<cue>phone|tel|telephone|mobile|cell|cellphone|fax|facsimile|desk|office|home|work|pager|"
    r"(?:call|reach|contact|text|page)\s+(?:me|us|him|her|them)?\s*(?:at|on)|phone\s+number|contact\s+number)"
    r"\s*(?:no\.?|number|#)?\s*[:#.]?[ \t]*\n?[ \t]*"
    r"(?P<num>\+?\(?\d[\d .()-]{5,20}\d)(?![\d/:]|[.,]\d)",
    re.I,
)
_X_CUE = re.compile(r"(?:call|page|paged|phone|tel|ext|reach|contact|pager|beeper|at|\d)\W*$")
# (617) 555-0142, 617-555-0142, 617.555.0142: separators required, nothing glued on either side
_NANP_GROUPED = re.compile(
    r"(?<![\w.~-])(?:(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}|\d{3}(?P<odd>[~_])\d{3}(?P=odd)\d{4})(?![^\W_]|[.~_-]\d)")
# ("617~555~0199", "617_555_0199": unusual separators, used the same way twice)
_DATE_SHAPE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
# A dotted day and month (and year), spaced or not, alone or before a time or a second date:
# "17. 4. 1948", "14.11.2031 09" (of "09:42"), "12.02. - 26.03.14".
_DATE_FIRST = re.compile(r"^(?P<d>\d{1,2})\.[ \t]*(?P<m>\d{1,2})\.(?:[ \t]*(?:\d{4}|\d{2}))?(?=\s|-|$)")
# Regions whose national numbers are written with their trunk prefix 0 ("030 ...", "01 42 ..."):
# there, an uncued number without it (and without "+") that is a round count ("Thrombo 245000")
# or a dose with its daily scheme ("20 1-0-1") is no phone. Other such numbers stay phones: an
# identifier without a cue we know is better caught as a phone than left. Taiwan and Saudi Arabia
# are left out: local numbers without the area code are common there.
TRUNK_ZERO_REGIONS = frozenset({"DE", "FR", "NL", "RO", "TR"})
_ROUND_COUNT = re.compile(r"\d{2,4}000")
_DOSE_SCHEME = re.compile(r"(?<!\d)[0-9½]-[0-9½]-[0-9½](?:-[0-9½])?(?!\d)")
# Phone words of these languages, besides the English cues ("Tel.:", "Telefon", "Handy", "Durchwahl")
_LOCAL_PHONE_WORD = re.compile(r"(?:tel|fax|handy|mobil|durchwahl|erreichbar|rufnummer|portable|gsm|cep)", re.I)
# A mistyped phone keeps its grouping but not its digit count: "617-555-01345", "(617) 555-013",
# "61-7555-0134". Three groups with one separator style, 9-12 digits; spaces only after a cue.
_NEAR_GROUPED = re.compile(
    r"(?<![\w.,/-])(?:\((?P<p>\d{2,4})\)\s?|(?P<a>\d{2,4})(?P<s>[-. ]))(?P<b>\d{2,4})(?(s)(?P=s)|[-. ])(?P<c>\d{3,5})"
    r"(?![\w]|[.,/-]\d)"
)
_RELATIVES = (
    r"wife|husband|spouse|partner|son|daughter|dtr|sister|brother|mother|mom|father|dad|niece|nephew|aunt|uncle|"
    r"cousin|grand(?:son|daughter|child|children|mother|father|ma|pa)|friend|neighbou?r|family|hcp|proxy|guardian"
)
_RELATION_MENTION = re.compile(r"(?<![a-z])(?:" + _RELATIVES + r")s?(?![a-z])")
# "wife's # 617...", "son's number 555...": a relative's or carer's number
_RELATION_NUMBER_BEFORE = re.compile(
    r"(?<![a-z])(?:" + _RELATIVES + r"|pcp|home|house)'?s?\s*(?:#|no\.?|number|phone|cell|tel)"
    r"\s*(?:is|at)?\s*[:=#-]?\s*$"
)


# Measurements written as ranges look like 7-digit local numbers ("SVR 954-1183", "voiding 575-1000").
_MEASURE_BEFORE = re.compile(
    r"(?<![a-z])(?:hr|bp|sbp|dbp|map|svr|pvr|co|ci|co/ci|cvp|pap|pcwp|wedge|rr|tv|vt|vols?|volumes?|uo|u/o|"
    r"is|voiding|voided|output|intake|plt|plts|wbc|glucose|bs|fs|range|ranging|between|from)(?![a-z])\W*$"
)
_LOCAL_RANGE = re.compile(r"(\d{3})-(\d{4})")


def _measure_range(raw: str, before: str) -> bool:
    """True for an uncued "NNN-NNNN" that is a range of values, not a local phone number: its
    exchange starts with 0 or 1 (no North American exchange does), or a measurement word
    comes right before it."""
    m = _LOCAL_RANGE.fullmatch(raw.strip())
    if not m:
        return False
    return m.group(1)[0] in "01" or bool(_MEASURE_BEFORE.search(before[-12:]))


def _phone_cue(before: str) -> bool:
    """True when the text before a number (lower-cased, same line) names a phone, fax or a relative's number."""
    return bool(_PHONE_BEFORE.search(before) or _FAX_BEFORE.search(before) or _RELATION_NUMBER_BEFORE.search(before))


def _time_range(raw: str) -> bool:
    """True for "700-1900" / "1100-1530": two clock times on the quarter hour."""
    m = re.fullmatch(r"(\d{3,4})\s*-\s*(\d{3,4})", raw)
    if not m:
        return False
    times = [t.zfill(4) for t in m.groups()]
    return all(int(t[:2]) <= 24 and t[2:] in ("00", "15", "30", "45") for t in times)


# The region whose national numbers a pipeline of each language reads ("612 345 678" in Spanish);
# numbers written with a country code are read in every pipeline.
REGION_BY_LANG = {"en": "US", "es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "PT", "ro": "RO",
                  "tr": "TR", "nl": "NL", "zh": "TW",  # our Chinese notes are Taiwan's (synth/zh)
                  "ar": "SA"}  # the Arabic notes' home numbers are Saudi (synth/ar); others carry their code


_PLUS = re.compile("[+\uff0b]")
_MIN_NATIONAL_DIGITS = 2  # the shortest national number of any region (German local numbers)
_WINDOW = 40  # characters kept around a candidate, for the matcher's look at its neighbours


def min_candidate_digits(region: str) -> int:
    """Fewer digits than this in a stretch of the matcher's candidate pattern, written without a
    plus sign, can hold no possible number of ``region``: neither a national number (its shortest
    possible length, local-only numbers included) nor an international one dialled with the
    region's exit code (the code's digits, a country code, the world's shortest national number)."""
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return 1
    desc = meta.general_desc
    lengths = [n for n in (*desc.possible_length, *desc.possible_length_local_only) if n > 0]
    exit_code = meta.international_prefix or ""
    exit_digits = len(exit_code) if exit_code.isdigit() else 1
    return max(1, min(min(lengths, default=1), exit_digits + 1 + _MIN_NATIONAL_DIGITS))


def matcher_windows(text: str, min_digits: int) -> List[Tuple[int, int]]:
    """The stretches of ``text`` worth giving to ``PhoneNumberMatcher``: each candidate of its own
    pattern that holds a plus sign or ``min_digits`` digits, with ``_WINDOW`` characters either side,
    overlapping windows merged. What lies outside them cannot hold a match (a match lies inside one
    candidate; a candidate cut by a window's edge is a short one, and shorter when cut), so the
    matcher returns the same numbers for much less work: clinical notes are full of "15/5",
    "95-100" and "12.5" that it would otherwise parse one by one."""
    windows: List[Tuple[int, int]] = []
    for m in _MATCHER_CANDIDATE.finditer(text):
        raw = m.group()
        if sum(ch.isdigit() for ch in raw) < min_digits and not _PLUS.search(raw):
            continue
        start, end = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


class _Found(NamedTuple):
    """A ``PhoneNumberMatch`` moved to offsets of the whole text."""
    start: int
    end: int
    raw_string: str
    number: "phonenumbers.PhoneNumber"


class PhoneRecognizer(Recognizer):
    """Finds telephone, fax, pager numbers and extensions."""

    name = "phones"
    labels = ("PHONE", "FAX")
    language_aware: ClassVar[bool] = True  # national numbers are read for the pipeline's country

    def __init__(self, region: Optional[str] = None, leniency: int = Leniency.POSSIBLE,
                 lang: Optional[str] = None) -> None:
        self.region = region or REGION_BY_LANG.get(lang or "en", "US")
        self.leniency = leniency
        self.min_digits = min_candidate_digits(self.region)
        self.trunk_zero = self.region in TRUNK_ZERO_REGIONS

    def matches(self, text: str) -> Iterable[_Found]:
        """What ``PhoneNumberMatcher`` finds in ``text``, read only in ``matcher_windows``."""
        for a, b in matcher_windows(text, self.min_digits):
            for m in PhoneNumberMatcher(text[a:b], self.region, leniency=self.leniency):
                yield _Found(a + m.start, a + m.end, m.raw_string, m.number)

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        for m in self.matches(text):
            score = self._score(text, m)
            if score is None or (self.trunk_zero and self._no_trunk(text, m)):
                continue
            start = m.start + 1 if m.raw_string.startswith("(") and ")" not in m.raw_string else m.start
            out.append(PhiMatch(start, m.end, self._label(text, m.start), score, self.name))
        # The matcher can swallow a number glued to a preceding date ("10/18/21 (512-528-5880)")
        # into one bad candidate: look for grouped North American numbers it did not report.
        for m in _NANP_GROUPED.finditer(text):
            start, end = m.span()
            if any(o.start < end and start < o.end for o in out):
                continue
            if _ID_BEFORE.search(line_before(text, start, 30)) or followed_by_unit(text, end):
                continue
            out.append(PhiMatch(start, end, self._label(text, start), 0.8, f"{self.name}.grouped"))
        for m in _NEAR_GROUPED.finditer(text):
            start, end = m.span()
            if any(o.start < end and start < o.end for o in out):
                continue
            score = self._near_grouped_score(text, m)
            if score is not None:
                out.append(PhiMatch(start, end, self._label(text, start), score, f"{self.name}.near_grouped"))
        for m in _CUED_DIGITS.finditer(text):
            start, end = m.span("num")
            digits = sum(c.isdigit() for c in m["num"])
            if not 7 <= digits <= 15 or any(o.start < end and start < o.end for o in out):
                continue
            if followed_by_unit(text, end) or re.search(r"\d\.\d", m["num"]):
                continue
            label = "FAX" if m["cue"].lower().startswith(("fax", "facsimile")) else "PHONE"
            out.append(PhiMatch(start, end, label, 0.6, f"{self.name}.cued"))
        for m in _EXTENSION.finditer(text):
            start, end = m.span("num")
            if any(o.start <= start < o.end for o in out):
                continue
            cue = m["cue"].lower()
            if cue == "x" and len(m["num"].replace("-", "")) < 4:
                continue
            if cue == "x" and (followed_by_unit(text, end) or not _X_CUE.search(line_before(text, m.start(), 25))):
                continue  # "x1000" is a count unless it follows a phone cue or number
            out.append(PhiMatch(start, end, self._label(text, m.start()), 0.7, f"{self.name}.extension"))
        out.sort(key=lambda p: p.start)
        return out

    @staticmethod
    def _near_grouped_score(text: str, m: "re.Match[str]"):
        """Score of a phone-grouped number with a wrong digit count, or None when it is something else."""
        groups = [g for g in (m["p"], m["a"], m["b"], m["c"]) if g]
        digits = sum(len(g) for g in groups)
        if not 9 <= digits <= 12 or [len(g) for g in groups] == [3, 2, 4]:
            return None  # too short or too long for a phone; 3-2-4 is the SSN layout
        if all(len(g) == 4 and int(g[:2]) <= 24 and int(g[2:]) < 60 for g in groups):
            return None  # "0700-1500-2300": clock times
        before = line_before(text, m.start(), 30)
        if _ID_BEFORE.search(before) or followed_by_unit(text, m.end()):
            return None
        cue = _phone_cue(before)
        if m["s"] == " " and not cue:
            # space-separated number lists are commoner than phones, unless the whole number stands in
            # parentheses after a mention of family: "son visited today (212 555 01234)"
            enclosed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            nanp = [len(g) for g in groups][:2] == [3, 3] and len(groups[2]) >= 4 and groups[0][0] not in "01"
            if not (enclosed and nanp and _RELATION_MENTION.search(line_before(text, m.start(), 80))):
                return None
        return 0.7 if cue else 0.6

    @staticmethod
    def _label(text: str, start: int) -> str:
        return "FAX" if _FAX_BEFORE.search(line_before(text, start, 25)) else "PHONE"

    @staticmethod
    def _no_trunk(text: str, m: _Found) -> bool:
        """An uncued count or dose scheme of a ``TRUNK_ZERO_REGIONS`` region, written without the
        0 or "+" every phone number there has (see ``TRUNK_ZERO_REGIONS``)."""
        raw = m.raw_string.lstrip("( ")
        if raw[:1] in ("0", "+", "\uff0b") or not (_ROUND_COUNT.fullmatch(raw) or _DOSE_SCHEME.search(raw)):
            return False
        before = line_before(text, m.start, 30)
        return not (_phone_cue(before) or _LOCAL_PHONE_WORD.search(before))

    @staticmethod
    def _score(text: str, m: _Found):
        raw = m.raw_string
        if raw.startswith("(") and ")" not in raw:
            raw = raw[1:]  # "(617-555-1234)": the matcher keeps an unbalanced parenthesis
        if "/" in raw and not re.fullmatch(r"\(?\d{3}\)?/\d{3}[-/]\d{4}", raw):
            return None  # chains of values ("12/34/5.6/78"), not numbers
        if re.fullmatch(r"\d{4}[-\s]\d{4}", raw):
            return None  # "1900-0700": a shift, not a number
        before = line_before(text, m.start, 30)
        if _DATE_SHAPE.match(raw) or _ID_BEFORE.search(before):
            return None
        cue = _phone_cue(before)
        if before.endswith(".") and not cue:
            return None  # ".015 1800": the decimals of a dose and a clock time
        date = _DATE_FIRST.match(raw)
        if date and not cue and 1 <= int(date["d"]) <= 31 and 1 <= int(date["m"]) <= 12:
            return None  # "14.11.2031 09:42", "12.02. - 26.03.14": a date and a time, two dates
        if before.endswith("/") and not cue:
            return None  # "80/48/7.45.34.7": the next values of a slashed series
        # "Tel: (390) 548-4281  F: ..." : a cued, grouped number is not a measurement in Fahrenheit
        if (followed_by_unit(text, m.end) and not (cue and _GROUPED.match(raw))) or re.match(
            r"^\s*(?:[.,]\d|%)", text[m.end : m.end + 3]
        ):
            return None
        if _time_range(raw) and not cue:
            return None
        if phonenumbers.is_valid_number(m.number):
            grouped = bool(_GROUPED.match(raw)) or raw.startswith("+")
            return 1.0 if grouped or cue else 0.8
        if _GROUPED.match(raw):
            if re.fullmatch(r"\d{3}\.\d{4}", raw) and not cue:
                return None  # "555.1234" is more often a decimal
            if not cue and _measure_range(raw, before):
                return None  # "HR 100-1112", "SVR 954-1183": ranges of values
            digits = re.sub(r"\D", "", raw)
            if not cue and " " in raw.strip("() ") and len(digits) == 10 and digits[0] == "1":
                return None  # "(120 130 1400)": a list of values; no area code or trunk prefix starts with 1
            return 0.8
        if cue and len(re.sub(r"\D", "", raw)) >= 7:
            return 0.7
        return None
