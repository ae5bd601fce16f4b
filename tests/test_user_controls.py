"""Controls Presidio users expect (issue 11, item 7): per-label operators, allow and deny lists,
from the Python config and from the command line."""
from __future__ import annotations

import pytest
import spacy
from typer.testing import CliRunner

from spacy_deid.cli.main import app

NOTE = "Seen by Dr. Okonkwo on 3/4/2021 at Fellows 6. Parkinson disease. MRN 00482731. Call 617-555-0142.\n"


def _nlp(redactor=None, deny=None):
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_lexicon")
    if deny is not None:
        nlp.add_pipe("phi_deny_list", config={"terms": deny})
    nlp.add_pipe("deid_redactor", config=redactor or {})
    return nlp


def _redact(tmp_path, *args):
    """Run ``spacy-deid redact`` (rules pipeline) on a folder holding NOTE; (exit code, output text or None)."""
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text(NOTE, encoding="utf-8")
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "out"), "--model", "rules", "-q",
                                   *[str(a) for a in args]])
    out = tmp_path / "out" / "a.txt"
    return res.exit_code, out.read_text(encoding="utf-8") if out.exists() else None


def test_allow_list_keeps_a_text_whatever_found_it():
    doc = _nlp({"allow_list": ["okonkwo", " 617-555-0142 "]})(NOTE)
    assert "Dr. Okonkwo" in doc._.deidentified and "617-555-0142" in doc._.deidentified
    assert "[DATE]" in doc._.deidentified
    assert all(NOTE[s.start:s.end] not in ("Okonkwo", "617-555-0142") for s in doc._.phi)


def test_deny_list_terms_are_always_phi_whole_words_any_case():
    nlp = _nlp(deny={"Fellows 6": "DEPARTMENT", "parkinson": "NAME"})
    out = nlp(NOTE)._.deidentified
    assert "at [DEPARTMENT]." in out and "[NAME] disease" in out
    assert nlp("Parkinsonism noted; FELLOWS   6 called.")._.deidentified == "Parkinsonism noted; [DEPARTMENT] called."


def test_deny_list_rejects_unknown_labels():
    with pytest.raises(ValueError, match="unknown label"):
        _nlp(deny={"x": "SECRET"})


def test_deny_list_survives_to_disk(tmp_path):
    nlp = _nlp(deny={"Fellows 6": "DEPARTMENT"})
    nlp.to_disk(tmp_path / "p")
    assert "[DEPARTMENT]" in spacy.load(tmp_path / "p")(NOTE)._.deidentified


def test_cli_operator_allow_and_deny_lists(tmp_path):
    (tmp_path / "allow.txt").write_text("617-555-0142\n", encoding="utf-8")
    (tmp_path / "deny.txt").write_text("Fellows 6\tDEPARTMENT\n# a comment\nParkinson\n", encoding="utf-8")
    code, out = _redact(tmp_path, "--operator", "DATE=keep", "--operator", "ID=mask",
                        "--allow-list", tmp_path / "allow.txt", "--deny-list", tmp_path / "deny.txt")
    assert code == 0
    assert out == "Seen by Dr. Okonkwo on 3/4/2021 at [DEPARTMENT]. [NAME] disease. MRN ********. Call 617-555-0142.\n"


@pytest.mark.parametrize("bad", ["DATEkeep", "FOO=keep", "DATE=shred"])
def test_cli_bad_operator_is_a_usage_error(tmp_path, bad):
    assert _redact(tmp_path, "--operator", bad) == (2, None)


def test_cli_set_reconfigures_components(tmp_path):
    code, out = _redact(tmp_path, "--set", "deid_redactor.tag_format=<{label}>", "--set", "deid_redactor.threshold=0.9")
    assert code == 0
    assert "<DATE>" in out and "<PHONE>" in out and "[" not in out


@pytest.mark.parametrize("bad", ["nocomp.x=1", "deid_redactor.nosuch=1", "deid_redactor.threshold=2", "noequals"])
def test_cli_bad_set_is_a_usage_error(tmp_path, bad):
    assert _redact(tmp_path, "--set", bad) == (2, None)


def test_cli_config_file_sets_components_and_set_wins(tmp_path):
    cfg = tmp_path / "over.cfg"
    cfg.write_text('[components.deid_redactor]\ntag_format = "<{label}>"\n\n'
                   '[components.deid_redactor.operators]\nDATE = "keep"\n', encoding="utf-8")
    code, out = _redact(tmp_path, "--config", cfg)
    assert code == 0 and "on 3/4/2021 at" in out and "<PHONE>" in out
    code, out = _redact(tmp_path, "--config", cfg, "--set", "deid_redactor.tag_format=#{label}#")
    assert code == 0 and "#PHONE#" in out
    assert _redact(tmp_path, "--config", tmp_path / "missing.cfg")[0] == 2
