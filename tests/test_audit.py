"""The counterfactual name audit: same notes per group, held-out names, intervals, CLI."""
from __future__ import annotations

import json

import pytest

from spacy_deid.audit.names import audit_cultures, pools
from spacy_deid.audit.run import audit, build_note, notes_for, wilson
from spacy_deid.lexicons.holdout import held_out_name
from spacy_deid.lexicons.sources import faker_names
from spacy_deid.pipelines import load_pipeline


def test_at_least_ten_cultures_with_both_genders():
    cultures = audit_cultures()
    assert len(cultures) >= 10
    for c in cultures:
        p = pools(c)
        assert p["female"] and p["male"] and p["last"]
        assert all(held_out_name(n) for n in p["female"] + p["male"] + p["last"])


def test_held_out_names_are_kept_out_of_faker_lexicon_data():
    names = faker_names()
    assert not any(held_out_name(n) for n in sorted(names["first"] | names["last"]))


def test_synthetic_training_notes_never_use_held_out_names():
    from spacy_deid.synth.generate import generate_records

    for rec in generate_records(40, seed=3):
        for s in rec["spans"]:
            if s["label"] in ("PATIENT", "DOCTOR"):
                text = rec["text"][s["start"]:s["end"]]
                words = [w.strip(".,") for w in text.replace(",", " ").split() if len(w.strip(".,")) > 1]
                assert not any(held_out_name(w) for w in words), text


def test_notes_are_counterfactual_only_the_names_change():
    a = list(notes_for("english_us", "female", 20, seed=0))
    b = list(notes_for("bengali", "female", 20, seed=0))
    for (ta, sa), (tb, sb) in zip(a, b):
        # same template: the text outside the names is the same
        strip = lambda t, spans: "".join(ch for i, ch in enumerate(t) if not any(s <= i < e for s, e in spans))  # noqa: E731
        assert strip(ta, sa) == strip(tb, sb)
    text, spans = build_note(0, "Aliya", "Mandal", "female")
    assert [text[s:e] for s, e in spans] == ["Aliya", "Mandal"]


def test_wilson_interval():
    lo, hi = wilson(45, 50)
    assert 0.78 < lo < 0.9 < hi < 0.97
    assert wilson(0, 0) == (0.0, 0.0)


def test_audit_reports_groups_and_gaps():
    nlp = load_pipeline("lexicon")
    result = audit(nlp, n=6, cultures=["english_us", "hispanic"])
    assert len(result["groups"]) == 4
    for g in result["groups"]:
        assert 0.0 <= g["ci95"][0] <= g["recall"] <= g["ci95"][1] <= 1.0
    assert set(result["by_gender"]) == {"female", "male"}
    assert result["culture_gap"]["gap"] >= 0.0


def test_audit_cli(tmp_path):
    from typer.testing import CliRunner

    from spacy_deid.cli.main import app

    out = tmp_path / "audit.json"
    res = CliRunner().invoke(app, ["audit", "--model", "lexicon", "--n", "3", "--culture", "irish",
                                   "--culture", "korean", "-o", str(out), "--html", str(tmp_path / "a.html")])
    assert res.exit_code == 0, res.output
    assert "culture gap" in res.output
    assert set(json.loads(out.read_text())["by_culture"]) == {"irish", "korean"}
    assert "<img" in (tmp_path / "a.html").read_text()
    bad = CliRunner().invoke(app, ["audit", "--model", "lexicon", "--culture", "martian"])
    assert bad.exit_code == 2


@pytest.mark.slow
def test_default_model_treats_women_and_men_alike_on_counterfactual_notes():
    result = audit(load_pipeline("default"), n=30)
    assert result["overall"]["recall"] >= 0.85
    assert result["gender_gap"]["gap"] <= 0.03
