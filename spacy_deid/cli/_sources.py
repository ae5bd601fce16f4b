"""Inputs and outputs of the batch commands: folders of .txt, one .txt, JSONL and CSV.

Every reader yields ``DeidInput`` items carrying a context for the matching writer; a file or
line that cannot be read becomes an item with no text and a PHI-free reason, so the batch goes on.
"""
from __future__ import annotations

import csv
import json
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Iterator, List, Optional

from ..files import atomic_open, read_text_file
from ..runner import DeidInput, DeidResult

ERROR_MARK = "[DEID-ERROR]"


@dataclass
class Failure:
    where: str
    reason: str


@dataclass
class ItemContext:
    where: str  # a file path, "file:line" or "row N column C": never content
    read_error: Optional[str] = None
    record: Optional[dict] = None
    rel_path: Optional[Path] = None


def input_kind(path: Path, fmt: str = "auto") -> str:
    """``dir``, ``txt``, ``jsonl``, ``csv`` or ``corpus`` (an annotated corpus format of
    ``spacy_deid.io``: PhysioNet, brat, i2b2, UIMA CAS, AI CUP, Presidio)."""
    if fmt not in ("auto", "txt", "jsonl", "csv"):
        return "corpus"
    if fmt != "auto":
        return "dir" if fmt == "txt" and path.is_dir() else fmt
    from ..io.formats import detect_format

    try:
        if detect_format(path) not in ("jsonl",):
            return "corpus"
    except ValueError:
        pass
    if path.is_dir():
        return "dir"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "txt"


def _group_of(mapping: Dict, key: Optional[str]) -> Optional[str]:
    if not key:
        return None
    value = mapping.get(key)
    return None if value is None or value == "" else str(value)


def txt_items(root: Path, encoding: str) -> Iterator[DeidInput]:
    """Every ``.txt`` file (one note each); a ``.txt`` entry that is no readable file (a broken
    link, a folder) is reported as failed, never skipped in silence."""
    files = sorted(p for p in root.rglob("*.txt") if not p.is_dir() or p.is_symlink()) if root.is_dir() else [root]
    for path in files:
        rel = path.relative_to(root) if root.is_dir() else Path(path.name)
        if not path.is_file():
            yield DeidInput(None, None, ItemContext(str(path), "not a readable file (a broken link?)", rel_path=rel))
            continue
        text, err = read_text_file(path, encoding)
        yield DeidInput(text, None, ItemContext(str(path), err, rel_path=rel))


def jsonl_items(path: Path, text_key: str, group_key: Optional[str], encoding: str) -> Iterator[DeidInput]:
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            try:
                line = raw.decode(_bom_aware(encoding) if n == 1 else encoding)
            except UnicodeDecodeError:
                yield DeidInput(None, None, ItemContext(where, f"line is not valid {encoding}"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield DeidInput(None, None, ItemContext(where, f"invalid JSON (column {err.colno})"))
                continue
            if not isinstance(record, dict) or text_key not in record:
                yield DeidInput(None, None, ItemContext(where, f"record has no {text_key!r} field"))
                continue
            meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
            group = _group_of(meta, group_key) or _group_of(record, group_key)
            yield DeidInput(record[text_key], group, ItemContext(where, record=record))


def corpus_items(path: Path, fmt: str) -> Iterator[DeidInput]:
    """Records of an annotated corpus (gold spans are ignored: predictions come fresh)."""
    from ..io.formats import read_corpus

    for n, record in enumerate(read_corpus(path, None if fmt == "auto" else fmt), 1):
        record = dict(record)
        record.setdefault("id", str(n))
        yield DeidInput(record["text"], None, ItemContext(f"{path} record {n}", record=record))


CSV_FIELD_LIMIT = 1 << 28  # 256 MiB: Python's default (128 KiB) aborted a job on one long note


def _allow_long_fields() -> None:
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)


def _bom_aware(encoding: str) -> str:
    """UTF-8 that also accepts a byte-order mark at the start of the file (Excel writes one)."""
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def csv_header(path: Path, encoding: str) -> List[str]:
    _allow_long_fields()
    with open(path, newline="", encoding=_bom_aware(encoding)) as fh:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        return next(csv.reader(fh, dialect), [])


def check_csv_columns(path: Path, columns: List[str], group_key: Optional[str], encoding: str) -> None:
    """Fail before any output is written: undecodable file, or columns it does not have."""
    try:
        path.read_bytes().decode(encoding)
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not valid {encoding} (byte offset {err.start})") from None
    header = csv_header(path, encoding)
    missing = [c for c in columns + ([group_key] if group_key else []) if c not in header]
    if missing:
        # the first row is never printed: in a file without a header row it is a note (PHI)
        raise ValueError(f"{path}: missing column(s) {missing} in its first row ({len(header)} cells, "
                         f"not shown as it may hold PHI); the first row must name the columns")


class CsvJob:
    """Streams a CSV: yields one item per selected cell, then rebuilds rows in order."""

    def __init__(self, path: Path, columns: List[str], group_key: Optional[str], encoding: str):
        self.path, self.columns, self.group_key, self.encoding = path, columns, group_key, encoding
        self.dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        self.pending: Deque[dict] = deque()
        self.fieldnames: List[str] = csv_header(path, encoding)

    def items(self) -> Iterator[DeidInput]:
        _allow_long_fields()
        with open(self.path, newline="", encoding=_bom_aware(self.encoding)) as fh:
            for n, row in enumerate(csv.DictReader(fh, dialect=self.dialect), 2):
                extra = row.pop(None, None)  # fields beyond the header: often a note split by a comma
                self.pending.append(row)
                group = _group_of(row, self.group_key)
                for col in self.columns:
                    where = f"{self.path} row {n} column {col}"
                    if extra is not None:  # withheld whole: its text may be spread over the extra fields
                        yield DeidInput(None, group, ItemContext(where, f"row has {len(extra)} field(s) more than the header"))
                    else:
                        yield DeidInput(row.get(col) or "", group, ItemContext(where))

    def write(self, results: Iterable[DeidResult], out: Path, on_result: Callable[[DeidResult], None]) -> None:
        it = iter(results)
        with atomic_open(out, newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=self.fieldnames, dialect=self.dialect)
            writer.writeheader()
            while True:
                cells = []
                for _ in self.columns:
                    res = next(it, None)
                    if res is None:
                        return
                    on_result(res)
                    cells.append(res)
                row = self.pending.popleft()
                for col, res in zip(self.columns, cells):
                    row[col] = ERROR_MARK if res.text is None else res.text
                writer.writerow(row)


def warn(msg: str) -> None:
    print(msg, file=sys.stderr)
