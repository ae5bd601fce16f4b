"""Give merged PHI spans of a coarse category their fine label (pure function of the Doc, the
spans and the model). A span keeps its coarse label when the model is not sure enough, so that a
fine-label operator (``{"DOCTOR": "keep"}``) never fires on a guess below ``min_confidence``;
labels that a source already gave as fine (a rule's PHONE, the lexicon's CITY) are kept."""
from __future__ import annotations

from dataclasses import replace
from typing import Dict, List, Optional, Sequence

from spacy.tokens import Doc

from ..lexicons.tables import Lexicon, load_lexicon
from ..spans import PhiSpan
from .features import span_features
from .model import REFINED, FineLabelModel


def refine_labels(
    doc: Doc, spans: Sequence[PhiSpan], model: FineLabelModel, min_confidence: float = 0.5,
    label_min_confidence: Optional[Dict[str, float]] = None, lexicon: Optional[Lexicon] = None,
    text: Optional[str] = None,
) -> List[PhiSpan]:
    """``spans`` (offsets into ``doc.text``) with fine labels for those labelled only by category;
    ``label_min_confidence`` raises the bar for some labels (DOCTOR: see the component); ``text``:
    ``doc.text`` when the caller has it (spaCy rebuilds it at each access)."""
    bars = label_min_confidence or {}
    out = []
    for s in spans:
        if s.label in REFINED:
            lexicon = lexicon or load_lexicon()
            text = doc.text if text is None else text
            pred = model.predict(span_features(doc, s.start, s.end, s.label, lexicon, text), s.label)
            if pred is not None and pred[1] >= bars.get(pred[0], min_confidence):
                s = replace(s, label=pred[0])
        out.append(s)
    return out
