"""Redaction as a pure function of (text, spans, settings).

``deid_redactor`` and the CLI both call :func:`redact_text`; nothing here detects PHI.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Sequence

from .labels import FINE_LABELS, is_phi_label, to_coarse
from .merge import model_alone
from .offsets import OffsetMap, Segment
from .operators import OperatorContext, get_operator
from .recognizers.ages import age_value
from .spans import PhiSpan, text_key

AGE_POLICIES = ("all", "over_89")
PLACE_POLICIES = ("all", "below_state")


@dataclass(frozen=True)
class RedactionSettings:
    """Which operator applies to which label, and the policies around them.

    ``operators`` maps a fine or coarse label to an operator name; a fine label wins over its
    coarse category, which wins over ``mode``. ``age_policy="over_89"`` keeps ages of 89 and
    under (HIPAA Safe Harbor only requires ages over 89 to go); the default ``"all"`` replaces
    every age. ``threshold``: merged spans scoring below it are left as they are (the operating
    point between recall and precision; ``spacy-deid evaluate`` shows both across thresholds);
    spans marked uncertain (for review) are redacted or not by ``redact_uncertain`` alone.
    ``allow_list``: texts that are never PHI whatever found them (compared without case and extra
    spaces, the whole span: "Parkinson" allows the span "Parkinson", not "Dr. Parkinson").
    ``model_alone_names``: names and places that a statistical model alone found (``ner``,
    ``llm``; no rule, list or context cue agreeing) are PHI (the default). False leaves them: an
    operating point for real notes whose names are in the lists or have a cue (on PhysioNet's
    design half, every such span was a false alarm), at the cost of names and places in no list
    and with no cue, which the model alone finds on other notes.
    ``place_policy="below_state"`` keeps states and countries (spans labelled STATE or COUNTRY):
    HIPAA Safe Harbor requires only geographic subdivisions smaller than a state to go, while our
    label scheme, and the default ``"all"``, count them as PHI.
    """

    mode: str = "tag"
    operators: Dict[str, str] = field(default_factory=dict)
    age_policy: str = "all"
    redact_uncertain: bool = True
    threshold: float = 0.5
    allow_list: FrozenSet[str] = frozenset()  # span texts that are never PHI (``text_key`` form)
    model_alone_names: bool = True
    place_policy: str = "all"

    def __post_init__(self) -> None:
        object.__setattr__(self, "allow_list", frozenset(text_key(t) for t in self.allow_list if text_key(t)))
        get_operator(self.mode)
        for label, op in self.operators.items():
            if not is_phi_label(label):
                raise ValueError(f"operators: unknown label {label!r}")
            get_operator(op)
        if self.age_policy not in AGE_POLICIES:
            raise ValueError(f"age_policy must be one of {AGE_POLICIES}, not {self.age_policy!r}")
        if self.place_policy not in PLACE_POLICIES:
            raise ValueError(f"place_policy must be one of {PLACE_POLICIES}, not {self.place_policy!r}")
        if not 0.0 <= float(self.threshold) <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {self.threshold!r}")

    def operator_for(self, label: str) -> str:
        if label in self.operators:
            return self.operators[label]
        return self.operators.get(to_coarse(label), self.mode)

    def operator_names(self) -> List[str]:
        return sorted({self.mode, *self.operators.values()})


@dataclass
class RedactionResult:
    text: str
    offset_map: OffsetMap
    spans: List[PhiSpan]  # the replaced spans, in OUTPUT offsets (label, source, score kept)


def _keeps(span: PhiSpan, text: str, settings: RedactionSettings) -> bool:
    if settings.allow_list and text_key(text[span.start : span.end]) in settings.allow_list:
        return True  # the user's allow list: this text is never PHI
    if span.uncertain:  # flagged for review: ``redact_uncertain`` decides, not the threshold
        if not settings.redact_uncertain:
            return True
    elif span.score < settings.threshold:
        return True
    if not settings.model_alone_names and model_alone(span) and to_coarse(span.label) in ("NAME", "LOCATION"):
        return True
    if settings.place_policy == "below_state" and span.label in ("STATE", "COUNTRY"):
        return True
    if settings.age_policy == "over_89" and to_coarse(span.label) == "AGE":
        value = age_value(text[span.start : span.end])
        return value is not None and value <= 89
    return False


def policy_spans(text: str, spans: Sequence[PhiSpan], settings: RedactionSettings) -> List[PhiSpan]:
    """The spans that count as PHI under the settings' policies (the rest are left as they are)."""
    return [s for s in spans if not _keeps(s, text, settings)]


def redact_text(
    text: str,
    spans: Sequence[PhiSpan],
    settings: RedactionSettings,
    ctx: OperatorContext = OperatorContext(),
) -> RedactionResult:
    """Replace every span of ``spans`` (sorted, non-overlapping) by its operator's output."""
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end:
            raise ValueError("redact_text needs non-overlapping spans; merge them first")
    if ordered and (ordered[0].start < 0 or ordered[-1].end > len(text)):
        raise ValueError("A span lies outside the text")
    # Group spans by operator, so that an operator sees all of its spans at once (surrogates
    # link name variants across the whole document).
    by_op: Dict[str, List[int]] = {}
    for i, s in enumerate(ordered):
        name = "keep" if _keeps(s, text, settings) else settings.operator_for(s.label)
        by_op.setdefault(name, []).append(i)
    replacement: List[str] = [""] * len(ordered)
    for name, idxs in by_op.items():
        op = get_operator(name)
        outs = op.apply(text, [ordered[i] for i in idxs], ctx)
        if len(outs) != len(idxs):
            raise RuntimeError(f"Operator {name!r} returned {len(outs)} values for {len(idxs)} spans")
        for i, value in zip(idxs, outs):
            replacement[i] = value
    pieces: List[str] = []
    segments: List[Segment] = []
    out_spans: List[PhiSpan] = []
    pos = out = 0
    for span, value in zip(ordered, replacement):
        if span.start > pos:
            pieces.append(text[pos : span.start])
            segments.append(Segment(out, out + span.start - pos, pos, span.start, False))
            out += span.start - pos
        pieces.append(value)
        segments.append(Segment(out, out + len(value), span.start, span.end, True))
        if value:
            out_spans.append(
                PhiSpan(out, out + len(value), span.label, span.source, span.score, span.uncertain)
            )
        out += len(value)
        pos = span.end
    if pos < len(text):
        pieces.append(text[pos:])
        segments.append(Segment(out, out + len(text) - pos, pos, len(text), False))
    return RedactionResult("".join(pieces), OffsetMap(segments), out_spans)
