"""Merge the PHI candidates of every source into one list of non-overlapping spans.

Policy (documented in the README):

1. Candidates are the spans in ``doc.spans[span_key]`` (rules, LLM, any other source), those in
   ``doc.spans[review_key]`` (uncertain LLM spans; included unless told otherwise) and the
   entities of any NER in the pipeline whose label is a PHI label (``spacy_deid.labels``) or is
   mapped onto one by ``ner_label_map`` (e.g. OntoNotes ``PERSON`` -> ``NAME``).
2. **Union**: candidates that share at least one character are merged into one span covering all
   their characters. No character any source flagged is ever dropped. Before it, a model's span is
   cut where a rule's span of another category begins inside it (``cut_at_rules``: "Hoffmann, Cora
   - 72" around the age "72" is a name and an age, not one age).
3. **Label**: among the constituents scoring at least half the best score: a rule's label first
   (validated: a phone number stays a phone when an NER calls it an ID); then a label another
   source gave from strong context (score ``STRONG_CONTEXT`` or more: "Grafton" before "Hospital"
   is a place even if an NER calls it a name); then a lexicon place of ``PLACE_CONTEXT`` or more,
   found after a place cue ("sister in Beverly"), or a lexicon person of ``PERSON_CONTEXT`` or more,
   found by a cue ("Kipkorir family"); then the model's label over weak lexical evidence
   ("Port Briana" is a place although "Briana" is a first name); within a tier, ``label_sources``
   order (default rules, lexicon, llm, ner) and then ``label_priority`` (default ID > CONTACT >
   DATE > AGE > NAME > LOCATION > PROFESSION); then the longer constituent, then the higher score.
   A category alone (a model's LOCATION) takes the kind a voter of that category knows (the
   lexicon's COUNTRY, STREET, HOSPITAL), so that surrogates keep the kind of thing.
4. **Source and score**: ``source`` lists every contributing source (``"ner+rules"``); ``score``
   combines the sources as independent evidence (noisy-or over the best score of each source:
   ``1 - prod(1 - s)``); the span is ``uncertain`` only if every constituent was.

Before the union, candidates of a *vetoable* source (default ``ner`` and ``llm``: statistical
sources) are weighed against the negative evidence in ``doc.spans[not_key]`` (``phi_not``, written
by ``phi_lexicon`` and allow lists): a candidate lying inside a not-span of score ``v`` keeps
``score * (1 - v)``; sure not-spans (0.9 or more) over an edge of a candidate trim it ("Dr. Smith"
-> "Smith", "Grafton Hospital" -> "Grafton"). The redactor then drops merged spans below its
``threshold``: a vetoed candidate no other source backs is not redacted.
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from spacy.tokens import Doc

from .labels import COARSE_LABELS, is_phi_label, to_coarse
from .spans import NOT_KEY, REVIEW_KEY, SPAN_KEY, PhiSpan, span_score, span_veto

DEFAULT_LABEL_PRIORITY: List[str] = ["ID", "CONTACT", "DATE", "AGE", "NAME", "LOCATION", "PROFESSION"]
DEFAULT_VETOABLE: List[str] = ["ner", "llm"]
# The label of a merged span comes from the most specific source that found it: rules validate
# what they find, the lexicon saw the context (a title, a facility word), a model guesses.
DEFAULT_LABEL_SOURCES: List[str] = ["rules", "lexicon", "llm", "ner"]
STRONG_CONTEXT = 0.85  # a lexicon or LLM score this high came from strong context (a title, a facility word)
# The lexicon scores a place this high only after a place cue ("sister in Beverly", "daughter from
# Santa Monica"), before a facility word or capitalised in a mixed-case note: its kind of place
# then beats a model's NAME, which reads a first name there ("Beverly" is a given name too).
PLACE_CONTEXT = 0.6
# The lexicon labels a person PATIENT or DOCTOR only from a cue (a title, kin, "X family", a
# credential); a name list alone gives NAME. At PERSON_CONTEXT or more such a person beats a model's
# place (a mention propagated from a cue elsewhere in the note scores a little less).
CONTEXT_PERSON_LABELS = frozenset({"PATIENT", "DOCTOR"})
PERSON_CONTEXT = 0.7

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
    # An NER that writes its own scored spans (source "ner") has its doc.ents there already.
    if use_ents and not any(c.source == "ner" for c in out):
        for ent in doc.ents:
            label = label_map.get(ent.label_, ent.label_)
            if is_phi_label(label):
                out.append(PhiSpan(ent.start_char, ent.end_char, label, "ner", 1.0))
    return out


def model_candidates(
    doc: Doc,
    span_key: str = SPAN_KEY,
    vetoable: Iterable[str] = tuple(DEFAULT_VETOABLE),
    ner_label_map: Optional[Dict[str, str]] = None,
) -> List[Tuple[int, int, str]]:
    """``(start_char, end_char, PHI label)`` of what the statistical sources proposed (the
    entities of an NER, spans of a ``vetoable`` source in ``doc.spans[span_key]``): what the veto
    components weigh. Labels go through ``ner_label_map``; non-PHI entities are left out."""
    label_map = DEFAULT_NER_LABEL_MAP if ner_label_map is None else ner_label_map
    sources = set(vetoable)
    spans = list(doc.ents) + [sp for sp in doc.spans.get(span_key, []) if sp.id_ in sources]
    out = set()
    for sp in spans:
        label = label_map.get(sp.label_, sp.label_)
        if is_phi_label(label):
            out.add((sp.start_char, sp.end_char, label))
    return sorted(out)


# Vetoes that say a candidate is no PHI at all in the notes' language (``phi_word_veto``: "民眾：…還是",
# "Pohlmann erholt"): the vetoed candidate still adds its lowered score to a merged span but no longer
# stretches it. The English lexicon's vetoes (``phi_lexicon``) weigh a guess whose extent may be right
# where its words are ordinary ("Port Briana"), so they keep stretching.
NO_STRETCH_PREFIX = "word_veto."


def apply_vetoes(
    candidates: Iterable[PhiSpan],
    not_spans: Sequence[tuple],
    vetoable: Sequence[str] = tuple(DEFAULT_VETOABLE),
    text: Optional[str] = None,
) -> List[PhiSpan]:
    """Lower the score of candidates of a ``vetoable`` source that lie inside a not-span
    ``(start, end, veto)``: ``score * (1 - veto)`` with the strongest covering veto. Sure
    not-spans over an edge trim the candidate (and the whitespace left at its new edge, given
    ``text``); a split marker (a not-span whose detail starts with ``"split"``, written by
    ``phi_lexicon`` for "Colin Koetz [of] Westfield") strictly inside cuts it in two. Other not-spans
    inside a candidate cut nothing: the veto of one model guess must not open a hole in another
    source's longer span. A candidate under a ``NO_STRETCH_PREFIX`` veto is marked ``vetoed``."""
    vset = set(vetoable)
    out = []
    for c in candidates:
        if c.source in vset and not_spans:
            covering = [ns for ns in not_spans if ns[0] <= c.start and c.end <= ns[1]]
            v = max((ns[2] for ns in covering), default=0.0)
            if v > 0.0:
                whole = any(len(ns) > 3 and str(ns[3]).startswith(NO_STRETCH_PREFIX) for ns in covering)
                c = PhiSpan(c.start, c.end, c.label, c.source, c.score * (1.0 - v), c.uncertain, vetoed=whole)
            else:
                trimmed = _trim(c, not_spans, text)
                if trimmed is not None:
                    out.extend(_split(trimmed, not_spans, text))
                continue
        out.append(c)
    return out


