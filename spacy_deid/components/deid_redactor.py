"""``deid_redactor``: merges every PHI source on the Doc and writes the de-identified text.

Sets ``doc._.phi`` (final merged spans), ``doc._.deidentified`` (the output text) and
``doc._.deid_offsets`` (an OffsetMap from output back to input). Detection happens upstream;
transformation is the pure function ``spacy_deid.redaction.redact_text``.
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Dict, List, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..encryption import derive_key
from ..merge import DEFAULT_LABEL_PRIORITY, DEFAULT_NER_LABEL_MAP, DEFAULT_VETOABLE, harmonise_labels, merge_doc
from ..operators import OperatorContext, get_operator
from ..pipelines import find_component
from ..offsets import OffsetMap
from ..redaction import RedactionResult, RedactionSettings, policy_spans, redact_text
from ..spans import NOT_KEY, REVIEW_KEY, SPAN_KEY, PhiSpan, doc_text, drop_text_cache
from ._key_warning import warn_key_in_config

if not Doc.has_extension("deidentified"):
    Doc.set_extension("deidentified", default=None)
if not Doc.has_extension("deid_offsets"):
    # an OffsetMap, kept in user_data as plain lists so that Docs serialise
    Doc.set_extension("deid_offsets_data", default=None)
    Doc.set_extension("deid_offsets", getter=OffsetMap.from_doc_data, setter=OffsetMap.to_doc_data)


class DeidRedactor:
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        mode: str,
        operators: Dict[str, str],
        age_policy: str,
        span_key: str,
        review_key: Optional[str],
        redact_uncertain: bool,
        use_ents: bool,
        ner_label_map: Dict[str, str],
        label_priority: List[str],
        tag_format: str,
        tag_level: str,
        mask_char: str,
        hash_key: Optional[str],
        key_env: str,
        surrogate_component: Optional[str],
        threshold: float = 0.5,
        not_key: Optional[str] = NOT_KEY,
        vetoable_sources: Sequence[str] = tuple(DEFAULT_VETOABLE),
        allow_list: Sequence[str] = (),
        encrypt_key_env: str = "SPACY_DEID_ENCRYPT_KEY",
        model_alone_names: bool = True,
        place_policy: str = "all",
    ):
        self.nlp = nlp
        self.name = name
        self.settings = RedactionSettings(
            mode=mode, operators=dict(operators), age_policy=age_policy,
            redact_uncertain=redact_uncertain, threshold=threshold, allow_list=frozenset(allow_list),
            model_alone_names=bool(model_alone_names), place_policy=place_policy,
        )
        if tag_level not in ("fine", "coarse"):
            raise ValueError(f"tag_level must be 'fine' or 'coarse', not {tag_level!r}")
        if "{label}" not in tag_format:
            raise ValueError("tag_format must contain '{label}'")
        if len(mask_char) != 1:
            raise ValueError("mask_char must be a single character")
        self.span_key = span_key
        self.review_key = review_key
        self.use_ents = use_ents
        self.ner_label_map = dict(ner_label_map)
        self.label_priority = list(label_priority)
        self.not_key = not_key
        self.vetoable_sources = list(vetoable_sources)
        if hash_key:
            warn_key_in_config(name, "hash_key", key_env)
        key = hash_key or os.environ.get(key_env) or None
        self.encrypt_key_env = encrypt_key_env
        self._ctx = OperatorContext(
            tag_format=tag_format, tag_level=tag_level, mask_char=mask_char,
            hash_key=key.encode("utf-8") if key else None,
            encrypt_key=self._encrypt_key(self.settings),
        )
        self.surrogate_component = surrogate_component
        # Fail at construction, not mid-batch, when a configured operator lacks what it needs.
        _check_keys(self.settings, self._ctx)

    def _encrypt_key(self, settings: RedactionSettings) -> Optional[bytes]:
        """The encryption key, derived only when ``settings`` use the encrypt operator."""
        secret = os.environ.get(self.encrypt_key_env) if self.encrypt_key_env else None
        return derive_key(secret) if secret and "encrypt" in settings.operator_names() else None

    def with_operators(self, mode: Optional[str] = None,
                       operators: Optional[Dict[str, str]] = None) -> RedactionSettings:
        """This component's settings with another ``mode`` and/or more ``operators`` (a caller's
        choice, e.g. one service request); the policies (threshold, ages, allow list) stay."""
        ops = {**self.settings.operators, **(operators or {})}
        return replace(self.settings, mode=mode or self.settings.mode, operators=ops)

    def _surrogate_component(self, settings: Optional[RedactionSettings] = None):
        """The pipeline's ``surrogate_generator`` if a surrogate operator is configured."""
        if "surrogate" not in (settings or self.settings).operator_names():
            return None
        name = self.surrogate_component or find_component(self.nlp, "surrogate_generator")
        if name is None or name not in self.nlp.component_names:
            get_operator("surrogate").check(self._ctx)  # raises the clear error
        return self.nlp.get_pipe(name)

    def context(self, group: Optional[str], lang: str,
                settings: Optional[RedactionSettings] = None) -> OperatorContext:
        """The operators' context for ``settings`` (default: this component's); raises a clear
        error when an operator they name lacks its key or the surrogate component."""
        comp = self._surrogate_component(settings)
        ctx = replace(self._ctx, surrogates=comp.generator if comp else None, group=group, lang=lang)
        if settings is not None and settings is not self.settings:
            ctx = replace(ctx, encrypt_key=self._encrypt_key(settings))
            _check_keys(settings, ctx)
        return ctx

    def group_for(self, doc: Doc) -> Optional[str]:
        """``doc._.deid_group``, else the group the surrogate component reads from the doc's meta."""
        comp = self._surrogate_component()
        if comp is not None and hasattr(comp, "group_for"):
            return comp.group_for(doc)
        return doc._.deid_group

    def detect(self, doc: Doc, text: Optional[str] = None) -> List[PhiSpan]:
        """All merged PHI candidates of a processed doc, before policies (see ``phi``), with
        fine labels from the pipeline's ``phi_fine_labels`` where a source named only the category."""
        spans = merge_doc(
            doc, self.span_key, self.review_key, self.use_ents, self.ner_label_map,
            self.label_priority, self.not_key, self.vetoable_sources, text,
        )
        labeler = find_component(self.nlp, "phi_fine_labels")
        return self.nlp.get_pipe(labeler).refine(doc, spans, text) if labeler is not None else spans

    def phi(self, text: str, spans: Sequence[PhiSpan]) -> List[PhiSpan]:
        """The merged spans that are PHI under this component's policies (``threshold``,
        ``age_policy``, ``redact_uncertain``): what ``doc._.phi`` holds and what gets replaced, with
        one label per person or place (``harmonise_labels``, among these spans only)."""
        return harmonise_labels(text, policy_spans(text, spans, self.settings))

    def redact(
        self, text: str, spans: Sequence[PhiSpan], group: Optional[str] = None, lang: str = "en",
        settings: Optional[RedactionSettings] = None,
    ) -> RedactionResult:
        """Apply this component's operators (or those of ``settings``, see ``with_operators``)
        to any text and its (merged) spans."""
        settings = settings or self.settings
        return redact_text(text, spans, settings, self.context(group, lang, settings))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        drop_text_cache(doc)
        spans = self.phi(text, self.detect(doc, text))
        result = self.redact(text, spans, self.group_for(doc), doc.lang_)
        doc._.phi = spans
        doc._.deidentified = result.text
        doc._.deid_offsets = result.offset_map
        return doc


