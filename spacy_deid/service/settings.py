"""What the operator of a service chooses; passed to uvicorn's worker processes as JSON in an
environment variable (never a token or a key: those come from their own variables or files)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from typing import Optional

SETTINGS_ENV = "SPACY_DEID_SERVE_SETTINGS"


@dataclass(frozen=True)
class ServiceSettings:
    model: str = "default"
    lang: str = "en"
    age_policy: Optional[str] = None  # None: the pipeline's
    random_surrogates: bool = False  # surrogates random per worker run instead of keyed
    passages: bool = True  # passages in another language read by their pipeline too, as ``redact`` does
    token_file: Optional[str] = None  # more tokens, one a line, besides SPACY_DEID_API_TOKENS
    max_body_bytes: int = 10 * 1024 * 1024  # 413 above
    max_header_bytes: int = 16 * 1024  # all headers together; 431 above
    max_notes: int = 100  # notes in one request; 413 above
    max_note_chars: int = 1_000_000  # characters in one note; 413 above
    timeout_s: float = 60.0  # a request's work (queueing included); 504 after, output withheld
    body_timeout_s: float = 30.0  # a client slower than this to send its body gets 408
    max_pending: int = 64  # requests waiting in one worker; 503 above
    batch_size: int = 32  # nlp.pipe batch size
    audit_log: Optional[str] = None  # a file for the audit lines (default: standard error)

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_header_bytes", "max_notes", "max_note_chars", "max_pending", "batch_size"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("timeout_s", "body_timeout_s"):
            if float(getattr(self, name)) <= 0:
                raise ValueError(f"{name} must be positive")

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "ServiceSettings":
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def from_env(cls) -> "ServiceSettings":
        raw = os.environ.get(SETTINGS_ENV)
        return cls.from_json(raw) if raw else cls()
