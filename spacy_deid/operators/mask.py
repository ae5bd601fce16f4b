"""``mask``: replace every PHI character by a mask character, keeping length and line breaks."""
from __future__ import annotations

from typing import List, Sequence

from ..spans import PhiSpan
from .base import Operator, OperatorContext


class MaskOperator(Operator):
    name = "mask"

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        # Whitespace is kept so the layout (columns, line breaks) of the note survives.
        return [
            "".join(c if c.isspace() else ctx.mask_char for c in text[s.start : s.end])
            for s in spans
        ]
