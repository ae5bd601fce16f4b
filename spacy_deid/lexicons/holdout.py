"""Names held out for the fairness audit.

A stable fifth of the Faker names of every locale is kept away from everything that learns or
looks up names: the lexicon tables do not hold it (unless an independent source such as
philter-lite has it too) and the synthetic training notes never use it. The counterfactual audit
(``spacy_deid.audit``) draws its names only from this fifth, so it measures how the detector
treats names it was not built on, per culture and gender.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from .romanise import to_ascii

HOLDOUT_MODULUS = 5


def name_key(name: str) -> str:
    """The case- and accent-folded form a held-out decision is made on."""
    folded = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def is_held_out(name: str) -> bool:
    """True for the audit's share of names (stable across runs, machines and Python versions)."""
    digest = hashlib.blake2b(name_key(name).encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % HOLDOUT_MODULUS == 0


def held_out_name(name: str) -> bool:
    """True when any word of ``name`` (in any script, folded to ASCII, apostrophes dropped, split
    at anything but a letter) is held out; the same test for the lexicon, the synthetic notes and
    the audit."""
    parts = re.split(r"[^a-z]+", to_ascii(name).replace("'", "").lower())
    return any(is_held_out(p) for p in parts if p)
