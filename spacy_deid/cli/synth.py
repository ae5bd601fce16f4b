"""``spacy-deid synth``: write annotated synthetic clinical notes as JSONL."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .app import app


@app.command("synth")
def synth_cmd(
    n: int = typer.Option(..., "--n", min=1, help="Number of notes"),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same notes"),
    out: Path = typer.Option(..., "--out", "-o", help="Output JSONL file"),
    note_type: List[str] = typer.Option([], "--type", help="Only these note types (repeatable; default: all, weighted)"),
    start: int = typer.Option(0, "--start", min=0, help="Index of the first note (to extend a corpus)"),
    coarse: bool = typer.Option(False, "--coarse", help="Write coarse labels (NAME, LOCATION, ...) instead of fine"),
    lang: str = typer.Option("en", "--lang", help="Language of the notes: en, es, de, fr, it, ro, tr, ar, zh (Taiwanese, code-mixed with English)"),
) -> None:
    """Generate ``--n`` notes (English: 13 types; Spanish: 5) whose PHI spans are exact by construction."""
    import warnings

    from ..io.jsonl import write_jsonl
    from ..synth import coarsen, generate_records

    warnings.filterwarnings("ignore", module="faker")
    try:
        records = generate_records(n, seed=seed, note_types=note_type or None, start=start, lang=lang)
        if coarse:
            records = (coarsen(r) for r in records)
        count = write_jsonl(records, out)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    typer.echo(f"wrote {count} notes to {out}", err=True)
