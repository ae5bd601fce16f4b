"""Digits of every script as ASCII digits, one character for one (offsets never move).

An MRN, phone number or date written in Arabic-Indic ("٠٠٤٨٢٧٣١"), Persian, Devanagari or
full-width digits is the same PHI as in ASCII digits. The rule recognizers match on the ASCII view
of the text; spans keep their offsets into the original, so redaction replaces the original
characters.
"""
from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache
from typing import Dict


@lru_cache(maxsize=1)
def _digit_table() -> Dict[int, str]:
    table: Dict[int, str] = {}
    for cp in range(0x80, sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.digit(ch))
    return table


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script replaced by its ASCII digit (same length)."""
    if text.isascii():
        return text
    return text.translate(_digit_table())
