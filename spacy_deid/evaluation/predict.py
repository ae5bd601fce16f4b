"""Predicted spans for gold records: from a spaCy pipeline or from a prediction JSONL file."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc

from ..io.jsonl import read_jsonl
from ..spans import PhiSpan


def doc_predictions(doc: Doc) -> List[PhiSpan]:
    """``doc._.phi`` when the pipeline set it (``deid_redactor`` does), else the merge of the doc's candidates."""
    if getattr(doc._, "phi", None) is not None:
        return list(doc._.phi)
    from ..merge import merge_doc

    return list(merge_doc(doc))


def majority_lang(records: Sequence[Dict[str, Any]], default: str = "en") -> str:
    langs = Counter(str((r.get("meta") or {}).get("lang")) for r in records if (r.get("meta") or {}).get("lang"))
    return langs.most_common(1)[0][0] if langs else default


def load_model(name: str, lang: str = "en") -> Language:
    """``rules`` (blank ``lang`` + rules + redactor), ``default``, a package name or a path."""
    from ..pipelines import load_pipeline

    return load_pipeline(name, lang)


def predict_with_model(
    nlp: Language, records: Iterable[Dict[str, Any]], batch_size: int = 32, group_key: str = "patient"
) -> Iterator[List[Dict[str, Any]]]:
    """The spans ``spacy-deid redact`` would replace in each record's text, in order, as spec
    dicts: the same path (``Deidentifier``: normalised text, chunks, the record's meta and group on
    the Doc), so that what is scored is what users get. A record that fails raises ValueError. A
    pipeline without ``deid_redactor`` (a bare NER, say) is scored on its merged candidates."""
    from ..pipelines import find_redactor
    from ..runner import DeidInput, Deidentifier

    if find_redactor(nlp) is None:  # a bare pipeline (e.g. NER alone): its merged candidates
        yield from _predict_bare(nlp, records, batch_size, group_key)
        return

    def inputs() -> Iterator[DeidInput]:
        for i, rec in enumerate(records):
            meta = dict(rec.get("meta") or {})
            group = meta.get(group_key)
            yield DeidInput(rec["text"], None if group is None else str(group), i, meta)

    for res in Deidentifier(nlp, redact=False, batch_size=batch_size).run(inputs()):
        if res.error:
            raise ValueError(f"record {res.context} could not be processed: {res.error}")
        yield [s.to_dict() for s in res.spans]


def _predict_bare(nlp: Language, records: Iterable[Dict[str, Any]], batch_size: int,
                  group_key: str) -> Iterator[List[Dict[str, Any]]]:
    def docs() -> Iterator[Doc]:
        for rec in records:
            doc = nlp.make_doc(rec["text"])
            meta = dict(rec.get("meta") or {})
            doc._.deid_meta = meta
            if meta.get(group_key) is not None:
                doc._.deid_group = str(meta[group_key])
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield [s.to_dict() for s in doc_predictions(doc)]


def read_predictions(
    path: Union[str, Path], gold: Optional[Sequence[Dict[str, Any]]] = None
) -> Dict[str, List[Dict[str, Any]]]:
    """Prediction JSONL -> ``{id: spans}``. Unknown labels are allowed (they score as wrong).

    With ``gold``, a prediction whose ``text`` differs from its gold record's (so its offsets
    mean nothing there) raises ValueError naming the record id, never the text.
    """
    out: Dict[str, List[Dict[str, Any]]] = {}
    texts: Dict[str, Any] = {}
    for rec in read_jsonl(path, known_labels=False):
        rid = str(rec["id"])
        if rid in out:
            raise ValueError(f"{Path(path).name}: record id {rid!r} appears twice")
        out[rid] = list(rec.get("spans") or [])
        texts[rid] = rec.get("text")
    for g in gold or []:
        rid = str(g.get("id"))
        if texts.get(rid) is not None and texts[rid] != g["text"]:
            raise ValueError(f"prediction {rid!r} has a different text from its gold record: offsets would not match")
    return out