def _split(c: PhiSpan, not_spans: Sequence[tuple], text: Optional[str] = None) -> List[PhiSpan]:
    """Cut ``c`` in two where a split marker lies strictly inside it ("Colin Koetz [of] Westfield": a
    person and the town he comes from, one NER span); the parts keep ``c``'s label and score."""
    cuts = sorted((ns[0], ns[1]) for ns in not_spans
                  if len(ns) > 3 and str(ns[3]).startswith("split") and c.start < ns[0] and ns[1] < c.end)
    if not cuts:
        return [c]
    parts: List[PhiSpan] = []
    start = c.start
    for s, e in cuts + [(c.end, c.end)]:
        if s < start:
            start = max(start, e)
            continue
        a, b = start, s
        if text is not None:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
        if a < b:
            parts.append(PhiSpan(a, b, c.label, c.source, c.score, c.uncertain))
        start = max(start, e)
    return parts


TRIM_VETO = 0.9


def _trim(c: PhiSpan, not_spans: Sequence[tuple], text: Optional[str] = None) -> Optional[PhiSpan]:
    """Cut off the edges of ``c`` that sure not-spans cover ("Dr. Smith" -> "Smith")."""
    start, end = c.start, c.end
    for s, e, v, *_ in not_spans:
        if v < TRIM_VETO:
            continue
        if s <= start < e < end:
            start = e
        elif start < s < end <= e:
            end = s
    if text is not None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if start >= end:
        return None
    if (start, end) == (c.start, c.end):
        return c
    return PhiSpan(start, end, c.label, c.source, c.score, c.uncertain)


