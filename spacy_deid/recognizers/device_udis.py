"""DEVICE recognizer: Unique Device Identifiers (UDI) in GS1 form, as implant records, device
labels and pump logs print them: application identifiers in parentheses, the first "(01)" with
the device's 14-digit GTIN, then a serial, a lot or dates ("(01)00884838000407(17)141120(10)7654321D").
A match that python-stdnum's GS1-128 parser validates (the GTIN's check digit, each identifier's
format, its dates) scores 1.0; one it rejects still scores ``MISTYPED_SCORE``, as a "(01)" and 14
digits is a GTIN, and a UDI with a typing error identifies the device all the same. HIPAA counts
device identifiers and serial numbers as PHI (item M)."""
from __future__ import annotations

import re
from typing import Iterable

from stdnum import gs1_128
from stdnum.exceptions import ValidationError

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE
from .base import PhiMatch, Recognizer

# "(01)" + GTIN, then any further "(AI)value" groups; values are GS1's character set (no spaces)
_UDI = re.compile(NOT_GLUED_BEFORE + r"\(01\)\s?\d{14}(?:\s?\(\d{2,4}\)\s?[0-9A-Za-z!\"%&'*+,\-./:;<=>?_]{1,30}?(?=\s?\(\d{2,4}\)|[\s;,)]|$))*"
                 + NOT_GLUED_AFTER)
SCORE = 1.0
MISTYPED_SCORE = 0.7


class DeviceUdiRecognizer(Recognizer):
    """Finds GS1 UDIs ("(01)" + GTIN + further application identifiers)."""

    name = "device_udis"
    labels = ("DEVICE",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        for m in _UDI.finditer(text):
            value = m.group(0).rstrip(".,;:")
            try:
                gs1_128.validate(value.replace(" ", ""))
                score = SCORE
            except (ValidationError, ValueError):
                score = MISTYPED_SCORE
            yield PhiMatch(m.start(), m.start() + len(value), "DEVICE", score, self.name)


__all__ = ["DeviceUdiRecognizer"]
