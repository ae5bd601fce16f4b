"""Names after a phrase that introduces them, in the languages of the non-English pipelines: every
one of them kept "Marie Dubois" in "je m'appelle Marie Dubois", "Klaus Becker" in "ich heiße
Klaus Becker" and the like (found by trying the tool on a quoted patient).
``recognizers/cued_names.py`` with ``name_cues/<lang>.py``; every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


def _found(text: str, lang: str):
    return [text[m.start:m.end] for m in get_recognizer("cued_names", lang).find(text)]


@pytest.mark.parametrize("lang,text,name", [
    ("de", "Der Patient sagt: ich heiße Klaus Becker und habe Bauchschmerzen.", "Klaus Becker"),
    ("de", "Mein Name ist Sabine Krüger-Hansen.", "Sabine Krüger-Hansen"),
    ("de", "Eine Nachbarin namens Ilse Brandt kümmert sich um ihn.", "Ilse Brandt"),
    ("fr", "Le patient dit: je m'appelle Marie Dubois et j'ai mal au ventre.", "Marie Dubois"),
    ("fr", "Sa voisine, qui s'appelle Odile Marchand, passe chaque jour.", "Odile Marchand"),
    ("fr", "JE M'APPELLE JEAN DE LA FONTAINE ET J'AI MAL.", "JEAN DE LA FONTAINE"),
    ("it", "Il paziente riferisce: mi chiamo Giulia Bianchi e ho dolore.", "Giulia Bianchi"),
    ("it", "Il figlio, di nome Marco, è presente.", "Marco"),
    ("es", "Refiere: me llamo Andrés Cabrera y tengo dolor abdominal.", "Andrés Cabrera"),
    ("es", "me llamo maría de la cruz pérez y vivo sola", "maría de la cruz pérez"),
    ("es", "Su hija, llamada Lucía Fernández, la acompaña.", "Lucía Fernández"),
    ("pt", "A paciente diz: meu nome é Ana Beatriz Souza e moro sozinha.", "Ana Beatriz Souza"),
    ("ro", "Pacientul spune: mă numesc Ion Popescu și am dureri.", "Ion Popescu"),
    ("ro", "Fiica sa, pe nume Elena Dumitrescu, este de acord.", "Elena Dumitrescu"),
    ("tr", "Hasta diyor ki: benim adım Ayşe Yılmaz ve ağrım var.", "Ayşe Yılmaz"),
    ("tr", "Hastanın adı soyadı: Mehmet Kaya, 67 yaşında.", "Mehmet Kaya"),
])
def test_a_name_after_its_cue(lang, text, name):
    assert _found(text, lang) == [name]


@pytest.mark.parametrize("lang,text", [
    ("de", "Ich heiße Sie herzlich willkommen."),  # a greeting
    ("de", "Das heißt, der Patient bleibt stationär."),  # "that is"
    ("es", "Se llama al médico de guardia."),  # "the doctor on call is called"
    ("it", "Si chiama il medico di turno per la terapia."),
    ("fr", "Le nom est inscrit sur le bracelet."),
    ("en", "My name is John Smith."),  # English notes: the lexicon's, not this rule's
])
def test_no_name_after_a_cue_of_another_sense(lang, text):
    assert _found(text, lang) == []


def test_multilingual_pipeline_reads_every_table():
    assert _found("ich heiße Klaus Becker; je m'appelle Marie Dubois", "xx") == ["Klaus Becker", "Marie Dubois"]


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le patient dit: je m'appelle Marie Dubois et j'ai mal au ventre depuis hier.", "Dubois"),
    ("es", "El paciente refiere: me llamo Andrés Cabrera y tengo dolor abdominal desde ayer.", "Cabrera"),
    ("de", "Der Patient sagt: ich heiße Klaus Becker und habe seit gestern Bauchschmerzen.", "Becker"),
    ("it", "Il paziente riferisce: mi chiamo Giulia Bianchi e ho dolore addominale da ieri.", "Bianchi"),
    ("ro", "Pacientul spune: mă numesc Ion Popescu și am dureri abdominale de ieri.", "Popescu"),
    ("tr", "Hasta diyor ki: benim adım Ayşe Yılmaz ve dünden beri karın ağrım var.", "Yılmaz"),
])
def test_default_pipeline_of_each_language_removes_the_name(lang, text, name):
    """Each of these sentences came out unchanged from the default pipeline of its language."""
    nlp = load_pipeline("default", lang)
    configure_redactor(nlp, mode="tag")
    out = nlp(text)._.deidentified
    assert name not in out and "[PATIENT]" in out
