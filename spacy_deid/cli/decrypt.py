"""``spacy-deid decrypt``: turn the ``[ENC:LABEL:...]`` tokens of the ``encrypt`` operator back into
the values, for authorised re-identification. The key is read from the environment (never from a
flag, which would land in shell history). A file with a token that does not decrypt is reported
and not written (exit code 1)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import List, Tuple

import typer

from ..encryption import DecryptionError, decrypt_text, derive_key
from ..files import atomic_open
from ._run import check_out_of_source
from .app import app


def _jobs(source: Path, out: Path) -> List[Tuple[Path, Path]]:
    if source.is_dir():
        return [(p, out / p.relative_to(source)) for p in sorted(source.rglob("*.txt"))]
    return [(source, out)]


def _decrypt_jsonl(key: bytes, text: str, text_key: str) -> Tuple[str, int]:
    lines, total = [], 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise DecryptionError(f"line {n} is no JSON") from None
        if isinstance(record.get(text_key), str):
            record[text_key], count = decrypt_text(key, record[text_key])
            total += count
        lines.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in lines), total


@app.command("decrypt")
def decrypt_cmd(
    source: Path = typer.Argument(..., exists=True, help="A .txt, a folder of .txt or a .jsonl written with the encrypt operator"),
    out: Path = typer.Option(..., "--out", "-o", help="Output file or folder"),
    text_key: str = typer.Option("text", help="JSONL: the field holding the text"),
    key_env: str = typer.Option("SPACY_DEID_ENCRYPT_KEY", help="Environment variable holding the secret"),
) -> None:
    """Re-identify: replace encryption tokens by their values (same key as when encrypting)."""
    secret = os.environ.get(key_env)
    try:
        if not secret:
            raise ValueError(f"no key: set the environment variable {key_env} to the secret used to encrypt")
        key = derive_key(secret)
        check_out_of_source(source, out)
    except ValueError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(2)
    failed = done = tokens = 0
    for src, dst in _jobs(source, out):
        try:
            text = src.read_text(encoding="utf-8")
            if src.suffix.lower() == ".jsonl":
                plain, count = _decrypt_jsonl(key, text, text_key)
            else:
                plain, count = decrypt_text(key, text)
        except (DecryptionError, UnicodeDecodeError, OSError) as err:
            failed += 1
            typer.echo(f"FAILED {src}: {err if isinstance(err, DecryptionError) else type(err).__name__}", err=True)
            continue
        with atomic_open(dst) as fh:
            fh.write(plain)
        done += 1
        tokens += count
    typer.echo(f"{done} done, {failed} failed, {tokens} values decrypted", err=True)
    raise typer.Exit(1 if failed else 0)
