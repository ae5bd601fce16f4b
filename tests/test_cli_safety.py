"""Safety of the command line (issue 11, item 8 and the model error of item 2): nothing is
overwritten, nothing is written in clear by accident, and usage errors are one line, exit 2."""
from __future__ import annotations

from typer.testing import CliRunner

from spacy_deid import __version__
from spacy_deid.cli.main import app

runner = CliRunner()
NOTE = "Pt seen 03/14/2021, MRN: 00482731, call 617-555-0142.\n"


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def _notes(tmp_path):
    src = tmp_path / "notes"
    src.mkdir()
    (src / "a.txt").write_text(NOTE, encoding="utf-8")
    return src


def test_version():
    code, out = run("--version")
    assert code == 0 and out.strip() == f"spacy-deid {__version__}"


def test_output_equal_to_the_input_is_refused_and_the_originals_stay(tmp_path):
    src = _notes(tmp_path)
    code, out = run("redact", src, "--out", src, "--model", "rules", "-q")
    assert code == 2 and "input" in out
    assert (src / "a.txt").read_text(encoding="utf-8") == NOTE
    code, _ = run("redact", src / "a.txt", "--out", src / "a.txt", "--model", "rules", "-q")
    assert code == 2 and (src / "a.txt").read_text(encoding="utf-8") == NOTE


def test_output_inside_the_input_folder_is_refused(tmp_path):
    src = _notes(tmp_path)
    code, out = run("redact", src, "--out", src / "deid", "--model", "rules", "-q")
    assert code == 2 and "inside the input folder" in out
    assert not (src / "deid").exists()


def test_keep_for_everything_is_refused(tmp_path):
    src = _notes(tmp_path)
    code, out = run("redact", src, "--out", tmp_path / "out", "--model", "rules", "--mode", "keep", "-q")
    assert code == 2 and "in clear" in out
    assert not (tmp_path / "out").exists()


def test_an_unknown_model_is_one_line_and_exit_2(tmp_path):
    src = _notes(tmp_path)
    code, out = run("redact", src, "--out", tmp_path / "out", "--model", "no_such_pipeline_xyz", "-q")
    assert code == 2
    lines = sorted({ln for ln in out.splitlines() if ln.strip()})  # the runner may echo stderr twice
    assert len(lines) == 1 and "no_such_pipeline_xyz" in lines[0] and "Traceback" not in out
    code, out = run("detect", src / "a.txt", "--out", tmp_path / "p.jsonl", "--model", "no_such_pipeline_xyz")
    assert code == 2 and "Traceback" not in out


def test_the_missing_key_error_names_the_cli_flag(tmp_path, monkeypatch):
    monkeypatch.delenv("SPACY_DEID_KEY", raising=False)
    src = _notes(tmp_path)
    code, out = run("redact", src, "--out", tmp_path / "out", "--model", "rules", "--mode", "surrogate", "-q")
    assert code == 2 and "--random-surrogates" in out and "SPACY_DEID_KEY" in out
