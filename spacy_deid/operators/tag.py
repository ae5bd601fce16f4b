"""``tag``: replace PHI with its label, e.g. ``[DATE]``."""
from __future__ import annotations

from typing import List, Sequence

from ..spans import PhiSpan
from .base import Operator, OperatorContext


class TagOperator(Operator):
    name = "tag"

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        return [ctx.tag_format.format(label=ctx.tag_label(s.label)) for s in spans]
