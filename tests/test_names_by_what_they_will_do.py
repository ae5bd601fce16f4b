"""Relatives and friends named before what they will do ("David would like a call", "Rosa to call
back in am", "Marcel will bring clothes"), before what only a person does or feels ("Ekow signed
consent", "MARGIT TEARFUL AT BEDSIDE"), asked for ("pt requesting corinne"), and family names of one
letter (Korean O) after a title's glued dot ("PER DR.O"), after "NP" closing its clause ("discussed
with NP O)") or acting ("NP O AWARE"). Found with a fifth and sixth set of name probes
(``python benchmarks/probes.py --probe names5``, ``--probe names6``) and the counterfactual notes'
Korean names (``benchmarks/physionet_counterfactual.py --by-culture``, design half); each positive
failed on the session's first commit. Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,value", [
    ("DAVID WOULD LIKE A CALL IF ANY CHANGES.", "DAVID"),
    ("catherine to call back in am.", "catherine"),
    ("Marcel will bring clothes tomorrow.", "Marcel"),
    ("ROSA WILL VISIT AFTER WORK.", "ROSA"),
    ("pt requesting corinne.", "corinne"),
    ("Ekow signed consent.", "Ekow"),
    ("MARGIT TEARFUL AT BEDSIDE.", "MARGIT"),
    ("jurgen expressed concern re sedation.", "jurgen"),
    ("TOMASZ ASKED ABOUT PAIN CONTROL.", "TOMASZ"),
    ("fenella asking appropriate questions.", "fenella"),
    ("DAVIDE DECLINED TO VISIT.", "DAVIDE"),
    ("Kwabena went home to rest.", "Kwabena"),
    ("PER DR.O THIS AFTERNOON, START TO WEAN.", "O"),
    ("AS DISCUSSED WITH NP O).", "O"),
    ("FEBRILE, NP O AWARE.", "O"),
])
def test_a_person_by_what_they_will_do_or_a_letter_after_a_title(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"NAME"}


@pytest.mark.parametrize("text", [
    "pt to call if needs anything.",
    "MD TO CALL BACK WITH RESULTS.",
    "labs to come back later.",
    "foley will come out later today.",
    "son would like update in am.",
    "Lasix will bring down volume.",
    "Renal to call back re hd.",
    "PT REQUESTING PAIN MED.",
    "pt requesting more ice for sore throat.",
    "ms o intact, moving all limbs.",
    "PT ON 2L NP O2 SAT 95.",
    "NP A AND B ROUNDED.",
    "PT DECLINED MEDS.",
    "CONSENT SIGNED.",
    "wife tearful at bedside.",
    "BP WENT DOWN, LEVO UP.",
    "family asked about plan.",
    "HCT DECLINED TO 24.",
    "wife says God gave her strength today.",
    "Family asks that the Rabbi be called tonight.",  # clergy are a role ("Rabbi Feldstein"), no name
])
def test_plans_requests_and_letters_that_name_no_one(nlp, text):
    assert doc_predictions(nlp(text)) == []
