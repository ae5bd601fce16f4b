"""Redaction operators, registered in ``spacy_deid.registry.operators`` by name."""
from __future__ import annotations

from ..registry import operators as _registry
from .base import Operator, OperatorContext
from .encrypt import EncryptOperator
from .hash import HashOperator
from .keep import KeepOperator
from .mask import MaskOperator
from .redact import RedactOperator
from .surrogate import SurrogateOperator
from .tag import TagOperator

for _cls in (TagOperator, MaskOperator, RedactOperator, HashOperator, EncryptOperator, SurrogateOperator, KeepOperator):
    _registry.register(_cls.name, func=_cls)


def get_operator(name: str) -> Operator:
    """Instantiate a registered operator; clear error listing the known ones."""
    try:
        factory = _registry.get(name)
    except Exception:  # catalogue raises RegistryError
        known = ", ".join(sorted(_registry.get_all()))
        raise ValueError(f"Unknown operator {name!r}; known operators: {known}") from None
    return factory()


__all__ = ["Operator", "OperatorContext", "get_operator"]
