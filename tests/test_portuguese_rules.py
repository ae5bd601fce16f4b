"""Portuguese notes get the English model with the rules of their language; those rules had no
ages, postcodes, NIF, identifier cues or street forms, so "93 anos", "4700-123", "NIF 123456789",
"Número de utente 123456789" and "Rua das Flores 45" came out unchanged or in part (found by
trying a Portuguese note). Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline, rules_pipeline


@pytest.mark.parametrize("text,expected", [
    ("Paciente Maria Silva, 93 anos, natural de Braga.", "[AGE]"),
    ("Senhora de 93 anos com dispneia.", "[AGE]"),
    ("Idade: 93 anos.", "[AGE]"),
    ("Morada: Rua das Flores 45, 4700-123 Braga.", "[ZIP] [CITY]"),
    ("NIF 123456789.", "[SSN]"),
    ("Número de utente 123456789.", "[HEALTHPLAN]"),
    ("Processo n.º 4455667.", "[MEDICALRECORD]"),
    ("Reside na Rua das Flores 45.", "[STREET]"),
    ("Morada: Av. da Liberdade, n.º 120.", "[STREET]"),
])
def test_portuguese_rules(text, expected):
    assert expected in rules_pipeline("pt")(text)._.deidentified


@pytest.mark.parametrize("text", [
    "HTA há 10 anos, DM2.",  # ten years ago: no age
    "Lote 123456788 do reagente.",  # a number failing the NIF checksum, without its name
])
def test_no_phi(text):
    assert rules_pipeline("pt")(text)._.deidentified == text


def test_default_pipeline_of_a_portuguese_note():
    nlp = load_pipeline("default", "pt")
    configure_redactor(nlp, mode="tag")
    note = ("Paciente Maria da Conceição Silva, 93 anos, natural de Braga, reside na Rua das Flores 45, "
            "4700-123 Braga. NIF 123456789. Número de utente 123456789.")
    out = nlp(note)._.deidentified
    for value in ("93", "Flores", "4700-123", "123456789", "Conceição"):
        assert value not in out
