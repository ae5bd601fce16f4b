"""The benchmark scripts run and print their figures (tiny sizes; the real runs are in README)."""
from __future__ import annotations

import json

import pytest


@pytest.mark.slow
def test_compare_scores_spacy_deid_and_presidio_with_one_scorer(run, tmp_path):
    out = tmp_path / "cmp.json"
    text = run("benchmarks/compare.py", "--synth", "8", "--limit", "8", "--json", str(out))
    rows = json.loads(out.read_text())
    systems = {r["system"] for r in rows}
    assert "spacy-deid (default)" in systems
    try:
        import presidio_analyzer  # noqa: F401
        assert "presidio" in systems
    except ImportError:
        assert "presidio: not installed" in text
    for r in rows:
        assert 0.0 <= r["token_recall"] <= 1.0 and 0.0 <= r["token_precision"] <= 1.0 and r["notes_per_s"] > 0


@pytest.mark.slow
def test_synth_casing_reports_each_case(run, tmp_path):
    out = tmp_path / "case.json"
    run("benchmarks/synth_casing.py", "--model", "lexicon", "--n", "12", "--json", str(out))
    result = json.loads(out.read_text())
    assert {"as_written", "upper", "lower"} <= set(result)
    assert 0.0 <= result["token_recall_spread"] <= 1.0


def test_languages_speed_measures_each_route(run, tmp_path):
    """Issue 13: speed and peak RSS of the multilingual pipeline next to the English default."""
    out = tmp_path / "speed.json"
    text = run("benchmarks/languages_speed.py", "--n", "4", "--lang", "en", "--lang", "zh", "--json", str(out))
    rows = json.loads(out.read_text())
    assert [(r["lang"], r["model"]) for r in rows] == [("en", "deid_cnn_en"), ("zh", "deid_cnn_zh")]
    for r in rows:
        assert r["notes"] == 4 and r["spans"] > 0 and r["notes_per_s"] > 0 and r["peak_rss_mb"] > 100
    assert "| zh | deid_cnn_zh |" in text
