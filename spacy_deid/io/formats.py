"""One entry point for every reader: ``read_corpus(path, fmt)`` with format detection."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, Iterator, Mapping, Optional, Union

from .aicup import read_aicup
from .brat import read_brat
from .i2b2 import read_i2b2
from .jsonl import read_jsonl
from .labelmap import ReadReport
from .physionet import read_physionet
from .presidio_synth import read_presidio_synth
from .uima_cas import read_uima_cas

READERS: Dict[str, Callable[..., Iterator[Dict[str, Any]]]] = {
    "brat": read_brat,
    "i2b2": read_i2b2,
    "physionet": read_physionet,
    "uima-cas": read_uima_cas,
    "aicup": read_aicup,
    "presidio-synth": read_presidio_synth,
}
FORMATS = ("jsonl",) + tuple(READERS)


def detect_format(path: Union[str, Path]) -> str:
    """Guess the format of a file or folder from names and a peek at the content."""
    path = Path(path)
    if path.is_dir():
        if (path / "id.text").exists():
            return "physionet"
        if any(path.glob("*.ann")):
            return "brat"
        if any(path.glob("*.xml")):
            return "i2b2"
        if any(path.glob("*.json")):
            return "uima-cas"
        raise ValueError(f"cannot tell the format of folder {path.name}; pass fmt=")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix in (".ann", ".txt") and path.with_suffix(".ann").exists():
        return "brat"
    if suffix == ".xml":
        return "i2b2"
    if suffix == ".json":
        with path.open("r", encoding="utf-8") as fh:
            head = fh.read(4096)
        if "%FEATURE_STRUCTURES" in head or "%TYPES" in head:
            return "uima-cas"
        if head.lstrip().startswith("["):
            return "presidio-synth"
    if suffix == ".txt":
        with path.open("r", encoding="utf-8") as fh:
            head = fh.read(1 << 16)
        if "article_id\tstart_position" in head:
            return "aicup"
    raise ValueError(f"cannot tell the format of {path.name}; pass fmt=")


def read_corpus(
    path: Union[str, Path],
    fmt: Optional[str] = None,
    label_map: Optional[Mapping[str, Optional[str]]] = None,
    unknown: str = "drop",
    report: Optional[ReadReport] = None,
    **kwargs: Any,
) -> Iterator[Dict[str, Any]]:
    """Yield spec records from ``path`` in format ``fmt`` (detected when None); see each reader."""
    fmt = fmt or detect_format(path)
    if fmt == "jsonl":
        return read_jsonl(path, **kwargs)
    if fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r}; one of {FORMATS}")
    return READERS[fmt](path, label_map=label_map, unknown=unknown, report=report, **kwargs)
