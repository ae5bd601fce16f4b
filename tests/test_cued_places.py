"""Places after a word of living or coming from, in the languages of the multi-language pipeline:
the default pipeline kept "München" in "Die Patientin wohnt in München.", "Lyon" in "La patiente
habite à Lyon." and "Milano" in "Vive a Milano con la figlia." (found by trying the tool as a user
abroad would). ``recognizers/cued_places.py`` with ``place_cues/<lang>.py`` and the gazetteer of
``lexicons/latin_places.py``; every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.lexicons.latin_places import latin_countries, latin_places
from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


def _found(text: str, lang: str):
    return [(text[m.start:m.end], m.label) for m in get_recognizer("cued_places", lang).find(text)]


def test_gazetteer_is_folded():
    assert {"munchen", "koln", "cluj-napoca", "izmir", "frankfurt am main"} <= latin_places()
    assert {"turkei", "maroc", "peru", "almanya"} <= latin_countries()


@pytest.mark.parametrize("lang,text,place,label", [
    ("de", "Die Patientin wohnt in München.", "München", "CITY"),
    ("de", "Er lebt seit 2010 in Dresden.", "Dresden", "CITY"),
    ("de", "Wohnhaft in Freiburg im Breisgau.", "Freiburg im Breisgau", "CITY"),
    ("de", "Sie stammt aus der Türkei.", "Türkei", "COUNTRY"),
    ("de", "lebt in Frankfurt am Main mit Tochter", "Frankfurt am Main", "CITY"),
    ("de", "DIE PATIENTIN WOHNT IN HAMBURG.", "HAMBURG", "CITY"),
    ("fr", "La patiente habite à Lyon.", "Lyon", "CITY"),
    ("fr", "originaire d'Annecy, vit à Nantes", "Annecy", "CITY"),
    ("fr", "née au Maroc", "Maroc", "COUNTRY"),
    ("fr", "habite à Aix-en-Provence", "Aix-en-Provence", "CITY"),
    ("it", "Vive a Milano con la figlia.", "Milano", "CITY"),
    ("it", "nato a Castel di Sangro", "Castel di Sangro", "CITY"),
    ("es", "Natural de Zaragoza, reside en Madrid.", "Zaragoza", "CITY"),
    ("es", "procedente de Perú", "Perú", "COUNTRY"),
    ("ro", "Pacienta locuiește în Cluj-Napoca.", "Cluj-Napoca", "CITY"),
    ("ro", "originar din Iași", "Iași", "CITY"),
    ("tr", "Hasta İzmir'de yaşıyor.", "İzmir", "CITY"),
    ("tr", "Ankara'dan geldi.", "Ankara", "CITY"),
    ("tr", "Doğum yeri: Trabzon", "Trabzon", "CITY"),
    ("zh", "我住在 Taipei，在 Google 上班。", "Taipei", "CITY"),  # code-mixed: a Latin place after a Chinese cue
    ("zh", "他從 Boston 回來", "Boston", "CITY"),
    # born on a date, then the place: the date was too long for the words allowed between cue
    # and preposition, so "Besançon", "Dole" and "Tübingen" were kept (eighteenth session)
    ("fr", "Née le 3 avril 1950 à Besançon, elle vit seule.", "Besançon", "CITY"),
    ("fr", "Patient né le 12/03/1948 à Dole.", "Dole", "CITY"),
    ("de", "Geboren am 3. April 1950 in Tübingen, lebt allein.", "Tübingen", "CITY"),
    ("it", "Nata il 3 aprile 1950 a Cremona, vive sola.", "Cremona", "CITY"),
    ("es", "Nacida el 3 de abril de 1950 en Logroño, vive sola.", "Logroño", "CITY"),
    ("ro", "Născută pe 3 aprilie 1950 în Brașov, locuiește singură.", "Brașov", "CITY"),
    # an article was read as a prefix and ate the start of the name ("Le" of "Leipzig", "Lo" of
    # "Logroño"), and a name that begins with an article was looked up without it
    ("de", "Sie wohnt in Leipzig.", "Leipzig", "CITY"),
    ("fr", "Il habite à Lens.", "Lens", "CITY"),
    ("it", "vive a Lecce", "Lecce", "CITY"),
    ("fr", "habite à La Rochelle", "La Rochelle", "CITY"),
    ("es", "natural de El Vendrell", "El Vendrell", "CITY"),
    ("de", "DIE PATIENTIN WOHNT IN DER SCHWEIZ", "SCHWEIZ", "COUNTRY"),
])
def test_places_after_cues(lang, text, place, label):
    assert (place, label) in _found(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("de", "wohnt in Untermiete"), ("de", "kommt aus dem Urlaub zurück"), ("de", "lebt in Angst"),
    ("fr", "vit à la maison"), ("fr", "habite à proximité"), ("it", "vive a casa da sola"),
    ("es", "vive en la calle"), ("ro", "locuiește în casă"), ("tr", "Evde yaşıyor."),
    ("zh", "我住在 ICU 三天"), ("zh", "從 CT 看起來"), ("zh", "從 LINE 傳給你"), ("zh", "去了 Google 查"),
])
def test_no_place_without_a_listed_name(lang, text):
    assert _found(text, lang) == []


def test_each_language_reads_its_own_cues():
    assert _found("La patiente habite à Lyon.", "de") == []
    assert _found("Die Patientin wohnt in München.", "en") == []
    assert ("Lyon", "CITY") in _found("La patiente habite à Lyon.", "xx")  # language not given: all tables


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Die Patientin wohnt in München und kommt zur Kontrolle.", "München"),
    ("fr", "La patiente habite à Lyon avec son mari.", "Lyon"),
    ("it", "Vive a Milano con la figlia.", "Milano"),
])
def test_default_pipeline_withholds_cued_places(lang, text, place):
    nlp = load_pipeline("default", lang)
    configure_redactor(nlp, age_policy="over_89")
    assert place not in nlp(text)._.deidentified
