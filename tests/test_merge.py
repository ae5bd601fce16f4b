"""The merge policy: union of characters, label priority, sources and scores."""
import pytest
import spacy
from spacy.tokens import Span

from spacy_deid.merge import collect_candidates, merge_doc, merge_spans
from spacy_deid.spans import PhiSpan, add_phi_spans


def test_overlapping_spans_are_unioned_never_shrunk():
    merged = merge_spans([PhiSpan(10, 20, "DOCTOR", "ner", 0.7), PhiSpan(15, 30, "DATE", "rules", 1.0)])
    assert [(s.start, s.end) for s in merged] == [(10, 30)]
    assert merged[0].label == "DATE"  # DATE ranks above NAME by default
    assert merged[0].source == "ner+rules"
    assert merged[0].score == 1.0


def test_touching_spans_stay_apart():
    merged = merge_spans([PhiSpan(0, 5, "PATIENT"), PhiSpan(5, 9, "DATE")])
    assert [(s.start, s.end, s.label) for s in merged] == [(0, 5, "PATIENT"), (5, 9, "DATE")]


def test_chain_of_overlaps_becomes_one_span():
    merged = merge_spans([PhiSpan(0, 4, "CITY"), PhiSpan(3, 8, "STREET"), PhiSpan(7, 12, "ZIP")])
    assert [(s.start, s.end) for s in merged] == [(0, 12)]
    assert merged[0].label == "STREET"  # same coarse rank: the longest constituent wins


def test_label_priority_is_configurable():
    cands = [PhiSpan(0, 10, "PATIENT"), PhiSpan(2, 6, "IDNUM")]
    assert merge_spans(cands)[0].label == "IDNUM"
    assert merge_spans(cands, ["NAME", "ID"])[0].label == "PATIENT"
    with pytest.raises(ValueError):
        merge_spans(cands, ["NAMES"])


def test_uncertain_only_when_every_source_was():
    a = PhiSpan(0, 5, "PATIENT", "llm", 0.4, uncertain=True)
    assert merge_spans([a])[0].uncertain
    assert not merge_spans([a, PhiSpan(1, 5, "PATIENT", "ner", 0.9)])[0].uncertain


def test_merge_doc_reads_span_groups_and_ner_entities():
    nlp = spacy.blank("en")
    doc = nlp("Seen by John Carter on 03/14/2021 in Boston today.")
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 7, 8, label="GPE"), Span(doc, 8, 9, label="DATE")]
    add_phi_spans(doc, [(23, 33, "DATE", 1.0)], "rules")
    spans = merge_doc(doc)
    got = [(doc.text[s.start:s.end], s.label, s.source) for s in spans]
    assert got == [
        ("John Carter", "NAME", "ner"),
        ("03/14/2021", "DATE", "rules"),
        ("Boston", "LOCATION", "ner"),
        ("today", "DATE", "ner"),  # an entity labelled DATE is PHI: union, privacy first
    ]
    # NER can be ignored or mapped differently by config
    assert [s.source for s in merge_doc(doc, use_ents=False)] == ["rules"]
    assert len(merge_doc(doc, ner_label_map={})) == 2  # PERSON/GPE unmapped: only DATE ents + rules


def test_non_phi_label_in_phi_group_is_an_error():
    nlp = spacy.blank("en")
    doc = nlp("aspirin 81 mg")
    doc.spans["phi"] = [Span(doc, 0, 1, label="DRUG")]
    with pytest.raises(ValueError, match="non-PHI label"):
        collect_candidates(doc)


def test_add_phi_spans_splits_tokens_and_keeps_earlier_spans():
    nlp = spacy.blank("en")
    doc = nlp("DOB:03/14/2021 Dr. Smith")
    doc.spans["phi"] = [Span(doc, 2, 3, label="DOCTOR", span_id="ner")]
    add_phi_spans(doc, [(4, 14, "DATE", 0.9)], "rules")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["phi"]] == [
        ("Smith", "DOCTOR", "ner"), ("03/14/2021", "DATE", "rules")]
    assert [t.text for t in doc] == ["DOB:", "03/14/2021", "Dr.", "Smith"]
