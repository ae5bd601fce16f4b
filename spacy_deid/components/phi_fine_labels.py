"""``phi_fine_labels``: the fine-label model that ``deid_redactor`` consults after merging.

The NER and the LLM name only the category of what they find (NAME, LOCATION, ID, CONTACT); this
component's model (``spacy_deid.fine_labels``) tells a PATIENT from a DOCTOR, a CITY from a STREET
or a HOSPITAL, from the span and its context, so that fine-label operators and policies fire and
surrogates keep the kind of thing. Like ``surrogate_generator`` it leaves Docs unchanged: the
redactor calls ``refine(doc, spans)`` on its merged spans. The model is saved with the pipeline.

A label is given only when the model is at least ``min_confidence`` sure, else the span keeps its
category (and the category's operator). DOCTOR needs more (``label_min_confidence``, 0.9): it is
the label users relax ("keep clinician names"), so a patient called a doctor is the costly error.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..fine_labels import DATA_DIR, FineLabelModel, refine_labels
from ..labels import FINE_LABELS
from ..spans import PhiSpan


class PhiFineLabels:
    def __init__(self, nlp: Language, name: str, *, model_path: Optional[str], min_confidence: float,
                 label_min_confidence: Dict[str, float]):
        for what, value in [("min_confidence", min_confidence), *label_min_confidence.items()]:
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{what}: a confidence lies in [0, 1], not {value!r}")
        self.name = name
        self.min_confidence = min_confidence
        self.label_min_confidence = dict(label_min_confidence)
        self.model = FineLabelModel.from_disk(model_path if model_path else DATA_DIR)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def refine(self, doc: Doc, spans: Sequence[PhiSpan], text: Optional[str] = None) -> List[PhiSpan]:
        """``spans`` of ``doc`` with a fine label where only the category was known (``text``:
        ``doc.text``, when the caller has it)."""
        return refine_labels(doc, spans, self.model, self.min_confidence, self.label_min_confidence, text=text)

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        self.model.to_disk(path)

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> "PhiFineLabels":
        self.model = FineLabelModel.from_disk(path)
        return self


@Language.factory(
    "phi_fine_labels",
    default_config={"model_path": None, "min_confidence": 0.5, "label_min_confidence": {"DOCTOR": 0.9}},
)
def make_phi_fine_labels(nlp: Language, name: str, model_path: Optional[str], min_confidence: float,
                         label_min_confidence: Dict[str, float]) -> PhiFineLabels:
    unknown = sorted(set(label_min_confidence) - set(FINE_LABELS))
    if unknown:
        raise ValueError(f"label_min_confidence names labels that are not fine labels: {unknown}")
    return PhiFineLabels(nlp, name, model_path=model_path, min_confidence=min_confidence,
                         label_min_confidence=label_min_confidence)
