"""The default pipeline shipped with spacy-deid: the trained CNN NER plus the rule and redactor components.

The NER model (``deid_cnn_en/``, a few MB) is package data, so ``load_default()`` works right
after ``pip install`` with no training or download. It is rebuilt by ``spacy project run all``
(see ``deid_cnn_en/README.md`` for the seed and settings).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional, Union

import spacy
from spacy.language import Language

DEFAULT_MODEL_NAME = "deid_cnn_en"
DEFAULT_MODEL_DIR = Path(__file__).parent / DEFAULT_MODEL_NAME
# The shipped NER model of each language, and the project workflow that rebuilds it.
LANG_MODELS = {"en": (DEFAULT_MODEL_NAME, "all"), "es": ("deid_cnn_es", "all-es"), "xx": ("deid_cnn_multi", "all-multi"),
               "zh": ("deid_cnn_zh", "all-zh")}
# Languages read by the multilingual model ("xx"), trained on synthetic notes of each
# (spacy_deid/synth/<lang>/).
MULTI_LANGS = ("de", "fr", "it", "ro", "tr", "ar")
# Languages whose shipped model is a multi-language ("xx") pipeline, whose rules and word veto are
# set to the notes' language: the multilingual model's, and Chinese (Chinese-English code-mixed
# notes included), which has a model of its own with the same architecture and tokenizer.
XX_LANGS = MULTI_LANGS + ("zh",)


def model_lang(lang: str) -> Optional[str]:
    """The shipped model that reads notes in ``lang``: its own, the multilingual one, or None."""
    if lang in LANG_MODELS:
        return lang
    return "xx" if lang in MULTI_LANGS else None


def default_model_path(lang: str = "en") -> Path:
    """Folder of the shipped NER pipeline of ``lang`` (raises FileNotFoundError when it is
    missing, ValueError for a language without one)."""
    if lang not in LANG_MODELS:
        raise ValueError(f"no shipped model for language {lang!r}; one of {sorted(LANG_MODELS)}")
    name, workflow = LANG_MODELS[lang]
    path = Path(__file__).parent / name
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(
            f"the default model is missing from {path}; rebuild it with `spacy project run {workflow}`"
        )
    return path


def add_deid_components(
    nlp: Language,
    rules: bool = True,
    redactor: bool = True,
    rules_config: Optional[Dict[str, Any]] = None,
    redactor_config: Optional[Dict[str, Any]] = None,
    lexicon: bool = True,
    lexicon_config: Optional[Dict[str, Any]] = None,
    fine_labels: bool = True,
    word_veto_config: Optional[Dict[str, Any]] = None,
) -> Language:
    """Append ``phi_patterns`` (rules), ``phi_lexicon`` (names, places, vetoes of implausible NER
    candidates), ``phi_fine_labels`` (PATIENT or DOCTOR, CITY or STREET... for what the NER names
    by category), ``phi_word_veto`` (when ``word_veto_config`` is given: everyday words of another
    language are no name) and ``deid_redactor`` to a trained NER pipeline, once each. The CPU
    models multiply through numpy's BLAS (``ml/cpu_ops.py``)."""
    from .. import components  # noqa: F401  (registers the factories without entry points)
    from ..components import deid_redactor, phi_fine_labels, phi_lexicon, phi_patterns, phi_word_veto  # noqa: F401

    factories = {nlp.get_pipe_meta(n).factory for n in nlp.pipe_names}
    if rules and "phi_patterns" not in factories:
        nlp.add_pipe("phi_patterns", config=rules_config or {})
    if lexicon and "phi_lexicon" not in factories:
        nlp.add_pipe("phi_lexicon", config=lexicon_config or {})
    if fine_labels and "phi_fine_labels" not in factories:
        nlp.add_pipe("phi_fine_labels")
    if word_veto_config is not None and "phi_word_veto" not in factories:
        nlp.add_pipe("phi_word_veto", config=word_veto_config)
    if redactor and "deid_redactor" not in factories:
        nlp.add_pipe("deid_redactor", config=redactor_config or {})
    from ..ml.cpu_ops import pipeline_models, use_numpy_blas

    use_numpy_blas(pipeline_models(nlp))  # numpy's BLAS, not blis: ml/cpu_ops.py
    return nlp


def load_default(
    path: Optional[Union[str, Path]] = None,
    rules: bool = True,
    redactor: bool = True,
    rules_config: Optional[Dict[str, Any]] = None,
    redactor_config: Optional[Dict[str, Any]] = None,
    lexicon: bool = True,
    lexicon_config: Optional[Dict[str, Any]] = None,
    fine_labels: bool = True,
    lang: str = "en",
    **load_kwargs: Any,
) -> Language:
    """The default de-identification pipeline: NER (``path`` or the shipped model) + rules +
    lexicon + fine labels + redactor. ``lang="es"``: the Spanish model (trained on MEDDOCAN, fine
    labels of its own) + rules + redactor; the lexicon and the fine-label model are English.
    A language of ``XX_LANGS`` (or ``"xx"``): the multilingual model (Chinese: the Chinese one), whose rules read the
    notes as ``lang`` (month names, national IDs, phone region), and ``phi_word_veto`` (everyday
    words of ``lang`` are no name or place).

    ``path`` may be any trained NER pipeline folder or package name (e.g. the transformer model
    of ``spacy project run all-trf``); ``load_kwargs`` go to ``spacy.load``.
    """
    nlp = spacy.load(path if path is not None else default_model_path(model_lang(lang) or lang), **load_kwargs)
    word_veto = None
    # the multilingual model: its rules and vetoes read the notes' language; without one (the
    # default "en", e.g. scripts/assemble_pipeline.py) its rules read every language's month names
    if nlp.lang == "xx" and lang not in ("xx", "en"):
        rules_config = {"lang": lang, **(rules_config or {})}
        word_veto = {"lang": lang}
    english = nlp.lang == "en"
    return add_deid_components(nlp, rules, redactor, rules_config, redactor_config, lexicon and english,
                               lexicon_config, fine_labels and english, word_veto)


__all__ = ["DEFAULT_MODEL_DIR", "LANG_MODELS", "MULTI_LANGS", "XX_LANGS", "add_deid_components", "default_model_path", "load_default",
           "model_lang"]
