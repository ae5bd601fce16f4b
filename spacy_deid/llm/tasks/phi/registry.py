"""Registered functions of the PHI task: the task itself, its routers, its example reader."""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence

from spacy_llm.registry import registry

from ...routing import RouteAll, RouteUncertain
from .prompt import DEFAULT_LABELS, examples_path_for, read_examples
from .task import PHITask


@registry.llm_tasks("spacy_deid.PHI.v1")
def make_phi_task(
    labels: Sequence[str] = DEFAULT_LABELS,
    examples_path: Optional[str] = None,
    n_samples: int = 3,
    min_votes: int = 2,
    review_threshold: float = 0.75,
    router: Optional[Callable] = None,
    span_key: str = "phi",
    review_key: str = "phi_review",
    drop_lowercase: bool = True,
    age_needs_cue: bool = True,
    lang: Optional[str] = None,
) -> PHITask:
    """PHI extraction with few-shot prompting and self-consistency voting.

    labels: fine or coarse labels of spacy_deid.labels (the prompt defines each).
    examples_path: few-shot examples JSONL (None: the packaged ones of ``lang``, else the English
        ones; "" for none).
    n_samples / min_votes: ask n times, keep spans found at least min_votes times.
    review_threshold: kept spans whose vote share is below it go to ``review_key``.
    router: which windows the LLM reads (default: ``spacy_deid.RouteAll.v1``).
    drop_lowercase: drop names and places the model gives in all lowercase with no digit
        (common words such as "bedside"); set false for notes written all in lowercase.
    age_needs_cue: keep an AGE only with an age word ("yo", "year-old", "Jahre", "歲", ...) nearby.
    lang: the notes' language (de, fr, it, es, ro, tr, ar, zh, ...): the prompt names it and takes its
        examples. Self-consistency is the same in every language (``n_samples``, ``min_votes``).
    """
    examples = [] if examples_path == "" else read_examples(examples_path if examples_path else examples_path_for(lang))
    return PHITask(
        labels=list(labels), examples=examples, n_samples=n_samples, min_votes=min_votes,
        review_threshold=review_threshold, router=router, span_key=span_key, review_key=review_key,
        drop_lowercase=drop_lowercase, age_needs_cue=age_needs_cue, lang=lang,
    )


@registry.llm_misc("spacy_deid.RouteAll.v1")
def make_route_all(max_chars: int = 1200) -> RouteAll:
    """The LLM reads every sentence of every doc, in windows of at most max_chars."""
    return RouteAll(max_chars=max_chars)


@registry.llm_misc("spacy_deid.RouteUncertain.v1")
def make_route_uncertain(
    score_threshold: float = 0.5,
    use_cues: bool = True,
    cues: Optional[List[str]] = None,
    span_key: str = "phi",
    max_chars: int = 1200,
) -> RouteUncertain:
    """The LLM reads only sentences holding a low-score PHI candidate, or that look like they
    hold PHI (cue patterns) where no component flagged any."""
    return RouteUncertain(score_threshold, use_cues, cues, span_key, max_chars)
