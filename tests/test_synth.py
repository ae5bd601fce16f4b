"""The synthetic note generator: exact spans, determinism, coverage of note types, labels and styles."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from spacy_deid.io.jsonl import read_jsonl, validate_record
from spacy_deid.labels import COARSE_LABELS, FINE_LABELS
from spacy_deid.synth import NOTE_TYPES, coarsen, generate_note, generate_records
from spacy_deid.synth.builder import NoteBuilder
from spacy_deid.synth.values import EPONYM_DEVICES, EPONYM_DX

REQUIRED_TYPES = {"discharge_summary", "progress", "radiology", "pathology", "nursing", "ed_triage", "operative",
                  "referral_letter", "telephone_encounter", "lab_report", "medication_list", "psychiatric_intake"}


@pytest.fixture(scope="module")
def corpus():
    return list(generate_records(700, seed=11))


def test_builder_spans_are_exact_in_every_case_style():
    b = NoteBuilder().text("Seen by Dr. ").phi(" Anna Ruiz ", "DOCTOR").text("on ").phi("03/14/2021", "DATE")
    for case in ("as_is", "upper", "lower"):
        text, spans = b.render(case)
        assert [text[s["start"]:s["end"]] for s in spans] == [
            {"as_is": "Anna Ruiz", "upper": "ANNA RUIZ", "lower": "anna ruiz"}[case], "03/14/2021"]
        assert [s["label"] for s in spans] == ["DOCTOR", "DATE"]


def test_builder_keeps_adjacent_same_label_spans_apart():
    text, spans = NoteBuilder().phi("Boston", "CITY").phi("Denver", "CITY").render()
    assert text == "Boston Denver"
    assert [(s["start"], s["end"]) for s in spans] == [(0, 6), (7, 13)]


def test_records_are_spec_valid_and_spans_exact(corpus):
    for rec in corpus:
        validate_record(json.loads(json.dumps(rec)), rec["id"])
        for s in rec["spans"]:
            surface = rec["text"][s["start"]:s["end"]]
            assert surface and surface == surface.strip()
            assert s["label"] in FINE_LABELS


def test_deterministic_for_a_seed():
    a = [r["text"] for r in generate_records(25, seed=3)]
    assert a == [r["text"] for r in generate_records(25, seed=3)]
    assert a != [r["text"] for r in generate_records(25, seed=4)]
    assert generate_note(3, 7) == list(generate_records(1, seed=3, start=7))[0]


def test_every_note_type_and_every_label(corpus):
    assert REQUIRED_TYPES <= set(NOTE_TYPES)
    assert set(Counter(r["meta"]["note_type"] for r in corpus)) == set(NOTE_TYPES)
    labels = Counter(s["label"] for r in corpus for s in r["spans"])
    assert set(FINE_LABELS) <= set(labels), sorted(set(FINE_LABELS) - set(labels))
    for t in NOTE_TYPES:
        recs = list(generate_records(6, seed=2, note_types=[t]))
        assert {r["meta"]["note_type"] for r in recs} == {t}


def test_styles_case_name_forms_and_phi_free_notes(corpus):
    cases = Counter(r["meta"]["case"] for r in corpus)
    assert cases["upper"] > 50 and cases["as_is"] > 50 and cases["lower"] > 5
    upper = [r for r in corpus if r["meta"]["case"] == "upper"]
    assert all(r["text"] == r["text"].upper() for r in upper)
    names = [r["text"][s["start"]:s["end"]] for r in corpus if r["meta"]["case"] == "as_is"
             for s in r["spans"] if s["label"] in ("PATIENT", "DOCTOR")]
    assert any(re.fullmatch(r"[A-Za-z' -]+, [A-Za-z' -]+\.?( [A-Z]\.)?", n) for n in names)  # LAST, FIRST
    assert any(n.islower() for n in names)  # lowercase names
    assert any(re.fullmatch(r"[A-Z]\. [A-Za-z' -]+", n) for n in names)  # initials
    assert sum(1 for r in corpus if not r["spans"]) > 20  # notes with no PHI at all
    texts = " ".join(r["text"] for r in corpus).lower()
    for shorthand in (" pt ", "h/o", "s/p", "c/o"):
        assert shorthand in texts


def test_repeated_mentions_and_family(corpus):
    repeated = 0
    for r in corpus:
        doctors = Counter(r["text"][s["start"]:s["end"]].lower() for s in r["spans"] if s["label"] == "DOCTOR")
        repeated += any(c > 1 for c in doctors.values())
    assert repeated > 20
    roles = Counter(n["role"] for r in corpus for n in r["meta"]["names"])
    assert roles["rel"] > 50 and roles["pt"] > 200


def test_hard_negatives_are_never_spans(corpus):
    eponyms = [e.lower() for e in EPONYM_DX + EPONYM_DEVICES]
    seen = inside = 0
    for r in corpus:
        low = r["text"].lower()
        for e in eponyms:
            for m in re.finditer(r"\b" + re.escape(e) + r"\b", low):
                seen += 1
                inside += any(s["start"] < m.end() and m.start() < s["end"] for s in r["spans"])
    # Eponyms are written as plain text; only a real PHI value may contain one (a "Foley Street").
    assert seen > 100 and inside <= 0.01 * seen


def test_meta_records_culture_and_gender(corpus):
    cultures = Counter(n["culture"] for r in corpus for n in r["meta"]["names"])
    assert len(cultures) >= 12
    for c in ("english_us", "hispanic", "chinese", "indian", "bengali", "french", "arabic", "nigerian", "vietnamese"):
        assert cultures[c] > 0, c
    genders = {n["gender"] for r in corpus for n in r["meta"]["names"]}
    assert genders == {"female", "male"}
    assert all(r["meta"]["patient_gender"] in ("female", "male") for r in corpus)


def test_coarsen_maps_every_label():
    rec = coarsen(generate_note(5, 1, note_type="referral_letter"))
    assert rec["spans"] and {s["label"] for s in rec["spans"]} <= set(COARSE_LABELS)


def test_cli_synth_and_convert(tmp_path):
    from spacy.tokens import DocBin
    import spacy
    from typer.testing import CliRunner

    from spacy_deid.cli.main import app

    out = tmp_path / "notes.jsonl"
    runner = CliRunner()
    res = runner.invoke(app, ["synth", "--n", "12", "--seed", "9", "--out", str(out)])
    assert res.exit_code == 0, res.output
    recs = list(read_jsonl(out))
    assert len(recs) == 12 and recs[0]["text"] == generate_note(9, 0)["text"]
    spacy_file = tmp_path / "notes.spacy"
    res = runner.invoke(app, ["convert", str(out), str(spacy_file)])
    assert res.exit_code == 0, res.output
    docs = list(DocBin().from_disk(spacy_file).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 12
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels and labels <= set(COARSE_LABELS)
    assert sum(len(d.ents) for d in docs) >= 0.9 * sum(len(r["spans"]) for r in recs)
