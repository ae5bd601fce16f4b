"""``spacy-deid redact``: write de-identified copies of notes."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import List, Optional

import typer

from ..runner import DeidResult
from ..surrogates.keys import MissingKeyError
from ._run import build, os_error_line, run_source
from .app import app


def _redacted_record(res: DeidResult, text_key: str) -> dict:
    record = dict(res.context.record)
    record[text_key] = res.text
    record.pop("spans", None)  # gold spans refer to the original text: never carry them over
    return record


@app.command("redact")
def redact_cmd(
    source: Path = typer.Argument(..., exists=True, help="A folder of .txt, a .txt, a .jsonl or a .csv"),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (for a folder) or file"),
    mode: Optional[str] = typer.Option(None, help="Operator for every label: tag, mask, redact, hash, surrogate (default: the pipeline's)"),
    model: str = typer.Option("default", help="'default', 'rules', an installed pipeline or a path"),
    lang: str = typer.Option("auto", help="Language of the notes: 'auto' (the default: each note's own, detected; English when a note is too short to tell), or en, es, de, fr, it, pt, ro, tr, ar, zh for all; 'default' has models for en, es and one for de fr it ro tr ar zh"),
    text_key: str = typer.Option("text", help="JSONL: the field holding the text"),
    columns: str = typer.Option("", help="CSV: comma-separated text columns to de-identify"),
    group_key: Optional[str] = typer.Option(None, help="meta key (JSONL; default 'patient') or column (CSV; default none) grouping one patient's documents for consistent surrogates"),
    random_surrogates: bool = typer.Option(False, help="Surrogates random per run instead of keyed (no SPACY_DEID_KEY needed)"),
    age_policy: Optional[str] = typer.Option(None, help="'all' (every age replaced) or 'over_89' (HIPAA Safe Harbor); default: the pipeline's"),
    operator: List[str] = typer.Option([], "--operator", help="LABEL=OPERATOR for one label, repeatable: --operator DOCTOR=keep --operator ID=hash"),
    allow_list: Optional[Path] = typer.Option(None, help="File of texts that are never PHI, one a line"),
    deny_list: Optional[Path] = typer.Option(None, help="File of words or phrases that are always PHI, one a line: term or term<TAB>LABEL (default NAME)"),
    set_: List[str] = typer.Option([], "--set", help="COMPONENT.SETTING=VALUE, repeatable: --set deid_redactor.threshold=0.4"),
    config: Optional[Path] = typer.Option(None, "--config", help="A spaCy config file whose [components.NAME] sections set the pipeline's components"),
    passages: bool = typer.Option(True, "--passages/--no-passages", help="Read passages in another language (a quoted Spanish sentence in an English note) with that language's pipeline too"),
    encoding: str = typer.Option("utf-8", help="Encoding of the input"),
    batch_size: int = typer.Option(32, min=1),
    n_process: int = typer.Option(1, min=1),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
) -> None:
    """De-identify notes; bad inputs are reported and skipped (exit code 1), never copied raw."""
    try:
        nlp = build(model, lang, mode, random_surrogates, age_policy=age_policy, operators=operator,
                    allow_list=allow_list, deny_list=deny_list, settings=set_, config=config, passages=passages)
        code = run_source(
            nlp, source, out, redact=True, text_key=text_key,
            columns=[c.strip() for c in columns.split(",") if c.strip()], group_key=group_key,
            encoding=encoding, batch_size=batch_size, n_process=n_process, quiet=quiet,
            write_record=partial(_redacted_record, text_key=text_key),
        )
    except MissingKeyError as err:
        typer.echo(f"Error: {err} On the command line: export SPACY_DEID_KEY=<secret>, or pass "
                   "--random-surrogates.", err=True)
        raise typer.Exit(2)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    except OSError as err:
        typer.echo(os_error_line(err), err=True)
        raise typer.Exit(1)
    raise typer.Exit(code)
