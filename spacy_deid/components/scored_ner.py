"""``deid_ner``: spaCy's beam NER that also writes each entity, with its probability, to
``doc.spans["phi"]`` (source ``"ner"``), so that the NER is a scored PHI source like the others.

The entities are those of the best parse (``doc.ents`` is set as usual); the score of each is its
probability mass over the beam (``EntityRecognizer.scored_ents``). With ``beam_width = 1`` (greedy)
there is no probability and every entity scores 1.0. Entities whose label is not a PHI label are
left in ``doc.ents`` only.

With ``cut_at_breaks`` (default) an entity that runs over a line break or a sentence end is cut
into the pieces between them (``finders.breaks``), in ``doc.ents`` and in the span group alike;
each piece keeps the entity's label and score, and the veto components judge each on its own.
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.pipeline.ner import EntityRecognizer
from spacy.pipeline.transition_parser import Parser  # noqa: F401  (documents the base class)
from spacy.tokens import Doc, Span
from thinc.api import Model

from ..finders.breaks import pieces
from ..labels import is_phi_label
from ..ml.cpu_ops import is_deid_tok2vec, pipeline_models, use_numpy_blas
from ..spans import SPAN_KEY, add_phi_spans, doc_text

DEFAULT_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 96,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}


class ScoredEntityRecognizer(EntityRecognizer):
    """A beam ``EntityRecognizer`` that writes its PHI entities, scored, to a span group."""

    # spaCy's parser predicts a batch in length-sorted quarters, one transition step at a time
    # for all of a quarter's beams: at nlp.pipe's batch of 32 a step moves 8 notes, and the
    # per-step overhead dominates. Batches of at least this many docs (steps of 64 notes) run the
    # NER about a quarter faster with the same entities (README.md, "Speed").
    min_pipe_batch = 256

    def pipe(self, docs, *, batch_size: int = 256):
        """``Parser.pipe`` over batches of at least ``min_pipe_batch`` docs (order kept)."""
        return super().pipe(docs, batch_size=max(batch_size, self.min_pipe_batch))

    def set_annotations(self, docs, states_or_beams):
        super().set_annotations(docs, states_or_beams)
        span_key = self.cfg.get("phi_span_key", SPAN_KEY)
        cut = self.cfg.get("cut_at_breaks", True)
        if not span_key and not cut:
            return
        scores = None
        if span_key and self.cfg.get("beam_width", 1) > 1 and states_or_beams and hasattr(states_or_beams[0], "histories"):
            scores = self.scored_ents(states_or_beams)
        for i, doc in enumerate(docs):
            matches = cut_entities(doc, None if scores is None else scores[i], cut)
            if span_key:
                add_phi_spans(doc, matches, "ner", span_key, doc_text(doc) if matches else "")


def cut_entities(doc: Doc, scores: Optional[Dict[Tuple[int, int, str], float]] = None,
                 cut: bool = True) -> List[Tuple[int, int, str, float]]:
    """``(start_char, end_char, label, score)`` of the doc's PHI entities, each cut at its line
    breaks and sentence ends when ``cut`` (``doc.ents`` is set to the pieces); ``scores``: the
    beam's probability of each ``(start, end, label)`` entity (1.0 for all when None). An entity
    (or piece) without a letter or a digit is dropped: punctuation alone identifies no one."""
    matches, ents, changed = [], [], False
    for ent in doc.ents:
        if not is_phi_label(ent.label_):
            ents.append(ent)
            continue
        p = 1.0 if scores is None else float(scores.get((ent.start, ent.end, ent.label_), 0.0))
        parts = pieces(doc, ent.start, ent.end) if cut else [(ent.start, ent.end)]
        changed = changed or parts != [(ent.start, ent.end)]
        for a, b in parts:
            piece = Span(doc, a, b, label=ent.label)
            if not any(ch.isalnum() for ch in piece.text):  # "⋯⋯", "--": no letter or digit names nobody
                changed = True
                continue
            ents.append(piece)
            matches.append((piece.start_char, piece.end_char, ent.label_, min(1.0, p)))
    if changed:
        doc.ents = ents
    return matches


@Language.factory(
    "deid_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "doc.spans"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_MODEL,
        "beam_density": 0.01,
        "beam_update_prob": 0.5,
        "beam_width": 4,
        "incorrect_spans_key": None,
        "phi_span_key": SPAN_KEY,
        "cut_at_breaks": True,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_deid_ner(
    nlp: Language,
    name: str,
    model: Model,
    moves,
    update_with_oracle_cut_size: int,
    beam_width: int,
    beam_density: float,
    beam_update_prob: float,
    incorrect_spans_key: Optional[str],
    phi_span_key: Optional[str],
    scorer: Optional[Callable],
    cut_at_breaks: bool = True,
) -> ScoredEntityRecognizer:
    """Beam NER (``beam_width`` > 1 gives probabilities) writing scored PHI entities to
    ``doc.spans[phi_span_key]`` (``null``: only ``doc.ents``); ``cut_at_breaks``: cut entities at
    line breaks and sentence ends (``finders.breaks``)."""
    ner = ScoredEntityRecognizer(
        nlp.vocab, model, name=name, moves=moves, update_with_oracle_cut_size=update_with_oracle_cut_size,
        beam_width=beam_width, beam_density=beam_density, beam_update_prob=beam_update_prob,
        incorrect_spans_key=incorrect_spans_key, scorer=scorer,
    )
    ner.cfg["phi_span_key"] = phi_span_key
    ner.cfg["cut_at_breaks"] = cut_at_breaks
    # matrix products through numpy's BLAS (ml/cpu_ops.py): this model's and those of the tok2vec
    # it listens to when that is ours (built before it in the pipeline)
    use_numpy_blas([model] + [m for m in pipeline_models(nlp) if is_deid_tok2vec(m)])
    return ner
