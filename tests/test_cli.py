"""The spacy-deid CLI on every input format and on bad input."""
import csv
import json
import shutil
import subprocess
import sys

import pytest
import spacy
from typer.testing import CliRunner

from spacy_deid.cli.main import app
from spacy_deid.pipelines import rules_pipeline
from spacy_deid.runner import Deidentifier, DeidInput

from conftest import SAMPLES

runner = CliRunner()
SECRETS = ["617-555-0142", "03/14/2021", "00482731", "ahmed.alsayed@example.com", "123-45-6789"]
NOTE = "Pt seen 03/14/2021, MRN: 00482731, call 617-555-0142."


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_folder_of_notes(tmp_path):
    code, out = run("redact", SAMPLES, "--out", tmp_path / "out", "--model", "rules", "-q")
    assert code == 0, out
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(p.name for p in SAMPLES.glob("*.txt"))
    text = "".join(p.read_text() for p in (tmp_path / "out").iterdir())
    for secret in SECRETS:
        assert secret not in text
    assert "BP 132/84" in text and "L4-L5" in text  # clinical values kept


def test_single_txt_and_mask_mode(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text(NOTE)
    code, _ = run("redact", src, "--out", tmp_path / "deid.txt", "--model", "rules", "--mode", "mask", "-q")
    assert code == 0
    out = (tmp_path / "deid.txt").read_text()
    assert len(out) == len(NOTE) and "00482731" not in out and "********" in out


def test_jsonl_redact_keeps_meta_and_reports_bad_lines(tmp_path):
    src = tmp_path / "notes.jsonl"
    lines = [
        json.dumps({"id": "a", "note": NOTE, "meta": {"patient": "p1"}, "spans": [{"start": 0, "end": 2, "label": "DATE"}]}),
        "{not json",
        json.dumps({"id": "b", "meta": {}}),  # no text field
        json.dumps({"id": "c", "note": "", "meta": {}}),
    ]
    src.write_text("\n".join(lines) + "\n")
    code, out = run("redact", src, "--out", tmp_path / "o.jsonl", "--text-key", "note", "--model", "rules", "-q")
    assert code == 1  # bad lines reported, the rest written
    assert ":2: invalid JSON" in out and ":3: record has no 'note' field" in out
    recs = [json.loads(l) for l in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [r["id"] for r in recs] == ["a", "c"]
    assert recs[0]["meta"] == {"patient": "p1"} and "spans" not in recs[0]
    assert "00482731" not in recs[0]["note"] and recs[1]["note"] == ""
    assert "00482731" not in out  # nothing of the content in the report


def test_csv_columns(tmp_path):
    src = tmp_path / "notes.csv"
    with open(src, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "note_text", "comments", "patient"])
        w.writerow(["1", NOTE, "call back 617-555-0142", "p1"])
        w.writerow(["2", "No PHI here, BP 120/80.", "", "p2"])
    code, out = run("redact", src, "--out", tmp_path / "o.csv", "--columns", "note_text,comments", "--model", "rules", "-q")
    assert code == 0, out
    rows = list(csv.DictReader(open(tmp_path / "o.csv", newline="")))
    assert [r["id"] for r in rows] == ["1", "2"] and rows[0]["patient"] == "p1"
    assert "00482731" not in rows[0]["note_text"] and "617-555-0142" not in rows[0]["comments"]
    assert rows[1]["note_text"] == "No PHI here, BP 120/80."


def test_csv_missing_column_is_a_clear_error_and_writes_nothing(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_text("id,note_text\n1,hello\n")
    code, out = run("redact", src, "--out", tmp_path / "o.csv", "--columns", "note_text,comments", "--model", "rules", "-q")
    assert code == 2 and "missing column(s) ['comments']" in out
    assert not (tmp_path / "o.csv").exists()
    code, out = run("redact", src, "--out", tmp_path / "o.csv", "--model", "rules", "-q")
    assert code == 2 and "--columns" in out


def test_bad_files_are_reported_and_skipped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(NOTE)
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (src / "latin1.txt").write_bytes("Patient Jos\xe9 seen 03/14/2021".encode("latin-1"))
    (src / "empty.txt").write_text("")
    (src / "ctrl.txt").write_text("seen\x0c03/14/2021\x1b ok")
    code, out = run("redact", src, "--out", tmp_path / "out", "--model", "rules", "-q")
    assert code == 1
    assert "binary.txt: binary file" in out and "latin1.txt: not valid utf-8" in out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ctrl.txt", "empty.txt", "good.txt"]
    assert "03/14/2021" not in (tmp_path / "out" / "ctrl.txt").read_text()
    assert "3 done, 2 failed" in out
    # With the right encoding the latin-1 file goes through.
    code, _ = run("redact", src / "latin1.txt", "--out", tmp_path / "l.txt", "--encoding", "latin-1", "--model", "rules", "-q")
    assert code == 0 and "03/14/2021" not in (tmp_path / "l.txt").read_text(encoding="utf-8")


def test_detect_writes_spec_predictions(tmp_path):
    src = tmp_path / "gold.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": NOTE, "spans": [], "meta": {"lang": "en"}}) + "\n")
    code, out = run("detect", src, "--out", tmp_path / "pred.jsonl", "--model", "rules", "-q")
    assert code == 0, out
    (rec,) = [json.loads(l) for l in (tmp_path / "pred.jsonl").read_text().splitlines()]
    assert rec["id"] == "n1" and rec["text"] == NOTE and rec["meta"] == {"lang": "en"}
    spans = rec["spans"]
    assert spans == sorted(spans, key=lambda s: s["start"])
    assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:]))
    assert {NOTE[s["start"]:s["end"]] for s in spans} >= {"03/14/2021", "00482731", "617-555-0142"}
    assert all(s["source"] == "rules" and 0 < s["score"] <= 1 for s in spans)


