"""Scores per slice of the documents (any ``meta`` key) and the gap between the best and worst slice."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, Sequence, Tuple

from .metrics import SPAN_METRICS, Tally

MISSING = "<missing>"
# Gaps reported for these (metric, field); leak is "lower is better" and handled as such.
GAP_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("strict", "f1"),
    ("strict", "recall"),
    ("relaxed", "recall"),
    ("token", "recall"),
    ("leak", "leak_rate"),
)


def _slice_value(meta: Dict[str, Any], key: str) -> str:
    value = (meta or {}).get(key)
    return MISSING if value is None or value == "" else str(value)


def slice_summary(t: Tally) -> Dict[str, Any]:
    out: Dict[str, Any] = {"docs": t.docs, "gold_spans": t.micro("strict").n_gold}
    for metric in SPAN_METRICS:
        c = t.micro(metric)
        out[metric] = {"precision": c.precision, "recall": c.recall, "f1": c.f1}
    out["leak"] = {"leak_rate": t.micro_leak().rate}
    return out


def slice_scores(per_doc: Sequence[Tuple[Dict[str, Any], Tally]], key: str) -> Dict[str, Any]:
    """Group per-document tallies by ``meta[key]`` and score each group.

    Gaps are computed over slices that have gold PHI: ``gap = best - worst`` (for the leak
    rate best is the lowest), with the names of the best and worst slice.
    """
    groups: Dict[str, Tally] = defaultdict(Tally)
    for meta, tally in per_doc:
        groups[_slice_value(meta, key)].add(tally)
    slices = {name: slice_summary(t) for name, t in sorted(groups.items())}
    gaps: Dict[str, Any] = {}
    scored = {n: s for n, s in slices.items() if s["gold_spans"] > 0}
    for metric, fld in GAP_FIELDS:
        if len(scored) < 2:
            break
        values = {n: s[metric][fld] for n, s in scored.items()}
        lower_better = metric == "leak"
        best = (min if lower_better else max)(values, key=values.get)
        worst = (max if lower_better else min)(values, key=values.get)
        gaps[f"{metric}.{fld}"] = {
            "gap": abs(values[best] - values[worst]),
            "best": best,
            "best_value": values[best],
            "worst": worst,
            "worst_value": values[worst],
        }
    return {"key": key, "slices": slices, "gaps": gaps}
