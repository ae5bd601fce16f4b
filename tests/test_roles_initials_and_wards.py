"""Names by the role a person has and by initials; places by the ward, the list or the state they
stand in (issue 10: names and places no list holds, in real sentences).

Found by ``benchmarks/physionet_counterfactual.py`` on the design half's contexts with their names
and places swapped. Every sentence here is invented; the negative twins must stay untouched."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


@pytest.mark.parametrize("text,word", [
    # a person's role after "is"/"was": the subject is that person
    ("Family at bedside. Nodira is family contact, phone in chart.", "Nodira"),
    ("FAMILY IN TODAY. OKOTH IS PTS DAUGHTER.", "OKOTH"),
    ("Zawadi was the interpreter for the meeting.", "Zawadi"),
    # a duty only a person has, after "is"/"was"
    ("BOSWELL IS ON VACATION, COVERED BY TEAM.", "BOSWELL"),
    ("KOWALCZYK IS ON CALL TONIGHT.", "KOWALCZYK"),
    ("renal fellow paged. nkemelu was on call, will see pt.", "nkemelu"),
    # an initial with its dot after a title, before no name word: the family name's initial
    ("FAMILY UNSURE ABOUT MS K. WISHES.", "K"),
    ("Daughter aware of Mr. K. plan.", "K"),
    # a rare word between a given name and a credential, no comma: the family name
    ("PICC TIP CONFIRMED BY ORHAN BILGE RN.", "BILGE"),
    # an initial and a particle before a family name and a credential
    ("desatted to 85%, G. Mac Guidhir PA came to assess.", "G"),
    ("desatted to 85%, G. Mac Guidhir PA came to assess.", "Mac"),
    # after a person's cue, an initial and a word: the family name, though a word too
    ("HEPARIN HELD OVERNIGHT PER J. BOS.", "BOS"),
    ("INR 3.1, result given to C. Endo by phone.", "Endo"),
    # a kinship word after a given name no list holds, before a person's verb or a phone cue: the family name
    ("OgJa Son arrived from the ED late tonight.", "Son"),
    ("Contact: SeoHyeon Son cell# 617-555-0199", "Son"),
    ("Pt's daughter Son phoned this evening asking about the plan.", "Son"),
    ("Son-ChunJa MD will see pt in the morning.", "Son"),
    ("slept well overnight. daughter Son came by after lunch.", "Son"),
    # a letter as the family name before a person's verb (Korean O); what only a person is doing
    ("HR RISING. MINHO O CALLED TO ASK ABOUT VISITING.", "MINHO O"),
    ("DONGHYUN IS SPEAKING WITH THE TEAM TODAY.", "DONGHYUN"),
    ("Stable on arrival. Accompanied by O and a cousin.", "O"),
    # a short listed family name after a given name no list holds, however it is spelled, before a
    # person's verb (Korean Sin, Song, Yu)
    ("RUN OF BIGEMINY, MINSU SIN AWARE.", "SIN"),
    ("HYEONSUG YU AWARE OF K 3.1.", "YU"),
])
def test_names_by_role_and_initials(nlp, found_in, text, word):
    assert found_in(nlp, text, word)


@pytest.mark.parametrize("text,word", [
    # a listed place that is a word too, as a ward with its floor
    ("PT RESTING ON WESTMINSTER 2 SINCE NOON.", "WESTMINSTER"),
    ("Per Oolitic 3 RN, pt slept well.", "Oolitic"),
    # a second ward joined to the first
    ("WILL TRANSFER TO MADELA 2 OR ZAMPIA 3.", "ZAMPIA"),
    # hospitals named one after another
    ("MAY GO TO JCH. ECMC IS A BACKUP.", "ECMC"),
    # a facility's bed
    ("Case mgr found a bed @ Cibin. for Friday.", "Cibin"),
    # a town no gazetteer holds before its state
    ("her old katsifon maryland doctor retired.", "katsifon"),
    # a misspelling-like word before an emergency ward, after "from"
    ("came by ambulance from mutiso ew this am.", "mutiso"),
])
def test_places_by_ward_list_and_state(nlp, found_in, text, word):
    assert found_in(nlp, text, word)


@pytest.mark.parametrize("text,word", [
    ("Plan is family meeting tomorrow.", "Plan"),
    ("Pt is family contact.", "Pt"),
    ("PT WAS ON VACATION IN MAINE WHEN SX STARTED.", "PT"),
    ("FAMILY IS ON VACATION.", "FAMILY"),
    ("RENAL IS ON CALL.", "RENAL"),
    ("HEPARIN IS ON HOLD.", "HEPARIN"),
    ("THIS IS HER DAUGHTER.", "THIS"),
    ("sats remain low, which is primary concern.", "which"),
    ("PT WITH H/O MS R. ARM WEAKNESS.", "R."),
    ("h/o MS. A. fib noted.", "A."),
    ("COUGH REMAINS STRONG NP AWARE.", "STRONG"),
    ("pt on reading 2 times daily", "reading"),
    ("ON MOBILE 2 NOW", "MOBILE"),
    ("APPLIED TO BATH 2 TIMES", "BATH"),
    ("REMAINS ON CPAP 5 OR PEEP 5.", "PEEP"),
    ("ON LEVOPHED 2 AND DOPA 5.", "DOPA"),
    ("PT WENT TO GH. CXR DONE.", "CXR"),
    ("back to bed at night, HOB at 30.", "night"),
    ("Up to chair, then into bed at 2000.", "2000"),
    ("pt in bed at home", "home"),
    ("PT HAS HX OF LASIX VIRGINIA.", "LASIX"),
    ("will call cardiology georgia tomorrow", "cardiology"),
    ("Per R. arm restraint, pt calm.", "arm"),
    ("Reported to C. ICU team.", "ICU"),
    ("sent back from triage ew.", "triage"),
    ("marias son called", "son"),
    ("PT WIFE SON CALLED.", "SON"),
    ("Updated son. son cell# 617-555-0199", "son"),
    ("Visited by daughter and son today.", "son"),
    ("Spoke with son. Daughter called later.", "Daughter"),
    ("His son-in-law phoned.", "son-in-law"),
    ("wife and son, Daughter aware.", "Daughter"),
    ("PT IS SPEAKING CLEARLY NOW.", "PT"),
    ("VITAMIN A CALLED FOR.", "VITAMIN"),
    ("MD NOTIFIED C DIFF RESULT.", "C DIFF"),
    ("NOTIFIED K OF 5.9", "K OF"),
    ("NEOSYNEPHRINE MA CALLED.", "MA"),
    ("pt extubated, sputum yu aware.", "yu"),
])
def test_words_around_those_cues_stay(nlp, text, word):
    assert word in nlp(text)._.deidentified
