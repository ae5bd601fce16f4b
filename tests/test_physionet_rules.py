"""Rules only on the real PhysioNet nursing notes: the DATE / CONTACT recall bar of issue 2.

Reads ../shared/corpora/physionet-deid at run time (skipped when absent: users have no corpus).
A regression guard on a corpus that is never used to train or tune anything; the figures and how
the rules were made are in README.md ("Rules only").
"""
from pathlib import Path

import pytest

from spacy_deid.evaluation.evaluate import evaluate
from spacy_deid.evaluation.predict import predict_with_model
from spacy_deid.io.physionet import read_physionet
from spacy_deid.pipelines import rules_pipeline

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "physionet-deid"


@pytest.mark.slow
def test_rules_reach_the_date_and_contact_recall_bar_with_few_false_positives():
    if not (CORPUS / "id.text").exists():
        pytest.skip("PhysioNet deid corpus not available")
    records = list(read_physionet(CORPUS))
    nlp = rules_pipeline("en", {"age_policy": "over_89"})  # the corpus annotates ages over 89 only
    preds = list(predict_with_model(nlp, records))
    report = evaluate(records, preds, cmi=False).report
    relaxed = report["metrics"]["relaxed"]["per_coarse"]
    assert relaxed["DATE"]["n_gold"] == 528 and relaxed["CONTACT"]["n_gold"] == 53
    assert relaxed["DATE"]["recall"] >= 0.95
    assert relaxed["CONTACT"]["recall"] >= 0.95
    per_100_notes = 100 * report["errors"]["spurious"] / report["docs"]
    assert per_100_notes < 3.0
