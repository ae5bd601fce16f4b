"""Names and places that no list holds, found by the context a nurse writes around them.

Found by ``benchmarks/physionet_counterfactual.py``: the design half's notes with their names and
places swapped for names of cultures the lists lack. Every sentence here is invented."""
import pytest

from spacy_deid.finders.person_names import NameFinder
from spacy_deid.finders.words import Words, classify, typo_flags
from spacy_deid.lexicons.tables import DRUG, load_lexicon


@pytest.mark.parametrize("text,word", [
    # "mr"/"ms" without a dot before a name-like word and a verb whose subject is a person
    ("ccu progress note\nmr zaguri had an easy shift, sats stable.", "zaguri"),
    ("MS MADELA REMAINS ON LEVOPHED AT 4 MCG.", "MADELA"),
    ("mr ahmed slept until 0400, then asked for water.", "ahmed"),
])
def test_undotted_title_before_a_subject(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "echo: mild mr, trace tr. ms remains intact, following commands.",
    "NEURO: MS FLUCTUATES THRU SHIFT. MR IS MILD PER ECHO.",
])
def test_valve_and_mental_status_stay(default_en, text):
    assert default_en(text)._.phi == []


@pytest.mark.parametrize("text,word", [
    # names and towns that lie one edit from some rare word of the list ("paguri") but are spelled
    # like names: a ward named by one
    ("CP FREE SINCE CATH. PT TRANSFERRED TO ARMAHAN 2 AT 1400.", "ARMAHAN"),
    # after a residence phrase, a town no gazetteer holds
    ("SOCIAL: DAUGHTER IS HCP. LIVES IN ZAGURI WITH WIFE.", "ZAGURI"),
    ("social: son here today, he lives locally in madela, back tomorrow.", "madela"),
    ("Social: Currently lives in a shelter in Tsavokwe area, misses meals.", "Tsavokwe"),
])
def test_unlisted_places_after_their_cue(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "SOCIAL: LIVES IN FEAR OF FALLING AGAIN, USES WALKER.",
    "social: lives in apt with wife, independent at baseline.",
    "Social: lives in senior housing, Son involved.",
    "GTT: ON DOPAMIN 5 NOW, MAP 65.",  # a misspelt drug and its dose, no ward
])
def test_words_after_the_cue_stay(default_en, text):
    assert default_en(text)._.phi == []


def test_a_rare_word_of_the_list_makes_no_misspelling():
    """One edit from "armahan" lies "armatan", a word of the 195,000-word list no one writes;
    a misspelling is a misspelling of a word people use or of a drug."""
    lexicon = load_lexicon()
    assert classify("armahan", lexicon)[2] == "unknown"
    assert classify("pnuemonia", lexicon)[2:] == ("ordinary", True)
    assert classify("swolen", lexicon)[2:] == ("ordinary", True)
    assert typo_flags("dopamin", lexicon) & DRUG



@pytest.mark.parametrize("text,word", [
    # a credential written with dots signs the name before it
    ("GAS AFTER VENT CHANGE 7.38/41/88. Zaguri Madela, R.N.", "Zaguri Madela"),
    ("gas after vent change 7.38/41/88. zaguri madela, r.n.", "zaguri madela"),
    # verbs of reaching someone, before a name no list holds
    ("skin: coccyx reddened, plan to consult with zaguri madela re dressing.", "zaguri madela"),
    ("PLAN: SOCIAL WORK CONTACTS ZAGURI MADELA TOMORROW", "ZAGURI MADELA"),
])
def test_names_no_list_holds_after_their_cue(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "resp: goal not met overnoc, abg unchanged. wean not tolerated.",
    "ID: CONSULT PLACED FOR RASH, CONTACT PRECAUTIONS CONT.",
])
def test_reaching_verbs_need_a_person(default_en, text):
    assert default_en(text)._.phi == []


