"""English dates said in words, written in digits so the date surrogates can shift them ("the
twelfth of January, two thousand twenty-one" -> "12 of January, 2021"; "nineteen forty-four" ->
"1944"). The surrogate is then a date in digits: a year in words became a month and a day before."""
from __future__ import annotations

import re

from ..recognizers.number_words import ORDINAL_WORDS, YEAR_WORDS, number_value, year_value

_YEAR = re.compile(rf"(?<![a-z]){YEAR_WORDS}", re.I)
_ORDINAL = re.compile(rf"(?<![a-z-])(?:the\s+)?(?P<o>{ORDINAL_WORDS})(?![a-z-])", re.I)


def date_in_digits(surface: str) -> str:
    """``surface`` with its year and ordinal day in words written in digits (unchanged without any)."""
    out = _YEAR.sub(lambda m: str(year_value(m.group())), surface)
    return _ORDINAL.sub(lambda m: str(number_value(m.group("o"))), out)


__all__ = ["date_in_digits"]
