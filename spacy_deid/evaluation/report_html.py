"""A self-contained HTML report: per-label bars (matplotlib), slice gaps, and missed and
spurious spans in context (displaCy), worst document first.

The report shows note text around each error: it contains PHI and must be handled like the
notes themselves.
"""
from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import Any, Dict, List, Sequence, Union

CONTEXT_CHARS = 80
COLORS = {"MISSED": "#ff6b6b", "PARTIAL": "#ffb347", "SPURIOUS": "#74b9ff"}


def _bar_chart(report: Dict[str, Any], per: str, recall_only: bool = False) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    m = report["metrics"]
    labels = sorted(k for k, v in m["strict"][per].items() if v["n_gold"] or not recall_only)
    if not labels:
        return ""
    series = [
        ("strict recall", [m["strict"][per][lab]["recall"] for lab in labels]),
        ("strict precision", [m["strict"][per][lab]["precision"] for lab in labels]),
        ("token recall", [m["token"][per].get(lab, {}).get("recall", 0.0) for lab in labels]),
        ("1 - leak", [1 - m["leak"][per].get(lab, {}).get("leak_rate", 0.0) for lab in labels]),
    ]
    if recall_only:
        series = [x for x in series if x[0] != "strict precision"]
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(labels) + 2), 3.6))
    width = 0.8 / len(series)
    for k, (name, vals) in enumerate(series):
        ax.bar([i + k * width for i in range(len(labels))], vals, width, label=name)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(labels))])
    ax.set_xticklabels(labels, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=8, ncol=4, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return _png(fig, "per-label scores")


def _png(fig: Any, alt: str) -> str:
    """The figure as an inline PNG image (closed afterwards)."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}"/>'


def _threshold_chart(report: Dict[str, Any]) -> str:
    """Token recall, token precision and leak across score thresholds, the chosen one marked."""
    th = report.get("thresholds") or {}
    rows = th.get("rows") or []
    if not rows:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [r["threshold"] for r in rows]
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    ax.plot(xs, [r["token_recall"] for r in rows], marker="o", label="token recall")
    ax.plot(xs, [r["token_precision"] for r in rows], marker="s", label="token precision")
    ax.plot(xs, [r["leak_rate"] for r in rows], marker="^", label="leak rate")
    if th.get("used") is not None:
        ax.axvline(th["used"], color="grey", linestyle="--", linewidth=1, label=f"threshold used ({th['used']:g})")
    ax.set_xlabel("score threshold (spans scoring at least this are replaced)")
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower left")
    return _png(fig, "scores across thresholds")


def _windows(errors: Sequence[Dict[str, Any]], n: int) -> List[List[Dict[str, Any]]]:
    """Group errors whose context windows touch, so each window is rendered once."""
    groups: List[List[Dict[str, Any]]] = []
    for e in sorted(errors, key=lambda x: x["start"]):
        if groups and e["start"] - CONTEXT_CHARS <= groups[-1][-1]["end"] + CONTEXT_CHARS:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def _render_window(text: str, errs: Sequence[Dict[str, Any]]) -> str:
    from spacy import displacy

    lo = max(0, min(e["start"] for e in errs) - CONTEXT_CHARS)
    hi = min(len(text), max(e["end"] for e in errs) + CONTEXT_CHARS)
    ents, last = [], lo
    for e in sorted(errs, key=lambda x: (x["start"], x["end"])):
        s = max(e["start"], last)
        if s >= e["end"]:
            continue  # overlapping spurious/partial pair: show the first
        label = f"{e['kind'].upper()} {e['label']}"
        if e.get("found"):  # what the model marked instead: its label and extent
            label += " ≠ " + "; ".join(f"{q[2]} '{text[q[0]:q[1]]}'" for q in e["found"])
        ents.append({"start": s - lo, "end": e["end"] - lo, "label": html.escape(label)})  # displaCy does not escape labels
        last = e["end"]
    colors = {ent["label"].upper(): COLORS[ent["label"].split(" ")[0]] for ent in ents}
    data = {"text": text[lo:hi], "ents": ents, "title": None}
    body = displacy.render(data, style="ent", manual=True, page=False, jupyter=False, options={"colors": colors})
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    return f'<div class="ctx">{prefix}{body}{suffix}</div>'


def render_html(report: Dict[str, Any], doc_errors: Sequence[Dict[str, Any]], max_docs: int = 100,
                title: str = "spacy-deid evaluation") -> str:
    """The report page. ``doc_errors`` come from :func:`spacy_deid.evaluation.evaluate.evaluate`
    with ``keep_text=True`` (already worst first: most leaked characters, then most errors)."""
    from .report_text import render_text

    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto;padding:1em}"
        "pre{background:#f6f6f6;padding:.6em;overflow-x:auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:first-child{text-align:left}"
        ".ctx{border-left:3px solid #ddd;margin:.4em 0;padding-left:.6em}"
        ".warn{color:#a00}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<p class='warn'>This report shows note text around each error and so contains PHI.</p>",
        "<h2>Scores</h2>",
        _bar_chart(report, "per_coarse"),
        f"<pre>{html.escape(render_text(report))}</pre>",
    ]
    if report.get("thresholds", {}).get("rows"):
        parts += ["<h2>Operating point: scores across thresholds</h2>", _threshold_chart(report)]
    if report.get("level") == "coarse" and len(report["metrics"]["strict"]["per_fine"]) > 1:
        parts += ["<h3>Per fine label (recall by gold label)</h3>", _bar_chart(report, "per_fine", recall_only=True)]
    for key, sl in (report.get("slices") or {}).items():
        parts.append(f"<h2>Slices by {html.escape(key)}</h2><table><tr><th>slice</th><th>docs</th>"
                     "<th>gold</th><th>strict F1</th><th>strict R</th><th>token R</th><th>leak %</th></tr>")
        for name, s in sl["slices"].items():
            parts.append(
                f"<tr><td>{html.escape(name)}</td><td>{s['docs']}</td><td>{s['gold_spans']}</td>"
                f"<td>{100 * s['strict']['f1']:.1f}</td><td>{100 * s['strict']['recall']:.1f}</td>"
                f"<td>{100 * s['token']['recall']:.1f}</td><td>{100 * s['leak']['leak_rate']:.1f}</td></tr>"
            )
        parts.append("</table><ul>")
        for name, g in sl["gaps"].items():
            parts.append(f"<li>{html.escape(name)}: gap {100 * g['gap']:.1f} points "
                         f"(best {html.escape(g['best'])}, worst {html.escape(g['worst'])})</li>")
        parts.append("</ul>")
    parts.append(f"<h2>Errors in context (worst {min(max_docs, len(doc_errors))} of {len(doc_errors)} documents)</h2>")
    for d in list(doc_errors)[:max_docs]:
        if "text" not in d:
            continue
        kinds = {k: sum(1 for e in d["errors"] if e["kind"] == k) for k in ("missed", "partial", "spurious")}
        parts.append(f"<h3>{html.escape(d['id'])}: {d['leaked']} leaked characters, "
                     f"{kinds['missed']} missed, {kinds['partial']} partial, {kinds['spurious']} spurious</h3>")
        for group in _windows(d["errors"], CONTEXT_CHARS):
            parts.append(_render_window(d["text"], group))
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


def write_html(path: Union[str, Path], report: Dict[str, Any], doc_errors: Sequence[Dict[str, Any]], **kwargs: Any) -> None:
    Path(path).write_text(render_html(report, doc_errors, **kwargs), encoding="utf-8")
