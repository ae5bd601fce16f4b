"""A patient's job after the words that announce it, in the languages of the non-English
pipelines: "arbeitet als Lehrerin", "travaille comme infirmière", "lavora come autista", "trabaja
como camarero", "lucrează ca inginer", "mühendis olarak çalışıyor" came out unchanged (labels.md
flags the job: it narrows identity). ``recognizers/cued_professions.py`` with
``profession_cues/<lang>.py``; every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


def _found(text: str, lang: str):
    return [text[m.start:m.end] for m in get_recognizer("cued_professions", lang).find(text)]


@pytest.mark.parametrize("lang,text,jobs", [
    ("de", "Sie arbeitet als Lehrerin an einer Grundschule. Von Beruf Elektriker. Beruf: Krankenschwester.",
     ["Lehrerin", "Elektriker", "Krankenschwester"]),
    ("de", "Er arbeitet als selbstständiger Kfz-Mechaniker.", ["selbstständiger Kfz-Mechaniker"]),
    ("fr", "Elle travaille comme infirmière au CHU. Profession : boulanger.", ["infirmière", "boulanger"]),
    ("it", "Lavora come autista presso una ditta di trasporti. Professione: insegnante.", ["autista", "insegnante"]),
    ("es", "Trabaja como camarero en un bar del barrio. Profesión: fontanero.", ["camarero", "fontanero"]),
    ("pt", "Trabalha como pedreiro numa obra. Profissão: costureira.", ["pedreiro", "costureira"]),
    ("ro", "Lucrează ca inginer la o fabrică. Ocupație: profesoară.", ["inginer", "profesoară"]),
    ("tr", "Hasta bir fabrikada mühendis olarak çalışıyor. Meslek: öğretmen.", ["öğretmen", "mühendis"]),
])
def test_a_job_after_its_cue(lang, text, jobs):
    assert _found(text, lang) == jobs


@pytest.mark.parametrize("lang,text", [
    ("de", "Beruf: keine Angabe"),
    ("fr", "Il travaille comme un fou."),
    ("es", "Trabaja de noche."),  # "de": a time, not a job
    ("en", "Works as a teacher."),  # English: the lexicon's
])
def test_no_job(lang, text):
    assert _found(text, lang) == []


@pytest.mark.parametrize("lang,text,job", [
    ("de", "Sie arbeitet als Lehrerin an einer Grundschule.", "Lehrerin"),
    ("fr", "Elle travaille comme infirmière au CHU.", "infirmière"),
    ("ro", "Lucrează ca inginer la o fabrică.", "inginer"),
])
def test_default_pipeline_removes_the_job(lang, text, job):
    nlp = load_pipeline("default", lang)
    configure_redactor(nlp, mode="tag")
    out = nlp(text)._.deidentified
    assert job not in out and "[PROFESSION]" in out
