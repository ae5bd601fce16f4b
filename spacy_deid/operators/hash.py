"""``hash``: replace PHI by a keyed HMAC-SHA256 digest, stable across runs for the same key.

The same value (case- and whitespace-normalised) gets the same token, so records stay linkable
without revealing the value. There is no default key: without one the operator refuses to run.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import List, Sequence

from ..labels import to_coarse
from ..spans import PhiSpan, text_key
from .base import Operator, OperatorContext




class HashOperator(Operator):
    name = "hash"

    def check(self, ctx: OperatorContext) -> None:
        if not ctx.hash_key:
            raise ValueError(
                "The 'hash' operator needs a key: set deid_redactor's 'hash_key' in the config "
                "or the environment variable named by its 'key_env' (default SPACY_DEID_KEY)."
            )

    def apply(self, text: str, spans: Sequence[PhiSpan], ctx: OperatorContext) -> List[str]:
        self.check(ctx)
        out = []
        for s in spans:
            coarse = to_coarse(s.label)
            msg = f"{coarse}\x1f{text_key(text[s.start:s.end])}".encode("utf-8")
            digest = hmac.new(ctx.hash_key, msg, hashlib.sha256).hexdigest()[: ctx.hash_length]
            out.append(ctx.tag_format.format(label=f"{ctx.tag_label(s.label)}-{digest}"))
        return out
