"""Age surrogates: Safe Harbor aggregates ages over 89 into "90+"; lower ages are kept."""
from __future__ import annotations

import re
from typing import Optional

_WORD_OVER_89 = re.compile(r"^\s*(ninety|one hundred|hundred)", re.I)


def age_surrogate(value: str, cap: Optional[int] = 89) -> str:
    """``value`` itself, or "<cap+1>+" when it states an age above ``cap`` (None: never cap)."""
    if cap is None:
        return value
    digits = re.findall(r"\d+", value)
    if digits:
        if int(digits[0]) > cap:
            return f"{cap + 1}+"
        return value
    if cap < 90 and _WORD_OVER_89.match(value):
        return f"{cap + 1}+"
    return value
