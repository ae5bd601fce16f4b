"""The culture of a name, so that its surrogate comes from the same culture ("Nguyen" -> another
Vietnamese family name, "Chinedu" -> another Nigerian first name).

The pools are the Faker locales of ``synth.names.CULTURES`` in Latin letters
(``synth.names.culture_pools``). For an English name, or one no list holds, the configured locales
decide as before.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

from ..synth.names import CULTURES, culture_pools
from .keys import normalise as fold

DEFAULT_CULTURE = "english_us"
ENGLISH_GB = "english_gb"


@lru_cache(maxsize=1)
def _index() -> Dict[str, Dict[str, Dict[str, FrozenSet[str]]]]:
    """kind ("first", "last") -> folded name -> culture -> the pools that list it ("female",
    "male" or "last")."""
    out: Dict[str, Dict[str, Dict[str, set]]] = {"first": {}, "last": {}}
    for culture in CULTURES:
        pools = culture_pools(culture)
        for kind, keys in (("first", ("female", "male")), ("last", ("last",))):
            for key in keys:
                for name in pools[key]:
                    out[kind].setdefault(fold(name), {}).setdefault(culture, set()).add(key)
    return {k: {n: {c: frozenset(g) for c, g in by.items()} for n, by in v.items()} for k, v in out.items()}


def culture_of(name: str, kind: str) -> Optional[str]:
    """The culture ``name`` most likely comes from as a ``kind`` ("first" or "last") name, or None
    for an English one. American lists hold names of every origin ("Nguyen"), so English (US) says
    nothing; a name British lists hold too is English ("Smith", "Lee"); otherwise the culture with
    the shortest list that holds it, the most telling one ("Nguyen": Vietnamese, not French)."""
    cultures = set(_index()[kind].get(fold(name), {}))
    if ENGLISH_GB in cultures:
        return None
    cultures.discard(DEFAULT_CULTURE)
    if not cultures:
        return None
    pool = "last" if kind == "last" else "first"
    return min(cultures, key=lambda c: (_pool_size(c, pool), c))


def _pool_size(culture: str, pool: str) -> int:
    pools = culture_pools(culture)
    return len(pools["last"]) if pool == "last" else len(pools["female"]) + len(pools["male"])


def pool_for(culture: str, kind: str, gender: Optional[str]) -> Tuple[str, ...]:
    """Names of ``culture`` to draw a surrogate from: family names, or first names of a gender
    (both genders when it is unknown)."""
    pools = culture_pools(culture)
    if kind == "last":
        return pools["last"]
    if gender in ("female", "male") and pools[gender]:
        return pools[gender]
    return tuple(sorted(set(pools["female"]) | set(pools["male"])))


def gender_in(culture: str, name: str) -> Optional[str]:
    """'female' or 'male' when ``culture`` lists the first name for one gender only."""
    genders = _index()["first"].get(fold(name), {}).get(culture, frozenset())
    return next(iter(genders)) if len(genders) == 1 else None
