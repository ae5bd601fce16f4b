"""Location surrogates: coherent addresses, Safe Harbor ZIP generalisation, named places.

One address (STREET, CITY, STATE, ZIP spans next to each other) gets one surrogate state, and its
ZIP is drawn inside that state (Faker's ``postcode_in_state``), so the parts stay coherent.
Named places (hospitals, organisations, wards) keep their generic words ("General Hospital",
"ICU") and have their distinctive words replaced by surrogate names.
"""
from __future__ import annotations

import random
import re
from typing import Dict, Optional, Set

from .casing import match_case
from .cjk import PLACE_SUFFIXES, is_cjk, split_affixes
from .fakers import locale_for, name_list, seeded
from .identifiers import scramble
from .keys import KeyDeriver, normalise

US_STATES: Dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
_STATE_BY_NAME = {normalise(v): k for k, v in US_STATES.items()}
# 3-digit ZIP prefixes with 20,000 or fewer people (2000 Census), generalised to "000" (Safe Harbor).
RESTRICTED_ZIP3 = {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830",
                   "831", "878", "879", "884", "890", "893"}
GENERIC_PLACE_WORDS = {
    "hospital", "hospitals", "general", "medical", "center", "centre", "clinic", "clinics", "memorial",
    "regional", "university", "community", "health", "healthcare", "care", "nursing", "home", "homes",
    "rehabilitation", "rehab", "children", "childrens", "women", "womens", "st", "saint", "of", "the",
    "and", "for", "at", "county", "city", "state", "institute", "cancer", "heart", "hospice", "unit",
    "icu", "micu", "sicu", "ccu", "nicu", "picu", "ward", "floor", "wing", "building", "tower",
    "pavilion", "department", "dept", "services", "service", "pharmacy", "laboratory", "lab", "school",
    "college", "academy", "company", "co", "inc", "llc", "corp", "corporation", "group", "associates",
    "partners", "practice", "family", "internal", "medicine", "surgery", "emergency", "room",
    "hospitalier", "hôpital", "hopital", "clinica", "clínica", "hospital", "krankenhaus", "klinik",
    "universitario", "universitaire", "centro", "de", "del", "la", "le", "du", "des", "el",
}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’.]*")


def state_code(value: str) -> Optional[str]:
    """US state code for "MA", "Mass.", "Massachusetts" (None when not a US state)."""
    key = normalise(value)
    if key.upper() in US_STATES:
        return key.upper()
    return _STATE_BY_NAME.get(key)


def surrogate_state(value: Optional[str], rng: random.Random) -> str:
    """A US state code different from the original's."""
    original = state_code(value) if value else None
    return rng.choice([c for c in sorted(US_STATES) if c != original])


def render_state(original: str, code: str) -> str:
    if len(original.strip(" .")) == 2:
        return match_case(original, code) if original.islower() else code
    return match_case(original, US_STATES[code])


def zip_surrogate(original: str, state: Optional[str], rng_seed: int, locale: str) -> str:
    """A ZIP in ``state`` (US) or a locale postcode, in the original's layout."""
    digits = sum(c.isdigit() for c in original)
    fake = seeded(locale, rng_seed)
    if state and locale == "en_US" and hasattr(fake, "postcode_in_state"):
        code = fake.postcode_in_state(state)
        extra = "".join(str(random.Random(rng_seed).randint(0, 9)) for _ in range(4))
        new = code + extra
        it = iter(new)
        return "".join(next(it) if c.isdigit() else c for c in original) if digits <= 9 else scramble(original, random.Random(rng_seed))
    code = fake.postcode()
    if sum(c.isdigit() for c in code) == digits and not any(c.isalpha() for c in original):
        it = iter(c for c in code if c.isdigit())
        return "".join(next(it) if c.isdigit() else c for c in original)
    return scramble(original, random.Random(rng_seed))


