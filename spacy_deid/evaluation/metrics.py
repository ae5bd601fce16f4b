"""PHI scores of predicted spans against gold spans.

Metrics (each per fine label, per coarse label, micro and macro):
- ``strict``: a span counts when start, end and label all match.
- ``exact_span``: start and end match, any label.
- ``relaxed``: a gold span is found when a predicted span of the same label overlaps it; a
  predicted span is correct when it overlaps a gold span of its label (so recall and precision
  count different things and TP differs on the two sides).
- ``token``: i2b2-style binary token scores with :mod:`spacy_deid.evaluation.tokens`; a token is
  PHI when it overlaps a span; labels are ignored when matching. Rows: recall by the gold label
  of the token, precision by the predicted label.
- ``leak``: the share of gold PHI characters (non-whitespace) that no predicted span covers,
  whatever its label: what would stay readable in the output.
Labels are compared at ``level`` ("coarse" by default, as ``labels.md`` asks, or "fine").
Precision is 0 for a row with no prediction, recall 0 for a row with no gold; macro averages are
over rows present in the gold or the predictions.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..labels import ALL_LABELS, to_coarse
from .tokens import tokenize

SPAN_METRICS = ("strict", "exact_span", "relaxed", "token")
LEVELS = ("coarse", "fine")

Span = Tuple[int, int, str]


def coarse_of(label: str) -> str:
    return to_coarse(label) if label in ALL_LABELS else label


def normalise(label: str, level: str) -> str:
    """The label as compared at ``level``."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    return coarse_of(label) if level == "coarse" else label


@dataclass
class Counts:
    n_gold: int = 0
    n_pred: int = 0
    tp_gold: int = 0  # gold items found (recall numerator)
    tp_pred: int = 0  # predicted items that are right (precision numerator)

    def add(self, other: "Counts") -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> Dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "tp_gold": self.tp_gold,
            "tp_pred": self.tp_pred,
        }


@dataclass
class Leak:
    gold_chars: int = 0
    leaked_chars: int = 0

    def add(self, other: "Leak") -> None:
        self.gold_chars += other.gold_chars
        self.leaked_chars += other.leaked_chars

    @property
    def rate(self) -> float:
        return self.leaked_chars / self.gold_chars if self.gold_chars else 0.0

    def to_dict(self) -> Dict[str, Any]:
        return {"leak_rate": self.rate, "gold_chars": self.gold_chars, "leaked_chars": self.leaked_chars}


def _by_label() -> Dict[str, Counts]:
    return defaultdict(Counts)


@dataclass
class Tally:
    """Counts for a set of documents, addable. ``rows[metric][label]`` holds fine-label rows
    (the labels as given); coarse rows are derived."""

    rows: Dict[str, Dict[str, Counts]] = field(default_factory=lambda: defaultdict(_by_label))
    leak: Dict[str, Leak] = field(default_factory=lambda: defaultdict(Leak))
    docs: int = 0

    def add(self, other: "Tally") -> None:
        self.docs += other.docs
        for metric, table in other.rows.items():
            for label, c in table.items():
                self.rows[metric][label].add(c)
        for label, lk in other.leak.items():
            self.leak[label].add(lk)

    def table(self, metric: str, coarse: bool) -> Dict[str, Counts]:
        out: Dict[str, Counts] = defaultdict(Counts)
        for label, c in self.rows.get(metric, {}).items():
            out[coarse_of(label) if coarse else label].add(c)
        return dict(out)

    def leak_table(self, coarse: bool) -> Dict[str, Leak]:
        out: Dict[str, Leak] = defaultdict(Leak)
        for label, lk in self.leak.items():
            out[coarse_of(label) if coarse else label].add(lk)
        return dict(out)

    def micro(self, metric: str) -> Counts:
        total = Counts()
        for c in self.rows.get(metric, {}).values():
            total.add(c)
        return total

    def micro_leak(self) -> Leak:
        total = Leak()
        for lk in self.leak.values():
            total.add(lk)
        return total


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _label_chars(n: int, spans: Sequence[Span]) -> List[Optional[str]]:
    """Per character of the text, the label of the first span covering it (None if none)."""
    out: List[Optional[str]] = [None] * n
    for s, e, lab in spans:
        for i in range(max(s, 0), min(e, n)):
            if out[i] is None:
                out[i] = lab
    return out


def _covered(text: str, start: int, end: int, pred_chars: Sequence[Optional[str]]) -> int:
    """Non-whitespace characters of text[start:end] that some predicted span covers."""
    return sum(1 for i in range(start, end) if pred_chars[i] is not None and not text[i].isspace())


def as_spans(spans: Iterable[Any]) -> List[Span]:
    out = []
    for s in spans:
        if isinstance(s, dict):
            out.append((int(s["start"]), int(s["end"]), str(s["label"])))
        elif isinstance(s, tuple):
            out.append((int(s[0]), int(s[1]), str(s[2])))
        else:  # PhiSpan or similar
            out.append((int(s.start), int(s.end), str(s.label)))
    return sorted(set(out))


