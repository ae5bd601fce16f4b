"""Score predictions for a list of gold records: one function that builds the whole report dict."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Sequence, Union

from .cmi import cmi_report, sentence_errors
from .metrics import Tally, errors_of, score_doc, summarise
from .slices import slice_scores


@dataclass
class Evaluation:
    """The report (JSON-able, offsets only) plus what the HTML report needs."""

    report: Dict[str, Any]
    doc_errors: List[Dict[str, Any]] = field(default_factory=list)  # per doc: id, text, errors


def evaluate(
    gold: Sequence[Dict[str, Any]],
    predictions: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]],
    level: str = "coarse",
    by: Sequence[str] = (),
    cmi: bool = True,
    keep_text: bool = False,
) -> Evaluation:
    """Score ``predictions`` against ``gold`` records: ``{record id: spans}``, or a list of span
    lists in the order of ``gold``.

    A gold record without predictions counts as predicting nothing (reported in
    ``missing_predictions``). ``keep_text`` keeps each doc's text in ``doc_errors`` for the HTML report.
    """
    total = Tally()
    per_doc = []
    sent_rows: List[Dict[str, Any]] = []
    doc_errors: List[Dict[str, Any]] = []
    missing = 0
    by_id = isinstance(predictions, Mapping)
    for i, rec in enumerate(gold):
        rid = str(rec.get("id"))
        if by_id:
            if rid not in predictions:
                missing += 1
            pred = predictions.get(rid, [])
        else:
            pred = predictions[i] if i < len(predictions) else []
            missing += int(i >= len(predictions))
        text, spans = rec["text"], rec.get("spans") or []
        t = score_doc(text, spans, pred, level)
        total.add(t)
        per_doc.append((rec.get("meta") or {}, t))
        if cmi:
            sent_rows.extend(sentence_errors(text, spans, pred, level))
        errs = errors_of(text, spans, pred, level)
        if errs:
            entry = {"id": rid, "errors": errs, "leaked": sum(e["leaked"] for e in errs)}
            if keep_text:
                entry["text"] = text
            doc_errors.append(entry)
    report = summarise(total, level)
    report["missing_predictions"] = missing
    report["slices"] = {key: slice_scores(per_doc, key) for key in by}
    if cmi:
        report["cmi"] = cmi_report(sent_rows)
    doc_errors.sort(key=lambda d: (-d["leaked"], -len(d["errors"]), d["id"]))
    report["errors"] = {
        kind: sum(1 for d in doc_errors for e in d["errors"] if e["kind"] == kind)
        for kind in ("missed", "partial", "spurious")
    }
    return Evaluation(report, doc_errors)
