"""Family names that look like cue words, letters or particles (issue 10, name fairness).

The counterfactual audit (``spacy-deid audit``) lost Korean names "Son" and "O" (a kinship word and
a letter), Irish "O Cuirleain" (a particle), and any signature after "given to" (read as a city and
its state). Sentences are written for these tests; the negative twins must stay untouched."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


@pytest.mark.parametrize("text,expected", [
    ("Discussed the plan with Mr. Son and his family.", "Discussed the plan with Mr. [PATIENT] and his family."),
    ("dr. hyeonu son from cardiology saw pt", "dr. [DOCTOR] from cardiology saw pt"),
    ("HCP is HyeonU Son (father), aware.", "HCP is [PATIENT] (father), aware."),
    ("REPORT GIVEN TO EUNJI SON, RN AT 1900.", "REPORT GIVEN TO [DOCTOR], RN AT 1900."),
    ("Report given to Hafsat Adeyemi, RN at 1900.", "Report given to [DOCTOR], RN at 1900."),
    ("Son, JiYeong - admitted from the ED", "[PATIENT], [PATIENT] - admitted from the ED"),
    ("O, MinSu - admitted from the ED", "[PATIENT], [PATIENT] - admitted from the ED"),
    ("O Cuirleain, Andrena - admitted from the ED", "[PATIENT], [PATIENT] - admitted from the ED"),
    # rare listed words are names under a strong cue; "pt" with two name words and a verb
    ("NAASIH LAKHAL, MD", "[DOCTOR], MD"),
    ("maria foa is a 67 yo f admitted with chf", "[PATIENT] is a [AGE] yo f admitted with chf"),
    ("PT SABRINA PIQUER SEEN THIS AM.", "PT [PATIENT] SEEN THIS AM."),
    ("pt tan sakarya seen this am.", "pt [PATIENT] seen this am."),
    # a rare word right after a strongly cued given name is its family name
    ("Dr. Oruc Bilge from cardiology saw pt.", "Dr. [DOCTOR] from cardiology saw pt."),
    ("Spoke with wife Owethu Mamba by phone.", "Spoke with wife [PATIENT] by phone."),
    # a capital inside a word marks a romanised given name
    ("Report given to JiU Son, RN at 1900.", "Report given to [DOCTOR], RN at 1900."),
    ("DR. JIU SON FROM CARDIOLOGY SAW PT.", "DR. [DOCTOR] FROM CARDIOLOGY SAW PT."),
    # hyphenated given names, particles and rare family words in the other name slots
    ("Yu-Hsuan Hsiang is a 67 yo F.", "[PATIENT] is a [AGE] yo F."),
    ("Rina Bos is a 67 yo F.", "[PATIENT] is a [AGE] yo F."),
    ("Pt Philip O Ruain seen this AM.", "Pt [PATIENT] seen this AM."),
    ("REPORT GIVEN TO HAMIYET BILGE, RN AT 1900.", "REPORT GIVEN TO [DOCTOR], RN AT 1900."),
])
def test_family_names_of_every_shape_are_found(nlp, text, expected):
    assert nlp(text)._.deidentified == expected


@pytest.mark.parametrize("text", [
    "Pt's son in to visit; spoke with son at length.",  # ("Mary's son": Mary is a name, tests/test_names_by_kin_and_service.py)
    "Pt and son aware, RN at bedside.",
    "NEURO, CV - stable overnight.",
    "Lungs, clear - no distress.",
    "Resp, coarse - suctioned twice.",
    "Family do not want their mother trached.",
    "BP low at 5 PM, ASSYMPTOMATIC, PA PRESSURES 50S.",
    "PT SXND FOR MOD AMOUNTS OF SECRETIONS.",
    "Pt alert is oriented x3.",
    "PT WAS SEEN BY MD.",
    "Pt alert is a 67 yo.",
    # kin after a comma, letters in shorthand, adverbs and care nouns before a person's act
    "Called dr, son present and aware.",
    "NP, son and wife aware of plan.",
    "son x 2 visited today.",
    "wife A&O, anxious.",
    "son C/O a headache.",
    "unclear who is her proxy o patient.",
    "son also called twice tonight.",
    "dr consult called back.",
    "son then called to ask about plan.",
    "DAUGHTER STILL CALLED TWICE.",
    "MD OFFICE CALLED RE APPT.",
])
def test_kinship_words_and_section_headers_stay_words(nlp, text):
    doc = nlp(text)
    assert not [s for s in doc._.phi if s.label in ("NAME", "PATIENT", "DOCTOR")], doc._.deidentified


def test_a_city_and_its_state_still_are_no_signature(nlp):
    out = nlp("She lives in Towson, MD with her wife.")._.deidentified
    assert "Towson" not in out and "[DOCTOR]" not in out


@pytest.mark.parametrize("text,expected", [
    ("Daughter Mary tearful at bedside.", "Daughter [PATIENT] tearful at bedside."),
    ("SON BILL TEARY, WIFE MARY ANXIOUS.", "SON [PATIENT] TEARY, WIFE [PATIENT] ANXIOUS."),
])
def test_adjectives_after_a_cued_name_stay_words(nlp, text, expected):
    assert nlp(text)._.deidentified == expected


@pytest.mark.parametrize("text,expected", [
    # a kinship word right after a title without its dot, or after "NP", is a family name (Korean Son)
    ("dr son aware of cool feet, no new orders.", "dr [DOCTOR] aware of cool feet, no new orders."),
    ("TEMP 38.9, NP SON AWARE.", "TEMP 38.9, NP [DOCTOR] AWARE."),
    # a capital letter alone after a kinship word is a whole name (Korean O, U)
    ("LIVES W/ DAUGHTER O, WHO IS HER PROXY.", "LIVES W/ DAUGHTER [PATIENT], WHO IS HER PROXY."),
    ("HUSBAND U AT BEDSIDE OVERNIGHT.", "HUSBAND [PATIENT] AT BEDSIDE OVERNIGHT."),
    # an ordinary word between a strong cue and a person's act is a family name (Bengali Bos)
    ("bp soft after propofol, dr bos aware.", "bp soft after propofol, dr [DOCTOR] aware."),
    ("SBP 88, NP BOS MADE AWARE.", "SBP 88, NP [DOCTOR] MADE AWARE."),
    ("family: son bos consented for the peg.", "family: son [PATIENT] consented for the peg."),
    # a particle opens the name after an undotted title, in a signature, before a credential
    ("micu progress 7p-7a\nmr o furaigh had an easy shift on the vent.",
     "micu progress 7p-7a\nmr [PATIENT] had an easy shift on the vent."),
    ("HEPARIN RATE CONFIRMED AT 900 UNITS. O MEIDHIR", "HEPARIN RATE CONFIRMED AT 900 UNITS. [DOCTOR]"),
    ("LYTES REPLETED.\nAILBHE O LITHE RN", "LYTES REPLETED.\n[DOCTOR] RN"),
])
def test_family_names_that_are_words_or_letters_after_their_cue(nlp, text, expected):
    assert nlp(text)._.deidentified == expected
