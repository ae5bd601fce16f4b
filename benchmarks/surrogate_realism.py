"""Do surrogates look real? Re-run the rule recognizers on surrogate text.

Every gold span of a JSONL file (``shared/spec/formats.md``; default: a few hand-written sample
notes below) is replaced by its surrogate; ``spacy_deid.recognizers.default_recognizers()`` then
runs on the surrogate text, and for each rule-covered coarse label (DATE, CONTACT, ID, AGE, plus
LOCATION for the STREET/ZIP rules) we print the share of surrogate spans still recognised as that
coarse label (any overlapping match), next to the same share on the original text.

    python benchmarks/surrogate_realism.py [--input notes.jsonl] [--group-key patient] [--key K]
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.recognizers import default_recognizers  # noqa: E402
from spacy_deid.spans import PhiSpan  # noqa: E402
from spacy_deid.surrogates import SurrogateGenerator  # noqa: E402

RULE_LABELS = ("DATE", "CONTACT", "ID", "AGE", "LOCATION")
RULE_FINE_LOCATIONS = {"STREET", "ZIP"}  # the only LOCATION labels rules look for

# Hand-written synthetic notes; [[surface|LABEL]] marks a gold span.
SAMPLE_NOTES = [
    ("p1", "[[John Smith|PATIENT]] is a [[67|AGE]]-year-old man seen on [[03/14/2021|DATE]] by "
           "Dr. [[Anna Ruiz|DOCTOR]]. MRN: [[0012345|MEDICALRECORD]]. Call [[(617) 726-2000|PHONE]] "
           "or email [[jsmith@gmail.com|EMAIL]]. Follow-up on [[March 28, 2021|DATE]]."),
    ("p1", "[[SMITH, JOHN|PATIENT]] returned [[14 Apr 2021|DATE]]. Lives at [[12 Oak Street|STREET]], "
           "[[Boston|CITY]], [[MA|STATE]] [[02114|ZIP]]. SSN [[123-45-6789|SSN]]. "
           "Fax [[617-555-0199|FAX]]. Seen in [[2019|DATE]] for the same complaint."),
    ("p2", "Pt is a [[92|AGE]] yo woman admitted [[2021-06-02|DATE]]. Account #: [[883201774|ACCOUNT]]. "
           "Insurance member id [[XJH44810021|HEALTHPLAN]]. NPI [[1234567893|IDNUM]]. "
           "Portal [[https://www.stmarys-example-hospital.org/pt/883|URL]] from IP [[10.22.4.17|IPADDR]]."),
    ("p2", "PATIENT SEEN [[JUNE 9, 2021|DATE]]. AGE: [[45|AGE]]. PHONE [[781.555.2310|PHONE]]. "
           "DEA # [[AB1234563|LICENSE]]. SERIAL NO. [[PX-55102-B|DEVICE]]. VIN [[1HGCM82633A004352|VEHICLE]]."),
    ("p3", "Discharged on [[6/30/21|DATE]]; next visit [[7/14|DATE]]. Pacemaker serial # [[SN778120|DEVICE]]. "
           "Daughter phone [[+1 508 555 0147|PHONE]], [[anna.b@yahoo.com|EMAIL]]. Age [[88|AGE]]. "
           "Accession #: [[S21-40017|IDNUM]]. Lab drawn [[Jul 2, 2021|DATE]]."),
    ("p4", "Admission date: [[12/01/2020|DATE]]. [[78|AGE]] y/o F from [[45 Elm Ave|STREET]], "
           "[[Springfield|CITY]], [[IL|STATE]] [[62704|ZIP]]. Chart # [[55-11-902|MEDICALRECORD]]. "
           "Seen again [[Dec 15|DATE]] and in [[January 2021|DATE]]. Cell [[217-555-0128|PHONE]]."),
]


def parse_marked(marked: str) -> Tuple[str, List[Dict[str, object]]]:
    text, spans, pos = [], [], 0
    for m in re.finditer(r"\[\[(.+?)\|([A-Z_]+)\]\]", marked):
        text.append(marked[pos: m.start()])
        start = sum(len(t) for t in text)
        text.append(m.group(1))
        spans.append({"start": start, "end": start + len(m.group(1)), "label": m.group(2)})
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def sample_docs() -> List[dict]:
    docs = []
    for n, (patient, marked) in enumerate(SAMPLE_NOTES):
        text, spans = parse_marked(marked)
        docs.append({"id": f"sample-{n}", "text": text, "spans": spans, "meta": {"patient": patient}})
    return docs


def read_jsonl(path: str) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def apply(text: str, spans: List[PhiSpan], new: List[str]) -> Tuple[str, List[PhiSpan]]:
    """Text with every span replaced, and the spans' offsets in that text."""
    out, moved, pos, shift = [], [], 0, 0
    for span, value in zip(spans, new):
        out.append(text[pos: span.start])
        start = span.start + shift
        out.append(value)
        moved.append(PhiSpan(start, start + len(value), span.label))
        shift += len(value) - (span.end - span.start)
        pos = span.end
    out.append(text[pos:])
    return "".join(out), moved


