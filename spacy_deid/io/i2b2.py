"""i2b2/UTHealth 2014 de-identification XML: ``<deIdi2b2><TEXT><![CDATA[...]]></TEXT><TAGS>...</TAGS>``.

Each tag under ``TAGS`` has ``start``, ``end``, ``text`` and ``TYPE`` (the fine label; the tag name
is the category). Reader and writer.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union
from xml.sax.saxutils import quoteattr

from ..labels import ALL_LABELS, to_coarse
from .labelmap import LabelMapper, ReadReport, clean_spans, log_report

I2B2_LABELS: Dict[str, Optional[str]] = {
    "LOCATION-OTHER": "LOCATION_OTHER",
    "BIOID": "BIOID",
    # i2b2 TYPE values equal our fine labels otherwise; their tag names (NAME, LOCATION, ...) our coarse ones.
}


def read_i2b2(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
) -> Iterator[Dict[str, Any]]:
    """Yield records from one XML file or a folder of ``*.xml`` (``id`` = file stem, ``meta.lang="en"``)."""
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(I2B2_LABELS, label_map, unknown, report)
    path = Path(path)
    files = sorted(path.glob("*.xml")) if path.is_dir() else [path]
    for f in files:
        root = ET.parse(str(f)).getroot()
        text_el = root.find("TEXT")
        text = text_el.text if text_el is not None and text_el.text else ""
        spans = []
        tags = root.find("TAGS")
        for tag in list(tags) if tags is not None else []:
            label = mapper(tag.get("TYPE") or tag.tag)
            if label is None:
                continue
            try:
                start, end = int(tag.get("start")), int(tag.get("end"))
            except (TypeError, ValueError):
                report.problems["malformed tag"] += 1
                continue
            if tag.get("text") is not None and text[start:end] != tag.get("text"):
                report.problems["text mismatch"] += 1
                continue
            spans.append((start, end, label))
        report.docs += 1
        yield {"id": f.stem, "text": text, "spans": clean_spans(text, spans, report), "meta": {"file": f.name, "lang": "en"}}
    log_report(f"i2b2 {path.name}", report)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def record_to_i2b2_xml(record: Dict[str, Any]) -> str:
    """One record as i2b2 2014 XML (tag name = coarse category, TYPE = label)."""
    text = record["text"]
    tags = []
    for i, sp in enumerate(record.get("spans") or []):
        label = sp["label"]
        category = to_coarse(label) if label in ALL_LABELS else "PHI"
        i2b2_type = "LOCATION-OTHER" if label == "LOCATION_OTHER" else label
        tags.append(
            f'<{category} id="P{i}" start="{sp["start"]}" end="{sp["end"]}" '
            f'text={quoteattr(text[sp["start"]:sp["end"]])} TYPE={quoteattr(i2b2_type)} comment="" />'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<deIdi2b2>\n<TEXT>'
        + _cdata(text)
        + "</TEXT>\n<TAGS>\n"
        + "\n".join(tags)
        + ("\n" if tags else "")
        + "</TAGS>\n</deIdi2b2>\n"
    )


def write_i2b2(records: Iterable[Dict[str, Any]], folder: Union[str, Path]) -> int:
    """Write each record as ``<folder>/<id>.xml``. Returns the count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for i, rec in enumerate(records):
        stem = str(rec.get("id") or f"doc-{i:05d}").replace("/", "_")
        with open(folder / f"{stem}.xml", "w", encoding="utf-8", newline="") as fh:
            fh.write(record_to_i2b2_xml(rec))
        n += 1
    return n
