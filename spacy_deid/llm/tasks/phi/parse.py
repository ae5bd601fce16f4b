"""Parse ``LABEL: text`` responses and align each returned string to the note.

Alignment tries, in order: exact match, case-insensitive match, whitespace-tolerant match
(any run of whitespace, or none around punctuation). Every occurrence found at the first level
that finds any is returned (PHI repeated in a note is PHI each time); a match must not start or
end inside a word. Strings not in the text are dropped: the model cannot add or rewrite text.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ....labels import ALL_LABELS, fine_labels_of
from .prompt import fit_label

# Words small models use for our labels.
LABEL_ALIASES: Dict[str, str] = {
    "PERSON": "NAME", "PEOPLE": "NAME", "NAMES": "NAME", "PATIENT_NAME": "PATIENT",
    "DOCTOR_NAME": "DOCTOR", "PHYSICIAN": "DOCTOR", "NURSE": "DOCTOR", "STAFF": "DOCTOR",
    "RELATIVE": "PATIENT", "PLACE": "LOCATION", "ADDRESS": "STREET", "LOC": "LOCATION",
    "GPE": "LOCATION", "FACILITY": "HOSPITAL", "ORG": "ORGANIZATION", "COMPANY": "ORGANIZATION",
    "TELEPHONE": "PHONE", "PHONE_NUMBER": "PHONE", "E-MAIL": "EMAIL", "WEBSITE": "URL",
    "IP": "IPADDR", "IP_ADDRESS": "IPADDR", "MRN": "MEDICALRECORD", "MEDICAL_RECORD": "MEDICALRECORD",
    "IDENTIFIER": "ID", "NUMBER": "ID", "JOB": "PROFESSION", "OCCUPATION": "PROFESSION",
    "DATES": "DATE", "TIME": "DATE", "YEAR": "DATE", "POSTCODE": "ZIP", "ZIPCODE": "ZIP",
}

_BULLET = re.compile(r"^\s*(?:[-*\u2022]+|\d+[.)])\s*")
_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z_ \-]{0,30}?)\s*[:|]\s*(.+?)\s*$")
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"
_NONE = {"NONE", "N/A", "NA", "NULL", "NO PHI", "-"}
_TOKEN = re.compile(r"\w+|[^\w\s]")
NAME_LABELS = frozenset(("NAME",) + fine_labels_of("NAME"))
PLACE_LABELS = frozenset(("LOCATION",) + fine_labels_of("LOCATION"))


def normalize_label(raw: str, labels: Sequence[str]) -> Optional[str]:
    """A raw label from the model mapped to one of ``labels`` (None if it cannot be)."""
    key = re.sub(r"[\s\-]+", "_", raw.strip().upper())
    key = LABEL_ALIASES.get(key, key)
    if key not in ALL_LABELS:
        return None
    return fit_label(key, labels)


def parse_response(response: str, labels: Sequence[str]) -> List[Tuple[str, str]]:
    """``(label, string)`` pairs of a response; lines that are not ``LABEL: text`` (or
    ``text | LABEL``) with a known label are skipped."""
    out: List[Tuple[str, str]] = []
    for raw_line in response.splitlines():
        line = _BULLET.sub("", raw_line).strip()
        if not line or line.upper() in _NONE:
            continue
        m = _LINE.match(line)
        label = value = None
        if m:
            label, value = normalize_label(m.group(1), labels), m.group(2)
        if label is None and "|" in line:  # "text | LABEL"
            left, _, right = line.rpartition("|")
            label, value = normalize_label(right, labels), left
        if label is None or value is None:
            continue
        value = value.strip().strip(_QUOTES).strip().rstrip(",;")
        if value and value.upper() not in _NONE:
            out.append((label, value))
    return out


def _same_class(a: str, b: str) -> bool:
    return (a.isalpha() and b.isalpha()) or (a.isdigit() and b.isdigit())


def _edges_ok(text: str, start: int, end: int) -> bool:
    """The match neither starts nor ends inside a word or a number ("Ann" is not in "Annual",
    "5" not in "25"); a letter/digit change is a boundary ("58" in "58F")."""
    if start > 0 and _same_class(text[start - 1], text[start]):
        return False
    if end < len(text) and _same_class(text[end - 1], text[end]):
        return False
    return True


def _tolerant_pattern(needle: str) -> Optional[str]:
    tokens = _TOKEN.findall(needle)
    if not tokens:
        return None
    parts = [re.escape(tokens[0])]
    for prev, tok in zip(tokens, tokens[1:]):
        both_words = prev[-1].isalnum() and tok[0].isalnum()
        parts.append(r"\s+" if both_words else r"\s*")
        parts.append(re.escape(tok))
    return "".join(parts)


def align(text: str, needle: str) -> List[Tuple[int, int]]:
    """Character offsets of ``needle`` in ``text``: exact, then case-insensitive, then
    whitespace-tolerant (case-insensitive). Empty when it is not in the text."""
    needle = needle.strip()
    if not needle:
        return []
    patterns = [(re.escape(needle), 0), (re.escape(needle), re.IGNORECASE)]
    tolerant = _tolerant_pattern(needle)
    if tolerant:
        patterns.append((tolerant, re.IGNORECASE))
    for pattern, flags in patterns:
        found = [
            (m.start(), m.end())
            for m in re.finditer(pattern, text, flags)
            if m.end() > m.start() and _edges_ok(text, m.start(), m.end())
        ]
        if found:
            return found
    return []


_TITLE = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sister|Nurse)\.?\s+)+")
_LOWER_WORDS = re.compile(r"^(?:[a-z][a-z'/]*\s+)+(?=[A-Z])")


def trim_name(value: str) -> str:
    """Names without leading titles (spec: titles are not part of a name) or leading lowercase
    words the model copied along ("daughter Maren Oduya" -> "Maren Oduya")."""
    out = _LOWER_WORDS.sub("", _TITLE.sub("", value.strip()))
    out = _TITLE.sub("", out).rstrip(".,;:")
    return out or value


def drop_echoes(pairs: List[Tuple[str, str]], echoes: Set[str]) -> List[Tuple[str, str]]:
    """Drop runs of two or more consecutive answers that repeat few-shot example answers (a
    small model tends to recite the examples after its real answers); a lone value that happens
    to equal an example answer is kept."""
    is_echo = [v in echoes for _, v in pairs]
    keep = []
    for i, pair in enumerate(pairs):
        in_run = is_echo[i] and (
            (i > 0 and is_echo[i - 1]) or (i + 1 < len(pairs) and is_echo[i + 1])
        )
        if not in_run:
            keep.append(pair)
    return keep


# Age words of the languages we read: "72 yo", "72 Jahre", "72-jährige", "72 ans", "72 anni",
# "72 años", "72 de ani", "72 yaşında", "72 سنة", "72歲"; "aged 72", "im Alter von 72", "âgé de 72", "العمر: 72".
_AGE_AFTER = re.compile(
    r"(?i)^\s*-?\s*(?:(?:y/?o|yrs?|years?|year-old|yo[mf]?|[mf]|jahre?n?|j\.|jährige?[nmrs]?|ans|anni|años|"
    r"de ani|ani|yaş\w*|سنة|سنوات|عاما|عامًا|عاماً|عام)(?![^\W\d_])|[歲岁])")
_AGE_BEFORE = re.compile(r"(?i)(?:\b(?:age|aged|alter(?: von)?|âgée? de|età|edad|vârsta|în vârstă de|العمر|عمره|عمرها)\s*[:=]?\s*(?:of\s*)?|年齡[:：]?\s*)$")


def has_age_cue(text: str, start: int, end: int) -> bool:
    """An age word right after the number ("72 yo", "58F", "40-year-old") or right before it
    ("aged 72", "age: 72"): a bare number the model calls an AGE is usually a vital or a dose."""
    return bool(_AGE_AFTER.search(text[end : end + 12]) or _AGE_BEFORE.search(text[max(0, start - 12) : start]))


def _worth_keeping(value: str) -> bool:
    """Single characters would match all over a note."""
    return len(value) >= 2


def _looks_generic(label: str, value: str) -> bool:
    """An all-lowercase name or place with no digit ("bedside", "son"): a common word."""
    return (label in NAME_LABELS or label in PLACE_LABELS) and not any(
        c.isupper() or c.isdigit() for c in value
    )


def response_to_spans(
    text: str,
    response: str,
    labels: Sequence[str],
    echoes: Optional[Set[str]] = None,
    drop_lowercase: bool = True,
    age_needs_cue: bool = True,
) -> List[Tuple[int, int, str]]:
    """All ``(start, end, label)`` spans of one response, aligned to ``text``. Names are trimmed
    (:func:`trim_name`), recited example answers dropped (:func:`drop_echoes`), all-lowercase
    names and places dropped when ``drop_lowercase``, ages without an age word nearby dropped
    when ``age_needs_cue`` (:func:`has_age_cue`), and a value not found whole is retried
    split at commas/semicolons ("Dunmore, PA" listed as one LOCATION)."""
    spans = set()
    pairs = parse_response(response, labels)
    if echoes:
        pairs = drop_echoes(pairs, echoes)
    for label, value in pairs:
        if label in NAME_LABELS:
            value = trim_name(value)
        if drop_lowercase and _looks_generic(label, value):
            continue
        hits = align(text, value) if _worth_keeping(value) else []
        if not hits and re.search(r"[,;]", value):
            for part in re.split(r"\s*[,;]\s*", value):
                if _worth_keeping(part):
                    hits.extend(align(text, part))
        for start, end in hits:
            if age_needs_cue and label == "AGE" and not has_age_cue(text, start, end):
                continue
            spans.add((start, end, label))
    return sorted(spans)
