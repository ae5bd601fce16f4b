"""Recall and precision across score thresholds: the operating points a user can choose.

Every merged span carries a score (``spacy_deid.merge``); the redactor replaces spans scoring at
least its ``threshold``. ``sweep`` scores predictions made with threshold 0 at each threshold in
one pass per document: token recall and precision (the scorer's tokens, labels ignored, as in
``metrics``), the leak rate and the number of predicted spans. Spans marked ``uncertain`` are
kept at every threshold, as the redactor keeps them (``redact_uncertain``).
"""
from __future__ import annotations

from typing import Any, Dict, List, Sequence

from .metrics import as_spans
from .tokens import tokenize

DEFAULT_THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def _span_scores(pred: Sequence[Any]) -> List[tuple]:
    out = []
    for s in pred:
        if isinstance(s, dict):
            score = 2.0 if s.get("uncertain") else float(s.get("score", 1.0))
            out.append((int(s["start"]), int(s["end"]), score))
        else:
            score = 2.0 if getattr(s, "uncertain", False) else float(getattr(s, "score", 1.0))
            out.append((int(s.start), int(s.end), score))
    return out


def filter_by_threshold(pred: Sequence[Any], threshold: float) -> List[Any]:
    """The predicted spans the redactor would replace at ``threshold``."""
    out = []
    for s in pred:
        uncertain = s.get("uncertain") if isinstance(s, dict) else getattr(s, "uncertain", False)
        score = s.get("score", 1.0) if isinstance(s, dict) else getattr(s, "score", 1.0)
        if uncertain or float(score) >= threshold:
            out.append(s)
    return out


def sweep(gold: Sequence[Dict[str, Any]], predictions: Sequence[Sequence[Any]],
          thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> List[Dict[str, float]]:
    """Token recall / precision, leak rate and span count at each threshold (``predictions`` in
    the order of ``gold``)."""
    ts = sorted(set(float(t) for t in thresholds))
    tp = [0] * len(ts)
    fp = [0] * len(ts)
    n_pred = [0] * len(ts)
    gold_tokens = 0
    gold_chars = 0
    leaked = [0] * len(ts)
    for rec, pred in zip(gold, predictions):
        text = rec["text"]
        spans = _span_scores(pred)
        char_best = [-1.0] * len(text)
        for s, e, sc in spans:
            for i in range(max(0, s), min(e, len(text))):
                if sc > char_best[i]:
                    char_best[i] = sc
        for _, _, sc in spans:
            for k, t in enumerate(ts):
                if sc >= t:
                    n_pred[k] += 1
        gold_mask = [False] * len(text)
        for s, e, _ in as_spans(rec.get("spans") or []):
            for i in range(s, min(e, len(text))):
                gold_mask[i] = True
                if not text[i].isspace():
                    gold_chars += 1
                    for k, t in enumerate(ts):
                        if char_best[i] < t:
                            leaked[k] += 1
        for a, b in tokenize(text):
            is_gold = any(gold_mask[a:b])
            best = max(char_best[a:b])
            gold_tokens += is_gold
            for k, t in enumerate(ts):
                if best >= t and best >= 0.0:
                    if is_gold:
                        tp[k] += 1
                    else:
                        fp[k] += 1
    rows = []
    for k, t in enumerate(ts):
        rows.append({
            "threshold": t,
            "token_recall": tp[k] / gold_tokens if gold_tokens else 0.0,
            "token_precision": tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0,
            "leak_rate": leaked[k] / gold_chars if gold_chars else 0.0,
            "pred_spans": n_pred[k],
        })
    return rows
