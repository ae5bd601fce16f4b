"""Family names that are words or letters (Bengali Bos, Korean Son and O) after a title, before a
signature's credential or before a person's verb; and what only looks like those slots ("4L NP":
nasal prongs, "NP RECS": recommendations). Issue 10: the culture gap of names in real sentences.

Found by ``benchmarks/physionet_counterfactual.py --by-culture --seeds 2`` (and ``--seeds 4`` for
the listed family names after a kinship word) on the design half's contexts with their names swapped. Every sentence here is invented; the negative twins must stay
untouched."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


def _covered(nlp, text: str, start: int, end: int) -> bool:
    """A predicted span covers ``text[start:end]``."""
    return any(s.start <= start and end <= s.end for s in nlp(text)._.phi)


@pytest.mark.parametrize("text,word", [
    # a rare word after a title or a care role written as one: the family name
    ("HEPARIN RESTARTED PER DR BOS THIS AM.", "BOS"),
    ("LINES PULLED AFTER TALKING WITH NP BOS.", "BOS"),
    # a given name and a kinship word closing a signature's line: the family name
    ("MONITOR I&O OVERNIGHT.\nHAEWON SON RN\n", "HAEWON SON"),
    ("Turned q2h, skin intact.\nBoram Son RRT\n", "Boram Son"),
    # a given name and a rare word before a person's verb
    ("HR 110S ON RETURN. RUPALI BOS CALLED THIS EVENING.", "RUPALI BOS"),
    # a word no list holds and a rare word closing a signature's line
    ("Oral care done twice.\nMadhurima Bos RRT\n", "Madhurima Bos"),
    # a given name and a family name that is a word, joined by "and" to a titled name
    ("K REPLETED. NILIMA BOS AND DRS OYELARAN AND MBEKI AWARE.", "NILIMA BOS"),
    ("K REPLETED. GAEUN SON AND DR OYELARAN AWARE.", "GAEUN SON"),
    # a rare word with a person's role after "is"
    ("Quiet evening. Bos is family contact, number on the board.", "Bos"),
    # "mr"/"ms" in lower case and a family name that is a word, then the subject's verb
    ("ccu nursing note\nmr bos had a restful night, no prn needed.", "bos"),
    # a given name, a particle and a family name before a phone cue or a person's verb
    ("Two sons involved. Aoife O Taidhg cell# 617-555-0142", "Aoife O Taidhg"),
    ("RHYTHM SR. SORCHA O DEID PHONED FOR NEWS.", "SORCHA O DEID"),
    # "both X and Y are": beside a name, a rare word is a family name too
    ("Both Nakamura and Endo are her health care proxies.", "Endo"),
    # a listed family name that is a rare word, with a person's role after "is"
    ("Calm night. Hashimoto is family contact for now.", "Hashimoto"),
    # a rare word opening its clause before a person's verb
    ("NO CHANGES OVERNIGHT. BOS PHONED TWICE ABOUT VISITING.", "BOS"),
    # a rare word before "family" after a verb of keeping a family informed
    ("PLAN: WEAN VENT, KEEP BOS FAMILY UPDATED DAILY.", "BOS"),
    # a rare word hyphenated to a name before a credential; a rare word before "from" a service
    ("Chest tube to suction. Otieno-Bos MD to review films.", "Otieno-Bos"),
    ("dispo unclear; spoke with bos from case management today.", "bos"),
    # a kinship word closing a name that a naming phrase gave
    ("Niece to be called first, name is Dahye Son phone # on the board.", "Dahye Son"),
    # after a kinship word or a care role, a listed family name that no word list holds and that
    # reads as a word by its vector ("goto", "hashimoto"); found with seed 4's names
    ("SOCIAL: LIVES WITH DAUGHTER GOTO, WHO IS HCP.", "GOTO"),
    ("son goto came by this evening with clean clothes.", "goto"),
    ("WIFE HASHIMOTO AND NIECE VISITED AFTER LUNCH.", "HASHIMOTO"),
    ("BP SOFT. NP HASHIMOTO WROTE FOR A BOLUS.", "HASHIMOTO"),
])
def test_family_name_that_is_a_word(nlp, found_in, text, word):
    assert found_in(nlp, text, word)


@pytest.mark.parametrize("text,before", [
    # a letter after a kinship word before a person's verb: Korean O, not the particle of "O Went"
    ("FAMILY VISITED. SON O WENT HOME AT 9PM.", "FAMILY VISITED. SON "),
    # in a note all in lower case a lower-case letter there too
    ("skin intact.\nsocial: son o called for update, info given.", "skin intact.\nsocial: son "),
    # a letter joined by "and" to a titled name, before a person's predicate
    ("K 3.2, REPLETED. DR MWANGI AND O AWARE.", "K 3.2, REPLETED. DR MWANGI AND "),
    # a letter opening its clause before a person's predicate
    ("PROTONIX STARTED. O AWARE OF PLAN.", "PROTONIX STARTED. "),
])
def test_letter_family_name(nlp, text, before):
    start = len(before)
    assert _covered(nlp, text, start, start + 1)


@pytest.mark.parametrize("text", [
    # an oxygen flow before NP: nasal prongs, no nurse practitioner's name after it
    "LUNGS: WEANED TO 2L NP CRACKLES PERSIST.",
    "o2 weaned to 3 l np, tol ok overnight.",
    # a plural of a word or a word of the medical list only after a care role: no name
    "NP RECS FOLLOWED, LASIX GIVEN.",
    "PER NP LYTES WILL BE REPLETED.",
    # a kinship word after a pronoun before a credential
    "SPOKE TO HER SON RN\n",
    # a lower-case letter that is no name: before no person's verb, or "x"
    "hcp is proxy o patient per chart.",
    "wife aware of plan, son x 2 called.",
    # a signature's line of words: no name before the credential
    "Humidifier full.\nFoley draining RN\n",
    # a common word with a role after "is"
    "Plan is family meeting tomorrow.",
    # the valve before a note of it: no title
    "echo: mild mr noted, no ms.",
    # a letter before a phone cue with no given name before it; a blood group before a verb
    "Please call O cell# 617-555-0142 if needed.",
    "TYPE AND CROSS DONE. O NEG UNITS ARRIVED FROM BLOOD BANK.",
    # "both" and words: no people
    "Both lungs and bases are clear.",
    # a service, or a service clipped short, opening its clause before a person's verb
    "NIGHT QUIET. ANESTHESIA CALLED ABOUT THE OR TIME.",
    "A: resp phoned, abg sent.",
    # a rare word spelled as a word before "family": no family name
    "KEEP SURROGATE FAMILY INFORMED OF CHANGES.",
    # a hyphenated word before a credential; a drug before "from" a service
    "STATUS POST-SURGERY MD AWARE OF DRAIN OUTPUT.",
    "will transfer levo from pharmacy stock.",
    # a letter that is an article or a count opening its clause
    "LABS SENT. A AWARE OF NOTHING NEW.",
    "BP 90S. X 2 CALLED.",
    # after a kinship word, a frequent word that a family-name list holds too: no name
    "SON LEARNED OF THE PLAN TONIGHT.",
    "wife proud of his progress today.",
    "DAUGHTER FAVORITE NURSE ON DAYS.",
])
def test_no_name_in_these_slots(nlp, text):
    assert not [s for s in nlp(text)._.phi if s.label in ("NAME", "PATIENT", "DOCTOR")]


@pytest.mark.parametrize("text,word", [
    # a rare word after a titled name and a comma, or on the line after a signature's credential,
    # or after a credential closing a signature: no name
    ("Seen today; per Dr. Oyelaran, appt set for next week.", "appt"),
    ("Circulating: Wanjiru Kamau, RN\nAnesthesia: MAC with local", "Anesthesia"),
    ("IMANI BARASA, NP DISCORD NOTED ON TELE.", "DISCORD"),
    # a letter that starts a term after a titled name and "and"
    ("DR MWANGI AND C DIFF RESULT AWARE.", "C"),
])
def test_no_name_after_the_titled_one(nlp, text, word):
    start = text.index(word)
    assert not _covered(nlp, text, start, start + len(word))
