"""Training data of the multilingual model (issue 13, must-have 1): the text a model is trained on
is the text the pipeline reads (normalised), tokens split Han characters, English words and the
punctuation between them, and the project workflow ``all-multi`` trains a (tiny) model end to end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.util import load_config
from typer.testing import CliRunner

from spacy_deid.cli.main import app
from spacy_deid.langid import detect_language, han_share
from spacy_deid.normalisation import normalise_record
from project_runs import copy_project, run_steps

ROOT = Path(__file__).resolve().parent.parent
NOTE = "病歷號碼：42260192　住院日期：民國103年1月24日"


def _tokenizer():
    cfg = load_config(ROOT / "configs" / "deid_cnn_multi.cfg")
    return spacy.blank("xx", config={"nlp": {k: v for k, v in cfg["nlp"].items() if k in ("tokenizer", "after_creation")}})


def test_a_record_is_normalised_with_its_spans():
    rec = {"text": NOTE, "spans": [{"start": 5, "end": 13, "label": "MEDICALRECORD"}, {"start": 19, "end": 31, "label": "DATE"}]}
    out = normalise_record(rec)
    assert out["text"] == "病歷號碼:42260192 住院日期:民國103年1月24日"  # NFKC, as the Deidentifier reads it
    assert [out["text"][s["start"]:s["end"]] for s in out["spans"]] == ["42260192", "民國103年1月24日"]
    plain = {"text": "Seen on 3/14.", "spans": []}
    assert normalise_record(plain) is plain


def test_normalised_spans_match_a_character_by_character_mapping():
    """normalise_record finds each span's clean characters by bisection (it scanned every
    character for every span); the result is the same as the plain scan, expansions included
    ("ﬁ" -> "fi", "㎎" -> "mg")."""
    from spacy_deid.normalisation import normalise

    text = "ﬁrst seen ３／１４ by Dr．Wang ㎎ 病歷：A123456789\u3000住院 ﬁbrosis"
    spans = [{"start": a, "end": b, "label": "X"} for a in range(0, len(text), 3) for b in (a + 2, a + 7) if b <= len(text)]
    out = normalise_record({"text": text, "spans": spans})
    clean = normalise(text)
    expected = []
    for s in spans:
        inside = [i for i, (a, b) in enumerate(zip(clean.starts, clean.ends)) if a >= s["start"] and b <= s["end"]]
        if inside:
            expected.append((inside[0], inside[-1] + 1))
    assert [(s["start"], s["end"]) for s in out["spans"]] == expected and len(expected) > 10


def test_punctuation_next_to_han_is_its_own_token():
    nlp = _tokenizer()
    assert [t.text for t in nlp("號碼:42260192 日期:民國103年")] == ["號", "碼", ":", "42260192", "日", "期", ":", "民", "國", "103", "年"]
    assert [t.text for t in nlp("尚可,no fever。Mr. Chen")] == ["尚", "可", ",", "no", "fever", "。", "Mr", ".", "Chen"]
    assert nlp.tokenizer.url_match("www.example.com") and not nlp.tokenizer.url_match("discharge.照會")


def test_convert_normalises_on_request(tmp_path):
    src = tmp_path / "n.jsonl"
    src.write_text(json.dumps({"id": "a", "text": NOTE, "spans": [{"start": 5, "end": 13, "label": "MEDICALRECORD"}]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "n.spacy"
    res = CliRunner().invoke(app, ["convert", str(src), str(out), "--labels", "fine", "--config",
                                   str(ROOT / "configs" / "deid_cnn_multi.cfg"), "--normalise"])
    assert res.exit_code == 0, res.output
    (doc,) = DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab)
    assert doc.text.startswith("病歷號碼:") and [(e.text, e.label_) for e in doc.ents] == [("42260192", "MEDICALRECORD")]


def test_a_note_with_han_characters_is_chinese():
    """Per-note routing of code-mixed text: an English-heavy note with Chinese in it goes to the
    pipeline trained on Chinese-English notes."""
    note = "Pt 陳先生, 71 y/o, admitted on 4/28 for pneumonia. 病人表示今天咳嗽有改善, no fever."
    assert 0.05 <= han_share(note) < 0.5 and detect_language(note) == "zh"
    assert han_share("Patient seen in clinic, stable.") == 0.0


@pytest.mark.slow
def test_project_trains_a_tiny_multilingual_model(tmp_path):
    proj = copy_project(tmp_path)
    tiny = ["--vars.multi_langs", "de:20,zh:20", "--vars.n_test", "8", "--vars.multi_max_steps", "20",
            "--vars.corpora", "no-corpora"]
    run_steps(proj, ("convert-multi", "train-cnn-multi", "evaluate-multi"), tiny, timeout=900)
    metrics = json.loads((proj / "metrics/multi.json").read_text(encoding="utf-8"))
    assert metrics["synth_de"]["docs"] == 8 and metrics["synth_zh"]["docs"] == 8
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline(str(proj / "training/cnn_multi/model-best"), "de")
    assert nlp.lang == "xx" and nlp.get_pipe("phi_patterns").lang == "de"  # the rules read German
    assert nlp("Aufnahme am 14. März 2021.")._.deidentified == "Aufnahme am [DATE]."
