"""The default pipeline on the real PhysioNet nursing notes (issue 10): a regression guard.

Reads ../shared/corpora/physionet-deid at run time (skipped when absent: users have no corpus).
Nothing is trained or tuned on the corpus; its odd-numbered patients were used to look at errors
while designing the lexicon finders, the even-numbered ones never (README: "Real notes"). The
floors sit a little under the measured figures; they catch regressions, not the issue's targets.
"""
from pathlib import Path

import pytest

from spacy_deid.evaluation.evaluate import evaluate
from spacy_deid.evaluation.predict import predict_with_model
from spacy_deid.io.physionet import read_physionet
from spacy_deid.pipelines import configure_redactor, load_pipeline

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "physionet-deid"
FLOORS = {  # half -> (token recall, token precision, NAME relaxed recall)
    "odd": (0.94, 0.71, 0.95),
    "even": (0.94, 0.71, 0.95),
}


@pytest.mark.slow
def test_default_pipeline_on_both_halves_of_physionet():
    if not (CORPUS / "id.text").exists():
        pytest.skip("PhysioNet deid corpus not available")
    records = list(read_physionet(CORPUS))
    nlp = load_pipeline("default")
    configure_redactor(nlp, age_policy="over_89")  # the corpus annotates ages over 89 only
    preds = list(predict_with_model(nlp, records))
    for half, (min_r, min_p, min_name) in FLOORS.items():
        idx = [i for i, r in enumerate(records) if (int(r["meta"]["patient"]) % 2 == 0) == (half == "even")]
        rep = evaluate([records[i] for i in idx], [preds[i] for i in idx], cmi=False).report
        tok = rep["metrics"]["token"]["micro"]
        assert tok["recall"] >= min_r, (half, tok)
        assert tok["precision"] >= min_p, (half, tok)
        assert rep["metrics"]["relaxed"]["per_coarse"]["NAME"]["recall"] >= min_name, half
