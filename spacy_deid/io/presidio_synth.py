"""presidio-research synthetic dataset (a JSON list of ``{"full_text", "spans": [...]}``; reader only)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterator, Mapping, Optional, Union

from .labelmap import LabelMapper, ReadReport, clean_spans, log_report

PRESIDIO_LABELS: Dict[str, Optional[str]] = {
    "PERSON": "PATIENT",
    "STREET_ADDRESS": "STREET",
    "GPE": "LOCATION_OTHER",  # city, state or country: not told apart
    "LOCATION": "LOCATION_OTHER",
    "ORGANIZATION": "ORGANIZATION",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "ZIP_CODE": "ZIP",
    "DOMAIN_NAME": "URL",
    "URL": "URL",
    "IP_ADDRESS": "IPADDR",
    "US_SSN": "SSN",
    "US_DRIVER_LICENSE": "LICENSE",
    "CREDIT_CARD": "ACCOUNT",
    "IBAN_CODE": "ACCOUNT",
    "US_BANK_NUMBER": "ACCOUNT",
    "US_PASSPORT": "IDNUM",
    "TITLE": None,  # titles are not part of names (labels.md)
    "NRP": None,  # nationality, religion, political group: not an identifier of ours
}


def read_presidio_synth(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
) -> Iterator[Dict[str, Any]]:
    """Yield one record per sample (``id`` = ``"synth-<index>"``; ``meta``: ``template_id``, ``lang="en"``)."""
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(PRESIDIO_LABELS, label_map, unknown, report)
    path = Path(path)
    samples = json.loads(path.read_text(encoding="utf-8"))
    for i, sample in enumerate(samples):
        text = sample["full_text"]
        spans = []
        for sp in sample.get("spans") or []:
            mapped = mapper(sp.get("entity_type"))
            if mapped is not None:
                spans.append((int(sp["start_position"]), int(sp["end_position"]), mapped))
        meta: Dict[str, Any] = {"lang": "en", "note_type": "synthetic"}
        if sample.get("template_id") is not None:
            meta["template_id"] = sample["template_id"]
        report.docs += 1
        yield {"id": f"synth-{i:05d}", "text": text, "spans": clean_spans(text, spans, report), "meta": meta}
    log_report(f"presidio-synth {path.name}", report)
