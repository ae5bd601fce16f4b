"""DEVICE recognizer: hardware (MAC) addresses of a patient's devices, which HIPAA counts among
device identifiers (item M): six pairs of hexadecimal digits joined by one separator throughout
("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e") or three dotted groups of four ("001a.2b3c.4d5e").
Clock times and ratios hold at most three groups, so six groups are never one of them; a run of
digits alone must still have a letter or a leading zero pair somewhere, as "10:20:30:40:50:60"
reads as a series of values."""
from __future__ import annotations

import re
from typing import Iterable

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE
from .base import PhiMatch, Recognizer

_HEX = "[0-9a-f]"
PAIRS = rf"{_HEX}{{2}}([:\-]){_HEX}{{2}}(?:\1{_HEX}{{2}}){{4}}"  # "00:1A:2B:3C:4D:5E", one separator throughout
DOTTED = rf"{_HEX}{{4}}\.{_HEX}{{4}}\.{_HEX}{{4}}"  # "001a.2b3c.4d5e"
# the whole of a value that is a MAC address (the surrogates keep its shape)
MAC_ADDRESS = re.compile(rf"{PAIRS}|{DOTTED}", re.I)
_PAIRS = re.compile(NOT_GLUED_BEFORE + rf"(?<![:\-.]){PAIRS}(?![:\-.]?{_HEX})" + NOT_GLUED_AFTER, re.I)
_DOTTED = re.compile(NOT_GLUED_BEFORE + rf"(?<![.\-]){DOTTED}(?!\.?{_HEX})" + NOT_GLUED_AFTER, re.I)
SCORE = 0.95


def _hex_address(value: str) -> bool:
    """Whether the groups read as an address rather than decimal values: a hex letter, or a 0 leading a group."""
    groups = re.split(r"[:\-.]", value)
    return bool(re.search("[a-f]", value, re.I)) or any(g.startswith("0") for g in groups)


class MacAddressRecognizer(Recognizer):
    """Finds MAC addresses (colon, hyphen or dotted forms)."""

    name = "mac_addresses"
    labels = ("DEVICE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        for pattern in (_PAIRS, _DOTTED):
            for m in pattern.finditer(text):
                if _hex_address(m.group(0)):
                    yield PhiMatch(m.start(), m.end(), "DEVICE", SCORE, self.name)


__all__ = ["MAC_ADDRESS", "MacAddressRecognizer"]
