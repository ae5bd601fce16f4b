"""PhysioNet deid corpus: ``id.text`` records plus ``id-phi.phrase`` gold (reader only).

``id.text``: ``START_OF_RECORD=<PID>||||<NOTE>||||\\n<body>||||END_OF_RECORD``; offsets count
characters of ``<body>``. ``id-phi.phrase``: ``PID NOTE START END TYPE PHRASE`` per line.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Union

from .labelmap import LabelMapper, ReadReport, clean_spans, log_report, read_text_exact

PHYSIONET_LABELS: Dict[str, Optional[str]] = {
    "PTName": "PATIENT",
    "PTNameInitial": "PATIENT",
    "RelativeProxyName": "PATIENT",  # relatives and proxies are PATIENT (i2b2 2014)
    "HCPName": "DOCTOR",
    "Location": "LOCATION_OTHER",  # wards, hospitals and places are not told apart by the corpus
    "Date": "DATE",
    "DateYear": "DATE",
    "Age": "AGE",
    "Phone": "PHONE",
    "Other": "IDNUM",  # the corpus's catch-all for other identifiers
}

_RECORD = re.compile(r"START_OF_RECORD=([^|]*)\|\|\|\|([^|]*)\|\|\|\|\r?\n(.*?)\|\|\|\|END_OF_RECORD", re.S)


def _read_phrases(path: Path, report: ReadReport) -> Dict[Tuple[str, str], List[Tuple[int, int, str, str]]]:
    out: Dict[Tuple[str, str], List[Tuple[int, int, str, str]]] = defaultdict(list)
    for line in read_text_exact(path, "latin-1").splitlines():
        if not line.strip():
            continue
        parts = line.split(" ", 5)
        if len(parts) < 5:
            report.problems["malformed phrase line"] += 1
            continue
        try:
            start, end = int(parts[2]), int(parts[3])
        except ValueError:
            report.problems["malformed phrase line"] += 1
            continue
        phrase = parts[5] if len(parts) > 5 else ""
        out[(parts[0], parts[1])].append((start, end, parts[4], phrase))
    return out


def read_physionet(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    text_file: str = "id.text",
    phrase_file: str = "id-phi.phrase",
) -> Iterator[Dict[str, Any]]:
    """Yield one record per note of the folder ``path`` (``id`` = ``"<pid>-<note>"``).

    ``meta``: ``patient``, ``note``, ``lang="en"``, ``note_type="nursing"``. Gold spans whose phrase
    does not match the text at their offsets are skipped and counted as "text mismatch".
    """
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(PHYSIONET_LABELS, label_map, unknown, report)
    folder = Path(path)
    phrases = _read_phrases(folder / phrase_file, report) if (folder / phrase_file).exists() else {}
    raw = read_text_exact(folder / text_file, "latin-1")
    for m in _RECORD.finditer(raw):
        pid, note, body = m.group(1).strip(), m.group(2).strip(), m.group(3)
        spans = []
        for start, end, label, phrase in phrases.get((pid, note), []):
            if phrase and body[start:end] != phrase:
                report.problems["text mismatch"] += 1
                continue
            mapped = mapper(label)
            if mapped is not None:
                spans.append((start, end, mapped))
        report.docs += 1
        yield {
            "id": f"{pid}-{note}",
            "text": body,
            "spans": clean_spans(body, spans, report),
            "meta": {"patient": pid, "note": note, "lang": "en", "note_type": "nursing"},
        }
    log_report(f"physionet {folder.name}", report)
