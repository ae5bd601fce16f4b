"""``spacy-deid llm-annotate``: pre-annotate unlabelled notes with NER + rules + the LLM.

Writes the JSONL document format of shared/spec/formats.md (merged, non-overlapping spans), so
the output can be reviewed and then used for training. Each span keeps ``source`` and ``score``;
spans only the LLM was unsure of carry ``"uncertain": true`` and the record's
``meta.needs_review`` is true when any span does.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

import typer

from ..pipelines import find_redactor, load_pipeline, notes_language
from ..runner import DeidResult
from ._run import run_source
from .app import app


def llm_config(
    *, gguf: Optional[str], endpoint: Optional[str], allow_remote: bool, route: str,
    n_samples: int, min_votes: int, review_threshold: float, temperature: float, threads: int,
    examples: Optional[str], seed: int,
) -> Dict[str, Any]:
    """The ``phi_llm`` component config for these command-line settings."""
    router = {"@llm_misc": "spacy_deid.RouteUncertain.v1" if route == "uncertain" else "spacy_deid.RouteAll.v1"}
    task: Dict[str, Any] = {
        "@llm_tasks": "spacy_deid.PHI.v1", "n_samples": n_samples, "min_votes": min_votes,
        "review_threshold": review_threshold, "router": router,
    }
    if examples is not None:
        task["examples_path"] = examples
    if endpoint:
        model: Dict[str, Any] = {
            "@llm_models": "spacy_deid.OpenAICompat.v1", "endpoint": endpoint,
            "allow_remote": allow_remote, "temperature": temperature, "seed": seed,
        }
    else:
        model = {"@llm_models": "spacy_deid.LlamaCpp.v1", "model_path": gguf,
                 "temperature": temperature, "n_threads": threads, "seed": seed}
    return {"task": task, "model": model}


def add_llm(nlp, config: Dict[str, Any]) -> str:
    """Insert ``phi_llm`` before the redactor (after NER and rules), prompting in the notes'
    language (``notes_language``) unless the task names one. Returns its name."""
    import spacy_deid.components.phi_llm  # noqa: F401  (registers the factory)

    lang = notes_language(nlp)
    if lang != "en":
        config = {**config, "task": {"lang": lang, **config.get("task", {})}}
    before = find_redactor(nlp)
    placement = {"before": before} if before else {}
    nlp.add_pipe("phi_llm", config=config, **placement)
    return "phi_llm"


def _record(res: DeidResult) -> dict:
    ctx = res.context
    base = dict(ctx.record) if ctx.record is not None else {"id": str(ctx.rel_path), "text": res.source}
    meta = dict(base.get("meta") or {})
    spans = []
    for s in res.spans:
        item: Dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label,
                                "source": s.source, "score": round(float(s.score), 4)}
        if s.uncertain:
            item["uncertain"] = True
        spans.append(item)
    meta["needs_review"] = any(s.uncertain for s in res.spans)
    meta["annotated_by"] = "spacy-deid llm-annotate"
    return {**base, "id": base.get("id", ctx.where), "text": res.source, "spans": spans, "meta": meta}


@app.command("llm-annotate")
def llm_annotate_cmd(
    source: Path = typer.Argument(..., exists=True, help="A .jsonl, a folder of .txt or a .txt"),
    out: Path = typer.Option(..., "--out", "-o", help="Annotated JSONL (shared/spec/formats.md)"),
    model: str = typer.Option("default", help="Base pipeline: 'default', 'rules', a package or a path"),
    lang: str = typer.Option("en", help="Language of the notes: en, es, de, fr, it, pt, ro, tr, ar, zh; 'default' has models for en, es and one for de fr it ro tr ar zh"),
    gguf: Optional[str] = typer.Option(None, help="GGUF file for llama.cpp (default: the installed default model)"),
    endpoint: Optional[str] = typer.Option(None, help="OpenAI-compatible server URL instead of llama.cpp, e.g. http://127.0.0.1:8080/v1"),
    allow_remote: bool = typer.Option(False, "--allow-remote", help="Allow a non-loopback --endpoint (sends text off this machine)"),
    route: str = typer.Option("all", help="'all': the LLM reads every sentence; 'uncertain': only where NER/rules are unsure"),
    n_samples: int = typer.Option(3, min=1, help="Self-consistency: answers asked per window"),
    min_votes: int = typer.Option(2, min=1, help="Keep a span found in at least this many answers"),
    review_threshold: float = typer.Option(0.75, min=0.0, max=1.0, help="Vote share below which a span is flagged for review"),
    temperature: float = typer.Option(0.5, min=0.0, help="Sampling temperature (self-consistency needs > 0)"),
    threads: int = typer.Option(1, min=1, help="llama.cpp threads"),
    examples: Optional[str] = typer.Option(None, help="Few-shot examples JSONL (default: packaged ones; '' for none)"),
    seed: int = typer.Option(0),
    text_key: str = typer.Option("text", help="JSONL: the field holding the text"),
    encoding: str = typer.Option("utf-8"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Label notes with NER + rules + the LLM fallback and write JSONL for review and training."""
    if route not in ("all", "uncertain"):
        typer.echo("Error: --route must be 'all' or 'uncertain'", err=True)
        raise typer.Exit(2)
    if source.suffix.lower() in (".csv", ".tsv"):
        typer.echo("Error: llm-annotate reads .jsonl, .txt or a folder of .txt", err=True)
        raise typer.Exit(2)
    try:
        nlp = load_pipeline(model, lang)
        add_llm(nlp, llm_config(
            gguf=gguf, endpoint=endpoint, allow_remote=allow_remote, route=route,
            n_samples=n_samples, min_votes=min_votes, review_threshold=review_threshold,
            temperature=temperature, threads=threads, examples=examples, seed=seed,
        ))
        code = run_source(
            nlp, source, out, redact=False, text_key=text_key, columns=[], group_key=None,
            encoding=encoding, batch_size=8, n_process=1, quiet=quiet, write_record=_record,
        )
    except (ValueError, FileNotFoundError, ImportError) as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    raise typer.Exit(code)
