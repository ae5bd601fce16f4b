"""``deidentify_dataframe``: a Spark DataFrame in, the same rows de-identified out.

A patient's notes go to one partition, sorted by ``order_col`` (default: ``id_col``, else the
input order), so that the names found in a patient's earlier notes are found in the later ones
exactly as ``spacy-deid redact`` finds them reading the notes in that order, whatever the number
of partitions. Keyed surrogates (HMAC of ``SPACY_DEID_KEY`` and the patient) need no shared
mapping: every partition gives one patient the same surrogates.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import (ArrayType, DoubleType, IntegerType, StringType, StructField, StructType)

from .settings import SparkDeidSettings
from .worker import GROUP_COL, ORDER_COL, deidentify_batches

SPAN_SCHEMA = StructType([
    StructField("column", StringType()), StructField("start", IntegerType()), StructField("end", IntegerType()),
    StructField("label", StringType()), StructField("source", StringType()), StructField("score", DoubleType()),
])


def _has_column(df: DataFrame, name: str) -> bool:
    try:
        df.select(F.col(name)).schema
        return True
    except Exception:  # AnalysisException: no such column (nested names included)
        return False


def deidentify_dataframe(
    df: DataFrame,
    text_cols: Union[str, Sequence[str]],
    *,
    group_col: Optional[str] = None,
    id_col: Optional[str] = None,
    order_col: Optional[str] = None,
    settings: Optional[SparkDeidSettings] = None,
    spans: bool = False,
    error_col: str = "deid_error",
    spans_col: str = "deid_spans",
    num_partitions: Optional[int] = None,
    check_on_driver: bool = True,
) -> DataFrame:
    """De-identify ``text_cols`` in place; every other column is kept. Adds ``error_col`` (null,
    or where and what failed: never the text; that row's text columns are null) and, with
    ``spans``, ``spans_col``: an array of (column, start, end, label, source, score).

    ``group_col`` (may be nested, "meta.patient"): the patient, for names found across notes and
    consistent surrogates; ``order_col`` orders a patient's notes (default ``id_col``, else the
    input order); ``num_partitions``: partitions after grouping (default: the input's, at least
    Spark's default parallelism).
    ``check_on_driver`` builds the pipeline once on the driver first, so that a bad setting or a
    missing key fails at once with one clear line, not in every task (turn it off when only the
    executors hold the key)."""
    settings = settings or SparkDeidSettings()
    cols = [text_cols] if isinstance(text_cols, str) else list(text_cols)
    if not cols:
        raise ValueError("name at least one text column")
    fields = {f.name: f for f in df.schema.fields}
    for c in cols:
        if c not in fields:
            raise ValueError(f"no text column {c!r} (the DataFrame has {', '.join(fields)})")
        if not isinstance(fields[c].dataType, StringType):
            raise ValueError(f"text column {c!r} holds {fields[c].dataType.simpleString()}, not strings")
    for what, name in (("group", group_col), ("id", id_col), ("order", order_col)):
        if name is not None and not _has_column(df, name):
            raise ValueError(f"no {what} column {name!r}")
    for name in (error_col, spans_col if spans else None):
        if name is not None and name in fields:
            raise ValueError(f"the DataFrame already has a column {name!r}; name another with error_col/spans_col")
    if check_on_driver:
        settings.build()

    work = df
    if group_col is not None:
        order = F.col(order_col or id_col) if (order_col or id_col) else F.monotonically_increasing_id()
        work = work.withColumn(ORDER_COL, order).withColumn(GROUP_COL, F.col(group_col).cast("string"))
        # at least one partition per core Spark has: a small file is read as one partition
        n = num_partitions or max(df.rdd.getNumPartitions(), df.sparkSession.sparkContext.defaultParallelism)
        work = work.repartition(n, F.col(GROUP_COL)).sortWithinPartitions(GROUP_COL, ORDER_COL)
    elif num_partitions:
        work = work.repartition(num_partitions)

    out_fields = [StructField(f.name, StringType(), True) if f.name in cols else f for f in df.schema.fields]
    out_fields.append(StructField(error_col, StringType(), True))
    if spans:
        out_fields.append(StructField(spans_col, ArrayType(SPAN_SCHEMA), True))
    id_name = id_col if id_col in fields else None  # a nested id is not passed to the worker's messages

    def run(batches):
        from pyspark import TaskContext

        ctx = TaskContext.get()
        yield from deidentify_batches(batches, settings, cols, id_name, error_col, spans_col if spans else None,
                                      partition=ctx.partitionId() if ctx else 0)

    return work.mapInArrow(run, StructType(out_fields))
