"""Code-mixing index (Das & Gambäck 2014) per sentence, and sentence error rate per CMI bucket.

Each word's language is its script (Han, Latin, Cyrillic, ...: the first word of the Unicode
name of its first letter; CJK ideographs are "Han"); words without letters (numbers,
punctuation) are language-independent. Words are the scorer's tokens
(:mod:`spacy_deid.evaluation.tokens`): one Han character is one word.

    CMI = 100 * (1 - max_i(w_i) / (n - u))   if n > u, else 0

with n words, u language-independent words and w_i the words of language i. Two languages
give 0 <= CMI <= 50.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .metrics import as_spans, normalise
from .tokens import tokenize

SENTENCE_END = re.compile(r"[。！？!?；]+|[.;](?=\s)|\n+")
BUCKETS: Tuple[Tuple[str, float, float], ...] = (
    ("0", 0.0, 0.0),
    ("(0,10]", 0.0, 10.0),
    ("(10,20]", 10.0, 20.0),
    ("(20,30]", 20.0, 30.0),
    (">30", 30.0, float("inf")),
)


def script_of(word: str) -> Optional[str]:
    """The script of a word's first letter, or None for a word without letters."""
    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CJK"):
                return "Han"
            return name.split(" ")[0].title() if name else "Unknown"
    return None


def cmi_of(text: str) -> float:
    """The code-mixing index of a piece of text (0 for monolingual or language-free text)."""
    langs = Counter()
    n = u = 0
    for s, e in tokenize(text):
        n += 1
        script = script_of(text[s:e])
        if script is None:
            u += 1
        else:
            langs[script] += 1
    if n <= u:
        return 0.0
    return 100.0 * (1.0 - max(langs.values()) / (n - u))


def sentences(text: str) -> List[Tuple[int, int]]:
    """Sentence offsets: split after 。！？!?； and ". ", and at newlines; empty pieces skipped."""
    out: List[Tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def bucket_of(cmi: float) -> str:
    for name, lo, hi in BUCKETS:
        if (lo == hi == cmi) or lo < cmi <= hi:
            return name
    return BUCKETS[-1][0]


def sentence_errors(text: str, gold: Iterable[Any], pred: Iterable[Any], level: str = "coarse") -> List[Dict[str, Any]]:
    """Per sentence: its CMI, whether it has gold PHI, and whether it has a strict error
    (a gold span without an exact match or a predicted span without one, overlapping the sentence)."""
    g = [(s, e, normalise(lab, level)) for s, e, lab in as_spans(gold)]
    p = [(s, e, normalise(lab, level)) for s, e, lab in as_spans(pred)]
    gset, pset = set(g), set(p)
    wrong = [x for x in g if x not in pset] + [x for x in p if x not in gset]
    out = []
    for ss, se in sentences(text):
        out.append(
            {
                "start": ss,
                "end": se,
                "cmi": cmi_of(text[ss:se]),
                "has_phi": any(s < se and ss < e for s, e, _ in g),
                "error": any(s < se and ss < e for s, e, _ in wrong),
            }
        )
    return out


def cmi_report(rows: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """Sentence error rate per CMI bucket from :func:`sentence_errors` rows of many documents."""
    buckets = {name: {"sentences": 0, "with_phi": 0, "errors": 0} for name, _, _ in BUCKETS}
    for r in rows:
        b = buckets[bucket_of(r["cmi"])]
        b["sentences"] += 1
        b["with_phi"] += int(r["has_phi"])
        b["errors"] += int(r["error"])
    for b in buckets.values():
        b["error_rate"] = b["errors"] / b["sentences"] if b["sentences"] else 0.0
    mixed = [r["cmi"] for r in rows if r["cmi"] > 0]
    return {
        "sentences": len(rows),
        "mixed_sentences": len(mixed),
        "mean_cmi": sum(r["cmi"] for r in rows) / len(rows) if rows else 0.0,
        "mean_cmi_mixed": sum(mixed) / len(mixed) if mixed else 0.0,
        "buckets": buckets,
    }
