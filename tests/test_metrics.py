"""Every metric on small cases worked out by hand."""
import pytest

from spacy_deid.evaluation.cmi import bucket_of, cmi_of, cmi_report, sentence_errors, sentences
from spacy_deid.evaluation.evaluate import evaluate
from spacy_deid.evaluation.metrics import errors_of, score_doc, summarise
from spacy_deid.evaluation.report_text import render_text
from spacy_deid.evaluation.slices import slice_scores
from spacy_deid.evaluation.tokens import tokenize

# "Seen by " is 8 chars: name 8..17, " on " 17..21, date 21..31, " in " 31..35, city 35..41
TEXT = "Seen by Anna Ruiz on 03/14/2021 in Boston."
GOLD = [(8, 17, "DOCTOR"), (21, 31, "DATE")]
# name: right span, fine label differs (same coarse NAME); date: only "03/14"; city: spurious
PRED = [(8, 17, "PATIENT"), (21, 26, "DATE"), (35, 41, "CITY")]


def _m(level="coarse"):
    return summarise(score_doc(TEXT, GOLD, PRED, level), level)["metrics"]


def test_tokenizer_splits_words_punctuation_and_han():
    assert [TEXT[s:e] for s, e in tokenize(TEXT)] == [
        "Seen", "by", "Anna", "Ruiz", "on", "03", "/", "14", "/", "2021", "in", "Boston", ".",
    ]
    text = "我有CT檢查"
    assert [text[s:e] for s, e in tokenize(text)] == ["我", "有", "CT", "檢", "查"]


def test_strict_coarse():
    s = _m()["strict"]["micro"]
    # 1 exact match (NAME) of 3 predicted and 2 gold
    assert s["tp_gold"] == 1 and s["tp_pred"] == 1
    assert s["precision"] == pytest.approx(1 / 3)
    assert s["recall"] == pytest.approx(1 / 2)
    assert s["f1"] == pytest.approx(0.4)


def test_strict_fine_level_needs_the_fine_label():
    m = _m("fine")
    assert m["strict"]["micro"]["tp_pred"] == 0
    assert m["strict"]["micro"]["f1"] == 0.0
    # exact span ignores labels: still 1 of 3 / 1 of 2
    assert m["exact_span"]["micro"]["precision"] == pytest.approx(1 / 3)
    assert m["exact_span"]["micro"]["recall"] == pytest.approx(1 / 2)
    # relaxed at fine level: only the date overlaps with its own label
    assert m["relaxed"]["micro"]["recall"] == pytest.approx(1 / 2)
    assert m["relaxed"]["micro"]["precision"] == pytest.approx(1 / 3)


def test_relaxed_counts_overlaps():
    r = _m()["relaxed"]["micro"]
    assert r["recall"] == pytest.approx(1.0)  # both gold spans overlapped by same-label predictions
    assert r["precision"] == pytest.approx(2 / 3)  # the city overlaps nothing
    assert r["f1"] == pytest.approx(0.8)


def test_token_binary():
    t = _m()["token"]["micro"]
    # gold tokens: Anna Ruiz 03 / 14 / 2021 (7); predicted: Anna Ruiz 03 / 14 Boston (6); both: 5
    assert (t["n_gold"], t["n_pred"], t["tp_gold"]) == (7, 6, 5)
    assert t["recall"] == pytest.approx(5 / 7)
    assert t["precision"] == pytest.approx(5 / 6)


def test_leak_rate():
    m = _m()["leak"]
    # 18 gold non-space characters (8 + 10); "/2021" (5) is not covered
    assert m["micro"] == {"leak_rate": pytest.approx(5 / 18), "gold_chars": 18, "leaked_chars": 5}
    assert m["per_coarse"]["NAME"]["leak_rate"] == 0.0
    assert m["per_coarse"]["DATE"]["leak_rate"] == pytest.approx(0.5)
    assert m["macro"]["leak_rate"] == pytest.approx(0.25)


def test_per_label_and_macro():
    m = _m()["strict"]
    assert m["per_coarse"]["NAME"]["precision"] == 1.0 and m["per_coarse"]["NAME"]["recall"] == 1.0
    assert m["per_coarse"]["DATE"]["recall"] == 0.0
    assert m["per_coarse"]["LOCATION"]["n_gold"] == 0 and m["per_coarse"]["LOCATION"]["n_pred"] == 1
    # macro over NAME, DATE, LOCATION: P = (1+0+0)/3, R = (1+0+0)/3
    assert m["macro"]["precision"] == pytest.approx(1 / 3)
    assert m["macro"]["recall"] == pytest.approx(1 / 3)
    assert m["macro"]["labels"] == 3
    # fine rows: recall by gold label, precision by predicted label
    assert m["per_fine"]["DOCTOR"]["recall"] == 1.0 and m["per_fine"]["DOCTOR"]["n_pred"] == 0
    assert m["per_fine"]["PATIENT"]["precision"] == 1.0 and m["per_fine"]["PATIENT"]["n_gold"] == 0


