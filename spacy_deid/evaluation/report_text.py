"""A plain-text rendering of an evaluation report for people (the JSON is for machines)."""
from __future__ import annotations

from typing import Any, Dict, List



def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _table(rows: List[List[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(report: Dict[str, Any], per: str = "per_coarse") -> str:
    """Per-label table (strict P/R/F1, relaxed R, token R, leak %), micro and macro, slices, CMI."""
    m = report["metrics"]
    out = [
        f"{report['docs']} docs, {report['gold_spans']} gold spans, {report['pred_spans']} predicted; "
        f"labels compared at the {report['level']} level"
    ]
    if report.get("missing_predictions"):
        out.append(f"WARNING: {report['missing_predictions']} gold docs had no prediction")
    header = ["label", "gold", "pred", "strict P", "strict R", "strict F1", "span R", "relax R", "token R", "token P", "leak %"]
    rows = [header]
    labels = sorted(set(m["strict"][per]) | set(m["leak"][per]))

    def row(name: str, pick: str, label: str = "") -> List[str]:
        def g(metric: str) -> Dict[str, Any]:
            return m[metric][pick] if not label else m[metric][per].get(label, {})

        s = g("strict")
        leak = (m["leak"][pick] if not label else m["leak"][per].get(label, {})).get("leak_rate", 0.0)
        return [
            name,
            str(s.get("n_gold", "")),
            str(s.get("n_pred", "")),
            _pct(s.get("precision", 0.0)),
            _pct(s.get("recall", 0.0)),
            _pct(s.get("f1", 0.0)),
            _pct(g("exact_span").get("recall", 0.0)),
            _pct(g("relaxed").get("recall", 0.0)),
            _pct(g("token").get("recall", 0.0)),
            _pct(g("token").get("precision", 0.0)),
            _pct(leak),
        ]

    for label in labels:
        rows.append(row(label, "", label))
    rows.append(row("micro", "micro"))
    rows.append(row("macro", "macro"))
    out.append(_table(rows))
    th = report.get("thresholds")
    if th and th.get("rows"):
        used = th.get("used")
        out.append("")
        out.append("score threshold sweep (token scores, labels ignored; the redactor replaces spans scoring >= threshold)"
                   + (f"; this report uses {used:g}" if used is not None else ""))
        trows = [["threshold", "token R", "token P", "leak %", "spans"]]
        for r in th["rows"]:
            mark = " *" if used is not None and abs(r["threshold"] - used) < 1e-9 else ""
            trows.append([f"{r['threshold']:g}{mark}", _pct(r["token_recall"]), _pct(r["token_precision"]),
                          _pct(r["leak_rate"]), str(r["pred_spans"])])
        out.append(_table(trows))
    e = report.get("errors", {})
    out.append(f"errors: {e.get('missed', 0)} missed, {e.get('partial', 0)} partial/mislabelled, {e.get('spurious', 0)} spurious")
    for key, sl in (report.get("slices") or {}).items():
        srows = [[key, "docs", "gold", "strict F1", "strict R", "token R", "leak %"]]
        for name, s in sl["slices"].items():
            srows.append([name, str(s["docs"]), str(s["gold_spans"]), _pct(s["strict"]["f1"]),
                          _pct(s["strict"]["recall"]), _pct(s["token"]["recall"]), _pct(s["leak"]["leak_rate"])])
        out.append("")
        out.append(_table(srows))
        for name, g in sl["gaps"].items():
            out.append(f"  gap {name}: {100 * g['gap']:.1f} points (best {g['best']}, worst {g['worst']})")
    c = report.get("cmi")
    if c and c.get("mixed_sentences"):
        out.append("")
        out.append(f"code-mixing: {c['mixed_sentences']} of {c['sentences']} sentences mixed, mean CMI of mixed {c['mean_cmi_mixed']:.1f}")
        crows = [["CMI", "sentences", "with PHI", "errors", "error %"]]
        for name, b in c["buckets"].items():
            crows.append([name, str(b["sentences"]), str(b["with_phi"]), str(b["errors"]), _pct(b["error_rate"])])
        out.append(_table(crows))
    return "\n".join(out)
