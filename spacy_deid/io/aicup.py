"""AI CUP 2020 medical-dialogue de-identification TSV blocks (reader only).

Blocks are separated by a line of dashes. In each block, line 1 is the dialogue text, line 2 the
header ``article_id\\tstart_position\\tend_position\\tentity_text\\tentity_type``, then one row per span.
Rows whose offsets are impossible or whose ``entity_text`` does not match the text are reported and
skipped (the corpus has known defects).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Iterator, Mapping, Optional, Union

from .labelmap import LabelMapper, ReadReport, clean_spans, log_report, read_text_exact

# Decisions (documented in docs of the evaluation): the schema is wider than HIPAA.
AICUP_LABELS: Dict[str, Optional[str]] = {
    "name": "PATIENT",  # any person's name; coarse NAME is what is scored by default
    "location": "LOCATION_OTHER",
    "time": "DATE",  # includes relative times ("the day before yesterday"): stricter than i2b2
    "contact": "PHONE",
    "ID": "IDNUM",
    "profession": "PROFESSION",
    "organization": "ORGANIZATION",
    "account": "ACCOUNT",
    "family": None,  # kinship terms ("my mother"), not identifiers
    "med_exam": None,  # lab values and exam results: clinical content, not PHI
    "money": None,  # amounts of money: not a HIPAA identifier
    "clinical_event": None,  # public events used as time anchors; no category of ours
    "education": None,  # schooling level: not a HIPAA identifier
    "others": None,  # unspecified
}

_SEP = re.compile(r"\r?\n\s*-{5,}\s*\r?\n")
# A calendar element in a time span: a number before 年/月/日/號 ("3月14日", "110年", "三月") or a
# slashed date ("3/14"). AI CUP's "time" also holds relative times and times of day ("前天",
# "上禮拜", "晚上"), which labels.md does not count as PHI.
CALENDAR = re.compile(r"[0-9〇零一二三四五六七八九十兩]+\s*[年月日號号]|\d+\s*/\s*\d+")


def read_aicup(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    calendar_times_only: bool = False,
) -> Iterator[Dict[str, Any]]:
    """Yield one record per dialogue (``id`` = ``article_id``; ``meta``: ``lang="zh"``, ``note_type="dialogue"``).
    ``calendar_times_only``: drop the "time" spans without a calendar element (``CALENDAR``), to
    score only what labels.md calls a date; they are counted in the report."""
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(AICUP_LABELS, label_map, unknown, report)
    path = Path(path)
    raw = read_text_exact(path)
    for n, block in enumerate(_SEP.split(raw)):
        lines = [ln.rstrip("\r") for ln in block.strip("\r\n").split("\n")]
        if not lines or not lines[0].strip():
            continue
        text = lines[0]
        article = str(n)
        spans = []
        for row in lines[1:]:
            if not row.strip() or row.startswith("article_id"):
                continue
            cols = row.split("\t")
            if len(cols) < 5:
                report.problems["malformed row"] += 1
                continue
            article = cols[0].strip()
            try:
                start, end = int(cols[1]), int(cols[2])
            except ValueError:
                report.problems["malformed row"] += 1
                continue
            if not (0 <= start < end <= len(text)):
                report.problems["impossible offsets"] += 1
                continue
            if text[start:end] != cols[3]:
                report.problems["text mismatch"] += 1
                continue
            mapped = mapper(cols[4].strip())
            if calendar_times_only and cols[4].strip() == "time" and not CALENDAR.search(cols[3]):
                report.excluded["time without a calendar element"] += 1
                continue
            if mapped is not None:
                spans.append((start, end, mapped))
        report.docs += 1
        yield {
            "id": f"aicup-{article}",
            "text": text,
            "spans": clean_spans(text, spans, report),
            "meta": {"article_id": article, "lang": "zh", "note_type": "dialogue"},
        }
    log_report(f"aicup {path.name}", report)