def not_spans_of(doc: Doc, not_key: Optional[str] = NOT_KEY) -> List[tuple]:
    """``(start_char, end_char, veto, detail)`` of the negative evidence on the doc (``detail``:
    what wrote it, e.g. ``"veto.NAME"``, ``"trim.NAME"``, ``"split.NAME"``; may be None)."""
    if not not_key or not_key not in doc.spans:
        return []
    return [(s.start_char, s.end_char, span_veto(s), s._.phi_veto_detail) for s in doc.spans[not_key]]


def combine_scores(cluster: Sequence[PhiSpan]) -> float:
    """Noisy-or over sources of each source's best score."""
    best: Dict[str, float] = {}
    for s in cluster:
        best[s.source] = max(best.get(s.source, 0.0), float(s.score))
    miss = 1.0
    for v in best.values():
        miss *= 1.0 - min(1.0, max(0.0, v))
    return 1.0 - miss


def _rank(label_priority: Sequence[str]) -> Dict[str, int]:
    unknown = [c for c in label_priority if c not in COARSE_LABELS]
    if unknown:
        raise ValueError(f"label_priority holds unknown coarse labels: {unknown}")
    rank = {c: i for i, c in enumerate(label_priority)}
    for c in COARSE_LABELS:  # categories left out of the list rank last, in scheme order
        rank.setdefault(c, len(rank))
    return rank


