"""People for synthetic notes: names drawn from many Faker locales, with culture and gender.

Each culture lists the Faker locales that give its names; names in a non-Latin script are
romanised with ``lexicons.romanise.to_ascii`` (Chinese and Japanese use Faker's own romanised names), since
the English notes we imitate write names in Latin letters.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from faker import Faker

from ..lexicons.holdout import held_out_name
from ..lexicons.romanise import to_ascii

# culture -> (weight, locales). English names are the most frequent, but every culture is seen
# often enough that the model learns names from their context, not from their origin.
CULTURES: Dict[str, Tuple[float, Tuple[str, ...]]] = {
    "english_us": (3.0, ("en_US",)),
    "english_gb": (1.0, ("en_GB", "en_IE", "en_AU", "en_NZ")),
    "hispanic": (1.5, ("es_MX", "es_ES", "es_CO", "es_AR", "es_CL")),
    "chinese": (1.0, ("zh_CN", "zh_TW")),
    "indian": (1.0, ("en_IN", "en_IN", "hi_IN")),
    "bengali": (0.8, ("bn_BD",)),
    "french": (0.8, ("fr_FR", "fr_CA", "fr_BE")),
    "arabic": (0.8, ("fr_DZ", "ar_AA", "en_PK")),
    "nigerian": (0.8, ("en_NG", "yo_NG", "ig_NG", "ha_NG")),
    "vietnamese": (0.7, ("vi_VN",)),
    "irish": (0.7, ("en_IE", "ga_IE")),
    "italian": (0.7, ("it_IT",)),
    "portuguese": (0.6, ("pt_BR", "pt_PT")),
    "polish": (0.6, ("pl_PL",)),
    "german": (0.6, ("de_DE", "de_AT")),
    "russian": (0.6, ("ru_RU", "uk_UA")),
    "greek": (0.6, ("el_GR",)),
    "korean": (0.7, ("ko_KR",)),
    "japanese": (0.6, ("ja_JP",)),
    "filipino": (0.6, ("fil_PH", "tl_PH")),
    "east_african": (0.6, ("en_KE", "sw")),
    "ghanaian": (0.5, ("tw_GH",)),
    "south_african": (0.5, ("zu_ZA",)),
    "turkish": (0.7, ("tr_TR",)),
    "persian": (0.5, ("fa_IR",)),
    "hebrew": (0.4, ("he_IL",)),
}

_ROMANISED = {"zh_CN", "zh_TW", "ja_JP"}
_CLEAN = re.compile(r"[^A-Za-z' -]")


@lru_cache(maxsize=None)
def faker_for(locale: str) -> Faker:
    return Faker(locale)


def _latin(name: str) -> str:
    out = to_ascii(name)
    out = _CLEAN.sub("", out).replace("'", "").strip()
    if not out:
        return ""
    return " ".join(p[:1].upper() + p[1:].lower() if not p[:1].isupper() else p for p in out.split())


GENDERS = ("female", "male")
# Names written in an abjad (Arabic, Persian, Hebrew, Urdu script) have no vowels to transliterate:
# "Yehuda" would become "Yhvdh", no name a note would hold.
ABJAD_LANGUAGES = ("ar", "fa", "he", "ur")


@lru_cache(maxsize=None)
def culture_pools(culture: str) -> Dict[str, Tuple[str, ...]]:
    """Every name of a culture's Faker locales in Latin letters: ``{"female": first names, "male":
    first names, "last": family names}`` (locales written in an abjad are left out). The audit
    takes the held-out part of these pools; surrogates keep a name's culture with them."""
    import importlib

    from ..lexicons.sources import faker_values

    out: Dict[str, set] = {"female": set(), "male": set(), "last": set()}
    for locale in CULTURES[culture][1]:
        if locale.split("_")[0] in ABJAD_LANGUAGES:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        if locale in _ROMANISED:
            firsts = {g: faker_values(provider, "first_romanized_names") for g in GENDERS}
            lasts = faker_values(provider, "last_romanized_names")
        else:
            firsts = {"female": faker_values(provider, "first_names_female") or faker_values(provider, "first_names"),
                      "male": faker_values(provider, "first_names_male") or faker_values(provider, "first_names")}
            lasts = faker_values(provider, "last_names")
        for g in GENDERS:
            out[g].update(n for n in (_latin(x) if locale not in _ROMANISED else x.title() for x in firsts[g])
                          if n and " " not in n)
        out["last"].update(n for n in (_latin(x) if locale not in _ROMANISED else x.title() for x in lasts) if n)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    gender: str  # "female" | "male"
    culture: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def pick_culture(rng: random.Random) -> str:
    names = list(CULTURES)
    weights = [CULTURES[c][0] for c in names]
    return rng.choices(names, weights)[0]


