"""``spacy-deid serve``: the de-identification service (FastAPI + uvicorn, extra ``serve``)."""
from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Optional

import typer

from .app import app

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_cmd(
    model: str = typer.Option("default", help="'default', 'lexicon', 'rules', an installed pipeline or a path"),
    lang: str = typer.Option("en", help="Language of the notes: en, es, de, fr, it, pt, ro, tr, ar, zh ('auto' is for redact and detect); 'default' has models for en, es and one for de fr it ro tr ar zh"),
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but loopback needs --allow-remote"),
    port: int = typer.Option(8080, min=1, max=65535),
    workers: int = typer.Option(1, min=1, help="Worker processes, each with its own pipeline"),
    token_file: Optional[Path] = typer.Option(None, help="File of API tokens, one a line (besides SPACY_DEID_API_TOKENS)"),
    allow_remote: bool = typer.Option(False, help="Allow binding a non-loopback address (put a TLS reverse proxy in front)"),
    age_policy: Optional[str] = typer.Option(None, help="'all' or 'over_89'; default: the pipeline's"),
    random_surrogates: bool = typer.Option(False, help="Surrogates random per worker run instead of keyed by SPACY_DEID_KEY"),
    max_body_mb: float = typer.Option(10.0, min=0.001, help="Largest request body (413 above)"),
    max_notes: int = typer.Option(100, min=1, help="Most notes in one request (413 above)"),
    max_note_chars: int = typer.Option(1_000_000, min=1, help="Longest note in characters (413 above)"),
    timeout: float = typer.Option(60.0, min=0.1, help="Seconds a request may take, waiting included (504 after)"),
    body_timeout: float = typer.Option(30.0, min=0.1, help="Seconds a client may take to send its body (408 after)"),
    max_pending: int = typer.Option(64, min=1, help="Requests waiting in one worker (503 above)"),
    audit_log: Optional[Path] = typer.Option(None, help="File for the audit log lines (default: standard error)"),
    log_level: str = typer.Option("warning", help="uvicorn's log level"),
    passages: bool = typer.Option(True, "--passages/--no-passages", help="Read passages in another language (a quoted Spanish sentence in an English note) with that language's pipeline too"),
) -> None:
    """Serve de-identification over HTTP: POST /deidentify, POST /detect, GET /health, GET /ready, /docs."""
    try:
        import uvicorn  # noqa: F401
        import fastapi  # noqa: F401
    except ImportError:
        typer.echo("Error: the service needs the 'serve' extra: pip install 'spacy-deid[serve]'", err=True)
        raise typer.Exit(2)
    from ..service.auth import TokenError, load_tokens
    from ..service.settings import SETTINGS_ENV, ServiceSettings

    if not is_loopback(host):
        if not allow_remote:
            typer.echo(f"Error: --host {host} is not a loopback address; the service speaks plain HTTP. "
                       "Pass --allow-remote and put a TLS reverse proxy in front (README: 'Serving').", err=True)
            raise typer.Exit(2)
        typer.echo(f"Warning: serving plain HTTP on {host}: notes and tokens cross the network unencrypted "
                   "unless a TLS reverse proxy is in front.", err=True)
    try:
        settings = ServiceSettings(
            model=model, lang=lang, age_policy=age_policy, random_surrogates=random_surrogates, passages=passages,
            token_file=str(token_file) if token_file else None, max_body_bytes=int(max_body_mb * 1024 * 1024),
            max_notes=max_notes, max_note_chars=max_note_chars, timeout_s=timeout, body_timeout_s=body_timeout,
            max_pending=max_pending, audit_log=str(audit_log) if audit_log else None,
        )
        load_tokens(settings.token_file)  # fail here, once, not in every worker
    except (TokenError, ValueError) as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    if random_surrogates and workers > 1:
        typer.echo("Warning: --random-surrogates with several workers: each worker draws its own "
                   "surrogates, so one patient's notes may get different ones.", err=True)
    os.environ[SETTINGS_ENV] = settings.to_json()
    run_uvicorn(host, port, workers, log_level)


def run_uvicorn(host: str, port: int, workers: int, log_level: str) -> None:
    """``uvicorn.run`` for our app factory, with one fix: the listening socket that the
    multi-worker supervisor shares is re-wrapped as TCP so that asyncio turns Nagle off on every
    connection (uvicorn issue #3149: otherwise each keep-alive request waits ~40 ms for the
    client's delayed ACK)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "spacy_deid.service.app:app_from_env", factory=True, host=host, port=port, workers=workers,
        access_log=False,  # the audit log replaces it; a URL a client made up could hold PHI
        log_level=log_level, server_header=False, timeout_graceful_shutdown=10,
    )
    if workers == 1:
        config.load_app()
        uvicorn.Server(config).run()
        return
    sock = tcp_listener(config)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass


def tcp_listener(config):
    """uvicorn's listening socket for ``config``, re-wrapped with ``proto=IPPROTO_TCP``."""
    import socket

    bound = config.bind_socket()
    sock = socket.socket(bound.family, bound.type, socket.IPPROTO_TCP, fileno=bound.detach())
    sock.set_inheritable(True)
    return sock
