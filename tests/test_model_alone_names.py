"""``model_alone_names`` (issue 10, operating point): names and places that a model alone found
can be left out, so that only those a rule, a list or a context cue backs are redacted. The NER
here is spaCy's EntityRuler, a real component that puts entities on the Doc as a trained NER
does; the rule component is the real one."""
from __future__ import annotations

import spacy

from spacy_deid.components import deid_redactor, phi_patterns  # noqa: F401
from spacy_deid.redaction import RedactionSettings, model_alone, policy_spans
from spacy_deid.spans import PhiSpan


def _pipeline(model_alone_names: bool):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PATIENT", "pattern": "Quenby"}, {"label": "CITY", "pattern": "Zarnov"},
                        {"label": "PHONE", "pattern": [{"TEXT": "617"}, {"TEXT": "-"}, {"TEXT": "555"}, {"TEXT": "-"},
                                                       {"TEXT": "0134"}]}])
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor", config={"mode": "tag", "tag_level": "coarse", "model_alone_names": model_alone_names})
    return nlp


TEXT = "Pt comfortable, Zarnov noted. Quenby at bedside, phone 617-555-0134."


def test_names_a_model_alone_found_are_kept_only_by_default():
    assert _pipeline(True)(TEXT)._.deidentified == "Pt comfortable, [LOCATION] noted. [NAME] at bedside, phone [CONTACT]."
    # off: the model's names and places alone are left; what a rule backs, and other labels, stay PHI
    out = _pipeline(False)(TEXT)._.deidentified
    assert out == "Pt comfortable, Zarnov noted. Quenby at bedside, phone [CONTACT]."


def test_the_setting_touches_only_model_names_and_places():
    text = "Ann Lee 03/14 Boston"
    spans = [PhiSpan(0, 7, "PATIENT", "ner", 1.0), PhiSpan(8, 13, "DATE", "ner", 1.0),
             PhiSpan(14, 20, "CITY", "ner+lexicon", 0.9)]
    kept = policy_spans(text, spans, RedactionSettings(model_alone_names=False))
    assert [(s.start, s.label) for s in kept] == [(8, "DATE"), (14, "CITY")]
    assert model_alone(PhiSpan(0, 1, "PATIENT", "ner+llm", 1.0)) and not model_alone(spans[2])
    assert len(policy_spans(text, spans, RedactionSettings())) == 3