def test_perfect_and_empty_predictions():
    perfect = summarise(score_doc(TEXT, GOLD, GOLD))["metrics"]
    for metric in ("strict", "exact_span", "relaxed", "token"):
        assert perfect[metric]["micro"]["f1"] == 1.0
    assert perfect["leak"]["micro"]["leak_rate"] == 0.0
    empty = summarise(score_doc(TEXT, GOLD, []))["metrics"]
    assert empty["strict"]["micro"]["recall"] == 0.0 and empty["strict"]["micro"]["precision"] == 0.0
    assert empty["leak"]["micro"]["leak_rate"] == 1.0


def test_errors_of_kinds_and_leak():
    errs = errors_of(TEXT, GOLD, PRED)
    assert [(e["kind"], e["start"], e["leaked"]) for e in errs] == [("partial", 21, 5), ("spurious", 35, 0)]
    fine = errors_of(TEXT, GOLD, PRED, level="fine")
    assert [e["kind"] for e in fine] == ["partial", "partial", "spurious"]
    assert [e["kind"] for e in errors_of(TEXT, GOLD, [])] == ["missed", "missed"]


def test_slices_and_gap():
    a = score_doc(TEXT, GOLD, GOLD)
    b = score_doc(TEXT, GOLD, [])
    c = score_doc(TEXT, GOLD, [(8, 17, "DOCTOR")])
    out = slice_scores([({"lang": "en"}, a), ({"lang": "de"}, b), ({"lang": "de"}, c)], "lang")
    assert out["slices"]["en"]["strict"]["recall"] == 1.0
    assert out["slices"]["de"]["strict"]["recall"] == pytest.approx(1 / 4)  # 1 of 4 gold spans
    gap = out["gaps"]["strict.recall"]
    assert gap["gap"] == pytest.approx(0.75) and gap["best"] == "en" and gap["worst"] == "de"
    # leak: en 0; de 36 gold chars, 28 leaked (18 + 10)
    leak = out["gaps"]["leak.leak_rate"]
    assert leak["best"] == "en" and leak["gap"] == pytest.approx(28 / 36)
    missing = slice_scores([({}, a)], "gender")
    assert list(missing["slices"]) == ["<missing>"] and missing["gaps"] == {}


def test_cmi_values():
    assert cmi_of("我有CT檢查") == pytest.approx(20.0)  # 4 Han + 1 Latin: 100 * (1 - 4/5)
    assert cmi_of("ab cd 我們") == pytest.approx(50.0)  # 2 + 2
    assert cmi_of("ok 2020 !") == 0.0  # one language, the rest language-independent
    assert cmi_of("123 !") == 0.0
    assert bucket_of(0.0) == "0" and bucket_of(20.0) == "(10,20]" and bucket_of(50.0) == ">30"


def test_sentence_error_rate_per_cmi_bucket():
    text = "我有CT檢查。沒事。"
    assert sentences(text) == [(0, 7), (7, 10)]
    rows = sentence_errors(text, [(2, 4, "DATE")], [])
    assert [(r["has_phi"], r["error"]) for r in rows] == [(True, True), (False, False)]
    rep = cmi_report(rows)
    assert rep["buckets"]["(10,20]"] == {"sentences": 1, "with_phi": 1, "errors": 1, "error_rate": 1.0}
    assert rep["buckets"]["0"]["error_rate"] == 0.0 and rep["mixed_sentences"] == 1


def test_evaluate_report_and_table():
    gold = [{"id": "a", "text": TEXT, "spans": [{"start": s, "end": e, "label": l} for s, e, l in GOLD],
             "meta": {"lang": "en"}},
            {"id": "b", "text": "Nothing here.", "spans": [], "meta": {"lang": "en"}}]
    preds = {"a": [{"start": s, "end": e, "label": l} for s, e, l in PRED]}
    ev = evaluate(gold, preds, by=["lang"], keep_text=True)
    assert ev.report["missing_predictions"] == 1
    assert ev.report["metrics"]["strict"]["micro"]["precision"] == pytest.approx(1 / 3)
    assert ev.report["errors"] == {"missed": 0, "partial": 1, "spurious": 1}
    assert ev.doc_errors[0]["id"] == "a" and ev.doc_errors[0]["leaked"] == 5
    table = render_text(ev.report)
    assert "NAME" in table and "micro" in table and "33.3" in table
    assert "Anna" not in table  # no PHI in the table


def test_documents_with_errors_are_listed_worst_first():
    gold = [{"id": "small", "text": TEXT, "spans": [{"start": 21, "end": 31, "label": "DATE"}], "meta": {}},
            {"id": "big", "text": TEXT, "spans": [{"start": 8, "end": 17, "label": "DOCTOR"},
                                                 {"start": 21, "end": 31, "label": "DATE"}], "meta": {}},
            {"id": "clean", "text": TEXT, "spans": [], "meta": {}}]
    ev = evaluate(gold, {"small": [], "big": [], "clean": []})
    assert [(d["id"], d["leaked"]) for d in ev.doc_errors] == [("big", 18), ("small", 10)]
