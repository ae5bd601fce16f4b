"""``phi_word_veto`` (issue 13): a model's name or place made only of everyday words of the notes'
language is vetoed, unless a title stands before it; a word that is also a name (a Faker name part)
or a city is never vetoed. The NER here is spaCy's EntityRuler: a real component that puts
entities on the Doc as a trained NER does."""
from __future__ import annotations

import pytest
import spacy
from ruled_pipelines import ruled_pipeline

from spacy_deid.components import deid_redactor, phi_word_veto  # noqa: F401
from spacy_deid.lexicons.common_words import common_words, function_words


def _pipeline(lang: str, patterns, veto: bool = True):
    return ruled_pipeline(lang, patterns, veto)


def test_the_word_lists_are_shipped_and_keep_names_out():
    de = common_words("de")
    assert {"erbrechen", "behandlung", "angehorige"} <= de  # folded: lower case, ASCII
    assert not {"muller", "koch", "schmidt", "leipzig"} & de  # a name part or a city is no everyday word
    assert "riposo" in common_words("it") and "recu" in common_words("fr")
    assert common_words("zz") == frozenset()


def test_everyday_words_lose_their_name_label_but_titled_names_keep_it():
    nlp = _pipeline("de", [("Erbrechen", "PATIENT"), ("einmaliges Erbrechen", "PATIENT"), ("Angehörige", "PATIENT"),
                           ("Liebe", "PATIENT"), ("Koch", "PATIENT"), ("Thielemann", "PATIENT")])
    doc = nlp("Heute einmaliges Erbrechen. Angehörige informiert. Herr Koch und Frau Liebe kamen mit Herrn Thielemann.")
    assert doc._.deidentified == "Heute einmaliges Erbrechen. Angehörige informiert. Herr [PATIENT] und Frau [PATIENT] kamen mit Herrn [PATIENT]."
    # without the veto, the everyday words would be redacted
    plain = _pipeline("de", [("Erbrechen", "PATIENT")], veto=False)
    assert plain("Erbrechen.")._.deidentified == "[PATIENT]."


def test_function_words_are_everyday_words_even_when_faker_has_them_as_names():
    """"Sie", "an", "zu" are name parts in some Faker locale, but a language's few dozen commonest
    words are never a name in its notes; a rarer name part ("Koch") stays out of the list."""
    assert {"sie", "an", "zu", "der"} <= function_words("de") and {"de", "la"} <= function_words("fr")
    assert not function_words("de") & common_words("de")  # apart: the German generator draws from common_words
    assert "koch" not in common_words("de") | function_words("de")
    nlp = _pipeline("de", [("Sie", "CITY"), ("an der oberen Wirbelsäule", "LOCATION_OTHER"), ("an einer zunehmenden Schwäche", "CITY")])
    text = "Sie kommt zur Kontrolle. Schmerz an der oberen Wirbelsäule, leidet an einer zunehmenden Schwäche."
    assert nlp(text)._.deidentified == text


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Dispnea a riposo, visitata dalla Dott.ssa Castagnoli.", "Dispnea a riposo, visitata dalla Dott.ssa [DOCTOR]."),
    ("fr", "Il a reçu des aérosols.", "Il a reçu des aérosols."),
])
def test_other_languages(lang, text, expected):
    nlp = _pipeline(lang, [("riposo", "CITY"), ("Castagnoli", "DOCTOR"), ("reçu des", "CITY")])
    assert nlp(text)._.deidentified == expected


def test_rules_are_never_vetoed_and_bad_settings_are_refused():
    nlp = spacy.blank("de")
    nlp.add_pipe("phi_patterns", config={"lang": "de"})
    nlp.add_pipe("phi_word_veto", config={"lang": "de"})
    nlp.add_pipe("deid_redactor", config={"mode": "tag"})
    assert nlp("Aufnahme am 14. März 2021.")._.deidentified == "Aufnahme am [DATE]."
    with pytest.raises(ValueError, match="veto must be in"):
        spacy.blank("de").add_pipe("phi_word_veto", config={"veto": 1.5})


def test_a_street_that_reads_as_a_sentence_is_vetoed():
    """A model's "street" with two lower-case words or more that are neither name particles nor
    street words is a sentence in a mixed-case note; real streets keep their label."""
    nlp = _pipeline("de", [("Aufnahme wegen zunehmender Schmerzen seit gestern", "STREET"),
                           ("Am alten Markt 5", "STREET"), ("Platz der Republik 3", "STREET")])
    text = "Aufnahme wegen zunehmender Schmerzen seit gestern. Wohnhaft Am alten Markt 5, früher Platz der Republik 3 in Berlin."
    assert nlp(text)._.deidentified == (
        "Aufnahme wegen zunehmender Schmerzen seit gestern. Wohnhaft [STREET], früher [STREET] in Berlin.")
    fr = _pipeline("fr", [("12 rue de la Paix", "STREET")])
    assert fr("Domicile au 12 rue de la Paix à Lyon.")._.deidentified == "Domicile au [STREET] à Lyon."
    # case tells nothing in an ALL-CAPS note: no veto there
    caps = _pipeline("de", [("WEGEN ZUNEHMENDER SCHMERZEN", "STREET")])
    assert caps("AUFNAHME WEGEN ZUNEHMENDER SCHMERZEN.")._.deidentified == "AUFNAHME [STREET]."


def test_a_model_date_of_two_one_digit_numbers_is_vetoed_in_a_day_first_language():
    de = _pipeline("de", [("4/5", "DATE"), ("14.03.2021", "DATE")])
    assert de("Kraftgrad 4/5 links, Aufnahme 14.03.2021 abends.")._.deidentified == "Kraftgrad 4/5 links, Aufnahme [DATE] abends."
    en = _pipeline("en", [("4/5", "DATE")])
    assert en("Seen 4/5 by the team.")._.deidentified == "Seen [DATE] by the team."


@pytest.mark.parametrize("lang,text,dates,out", [
    ("it", "Chiamato il 118 alle ore 3. Ricoverato il 3 maggio.", ["3.", "3"], "Chiamato il 118 alle ore 3. Ricoverato il [DATE] maggio."),
    ("de", "Aufnahme am 3. Mai um 14 Uhr.", ["3. Mai", "14"], "Aufnahme am [DATE] um 14 Uhr."),
    ("fr", "Arrivée le 3 à 14 heures.", ["3", "14"], "Arrivée le [DATE] à 14 heures."),
])
def test_a_model_date_that_is_an_hour_is_vetoed(lang, text, dates, out):
    """Nineteenth session: "alle ore 3." came out "alle ore [DATE]" (the multilingual model's
    date on an hour); a day said alone stays a date."""
    nlp = _pipeline(lang, [(d, "DATE") for d in dates])
    assert nlp(text)._.deidentified == out


def test_diagnosis_codes_are_no_places_but_rooms_stay():
    nlp = _pipeline("de", [("I10", "LOCATION_OTHER"), ("J45.9", "CITY"), ("B12", "ROOM"), ("Hartung", "PATIENT")])
    text = "Arterielle Hypertonie (I10), Asthma J45.9, Zimmer B12, Herr Hartung."
    assert nlp(text)._.deidentified == "Arterielle Hypertonie (I10), Asthma J45.9, Zimmer [ROOM], Herr [PATIENT]."
    # a code without its decimal and not in parentheses is left to the model ("Station A12")
    assert _pipeline("de", [("A12", "LOCATION_OTHER")])("Station A12 heute.")._.deidentified == "Station [LOCATION_OTHER] heute."
