"""Realistic, consistent surrogates for PHI spans (names, dates, identifiers, contacts, places)."""
from .generator import SurrogateGenerator, span_kind
from .keys import MissingKeyError

__all__ = ["SurrogateGenerator", "MissingKeyError", "span_kind"]
