"""``spacy-deid spark``: de-identify a table of notes with Apache Spark (extra ``spark``)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..surrogates.keys import MissingKeyError
from .app import app


@app.command("spark")
def spark_cmd(
    source: str = typer.Argument(..., help="Input: a Parquet, CSV (header row) or JSONL file or folder (any path Spark reads)"),
    out: str = typer.Argument(..., help="Output folder (Spark writes part files), in the input's format"),
    text_col: List[str] = typer.Option(..., "--text-col", help="Column to de-identify in place, repeatable"),
    group_col: Optional[str] = typer.Option(None, help="Patient column (may be nested: meta.patient): names and surrogates shared across a patient's notes"),
    id_col: Optional[str] = typer.Option(None, help="Note id column: named in errors, and orders a patient's notes"),
    order_col: Optional[str] = typer.Option(None, help="Column ordering a patient's notes (default: --id-col, else the input order)"),
    mode: Optional[str] = typer.Option(None, help="Operator for every label: tag, mask, redact, hash, surrogate (default: the pipeline's)"),
    model: str = typer.Option("default", help="'default', 'lexicon', 'rules', an installed pipeline or a path readable on every worker"),
    lang: str = typer.Option("en", help="Language of the notes: en, es, de, fr, it, pt, ro, tr, ar, zh ('auto' is for redact and detect); 'default' has models for en, es and one for de fr it ro tr ar zh"),
    age_policy: Optional[str] = typer.Option(None, help="'all' or 'over_89'"),
    operator: List[str] = typer.Option([], "--operator", help="LABEL=OPERATOR, repeatable"),
    set_: List[str] = typer.Option([], "--set", help="COMPONENT.SETTING=VALUE, repeatable"),
    allow_list: Optional[Path] = typer.Option(None, help="File of texts never PHI (readable on every worker)"),
    deny_list: Optional[Path] = typer.Option(None, help="File of terms always PHI (readable on every worker)"),
    fmt: str = typer.Option("auto", "--format", help="auto, parquet, csv or jsonl"),
    master: Optional[str] = typer.Option(None, help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])"),
    partitions: Optional[int] = typer.Option(None, min=1, help="Partitions after grouping (default: the input's, at least one per core)"),
    spans: bool = typer.Option(False, help="Add the PHI spans (column, start, end, label, source, score) as a column"),
    passages: bool = typer.Option(True, "--passages/--no-passages", help="Read passages in another language (a quoted Spanish sentence in an English note) with that language's pipeline too"),
    batch_size: int = typer.Option(32, min=1),
    overwrite: bool = typer.Option(False, help="Replace an existing output folder"),
) -> None:
    """De-identify notes on Spark: the same output as `spacy-deid redact`, note for note. Rows
    that fail keep no text (null) and say where and why in `deid_error`; exit code 1 if any did."""
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F
    except ImportError:
        typer.echo("Error: PySpark is not installed; pip install 'spacy-deid[spark]' (and a Java runtime)", err=True)
        raise typer.Exit(2)
    from ..spark import SparkDeidSettings, deidentify_dataframe
    from ..spark.io import detect_format, read, write

    if mode == "keep":
        typer.echo("Error: --mode keep would write every PHI span in clear", err=True)
        raise typer.Exit(2)
    if Path(out).resolve() == Path(source).resolve():
        typer.echo("Error: the output is the input itself; write the output elsewhere", err=True)
        raise typer.Exit(2)
    try:
        kind = detect_format(source, fmt)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    settings = SparkDeidSettings(model=model, lang=lang, mode=mode, age_policy=age_policy, operators=tuple(operator),
                                 settings=tuple(set_), allow_list=str(allow_list) if allow_list else None,
                                 deny_list=str(deny_list) if deny_list else None, batch_size=batch_size,
                                 passages=passages)
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this environment's Python
    builder = SparkSession.builder.appName("spacy-deid").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = read(spark, source, kind)
        result = deidentify_dataframe(df, text_col, group_col=group_col, id_col=id_col, order_col=order_col,
                                      settings=settings, spans=spans, num_partitions=partitions)
        write(result, out, kind, overwrite)
        written = read(spark, out, kind)
        total = written.count()
        failed = written.filter(F.col("deid_error").isNotNull()).count() if "deid_error" in written.columns else 0
    except MissingKeyError as err:
        typer.echo(f"Error: {err} Export SPACY_DEID_KEY=<secret> on the driver and every executor "
                   "(spark.executorEnv.SPACY_DEID_KEY from a secret store).", err=True)
        raise typer.Exit(2)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    except Exception as err:  # Spark's own errors (AnalysisException, a path that exists): one line, no text
        typer.echo(f"Error: the Spark job failed ({type(err).__name__}); nothing is complete at {out}", err=True)
        raise typer.Exit(1)
    finally:
        spark.stop()
    typer.echo(f"{total - failed} done, {failed} failed -> {out}", err=True)
    raise typer.Exit(1 if failed else 0)
