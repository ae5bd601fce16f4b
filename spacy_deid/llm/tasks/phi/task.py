"""The ``spacy_deid.PHI.v1`` spacy-llm task: prompt per window, n samples, vote, write spans.

It is a *sharding* task in spacy-llm's sense: one doc yields several prompts (each routed window,
``n_samples`` times each) and ``parse_responses`` folds their answers back into the one doc.
Kept spans go to ``doc.spans[span_key]`` and uncertain ones to ``doc.spans[review_key]``, all
with ``source="llm"`` and their vote share as score.
"""
# No ``from __future__ import annotations``: spacy-llm reads these signatures with get_type_hints.
from typing import Iterable, List, Optional, Sequence, Tuple

from spacy.tokens import Doc

from ....spans import REVIEW_KEY, SPAN_KEY, add_phi_spans
from ...consistency import check_vote_settings, vote
from ...routing import RouteAll, Router
from .parse import response_to_spans
from .prompt import Example, build_prompt, check_labels

SOURCE = "llm"


class PHITask:
    """Find PHI with a prompted LLM; see the module docstring."""

    def __init__(
        self,
        labels: Sequence[str],
        examples: Sequence[Example],
        n_samples: int = 3,
        min_votes: int = 2,
        review_threshold: float = 0.75,
        router: Optional[Router] = None,
        span_key: str = SPAN_KEY,
        review_key: str = REVIEW_KEY,
        drop_lowercase: bool = True,
        age_needs_cue: bool = True,
        lang: Optional[str] = None,
    ):
        check_vote_settings(n_samples, min_votes, review_threshold)
        self._labels = check_labels(labels)
        self.examples = list(examples)
        self._echoes = {surface for ex in self.examples for _, surface in ex.answers}
        self.n_samples = n_samples
        self.min_votes = min_votes
        self.review_threshold = review_threshold
        self.router: Router = router if router is not None else RouteAll()
        self.span_key = span_key
        self.review_key = review_key
        self.drop_lowercase = drop_lowercase
        self.age_needs_cue = age_needs_cue
        self.lang = lang

    @property
    def labels(self) -> Tuple[str, ...]:
        return self._labels

    def prompts_for(self, doc: Doc) -> List[str]:
        """``n_samples`` copies of the prompt of each routed window, window by window."""
        out = []
        for start, end in self.router(doc):
            prompt = build_prompt(doc.text[start:end], self._labels, self.examples, self.lang)
            out.extend([prompt] * self.n_samples)
        return out

    def generate_prompts(
        self, docs: Iterable[Doc], context_length: Optional[int] = None
    ) -> Iterable[Tuple[Iterable[str], Iterable[Doc]]]:
        # The doc itself is the only "shard"; parse_responses routes it again (routing is
        # deterministic and cheap) to know which window each answer belongs to.
        for doc in docs:
            yield self.prompts_for(doc), [doc]

    def apply(self, doc: Doc, responses: Sequence[str]) -> Doc:
        """Vote over the answers of each window and write the spans to the doc."""
        windows = self.router(doc)
        n = self.n_samples
        if len(responses) != len(windows) * n:
            raise ValueError(
                f"Expected {len(windows) * n} responses for {len(windows)} window(s), got {len(responses)}"
            )
        kept, review = [], []
        for w, (start, end) in enumerate(windows):
            piece = doc.text[start:end]
            samples = [
                response_to_spans(
                    piece, r, self._labels, self._echoes, self.drop_lowercase, self.age_needs_cue
                )
                for r in responses[w * n : (w + 1) * n]
            ]
            for v in vote(samples, self.min_votes, self.review_threshold):
                item = (start + v.start, start + v.end, v.label, v.score)
                (review if v.uncertain else kept).append(item)
        add_phi_spans(doc, kept, source=SOURCE, span_key=self.span_key)
        add_phi_spans(doc, review, source=SOURCE, span_key=self.review_key)
        return doc

    def parse_responses(
        self, shards: Iterable[Iterable[Doc]], responses: Iterable[Iterable[str]]
    ) -> Iterable[Doc]:
        for shard_docs, answers in zip(shards, responses):
            (doc,) = list(shard_docs)
            yield self.apply(doc, [str(a) for a in answers])
