"""``spacy-deid detect``: write PHI spans only, in the JSONL format of shared/spec/formats.md."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import List, Optional

import typer

from ..runner import DeidResult
from ._run import build, os_error_line, run_source
from .app import app


def _prediction(res: DeidResult, text_key: str) -> dict:
    """A prediction record of shared/spec/formats.md; other fields of an input record are kept."""
    record = res.context.record
    if record is None:  # a .txt file
        return {"id": str(res.context.rel_path), "text": res.source,
                "spans": [s.to_dict() for s in res.spans], "meta": {}}
    extra = {k: v for k, v in record.items() if k not in ("id", "spans", "meta", "text", text_key)}
    return {"id": record.get("id", res.context.where), "text": res.source,
            "spans": [s.to_dict() for s in res.spans], "meta": record.get("meta", {}), **extra}


@app.command("detect")
def detect_cmd(
    source: Path = typer.Argument(..., exists=True, help="A .jsonl, a folder of .txt, a .txt or an annotated corpus (see --format)"),
    out: Path = typer.Option(..., "--out", "-o", help="Prediction JSONL"),
    model: str = typer.Option("default", help="'default', 'rules', an installed pipeline or a path"),
    lang: str = typer.Option("auto", help="Language of the notes: 'auto' (the default: each note's own, detected; English when a note is too short to tell), or en, es, de, fr, it, pt, ro, tr, ar, zh for all; 'default' has models for en, es and one for de fr it ro tr ar zh"),
    text_key: str = typer.Option("text", help="JSONL: the field holding the text"),
    fmt: str = typer.Option("auto", "--format", help="auto, txt, jsonl, or a corpus format: physionet, brat, i2b2, uima-cas, aicup, presidio-synth"),
    age_policy: Optional[str] = typer.Option(None, help="'all' (every age is PHI) or 'over_89' (HIPAA Safe Harbor); default: the pipeline's"),
    allow_list: Optional[Path] = typer.Option(None, help="File of texts that are never PHI, one a line"),
    deny_list: Optional[Path] = typer.Option(None, help="File of words or phrases that are always PHI: term or term<TAB>LABEL"),
    set_: List[str] = typer.Option([], "--set", help="COMPONENT.SETTING=VALUE, repeatable: --set deid_redactor.threshold=0.4"),
    config: Optional[Path] = typer.Option(None, "--config", help="A spaCy config file whose [components.NAME] sections set the pipeline's components"),
    passages: bool = typer.Option(True, "--passages/--no-passages", help="Read passages in another language (a quoted Spanish sentence in an English note) with that language's pipeline too"),
    encoding: str = typer.Option("utf-8"),
    batch_size: int = typer.Option(32, min=1),
    n_process: int = typer.Option(1, min=1),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Detect PHI and write spans (with label, source, score) without changing the text."""
    if source.suffix.lower() == ".csv":
        typer.echo("Error: detect reads .jsonl, .txt or a folder of .txt", err=True)
        raise typer.Exit(2)
    try:
        nlp = build(model, lang, None, False, age_policy=age_policy, allow_list=allow_list, deny_list=deny_list,
                    settings=set_, config=config, passages=passages)
        code = run_source(
            nlp, source, out, redact=False, text_key=text_key, columns=[], group_key=None,
            encoding=encoding, batch_size=batch_size, n_process=n_process, quiet=quiet,
            write_record=partial(_prediction, text_key=text_key), fmt=fmt,
        )
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    except OSError as err:
        typer.echo(os_error_line(err), err=True)
        raise typer.Exit(1)
    raise typer.Exit(code)