def recognised(text: str, spans: List[PhiSpan], recognizers) -> List[bool]:
    matches = [m for r in recognizers for m in r.find(text)]
    hits = []
    for s in spans:
        coarse = to_coarse(s.label)
        hits.append(any(m.start < s.end and s.start < m.end and to_coarse(m.label) == coarse for m in matches))
    return hits


def counted(span: PhiSpan) -> bool:
    coarse = to_coarse(span.label)
    return coarse in RULE_LABELS and (coarse != "LOCATION" or span.label in RULE_FINE_LOCATIONS)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", help="JSONL with gold spans, or any corpus spacy_deid.io.read_corpus reads "
                                    "(default: built-in sample notes)")
    ap.add_argument("--format", default=None, help="corpus format for read_corpus (default: detected)")
    ap.add_argument("--group-key", default="patient")
    ap.add_argument("--key", default="surrogate-realism-benchmark")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print the surrogate text of each document")
    args = ap.parse_args(argv)
    if not args.input:
        docs: Iterable[dict] = sample_docs()
    elif args.input.endswith(".jsonl"):
        docs = read_jsonl(args.input)
    else:
        from spacy_deid.io.formats import read_corpus

        docs = read_corpus(args.input, args.format)
    if args.limit:
        docs = itertools.islice(docs, args.limit)
    gen = SurrogateGenerator(key=args.key)
    recognizers = default_recognizers()
    total, still, base = Counter(), Counter(), Counter()
    for doc in docs:
        text = doc["text"]
        spans = sorted((PhiSpan(s["start"], s["end"], s["label"]) for s in doc["spans"]), key=lambda s: s.start)
        meta = doc.get("meta") or {}
        new = gen.surrogates(text, spans, group=meta.get(args.group_key), lang=meta.get("lang", "en"))
        new_text, moved = apply(text, spans, new)
        if args.show:
            print(new_text, "\n")
        for orig, sur, hit_o, hit_s in zip(spans, moved, recognised(text, spans, recognizers),
                                           recognised(new_text, moved, recognizers)):
            if counted(orig):
                c = to_coarse(orig.label)
                total[c] += 1
                still[c] += hit_s
                base[c] += hit_o
    print(f"{'label':10} {'spans':>6} {'surrogate recognised':>21} {'original recognised':>20}")
    for c in RULE_LABELS:
        if total[c]:
            print(f"{c:10} {total[c]:>6} {still[c] / total[c]:>21.1%} {base[c] / total[c]:>20.1%}")
    n, s, b = sum(total.values()), sum(still.values()), sum(base.values())
    print(f"{'ALL':10} {n:>6} {s / max(n, 1):>21.1%} {b / max(n, 1):>20.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
