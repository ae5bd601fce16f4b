"""``--lang auto``: each note goes to the pipeline of its language (``langid.detect_language``, or
the ``lang`` of its meta when the input says it), built once per language on first use; results
come back in input order."""
from __future__ import annotations

from itertools import islice
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language

from .langid import detect_language
from .runner import DeidInput, DeidResult, Deidentifier


class LanguagePipelines:
    """The pipeline of each language, from ``build(lang)``; the ``default`` language's is built at
    once, so that a bad setting fails before any note is read."""

    def __init__(self, build: Callable[[str], Language], default: str = "en"):
        self.build = build
        self.default = default
        self._built: Dict[str, Language] = {default: build(default)}

    def get(self, lang: str) -> Language:
        if lang not in self._built:
            self._built[lang] = self.build(lang)
        return self._built[lang]


class RoutedDeidentifier:
    """A :class:`Deidentifier` per language, behind one ``run``."""

    def __init__(self, pipelines: LanguagePipelines, detect: Callable[[str], str] = detect_language,
                 window: int = 256, **deid_kwargs: Any):
        self.pipelines = pipelines
        self.detect = detect
        self.window = window
        self.deid_kwargs = deid_kwargs
        self._engines: Dict[str, Deidentifier] = {}
        self.counts: Dict[str, int] = {}  # notes routed to each language

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
                for i, res in zip(idx, self.engine(lang).run([batch[i] for i in idx])):
                    results[i] = res
            for res in results:
                assert res is not None  # every input has its result
                yield res
