"""Cached Faker instances and their word lists (Faker supplies the fake values; choices are ours)."""
from __future__ import annotations

from functools import lru_cache
from typing import List, Sequence, Tuple

from faker import Faker

DEFAULT_LOCALES = {
    "en": ["en_US"],
    "es": ["es_ES"],
    "fr": ["fr_FR"],
    "de": ["de_DE"],
    "it": ["it_IT"],
    "pt": ["pt_PT"],
    "ro": ["ro_RO"],
    "tr": ["tr_TR"],
    "ar": ["ar_AA"],
    "zh": ["zh_TW"],
    "hi": ["hi_IN"],
}


@lru_cache(maxsize=None)
def faker_for(locale: str) -> Faker:
    return Faker(locale)


def seeded(locale: str, seed: int) -> Faker:
    """The locale's Faker, re-seeded so the next calls are a function of ``seed``."""
    fake = faker_for(locale)
    fake.seed_instance(seed)
    return fake


def _as_weighted(values) -> Tuple[List[str], List[float]]:
    if hasattr(values, "items"):
        names = list(values.keys())
        return names, [float(w) for w in values.values()]
    names = list(dict.fromkeys(values))
    return names, [1.0] * len(names)


@lru_cache(maxsize=None)
def name_list(locale: str, kind: str) -> Tuple[Tuple[str, ...], Tuple[float, ...]]:
    """Names and weights of a locale: kind is 'male', 'female', 'any' (first names) or 'last'."""
    provider = faker_for(locale).provider("faker.providers.person")
    if kind == "last":
        names, weights = _as_weighted(getattr(provider, "last_names", ()))
    else:
        attrs: Sequence[str] = {
            "male": ("first_names_male",),
            "female": ("first_names_female",),
            "any": ("first_names_male", "first_names_female"),
        }[kind]
        names, weights = [], []
        for attr in attrs:
            n, w = _as_weighted(getattr(provider, attr, ()))
            names += n
            weights += w
        if not names:
            names, weights = _as_weighted(getattr(provider, "first_names", ()))
    return tuple(names), tuple(weights)


def locale_for(locales: dict, lang: str, index: int) -> str:
    """One locale of the configured list for ``lang`` (English list, then en_US, as fallback)."""
    options = locales.get(lang) or locales.get((lang or "en").split("_")[0]) or locales.get("en") or ["en_US"]
    return options[index % len(options)]
