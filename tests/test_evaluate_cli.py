"""``spacy-deid evaluate`` end to end on hand-written notes."""
import json

import pytest
from typer.testing import CliRunner

from spacy_deid.cli.main import app
from spacy_deid.io.jsonl import write_jsonl

runner = CliRunner()

TEXT = "Seen by Anna Ruiz on 03/14/2021 in Boston."
GOLD = [
    {"id": "a", "text": TEXT, "spans": [{"start": 8, "end": 17, "label": "DOCTOR"},
                                        {"start": 21, "end": 31, "label": "DATE"}],
     "meta": {"lang": "en", "note_type": "progress"}},
    {"id": "b", "text": "Call 617-555-0142 on 04/01/2022.", "spans": [{"start": 5, "end": 17, "label": "PHONE"},
                                                                    {"start": 21, "end": 31, "label": "DATE"}],
     "meta": {"lang": "en", "note_type": "discharge"}},
]
PRED = [
    {"id": "a", "text": TEXT, "spans": [{"start": 8, "end": 17, "label": "PATIENT", "score": 0.9, "source": "ner"},
                                        {"start": 21, "end": 26, "label": "DATE"},
                                        {"start": 35, "end": 41, "label": "CITY"}], "meta": {}},
    {"id": "b", "text": GOLD[1]["text"], "spans": [{"start": 5, "end": 17, "label": "PHONE"},
                                                   {"start": 21, "end": 31, "label": "DATE"}], "meta": {}},
]


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.fixture
def files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(GOLD, gold)
    write_jsonl(PRED, pred)
    return tmp_path, gold, pred


def test_evaluate_pred_file_json_and_table(files):
    tmp, gold, pred = files
    code, out = run("evaluate", "--gold", gold, "--pred", pred, "--by", "note_type", "-o", tmp / "r.json")
    assert code == 0, out
    report = json.loads((tmp / "r.json").read_text())
    strict = report["metrics"]["strict"]["micro"]
    # 4 gold, 5 predicted, 3 exact (NAME at coarse level, PHONE, DATE)
    assert (strict["n_gold"], strict["n_pred"], strict["tp_pred"]) == (4, 5, 3)
    assert strict["precision"] == pytest.approx(3 / 5) and strict["recall"] == pytest.approx(3 / 4)
    gap = report["slices"]["note_type"]["gaps"]["strict.recall"]
    assert gap["best"] == "discharge" and gap["worst"] == "progress" and gap["gap"] == pytest.approx(0.5)
    assert "micro" in out and "gap strict.recall: 50.0 points" in out
    assert "Anna" not in out


def test_evaluate_fine_level_and_json_stdout(files):
    _, gold, pred = files
    code, out = run("evaluate", "--gold", gold, "--pred", pred, "--level", "fine", "--json")
    assert code == 0, out
    report = json.loads(out[out.index("{"):])
    assert report["level"] == "fine"
    assert report["metrics"]["strict"]["micro"]["tp_pred"] == 2  # DOCTOR vs PATIENT no longer matches


def test_evaluate_html_report(files):
    tmp, gold, pred = files
    html_path = tmp / "report.html"
    code, out = run("evaluate", "--gold", gold, "--pred", pred, "--by", "note_type", "--html", html_path)
    assert code == 0, out
    page = html_path.read_text(encoding="utf-8")
    assert "data:image/png;base64," in page  # matplotlib bars
    assert "PARTIAL DATE" in page and "SPURIOUS LOCATION" not in page  # labels at coarse level: CITY row
    assert "SPURIOUS CITY" in page
    assert "Slices by note_type" in page
    assert "<h3>a:" in page and "<h3>b:" not in page  # only documents with errors, worst first


@pytest.mark.slow
def test_evaluate_with_rules_model(files):
    tmp, gold, _ = files
    code, out = run("evaluate", "--gold", gold, "--model", "rules", "-o", tmp / "r.json")
    assert code == 0, out
    report = json.loads((tmp / "r.json").read_text())
    assert report["docs"] == 2 and report["gold_spans"] == 4 and report["missing_predictions"] == 0
    # the rule pipeline finds dates written as MM/DD/YYYY
    assert report["metrics"]["strict"]["per_coarse"]["DATE"]["recall"] > 0


