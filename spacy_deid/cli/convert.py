"""``spacy-deid convert``: annotated notes (spec JSONL or any corpus format the readers know) ->
spaCy ``.spacy`` training data (gold in doc.ents and spans)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .app import app


@app.command("convert")
def convert_cmd(
    source: Path = typer.Argument(..., exists=True, help="Annotated notes: JSONL, or a file or folder in --format"),
    out: Path = typer.Argument(..., help="Output .spacy file"),
    lang: str = typer.Option("en", help="Language whose tokenizer splits the text"),
    labels: str = typer.Option("coarse", help="'coarse' (NAME, LOCATION, ...) or 'fine' (as in the file)"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, brat, i2b2, ... (default: detected)"),
    config: Optional[Path] = typer.Option(None, exists=True, dir_okay=False,
                                          help="Tokenise as the pipeline of this training config does (its [nlp] section)"),
    normalise: bool = typer.Option(False, "--normalise/--no-normalise",
                                   help="Store the clean text the pipeline reads (NFKC, ASCII digits, ...: normalisation.py), spans moved onto it"),
) -> None:
    """Tokenise each note and store its PHI spans as ``doc.ents`` and ``doc.spans["phi"]``."""
    import spacy

    from ..io.docbin import write_docbin
    from ..io.formats import read_corpus
    from ..synth import coarsen

    if labels not in ("coarse", "fine"):
        typer.echo("Error: --labels is 'coarse' or 'fine'", err=True)
        raise typer.Exit(2)
    if config is not None:
        from spacy.util import load_config

        cfg = load_config(config)
        lang = cfg["nlp"]["lang"]
        # the tokenizer and its after_creation callback, not the components
        nlp = spacy.blank(lang, config={"nlp": {k: v for k, v in cfg["nlp"].items()
                                                if k in ("tokenizer", "after_creation", "before_creation")}})
    else:
        nlp = spacy.blank(lang)
    try:
        records = read_corpus(source, fmt)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    if labels == "coarse":
        records = (coarsen(r) for r in records)
    if normalise:
        from ..normalisation import normalise_record

        records = (normalise_record(r) for r in records)
    try:
        n = write_docbin(records, nlp, out)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    typer.echo(f"wrote {n} docs to {out}", err=True)
