"""German letters (issue 13, GraSCCo's precision): what titles, dates, phone numbers and the
model's names look like in them. Every text here is invented.

- after a title the name ends at an everyday lower-case word ("Frau Pohlmann erholt sich") and
  never in a particle ("Herrn K. am ..."); a lower-case degree between title dots is no name;
- the English honorifics' letters read in every pipeline lead to no grade or stage ("MS III°",
  "MX G3"), a kinship word ending a sentence to no name ("lt. Vater. Z. n.");
- "Doz." and "DDr." are titles;
- dates: spaced ("17. 4. 1948"), with a two-digit year ("19.11.24") and the first date of a dotted range ("vom 6. bis 19.11.24") are
  dates; a model's "date" with no date shape ("12 Monaten", "3862 µm") is none, and its edge
  words in lower case are cut off ("am 12.3.24 durchgeführten");
- phone numbers: a dotted date with a time ("14.11.2031 09:42") and a count or dose scheme
  without the trunk 0 every German number has ("Thrombo 245000", "20 1-0-1") are none.
"""
from __future__ import annotations

import pytest
from ruled_pipelines import ruled_pipeline

from spacy_deid.components.phi_word_veto import date_like
from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers.phones import PhoneRecognizer

FILLER = "Die Patientin wurde bei uns stationär aufgenommen und ist wach und orientiert. "


def _model_pipeline(patterns):
    """A German pipeline whose NER is spaCy's EntityRuler, with the veto and the redactor."""
    return ruled_pipeline("de", patterns)


@pytest.mark.parametrize("text,patterns,expected", [
    ("Am Montag kann Frau Pohlmann erholt nach Hause.", [("Pohlmann erholt", "PATIENT")],
     "Am Montag kann Frau [PATIENT] erholt nach Hause."),
    ("Herr Lindqvist nahm an der Gruppe teil.", [("Lindqvist nahm an der Gruppe teil", "PATIENT")],
     "Herr [PATIENT] nahm an der Gruppe teil."),
    ("Wir konnten Herrn K. am Montag entlassen.", [("K. am", "PATIENT")], "Wir konnten Herrn [PATIENT] am Montag entlassen."),
    ("Prof. Dr. mult. Ottokar Brenner und Dr. med. habil. Ilse Faltermeier.",
     [("mult", "DOCTOR"), ("habil", "DOCTOR"), ("Ottokar Brenner", "DOCTOR"), ("Ilse Faltermeier", "DOCTOR")],
     "Prof. Dr. mult. [DOCTOR] und Dr. med. habil. [DOCTOR]."),
    ("Befund E-Nr.: 30042: Exzisat.", [("E", "PATIENT")], "Befund E-Nr.: 30042: Exzisat."),
    ("Der Vater erzählte, dass er hustet.", [("erzählte, dass", "PATIENT")], "Der Vater erzählte, dass er hustet."),
    # an article never starts a name after a title; a lower-case abbreviation and hyphenated
    # lower-case words are no name ("a. e. sekundär chronisch-rezidivierend")
    ("Der Vater den Verdacht, dass es besser geht.", [("den Verdacht", "PATIENT")],
     "Der Vater den Verdacht, dass es besser geht."),
    ("Er leidet an einer a. e. sekundär chronisch-rezidivierenden Polyneuropathie.",
     [("an einer a. e. sekundär chronisch-rezidivierenden Polyneuropathie", "CITY")],
     "Er leidet an einer a. e. sekundär chronisch-rezidivierenden Polyneuropathie."),
    # (the hyphenated lower-case word is cut off; the word left is the model's call)
    ("Dann intra-artikuläre Ergüsse bei Herrn Weber.", [("intra-artikuläre Ergüsse", "PATIENT")],
     "Dann intra-artikuläre [PATIENT] bei Herrn Weber."),
    # a clause before a name is cut off, a surname that is an everyday word stays ("Fuchs", "Stern")
    ("Gestern Heute wollte Lotte Husten.", [("Heute wollte Lotte", "PATIENT")], "Gestern Heute wollte [PATIENT] Husten."),
    ("Unsere Patientin Stern, Lotte kam.", [("Stern, Lotte", "PATIENT")], "Unsere Patientin [PATIENT] kam."),
    ("Gez. PD Dr. Brenner Chefarzt", [("Brenner Chefarzt", "DOCTOR")], "Gez. PD Dr. [DOCTOR] Chefarzt"),
    # a name in lower case after a title stays whole, and so does a surname after an initial
    ("Unterschrift Prof. Dr. eric schweitzer und Prof. Dr. d. türk.", [("eric schweitzer", "DOCTOR"), ("d. türk", "DOCTOR")],
     "Unterschrift Prof. Dr. [DOCTOR] und Prof. Dr. [DOCTOR]."),
])
def test_titled_names_end_where_the_name_does(text, patterns, expected):
    nlp = _model_pipeline(patterns)
    assert nlp(FILLER + text)._.deidentified == FILLER + expected


