"""The ``spacy-deid`` Typer app. Each sub-command lives in its own module and registers here."""
from __future__ import annotations

from typing import Optional

import typer

app = typer.Typer(
    name="spacy-deid",
    help="Find and remove protected health information (PHI) in clinical notes.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"spacy-deid {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(None, "--version", callback=_print_version, is_eager=True,
                                           help="Print the version and exit"),
) -> None:
    """Find and remove protected health information (PHI) in clinical notes."""
