"""The operator interface: an operator turns PHI spans into replacement strings.

Operators never detect anything; they are pure functions of the text, the spans given to them
and the settings in the context. One operator a file.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar, List, Optional, Sequence

from ..labels import to_coarse
from ..spans import PhiSpan


@dataclass(frozen=True)
class OperatorContext:
    """What an operator may know besides the spans: document-level settings."""

    tag_format: str = "[{label}]"
    tag_level: str = "fine"  # "fine" or "coarse": which label a tag shows
    mask_char: str = "*"
    hash_key: Optional[bytes] = None
    hash_length: int = 10
    encrypt_key: Optional[bytes] = None
    surrogates: Any = None  # a SurrogateGenerator, for the surrogate operator
    group: Optional[str] = None
    lang: str = "en"

    def tag_label(self, label: str) -> str:
        return to_coarse(label) if self.tag_level == "coarse" else label


class Operator(ABC):
    """Replaces every span given to it; ``apply`` returns one string per span, in order."""

    name: ClassVar[str] = ""

    @abstractmethod
    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        ...

    def check(self, ctx: OperatorContext) -> None:
        """Raise a clear error if the context lacks what this operator needs."""
