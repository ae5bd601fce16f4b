"""``spacy-deid audit``: NAME recall per name culture and gender on counterfactual notes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from .app import app


@app.command("audit")
def audit_cmd(
    model: str = typer.Option("default", "--model", "-m", help="'default', 'lexicon', 'rules', an installed pipeline or a path"),
    n: int = typer.Option(60, "--n", min=1, help="Notes per culture and gender"),
    seed: int = typer.Option(0, help="Seed of the name draws (the notes are the same for every group)"),
    culture: List[str] = typer.Option([], "--culture", help="Audit only these cultures (repeatable)"),
    as_json: bool = typer.Option(False, "--json", help="Print the JSON result instead of the table"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the JSON result here"),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Write an HTML page with a chart (synthetic text only)"),
) -> None:
    """Same notes, names of many cultures and both genders, held out of training: recall, 95% intervals, gaps."""
    from ..audit.names import audit_cultures
    from ..audit.run import audit, render_html, render_text
    from ..pipelines import load_pipeline

    known = audit_cultures()
    unknown = [c for c in culture if c not in known]
    if unknown:
        typer.echo(f"Error: unknown culture(s) {unknown}; known: {', '.join(known)}", err=True)
        raise typer.Exit(2)
    try:
        nlp = load_pipeline(model)
    except (OSError, ImportError) as err:
        typer.echo(f"Error: cannot load model {model!r}: {type(err).__name__}", err=True)
        raise typer.Exit(2)
    result = audit(nlp, n=n, seed=seed, cultures=culture or None)
    result["model"] = model
    if output is not None:
        output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if html_path is not None:
        html_path.write_text(render_html(result), encoding="utf-8")
    typer.echo(json.dumps(result, indent=1) if as_json else render_text(result))
