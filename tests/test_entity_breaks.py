"""An NER entity never runs over a line break or a sentence end (``finders/breaks.py``,
``deid_ner``'s ``cut_at_breaks``): it is cut into the pieces between them, each keeping the
entity's label and score, so that the veto components judge each piece on its own."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from spacy_deid.components.scored_ner import cut_entities
from spacy_deid.finders.breaks import pieces


def _texts(doc, ranges):
    return [doc[a:b].text for a, b in ranges]


def test_line_breaks_and_sentence_ends_cut_but_abbreviations_do_not():
    de = spacy.blank("de")
    doc = de("Hausarzt Dr. Weber\nAnamnese unauffällig")
    assert _texts(doc, pieces(doc, 0, len(doc))) == ["Hausarzt Dr. Weber", "Anamnese unauffällig"]
    doc = de("Sie wurde entlassen. Die Station informiert")
    assert _texts(doc, pieces(doc, 0, len(doc))) == ["Sie wurde entlassen", "Die Station informiert"]
    for text in ("Prof. Dr. med. Anna Weber", "Kirchstr. 5 in St. Georgen", "Klinikum rechts der Isar",
                 "nach Sturz. Keine"):
        doc = de(text)
        assert pieces(doc, 0, len(doc)) == [(0, len(doc))], text
    doc = de("Wie geht es? Gut! Danke")
    assert _texts(doc, pieces(doc, 0, len(doc))) == ["Wie geht es", "Gut", "Danke"]
    en = spacy.blank("en")
    doc = en("pt stable. Wife called")
    assert _texts(doc, pieces(doc, 0, len(doc))) == ["pt stable", "Wife called"]
    doc = en("Mount Sinai Hosp. Boston")
    assert pieces(doc, 0, len(doc)) == [(0, len(doc))]
    zh = spacy.blank("zh")
    doc = zh("王小明。他今天")
    assert "。" not in "".join(_texts(doc, pieces(doc, 0, len(doc))))


def test_cut_entities_sets_the_pieces_keeps_scores_and_other_entities():
    nlp = spacy.blank("de")
    doc = nlp("Patient Hans Weber\nBefund: Zustand nach einem Sturz gestern. Keine Fraktur in Berlin")
    street = doc.char_span(doc.text.index("Weber"), doc.text.index(" in Berlin"), label="STREET")
    city = doc.char_span(doc.text.index("Berlin"), len(doc.text), label="CITY")
    org = doc.char_span(0, len("Patient"), label="ORG_NOT_PHI")
    doc.ents = [org, street, city]
    scores = {(street.start, street.end, "STREET"): 0.8}
    matches = cut_entities(doc, scores)
    assert [(doc.text[s:e], label, score) for s, e, label, score in matches] == [
        ("Weber", "STREET", 0.8), ("Befund: Zustand nach einem Sturz gestern", "STREET", 0.8), ("Keine Fraktur", "STREET", 0.8),
        ("Berlin", "CITY", 0.0)]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Patient", "ORG_NOT_PHI"), ("Weber", "STREET"), ("Befund: Zustand nach einem Sturz gestern", "STREET"),
        ("Keine Fraktur", "STREET"), ("Berlin", "CITY")]
    # switched off: the entity stays whole
    doc2 = nlp("Weber\nBefund")
    doc2.ents = [Span(doc2, 0, len(doc2), label="PATIENT")]
    assert [(doc2.text[s:e]) for s, e, _, _ in cut_entities(doc2, None, cut=False)] == ["Weber\nBefund"]
    assert [e.text for e in doc2.ents] == ["Weber\nBefund"]


def test_an_address_over_two_lines_stays_redacted_in_every_case():
    """The shipped English pipeline: the NER's address over a line break is cut in two, and the
    unit line ("Flat 25S": an ordinary word and a number) keeps its label in any case."""
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline("default", "en")
    note = "CC: Dr Sandile Madlanduna, Flat 25S\nNorman Islands, Brooksberg, Arizona E1 5SR"
    for text in (note, note.upper()):
        out = nlp(text)._.deidentified
        for phi in ("Flat", "25S", "Norman", "Islands", "Brooksberg", "5SR"):
            assert phi.lower() not in out.lower(), (phi, out)


def test_an_entity_without_a_letter_or_digit_is_dropped():
    nlp = spacy.blank("zh")
    doc = nlp("醫師：嗯⋯⋯好，王先生三月來")
    dots = doc.char_span(doc.text.index("⋯"), doc.text.index("⋯") + 2, label="DATE")
    march = doc.char_span(doc.text.index("三月"), doc.text.index("三月") + 2, label="DATE")
    assert dots is not None and march is not None
    doc.ents = [dots, march]
    matches = cut_entities(doc, None)
    assert [(doc.text[s:e], label) for s, e, label, _ in matches] == [("三月", "DATE")]
    assert [e.text for e in doc.ents] == ["三月"]
