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

from ..recognizers.dates.zh import calendar_element
from ..recognizers.han_names import TITLE_PATTERN
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

_CONTACT_VALUE = re.compile(r"[0-9０-９@＠.．]")  # a number, an e-mail address, a URL or an IP address
_SEP = re.compile(r"\r?\n\s*-{5,}\s*\r?\n")
# AI CUP's "time" also holds relative times, times of day and durations ("前天", "上禮拜", "晚上",
# "三年", "兩年半", "五六年"), which labels.md does not count as PHI: ``calendar_element`` tells them apart.


def _end_before_title(text: str, start: int, end: int) -> int:
    """The end of a name span without the titles it closes with (``TITLE_PATTERN`` of the Chinese
    name rules: "醫師", "先生", "阿姨", ...)."""
    trimmed = True
    while trimmed:
        trimmed = False
        for i in range(start, end):
            if TITLE_PATTERN.fullmatch(text, i, end):
                end, trimmed = i, True
                break
    return end


def read_aicup(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    calendar_times_only: bool = False,
    names_without_titles: bool = False,
    contact_values_only: bool = False,
) -> Iterator[Dict[str, Any]]:
    """Yield one record per dialogue (``id`` = ``article_id``; ``meta``: ``lang="zh"``, ``note_type="dialogue"``).
    ``calendar_times_only``: drop the "time" spans without a calendar element (``calendar_element``), to
    score only what labels.md calls a date; they are counted in the report.
    ``names_without_titles``: end a "name" span before the title or form of address it closes with
    ("王醫師" -> "王", "陳小姐" -> "陳"), as labels.md keeps titles out of names; a span that is a
    title alone is dropped.
    ``contact_values_only``: drop the "contact" spans that hold no digit, "@" or "." -- the names of
    messaging apps and media ("LINE", "mail"), where labels.md's contacts are numbers, e-mail
    addresses, URLs and IP addresses (a handle without a digit would be dropped too).
    Each option's drops are counted in the report."""
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
            if calendar_times_only and cols[4].strip() == "time" and not calendar_element(cols[3]):
                report.excluded["time without a calendar element"] += 1
                continue
            if contact_values_only and cols[4].strip() == "contact" and not _CONTACT_VALUE.search(cols[3]):
                report.excluded["contact without a number, address or link"] += 1
                continue
            if names_without_titles and cols[4].strip() == "name":
                end = _end_before_title(text, start, end)
                if end == start:
                    report.excluded["name span that is a title alone"] += 1
                    continue
                if end < int(cols[2]):
                    report.excluded["title trimmed off a name span"] += 1
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
