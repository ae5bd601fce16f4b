"""Reversible protection of PHI for authorised re-identification: authenticated encryption
(AES-256-GCM, from ``cryptography``) of each value into a token ``[ENC:LABEL:...]``.

The key comes from a secret (the environment variable ``SPACY_DEID_ENCRYPT_KEY`` by default, never
the config) through HKDF-SHA256. Every token has its own random nonce, so equal values give
different tokens (use ``hash`` for linkable ones); the label is authenticated with the value, and a
token that was altered, or read with another key, fails to decrypt instead of giving a wrong value.
"""
from __future__ import annotations

import base64
import os
import re
from typing import Tuple

TOKEN = re.compile(r"\[ENC:([A-Z_]+):([A-Za-z0-9_-]{38,})\]")  # 12-byte nonce + 16-byte tag at least
_SALT = b"spacy-deid encrypt v1"
_NONCE = 12
MIN_SECRET = 16


class DecryptionError(ValueError):
    """A token could not be decrypted (another key, or altered). Never holds the token's text."""


def derive_key(secret: str) -> bytes:
    """A 256-bit key from a secret of at least ``MIN_SECRET`` characters."""
    if len(secret) < MIN_SECRET:
        raise ValueError(f"the encryption secret must have at least {MIN_SECRET} characters")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=b"aes-256-gcm").derive(secret.encode("utf-8"))


def encrypt_value(key: bytes, label: str, value: str) -> str:
    """``[ENC:LABEL:token]`` for one PHI value."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, value.encode("utf-8"), label.encode("ascii"))
    token = base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")
    return f"[ENC:{label}:{token}]"


def decrypt_token(key: bytes, label: str, token: str) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        return AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], label.encode("ascii")).decode("utf-8")
    except (InvalidTag, ValueError):
        raise DecryptionError("a token did not decrypt: another key, or the text was altered") from None


def decrypt_text(key: bytes, text: str) -> Tuple[str, int]:
    """The text with every token replaced by its value, and how many there were. Raises
    :class:`DecryptionError` when any token fails (nothing half-decrypted is returned)."""
    count = 0

    def sub(m: "re.Match[str]") -> str:
        nonlocal count
        count += 1
        return decrypt_token(key, m.group(1), m.group(2))

    return TOKEN.sub(sub, text), count