def _check_keys(settings: RedactionSettings, ctx: OperatorContext) -> None:
    """Raise the operator's clear error when ``settings`` use hash or encrypt without its key."""
    for needs_key in ("hash", "encrypt"):
        if needs_key in settings.operator_names():
            get_operator(needs_key).check(ctx)


@Language.factory(
    "deid_redactor",
    default_config={
        "mode": "tag",
        "operators": {},
        "age_policy": "all",
        "span_key": SPAN_KEY,
        "review_key": REVIEW_KEY,
        "redact_uncertain": True,
        "use_ents": True,
        "ner_label_map": DEFAULT_NER_LABEL_MAP,
        "label_priority": DEFAULT_LABEL_PRIORITY,
        "tag_format": "[{label}]",
        "tag_level": "fine",
        "mask_char": "*",
        "hash_key": None,
        "key_env": "SPACY_DEID_KEY",
        "surrogate_component": None,
        "threshold": 0.5,
        "not_key": NOT_KEY,
        "vetoable_sources": DEFAULT_VETOABLE,
        "allow_list": [],
        "encrypt_key_env": "SPACY_DEID_ENCRYPT_KEY",
        "model_alone_names": True,
        "place_policy": "all",
    },
)
def make_deid_redactor(
    nlp: Language,
    name: str,
    mode: str,
    operators: Dict[str, str],
    age_policy: str,
    span_key: str,
    review_key: Optional[str],
    redact_uncertain: bool,
    use_ents: bool,
    ner_label_map: Dict[str, str],
    label_priority: List[str],
    tag_format: str,
    tag_level: str,
    mask_char: str,
    hash_key: Optional[str],
    key_env: str,
    surrogate_component: Optional[str],
    threshold: float,
    not_key: Optional[str],
    vetoable_sources: List[str],
    allow_list: List[str],
    encrypt_key_env: str,
    model_alone_names: bool = True,
    place_policy: str = "all",
) -> DeidRedactor:
    return DeidRedactor(
        nlp, name, mode=mode, operators=operators, age_policy=age_policy, span_key=span_key,
        review_key=review_key, redact_uncertain=redact_uncertain, use_ents=use_ents,
        ner_label_map=ner_label_map, label_priority=label_priority, tag_format=tag_format,
        tag_level=tag_level, mask_char=mask_char, hash_key=hash_key, key_env=key_env,
        surrogate_component=surrogate_component, threshold=threshold, not_key=not_key,
        vetoable_sources=vetoable_sources, allow_list=allow_list, encrypt_key_env=encrypt_key_env,
        model_alone_names=model_alone_names, place_policy=place_policy,
    )
