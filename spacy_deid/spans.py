"""The one place PHI lives on a Doc.

Every PHI source (NER, rules, LLM) writes token-aligned spans into ``doc.spans["phi"]``
through :func:`add_phi_span`, with a ``source`` and a ``score`` kept per span. The merge step
(``spacy_deid.merge``) turns those candidates, plus PHI-labelled ``doc.ents``, into the final
list of :class:`PhiSpan` stored in ``doc._.phi``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Tuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

SPAN_KEY = "phi"
REVIEW_KEY = "phi_review"
NOT_KEY = "phi_not"  # negative evidence: "these characters are not PHI", score = how sure


@dataclass(frozen=True)
class PhiSpan:
    """A PHI span by character offsets. ``repr`` never shows the surface text."""

    start: int
    end: int
    label: str
    source: str = "rules"
    score: float = 1.0
    uncertain: bool = False
    vetoed: bool = False  # vetoed as no PHI at all (``merge.NO_STRETCH_PREFIX``): it does not stretch a merged span

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def to_dict(self) -> Dict[str, object]:
        """The prediction form of ``shared/spec/formats.md``."""
        out: Dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "score": round(float(self.score), 4),
            "source": self.source,
        }
        if self.uncertain:
            out["uncertain"] = True
        return out


_TEXT_CACHE = ("spacy_deid", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc for all our components (spaCy joins the tokens on every
    access). The cache lives in ``doc.user_data`` until ``drop_text_cache`` (the redactor calls it)
    and is trusted only when its length matches the Doc's."""
    n = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    cached = doc.user_data.get(_TEXT_CACHE)
    if isinstance(cached, str) and len(cached) == n:
        return cached
    text = doc.text
    doc.user_data[_TEXT_CACHE] = text
    return text


