"""Input files as users have them (issue 12): a CSV without a header row must not put its first
row (a note) into the error message; JSONL and CSV files that start with a UTF-8 byte-order mark
(as Excel writes them) are read, not refused."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from spacy_deid.cli.main import app

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_a_csv_without_header_row_does_not_leak_its_first_row(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_text("Seen by Dr. Okonkwo 03/14/2021,MRN 00482731\nOther note,x\n", encoding="utf-8")
    code, out = run("redact", src, "--out", tmp_path / "out.csv", "--columns", "text", "--model", "rules")
    assert code != 0
    assert "missing column" in out and "Okonkwo" not in out and "00482731" not in out
    assert not (tmp_path / "out.csv").exists()


def test_a_csv_with_a_byte_order_mark_is_read(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_bytes("\ufeffid,text\n1,Call 617-555-0142 today.\n".encode("utf-8"))
    code, out = run("redact", src, "--out", tmp_path / "out.csv", "--columns", "text", "--model", "rules")
    assert code == 0, out
    written = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "617-555-0142" not in written and written.splitlines()[0] == "id,text"


def test_a_jsonl_with_a_byte_order_mark_is_read(tmp_path):
    src = tmp_path / "notes.jsonl"
    lines = [json.dumps({"id": "1", "text": "Call 617-555-0142 today."}),
             json.dumps({"id": "2", "text": "SSN 123-45-6789."})]
    src.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    code, out = run("redact", src, "--out", tmp_path / "out.jsonl", "--model", "rules")
    assert code == 0, out
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 and all("617-555-0142" not in json.dumps(r) and "123-45-6789" not in json.dumps(r)
                                      for r in records)


def test_a_broken_link_is_reported_as_failed_not_skipped(tmp_path):
    src = tmp_path / "notes"
    src.mkdir()
    (src / "a.txt").write_text("Call 617-555-0142.\n", encoding="utf-8")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    code, out = run("redact", src, "--out", tmp_path / "out", "--model", "rules", "-q")
    assert code == 1 and "gone.txt" in out and "1 failed" in out
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Call [PHONE].\n"


def test_out_naming_a_folder_for_one_file_writes_into_it(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Call 617-555-0142.\n", encoding="utf-8")
    (tmp_path / "outdir").mkdir()
    code, out = run("redact", src, "--out", tmp_path / "outdir", "--model", "rules", "-q")
    assert code == 0, out
    assert (tmp_path / "outdir" / "a.txt").read_text(encoding="utf-8") == "Call [PHONE].\n"
    jsonl = tmp_path / "n.jsonl"
    jsonl.write_text(json.dumps({"id": "1", "text": "SSN 123-45-6789."}) + "\n", encoding="utf-8")
    code, out = run("redact", jsonl, "--out", tmp_path / "outdir", "--model", "rules", "-q")
    assert code == 0, out
    assert "123-45-6789" not in (tmp_path / "outdir" / "n.jsonl").read_text(encoding="utf-8")


def test_a_csv_row_with_extra_fields_is_withheld_and_the_job_goes_on(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_text("id,text\n1,Call 617-555-0142\n2,Seen 03/14/2021,by Dr. Okonkwo,MRN 00482731\n"
                   "3,SSN 123-45-6789\n", encoding="utf-8")
    code, out = run("redact", src, "--out", tmp_path / "out.csv", "--columns", "text", "--model", "rules", "-q")
    assert code == 1 and "row 3" in out
    written = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert written.splitlines() == ["id,text", "1,Call [PHONE]", "2,[DEID-ERROR]", "3,SSN [SSN]"]
    assert "Okonkwo" not in written and "00482731" not in written and "Okonkwo" not in out


def test_a_csv_field_longer_than_pythons_default_limit_is_processed(tmp_path):
    import csv

    src = tmp_path / "notes.csv"
    long_note = "Call 617-555-0142. " + "Lungs clear. " * 12000  # ~156,000 characters
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "text"], ["1", long_note], ["2", "SSN 123-45-6789"]])
    code, out = run("redact", src, "--out", tmp_path / "out.csv", "--columns", "text", "--model", "rules", "-q")
    assert code == 0, out
    written = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "617-555-0142" not in written and "123-45-6789" not in written and written.count("Lungs clear.") == 12000


def test_a_file_system_error_is_one_line_not_a_traceback(tmp_path):
    """An output that cannot be written (here its folder is a file; a read-only folder or a full
    disk end the same way) is one line and exit 1, with no note text in it."""
    src = tmp_path / "a.txt"
    src.write_text("Seen by Dr. Okonkwo, call 617-555-0142.\n", encoding="utf-8")
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    for command in ("redact", "detect"):
        code, out = run(command, src, "--out", blocker / "out.txt", "--model", "rules", "-q")
        assert code == 1, out
        assert "Traceback" not in out and "Okonkwo" not in out and "617-555-0142" not in out
        assert out.strip().splitlines()[-1].startswith("Error: ")


def test_a_stopped_job_leaves_no_hidden_temp_file(tmp_path):
    """Issue 12: interrupted writes left hidden .tmp files. SIGTERM (a scheduler stopping the job)
    now raises SystemExit like Ctrl-C, and the atomic write removes its temp file."""
    import os
    import signal

    from spacy_deid.files import atomic_open, exit_cleanly_on_sigterm

    previous = signal.getsignal(signal.SIGTERM)
    try:
        exit_cleanly_on_sigterm()
        try:
            with atomic_open(tmp_path / "out.txt") as fh:
                fh.write("half a note")
                os.kill(os.getpid(), signal.SIGTERM)
        except SystemExit as stop:
            assert stop.code == 128 + signal.SIGTERM
        else:
            raise AssertionError("SIGTERM did not stop the write")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert list(tmp_path.iterdir()) == []  # neither the output nor a hidden .tmp
