"""``encrypt``: replace PHI by an authenticated-encryption token ``[ENC:LABEL:...]`` that
``spacy-deid decrypt`` turns back into the value, with the same key (``spacy_deid.encryption``).
There is no default key: without one the operator refuses to run."""
from __future__ import annotations

from typing import List, Sequence

from ..encryption import encrypt_value
from ..spans import PhiSpan
from .base import Operator, OperatorContext


class EncryptOperator(Operator):
    name = "encrypt"

    def check(self, ctx: OperatorContext) -> None:
        if not ctx.encrypt_key:
            raise ValueError(
                "The 'encrypt' operator needs a key: set the environment variable named by "
                "deid_redactor's 'encrypt_key_env' (default SPACY_DEID_ENCRYPT_KEY) to a secret of "
                "16 characters or more."
            )

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        self.check(ctx)
        return [encrypt_value(ctx.encrypt_key, s.label, text[s.start:s.end]) for s in spans]
