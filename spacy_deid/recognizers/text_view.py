"""The text the rule recognizers read: a clean view of the note with a map back to it.

Obfuscated PHI is the same PHI: an MRN, phone number or date written in Arabic-Indic ("٠٠٤٨٢٧٣١"),
Persian, Devanagari or full-width digits, broken by invisible format characters (zero-width space,
word joiner, soft hyphen), or separated by look-alike punctuation ("03⁄14⁄2021", an en-dash in an
SSN, a full-width "＠" in an e-mail), or spelt with a Cyrillic look-alike letter ("Mаrch"). The
view maps every decimal digit and full-width Latin letter to ASCII, look-alike separators to their
ASCII forms and look-alike letters inside Latin words to Latin (one character for one) and drops
format characters; ``back`` gives each view offset its offset in the original, so spans are cut
from the original text.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import Dict, List, Tuple

# look-alike separators, one character for one
_SEPARATORS = {
    "\u2044": "/", "\u2215": "/", "\uff0f": "/", "\u29f8": "/",  # fraction, division, full-width slashes
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-",  # hyphens, dashes, minus signs
    "\uff20": "@", "\ufe6b": "@", "\uff0e": ".", "\uff1a": ":", "\uff08": "(", "\uff09": ")", "\u3000": " ",
    "\u00b7": "-", "\u2027": "-", "\u30fb": "-",  # middle dots between digit groups
}
# Cyrillic and Greek letters that look like Latin ones; mapped only inside a word that also has
# Latin letters ("Mаrch" with a Cyrillic "а"), never in a word of those scripts
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅοαρνκτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwABEKMHOPCTXIJSoapvktuxABEZHIKMNOPTYX")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # not \t \n \x0b \x0c \r \x85
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _table() -> Dict[int, str]:
    table: Dict[int, str] = {ord(k): v for k, v in _SEPARATORS.items()}
    for cp in range(0x80, sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.digit(ch))
    for first, last in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):  # full-width Latin letters ("ａｂｃ＠ｇｍａｉｌ．ｃｏｍ")
        for cp in range(first, last + 1):
            table[cp] = chr(cp - 0xFEE0)
    return table


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as its ASCII digit and look-alike
    separators as ASCII ones (same length, offsets unchanged)."""
    if text.isascii():
        return text
    return _WORD.sub(_unconfuse, text.translate(_table()))


def _unconfuse(m: "re.Match[str]") -> str:
    word = m.group()
    if word.isascii() or not _LATIN.search(word):
        return word
    return word.translate(_CONFUSABLE)  # a mixed-script word: look-alikes read as Latin


def rules_view(text: str) -> Tuple[str, List[int]]:
    """(view, back): ``ascii_digits(text)`` without format characters (category Cf: zero-width
    space, word joiner, soft hyphen, byte-order mark) and control characters other than line and
    tab breaks ("03/\x0714/2021"); ``back[i]`` is the original offset of view
    character ``i``, and ``back[len(view)] == len(text)``."""
    mapped = ascii_digits(text)
    if mapped.isascii() and not _CONTROL.search(mapped):
        return mapped, list(range(len(text) + 1))
    chars: List[str] = []
    back: List[int] = []
    for i, ch in enumerate(mapped):
        if unicodedata.category(ch) == "Cf" or _CONTROL.match(ch):
            continue
        chars.append(ch)
        back.append(i)
    back.append(len(text))
    return "".join(chars), back