@pytest.mark.parametrize("text,word", [
    # a hospital's acronym before its cath lab, after "adm from" (no catheter named for anyone)
    ("68 YO WOMAN ADM FROM ZRMC CATH LAB WITH A NEW RCA BALLOON.", "ZRMC"),
    # a hospital that accepts the patient
    ("Social: accepted by Zaguri but cannot go until the picc is out.", "Zaguri"),
    # name-like words alone on the note's last line: the writer's signature
    ("neuro: alert, mae. cv: nsr 80s. heparin at 900u/hr, ptt due 2200.\nmadela", "madela"),
    ("Neuro: alert, MAE. CV: NSR 80s. Heparin at 900u/hr, PTT due 2200.\nZaguri Madela", "Zaguri Madela"),
])
def test_places_and_signatures_by_their_place_in_the_note(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "LINES: LSC QUINTON CATH DRAINING WELL.",
    "social: accepted by micu team, report called.",
    "NEURO: ALERT, MAE. CV: NSR 80S.\nFULL CODE",
    "neuro: alert, mae. cv: nsr 80s.\nafeb",
])
def test_catheters_teams_and_closing_words_stay(default_en, text):
    assert default_en(text)._.phi == []


@pytest.mark.parametrize("text,name", [
    # a name that opens with a particle, after a role or a verb of reaching someone
    ("cv: nsr 70s. cards fellow o cianain in to see pt, no changes.", "o cianain"),
    ("NEURO: UNCHANGED. PAGED O DUBHLAINN RE K OF 3.1.", "O DUBHLAINN"),
])
def test_names_opening_with_a_particle(default_en, found_in, text, name):
    assert found_in(default_en, text, name)


@pytest.mark.parametrize("text", ["neuro: a&o x3, calm, moving all limbs.", "NEURO: A & O X3, FOLLOWS COMMANDS."])
def test_orientation_is_no_particle(default_en, text):
    assert default_en(text)._.phi == []


@pytest.mark.parametrize("text,name,expected", [
    ("PT SEEN BY O MOIDHE FROM PULM.", "MOIDHE", "O MOIDHE"),
    ("spoke to dr de la cruz re plan.", "cruz", "de la cruz"),
    ("neuro: a&o x3.", "x3", None),
    ("NEURO: A & O JUNE.", "JUNE", None),
    ("ADMITTED FROM ST JUDE.", "JUDE", None),  # a saint, not a particle
])
def test_particle_head(text, name, expected):
    """The particles before a name another source found without them ("O [MOIDHE]")."""
    words = Words(text, load_lexicon())
    head = NameFinder.particle_head(words, text.index(name))
    assert (None if head is None else text[head[0]:text.index(name) + len(name)]) == expected


@pytest.mark.parametrize("text,word", [
    # an insulin scale or protocol named for a hospital
    ("insulin gtt begun following Zoryan scale, team to clarify.", "Zoryan"),
    ("IV INSULIN PER AMPOFOWAA PROTOCOL, FS Q1H.", "AMPOFOWAA"),
    # a ward or team named for someone between two care units
    ("HX OBTAINED FROM F-MICU/KOVALENKO/CCU TEAMS.", "KOVALENKO"),
    # a clinic consulted by its name, opening a clause
    ("sugars 300s overnight. Akcasu consult this pm re insulin.", "Akcasu"),
    ("neuro: no seizures, Goknur reconsult re transfer.", "Goknur"),
    # a campus
    ("mapping visit on Sinaida Campus followed by first fraction.", "Sinaida"),
])
def test_places_named_by_what_they_head(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "covered with insulin via sliding scale, fs qid.",
    "INSULIN GTT PER HUMALOG SCALE.",
    "GCS per Glasgow scale 14 this am.",
    "report from micu/ccu/sicu teams reviewed.",
    "Renal consult today. ID consult pending. neurosurg consult called.",
    "HEPATOLOGY CONSULT. TRANSPLANT CONSULT IN AM.",
    "parking on the main campus is full.",
])
def test_clinical_scales_and_services_stay(default_en, text):
    assert [(text[s.start:s.end], s.label) for s in default_en(text)._.phi
            if s.label not in ("DATE", "TIME")] == []
