"""LLM fallback for PHI detection, built on spacy-llm (``pip install spacy-deid[llm]``).

Importing this package registers the ``spacy_deid.PHI.v1`` task, the routers
(``spacy_deid.RouteAll.v1``, ``spacy_deid.RouteUncertain.v1``) and the model backends
(``spacy_deid.LlamaCpp.v1``, ``spacy_deid.OpenAICompat.v1``) in spacy-llm's registries.
"""
from . import models, tasks  # noqa: F401  (registers the functions)
from .models import LlamaCppModel, OpenAICompatModel, default_model_path, llama_cpp_available
from .routing import RouteAll, RouteUncertain
from .tasks import PHITask

__all__ = [
    "LlamaCppModel", "OpenAICompatModel", "PHITask", "RouteAll", "RouteUncertain",
    "default_model_path", "llama_cpp_available",
]
