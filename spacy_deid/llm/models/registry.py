"""Registered model backends (``@llm_models``): local llama.cpp and a local OpenAI-compatible server."""
from __future__ import annotations

from typing import Optional

from spacy_llm.registry import registry

from .llama_cpp import LlamaCppModel
from .openai_compat import OpenAICompatModel


@registry.llm_models("spacy_deid.LlamaCpp.v1")
def make_llama_cpp(
    model_path: Optional[str] = None,
    n_ctx: int = 4096,
    n_threads: int = 1,
    temperature: float = 0.5,
    top_p: float = 0.95,
    top_k: int = 40,
    max_tokens: int = 160,
    seed: int = 0,
    system_prompt: Optional[str] = None,
) -> LlamaCppModel:
    """A GGUF model run in-process by llama-cpp-python (model_path None: the default weights
    installed by scripts/install_llm.sh, or $SPACY_DEID_LLM_GGUF)."""
    return LlamaCppModel(
        model_path=model_path, n_ctx=n_ctx, n_threads=n_threads, temperature=temperature,
        top_p=top_p, top_k=top_k, max_tokens=max_tokens, seed=seed, system_prompt=system_prompt,
    )


@registry.llm_models("spacy_deid.OpenAICompat.v1")
def make_openai_compat(
    endpoint: str = "http://127.0.0.1:8080/v1",
    model: str = "local",
    allow_remote: bool = False,
    api_key_env: Optional[str] = None,
    temperature: float = 0.5,
    top_p: float = 0.95,
    max_tokens: int = 160,
    seed: int = 0,
    timeout: float = 120.0,
    context_length: int = 4096,
    system_prompt: Optional[str] = None,
) -> OpenAICompatModel:
    """An OpenAI-compatible chat server; non-loopback endpoints need allow_remote = true."""
    return OpenAICompatModel(
        endpoint=endpoint, model=model, allow_remote=allow_remote, api_key_env=api_key_env,
        temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed, timeout=timeout,
        context_length=context_length, system_prompt=system_prompt,
    )
