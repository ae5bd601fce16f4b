"""``spacy-deid convert``: spec JSONL -> spaCy ``.spacy`` training data (gold in doc.ents and spans)."""
from __future__ import annotations

from pathlib import Path

import typer

from .app import app


@app.command("convert")
def convert_cmd(
    source: Path = typer.Argument(..., exists=True, dir_okay=False, help="Annotated notes (JSONL)"),
    out: Path = typer.Argument(..., help="Output .spacy file"),
    lang: str = typer.Option("en", help="Language whose tokenizer splits the text"),
    labels: str = typer.Option("coarse", help="'coarse' (NAME, LOCATION, ...) or 'fine' (as in the file)"),
) -> None:
    """Tokenise each note and store its PHI spans as ``doc.ents`` and ``doc.spans["phi"]``."""
    import spacy

    from ..io.docbin import write_docbin
    from ..io.jsonl import read_jsonl
    from ..synth import coarsen

    if labels not in ("coarse", "fine"):
        typer.echo("Error: --labels is 'coarse' or 'fine'", err=True)
        raise typer.Exit(2)
    nlp = spacy.blank(lang)
    records = read_jsonl(source)
    if labels == "coarse":
        records = (coarsen(r) for r in records)
    try:
        n = write_docbin(records, nlp, out)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    typer.echo(f"wrote {n} docs to {out}", err=True)
