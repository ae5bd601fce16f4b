"""``phi_deny_list``: words and phrases that are always PHI (a user's deny list).

Presidio users know it as a deny-list recognizer: the names of a hospital's staff, its wards, a
patient's known relatives. Every whole-word occurrence (case ignored) of a term is written into
``doc.spans["phi"]`` with ``source="deny_list"`` and the term's label; no veto removes it (only
statistical sources are vetoable). The opposite, texts that are never PHI, is the redactor's
``allow_list``.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Pattern

from spacy.language import Language
from spacy.tokens import Doc

from ..labels import is_phi_label
from ..spans import SPAN_KEY, add_phi_spans, doc_text, text_key


def read_terms(lines: List[str], default_label: str = "NAME") -> Dict[str, str]:
    """Terms from the lines of a list file: ``term`` or ``term<TAB>LABEL``; blank lines and
    lines starting with ``#`` are skipped."""
    terms: Dict[str, str] = {}
    for line in lines:
        line = line.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, _, label = line.partition("\t")
        terms[term.strip()] = label.strip() or default_label
    return terms


class PhiDenyList:
    def __init__(self, nlp: Language, name: str, terms: Dict[str, str], span_key: str, source: str, score: float):
        bad = sorted({lab for lab in terms.values() if not is_phi_label(lab)})
        if bad:
            raise ValueError(f"phi_deny_list: unknown label(s) {bad}; see shared/spec/labels.md")
        if not 0.0 < score <= 1.0:
            raise ValueError("phi_deny_list: score must be in (0, 1]")
        self.name = name
        self.terms = {t: lab for t, lab in terms.items() if t.strip()}
        self.span_key = span_key
        self.source = source
        self.score = score
        self._labels = {text_key(t): lab for t, lab in self.terms.items()}
        self._pattern: Optional[Pattern[str]] = None
        if self.terms:
            # longest first, so "Mary Ann Lee" wins over "Mary"; spacing inside a term is flexible
            alts = [r"\s+".join(re.escape(w) for w in t.split()) for t in sorted(self.terms, key=len, reverse=True)]
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        matches = [
            (m.start(), m.end(), self._labels[text_key(m.group())], self.score, "deny_list")
            for m in (self._pattern.finditer(text) if self._pattern is not None else ())
        ]
        add_phi_spans(doc, matches, self.source, self.span_key, text)
        return doc


@Language.factory(
    "phi_deny_list",
    default_config={"terms": {}, "span_key": SPAN_KEY, "source": "deny_list", "score": 1.0},
)
def make_phi_deny_list(
    nlp: Language, name: str, terms: Dict[str, str], span_key: str, source: str, score: float
) -> PhiDenyList:
    """``terms``: term -> label (fine or coarse, shared/spec/labels.md); ``score``: of each match."""
    return PhiDenyList(nlp, name, terms, span_key, source, score)
