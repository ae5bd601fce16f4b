"""Spec records <-> spaCy ``Doc`` / ``DocBin`` (gold spans in ``doc.spans["phi"]`` and ``doc.ents``)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from ..spans import SPAN_KEY, PhiSpan

logger = logging.getLogger(__name__)

MISALIGNED_KEY = "deid_misaligned"  # doc.user_data key: gold spans whose edges fell inside a token


def _make_doc(nlp: Union[Language, Callable[[str], Doc]], text: str) -> Doc:
    if isinstance(nlp, Language):
        return nlp.make_doc(text)
    return nlp(text)


def record_to_doc(
    nlp_or_vocab_tokenizer: Union[Language, Callable[[str], Doc]],
    record: Dict[str, Any],
    span_key: str = SPAN_KEY,
    set_ents: bool = True,
) -> Doc:
    """Tokenise ``record["text"]`` and attach its gold spans.

    Spans go into ``doc.spans[span_key]`` and, with ``set_ents``, into ``doc.ents`` (overlaps after
    alignment are resolved by :func:`spacy.util.filter_spans`). A span whose edges fall inside a
    token is widened to whole tokens (``alignment_mode="expand"``); the count of such spans is
    stored in ``doc.user_data["deid_misaligned"]`` and logged (never the text).
    ``record["meta"]`` goes to ``doc._.deid_meta`` and ``record["id"]`` to ``doc.user_data["id"]``.
    """
    doc = _make_doc(nlp_or_vocab_tokenizer, record["text"])
    spans: List[Span] = []
    misaligned = 0
    for sp in record.get("spans") or []:
        start, end, label = int(sp["start"]), int(sp["end"]), str(sp["label"])
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            misaligned += 1
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) == 0:  # only whitespace under the span
            continue
        spans.append(span)
    doc.spans[span_key] = spans
    if set_ents:
        doc.ents = filter_spans(spans)
    doc._.deid_meta = dict(record.get("meta") or {})
    if record.get("id") is not None:
        doc.user_data["id"] = record["id"]
    doc.user_data[MISALIGNED_KEY] = misaligned
    if misaligned:
        logger.info("record %s: %d gold span(s) not on token boundaries, expanded", record.get("id"), misaligned)
    return doc


def _doc_spans(doc: Doc) -> List[PhiSpan]:
    if getattr(doc._, "phi", None) is not None:
        return list(doc._.phi)
    if SPAN_KEY in doc.spans:
        return [PhiSpan(s.start_char, s.end_char, s.label_, source=s.id_ or "gold") for s in doc.spans[SPAN_KEY]]
    return [PhiSpan(e.start_char, e.end_char, e.label_, source="ner") for e in doc.ents]


def _non_overlapping(spans: Sequence[PhiSpan]) -> List[PhiSpan]:
    """Sort by start; of overlapping spans keep the longest (first on ties)."""
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    kept: List[PhiSpan] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end))


def doc_to_record(doc: Doc, spans: Optional[Sequence[Any]] = None, extra_keys: bool = False) -> Dict[str, Any]:
    """A spec record of ``doc``.

    ``spans`` defaults to ``doc._.phi``, else ``doc.spans["phi"]``, else ``doc.ents``; they are sorted
    and overlaps resolved (longest wins) so the record is spec-valid. With ``extra_keys`` the
    prediction keys (score, source, uncertain) are kept.
    """
    items = list(spans) if spans is not None else _doc_spans(doc)
    phi = []
    for s in items:
        if isinstance(s, PhiSpan):
            phi.append(s)
        elif isinstance(s, Span):
            phi.append(PhiSpan(s.start_char, s.end_char, s.label_))
        else:
            phi.append(PhiSpan(int(s["start"]), int(s["end"]), str(s["label"]),
                               s.get("source", "rules"), float(s.get("score", 1.0)), bool(s.get("uncertain", False))))
    out_spans = []
    for s in _non_overlapping(phi):
        out_spans.append(s.to_dict() if extra_keys else {"start": s.start, "end": s.end, "label": s.label})
    return {
        "id": doc.user_data.get("id"),
        "text": doc.text,
        "spans": out_spans,
        "meta": dict(getattr(doc._, "deid_meta", None) or {}),
    }


def write_docbin(records: Iterable[Dict[str, Any]], nlp: Language, path: Union[str, Path],
                 span_key: str = SPAN_KEY, set_ents: bool = True) -> int:
    """Convert records to Docs and save one ``.spacy`` file (user data kept). Returns the doc count."""
    db = DocBin(store_user_data=True)
    n = 0
    misaligned = 0
    for record in records:
        doc = record_to_doc(nlp, record, span_key=span_key, set_ents=set_ents)
        misaligned += doc.user_data.get(MISALIGNED_KEY, 0)
        db.add(doc)
        n += 1
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    if misaligned:
        logger.warning("%d gold span(s) in %d docs were widened to token boundaries", misaligned, n)
    return n


def read_docbin(path: Union[str, Path], nlp: Language) -> Iterator[Doc]:
    """Yield the Docs of a ``.spacy`` file with ``nlp``'s vocab."""
    db = DocBin(store_user_data=True).from_disk(path)
    yield from db.get_docs(nlp.vocab)
