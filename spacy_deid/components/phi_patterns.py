"""``phi_patterns``: the rule component for structured PHI (dates, ages, contacts, IDs, addresses).

It runs the registered recognizers (``spacy_deid.recognizers``) over the raw text and writes
their matches into ``doc.spans["phi"]`` with ``source="rules"``; it never redacts. Each span's
``span._.phi_detail`` names the recognizer that found it (ages over 89: ``"ages.over_89"``).
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..recognizers.text_view import rules_view
from ..spans import SPAN_KEY, add_phi_spans, doc_text


class PhiPatterns:
    def __init__(
        self,
        nlp: Language,
        name: str,
        recognizers: Optional[Sequence[str]],
        exclude: Sequence[str],
        span_key: str,
        source: str,
        lang: Optional[str] = None,
    ):
        from ..recognizers import default_recognizers

        self.name = name
        self.lang = lang or nlp.lang
        self.span_key = span_key
        self.source = source
        self.recognizers = default_recognizers(
            names=list(recognizers) if recognizers is not None else None, exclude=tuple(exclude), lang=self.lang
        )

    def __call__(self, doc: Doc) -> Doc:
        matches: List[tuple] = []
        text = doc_text(doc)
        # the recognizers read a clean view ("٠٠٤٨٢٧٣١" as "00482731", no zero-width spaces); spans
        # go back to the original offsets
        view, back = rules_view(text)
        for rec in self.recognizers:
            for m in rec.find(view):
                start, end = back[m.start], back[m.end - 1] + 1
                matches.append((start, end, m.label, m.score, m.recognizer or rec.name))
        add_phi_spans(doc, matches, self.source, self.span_key, text)
        return doc


@Language.factory(
    "phi_patterns",
    default_config={"recognizers": None, "exclude": [], "span_key": SPAN_KEY, "source": "rules", "lang": None},
)
def make_phi_patterns(
    nlp: Language,
    name: str,
    recognizers: Optional[List[str]],
    exclude: List[str],
    span_key: str,
    source: str,
    lang: Optional[str],
) -> PhiPatterns:
    """``recognizers``: registry names to run (None: all built-in); ``exclude``: names to skip;
    ``lang``: the language of the notes, for the recognizers that read one (month names,
    national IDs, phone region; None: the pipeline's), e.g. German notes in an English pipeline."""
    return PhiPatterns(nlp, name, recognizers, exclude, span_key, source, lang)
