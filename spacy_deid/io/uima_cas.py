"""INCEpTION / UIMA CAS JSON exports (reader only). Default label map: GraSCCo_PHI (GeMTeX) kinds.

The sofa (``uima.cas.Sofa``, ``sofaString``) is the text; annotations of ``span_type`` carry
``begin``/``end`` and the label in feature ``label_feature``. Offsets count Python characters.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Union

from .labelmap import LabelMapper, ReadReport, clean_spans, log_report

GRASCCO_LABELS: Dict[str, Optional[str]] = {
    "NAME_PATIENT": "PATIENT",
    "NAME_RELATIVE": "PATIENT",
    "NAME_EXT": "PATIENT",  # other persons named in the letter
    "NAME_DOCTOR": "DOCTOR",
    "NAME_USERNAME": "USERNAME",
    "NAME_TITLE": None,  # titles are not part of names (labels.md)
    "PROFESSION": "PROFESSION",
    "LOCATION_HOSPITAL": "HOSPITAL",
    "LOCATION_ORGANIZATION": "ORGANIZATION",
    "LOCATION_STREET": "STREET",
    "LOCATION_CITY": "CITY",
    "LOCATION_STATE": "STATE",
    "LOCATION_COUNTRY": "COUNTRY",
    "LOCATION_ZIP": "ZIP",
    "LOCATION_OTHER": "LOCATION_OTHER",
    "AGE": "AGE",
    "DATE": "DATE",
    "CONTACT_PHONE": "PHONE",
    "CONTACT_FAX": "FAX",
    "CONTACT_EMAIL": "EMAIL",
    "CONTACT_URL": "URL",
    "ID": "IDNUM",
}

DEFAULT_SPAN_TYPE = "webanno.custom.PHI"
DEFAULT_LABEL_FEATURE = "kind"
_META_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"


def cas_to_record(
    cas: Dict[str, Any],
    mapper: LabelMapper,
    doc_id: str,
    span_type: str = DEFAULT_SPAN_TYPE,
    label_feature: str = DEFAULT_LABEL_FEATURE,
) -> Dict[str, Any]:
    """One CAS JSON object -> one spec record (first sofa only)."""
    structures = cas.get("%FEATURE_STRUCTURES") or []
    sofas = [fs for fs in structures if fs.get("%TYPE") == "uima.cas.Sofa"]
    if not sofas:
        raise ValueError(f"{doc_id}: CAS JSON has no uima.cas.Sofa")
    sofa = sofas[0]
    text = sofa.get("sofaString") or ""
    meta: Dict[str, Any] = {"file": doc_id}
    raw: List[tuple] = []
    for fs in structures:
        kind = fs.get("%TYPE")
        if kind == span_type and fs.get("@sofa", sofa.get("%ID")) == sofa.get("%ID"):
            label = mapper(fs.get(label_feature))
            if label is not None:
                raw.append((int(fs.get("begin", 0)), int(fs.get("end", 0)), label))
        elif kind == _META_TYPE:
            lang = fs.get("language")
            if lang and lang != "x-unspecified":
                meta["lang"] = lang
            if fs.get("documentTitle"):
                meta["title"] = fs["documentTitle"]
    mapper.report.docs += 1
    return {"id": doc_id, "text": text, "spans": clean_spans(text, raw, mapper.report), "meta": meta}


def read_uima_cas(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    span_type: str = DEFAULT_SPAN_TYPE,
    label_feature: str = DEFAULT_LABEL_FEATURE,
    lang: Optional[str] = None,
) -> Iterator[Dict[str, Any]]:
    """Yield records from one CAS JSON file or a folder of them (sorted). ``id`` = file name up to the first dot."""
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(GRASCCO_LABELS, label_map, unknown, report)
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    for f in files:
        cas = json.loads(f.read_text(encoding="utf-8"))
        rec = cas_to_record(cas, mapper, f.name.split(".")[0], span_type, label_feature)
        if lang and "lang" not in rec["meta"]:
            rec["meta"]["lang"] = lang
        yield rec
    log_report(f"uima-cas {path.name}", report)
