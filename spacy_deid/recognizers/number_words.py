"""English cardinal and ordinal numbers written in words, from 1 to 999 ("ninety-three", "one
hundred and one", "twelfth", "twenty-first"), for the age and date rules that read ages and days
said in words; ``NUMBER_WORDS`` is the regular expression of one such number (case-insensitive).
``spoken_forms`` gives a number's words in the other languages, from num2words, for the tables of
``ages/number_words.py`` and ``digit_words``."""
from __future__ import annotations

import re
from typing import Dict, List, Optional

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS: Dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
CARDINALS: Dict[str, int] = {**{w: i for i, w in enumerate(UNITS)}, **TENS}

_ALT = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
_UNIT = rf"(?:{_ALT(UNITS[1:10])})"
_SMALL = rf"(?:(?:{_ALT(TENS)})(?:[\s-]+(?:{_ALT(UNITS[1:10])}))?|{_ALT(UNITS[1:])})"
_SMALL_ORD = rf"(?:(?:{_ALT(TENS)})[\s-]+(?:{_ALT(ORDINALS)})|{_ALT(ORDINALS)})"
NUMBER_WORDS = rf"(?:{_UNIT}\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
ORDINAL_WORDS = _SMALL_ORD
_TWO_DIGITS = (rf"(?:(?:{_ALT(t for t in TENS if t != 'fourty')})(?:[\s-]+(?:{_ALT(UNITS[1:10])}))?|{_ALT(UNITS[10:])}"
               rf"|oh[\s-]+(?:{_ALT(UNITS[1:10])}))")
# A year said in words: nineteen forty-four, nineteen oh five, nineteen hundred, two thousand (and)
# twenty-one, twenty twenty-one (``year_value`` reads it)
YEAR_WORDS = (rf"(?:(?:eighteen|nineteen)[\s-]+(?:hundred(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNIT}))?|{_TWO_DIGITS})"
              rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGITS}|{_UNIT}))?|twenty[\s-]+{_TWO_DIGITS})(?![a-z-])")
_WORD = re.compile(r"[a-z]+")


def number_value(text: str) -> Optional[int]:
    """The number that ``text`` says in English words, cardinal or ordinal ("ninety-three" -> 93,
    "one hundred and one" -> 101, "twenty-first" -> 21), or None when it says none."""
    total, seen = 0, False
    for word in _WORD.findall(text.lower()):
        if word == "and":
            continue
        if word == "hundred":
            if not seen or total == 0 or total > 9:
                return None
            total *= 100
        elif word in CARDINALS:
            total += CARDINALS[word]
        elif word in ORDINALS:
            total += ORDINALS[word]
        else:
            return None
        seen = True
    return total if seen else None


def year_value(text: str) -> Optional[int]:
    """The year that ``text`` says in English words ("nineteen forty-four" 1944, "two thousand and
    five" 2005, "twenty twenty-one" 2021, "nineteen oh five" 1905, "nineteen hundred" 1900), or None."""
    words = [w for w in _WORD.findall(text.lower()) if w != "and"]
    if len(words) >= 2 and words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None or rest > 99 else 2000 + rest
    if len(words) >= 2 and words[0] in ("eighteen", "nineteen", "twenty"):
        century = CARDINALS[words[0]]
        tail = words[1:]
        if tail[0] == "hundred":
            rest = number_value(" ".join(tail[1:])) if tail[1:] else 0
        elif tail[0] == "oh" and len(tail) == 2:
            rest = CARDINALS.get(tail[1]) if CARDINALS.get(tail[1], 10) < 10 else None
        else:
            rest = number_value(" ".join(tail))
        return None if rest is None or not 0 <= rest <= 99 else century * 100 + rest
    return None


__all__ = ["NUMBER_WORDS", "ORDINAL_WORDS", "YEAR_WORDS", "number_value", "year_value"]


def spoken_forms(n: int, lang: str) -> List[str]:
    """``n`` in words in ``lang`` as num2words writes it and as notes also write it: without
    accents, with Romanian's older cedilla letters ("şi"), and in Turkish with hundreds, tens and
    units apart ("doksan üç", "yüz iki": num2words writes "doksanüç"). num2words is imported here,
    on first use, so that the command line starts without it."""
    from num2words import num2words

    from ..lexicons.sources import fold

    forms = [num2words(n, lang=lang)]
    if lang == "tr":
        forms.append(" ".join(num2words(p, lang=lang) for p in (100 * (n // 100), 10 * (n % 100 // 10), n % 10) if p))
    out: List[str] = []
    for form in forms:
        for variant in (form, fold(form), form.replace("ș", "ş").replace("ț", "ţ")):
            if variant not in out:
                out.append(variant)
    return out
