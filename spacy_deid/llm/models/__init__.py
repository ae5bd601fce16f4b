"""LLM backends of spacy-deid (local first)."""
from .llama_cpp import LlamaCppModel, default_model_path, llama_cpp_available
from .openai_compat import OpenAICompatModel, check_endpoint, is_loopback_url
from .registry import make_llama_cpp, make_openai_compat

__all__ = [
    "LlamaCppModel", "OpenAICompatModel", "check_endpoint", "default_model_path",
    "is_loopback_url", "llama_cpp_available", "make_llama_cpp", "make_openai_compat",
]