def _one_name(fake: Faker, locale: str, gender: str, part: str) -> str:
    if locale in _ROMANISED:
        raw = fake.first_romanized_name() if part == "first" else fake.last_romanized_name()
        return raw.title()
    if part == "first":
        raw = fake.first_name_female() if gender == "female" else fake.first_name_male()
    else:
        raw = fake.last_name()
    return _latin(raw)


def make_person(rng: random.Random, culture: Optional[str] = None, gender: Optional[str] = None,
                last: Optional[str] = None) -> Person:
    """A person of ``culture`` (random if None); ``last`` forces a family name (relatives)."""
    culture = culture or pick_culture(rng)
    gender = gender or rng.choice(("female", "male"))
    locale = rng.choice(CULTURES[culture][1])
    fake = faker_for(locale)
    fake.seed_instance(rng.getrandbits(32))
    parts: Dict[str, str] = {}
    for part in ("first", "middle", "last"):
        value = ""
        for _ in range(12):  # the audit's held-out names never appear in training notes
            value = _one_name(fake, locale, gender, "first" if part == "middle" else part)
            if value and len(value) <= 24 and not held_out_name(value):
                break
        parts[part] = value or rng.choice(("Lee", "Ray", "Ann", "Kim"))
    return Person(parts["first"], last or parts["last"], parts["middle"], gender, culture)


# Surface forms of a name. Each returns [(text, is_name)] so titles stay outside the span
# and "LAST, FIRST" stays one span (labels.md conventions).
def name_form(person: Person, form: str) -> List[Tuple[str, bool]]:
    f, l, m = person.first, person.last, person.middle
    if form == "full":
        return [(f"{f} {l}", True)]
    if form == "first":
        return [(f, True)]
    if form == "last":
        return [(l, True)]
    if form == "last_first":
        return [(f"{l}, {f}", True)]
    if form == "last_first_mi":
        return [(f"{l}, {f} {m[:1]}.", True)]
    if form == "first_mi_last":
        return [(f"{f} {m[:1]}. {l}", True)]
    if form == "first_middle_last":
        return [(f"{f} {m} {l}", True)]
    if form == "init_last":
        return [(f"{f[:1]}. {l}", True)]
    if form == "init_last_nodot":
        return [(f"{f[:1]} {l}", True)]
    if form == "initials":
        return [(f"{f[:1]}{m[:1]}{l[:1]}".upper(), True)]
    if form == "initials_dots":
        return [(f"{f[:1]}.{l[:1]}.".upper(), True)]
    raise ValueError(f"unknown name form {form!r}")


NAME_FORMS_PATIENT = {"full": 4, "last_first": 2, "first_mi_last": 1, "last": 2, "first": 1,
                      "last_first_mi": 1, "init_last": 0.5, "first_middle_last": 0.5}
NAME_FORMS_DOCTOR = {"full": 3, "last": 4, "init_last": 1.5, "first_mi_last": 1, "last_first": 1,
                     "first": 0.5, "init_last_nodot": 0.3}
NAME_FORMS_RELATIVE = {"first": 5, "full": 3, "last": 0.5}
NAME_FORMS_NURSE = {"first": 3, "full": 3, "last": 2, "init_last": 1}
