"""Load a de-identification pipeline by name: ``rules``, ``default``, a package or a path."""
from __future__ import annotations

from typing import Any, Dict, Optional

import spacy
from spacy.language import Language

REDACTOR_FACTORY = "deid_redactor"


def rules_pipeline(lang: str = "en", redactor_config: Optional[Dict[str, Any]] = None) -> Language:
    """A blank pipeline with the rule component and the redactor: no model needed."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe(REDACTOR_FACTORY, config=redactor_config or {})
    return nlp


def lexicon_pipeline(lang: str = "en", redactor_config: Optional[Dict[str, Any]] = None) -> Language:
    """A blank pipeline with the rules, the lexicon finders and the redactor: no trained model."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_lexicon")
    nlp.add_pipe(REDACTOR_FACTORY, config=redactor_config or {})
    return nlp


def load_pipeline(name: str = "default", lang: str = "en") -> Language:
    """``rules``: rules only; ``lexicon``: rules and lexicon finders, no model; ``default``: the
    shipped trained pipeline of ``lang`` (English; Spanish for ``es``; Chinese for ``zh``; the
    multilingual one for ``MULTI_LANGS``; for the rest the English one with the rules of ``lang``: month names, national
    IDs, phone region); anything else goes to ``spacy.load`` (package name or path), and
    the rules, lexicon and redactor are added to it when it lacks them (its NER counts as a
    source through the redactor's label map)."""
    if name == "rules":
        return rules_pipeline(lang)
    if name == "lexicon":
        return lexicon_pipeline(lang)
    from .models import add_deid_components, load_default, model_lang

    if name == "default":
        if model_lang(lang) is not None:
            return load_default(lang=lang)
        # no model of its own: the English one, with the rules of the notes' language
        return load_default(lang="en", rules_config={"lang": lang})
    nlp = spacy.load(name)
    nlp = add_deid_components(nlp, lexicon=nlp.lang == "en", fine_labels=nlp.lang == "en")
    if nlp.lang == "xx":  # a multilingual model: its rules read the notes' language
        set_notes_language(nlp, lang)
    return nlp


def set_notes_language(nlp: Language, lang: str) -> None:
    """Make the language-aware components of ``nlp`` read notes in ``lang``: ``phi_patterns``
    (month names, national IDs, phone region) is rebuilt in place with its other settings kept,
    and ``phi_word_veto`` is added (or rebuilt) for the language's everyday words."""
    from .components import phi_word_veto  # noqa: F401  (registers the factory)

    rules = find_component(nlp, "phi_patterns")
    if rules is not None and getattr(nlp.get_pipe(rules), "lang", None) != lang:
        config = dict(nlp.config["components"][rules])
        config.pop("factory", None)
        nlp.replace_pipe(rules, "phi_patterns", config={**config, "lang": lang})
    veto = find_component(nlp, "phi_word_veto")
    if veto is None:
        redactor = find_redactor(nlp)
        nlp.add_pipe("phi_word_veto", config={"lang": lang}, **({"before": redactor} if redactor else {}))
    elif nlp.get_pipe(veto).lang != lang:
        config = dict(nlp.config["components"][veto])
        config.pop("factory", None)
        nlp.replace_pipe(veto, "phi_word_veto", config={**config, "lang": lang})


def find_component(nlp: Language, factory: str) -> Optional[str]:
    """Name of the pipeline's first component made by ``factory``, if any."""
    return next((n for n in nlp.component_names if nlp.get_pipe_meta(n).factory == factory), None)


def notes_language(nlp: Language) -> str:
    """The language of the notes a pipeline reads: its rules' ``lang`` setting when it has one (a
    multilingual "xx" pipeline set up for German notes reads German), else ``nlp.lang``. Surrogates
    are written in this language."""
    rules = find_component(nlp, "phi_patterns")
    lang = getattr(nlp.get_pipe(rules), "lang", None) if rules is not None else None
    return lang or nlp.lang


def find_redactor(nlp: Language) -> Optional[str]:
    """Name of the pipeline's ``deid_redactor`` component, if any."""
    return find_component(nlp, REDACTOR_FACTORY)


def configure_redactor(nlp: Language, **overrides: Any) -> str:
    """Add or re-create the pipeline's redactor with config ``overrides`` (the spaCy way:
    the component is rebuilt from its merged config). Returns its name."""
    name = find_redactor(nlp)
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if name is None:
        nlp.add_pipe(REDACTOR_FACTORY, config=overrides)
        return REDACTOR_FACTORY
    if overrides:
        config = dict(nlp.config["components"][name])
        config.pop("factory", None)
        config.update(overrides)
        nlp.replace_pipe(name, REDACTOR_FACTORY, config=config)
    return name


def ensure_surrogate_generator(nlp: Language, random_per_run: bool = False) -> None:
    """Add a ``surrogate_generator`` before the redactor unless the pipeline has one (it builds its
    generator on first use, so a pipeline without a key still loads)."""
    if find_component(nlp, "surrogate_generator") is None:
        nlp.add_pipe("surrogate_generator", before=find_redactor(nlp), config={"random_per_run": random_per_run})
