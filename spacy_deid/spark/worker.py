"""What runs on a Spark worker: Arrow record batches in, de-identified record batches out.

Pure pyarrow (no pyspark import), so it is tested without a cluster. The pipeline is built once
per Python worker process and kept (``engine_for``); the names the lexicon remembers per patient
are forgotten at the start of every partition, which holds whole patients, so a retried task
gives the same output as its first attempt.
"""
from __future__ import annotations

import logging
from typing import Dict, Iterable, Iterator, List, Optional, Sequence

import pyarrow as pa

from ..runner import Deidentifier, DeidInput
from .settings import SparkDeidSettings

log = logging.getLogger(__name__)

GROUP_COL = "__deid_group"  # the patient key as text, added by ``deidentify_dataframe``
ORDER_COL = "__deid_order"
SPAN_TYPE = pa.struct([
    ("column", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("label", pa.string()),
    ("source", pa.string()), ("score", pa.float64()),
])
_ENGINES: Dict[SparkDeidSettings, Deidentifier] = {}


def engine_for(settings: SparkDeidSettings) -> Deidentifier:
    """The worker's ``Deidentifier`` for ``settings``, built on first use."""
    engine = _ENGINES.get(settings)
    if engine is None:
        engine = Deidentifier(settings.build(), redact=settings.redact, batch_size=settings.batch_size)
        _ENGINES[settings] = engine
    return engine


def forget_groups(engine: Deidentifier) -> None:
    for _, component in engine.nlp.pipeline:
        forget = getattr(component, "forget", None)
        if callable(forget):
            forget()


def _where(ids: Optional[list], i: int, partition: int, row: int) -> str:
    if ids is not None and ids[i] is not None:
        return f"id {ids[i]}"
    return f"partition {partition} row {row}"


def deidentify_batches(batches: Iterable[pa.RecordBatch], settings: SparkDeidSettings, text_cols: Sequence[str],
                       id_col: Optional[str], error_col: str, spans_col: Optional[str],
                       partition: int = 0) -> Iterator[pa.RecordBatch]:
    """De-identify ``text_cols`` of every row in place; add ``error_col`` (None, or where and what
    failed, never text) and, if named, ``spans_col``. A row that fails has None in its text
    columns: never the original text."""
    engine = engine_for(settings)
    forget_groups(engine)  # a partition holds whole patients; a retry starts from scratch
    row0 = 0
    for batch in batches:
        n = batch.num_rows
        names = batch.schema.names
        groups = batch.column(names.index(GROUP_COL)).to_pylist() if GROUP_COL in names else [None] * n
        ids = batch.column(names.index(id_col)).to_pylist() if id_col and id_col in names else None
        errors: List[List[str]] = [[] for _ in range(n)]
        spans: List[list] = [[] for _ in range(n)]
        outputs = {}
        for col in text_cols:
            texts = batch.column(names.index(col)).to_pylist()
            items = [DeidInput(t, g, i) for i, (t, g) in enumerate(zip(texts, groups))]
            out: List[Optional[str]] = [None] * n
            for res in engine.run(items):
                i = res.context
                if res.error:
                    what = "text is missing" if texts[i] is None else res.error
                    errors[i].append(f"{_where(ids, i, partition, row0 + i)}, column {col}: {what}")
                    log.error("de-identification failed at %s, column %s", _where(ids, i, partition, row0 + i), col)
                    continue
                out[i] = res.text if settings.redact else None
                spans[i].extend({"column": col, "start": s.start, "end": s.end, "label": s.label,
                                 "source": s.source, "score": float(s.score)} for s in res.spans)
            outputs[col] = out
        failed = [bool(e) for e in errors]
        arrays, fields = [], []
        for name, field_, column in zip(names, batch.schema, batch.columns):
            if name in (GROUP_COL, ORDER_COL):
                continue
            if name in outputs:
                # a row with any failure gives no text at all: nothing half-done leaves the worker
                column = pa.array([None if failed[i] else v for i, v in enumerate(outputs[name])], type=pa.string())
                field_ = pa.field(name, pa.string(), nullable=True)
            arrays.append(column)
            fields.append(field_)
        arrays.append(pa.array(["; ".join(e) if e else None for e in errors], type=pa.string()))
        fields.append(pa.field(error_col, pa.string(), nullable=True))
        if spans_col:
            arrays.append(pa.array([None if failed[i] else s for i, s in enumerate(spans)], type=pa.list_(SPAN_TYPE)))
            fields.append(pa.field(spans_col, pa.list_(SPAN_TYPE), nullable=True))
        row0 += n
        yield pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))
