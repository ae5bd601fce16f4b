"""Counterfactual name audit: NAME recall per name culture and gender, with confidence intervals.

Every group (culture x gender) gets the same notes -- the same templates, in the same order and
case styles, with the same cue words -- and only the names differ, drawn from the names held out
of training and of the lexicon (``audit.names``). A name counts as found when every character of
it is inside a predicted span, whatever its label: what matters is that nothing of it is left.

    spacy-deid audit --model default [--n 60] [--seed 0] [--json out.json] [--html out.html]
"""
from __future__ import annotations

import math
import random
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from spacy.language import Language

from ..synth.builder import apply_case
from .names import GENDERS, audit_cultures, pools
from .templates import CASES, CUES, TEMPLATES

Z95 = 1.959964


def wilson(found: int, n: int, z: float = Z95) -> Tuple[float, float]:
    """Wilson score interval of a proportion."""
    if n == 0:
        return (0.0, 0.0)
    p = found / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def build_note(i: int, first: str, last: str, gender: str) -> Tuple[str, List[Tuple[int, int]]]:
    """Note ``i`` of the sequence for one person: (text, name part spans)."""
    template, _ = TEMPLATES[i % len(TEMPLATES)]
    style = CASES[(i // len(TEMPLATES)) % len(CASES)]
    cues = CUES[gender]
    values = {k: v[i % len(v)] for k, v in cues.items()}
    values.update(first=first, last=last)
    # fill left to right, recording where the name parts land
    out, spans, pos = [], [], 0
    rest = template
    while "{" in rest:
        a = rest.index("{")
        b = rest.index("}", a)
        out.append(rest[:a])
        pos += a
        key = rest[a + 1:b]
        val = values[key]
        if key in ("first", "last"):
            spans.append((pos, pos + len(val)))
        out.append(val)
        pos += len(val)
        rest = rest[b + 1:]
    out.append(rest)
    text = "".join(out)
    return apply_case(text[:1].upper() + text[1:], style), spans


def notes_for(culture: str, gender: str, n: int, seed: int) -> Iterator[Tuple[str, List[Tuple[int, int]]]]:
    pool = pools(culture)
    rng = random.Random(f"audit:{seed}:{culture}:{gender}")
    for i in range(n):
        yield build_note(i, rng.choice(pool[gender]), rng.choice(pool["last"]), gender)


def _found(spans: Sequence[Tuple[int, int]], pred: Sequence[Tuple[int, int]], text: str) -> bool:
    covered = [False] * len(text)
    for s, e in pred:
        for k in range(max(0, s), min(e, len(text))):
            covered[k] = True
    return all(covered[k] or text[k].isspace() for s, e in spans for k in range(s, e))


def audit(nlp: Language, n: int = 60, seed: int = 0, cultures: Optional[Sequence[str]] = None,
          batch_size: int = 64) -> Dict[str, Any]:
    """Run ``nlp`` on the counterfactual notes; recall per group, culture and gender, and gaps."""
    from ..evaluation.predict import doc_predictions

    cultures = list(cultures) if cultures else audit_cultures()
    groups: List[Dict[str, Any]] = []
    for culture in cultures:
        for gender in GENDERS:
            notes = list(notes_for(culture, gender, n, seed))
            found = 0
            for (text, spans), doc in zip(notes, nlp.pipe((t for t, _ in notes), batch_size=batch_size)):
                pred = [(s.start, s.end) for s in doc_predictions(doc)]
                found += _found(spans, pred, text)
            groups.append({"culture": culture, "gender": gender, "n": n, "found": found})
    for g in groups:
        g["recall"] = g["found"] / g["n"] if g["n"] else 0.0
        g["ci95"] = list(wilson(g["found"], g["n"]))

    def pooled(key: str, value: str) -> Dict[str, Any]:
        sel = [g for g in groups if g[key] == value]
        f, t = sum(g["found"] for g in sel), sum(g["n"] for g in sel)
        return {"n": t, "found": f, "recall": f / t if t else 0.0, "ci95": list(wilson(f, t))}

    by_culture = {c: pooled("culture", c) for c in cultures}
    by_gender = {g: pooled("gender", g) for g in GENDERS}

    def gap(table: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
        best = max(table, key=lambda k: table[k]["recall"])
        worst = min(table, key=lambda k: table[k]["recall"])
        return {"gap": table[best]["recall"] - table[worst]["recall"], "best": best, "worst": worst}

    return {
        "notes_per_group": n, "seed": seed, "templates": len(TEMPLATES), "cases": list(CASES),
        "groups": groups, "by_culture": by_culture, "by_gender": by_gender,
        "culture_gap": gap(by_culture), "gender_gap": gap(by_gender),
        "overall": pooled("n", n) if groups else {},
    }


def render_text(result: Dict[str, Any]) -> str:
    lines = [f"NAME recall on counterfactual notes ({result['notes_per_group']} notes per culture and gender, "
             f"names held out of training; 95% Wilson intervals)"]
    lines.append(f"{'culture':<16} {'female':>20} {'male':>20} {'both':>20}")

    def cell(d: Dict[str, Any]) -> str:
        return f"{100 * d['recall']:5.1f} [{100 * d['ci95'][0]:4.1f}-{100 * d['ci95'][1]:5.1f}]"

    for c, both in sorted(result["by_culture"].items(), key=lambda kv: -kv[1]["recall"]):
        row = {g["gender"]: g for g in result["groups"] if g["culture"] == c}
        lines.append(f"{c:<16} {cell(row['female']):>20} {cell(row['male']):>20} {cell(both):>20}")
    bg = result["by_gender"]
    lines.append(f"{'all':<16} {cell(bg['female']):>20} {cell(bg['male']):>20} {cell(result['overall']):>20}")
    cg, gg = result["culture_gap"], result["gender_gap"]
    lines.append(f"culture gap {100 * cg['gap']:.1f} points (best {cg['best']}, worst {cg['worst']}); "
                 f"gender gap {100 * gg['gap']:.1f} points (best {gg['best']}, worst {gg['worst']})")
    return "\n".join(lines)


def render_html(result: Dict[str, Any]) -> str:
    """A page with the table and a bar chart of recall per culture and gender with intervals."""
    import html as _html

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..evaluation.report_html import _png

    cultures = sorted(result["by_culture"], key=lambda c: -result["by_culture"][c]["recall"])
    fig, ax = plt.subplots(figsize=(max(7, 0.45 * len(cultures) + 2), 3.8))
    width = 0.4
    for k, gender in enumerate(GENDERS):
        rows = [next(g for g in result["groups"] if g["culture"] == c and g["gender"] == gender) for c in cultures]
        ys = [r["recall"] for r in rows]
        err = [[y - r["ci95"][0] for y, r in zip(ys, rows)], [r["ci95"][1] - y for y, r in zip(ys, rows)]]
        ax.bar([i + k * width for i in range(len(cultures))], ys, width, yerr=err, capsize=2, label=gender)
    ax.set_xticks([i + width / 2 for i in range(len(cultures))])
    ax.set_xticklabels(cultures, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("NAME recall")
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    chart = _png(fig, "NAME recall per culture and gender")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>spacy-deid name audit</title></head>"
            "<body style='font-family:sans-serif;max-width:1100px;margin:auto'>"
            "<h1>Counterfactual name audit</h1>" + chart +
            f"<pre>{_html.escape(render_text(result))}</pre></body></html>")