def score_doc(text: str, gold: Iterable[Any], pred: Iterable[Any], level: str = "coarse") -> Tally:
    """Counts for one document. Spans are dicts, (start, end, label) tuples or PhiSpans."""
    g, p = as_spans(gold), as_spans(pred)
    t = Tally(docs=1)
    g_chars, p_chars = _label_chars(len(text), g), _label_chars(len(text), p)
    gn = [(s, e, normalise(lab, level)) for s, e, lab in g]
    pn = [(s, e, normalise(lab, level)) for s, e, lab in p]
    gset, pset = set(gn), set(pn)
    gspan, pspan = {(s, e) for s, e, _ in gn}, {(s, e) for s, e, _ in pn}
    for (s, e, lab), (_, _, nl) in zip(g, gn):
        for metric, hit in (
            ("strict", (s, e, nl) in pset),
            ("exact_span", (s, e) in pspan),
            ("relaxed", any(q[2] == nl and _overlaps((s, e, nl), q) for q in pn)),
        ):
            c = t.rows[metric][lab]
            c.n_gold += 1
            c.tp_gold += int(hit)
        lk = t.leak[lab]
        n_chars = sum(1 for ch in text[s:e] if not ch.isspace())
        lk.gold_chars += n_chars
        lk.leaked_chars += n_chars - _covered(text, s, e, p_chars)
    for (s, e, lab), (_, _, nl) in zip(p, pn):
        for metric, hit in (
            ("strict", (s, e, nl) in gset),
            ("exact_span", (s, e) in gspan),
            ("relaxed", any(q[2] == nl and _overlaps((s, e, nl), q) for q in gn)),
        ):
            c = t.rows[metric][lab]
            c.n_pred += 1
            c.tp_pred += int(hit)
    for ts, te in tokenize(text):
        g_lab = next((g_chars[i] for i in range(ts, te) if g_chars[i] is not None), None)
        p_lab = next((p_chars[i] for i in range(ts, te) if p_chars[i] is not None), None)
        if g_lab is not None:
            c = t.rows["token"][g_lab]
            c.n_gold += 1
            c.tp_gold += int(p_lab is not None)
        if p_lab is not None:
            c = t.rows["token"][p_lab]
            c.n_pred += 1
            c.tp_pred += int(g_lab is not None)
    return t


def _macro(table: Dict[str, Counts]) -> Dict[str, float]:
    rows = [c for c in table.values() if c.n_gold or c.n_pred]
    if not rows:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "labels": 0}
    n = len(rows)
    return {
        "precision": sum(c.precision for c in rows) / n,
        "recall": sum(c.recall for c in rows) / n,
        "f1": sum(c.f1 for c in rows) / n,
        "labels": n,
    }


def summarise(t: Tally, level: str = "coarse") -> Dict[str, Any]:
    """The JSON-able scores of a tally: every metric micro, macro, per coarse and per fine label."""
    out: Dict[str, Any] = {"level": level, "docs": t.docs, "metrics": {}}
    for metric in SPAN_METRICS:
        coarse, fine = t.table(metric, True), t.table(metric, False)
        out["metrics"][metric] = {
            "micro": t.micro(metric).to_dict(),
            "macro": _macro(coarse),
            "macro_fine": _macro(fine),
            "per_coarse": {k: v.to_dict() for k, v in sorted(coarse.items())},
            "per_fine": {k: v.to_dict() for k, v in sorted(fine.items())},
        }
    lc, lf = t.leak_table(True), t.leak_table(False)
    rates = [lk.rate for lk in lc.values() if lk.gold_chars]
    out["metrics"]["leak"] = {
        "micro": t.micro_leak().to_dict(),
        "macro": {"leak_rate": sum(rates) / len(rates) if rates else 0.0, "labels": len(rates)},
        "per_coarse": {k: v.to_dict() for k, v in sorted(lc.items())},
        "per_fine": {k: v.to_dict() for k, v in sorted(lf.items())},
    }
    out["gold_spans"] = t.micro("strict").n_gold
    out["pred_spans"] = t.micro("strict").n_pred
    return out


def errors_of(text: str, gold: Iterable[Any], pred: Iterable[Any], level: str = "coarse") -> List[Dict[str, Any]]:
    """Strict errors of one document, by offsets (no text): kind "missed" (no predicted span
    overlaps the gold span), "partial" (overlapped, but boundary or label differ: ``leaked``
    counts its uncovered characters), or "spurious" (a predicted span overlapping no gold span)."""
    g, p = as_spans(gold), as_spans(pred)
    pset = {(s, e, normalise(lab, level)) for s, e, lab in p}
    p_chars = _label_chars(len(text), p)
    out: List[Dict[str, Any]] = []
    for s, e, lab in g:
        if (s, e, normalise(lab, level)) in pset:
            continue
        n_chars = sum(1 for ch in text[s:e] if not ch.isspace())
        leaked = n_chars - _covered(text, s, e, p_chars)
        found = [list(q) for q in p if _overlaps((s, e, lab), q)]
        item = {"kind": "partial" if found else "missed", "start": s, "end": e, "label": lab, "leaked": leaked}
        if found:
            item["found"] = found  # the overlapping predicted spans (start, end, label)
        out.append(item)
    for s, e, lab in p:
        if not any(_overlaps((s, e, lab), q) for q in g):
            out.append({"kind": "spurious", "start": s, "end": e, "label": lab, "leaked": 0})
    return sorted(out, key=lambda x: (x["start"], x["end"]))