@pytest.mark.parametrize("text,patterns,expected", [
    ("Sie hat in einer am 12.3.24 durchgeführten MRT nichts.", [("12.3.24 durchgeführten", "DATE")],
     "Sie hat in einer am [DATE] durchgeführten MRT nichts."),
    ("Operiert im März 2020 an der Hüfte.", [("im März 2020", "DATE")], "Operiert im [DATE] an der Hüfte."),
    ("Stürze seit 12 Monaten, Dicke 3862 µm.", [("12 Monaten", "DATE"), ("3862 µm", "DATE")],
     "Stürze seit 12 Monaten, Dicke 3862 µm."),
    ("Vom 5.6. bis Ende Mai.", [("5.6. bis", "DATE")], "Vom [DATE] bis Ende Mai."),
    ("Rauchstopp im Sommer 21 und Fallnummer 48213377 notiert.", [("Sommer 21", "DATE"), ("48213377", "DATE")],
     "Rauchstopp im [DATE] und Fallnummer [DATE] notiert."),
])
def test_model_dates_need_a_date_shape_and_lose_lower_case_edges(text, patterns, expected):
    nlp = _model_pipeline(patterns)
    assert nlp(FILLER + text)._.deidentified == FILLER + expected


@pytest.mark.parametrize("text,patterns,expected", [
    # a place that is a value with its unit; a postcode before a town stays (also "L'Aquila")
    ("Infusion (250ml), Tensio 18 mmHg, wohnhaft 4811 Mödling.",
     [("250ml", "LOCATION_OTHER"), ("16", "ROOM"), ("4811", "ZIP"), ("Mödling", "CITY")],
     "Infusion (250ml), Tensio 18 mmHg, wohnhaft [ZIP] [CITY]."),
    ("Verlegt in Zimmer 27\nM. Weber hat Dienst.", [("27", "ROOM")], "Verlegt in Zimmer [ROOM]\nM. Weber hat Dienst."),  # a unit is on its line
    # "St. p." is status post, not Sankt; a street without a number that ends in a colon is a heading
    ("Befund: St. p. Exzision, dann St. Marien Hospital.", [("St. p. Exzision", "HOSPITAL"), ("St. Marien Hospital", "HOSPITAL")],
     "Befund: St. p. Exzision, dann [HOSPITAL]."),
    ("Thoraxaufnahme im Liegen: keine Spiegel.", [("Thoraxaufnahme im Liegen:", "STREET")],
     "Thoraxaufnahme im Liegen: keine Spiegel."),
    # heads of clinical compounds are no names
    ("Kontrolle: Pulsoxymetrie und Szintigramm unauffällig.", [("Pulsoxymetrie", "PATIENT"), ("Szintigramm", "CITY")],
     "Kontrolle: Pulsoxymetrie und Szintigramm unauffällig."),
])
def test_shapes_that_are_no_name_or_place(text, patterns, expected):
    nlp = _model_pipeline(patterns)
    assert nlp(FILLER + text)._.deidentified == FILLER + expected


def test_date_shapes():
    assert all(date_like(t) for t in ("3.4.2021", "Winter 2019", "10/63", "4.", "März", "98", "'98", "Ostern"))
    assert not any(date_like(t) for t in ("12 Monaten", "3862 µm", "3 x 15gtt", "64 GY", "42 Fehler"))
    # digits alone are a measurement only with a unit after them; else maybe an identifier or phone
    assert not date_like("1750", unit_after=True)
    assert date_like("9001") and date_like("040 1234 567") and date_like("48213377", unit_after=True)


@pytest.mark.parametrize("text,expected", [
    ("Mitralvitium (MI II°, MS III°), Stad.: pT2 N1 MX G3.", "Mitralvitium (MI II°, MS III°), Stad.: pT2 N1 MX G3."),
    ("Schnarchen lt. Vater. Z. n. AT.", "Schnarchen lt. Vater. Z. n. AT."),
    ("OA Doz. Dr. Wimmer / gez. Doz. DDr. Pfeifer", "OA Doz. Dr. [DOCTOR] / gez. Doz. DDr. [DOCTOR]"),
    ("Die Mutter Hanne Wendt kam.", "Die Mutter [PATIENT] kam."),  # a kinship word still leads to a name
])
def test_titles_and_kinship_words(text, expected):
    assert rules_pipeline("de")(text)._.deidentified == expected


@pytest.mark.parametrize("text,expected", [
    ("Geboren am 17. 4. 1948, entlassen am 28. 11.2030.", "Geboren am [DATE], entlassen am [DATE]."),
    ("Aufenthalt vom 6. bis 19.11.24 und vom 5.6. bis zum 19.6.2039.", "Aufenthalt vom [DATE] bis [DATE] und vom [DATE] bis zum [DATE]."),
    ("Radiatio (11. - 22.11.2026), Vorstellung am 16. und 18.05.2029.",
     "Radiatio ([DATE] - [DATE]), Vorstellung am [DATE] und [DATE]."),
    # a spaced date does not take the hour of a time; a day alone is no date without its range
    ("Visite 4.2. 19:30 Uhr; 3. Zyklus; 2. bis 4. Lendenwirbel.", "Visite 4.2. 19:30 Uhr; 3. Zyklus; 2. bis 4. Lendenwirbel."),
])
def test_dotted_dates(text, expected):
    assert rules_pipeline("de")(text)._.deidentified == expected


@pytest.mark.parametrize("text,found", [
    ("PTT Kontrolle 14.11.2031 09:42 Pat. somnolent.", []),
    ("Labor: MCH 28.9, Thrombo 245000, MPV 8.3.", []),
    ("Pantoprazol 20 1-0-1, Ramipril 5 1-0-1.", []),
    ("Rückruf unter 0221 4783000 erbeten.", ["0221 4783000"]),
    ("Tel.: 231 45 67, Handy 231000.", ["231 45 67", "231000"]),  # cued numbers stay phones
])
def test_german_phone_numbers(text, found):
    assert [text[m.start:m.end] for m in PhoneRecognizer(lang="de").find(text)] == found
