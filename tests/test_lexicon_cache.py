"""The per-user cache of the parsed word table (``spacy_deid/lexicons/cache.py``): a second
process reads the same table from it, and a missing, damaged or unwritable cache changes nothing
but the time."""
from __future__ import annotations

import gzip
import shutil

import pytest

from spacy_deid.lexicons import cache, tables
from spacy_deid.lexicons.tables import DATA_DIR, PLACES_FILE, WORDS_FILE, Lexicon

WORDS = ("smith", "foley", "boston", "afeb", "maria", "hospital")


def _signature(lx: Lexicon):
    return [(w, lx.flags(w), lx.zipf(w), lx.nameness(w)) for w in WORDS], len(lx), lx.digest


@pytest.fixture(scope="module")
def parsed():
    return tables._parse_words((DATA_DIR / WORDS_FILE).read_bytes())


def _no_parsing(raw):
    raise AssertionError("the word table was parsed instead of read from the cache")


def test_a_second_load_reads_the_cache(tmp_path, monkeypatch, parsed):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "c"))
    first = Lexicon.from_dir(DATA_DIR)
    files = list((tmp_path / "c").glob("words-*.bin"))
    assert len(files) == 1 and first._entries == parsed
    monkeypatch.setattr(tables, "_parse_words", _no_parsing)
    second = Lexicon.from_dir(DATA_DIR)
    assert second._entries == parsed and list(second._entries) == list(parsed)
    assert _signature(second) == _signature(first)
    assert first.flags("smith") & tables.LAST and first.flags("afeb") & tables.ABBREV


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path, monkeypatch, parsed):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    Lexicon.from_dir(DATA_DIR)
    (path,) = tmp_path.glob("words-*.bin")
    whole = path.read_bytes()
    flipped = bytearray(whole)
    flipped[-3] ^= 0x10  # one entry's bits: still a well-formed file
    for damaged in (whole[: len(whole) // 2], b"not a cache", whole[:40] + b"\xff" * 64 + whole[104:], bytes(flipped)):
        path.write_bytes(damaged)
        assert Lexicon.from_dir(DATA_DIR)._entries == parsed
        assert path.read_bytes() == whole


def test_new_tables_never_read_an_old_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "c"))
    Lexicon.from_dir(DATA_DIR)
    own = tmp_path / "tables"
    own.mkdir()
    shutil.copy(DATA_DIR / PLACES_FILE, own / PLACES_FILE)
    (own / WORDS_FILE).write_bytes(gzip.compress(b"okonkwo\t3\t12\t80\nafeb\t12\t0\t\n"))
    lx = Lexicon.from_dir(own)
    assert len(lx) == 2 and lx.flags("okonkwo") == 3 and lx.zipf("okonkwo") == 1.2 and lx.nameness("okonkwo") == 0.8
    assert len(list((tmp_path / "c").glob("words-*.bin"))) == 2
    assert len(Lexicon.from_dir(own)) == 2


@pytest.mark.parametrize("setting", ["off", "0", ""])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, setting, parsed):
    monkeypatch.setenv(cache.ENV, setting)
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir() is None
    assert Lexicon.from_dir(DATA_DIR)._entries == parsed
    assert not list(tmp_path.rglob("words-*.bin"))


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch, parsed):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))  # a folder that cannot be made
    assert Lexicon.from_dir(DATA_DIR)._entries == parsed
    assert cache.write_words("0" * 32, {"a": 1}) is None


def test_the_default_folder_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "spacy-deid"


def test_tables_the_format_cannot_hold_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    assert cache.write_words("1" * 32, {"two\nlines": 1}) is None
    assert cache.write_words("2" * 32, {"big": 2 ** 40}) is None
    assert cache.write_words("3" * 32, {}) is not None and cache.read_words("3" * 32) == {}
    assert not list(tmp_path.glob("*.tmp"))
