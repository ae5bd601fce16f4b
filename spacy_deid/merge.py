"""Merge the PHI candidates of every source into one list of non-overlapping spans.

Policy (documented in the README):

1. Candidates are the spans in ``doc.spans[span_key]`` (rules, LLM, any other source), those in
   ``doc.spans[review_key]`` (uncertain LLM spans; included unless told otherwise) and the
   entities of any NER in the pipeline whose label is a PHI label (``spacy_deid.labels``) or is
   mapped onto one by ``ner_label_map`` (e.g. OntoNotes ``PERSON`` -> ``NAME``).
2. **Union**: candidates that share at least one character are merged into one span covering all
   their characters. No character any source flagged is ever dropped.
3. **Label**: the merged span takes the label of the constituent whose coarse category ranks
   first in ``label_priority`` (default ID > CONTACT > DATE > AGE > NAME > LOCATION > PROFESSION:
   structured identifiers are the most specific evidence); ties go to the longer constituent,
   then the higher score.
4. **Source and score**: ``source`` lists every contributing source (``"ner+rules"``), ``score``
   is the highest constituent score; the span is ``uncertain`` only if every constituent was.
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Sequence

from spacy.tokens import Doc

from .labels import COARSE_LABELS, is_phi_label, to_coarse
from .spans import REVIEW_KEY, SPAN_KEY, PhiSpan, span_score

DEFAULT_LABEL_PRIORITY: List[str] = ["ID", "CONTACT", "DATE", "AGE", "NAME", "LOCATION", "PROFESSION"]

# Entity labels of general-purpose spaCy pipelines (OntoNotes) that are PHI.
DEFAULT_NER_LABEL_MAP: Dict[str, str] = {
    "PERSON": "NAME",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}


def collect_candidates(
    doc: Doc,
    span_key: str = SPAN_KEY,
    review_key: Optional[str] = REVIEW_KEY,
    use_ents: bool = True,
    ner_label_map: Optional[Dict[str, str]] = None,
) -> List[PhiSpan]:
    """Every PHI candidate on the doc, from span groups and NER, as PhiSpans."""
    label_map = DEFAULT_NER_LABEL_MAP if ner_label_map is None else ner_label_map
    out: List[PhiSpan] = []
    for key, uncertain in ((span_key, False), (review_key, True)):
        if key and key in doc.spans:
            for span in doc.spans[key]:
                label = label_map.get(span.label_, span.label_)
                if not is_phi_label(label):
                    raise ValueError(
                        f"Span group {key!r} holds a span with non-PHI label {span.label_!r}"
                    )
                out.append(
                    PhiSpan(span.start_char, span.end_char, label, span.id_ or "unknown",
                            span_score(span), uncertain)
                )
    if use_ents:
        for ent in doc.ents:
            label = label_map.get(ent.label_, ent.label_)
            if is_phi_label(label):
                out.append(PhiSpan(ent.start_char, ent.end_char, label, "ner", 1.0))
    return out


def _rank(label_priority: Sequence[str]) -> Dict[str, int]:
    unknown = [c for c in label_priority if c not in COARSE_LABELS]
    if unknown:
        raise ValueError(f"label_priority holds unknown coarse labels: {unknown}")
    rank = {c: i for i, c in enumerate(label_priority)}
    for c in COARSE_LABELS:  # categories left out of the list rank last, in scheme order
        rank.setdefault(c, len(rank))
    return rank


def merge_spans(
    candidates: Iterable[PhiSpan], label_priority: Optional[Sequence[str]] = None
) -> List[PhiSpan]:
    """Union-merge overlapping candidates (pure function; see the module docstring)."""
    rank = _rank(label_priority or DEFAULT_LABEL_PRIORITY)
    cands = sorted(candidates, key=lambda s: (s.start, -s.end))
    clusters: List[List[PhiSpan]] = []
    end = -1
    for span in cands:
        if clusters and span.start < end:
            clusters[-1].append(span)
            end = max(end, span.end)
        else:
            clusters.append([span])
            end = span.end
    merged = []
    for cluster in clusters:
        best = min(
            cluster,
            key=lambda s: (rank[to_coarse(s.label)], -(s.end - s.start), -s.score),
        )
        sources = sorted({src for s in cluster for src in s.source.split("+")})
        merged.append(
            PhiSpan(
                start=min(s.start for s in cluster),
                end=max(s.end for s in cluster),
                label=best.label,
                source="+".join(sources),
                score=max(s.score for s in cluster),
                uncertain=all(s.uncertain for s in cluster),
            )
        )
    return merged


def merge_doc(
    doc: Doc,
    span_key: str = SPAN_KEY,
    review_key: Optional[str] = REVIEW_KEY,
    use_ents: bool = True,
    ner_label_map: Optional[Dict[str, str]] = None,
    label_priority: Optional[Sequence[str]] = None,
) -> List[PhiSpan]:
    """The final PHI spans of a doc: collect every candidate, then merge."""
    cands = collect_candidates(doc, span_key, review_key, use_ents, ner_label_map)
    return merge_spans(cands, label_priority)
