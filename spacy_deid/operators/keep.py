"""``keep``: leave the span as it is (e.g. ages under 90 when the age policy allows it)."""
from __future__ import annotations

from typing import List, Sequence

from ..spans import PhiSpan
from .base import Operator, OperatorContext


class KeepOperator(Operator):
    name = "keep"

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        return [text[s.start : s.end] for s in spans]