def zip_generalised(original: str) -> str:
    """Safe Harbor: the first three digits (``000`` for sparsely populated areas), then ``00``."""
    digits = "".join(c for c in original if c.isdigit())
    if len(digits) < 3:
        return "000"
    prefix = "000" if digits[:3] in RESTRICTED_ZIP3 else digits[:3]
    return prefix + "00"


def place_words(value: str, group: str, keys: KeyDeriver, lang: str, locales: dict,
                forbidden: Set[str]) -> str:
    """Keep generic words of a place name, replace distinctive ones by surrogate names."""
    if is_cjk(value):
        return _cjk_place(value, group, keys, locales, forbidden)
    replaced_any = False

    def sub(m: "re.Match[str]") -> str:
        nonlocal replaced_any
        word = m.group()
        key = normalise(word)
        if key in GENERIC_PLACE_WORDS or len(key) <= 1:
            return word
        replaced_any = True
        locale = locale_for(locales, lang, keys.integer(group, "place-locale", key))
        names, weights = name_list(locale, "last")
        for attempt in range(32):
            rng = keys.rng(group, "place", key, str(attempt))
            new = rng.choices(names, weights=weights)[0]
            if normalise(new) != key and normalise(new) not in forbidden:
                break
        return match_case(word, new) if word.isupper() or word.islower() else new

    out = _WORD.sub(sub, value)
    out = re.sub(r"\d+", lambda m: scramble(m.group(), keys.rng(group, "place-digits", value)), out)
    if not replaced_any and normalise(out) == normalise(value):
        names, weights = name_list(locale_for(locales, lang, 0), "last")
        prefix = keys.rng(group, "place-prefix", normalise(value)).choices(names, weights=weights)[0]
        out = match_case(value, prefix) + " " + out
    return out


def faker_value(method: str, original: str, seed: int, locale: str, avoid: Set[str]) -> str:
    """A Faker value (city, street_address, country, job, ...) different from the original."""
    key = normalise(original)
    value = original
    for attempt in range(16):
        fake = seeded(locale, seed + attempt)
        value = str(getattr(fake, method)())
        if "," not in value and normalise(value) != key and normalise(value) not in avoid:
            break
    return match_case(original, value)


_LEADING_NUMBER = re.compile(r"^(\d+[A-Za-z]?)(\s+)")
_TRAILING_NUMBER = re.compile(r"(\s+)(\d+[A-Za-z]?)$")
# the unit after a street ("12 Elm St, Apt 4B", "Suite 200", "#3"): kept, its number scrambled
_UNIT = re.compile(
    r"(?P<sep>,?\s+)(?P<word>apt\.?|apartment|unit|suite|ste\.?|fl\.?|floor|rm\.?|room|bldg\.?|building|#)"
    r"(?P<gap>\s*#?\s*)(?P<num>[A-Za-z]?\d+[A-Za-z]?(?:-\d+)?|[A-Za-z])$", re.I)


_PARTS = re.compile(r"(\s*,\s*)")
_UNIT_PART = re.compile(_UNIT.pattern.replace("(?P<sep>,?\\s+)", "^"), re.I)


# Floor and door of a Spanish address, after its street: "3º B", "3ºB", "2, B", "piso 4", "bajo B".
_FLOOR_DOOR = re.compile(r"^(?:(?:piso|planta|puerta|pta\.?|esc\.?|escalera|bajo|entlo\.?|ático|[A-Za-z](?![A-Za-z]))\s*)*"
                         r"(?:\d{1,3}\s*[ºª°]?\s*(?:[A-Za-z](?![A-Za-z]))?)?\s*$", re.I)


