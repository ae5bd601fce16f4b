"""Numbered rooms of a hospital in Han characters: "203診間", "3診", "12號診間", "5號病房"
(labels.md: room numbers are PHI). Beds ("3號床") and counts ("第5號") are left to the other
rules. No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable

from .base import HanScriptRecognizer, PhiMatch

ROOM = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,4}(?:號|号)?(?:診間|诊间|診室|诊室|病房|診(?![所斷断療疗])|诊(?![所断疗]))")
SCORE = 0.85


class HanRoomRecognizer(HanScriptRecognizer):
    name = "han_rooms"
    labels = ("ROOM",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        for m in ROOM.finditer(text):
            yield PhiMatch(m.start(), m.end(), "ROOM", SCORE, self.name)


__all__ = ["HanRoomRecognizer"]
