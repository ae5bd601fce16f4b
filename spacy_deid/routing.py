"""``--lang auto``: each note goes to the pipeline of its language (``langid.detect_language``, or
the ``lang`` of its meta when the input says it), built once per language on first use; results
come back in input order.

A passage in another language (``passages.foreign_passages``: a Spanish quote in an English note)
is read by the pipeline of its language as well, and its spans join the note's before the one
merge: the union loses nothing the note's pipeline found. A note whose passage fails is withheld
with an error, as any note that fails."""
from __future__ import annotations

import logging
from dataclasses import replace
from itertools import islice
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language

from .langid import detect_language
from .merge import merge_spans
from .passages import Passage, foreign_passages
from .runner import DeidInput, DeidResult, Deidentifier, validate_text

log = logging.getLogger(__name__)


class LanguagePipelines:
    """The pipeline of each language, from ``build(lang)``; the ``default`` language's is built at
    once, so that a bad setting fails before any note is read."""

    def __init__(self, build: Callable[[str], Language], default: str = "en", passages: bool = True):
        self.build = build
        self.default = default
        self.passages = passages  # the CLI's choice: passages in another language read by their pipeline
        self._built: Dict[str, Language] = {default: build(default)}

    def get(self, lang: str) -> Language:
        if lang not in self._built:
            self._built[lang] = self.build(lang)
        return self._built[lang]


class RoutedDeidentifier:
    """A :class:`Deidentifier` per language, behind one ``run``."""

    def __init__(self, pipelines: LanguagePipelines, detect: Callable[[str], str] = detect_language,
                 window: int = 256, passages: bool = True, **deid_kwargs: Any):
        self.pipelines = pipelines
        self.detect = detect
        self.window = window
        self.passages = passages  # read passages in another language with their language's pipeline
        self.deid_kwargs = deid_kwargs
        self._engines: Dict[str, Deidentifier] = {}
        self.counts: Dict[str, int] = {}  # notes routed to each language
        self.passage_counts: Dict[str, int] = {}  # passages read by another language's pipeline

    def engine(self, lang: str) -> Deidentifier:
        if lang not in self._engines:
            self._engines[lang] = Deidentifier(self.pipelines.get(lang), **self.deid_kwargs)
        return self._engines[lang]

    def language_of(self, item: DeidInput) -> str:
        given: Optional[str] = (item.meta or {}).get("lang") if isinstance(item.meta, dict) else None
        if isinstance(given, str) and given:
            return given.split("_")[0].lower()
        return self.detect(item.text) if isinstance(item.text, str) else self.pipelines.default

    def run(self, items: Iterable[DeidInput]) -> Iterator[DeidResult]:
        """One result per input, in input order (notes are grouped by language within a window)."""
        stream = iter(items)
        while True:
            batch = list(islice(stream, self.window))
            if not batch:
                return
            groups: Dict[str, List[int]] = {}
            for i, item in enumerate(batch):
                groups.setdefault(self.language_of(item), []).append(i)
            results: List[Optional[DeidResult]] = [None] * len(batch)
            for lang, idx in groups.items():
                self.counts[lang] = self.counts.get(lang, 0) + len(idx)
                mixed = {i: self.passages_of(batch[i], lang) for i in idx}
                plain = [i for i in idx if not mixed[i]]
                for i, res in zip(plain, self.engine(lang).run([batch[i] for i in plain])):
                    results[i] = res
                for i in idx:
                    if mixed[i]:
                        results[i] = self.run_mixed(batch[i], lang, mixed[i])
            for res in results:
                assert res is not None  # every input has its result
                yield res

    def passages_of(self, item: DeidInput, lang: str) -> List[Passage]:
        """The passages of a valid note that another language's pipeline should read too."""
        if not self.passages or validate_text(item.text) is not None:
            return []
        return foreign_passages(item.text, lang)

    def run_mixed(self, item: DeidInput, lang: str, passages: List[Passage]) -> DeidResult:
        """One note with passages in other languages: the union of its pipeline's spans and each
        passage's pipeline's spans (in note offsets), merged once, then redacted by the note's
        redactor (surrogates in the note's language). Fails closed."""
        engine = self.engine(lang)
        try:
            spans = list(engine.detect([item])[0])
            for p in passages:
                self.passage_counts[p.lang] = self.passage_counts.get(p.lang, 0) + 1
                part = DeidInput(item.text[p.start:p.end], item.group, None, item.meta)
                spans += [replace(s, start=s.start + p.start, end=s.end + p.start)
                          for s in self.engine(p.lang).detect([part])[0]]
            return engine.finish(item, merge_spans(spans, engine.redactor.label_priority))
        except Exception as err:  # only the type: a message could quote the note
            log.error("De-identification failed on a note with passages in other languages (%s)", type(err).__name__)
            return DeidResult(item.context, error=f"processing failed ({type(err).__name__})")
