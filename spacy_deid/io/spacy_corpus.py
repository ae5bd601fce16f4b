"""A spaCy corpus reader over every format of :mod:`spacy_deid.io.formats`, for training and
``spacy evaluate`` configs::

    [corpora.dev]
    @readers = "spacy_deid.PhiCorpus.v1"
    path = "../shared/corpora/meddocan/dev/brat"
    fmt = "brat"
    label_map = {}
    unknown = "drop"
    span_key = "phi"
    set_ents = true
    limit = 0
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Iterator, Optional

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from .docbin import record_to_doc
from .formats import read_corpus
from .labelmap import ReadReport


@registry.readers("spacy_deid.PhiCorpus.v1")
def create_phi_corpus(
    path: Path,
    fmt: Optional[str] = None,
    label_map: Optional[Dict[str, Optional[str]]] = None,
    unknown: str = "drop",
    span_key: str = "phi",
    set_ents: bool = True,
    limit: int = 0,
) -> Callable[[Language], Iterator[Example]]:
    """Examples whose reference docs carry the gold PHI in ``doc.spans[span_key]`` (and ``doc.ents``)."""

    def read(nlp: Language) -> Iterator[Example]:
        report = ReadReport()
        for i, record in enumerate(read_corpus(path, fmt, label_map=label_map, unknown=unknown, report=report)):
            if limit and i >= limit:
                break
            reference = record_to_doc(nlp, record, span_key=span_key, set_ents=set_ents)
            yield Example(nlp.make_doc(record["text"]), reference)

    return read