def seed_text_cache(doc: Doc, text: str) -> None:
    """Cache ``text`` as the Doc's text when the Doc was just made from it (spaCy's tokenizer keeps
    every character, so ``doc.text == text``), sparing ``doc_text`` the join of every token."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT_CACHE] = text


def drop_text_cache(doc: Doc) -> None:
    """Remove the cached text, so that serialised Docs do not carry it twice."""
    doc.user_data.pop(_TEXT_CACHE, None)


def text_key(value: str) -> str:
    """The form in which two PHI texts count as the same: case and spacing ignored ("Dr  SMITH"
    = "dr smith"). Used by the hash operator and the allow and deny lists."""
    return " ".join(value.split()).casefold()


def _get_phi(doc: Doc) -> Optional[List[PhiSpan]]:
    data = doc._.deid_phi_data
    if data is None:
        return None
    return [PhiSpan(int(a), int(b), str(lab), str(src), float(sc), bool(unc)) for a, b, lab, src, sc, unc in data]


def _set_phi(doc: Doc, spans: Optional[Iterable[PhiSpan]]) -> None:
    doc._.deid_phi_data = None if spans is None else [
        [s.start, s.end, s.label, s.source, float(s.score), bool(s.uncertain)] for s in spans
    ]


def _register_extensions() -> None:
    # Per-span scores, one per source: {source: score}. Stored under the span's char offsets.
    if not Span.has_extension("phi_scores"):
        Span.set_extension("phi_scores", default=None)
    if not Span.has_extension("phi_detail"):
        # What inside a source found the span, e.g. the recognizer "ages.over_89".
        Span.set_extension("phi_detail", default=None)
    # Negative evidence (``doc.spans[NOT_KEY]``) has attributes of its own: span extensions are
    # stored by character offsets, so a veto must not land in the scores of a PHI span there.
    if not Span.has_extension("phi_veto"):
        Span.set_extension("phi_veto", default=None)  # {source: veto}
    if not Span.has_extension("phi_veto_detail"):
        Span.set_extension("phi_veto_detail", default=None)
    if not Doc.has_extension("phi"):
        # final merged List[PhiSpan], set by the merge step; kept in user_data as plain lists so
        # that Docs serialise (to_bytes, DocBin(store_user_data=True), nlp.pipe(n_process=...))
        Doc.set_extension("deid_phi_data", default=None)
        Doc.set_extension("phi", getter=_get_phi, setter=_set_phi)
    if not Doc.has_extension("deid_group"):
        Doc.set_extension("deid_group", default=None)  # key grouping docs (e.g. a patient id)
    if not Doc.has_extension("deid_meta"):
        Doc.set_extension("deid_meta", default=None)  # the JSONL document's ``meta``, passed through


_register_extensions()


def _split_tokens_at(doc: Doc, cuts: Iterable[int]) -> None:
    """Split tokens so that every char offset in ``cuts`` is a token boundary.

    ``Retokenizer.split`` does not update span groups, so every group (and ``doc.ents``)
    is snapshotted by character offsets and rebuilt afterwards: nothing already flagged is lost.
    """
    bounds = doc.to_array([IDX, LENGTH])  # without building a Token object per token
    starts = bounds[:, 0].tolist()
    lengths = bounds[:, 1].tolist()
    inside: Dict[int, List[int]] = {}
    for c in sorted(set(cuts)):
        i = bisect.bisect_right(starts, c) - 1
        if i < 0:
            continue
        if c == starts[i] or c >= starts[i] + lengths[i]:
            continue  # already a boundary, or in the whitespace after a token
        inside.setdefault(i, []).append(c - starts[i])
    if not inside:
        return
    groups = {
        key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in grp]
        for key, grp in doc.spans.items()
    }
    ents = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
    with doc.retokenize() as retok:
        for i, offsets in inside.items():
            tok = doc[i]
            bounds = [0] + sorted(offsets) + [len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
            heads = [(tok, 0)] * len(orths)
            retok.split(tok, orths, heads=heads)
    for key, items in groups.items():
        spans = []
        for s, e, label, kb, sid in items:
            sp = doc.char_span(s, e, label=label, kb_id=kb, alignment_mode="expand")
            if sp is not None:
                sp.id_ = sid
                spans.append(sp)
        doc.spans[key] = spans
    doc.ents = [
        doc.char_span(s, e, label=label, kb_id=kb, alignment_mode="expand") for s, e, label, kb in ents
    ]


def add_phi_spans(
    doc: Doc,
    matches: Iterable[Tuple],
    source: str,
    span_key: str = SPAN_KEY,
    text: Optional[str] = None,
) -> List[Span]:
    """Write PHI candidates ``(start_char, end_char, label, score[, detail])`` into
    ``doc.spans[span_key]``; ``detail`` (optional) lands in ``span._.phi_detail``. Into the
    negative-evidence group (``NOT_KEY``) they go with ``span._.phi_veto`` and ``phi_veto_detail``.

    Tokens are split where a match boundary falls inside one, so every span is exact to the
    character; surrounding whitespace is trimmed. The group exists afterwards even when nothing
    was added. Returns the spans added.
    """
    cleaned = []
    if text is None:
        text = doc.text  # built from the tokens on every access: callers with the text pass it
    for match in matches:
        start, end, label, score = match[:4]
        detail = match[4] if len(match) > 4 else None
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            cleaned.append((start, end, label, float(score), detail))
    if not cleaned:
        if span_key not in doc.spans:
            doc.spans[span_key] = []  # the group exists once a source ran, even with nothing found
        return []
    _split_tokens_at(doc, [c for s, e, *_ in cleaned for c in (s, e)])
    group = list(doc.spans[span_key]) if span_key in doc.spans else []
    added = []
    for start, end, label, score, detail in cleaned:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:  # only possible for odd whitespace tokens; never drop the match
            continue
        span.id_ = source
        score_attr, detail_attr = ("phi_veto", "phi_veto_detail") if span_key == NOT_KEY else ("phi_scores", "phi_detail")
        scores = dict(getattr(span._, score_attr) or {})
        scores[source] = max(score, scores.get(source, 0.0))
        setattr(span._, score_attr, scores)
        if detail is not None:
            setattr(span._, detail_attr, detail)
        group.append(span)
        added.append(span)
    doc.spans[span_key] = group
    return added


def span_score(span: Span) -> float:
    """The score the span's own source gave it (1.0 when none was recorded)."""
    scores = span._.phi_scores or {}
    return float(scores.get(span.id_, max(scores.values(), default=1.0)))


def span_veto(span: Span) -> float:
    """The veto a not-span (``doc.spans[NOT_KEY]``) carries (0.9 when none was recorded)."""
    vetoes = span._.phi_veto or {}
    return float(vetoes.get(span.id_, max(vetoes.values(), default=0.9)))