def test_detect_on_a_folder(tmp_path):
    code, _ = run("detect", SAMPLES, "--out", tmp_path / "p.jsonl", "--model", "rules", "-q")
    assert code == 0
    recs = [json.loads(l) for l in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert len(recs) == len(list(SAMPLES.glob("*.txt"))) and all(r["spans"] for r in recs)


def test_long_text_is_chunked_without_loss_at_edges():
    nlp = rules_pipeline()
    filler = "Vitals stable, plan unchanged. " * 40
    text = "".join(f"{filler}Seen 03/{d:02d}/2021, call 617-555-01{d:02d}.\n" for d in range(1, 29))
    engine = Deidentifier(nlp, max_chars=700, overlap=120)  # many cuts land near PHI
    (res,) = list(engine.run([DeidInput(text)]))
    assert res.error is None
    for d in range(1, 29):
        assert f"03/{d:02d}/2021" not in res.text and f"617-555-01{d:02d}" not in res.text
    whole = Deidentifier(nlp, max_chars=10**6)
    assert list(whole.run([DeidInput(text)]))[0].spans == res.spans


@pytest.mark.slow
def test_five_megabyte_note_through_the_console_script(tmp_path):
    body = ("NURSING NOTE. PT RESTING, VSS. BP 118/72. FAMILY CALLED 617-555-0142 ON 3/14/2021.\n\n" * 60000)
    assert len(body) > 5_000_000
    src = tmp_path / "big.txt"
    src.write_text(body)
    exe = shutil.which("spacy-deid") or f"{sys.executable} -m spacy_deid.cli.main"
    proc = subprocess.run([*exe.split(), "redact", str(src), "--out", str(tmp_path / "o.txt"), "--model", "rules", "-q"],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = (tmp_path / "o.txt").read_text()
    assert "617-555-0142" not in out and "3/14/2021" not in out and out.count("BP 118/72") == 60000


def test_detect_reads_an_annotated_corpus_format(tmp_path):
    corpus = tmp_path / "pn"
    corpus.mkdir()
    body = "PT 84 YO, 92 YO MOTHER. SEEN 3/14/2021, CALL 617-555-0142.\n"
    (corpus / "id.text").write_text(f"START_OF_RECORD=7||||1||||\n{body}||||END_OF_RECORD\n")
    start = body.index("3/14")
    (corpus / "id-phi.phrase").write_text(f"7 1 {start} {start + 9} Date 3/14/2021\n")
    code, out = run("detect", corpus, "--out", tmp_path / "p.jsonl", "--model", "rules", "-q",
                    "--age-policy", "over_89")
    assert code == 0, out
    (rec,) = [json.loads(l) for l in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert rec["text"] == body
    found = {body[s["start"]:s["end"]] for s in rec["spans"]}
    assert {"3/14/2021", "617-555-0142", "92"} <= found
    assert "84" not in found  # Safe Harbor policy: ages of 89 and under are not PHI


def test_a_failing_document_is_isolated_and_its_error_quotes_no_text(caplog):
    nlp = rules_pipeline()

    @spacy.Language.component("explode_on_secret")
    def explode(doc):
        if "SECRET-NAME" in doc.text:
            raise RuntimeError(f"cannot handle {doc.text}")
        return doc

    nlp.add_pipe("explode_on_secret", first=True)
    items = [DeidInput(NOTE, context=0), DeidInput("Pt SECRET-NAME seen 03/14/2021", context=1), DeidInput(NOTE, context=2)]
    results = list(Deidentifier(nlp).run(items))
    assert [r.context for r in results] == [0, 1, 2]
    assert results[0].text == results[2].text and "00482731" not in results[0].text
    assert results[1].text is None and results[1].error == "processing failed (RuntimeError)"
    assert "SECRET-NAME" not in caplog.text


def test_long_chunks_go_through_spacy_in_smaller_batches():
    """Issue 12: a 5 MB note went through nlp.pipe 32 chunks of 100,000 characters at a time (8 GB
    peak). Characters per batch now stay under ``max_batch_chars``, and the result is the same."""
    nlp = rules_pipeline()
    seen = []
    original_pipe = nlp.pipe

    def recording_pipe(docs, **kwargs):
        if not kwargs.get("as_tuples"):  # spaCy's own inner call
            return original_pipe(docs, **kwargs)
        batch = list(docs)
        seen.append(sum(len(doc.text) for doc, _ in batch))
        return original_pipe(batch, **kwargs)

    text = "".join(f"Line {d}: seen 03/{d % 28 + 1:02d}/2021, stable overnight. " * 5 + "\n" for d in range(400))
    nlp.pipe = recording_pipe
    small = list(Deidentifier(nlp, max_chars=2000, max_batch_chars=6000, batch_size=32).run([DeidInput(text)]))[0]
    nlp.pipe = original_pipe
    assert len(seen) > 10 and max(seen) <= 6000  # characters per nlp.pipe batch stay in the budget
    whole = list(Deidentifier(nlp, max_chars=10**6).run([DeidInput(text)]))[0]
    assert small.spans == whole.spans and small.text == whole.text


def test_han_characters_weigh_as_tokens_in_the_batch_budget():
    """32 Chinese dialogues of ~2,000 characters went through nlp.pipe at once and took 1.4 GB
    (one token a Han character, five times the tokens of as many English characters). The batch
    budget counts a Han character five times: the same characters in Chinese make smaller batches,
    and the result does not depend on the batching."""
    from spacy_deid.runner import WIDE_CHAR_COST, batch_cost

    assert batch_cost("BP 132/84") == 9
    assert batch_cost("病人 Mr. Chen") == 11 + 2 * (WIDE_CHAR_COST - 1)
    nlp = rules_pipeline()
    sizes = []
    original_pipe = nlp.pipe

    def recording_pipe(docs, **kwargs):
        if not kwargs.get("as_tuples"):
            return original_pipe(docs, **kwargs)
        batch = list(docs)
        sizes.append(len(batch))
        return original_pipe(batch, **kwargs)

    zh = [f"病人於2021年3月{d % 28 + 1}日入院，生命徵象穩定。" * 10 for d in range(12)]
    en = ["Seen 03/14/2021, stable overnight, vitals within range." * 5 for _ in range(12)]
    assert sum(map(len, zh)) <= sum(map(len, en))  # fewer characters, more tokens
    nlp.pipe = recording_pipe
    runs = {}
    for name, texts in (("zh", zh), ("en", en)):
        sizes.clear()
        runs[name] = list(Deidentifier(nlp, max_batch_chars=3000, batch_size=32).run([DeidInput(t) for t in texts]))
        runs[name + "_sizes"] = list(sizes)
    nlp.pipe = original_pipe
    assert max(runs["zh_sizes"]) < max(runs["en_sizes"])
    one_by_one = [list(Deidentifier(nlp, batch_size=1).run([DeidInput(t)]))[0] for t in zh]
    assert [r.spans for r in runs["zh"]] == [r.spans for r in one_by_one]
