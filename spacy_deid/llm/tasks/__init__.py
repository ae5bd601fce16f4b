"""spacy-llm tasks of spacy-deid."""
from .phi import PHITask

__all__ = ["PHITask"]
