"""Read and write the formats of ``spacy-deid spark``: Parquet, CSV (with a header row) and JSONL.

CSV notes hold line breaks and quotes: read as multi-line with '"' escaping, written the same way.
Spark writes a folder of part files.
"""
from __future__ import annotations

from pathlib import Path

FORMATS = ("parquet", "csv", "jsonl")
_SUFFIX = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl"}


def detect_format(path: str, fmt: str = "auto") -> str:
    """``fmt``, or the format of ``path`` by its suffix (a folder: by the suffix of its files)."""
    if fmt != "auto":
        if fmt not in FORMATS:
            raise ValueError(f"--format must be one of auto, {', '.join(FORMATS)}, not {fmt!r}")
        return fmt
    p = Path(path)
    suffixes = [p.suffix.lower()] if not p.is_dir() else sorted({f.suffix.lower() for f in p.iterdir() if f.is_file()})
    for s in suffixes:
        if s in _SUFFIX:
            return _SUFFIX[s]
    raise ValueError(f"cannot tell the format of {path}; pass --format ({', '.join(FORMATS)})")


def read(spark, path: str, fmt: str):
    if fmt == "parquet":
        return spark.read.parquet(path)
    if fmt == "csv":
        return (spark.read.option("header", True).option("multiLine", True).option("escape", '"')
                .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False)
                .option("mode", "PERMISSIVE").csv(path))
    return spark.read.option("mode", "PERMISSIVE").json(path)


def write(df, path: str, fmt: str, overwrite: bool = False) -> None:
    writer = df.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "parquet":
        writer.parquet(path)
    elif fmt == "csv":
        # Spark trims the values it writes unless told not to: a note keeps its spaces
        (writer.option("header", True).option("escape", '"').option("ignoreLeadingWhiteSpace", False)
         .option("ignoreTrailingWhiteSpace", False).csv(path))
    else:
        writer.option("ignoreNullFields", False).json(path)  # a withheld text is written as null
