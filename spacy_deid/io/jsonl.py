"""The project's JSONL document format (``shared/spec/formats.md``): validated reading, atomic writing."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, Union

from ..labels import ALL_LABELS

PathLike = Union[str, "os.PathLike[str]"]


class FormatError(ValueError):
    """A record breaks the spec. Messages give line numbers and offsets, never the text."""


def validate_record(record: Any, where: str = "record", known_labels: bool = True) -> Dict[str, Any]:
    """Check one spec record; return it (with ``spans``/``meta`` defaulted) or raise FormatError."""
    if not isinstance(record, dict):
        raise FormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise FormatError(f"{where}: 'text' must be a string")
    spans = record.setdefault("spans", [])
    if spans is None:
        spans = record["spans"] = []
    if not isinstance(spans, list):
        raise FormatError(f"{where}: 'spans' must be a list")
    meta = record.setdefault("meta", {})
    if meta is None:
        record["meta"] = {}
    elif not isinstance(meta, dict):
        raise FormatError(f"{where}: 'meta' must be an object")
    prev_end = -1
    prev_start = -1
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            raise FormatError(f"{where}: span {i} must be an object")
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            raise FormatError(f"{where}: span {i} needs integer 'start' and 'end'")
        if not (0 <= start < end <= len(text)):
            raise FormatError(
                f"{where}: span {i} [{start}, {end}) out of bounds for text of length {len(text)}"
            )
        if not isinstance(label, str):
            raise FormatError(f"{where}: span {i} needs a string 'label'")
        if known_labels and label not in ALL_LABELS:
            raise FormatError(f"{where}: span {i} has unknown label {label!r}")
        if start < prev_start:
            raise FormatError(f"{where}: span {i} [{start}, {end}) is not sorted by start")
        if start < prev_end:
            raise FormatError(f"{where}: span {i} [{start}, {end}) overlaps the previous span")
        prev_start, prev_end = start, end
    return record


def read_jsonl(path: PathLike, validate: bool = True, known_labels: bool = True) -> Iterator[Dict[str, Any]]:
    """Yield the records of a JSONL file, validated against the spec (blank lines skipped).

    A record without ``id`` gets ``"<file stem>-<line>"``.
    """
    path = Path(path)
    with path.open("r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise FormatError(f"{where}: invalid JSON ({err.msg} at column {err.colno})") from None
            if validate:
                validate_record(record, where, known_labels=known_labels)
            if isinstance(record, dict) and record.get("id") is None:
                record["id"] = f"{path.stem}-{lineno}"
            yield record


def write_jsonl(records: Iterable[Dict[str, Any]], path: PathLike) -> int:
    """Write records as JSONL atomically (temp file in the same folder, then rename). Returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return n
