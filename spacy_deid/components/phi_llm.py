"""``phi_llm``: a spacy-llm ``llm`` component preset for PHI (``spacy_deid.PHI.v1`` task).

Local-first defaults: the in-process llama.cpp backend with the default GGUF model, and no
prompt cache on disk (spacy-llm's cache would write clinical text to disk): a ``cache_path``
is accepted only together with ``allow_disk_cache = true``. Add it after the NER and
``phi_patterns`` (routing reads their spans) and before ``deid_redactor``::

    nlp.add_pipe("phi_llm", before="deid_redactor",
                 config={"task": {"@llm_tasks": "spacy_deid.PHI.v1",
                                  "router": {"@llm_misc": "spacy_deid.RouteUncertain.v1"}}})
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from spacy.language import Language
from spacy_llm.cache import BatchCache
from spacy_llm.pipeline.llm import make_llm

from .. import llm as _llm  # noqa: F401  (registers the task, routers and models)
from ..llm.models.chat import ChatModel

DEFAULT_TASK = {"@llm_tasks": "spacy_deid.PHI.v1"}
DEFAULT_MODEL = {"@llm_models": "spacy_deid.LlamaCpp.v1"}


@Language.factory(
    "phi_llm",
    assigns=["doc.spans"],
    default_config={
        "task": DEFAULT_TASK,
        "model": DEFAULT_MODEL,
        "cache_path": None,
        "allow_disk_cache": False,
        "allow_external_model": False,
        "save_io": False,
        "validate_types": True,
    },
)
def make_phi_llm(
    nlp: Language,
    name: str,
    task: Any,
    model: Callable,
    cache_path: Optional[str],
    allow_disk_cache: bool,
    save_io: bool,
    validate_types: bool,
    allow_external_model: bool = False,
):
    """The spacy-llm component with our task and model; see the module docstring.
    ``allow_external_model``: accept a model that is not one of ours (``spacy_deid.LlamaCpp.v1``,
    ``spacy_deid.OpenAICompat.v1``): only ours enforce the loopback rule, so another spacy-llm
    model (a hosted API) could send notes off the machine. Refused unless set; the refusal comes
    before any note is processed (a third-party model function may still contact its API when
    the config builds it: that is outside our reach)."""
    if not isinstance(model, ChatModel) and not allow_external_model:
        raise ValueError(
            f"phi_llm: model {type(model).__name__} is not a spacy-deid model and may send notes to a remote "
            "API; use spacy_deid.LlamaCpp.v1 or spacy_deid.OpenAICompat.v1, or set allow_external_model = true"
        )
    if cache_path and not allow_disk_cache:
        raise ValueError(
            "phi_llm: cache_path would store clinical text on disk; set allow_disk_cache = true to allow it"
        )
    cache = BatchCache(path=cache_path or None, batch_size=64, max_batches_in_mem=4)
    return make_llm(nlp, name, task, model, cache, save_io, validate_types)
