"""``place_policy`` (issue 10, operating point): HIPAA Safe Harbor removes geographic subdivisions
smaller than a state, so ``"below_state"`` leaves states and countries (spans labelled STATE or
COUNTRY) in the output; the default ``"all"`` follows our label scheme, where they are PHI.
Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import lexicon_pipeline
from spacy_deid.redaction import RedactionSettings, policy_spans
from spacy_deid.spans import PhiSpan


def _redact(text: str, policy: str) -> str:
    nlp = lexicon_pipeline("en", {"mode": "tag", "place_policy": policy})
    return nlp(text)._.deidentified


def test_default_redacts_states_and_countries():
    assert _redact("Lives in Springfield, Illinois with her son.", "all") == "Lives in [CITY], [STATE] with her son."
    assert "Canada" not in _redact("She moved here from Canada last year.", "all")


def test_below_state_keeps_states_and_countries_but_not_cities_or_hospitals():
    assert _redact("Lives in Springfield, Illinois with her son.", "below_state") == "Lives in [CITY], Illinois with her son."
    assert _redact("Transferred from Mercy Hospital in Texas.", "below_state") == "Transferred from [HOSPITAL] Hospital in Texas."
    assert _redact("She moved here from Canada last year.", "below_state") == "She moved here from Canada last year."


def test_the_policy_reads_labels_only():
    text = "Georgia called from Georgia."
    spans = [PhiSpan(0, 7, "PATIENT", "lexicon", 0.9), PhiSpan(20, 27, "STATE", "lexicon", 0.9)]
    kept = policy_spans(text, spans, RedactionSettings(place_policy="below_state"))
    assert [(s.start, s.label) for s in kept] == [(0, "PATIENT")]  # a name stays PHI whatever its text


def test_an_unknown_place_policy_is_refused():
    with pytest.raises(ValueError, match="place_policy"):
        RedactionSettings(place_policy="states")


def test_a_state_the_word_list_holds_too_is_labelled_a_state():
    """"PT FROM OHIO": "ohio" is in the word list, so the gazetteer's word path found it and labelled
    it a city; a state keeps its kind (a state's surrogate, and below_state leaves it)."""
    assert _redact("PT FROM OHIO, HERE VISITING.", "all") == "PT FROM [STATE], HERE VISITING."
    assert _redact("PT FROM OHIO, HERE VISITING.", "below_state") == "PT FROM OHIO, HERE VISITING."
