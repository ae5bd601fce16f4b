"""Keyed derivation: every surrogate choice comes from an HMAC of (group, kind, normalised value).

No mapping is stored: the same key, group and value always give the same choices, and a different
key gives unrelated ones. Without a key the generator refuses to run unless the caller asks for a
fresh random key per run (surrogates are then consistent within the run only).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import random
import unicodedata
from typing import Optional

_SEP = b"\x1f"


class MissingKeyError(RuntimeError):
    """No surrogate key configured and random-per-run not requested."""


def resolve_key(key: Optional[str], key_env: str, random_per_run: bool) -> bytes:
    """The secret key. ``random_per_run`` asks for surrogates that no run can link to another: a
    fresh random key, whatever ``$key_env`` holds (a configured ``key`` with it is a contradiction
    and an error). Otherwise ``key`` if given, else ``$key_env``."""
    if random_per_run:
        if key:
            raise ValueError("a surrogate 'key' and random_per_run=True contradict each other: keyed "
                             "surrogates are linkable across runs, random ones are not; choose one")
        return os.urandom(32)
    if key:
        return key.encode("utf-8")
    env_value = os.environ.get(key_env) if key_env else None
    if env_value:
        return env_value.encode("utf-8")
    raise MissingKeyError(
        f"No surrogate key: set the 'key' setting or the environment variable {key_env!r}, "
        "or pass random_per_run=True (surrogates then differ between runs)."
    )


def normalise(value: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a value, used as HMAC input."""
    text = unicodedata.normalize("NFKD", value.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


class KeyDeriver:
    """Derives digests, integers and seeded RNGs from the key and a tuple of string parts."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def digest(self, *parts: str) -> bytes:
        msg = _SEP.join(p.encode("utf-8") for p in parts)
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    def integer(self, *parts: str) -> int:
        return int.from_bytes(self.digest(*parts), "big")

    def rng(self, *parts: str) -> random.Random:
        """A ``random.Random`` seeded from the derivation (stable across Python versions)."""
        return random.Random(self.integer(*parts))

    def group_id(self, text: str) -> str:
        """Group id of a document without a group: a keyed hash of its text."""
        return "doc:" + self.digest("document", text).hex()[:32]
