"""``spacy-deid evaluate``: score a pipeline (or a prediction file) on annotated notes."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import List, Optional

import typer

from .app import app


@app.command("evaluate")
def evaluate_cmd(
    gold: Path = typer.Option(..., "--gold", "-g", exists=True, help="Gold notes: a file or folder in any readable format"),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="'rules', 'default', an installed pipeline or a path"),
    pred: Optional[Path] = typer.Option(None, "--pred", "-p", exists=True, help="Prediction JSONL instead of --model"),
    gold_format: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, brat, i2b2, physionet, uima-cas, aicup, presidio-synth (default: detected)"),
    by: List[str] = typer.Option([], "--by", help="Slice by this meta key (repeatable)"),
    level: str = typer.Option("coarse", help="Compare labels at the 'coarse' or 'fine' level"),
    label_map: Optional[str] = typer.Option(None, "--label-map", help="Reader label overrides: 'SRC=DST,SRC2=' (empty DST excludes) or a .json file"),
    unknown: str = typer.Option("drop", help="Gold labels neither mapped nor ours: 'drop' or 'keep' (always reported)"),
    reader_options: List[str] = typer.Option([], "--reader-option", help="A reader's option, NAME=VALUE (repeatable): AI CUP as labels.md scores it is calendar_times_only=true names_without_titles=true contact_values_only=true"),
    lang: Optional[str] = typer.Option(None, help="Language of the 'rules' pipeline (default: the gold's meta.lang, else en)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the JSON report here"),
    as_json: bool = typer.Option(False, "--json", help="Print the JSON report instead of the table"),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Write an HTML report (contains note text: PHI)"),
    html_docs: int = typer.Option(100, help="Documents shown in the HTML error section"),
    cmi: bool = typer.Option(True, "--cmi/--no-cmi", help="Code-mixing index and sentence error rate per CMI bucket"),
    batch_size: int = typer.Option(32, min=1),
    threshold: Optional[float] = typer.Option(None, min=0.0, max=1.0, help="Score threshold of the main report (default: the pipeline's redactor setting; with --pred: keep every span)"),
    sweep: bool = typer.Option(True, "--sweep/--no-sweep", help="Recall and precision across score thresholds"),
) -> None:
    """Strict / exact-span / relaxed / token scores and leak rate, per label, micro and macro."""
    from ..evaluation.evaluate import evaluate
    from ..evaluation.predict import load_model, majority_lang, predict_with_model, read_predictions
    from ..evaluation.report_html import write_html
    from ..evaluation.report_text import render_text
    from ..evaluation.thresholds import filter_by_threshold
    from ..evaluation.thresholds import sweep as threshold_sweep
    from ..pipelines import configure_redactor, find_redactor
    from ..io.formats import read_corpus
    from ..io.labelmap import ReadReport, parse_label_map
    from ._run import parse_reader_options

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if (model is None) == (pred is None):
        typer.echo("Error: give exactly one of --model and --pred", err=True)
        raise typer.Exit(2)
    if level not in ("coarse", "fine"):
        typer.echo("Error: --level is 'coarse' or 'fine'", err=True)
        raise typer.Exit(2)
    read_report = ReadReport()
    options: dict = {}
    try:
        options = parse_reader_options(reader_options)
        records = list(read_corpus(gold, gold_format, label_map=parse_label_map(label_map), unknown=unknown,
                                   report=read_report, **options))
    except TypeError as err:
        if not options:
            raise
        typer.echo(f"Error: --reader-option: {err}", err=True)  # an option the format's reader does not take
        raise typer.Exit(2)
    except (ValueError, OSError) as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    typer.echo(f"gold: {read_report.summary() if read_report.docs else f'{len(records)} docs'}", err=True)
    if pred is not None:
        try:
            predictions = read_predictions(pred, records)
        except ValueError as err:
            typer.echo(f"Error: {err}", err=True)
            raise typer.Exit(2)
        used = threshold
    else:
        nlp = load_model(model, lang or majority_lang(records))
        name = find_redactor(nlp)
        used = threshold if threshold is not None else (
            float(nlp.get_pipe(name).settings.threshold) if name else 0.5)
        configure_redactor(nlp, threshold=0.0)  # every scored span, for the sweep; filtered below
        predictions = list(predict_with_model(nlp, records, batch_size))
    if isinstance(predictions, dict):  # by record id: a record without predictions is reported
        all_predictions = [predictions.get(str(r.get("id")), []) for r in records]
        if used is not None:
            predictions = {k: filter_by_threshold(v, used) for k, v in predictions.items()}
    else:
        all_predictions = predictions
        if used is not None:
            predictions = [filter_by_threshold(p, used) for p in predictions]
    result = evaluate(records, predictions, level=level, by=by, cmi=cmi, keep_text=html_path is not None)
    if sweep:
        result.report["thresholds"] = {"used": used, "rows": threshold_sweep(records, all_predictions)}
    result.report["gold_read"] = read_report.to_dict()
    result.report["model"] = model if model is not None else str(pred)
    if output is not None:
        output.write_text(json.dumps(result.report, indent=2), encoding="utf-8")
    if html_path is not None:
        write_html(html_path, result.report, result.doc_errors, max_docs=html_docs)
    per = "per_fine" if level == "fine" else "per_coarse"
    typer.echo(json.dumps(result.report, indent=2) if as_json else render_text(result.report, per=per))
