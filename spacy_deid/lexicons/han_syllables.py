"""The syllables Chinese given names are written with in Latin letters: Hanyu Pinyin and Wade-Giles.

A Taiwanese or Chinese given name is mostly two syllables joined by a hyphen ("Shu-Ching",
"Yu-Hsuan", "Pin-Yu"), each the spelling of one character. ``romanised_syllables`` holds the pinyin
of the characters of Faker's zh_CN and zh_TW names (anyascii) and the Wade-Giles spellings of each
(``wade_giles``: the romanisation Taiwan's passports use, without apostrophes or umlauts, derived
by its rules, not from a list of names). The characters of the audit's held-out names are left out
(``holdout``), so that the audit still measures names the detector was not built on.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet

_HAN = re.compile(r"[\u4e00-\u9fff]")
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


@lru_cache(maxsize=1)
def romanised_syllables() -> FrozenSet[str]:
    """Pinyin and Wade-Giles spellings of the characters of Chinese names (held-out names' aside)."""
    from faker.providers.person.zh_CN import Provider as CN
    from faker.providers.person.zh_TW import Provider as TW

    from .holdout import held_out_name
    from .romanise import to_ascii

    chars = {ch for provider in (TW, CN) for attr in ("first_names", "last_names")
             for name in getattr(provider, attr, ()) if not held_out_name(name) for ch in name}
    pinyin = {to_ascii(ch).lower() for ch in chars if _HAN.fullmatch(ch)}
    return frozenset(pinyin.union(*(wade_giles(p) for p in pinyin)))
