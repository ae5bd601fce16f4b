"""The Spanish default pipeline (issue 13): the shipped NER trained on MEDDOCAN train and Spanish
synthetic notes, with the rules and the redactor, on small notes written for these tests in the
styles Spanish notes use (a data header, running text, a letter)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from spacy_deid.cli.main import app
from spacy_deid.models import load_default
from spacy_deid.pipelines import load_pipeline

NOTES = [
    ("Nombre: Lucía Ferrández Oyarzábal.\nNHC: 4581203.\nFecha de ingreso: 14 de marzo de 2021.\n"
     "Paciente de 54 años que ingresa por disnea. TA 130/80, FC 78 lpm.",
     ["Lucía", "Ferrández", "Oyarzábal", "4581203", "14 de marzo de 2021", "54 años"]),
    ("La paciente Begoña Arrieta Salcedo, de 71 años, ingresó el 3 de febrero de 2020 en el Hospital "
     "Universitario Marqués de Valdecilla. Su hijo Iñaki la acompaña.",
     ["Begoña", "Arrieta", "Salcedo", "71 años", "3 de febrero de 2020", "Valdecilla", "Iñaki"]),
    ("Remitido por el Dr. Tomás Ibarrola Sáenz. Domicilio: Calle Mayor 12, 3º B, 16002 Cuenca. "
     "Teléfono: 612 345 678. Correo: tibarrola@example.es",
     ["Tomás", "Ibarrola", "Sáenz", "Calle Mayor 12", "16002", "612 345 678", "tibarrola@example.es"]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_default(lang="es")


def test_the_spanish_pipeline_is_its_own_model_with_rules(nlp):
    assert nlp.lang == "es"
    assert nlp.pipe_names == ["tok2vec", "ner", "phi_patterns", "deid_redactor"]
    assert load_pipeline("default", "es").pipe_names == nlp.pipe_names
    assert load_pipeline("default", "en").lang == "en"


@pytest.mark.parametrize("text,secrets", NOTES)
def test_spanish_notes_lose_their_phi(nlp, text, secrets):
    out = nlp(text)._.deidentified
    for secret in secrets:
        assert secret not in out, (secret, out)
    for kept in ("TA 130/80", "FC 78 lpm", "disnea", "acompaña", "Teléfono:"):
        if kept in text:
            assert kept in out


def test_clinical_text_is_left_alone(nlp):
    text = ("Exploración: consciente y orientado, Glasgow 15/15. Analítica: Hb 12,4 g/dl, PCR 35 mg/l. "
            "Tratamiento: metformina 850 mg/12 h y enalapril 10 mg/24 h.")
    assert nlp(text)._.deidentified == text


def test_cli_redacts_spanish_notes(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(NOTES[1][0], encoding="utf-8")
    (tmp_path / "out").mkdir()
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "out"), "--model", "default",
                                   "--lang", "es", "--mode", "tag", "-q"])
    assert res.exit_code == 0, res.output
    out = (tmp_path / "out" / "nota.txt").read_text(encoding="utf-8")
    assert "Begoña" not in out and "[DATE]" in out and "[PATIENT]" in out
