"""``phi_passages``: passages in another language, read by that language's pipeline too, inside
any spaCy pipeline (issue 13, language per sentence).

The CLI's ``--lang auto`` routes such passages already (``routing.RoutedDeidentifier``); a
pipeline called from Python (``nlp(text)``, ``nlp.pipe``, ``--lang en`` with a custom model) did
not: an English note that quoted a daughter in Spanish kept the Spanish date, town and DNI. With
``nlp.add_pipe("phi_passages", before="deid_redactor")`` each passage
(``passages.foreign_passages``: pieces of 30 letters or more that py3langid gives another
language at 90%, Han text at any length) goes through the default pipeline of its language, loaded
once on first use. Its merged candidates join ``doc.spans["phi"]`` in the note's offsets as
source ``"passages"``: the note's own vetoes (English everyday words) do not apply to them, and
the one merge of the redactor takes the union. Detection only: the redactor of the note writes
the surrogates, in the note's language.

Fails closed: a passage whose pipeline fails raises (``Deidentifier`` withholds the note).
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..langid import SUPPORTED
from ..passages import MIN_CONFIDENCE, MIN_LETTERS, Passage, foreign_passages
from ..spans import SPAN_KEY, add_phi_spans, doc_text

SOURCE = "passages"


def default_loader(lang: str) -> Language:
    """The default pipeline of ``lang`` (``pipelines.load_pipeline``)."""
    from ..pipelines import load_pipeline

    return load_pipeline("default", lang)


class PhiPassages:
    """Reads a doc's passages in other languages with their languages' pipelines."""

    def __init__(self, name: str, lang: Optional[str], languages: List[str], min_letters: int,
                 min_confidence: float, span_key: str, loader: Callable[[str], Language] = default_loader):
        unknown = sorted(set(languages) - set(SUPPORTED))
        if unknown:
            raise ValueError(f"phi_passages: no pipeline for languages {unknown}; choose among {list(SUPPORTED)}")
        self.name = name
        self.lang = lang  # the notes' language; None: the pipeline's (set when added)
        self.languages = frozenset(languages)
        self.min_letters = min_letters
        self.min_confidence = min_confidence
        self.span_key = span_key
        self.loader = loader
        self._pipelines: Dict[str, Language] = {}
        self.counts: Dict[str, int] = {}  # passages read, by language

    def passages(self, text: str) -> List[Passage]:
        """The passages of ``text`` this component reads (in ``languages``)."""
        found = foreign_passages(text, self.lang or "en", min_letters=self.min_letters,
                                 min_confidence=self.min_confidence)
        return [p for p in found if p.lang in self.languages]

    def pipeline(self, lang: str) -> Language:
        if lang not in self._pipelines:
            self._pipelines[lang] = self.loader(lang)
        return self._pipelines[lang]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        matches: List[tuple] = []
        for p in self.passages(text):
            nlp = self.pipeline(p.lang)
            redactor = _redactor(nlp)
            with nlp.select_pipes(disable=[redactor]):
                part = nlp(text[p.start:p.end])
            self.counts[p.lang] = self.counts.get(p.lang, 0) + 1
            for s in nlp.get_pipe(redactor).detect(part, text[p.start:p.end]):
                matches.append((s.start + p.start, s.end + p.start, s.label, s.score, f"{SOURCE}.{p.lang}.{s.source}"))
        add_phi_spans(doc, matches, SOURCE, self.span_key, text)
        return doc


def _redactor(nlp: Language) -> str:
    from ..pipelines import find_redactor

    name = find_redactor(nlp)
    if name is None:  # the merge and fine labels of a passage are its redactor's
        raise ValueError("phi_passages: a passage pipeline needs a deid_redactor")
    return name


@Language.factory(
    "phi_passages",
    assigns=["doc.spans"],
    default_config={"lang": None, "languages": list(SUPPORTED), "min_letters": MIN_LETTERS,
                    "min_confidence": MIN_CONFIDENCE, "span_key": SPAN_KEY},
)
def make_phi_passages(nlp: Language, name: str, lang: Optional[str], languages: List[str], min_letters: int,
                      min_confidence: float, span_key: str) -> PhiPassages:
    """``lang``: the notes' language (default: that of the pipeline's rules, else ``nlp.lang``);
    ``languages``: the passage languages read (default: every language with a pipeline)."""
    if lang is None:
        from ..pipelines import notes_language

        lang = notes_language(nlp)
    return PhiPassages(name, lang, languages, min_letters, min_confidence, span_key)
