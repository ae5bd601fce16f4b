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
    # ... or a listed family name that is a rare word too ("mina", a bird)
    ("NEBS GIVEN, WHEEZES CLEARED. TORVALIKA MINA RRT", "TORVALIKA MINA"),
    ("Nebulizer given at 0400, cough productive.\nZendrathi Mina RRT\n", "Zendrathi Mina"),
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
    # after a kinship word, a rare word before what only a person does: an auxiliary and a verb,
    # "in to visit", "who", a present "calls", or an apposition between commas (found with seeds
    # 9 and 10 of ``--by-culture``)
    ("SOCIAL: DAUGHTER BOS IN TO VISIT TONIGHT.", "BOS"),
    ("COPING: SON BOS HAS PHONED TWICE.", "BOS"),
    ("social: pt's son, bos, called at 0500 for update.", "bos"),
    ("LIVES WITH DAUGHTER BOS WHO IS HCP.", "BOS"),
    ("P: BIPAP UNTIL SON BOS CALLS BACK.", "BOS"),
    # there, a listed family name that is a word of middling frequency too (Korean Sin)
    ("oldest son sin in to visit tonight.", "sin"),
    ("SON SIN WILL CALL BACK IN AM.", "SIN"),
    # a listed given name whose vector reads as a word, a rare word, a person's verb
    ("Aliya Bos called to bedside for poor waveform.", "Aliya Bos"),
    # a given name and a rare word before a phone cue
    ("Arnab Bos cell# 410-555-0199", "Arnab Bos"),
    # a rare word joined by "and" to a titled name or letter, before the subject's verb
    ("PT EXPIRED. DRS DEMIR AND BILGE REMAINED AT BEDSIDE.", "BILGE"),
    ("PT EXPIRED. DR'S O AND CHA REMAINED AT BEDSIDE.", "CHA"),
    # an initial, its dot and a rare word before a person's predicate
    ("RUNS OF BIGEMINY. S. BILGE AWARE. MG GIVEN.", "S. BILGE"),
    # a listed family name that is a rare word, opening its clause before "reports that"
    ("HER OTHER DTR DIED. KAPUR REPORTS THAT PT USES A WALKER.", "KAPUR"),
    ("she has 5 children, oldest son sin was in to visit last night.", "sin"),
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
    # between commas after a kinship word, before a person's verb, even in lower case
    ("social: the pt's son, o, called at 5am and was updated.", "social: the pt's son, "),
    # after a kinship word and a comma glued to the letter, before an auxiliary and a verb
    ("COPING-SISTER ,O HAS PHONED TODAY.", "COPING-SISTER ,"),
    # glued to a title's dot, before a dash that opens the next clause; in lower case too
    ("PRESSORS WEANED PER DR.O -REFER TO MD NOTE.", "PRESSORS WEANED PER DR."),
    ("pressors weaned per dr.o -refer to md note.", "pressors weaned per dr."),
    ("DAUGHTER O - WILL CALL BACK AFTER WORK.", "DAUGHTER "),
])
def test_letter_family_name(nlp, text, before):
    start = len(before)
    assert _covered(nlp, text, start, start + 1)


@pytest.mark.parametrize("text,before,word", [
    # a kinship word said twice, or repeated between commas, before a person's verb: Korean Son
    ("social: pt's son son called twice during the evening.", "social: pt's son ", "son"),
    ("social: pt's son, son, called this morning.", "social: pt's son, ", "son"),
    # after an initial and its dot, before a person's predicate
    ("RUNS OF BIGEMINY. F. SON AWARE. MG GIVEN.", "RUNS OF BIGEMINY. F. ", "SON"),
    # capitalised in a mixed-case note, joined by "and" to a titled letter
    ("Resp rate 5-8. Dr. O and Son aware. Bipap placed.", "Resp rate 5-8. Dr. O and ", "Son"),
])
def test_kinship_word_as_family_name(nlp, text, before, word):
    start = len(before)
    assert _covered(nlp, text, start, start + len(word))


@pytest.mark.parametrize("text,name", [
    # the Irish particle O before a word no list holds that is spelled as a name, any cue or none
    ("family very supportive. Violet O Duibhleain cell# 617-555-0142", "Violet O Duibhleain"),
    ("grainne o haidhbheart from speech therapy saw pt for a swallow eval.", "grainne o haidhbheart"),
    ("LASIX HELD AS PER T. O MAOLDOMHNAIGH. SKIN INTACT.", "O MAOLDOMHNAIGH"),
    ("K REPLETED.\nO CEALLACHAIN", "O CEALLACHAIN"),
])
def test_irish_particle_before_a_name_no_list_holds(nlp, found_in, text, name):
    assert found_in(nlp, text, name)


@pytest.mark.parametrize("text,word", [
    # a misspelt word after O, the letter glued to another (S/O, A&O), a listed word
    ("RECTAL EXAM: O HEMMOROIDS NOTED.", "HEMMOROIDS"),
    ("S/O HEMMOROIDS, A&O X3.", "HEMMOROIDS"),
    ("PT IS A&O MOSTLY, O STABLE OVERNIGHT.", "STABLE"),
])
def test_no_irish_particle_name(nlp, text, word):
    start = text.index(word)
    assert not _covered(nlp, text, start, start + len(word))


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
    # after a kinship word, an adverb or an abbreviation before a person's act: no name
    "SON ALSO CALLED TWICE.",
    "wife then called back.",
    "SON STILL IN TO VISIT.",
    "wife, too, called for update.",
    "daughter, rn, called.",
    "WIFE BRIEFLY IN TO VISIT.",
    "husband later called.",
    "HUSBAND TOO WILL CALL.",
    # an initial before a germ or a side; a service opening its clause before a person's verb
    "S. AUREUS IN SPUTUM, MD AWARE.",
    "R. ARM SWOLLEN. L. LEG WARM.",
    "NEURO REPORTS THAT PT MOVES ALL LIMBS.",
    # kinship words in a list or joined by "and": relatives, no family name
    "social: wife and son called twice.",
    "pt's son, daughter, called.",
    "Son and daughter aware of plan.",
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
    # a kinship word after a titled name and "and": the patient's relative
    ("DR OKAFOR AND SON AWARE OF PLAN.", "SON"),
    ("Dr. Okafor and son aware of plan.", "son"),
])
def test_no_name_after_the_titled_one(nlp, text, word):
    start = text.index(word)
    assert not _covered(nlp, text, start, start + len(word))