def test_evaluate_brat_gold_with_label_map(tmp_path):
    (tmp_path / "n.txt").write_text("Dr Lu saw Kim.", encoding="utf-8")
    (tmp_path / "n.ann").write_text("T1\tMEDICO 3 5\tLu\nT2\tPACIENTE 10 13\tKim\n", encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    write_jsonl([{"id": "n", "text": "Dr Lu saw Kim.", "spans": [{"start": 3, "end": 5, "label": "DOCTOR"}]}], pred)
    code, out = run("evaluate", "--gold", tmp_path, "--pred", pred, "--label-map", "MEDICO=DOCTOR")
    assert code == 0, out
    assert "UNKNOWN labels: PACIENTE=1" in out
    code, out = run("evaluate", "--gold", tmp_path, "--pred", pred, "--label-map", "MEDICO=DOCTOR,PACIENTE=PATIENT", "--json")
    report = json.loads(out[out.index("{\n"):])
    assert report["metrics"]["strict"]["micro"]["recall"] == pytest.approx(0.5)


def test_evaluate_passes_reader_options(tmp_path):
    text = "醫師：王醫師說你三年前住院，三月再來。"
    header = "article_id\tstart_position\tend_position\tentity_text\tentity_type"
    rows = ["1\t3\t6\t王醫師\tname", "1\t8\t11\t三年前\ttime", "1\t14\t16\t三月\ttime"]
    gold = tmp_path / "train.txt"
    gold.write_text("\n".join([text, header, *rows]) + "\n", encoding="utf-8")
    code, out = run("evaluate", "--gold", gold, "--format", "aicup", "--model", "rules", "--json")
    assert code == 0, out
    assert json.loads(out[out.index("{\n"):])["gold_spans"] == 3
    code, out = run("evaluate", "--gold", gold, "--format", "aicup", "--model", "rules", "--json",
                    "--reader-option", "calendar_times_only=true", "--reader-option", "names_without_titles=true")
    assert code == 0, out
    report = json.loads(out[out.index("{\n"):])
    # "三年前" is no calendar date and "醫師" no part of the name: the rules find both that remain
    assert report["gold_spans"] == 2 and report["metrics"]["strict"]["micro"]["recall"] == pytest.approx(1.0)
    code, out = run("evaluate", "--gold", gold, "--format", "aicup", "--model", "rules", "--reader-option", "no_such=1")
    assert code == 2 and "--reader-option" in out
    code, out = run("evaluate", "--gold", gold, "--format", "aicup", "--model", "rules", "--reader-option", "oops")
    assert code == 2 and "NAME=VALUE" in out


def test_evaluate_needs_model_or_pred(files):
    _, gold, pred = files
    code, out = run("evaluate", "--gold", gold)
    assert code == 2 and "exactly one of --model and --pred" in out


def test_evaluate_rejects_prediction_with_other_text(tmp_path):
    gold, pred = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    write_jsonl(GOLD[:1], gold)
    write_jsonl([{**PRED[0], "text": TEXT.upper()}], pred)
    code, out = run("evaluate", "--gold", gold, "--pred", pred)
    assert code == 2 and "different text" in out and "'a'" in out
    assert "Anna" not in out


def test_positional_predictions_score_like_ids():
    from spacy_deid.evaluation.evaluate import evaluate

    by_id = evaluate(GOLD, {p["id"]: p["spans"] for p in PRED}).report["metrics"]
    by_pos = evaluate(GOLD, [p["spans"] for p in PRED]).report["metrics"]
    assert by_id == by_pos
    short = evaluate(GOLD, [PRED[0]["spans"]]).report
    assert short["missing_predictions"] == 1 and short["metrics"]["strict"]["micro"]["recall"] == pytest.approx(1 / 4)


def test_a_pipeline_without_the_redactor_is_scored_on_its_candidates():
    """``scripts/evaluate_models.py`` scores bare pipelines (NER alone) too: they have no
    redactor for Deidentifier, and their merged candidates are what is scored."""
    import spacy

    from spacy_deid.evaluation.predict import predict_with_model

    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    (spans,) = predict_with_model(nlp, [{"id": "a", "text": "SSN 123-45-6789 today", "meta": {}}])
    assert [(s["start"], s["end"], s["label"]) for s in spans] == [(4, 15, "SSN")]