def merge_spans(
    candidates: Iterable[PhiSpan], label_priority: Optional[Sequence[str]] = None,
    label_sources: Optional[Sequence[str]] = None,
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
    src_rank = {src: i for i, src in enumerate(label_sources if label_sources is not None else DEFAULT_LABEL_SOURCES)}
    for cluster in clusters:
        top = max(s.score for s in cluster)
        voters = [s for s in cluster if s.score >= 0.5 * top]  # a vetoed guess does not name the span

        def key(s: PhiSpan) -> tuple:
            # 0: a rule (validated: a phone stays a phone when an NER calls it an ID); 1: another
            # source that saw strong context (the lexicon's "Dr." or facility word: "Grafton" before
            # "Hospital" is a place); 2: the lexicon's place after a place cue or person by a cue; 3: models, then weak
            # context ("Port Briana" is a place even if "Briana" is a first name); then the label priority
            sources = s.source.split("+")
            src = min((src_rank.get(x, len(src_rank)) for x in sources), default=len(src_rank))
            if "rules" in sources:
                # a rule below strong context (a month alone, "APRIL") yields to strong context that
                # holds it and names more ("APRIL SALINAS, RN" is a nurse; "Williams" in a street
                # the rule found stays the street's)
                tier = 1.5 if s.score < STRONG_CONTEXT and any(_strong_around(v, s) for v in voters) else 0
            elif _strong_context(s):
                tier = 1
            elif "ner" not in sources and "lexicon" in sources and (
                    (to_coarse(s.label) == "LOCATION" and s.score >= PLACE_CONTEXT)
                    or (s.label in CONTEXT_PERSON_LABELS and s.score >= PERSON_CONTEXT)):
                # a place after its cue, a person by a cue ("Kipkorir family"): over a model's guess,
                # under strong context (a deny list's label)
                tier = 2
            else:
                tier = 3
            model_first = 0 if tier == 3 and "ner" in sources else src
            return (tier, model_first, rank[to_coarse(s.label)], -(s.end - s.start), -s.score)

        best = min(voters, key=key)
        label = best.label
        if label in COARSE_LABELS:
            # the category came from a model; a voter of the same category that knows the kind
            # (the lexicon's COUNTRY, STREET, HOSPITAL) names it, so that surrogates keep the kind
            finer = [s for s in voters if s.label not in COARSE_LABELS and to_coarse(s.label) == label]
            if finer:
                label = max(finer, key=lambda s: (s.score, s.end - s.start)).label
        sources = sorted({src for s in cluster for src in s.source.split("+")})
        # a guess vetoed as no PHI does not stretch the span either ("病人：…還是廚師", a vetoed model
        # span around a rule's "廚師"), unless every candidate of the cluster was vetoed
        reach = [s for s in cluster if not s.vetoed] or cluster
        merged.append(
            PhiSpan(
                start=min(s.start for s in reach),
                end=max(s.end for s in reach),
                label=label,
                source="+".join(sources),
                score=round(combine_scores(cluster), 6),
                uncertain=all(s.uncertain for s in cluster),
            )
        )
    return merged


def _strong_context(span: PhiSpan) -> bool:
    """A source other than a model or a rule saw strong context ("Dr.", a credential, a facility word)."""
    sources = span.source.split("+")
    return "ner" not in sources and "rules" not in sources and span.score >= STRONG_CONTEXT


def _strong_around(outer: PhiSpan, inner: PhiSpan) -> bool:
    """``outer`` saw strong context, holds ``inner`` and reaches past it."""
    return (_strong_context(outer) and outer.start <= inner.start and inner.end <= outer.end
            and outer.end - outer.start > inner.end - inner.start)


def merge_doc(
    doc: Doc,
    span_key: str = SPAN_KEY,
    review_key: Optional[str] = REVIEW_KEY,
    use_ents: bool = True,
    ner_label_map: Optional[Dict[str, str]] = None,
    label_priority: Optional[Sequence[str]] = None,
    not_key: Optional[str] = NOT_KEY,
    vetoable: Sequence[str] = tuple(DEFAULT_VETOABLE),
    text: Optional[str] = None,
) -> List[PhiSpan]:
    """The final PHI spans of a doc: collect every candidate, weigh vetoes, then merge
    (``text``: ``doc.text``, when the caller has it already)."""
    cands = collect_candidates(doc, span_key, review_key, use_ents, ner_label_map)
    text = doc.text if text is None else text
    cands = apply_vetoes(cands, not_spans_of(doc, not_key), vetoable, text)
    return merge_spans(cut_at_rules(cands, vetoable, text), label_priority)


_EDGE = " \t\n,;:-/"


def cut_at_rules(candidates: Sequence[PhiSpan], vetoable: Sequence[str] = tuple(DEFAULT_VETOABLE),
                 text: Optional[str] = None) -> List[PhiSpan]:
    """Cut a model's span where a rule's span of another category begins inside it (or ends inside
    it, for a rule over its start) (pure function): the NER's "Hoffmann, Cora - 72 yo" around the
    age rule's "72" becomes "Hoffmann, Cora" and "72 yo"; the first is a name of its own, the second
    merges with the age, so the name is not labelled (and replaced) as an age. Every character stays
    in a piece (separators at the cut, and a piece without a letter or digit, aside): nothing any
    source flagged that could be PHI is dropped."""
    rules = [c for c in candidates if "rules" in c.source.split("+")]
    if not rules:
        return list(candidates)
    out: List[PhiSpan] = []
    for c in candidates:
        sources = c.source.split("+")
        if "rules" in sources or not set(sources) & set(vetoable):
            out.append(c)
            continue
        cuts = set()
        for r in rules:
            if r.start < c.end and c.start < r.end and to_coarse(r.label) != to_coarse(c.label):
                if r.start > c.start:
                    cuts.add(r.start)
                elif r.end < c.end:
                    cuts.add(r.end)
        if not cuts:
            out.append(c)
            continue
        bounds = [c.start] + sorted(cuts) + [c.end]
        for a, b in zip(bounds, bounds[1:]):
            if text is not None:
                while a < b and text[a] in _EDGE:
                    a += 1
                while b > a and text[b - 1] in _EDGE:
                    b -= 1
            if a < b and (text is None or any(ch.isalnum() for ch in text[a:b])):  # "#" of "#54321" holds nothing
                out.append(PhiSpan(a, b, c.label, c.source, c.score, c.uncertain, c.vetoed))
    return out


# Sources whose labels come from a model alone (no rule or context cue behind them).
MODEL_SOURCES = frozenset({"ner", "llm"})


def model_alone(span: PhiSpan) -> bool:
    """Whether only models found ``span`` (its merged source names no rule, lexicon or cue)."""
    return set(span.source.split("+")) <= MODEL_SOURCES


def _surface_key(text: str) -> str:
    return " ".join(text.casefold().split())


def harmonise_labels(text: str, spans: Sequence[PhiSpan]) -> List[PhiSpan]:
    """One label per person or place in a note (pure function). The models sometimes call one
    mention of a name a place ("Begoña Arrieta Salcedo" a PATIENT, a later "Arrieta" a
    LOCATION_OTHER); the mentions then got surrogates of different kinds. Among NAME and LOCATION
    spans: spans with the same text take the label with the highest total score (a name on a tie);
    a one-word place that is a word of a multi-word name of the note takes that name's label.
    Only labels that a model alone gave (``ner``, ``llm``) change: a rule's or the lexicon's label
    came from context ("Harbor" before "Hospital") and stays. Which spans are PHI never changes."""
    confusable = ("NAME", "LOCATION")
    movable = [model_alone(s) for s in spans]
    groups: Dict[str, List[int]] = {}
    for i, s in enumerate(spans):
        if to_coarse(s.label) in confusable:
            groups.setdefault(_surface_key(text[s.start:s.end]), []).append(i)
    labels = [s.label for s in spans]
    for idx in groups.values():
        if len({labels[i] for i in idx}) > 1:
            totals: Dict[str, float] = {}
            for i in idx:
                totals[labels[i]] = totals.get(labels[i], 0.0) + spans[i].score
            best = max(totals, key=lambda lb: (round(totals[lb], 6), to_coarse(lb) == "NAME"))
            for i in idx:
                if movable[i]:
                    labels[i] = best
    name_words: Dict[str, str] = {}
    for i, s in enumerate(spans):
        words = text[s.start:s.end].replace(",", " ").split()
        if to_coarse(labels[i]) == "NAME" and len(words) > 1:
            for w in words:
                name_words.setdefault(w.casefold(), labels[i])
    for i, s in enumerate(spans):
        surface = text[s.start:s.end]
        if movable[i] and to_coarse(labels[i]) == "LOCATION" and " " not in surface.strip() and surface.casefold() in name_words:
            labels[i] = name_words[surface.casefold()]
    return [s if s.label == lb else PhiSpan(s.start, s.end, lb, s.source, s.score, s.uncertain)
            for s, lb in zip(spans, labels)]
