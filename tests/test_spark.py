"""Spark integration (issue 14): the Spark output equals the CLI's note for note, whatever the
partitions or the row order; failures are withheld and located; a retried task repeats itself.

The worker's Arrow function is tested in-process (fast); the DataFrame and the ``spacy-deid spark``
command run a real local Spark (slow: a JVM per session)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

from spacy_deid.spark import SparkDeidSettings  # noqa: E402
from spacy_deid.spark.worker import GROUP_COL, deidentify_batches  # noqa: E402

KEY = "spark-test-key-0123456789abcdef"
SURROGATE = SparkDeidSettings(mode="surrogate")


@pytest.fixture()
def keyed(monkeypatch):
    monkeypatch.setenv("SPACY_DEID_KEY", KEY)


def _batch(rows):
    return pa.RecordBatch.from_pylist(rows, schema=pa.schema([
        ("id", pa.string()), ("text", pa.string()), (GROUP_COL, pa.string()), ("other", pa.int64())]))


def test_worker_deidentifies_in_place_and_withholds_failures(keyed):
    rows = [{"id": "a1", "text": "Daughter Mary Okafor called 617-555-0142.", GROUP_COL: "p1", "other": 1},
            {"id": "a2", "text": None, GROUP_COL: "p1", "other": 2},
            {"id": "a3", "text": "bad\x00bytes Mary Okafor", GROUP_COL: "p1", "other": 3}]
    (out,) = list(deidentify_batches([_batch(rows)], SURROGATE, ["text"], "id", "deid_error", "deid_spans"))
    got = out.to_pylist()
    assert out.schema.names == ["id", "text", "other", "deid_error", "deid_spans"]
    assert "Okafor" not in got[0]["text"] and "617-555-0142" not in got[0]["text"] and got[0]["deid_error"] is None
    assert {s["label"] for s in got[0]["deid_spans"]} >= {"PATIENT", "PHONE"}
    for row, other in ((got[1], 2), (got[2], 3)):
        assert row["text"] is None and row["deid_spans"] is None and row["other"] == other
        assert row["deid_error"].startswith(f"id {row['id']}, column text: ")
        assert "Mary" not in row["deid_error"] and "bad" not in row["deid_error"]


def test_a_retried_partition_gives_the_same_output(keyed):
    """The lexicon remembers a patient's names across notes; a retry on the same worker must not
    see what the failed attempt left in memory."""
    rows = [{"id": "n1", "text": "Pt seen today, comfortable.", GROUP_COL: "p9", "other": 0},
            {"id": "n2", "text": "Son Wendelin Brakeridge at bedside.", GROUP_COL: "p9", "other": 0},
            {"id": "n3", "text": "Brakeridge updated on plan.", GROUP_COL: "p9", "other": 0}]
    first = list(deidentify_batches([_batch(rows)], SURROGATE, ["text"], "id", "deid_error", None))[0].to_pylist()
    again = list(deidentify_batches([_batch(rows)], SURROGATE, ["text"], "id", "deid_error", None))[0].to_pylist()
    assert first == again
    assert "Brakeridge" not in first[2]["text"]  # propagated from the patient's earlier note


# -- a real local Spark ---------------------------------------------------------------------
def _notes():
    """Synthetic notes of six patients, in id order, with names that only propagation finds in a
    later note, and one note long enough to be cut into chunks."""
    from spacy_deid.synth.generate import generate_records

    recs = list(generate_records(18, seed=7))
    rows = []
    for i, r in enumerate(recs):
        p = f"p{i % 6}"
        rows.append({"id": f"{p}-n{i:02d}", "text": r["text"], "meta": {"patient": p, "kind": r["meta"]["note_type"]}})
    for p, name in enumerate(["Wendelin Brakeridge", "Oyelaran Tufuku", "Maeve Quillfeather"]):
        rows.append({"id": f"p{p}-n90", "text": f"Son {name} called, updated.", "meta": {"patient": f"p{p}", "kind": "x"}})
        rows.append({"id": f"p{p}-n91", "text": f"{name.split()[1]} will visit tomorrow.", "meta": {"patient": f"p{p}", "kind": "x"}})
    rows.append({"id": "p5-n99", "text": "Seen by Dr. Paul Kim. " + "Lungs clear, abd soft. " * 2500,
                 "meta": {"patient": "p5", "kind": "long"}})
    return sorted(rows, key=lambda r: (r["meta"]["patient"], r["id"]))


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # the workers' environment is fixed when the JVM starts: the key must be there by then (on a
    # cluster: spark.executorEnv.SPACY_DEID_KEY from a secret store, never a literal)
    os.environ["SPACY_DEID_KEY"] = KEY
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("spacy-deid-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def notes_and_cli(tmp_path_factory):
    """The notes as JSONL and what ``spacy-deid redact --mode surrogate`` makes of them."""
    d = tmp_path_factory.mktemp("spark")
    src = d / "notes.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _notes()), encoding="utf-8")
    env = {**os.environ, "SPACY_DEID_KEY": KEY}
    subprocess.run([sys.executable, "-m", "spacy_deid.cli.main", "redact", str(src), "--out", str(d / "cli.jsonl"),
                    "--mode", "surrogate", "-q"], check=True, env=env, capture_output=True)
    cli = {r["id"]: r["text"] for r in map(json.loads, (d / "cli.jsonl").read_text(encoding="utf-8").splitlines())}
    return src, cli


@pytest.mark.slow
@pytest.mark.parametrize("partitions,shuffle", [(1, False), (4, False), (4, True)])
def test_spark_output_equals_the_cli_output(spark, notes_and_cli, monkeypatch, partitions, shuffle):
    from pyspark.sql import functions as F

    from spacy_deid.spark import deidentify_dataframe

    monkeypatch.setenv("SPACY_DEID_KEY", KEY)
    src, cli = notes_and_cli
    df = spark.read.json(str(src))
    if shuffle:
        df = df.orderBy(F.rand(seed=3)).repartition(3)
    out = deidentify_dataframe(df, "text", group_col="meta.patient", id_col="id", settings=SURROGATE,
                               num_partitions=partitions)
    got = {r["id"]: r for r in out.collect()}
    assert set(got) == set(cli) and all(r["deid_error"] is None for r in got.values())
    assert {i: r["text"] for i, r in got.items()} == cli
    assert got["p0-n00"]["meta"]["kind"] == "discharge_summary" or got["p0-n00"]["meta"]["kind"]  # fields kept
    for p, family in enumerate(["Brakeridge", "Tufuku", "Quillfeather"]):
        assert family not in got[f"p{p}-n91"]["text"]  # found in a later note of the same patient


@pytest.mark.slow
def test_spark_command_writes_the_cli_rows(notes_and_cli, tmp_path):
    src, cli = notes_and_cli
    env = {**os.environ, "SPACY_DEID_KEY": KEY}
    res = subprocess.run([sys.executable, "-m", "spacy_deid.cli.main", "spark", str(src), str(tmp_path / "out"),
                          "--text-col", "text", "--group-col", "meta.patient", "--id-col", "id", "--mode", "surrogate",
                          "--master", "local[2]", "--partitions", "3", "--spans"], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    rows = [json.loads(line) for f in sorted((tmp_path / "out").glob("part-*.json"))
            for line in f.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in rows} == cli
    assert all(r["meta"]["patient"] and isinstance(r["deid_spans"], list) for r in rows)
    assert all({"column", "start", "end", "label", "source", "score"} == set(s) for r in rows for s in r["deid_spans"])
    assert sum(bool(r["deid_spans"]) for r in rows) >= len(rows) - 3
    assert f"{len(cli)} done, 0 failed" in res.stderr
    for line in (res.stdout + res.stderr).splitlines():
        assert "Brakeridge" not in line and "Lungs clear" not in line  # no note text in the console


@pytest.mark.slow
def test_spark_command_fails_closed_and_refuses_bad_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "Wife Mary Okafor called."}) + "\n"
                   + json.dumps({"id": "x2", "text": None}) + "\n", encoding="utf-8")
    env = {**os.environ, "SPACY_DEID_KEY": KEY}
    base = [sys.executable, "-m", "spacy_deid.cli.main", "spark", str(src)]
    res = subprocess.run(base + [str(tmp_path / "out"), "--text-col", "text", "--id-col", "id", "--master", "local[1]"],
                         env=env, capture_output=True, text=True)
    assert res.returncode == 1 and "1 done, 1 failed" in res.stderr
    rows = {r["id"]: r for f in (tmp_path / "out").glob("part-*.json") for r in map(json.loads, f.read_text().splitlines())}
    assert "Okafor" not in rows["x1"]["text"] and rows["x2"]["text"] is None and "x2" in rows["x2"]["deid_error"]
    no_key = {k: v for k, v in env.items() if k != "SPACY_DEID_KEY"}
    res = subprocess.run(base + [str(tmp_path / "o2"), "--text-col", "text", "--mode", "surrogate", "--master", "local[1]"],
                         env=no_key, capture_output=True, text=True)
    assert res.returncode == 2 and "SPACY_DEID_KEY" in res.stderr and "Traceback" not in res.stderr
    res = subprocess.run(base + [str(tmp_path / "o3"), "--text-col", "nope", "--master", "local[1]"],
                         env=env, capture_output=True, text=True)
    assert res.returncode == 2 and "no text column 'nope'" in res.stderr


def test_one_patient_in_separate_partitions_gets_the_same_surrogates(keyed):
    """Keyed surrogates need no shared mapping: two partitions (two calls, each starting from an
    empty memory) that hold notes of the same patient give that patient's names the same surrogate."""
    a = [{"id": "n1", "text": "Daughter Mary Okafor at bedside.", GROUP_COL: "p7", "other": 0}]
    b = [{"id": "n2", "text": "Daughter Mary Okafor called.", GROUP_COL: "p7", "other": 0},
         {"id": "n3", "text": "Daughter Mary Okafor called.", GROUP_COL: "p8", "other": 0}]
    (x,) = list(deidentify_batches([_batch(a)], SURROGATE, ["text"], "id", "deid_error", None, partition=0))
    (y,) = list(deidentify_batches([_batch(b)], SURROGATE, ["text"], "id", "deid_error", None, partition=1))
    first = x.to_pylist()[0]["text"].split("Daughter ")[1].split(" at")[0]
    again, other = (r["text"].split("Daughter ")[1].split(" called")[0] for r in y.to_pylist())
    assert first == again and "Okafor" not in first
    assert other != first  # another patient, another surrogate


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_parquet_and_csv_round_trip_like_jsonl(spark, notes_and_cli, tmp_path, fmt):
    from spacy_deid.spark import deidentify_dataframe
    from spacy_deid.spark.io import read, write

    src, cli = notes_and_cli
    flat = spark.read.json(str(src)).selectExpr("id", "text", "meta.patient AS patient")
    write(flat, str(tmp_path / f"in.{fmt}"), fmt)  # notes with line breaks and quotes, as a user's file
    df = read(spark, str(tmp_path / f"in.{fmt}"), fmt)
    out = deidentify_dataframe(df, "text", group_col="patient", id_col="id", settings=SURROGATE, num_partitions=2)
    write(out, str(tmp_path / "out"), fmt)
    back = read(spark, str(tmp_path / "out"), fmt)
    assert {r["id"]: r["text"] for r in back.collect()} == cli
