"""Mapping a corpus's labels onto the scheme of ``spacy_deid.labels``, with an accounting of everything not kept.

Each reader has a default map; callers override entries with ``label_map``. A source label is
- mapped (``map[label]`` is a label of the scheme),
- excluded on purpose (``map[label] is None``: not PHI under our scheme; counted under ``excluded``),
- already ours (passes through unchanged), or
- unknown: counted under ``unknown`` and, per ``unknown="drop"|"keep"``, dropped or kept as-is.
Nothing disappears silently: :class:`ReadReport` counts every dropped or repaired span.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ..labels import ALL_LABELS

logger = logging.getLogger(__name__)

UNKNOWN_POLICIES = ("drop", "keep")


@dataclass
class ReadReport:
    """Counts from one read: never span text, only labels and counts."""

    docs: int = 0
    spans: int = 0
    mapped: Counter = field(default_factory=Counter)  # source label -> count kept
    excluded: Counter = field(default_factory=Counter)  # source label -> count dropped on purpose
    unknown: Counter = field(default_factory=Counter)  # source label -> count not in map nor scheme
    problems: Counter = field(default_factory=Counter)  # e.g. "end<=start", "text mismatch", "overlap"

    def to_dict(self) -> Dict[str, Any]:
        return {
            "docs": self.docs,
            "spans": self.spans,
            "mapped": dict(self.mapped),
            "excluded": dict(self.excluded),
            "unknown": dict(self.unknown),
            "problems": dict(self.problems),
        }

    def summary(self) -> str:
        parts = [f"{self.docs} docs, {self.spans} spans kept"]
        if self.excluded:
            parts.append("excluded: " + ", ".join(f"{k}={v}" for k, v in sorted(self.excluded.items())))
        if self.unknown:
            parts.append("UNKNOWN labels: " + ", ".join(f"{k}={v}" for k, v in sorted(self.unknown.items())))
        if self.problems:
            parts.append("problems: " + ", ".join(f"{k}={v}" for k, v in sorted(self.problems.items())))
        return "; ".join(parts)


class LabelMapper:
    """Apply a default map plus overrides; record what happened in ``report``."""

    def __init__(
        self,
        default: Mapping[str, Optional[str]],
        overrides: Optional[Mapping[str, Optional[str]]] = None,
        unknown: str = "drop",
        report: Optional[ReadReport] = None,
    ) -> None:
        if unknown not in UNKNOWN_POLICIES:
            raise ValueError(f"unknown= must be one of {UNKNOWN_POLICIES}, got {unknown!r}")
        self.map: Dict[str, Optional[str]] = dict(default)
        self.map.update(overrides or {})
        for src, dst in self.map.items():
            if dst is not None and dst not in ALL_LABELS:
                raise ValueError(f"label map sends {src!r} to {dst!r}, which is not a label of the scheme")
        self.unknown = unknown
        self.report = report if report is not None else ReadReport()

    def __call__(self, label: Optional[str]) -> Optional[str]:
        """The scheme label for ``label``, or None when the span is to be dropped."""
        key = label if label else "<none>"
        if key in self.map:
            dst = self.map[key]
            if dst is None:
                self.report.excluded[key] += 1
                return None
            self.report.mapped[key] += 1
            return dst
        if key in ALL_LABELS:
            self.report.mapped[key] += 1
            return key
        self.report.unknown[key] += 1
        return key if self.unknown == "keep" else None


def parse_label_map(spec: Optional[str]) -> Dict[str, Optional[str]]:
    """Parse ``"SRC=DST,SRC2=,..."`` (empty DST = exclude) or a path to a JSON object file."""
    if not spec:
        return {}
    import json
    from pathlib import Path

    p = Path(spec)
    if p.suffix == ".json" and p.exists():
        data = json.loads(p.read_text(encoding="utf-8"))
        return {str(k): (v or None) for k, v in data.items()}
    out: Dict[str, Optional[str]] = {}
    for item in spec.split(","):
        if not item.strip():
            continue
        if "=" not in item:
            raise ValueError(f"label map entry {item!r} is not SRC=DST")
        src, dst = item.split("=", 1)
        out[src.strip()] = dst.strip() or None
    return out


def clean_spans(
    text: str,
    spans: List[Tuple[int, int, str]],
    report: ReadReport,
) -> List[Dict[str, Any]]:
    """Make a span list spec-valid: in-bounds, non-empty, whitespace-trimmed, sorted, non-overlapping.

    Exact duplicates are merged; of overlapping spans the longer is kept (the other counted as a
    problem "overlap"). Returns spec span dicts.
    """
    good: List[Tuple[int, int, str]] = []
    for start, end, label in spans:
        if not (0 <= start < end <= len(text)):
            report.problems["out of bounds or end<=start"] += 1
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            report.problems["whitespace only"] += 1
            continue
        good.append((start, end, label))
    unique = sorted(set(good), key=lambda s: (s[0], -s[1], s[2]))
    if len(unique) < len(good):
        report.problems["duplicate"] += len(good) - len(unique)
    kept: List[Tuple[int, int, str]] = []
    for span in sorted(unique, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
        else:
            report.problems["overlap"] += 1
    kept.sort()
    report.spans += len(kept)
    return [{"start": s, "end": e, "label": lab} for s, e, lab in kept]


def log_report(name: str, report: ReadReport) -> None:
    """Log the read summary; unknown labels and problems at WARNING."""
    level = logging.WARNING if (report.unknown or report.problems) else logging.INFO
    logger.log(level, "%s: %s", name, report.summary())


def read_text_exact(path, encoding: str = "utf-8") -> str:
    """A file's text with line endings untouched (offsets count ``\r`` too)."""
    with open(path, "r", encoding=encoding, newline="") as fh:
        return fh.read()
