"""The threshold sweep of spacy-deid evaluate: scores at each operating point, by hand."""
from __future__ import annotations

import json

import pytest

from spacy_deid.evaluation.thresholds import filter_by_threshold, sweep


def test_sweep_counts_tokens_and_leak_at_each_threshold():
    gold = [{"id": "a", "text": "Ann Lee came home", "spans": [{"start": 0, "end": 7, "label": "PATIENT"}]}]
    pred = [[{"start": 0, "end": 3, "label": "PATIENT", "score": 0.9},
             {"start": 4, "end": 7, "label": "PATIENT", "score": 0.4},
             {"start": 13, "end": 17, "label": "CITY", "score": 0.2}]]
    rows = {r["threshold"]: r for r in sweep(gold, pred, [0.0, 0.3, 0.5, 0.95])}
    assert rows[0.0]["token_recall"] == 1.0 and rows[0.0]["token_precision"] == pytest.approx(2 / 3)
    assert rows[0.3]["token_precision"] == 1.0 and rows[0.3]["pred_spans"] == 2
    assert rows[0.5]["token_recall"] == 0.5 and rows[0.5]["leak_rate"] == pytest.approx(3 / 6)
    assert rows[0.95]["token_recall"] == 0.0 and rows[0.95]["leak_rate"] == 1.0


def test_uncertain_spans_count_at_every_threshold():
    pred = [{"start": 0, "end": 3, "label": "PATIENT", "score": 0.1, "uncertain": True}]
    assert filter_by_threshold(pred, 0.9) == pred


def test_evaluate_cli_prints_the_sweep(tmp_path):
    from typer.testing import CliRunner

    from spacy_deid.cli.main import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "n1", "text": "Seen by Dr. Okonkwo on 03/14/2021.",
                                "spans": [{"start": 12, "end": 19, "label": "DOCTOR"},
                                          {"start": 23, "end": 33, "label": "DATE"}]}) + "\n")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--model", "lexicon", "--no-cmi",
                                      "--json", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["thresholds"]["used"] == 0.5
    assert [r["threshold"] for r in report["thresholds"]["rows"]][:3] == [0.0, 0.1, 0.2]
    assert report["metrics"]["token"]["micro"]["recall"] == 1.0
