"""Bearer tokens: read from ``SPACY_DEID_API_TOKENS`` (comma-separated) and/or a token file,
kept only as SHA-256 digests, compared in constant time. A caller is named in the audit log by a
short digest of its token, never by the token."""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import List, Mapping, Optional

TOKENS_ENV = "SPACY_DEID_API_TOKENS"
MIN_TOKEN_CHARS = 16


class TokenError(ValueError):
    """No usable token: the service does not start."""


def load_tokens(token_file: Optional[str] = None, environ: Mapping[str, str] = os.environ) -> List[str]:
    """The tokens of the environment variable and of ``token_file`` (one a line, ``#`` comments)."""
    tokens = [t.strip() for t in environ.get(TOKENS_ENV, "").split(",") if t.strip()]
    if token_file:
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            raise TokenError(f"cannot read the token file {token_file}: {type(err).__name__}") from None
        tokens += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not tokens:
        raise TokenError(f"no API token: set {TOKENS_ENV} (comma-separated) or pass --token-file; "
                         "make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'")
    short = [i for i, t in enumerate(tokens, 1) if len(t) < MIN_TOKEN_CHARS or any(c.isspace() for c in t)]
    if short:
        raise TokenError(f"API token(s) number {', '.join(map(str, short))} are shorter than "
                         f"{MIN_TOKEN_CHARS} characters or contain spaces; use long random tokens")
    return tokens


def token_id(token: str) -> str:
    """How the audit log names the holder of ``token``."""
    return "token:" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:10]


class TokenChecker:
    def __init__(self, tokens: List[str]):
        self._entries = [(hashlib.sha256(t.encode("utf-8")).digest(), token_id(t)) for t in tokens]

    def identify(self, authorization: Optional[str]) -> Optional[str]:
        """The caller's id for an ``Authorization`` header value, or None (no or wrong token).
        Every token is compared, in constant time, whatever matches first."""
        if not authorization:
            return None
        scheme, _, value = authorization.strip().partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not value:
            return None
        digest = hashlib.sha256(value.encode("utf-8", "surrogateescape")).digest()
        found = None
        for known, ident in self._entries:
            if hmac.compare_digest(digest, known):
                found = ident
        return found