def _address_part(part: str, seed: int, locale: str, avoid: Set[str]) -> str:
    """A part of a street span after a comma: a unit keeps its word, numbers are scrambled, a
    word is a place (the city of the address)."""
    rng = random.Random(seed)
    unit = _UNIT_PART.match(part)
    if unit:
        return unit["word"] + unit["gap"] + scramble(unit["num"], rng)
    if _FLOOR_DOOR.match(part):  # "3º B", "piso 4", "puerta 2", "bajo B": its numbers change
        return re.sub(r"\d", lambda m: str(rng.randint(1, 9)), part)
    if not any(c.isalpha() for c in part):
        return scramble(part, rng)
    if any(c.isdigit() for c in part):  # "Apt 3B East": a street of its own
        return street(part, seed, locale, avoid)
    return faker_value("city", part, seed, locale, avoid)


STREET_TYPES = {
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln",
    "court", "ct", "place", "pl", "terrace", "ter", "way", "circle", "cir", "parkway", "pkwy", "highway",
    "hwy", "square", "sq", "trail", "plaza", "route", "rte",
}


_COMMON_TYPES = ("Street", "Avenue", "Road", "Drive", "Lane", "Court", "Place", "Boulevard", "Way")


def street(original: str, seed: int, locale: str, avoid: Set[str]) -> str:
    """A street with the original's house number layout and street type ("St.", "Avenue").

    English streets are "<surname> <type>" with the original's type word (or a common one), not
    Faker's rarer suffixes ("Shoal", "Motorway"); other locales use Faker's street names.
    """
    rng = random.Random(seed)
    parts = _PARTS.split(original)
    if len(parts) > 1:  # "45 Oak Lane, Apt 3, Quincy": each part in its place, commas as written
        out = [street(parts[0], seed, locale, avoid)]
        for k in range(1, len(parts), 2):
            out += [parts[k], _address_part(parts[k + 1], seed + k, locale, avoid)]
        return "".join(out)
    unit = _UNIT.search(original)
    if unit and unit.start() > 0 and any(c.isalpha() for c in original[:unit.start()]):
        # the street without its unit, then the unit as written with another number
        head = street(original[:unit.start()], seed, locale, avoid)
        return head + unit["sep"] + unit["word"] + unit["gap"] + scramble(unit["num"], rng)
    if not any(c.isalpha() for c in original):  # a house number alone
        return scramble(original, rng)
    core = _TRAILING_NUMBER.sub("", _LEADING_NUMBER.sub("", original))
    words = core.split()
    if locale.startswith("en"):
        type_at = next((i for i, w in enumerate(words) if i > 0 and normalise(w) in STREET_TYPES), None)
        kind = words[type_at] if type_at is not None else rng.choice(_COMMON_TYPES)
        names, weights = name_list(locale, "last")
        old = {normalise(w) for w in words}
        new_name = rng.choices(names, weights=weights)[0]
        for _ in range(16):
            if normalise(new_name) not in old | avoid:
                break
            new_name = rng.choices(names, weights=weights)[0]
        template = " ".join(words[:type_at]) if type_at else (core or original)
        name = match_case(template, new_name) + " " + (match_case(template, kind) if type_at is None else kind)
    else:
        name = faker_value("street_name", core or original, seed, locale, avoid)
    lead, trail = _LEADING_NUMBER.match(original), _TRAILING_NUMBER.search(original)
    if lead:
        return scramble(lead.group(1), rng) + lead.group(2) + name
    if trail:
        return name + trail.group(1) + scramble(trail.group(2), rng)
    return name


def _cjk_place(value: str, group: str, keys: KeyDeriver, locales: dict, forbidden: Set[str]) -> str:
    """A Chinese place: generic suffixes ("分院", "醫院", "市") kept, the name part from Faker's cities."""
    core, suffix = split_affixes(value, PLACE_SUFFIXES)
    locale = locale_for(locales, "zh", 0)
    new = core
    for attempt in range(16):
        city = seeded(locale, keys.integer(group, "place", value, str(attempt)) % (2 ** 63)).city()
        new, _ = split_affixes(city, PLACE_SUFFIXES)
        if new != core and new not in forbidden:
            break
    return new + suffix
