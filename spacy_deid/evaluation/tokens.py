"""The scorer's own tokenisation, independent of any pipeline, so token scores compare across models.

A token is one Han (CJK ideograph) character, a run of other word characters (letters, digits,
underscore), or a single other non-space character (punctuation, symbol). Whitespace separates.
"""
from __future__ import annotations

import re
from typing import List, Tuple

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_RE = re.compile(rf"[{HAN}]|[^\W{HAN}]+|[^\w\s]")


def tokenize(text: str) -> List[Tuple[int, int]]:
    """Character offsets (start, end) of every token of ``text``."""
    return [m.span() for m in TOKEN_RE.finditer(text)]
