"""The ``encrypt`` operator and ``spacy-deid decrypt`` (issue 11, item 7): authorised
re-identification with authenticated encryption; wrong keys and altered tokens fail closed."""
from __future__ import annotations

import pytest
import spacy
from typer.testing import CliRunner

from spacy_deid.cli.main import app
from spacy_deid.encryption import TOKEN, DecryptionError, decrypt_text, derive_key, encrypt_value

SECRET = "a-test-secret-of-some-length"
NOTE = "Seen 03/14/2021 by Dr. Okonkwo, MRN 00482731, call 617-555-0142.\n"


@pytest.fixture
def nlp(monkeypatch):
    monkeypatch.setenv("SPACY_DEID_ENCRYPT_KEY", SECRET)
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_lexicon")
    nlp.add_pipe("deid_redactor", config={"mode": "encrypt"})
    return nlp


def test_round_trip_and_no_value_in_clear(nlp):
    out = nlp(NOTE)._.deidentified
    for secret_value in ("03/14/2021", "Okonkwo", "00482731", "617-555-0142"):
        assert secret_value not in out
    assert len(TOKEN.findall(out)) == 4
    assert decrypt_text(derive_key(SECRET), out) == (NOTE, 4)


def test_equal_values_give_different_tokens_and_short_values_are_found():
    key = derive_key(SECRET)
    a, b = encrypt_value(key, "ID", "7"), encrypt_value(key, "ID", "7")
    assert a != b and TOKEN.fullmatch(a) and decrypt_text(key, a + " " + b) == ("7 7", 2)


def test_wrong_key_or_altered_token_fails_closed():
    key = derive_key(SECRET)
    token = encrypt_value(key, "PATIENT", "Okonkwo")
    with pytest.raises(DecryptionError):
        decrypt_text(derive_key("another-secret-entirely"), token)
    altered = token.replace("[ENC:PATIENT:", "[ENC:DOCTOR:")  # the label is authenticated too
    with pytest.raises(DecryptionError) as err:
        decrypt_text(key, altered)
    assert "Okonkwo" not in str(err.value)


def test_no_key_no_encryption(monkeypatch):
    monkeypatch.delenv("SPACY_DEID_ENCRYPT_KEY", raising=False)
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="SPACY_DEID_ENCRYPT_KEY"):
        nlp.add_pipe("deid_redactor", config={"mode": "encrypt"})
    with pytest.raises(ValueError, match="16 characters"):
        derive_key("short")


def test_cli_encrypt_then_decrypt(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACY_DEID_ENCRYPT_KEY", SECRET)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(NOTE, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["redact", str(src), "--out", str(tmp_path / "enc"), "--model", "lexicon", "--mode", "encrypt", "-q"])
    assert res.exit_code == 0, res.output
    assert "617-555-0142" not in (tmp_path / "enc" / "a.txt").read_text(encoding="utf-8")
    res = runner.invoke(app, ["decrypt", str(tmp_path / "enc"), "--out", str(tmp_path / "dec")])
    assert res.exit_code == 0 and (tmp_path / "dec" / "a.txt").read_text(encoding="utf-8") == NOTE
    monkeypatch.setenv("SPACY_DEID_ENCRYPT_KEY", "another-secret-entirely")
    res = runner.invoke(app, ["decrypt", str(tmp_path / "enc"), "--out", str(tmp_path / "dec2")])
    assert res.exit_code == 1 and not (tmp_path / "dec2").exists()
    monkeypatch.delenv("SPACY_DEID_ENCRYPT_KEY")
    res = runner.invoke(app, ["decrypt", str(tmp_path / "enc"), "--out", str(tmp_path / "dec3")])
    assert res.exit_code == 2
