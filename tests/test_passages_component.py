"""``phi_passages``: a pipeline called from Python reads passages in another language with that
language's pipeline too (issue 13, language per sentence). Before, only the CLI's ``--lang auto``
did: ``nlp(note)`` on an English note that quoted a Spanish daughter or copied a German letter
kept "14 de marzo de 1931", "Sevilla", "DNI 12345678Z", "3. Mai 2019" and "0551 39 12345".
Every text is invented."""
from __future__ import annotations

import pytest
from spacy.language import Language

from spacy_deid.components.phi_passages import SOURCE, PhiPassages
from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.runner import DeidInput, Deidentifier

from test_foreign_passages import ENGLISH, GERMAN, SPANISH


def _tagged(passages: bool) -> Language:
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, mode="tag")
    if passages:
        nlp.add_pipe("phi_passages", before="deid_redactor")
    return nlp


@pytest.fixture(scope="module")
def plain():
    return _tagged(False)


@pytest.fixture(scope="module")
def routed():
    return _tagged(True)


@pytest.mark.parametrize("note,defect,gone", [
    (SPANISH, ["14 de marzo de 1931", "Sevilla", "12345678Z"], ["14 de marzo de 1931", "Sevilla", "12345678Z", "28013"]),
    (GERMAN, ["3. Mai 2019", "0551 39 12345"], ["Klaus Becker", "3. Mai 2019", "Lindenstraße 5a", "0551 39 12345"]),
])
def test_nlp_reads_a_passage_with_its_own_pipeline(plain, routed, note, defect, gone):
    before = plain(note)._.deidentified
    for s in defect:  # the English pipeline alone keeps these
        assert s in before
    doc = routed(note)
    for s in gone:
        assert s not in doc._.deidentified
    assert any(SOURCE in s.source for s in doc._.phi)
    assert "Lungs" in doc._.deidentified or "Cardiology following" in doc._.deidentified
    # the union: every span of the note's own pipeline is still covered
    covered = [(s.start, s.end) for s in doc._.phi]
    for s in plain(note)._.phi:
        assert any(a <= s.start and s.end <= b for a, b in covered)


def test_an_english_note_loads_no_other_pipeline(routed):
    comp = routed.get_pipe("phi_passages")
    assert comp.passages(ENGLISH) == []
    doc = routed(ENGLISH)
    assert "Mary Jones" not in doc._.deidentified


def test_the_notes_language_comes_from_the_rules():
    nlp = load_pipeline("default", "es")
    nlp.add_pipe("phi_passages", before="deid_redactor")
    comp = nlp.get_pipe("phi_passages")
    assert comp.lang == "es"
    assert [p.lang for p in comp.passages(SPANISH)] == ["en"]  # the English part of a Spanish note


def test_languages_limit_what_is_read(plain):
    comp = PhiPassages("p", "en", ["de"], 30, 0.9, "phi")
    assert comp.passages(SPANISH) == [] and [p.lang for p in comp.passages(GERMAN)] == ["de"]
    with pytest.raises(ValueError, match="no pipeline for languages"):
        PhiPassages("p", "en", ["xx"], 30, 0.9, "phi")


def test_a_failing_passage_pipeline_withholds_the_note():
    nlp = load_pipeline("default", "en")

    def broken(lang: str) -> Language:
        raise RuntimeError("no model for " + lang)

    nlp.add_pipe("phi_passages", before="deid_redactor")
    nlp.get_pipe("phi_passages").loader = broken
    with pytest.raises(RuntimeError):
        nlp(SPANISH)
    (res,) = list(Deidentifier(nlp, redact=True).run([DeidInput(SPANISH, None, 0, None)]))
    assert res.error and res.text is None and "Sevilla" not in (res.error or "")
    (ok,) = list(Deidentifier(nlp, redact=True).run([DeidInput(ENGLISH, None, 0, None)]))
    assert ok.error is None  # no passage: nothing to load, the note goes through


@pytest.mark.parametrize("flag,kept", [([], False), (["--no-passages"], True)])
def test_cli_with_a_fixed_language_reads_passages_unless_told_not_to(tmp_path, flag, kept):
    from typer.testing import CliRunner

    from spacy_deid.cli.main import app

    src = tmp_path / "in"
    src.mkdir()
    (src / "note.txt").write_text(SPANISH, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(out), "--lang", "en", "--mode", "tag",
                                   "--quiet", *flag])
    assert res.exit_code == 0, res.output
    text = (out / "note.txt").read_text(encoding="utf-8")
    assert ("12345678Z" in text) is kept and ("14 de marzo de 1931" in text) is kept
    assert "Plan: continue diuresis" in text


def test_cli_passages_are_read_by_a_pipeline_built_like_the_notes():
    """``--model rules --lang en``: the Spanish passage goes through the Spanish rules, not the
    Spanish model (the passage pipeline is built with the command's own options)."""
    from spacy_deid.cli._run import build

    nlp = build("rules", "en", "tag", False, passages=True)
    comp = nlp.get_pipe("phi_passages")
    spanish = comp.pipeline("es")
    assert "ner" not in spanish.pipe_names and "phi_patterns" in spanish.pipe_names
    plain = build("rules", "en", "tag", False)(SPANISH)._.deidentified
    routed = nlp(SPANISH)._.deidentified
    for kept_before in ("14 de marzo de 1931", "12345678Z", "28013"):  # the English rules alone keep these
        assert kept_before in plain and kept_before not in routed


@pytest.mark.parametrize("passages", [True, False])
def test_spark_and_the_service_build_as_redact_does(passages):
    """Spark's and the service's pipelines are built as ``redact`` builds them: with the
    ``phi_passages`` component unless told not to (``--no-passages``)."""
    from spacy_deid.service.engine import ServiceEngine
    from spacy_deid.service.settings import ServiceSettings
    from spacy_deid.spark.settings import SparkDeidSettings

    spark_nlp = SparkDeidSettings(model="rules", lang="en", mode="tag", passages=passages).build()
    assert ("phi_passages" in spark_nlp.pipe_names) is passages
    service = ServiceSettings(model="rules", lang="en", passages=passages)
    assert ServiceSettings.from_json(service.to_json()).passages is passages
    service_nlp = ServiceEngine(service)._build()
    assert ("phi_passages" in service_nlp.pipe_names) is passages


def test_the_component_pickles_for_worker_processes():
    """A worker started by spawn or forkserver gets the pipeline pickled: the CLI's passage
    loader is a picklable builder, not a closure."""
    import pickle

    from spacy_deid.cli._run import PipelineBuilder, build

    nlp = build("rules", "en", "tag", False, passages=True)
    comp = nlp.get_pipe("phi_passages")
    assert isinstance(comp.loader, PipelineBuilder)
    copy = pickle.loads(pickle.dumps(comp))
    assert copy.loader == comp.loader and copy.lang == "en"
    doc = nlp.make_doc(SPANISH)
    for name, proc in nlp.pipeline:  # the pipeline with the unpickled copy in its component's place
        doc = (copy if name == "phi_passages" else proc)(doc)
    assert copy.counts == {"es": 1} and "12345678Z" not in doc._.deidentified
