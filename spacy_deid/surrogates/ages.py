"""Age surrogates: Safe Harbor aggregates ages over 89 into "90+"; lower ages are kept."""
from __future__ import annotations

from typing import Optional


def age_surrogate(value: str, cap: Optional[int] = 89) -> str:
    """``value`` itself, or "<cap+1>+" when it states an age above ``cap`` (None: never cap), in
    digits, Han numerals or English words ("93", "九十三", "ninety-three", "nineties": the
    recognizers' ``age_value``)."""
    if cap is None:
        return value
    from ..recognizers.ages import age_value

    age = age_value(value)
    return f"{cap + 1}+" if age is not None and age > cap else value
