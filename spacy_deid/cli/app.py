"""The ``spacy-deid`` Typer app. Each sub-command lives in its own module and registers here."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="spacy-deid",
    help="Find and remove protected health information (PHI) in clinical notes.",
    no_args_is_help=True,
    add_completion=False,
)
