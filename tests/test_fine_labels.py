"""Fine labels (issue 11, must-have 5): the default pipeline tells a PATIENT from a DOCTOR and a
CITY from a HOSPITAL or a STREET, so that fine-label operators and policies fire and surrogates
keep the kind of thing. The model is the shipped one and tiny ones trained here."""
from __future__ import annotations

import re

import pytest
import spacy

from spacy_deid.fine_labels import FineLabelModel, refine_labels
from spacy_deid.fine_labels.model import fit
from spacy_deid.fine_labels.train import accuracy, examples_of
from spacy_deid.models import load_default
from spacy_deid.pipelines import configure_redactor
from spacy_deid.spans import PhiSpan
from spacy_deid.surrogates.locations import US_STATES
from spacy_deid.synth.generate import generate_records

pytestmark = pytest.mark.filterwarnings("ignore::spacy_deid.components._key_warning.KeyInConfigWarning")

NOTE = ("Patient Maria Gonzalez was admitted from Mercy General Hospital. Seen by Ricardo Conley, MD.\n"
        "Daughter Anna Petrova called; she lives in Springfield, Illinois 62704.")


@pytest.fixture(scope="module")
def nlp():
    return load_default()


def _labels(doc):
    return {doc.text[s.start:s.end]: s.label for s in doc._.phi}


def test_default_pipeline_gives_fine_labels(nlp):
    labels = _labels(nlp(NOTE))
    assert labels["Maria Gonzalez"] == "PATIENT"
    assert labels["Anna Petrova"] == "PATIENT"  # a relative is PATIENT in the label scheme
    assert labels["Ricardo Conley"] == "DOCTOR"  # ", MD" signs a name here, it is not Maryland
    assert labels["Mercy General"] == "HOSPITAL"
    assert labels["Springfield"] == "CITY"
    assert labels["Illinois"] == "STATE"
    assert labels["62704"] == "ZIP"


def test_the_shipped_model_refines_what_the_ner_names_by_category(nlp):
    model = nlp.get_pipe("phi_fine_labels").model
    text = "Attending: Helena Brightwater, MD.\nHusband Tomasz Wierzbicki at bedside.\nTransferred from Lakeshore Medical Center."
    doc = nlp.make_doc(text)

    def span(value, label):
        start = text.index(value)
        return PhiSpan(start, start + len(value), label, "ner", 0.9)

    spans = [span("Helena Brightwater", "NAME"), span("Tomasz Wierzbicki", "NAME"),
             span("Lakeshore Medical Center", "LOCATION"), span("Transferred", "DATE")]
    out = refine_labels(doc, spans, model)
    assert [s.label for s in out] == ["DOCTOR", "PATIENT", "HOSPITAL", "DATE"]
    assert [(s.start, s.end, s.source, s.score) for s in out] == [(s.start, s.end, s.source, s.score) for s in spans]
    # a bar of 1.0 for DOCTOR: the model may not call anyone a doctor, the span keeps its category
    strict = refine_labels(doc, spans, model, label_min_confidence={"DOCTOR": 1.0})
    assert [s.label for s in strict] == ["NAME", "PATIENT", "HOSPITAL", "DATE"]


def test_fine_label_operators_fire():
    nlp = load_default()  # its own pipeline: the redactor is reconfigured below
    configure_redactor(nlp, operators={"DOCTOR": "keep"}, mode="tag")
    out = nlp(NOTE)._.deidentified
    assert "Ricardo Conley, MD" in out  # the policy "keep clinician names"
    for secret in ("Maria", "Gonzalez", "Anna Petrova", "Mercy General", "Springfield", "Illinois", "62704"):
        assert secret not in out
    assert "[PATIENT] was admitted from [HOSPITAL] Hospital" in out


def test_surrogates_keep_the_kind_of_place(monkeypatch):
    nlp = load_default()
    nlp.add_pipe("surrogate_generator", before="deid_redactor", config={"key": "fine-label-test-key", "zip_mode": "generalize"})
    configure_redactor(nlp, mode="surrogate")
    doc = nlp(NOTE)
    out = doc._.deidentified
    for secret in ("Maria", "Gonzalez", "Springfield", "Illinois", "Conley"):
        assert secret not in out
    # a state becomes a state, a ZIP code its first three digits (Safe Harbor), a hospital stays a hospital
    state = re.search(r", ([A-Z][A-Za-z ]+) (\d{5})\.$", out)
    assert state is not None, out
    assert state.group(1) in US_STATES.values()
    assert state.group(2) == "62700"
    assert re.search(r"admitted from .+ Hospital\.", out)


def test_a_tiny_model_learns_the_fine_labels_of_synthetic_notes(nlp):
    train = examples_of(generate_records(150, seed=7), nlp.make_doc)
    test = examples_of(generate_records(60, seed=8), nlp.make_doc)
    model = fit(train, epochs=4, seed=0)
    scores = accuracy(model, test)
    for coarse in ("NAME", "LOCATION"):
        right, total = scores[coarse]
        assert total >= 30 and right / total >= 0.85, (coarse, right, total)
    # storage round trip: same vocabulary, same predictions (weights are stored as float16)
    again = FineLabelModel.from_bytes(model.to_bytes())
    assert again.labels == model.labels and again.vocab == model.vocab
    for feats, gold in test[:50]:
        from spacy_deid.labels import to_coarse

        assert again.predict(feats, to_coarse(gold))[0] == model.predict(feats, to_coarse(gold))[0]
    # deterministic for a seed
    assert fit(train, epochs=4, seed=0).to_bytes() == model.to_bytes()


def test_the_model_travels_with_the_pipeline(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "phi_fine_labels" / "fine_labels.json.gz").is_file()
    loaded = spacy.load(tmp_path / "pipe")
    assert "phi_fine_labels" in loaded.pipe_names
    assert _labels(loaded(NOTE)) == _labels(nlp(NOTE))


def test_bad_settings_and_files_are_refused(nlp, tmp_path):
    blank = spacy.blank("en")
    with pytest.raises(ValueError, match="confidence"):
        blank.add_pipe("phi_fine_labels", config={"min_confidence": 1.5})
    with pytest.raises(ValueError, match="not fine labels"):
        blank.add_pipe("phi_fine_labels", name="x", config={"label_min_confidence": {"DOCTER": 0.9}})
    with pytest.raises(FileNotFoundError, match="train-fine-labels"):
        blank.add_pipe("phi_fine_labels", name="y", config={"model_path": str(tmp_path)})
    model = nlp.get_pipe("phi_fine_labels").model
    import gzip
    import json

    doc = json.loads(gzip.decompress(model.to_bytes()))
    doc["labels"][0] = "BOGUS"
    with pytest.raises(ValueError, match="not in the scheme"):
        FineLabelModel.from_bytes(gzip.compress(json.dumps(doc).encode()))
