"""``redact``: remove PHI entirely."""
from __future__ import annotations

from typing import List, Sequence

from ..spans import PhiSpan
from .base import Operator, OperatorContext


class RedactOperator(Operator):
    name = "redact"

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        return ["" for _ in spans]
