"""``surrogate``: replace PHI by realistic fake values from the ``surrogate_generator`` component."""
from __future__ import annotations

from typing import List, Sequence

from ..spans import PhiSpan
from .base import Operator, OperatorContext


class SurrogateOperator(Operator):
    name = "surrogate"

    def check(self, ctx: OperatorContext) -> None:
        if ctx.surrogates is None:
            raise ValueError(
                "The 'surrogate' operator needs the 'surrogate_generator' component: add it with "
                "nlp.add_pipe('surrogate_generator', config={...}) before deid_redactor runs."
            )

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        self.check(ctx)
        if not spans:
            return []
        return list(ctx.surrogates.surrogates(text, spans, group=ctx.group, lang=ctx.lang))
