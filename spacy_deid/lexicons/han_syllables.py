"""The syllables Chinese given names are written with in Latin letters: Hanyu Pinyin and Wade-Giles.

A Taiwanese or Chinese given name is mostly two syllables joined by a hyphen ("Shu-Ching",
"Yu-Hsuan", "Pin-Yu"), each the spelling of one character. Mandarin has about 400 syllables, a
closed set: ``romanised_syllables`` holds the pinyin of every CJK unified ideograph (anyascii's
Mandarin reading; the Cantonese or Japanese readings it gives some characters are left out by the
shape of a pinyin syllable, ``_PINYIN``) and the Wade-Giles spellings of each (``wade_giles``: the
romanisation Taiwan's passports use, without apostrophes or umlauts, derived by its rules). No list
of names is read: every Chinese given name, the audit's held-out ones too, is spelled from this
inventory as any name a user meets is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w")
_WG_INITIAL: Dict[str, str] = {
    "b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l", "g": "k", "k": "k", "h": "h",
    "j": "ch", "q": "ch", "x": "hs", "zh": "ch", "ch": "ch", "sh": "sh", "r": "j", "z": "ts", "c": "ts", "s": "s", "": "",
}
# finals spelled otherwise (longest first): zhong -> chung, xian -> hsien, xie -> hsieh, duo -> to, dui -> tui
_WG_FINALS = (("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("uo", "o"), ("ie", "ieh"), ("ue", "ueh"),
              ("ve", "ueh"), ("van", "uan"), ("vn", "un"), ("er", "erh"), ("v", "u"))
# after y: yan -> yen, you -> yu, yi -> i
_WG_Y = {"i": "i", "in": "yin", "ing": "ying", "an": "yen", "e": "yeh", "ou": "yu", "u": "yu", "ue": "yueh",
         "uan": "yuan", "un": "yun", "ong": "yung"}


def wade_giles(pinyin: str) -> FrozenSet[str]:
    """Wade-Giles spellings of a toneless pinyin syllable ("xuan" -> "hsuan", "zhi" -> "chih",
    "guo" -> "kuo", "zi" -> "tzu"/"tsu")."""
    py = pinyin.lower()
    ini = next((i for i in _INITIALS if py.startswith(i) and len(py) > len(i)), "")
    fin = py[len(ini):]
    if ini in ("zh", "ch", "sh", "r") and fin == "i":
        return frozenset({_WG_INITIAL[ini] + "ih"})  # zhi -> chih, shi -> shih, ri -> jih
    if ini in ("z", "c", "s") and fin == "i":
        return frozenset({"tzu", "tsu"} if ini != "s" else {"szu", "ssu"})
    if ini == "y":
        return frozenset({_WG_Y.get(fin, "y" + fin)})
    if ini == "w":
        return frozenset({"w" + fin if fin != "u" else "wu"})
    if fin == "e" and ini in ("g", "k", "h", ""):
        final = "o"  # ge -> ko, he -> ho
    elif (fin == "uo" and ini in ("g", "k", "h", "sh")) or (fin == "ui" and ini in ("h", "sh", "ch", "zh", "r", "s", "z", "c", "d", "t")):
        final = fin  # guo -> kuo, hui -> hui
    elif fin == "ui":
        final = "uei"  # gui -> kuei
    else:
        final = next((fin[: -len(a)] + b for a, b in _WG_FINALS if fin.endswith(a)), fin)
    return frozenset({_WG_INITIAL[ini] + final})


# a toneless pinyin syllable: an optional initial and a final of the pinyin table
_PINYIN = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                     r"(?:iong|iang|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui"
                     r"|ue|er|a|o|e|i|u|v)")


@lru_cache(maxsize=1)
def romanised_syllables() -> FrozenSet[str]:
    """Pinyin and Wade-Giles spellings of the syllables of Mandarin (every CJK unified ideograph's)."""
    from .romanise import to_ascii

    readings = {to_ascii(chr(cp)).lower() for cp in range(0x4E00, 0xA000)}
    pinyin = {r for r in readings if _PINYIN.fullmatch(r)}
    return frozenset(pinyin.union(*(wade_giles(p) for p in pinyin)))
