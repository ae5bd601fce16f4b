"""brat standoff (``X.txt`` + ``X.ann``): reader and writer. Default label map: MEDDOCAN's types."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from .labelmap import LabelMapper, ReadReport, clean_spans, log_report, read_text_exact

# MEDDOCAN (IberLEF 2019) types -> our scheme. None = not PHI here (excluded, reported).
MEDDOCAN_LABELS: Dict[str, Optional[str]] = {
    "NOMBRE_SUJETO_ASISTENCIA": "PATIENT",
    "FAMILIARES_SUJETO_ASISTENCIA": "PATIENT",  # relatives are PATIENT (i2b2 2014)
    "NOMBRE_PERSONAL_SANITARIO": "DOCTOR",
    "PROFESION": "PROFESSION",
    "HOSPITAL": "HOSPITAL",
    "CENTRO_SALUD": "HOSPITAL",
    "INSTITUCION": "ORGANIZATION",
    "CALLE": "STREET",
    "TERRITORIO": "LOCATION_OTHER",  # city, province or region: not told apart by the corpus
    "PAIS": "COUNTRY",
    "EDAD_SUJETO_ASISTENCIA": "AGE",
    "FECHAS": "DATE",
    "NUMERO_TELEFONO": "PHONE",
    "NUMERO_FAX": "FAX",
    "CORREO_ELECTRONICO": "EMAIL",
    "URL_WEB": "URL",
    "DIRECCION_IP": "IPADDR",
    "ID_SUJETO_ASISTENCIA": "MEDICALRECORD",
    "ID_ASEGURAMIENTO": "HEALTHPLAN",
    "ID_CONTACTO_ASISTENCIAL": "IDNUM",
    "ID_TITULACION_PERSONAL_SANITARIO": "LICENSE",
    "ID_EMPLEO_PERSONAL_SANITARIO": "IDNUM",
    "IDENTIF_VEHICULOS_NRSERIE_PLACAS": "VEHICLE",
    "IDENTIF_DISPOSITIVOS_NRSERIE": "DEVICE",
    "IDENTIF_BIOMETRICOS": "BIOID",
    "OTRO_NUMERO_IDENTIF": "IDNUM",
    "SEXO_SUJETO_ASISTENCIA": None,  # patient sex: not a HIPAA identifier
    "OTROS_SUJETO_ASISTENCIA": None,  # free-form "other" patient facts: no category of ours
}


def _parse_ann(ann: str, report: ReadReport) -> List[Tuple[int, int, str]]:
    """Text-bound annotations (``T`` lines) as (start, end, label); discontinuous spans split in parts."""
    out: List[Tuple[int, int, str]] = []
    for lineno, line in enumerate(ann.splitlines(), 1):
        if not line.startswith("T"):
            continue  # relations, events, attributes, notes: not spans
        parts = line.split("\t")
        if len(parts) < 2:
            report.problems["malformed .ann line"] += 1
            continue
        head = parts[1].split(" ", 1)
        if len(head) != 2:
            report.problems["malformed .ann line"] += 1
            continue
        label, offsets = head
        try:
            pieces = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
        except ValueError:
            report.problems["malformed .ann line"] += 1
            continue
        if len(pieces) > 1:
            report.problems["discontinuous span split"] += 1
        for piece in pieces:
            if len(piece) != 2:
                report.problems["malformed .ann line"] += 1
                continue
            out.append((piece[0], piece[1], label))
    return out


def read_brat(
    path: Union[str, Path],
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    lang: Optional[str] = None,
    default_map: Optional[Mapping[str, Optional[str]]] = None,
) -> Iterator[Dict[str, Any]]:
    """Yield spec records from a folder of ``.txt``/``.ann`` pairs (sorted by name) or one ``.txt``/``.ann`` file.

    A ``.txt`` without ``.ann`` is a note without PHI. ``id`` is the file stem; ``meta`` has ``file``
    (and ``lang`` when given).
    """
    report = report if report is not None else ReadReport()
    mapper = LabelMapper(MEDDOCAN_LABELS if default_map is None else default_map, label_map, unknown, report)
    path = Path(path)
    if path.is_dir():
        txts = sorted(path.glob("*.txt"))
    else:
        txts = [path.with_suffix(".txt")]
    for txt in txts:
        text = read_text_exact(txt)
        ann_path = txt.with_suffix(".ann")
        raw = _parse_ann(ann_path.read_text(encoding="utf-8"), report) if ann_path.exists() else []
        spans = []
        for start, end, label in raw:
            mapped = mapper(label)
            if mapped is not None:
                spans.append((start, end, mapped))
        meta: Dict[str, Any] = {"file": txt.name}
        if lang:
            meta["lang"] = lang
        report.docs += 1
        yield {"id": txt.stem, "text": text, "spans": clean_spans(text, spans, report), "meta": meta}
    log_report(f"brat {path.name}", report)


def write_brat(records: Iterable[Dict[str, Any]], folder: Union[str, Path]) -> int:
    """Write each record as ``<id>.txt`` + ``<id>.ann`` in ``folder``. Returns the count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for i, rec in enumerate(records):
        stem = str(rec.get("id") or f"doc-{i:05d}").replace("/", "_")
        text = rec["text"]
        with open(folder / f"{stem}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        lines = []
        for k, sp in enumerate(rec.get("spans") or [], 1):
            surface = text[sp["start"] : sp["end"]].replace("\n", " ")
            lines.append(f"T{k}\t{sp['label']} {sp['start']} {sp['end']}\t{surface}")
        (folder / f"{stem}.ann").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        n += 1
    return n
