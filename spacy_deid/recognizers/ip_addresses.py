"""IPADDR recognizer: IPv4 and IPv6 addresses, validated with the stdlib ``ipaddress``."""
from __future__ import annotations

import ipaddress
import re
from typing import Iterable

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE, line_before
from .base import PhiMatch, Recognizer

# not inside a slashed series of values ("ABG 80/48/7.45.34.7")
_V4 = re.compile(NOT_GLUED_BEFORE + r"(?<![./])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?!/|\.\d)" + NOT_GLUED_AFTER)
_V6 = re.compile(NOT_GLUED_BEFORE + r"(?<![:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{0,4}|(?:\d{1,3}\.){3}\d{1,3})(?:%[a-z0-9_]+)?"
                  r"(?!:|\.[a-z0-9_])" + NOT_GLUED_AFTER, re.I)
_VERSION_BEFORE = re.compile(r"(?<![a-z])(?:version|ver|v|release|build|rev|revision|ref|section|sec|icd|§)\s*[.:#]?\s*$")


class IpAddressRecognizer(Recognizer):
    """Finds IPv4 (dotted quad, optional /prefix) and IPv6 addresses."""

    name = "ip_addresses"
    labels = ("IPADDR",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        for m in _V4.finditer(text):
            addr = m.group(0).split("/")[0]
            try:
                ipaddress.IPv4Address(addr)
            except ValueError:
                continue
            if _VERSION_BEFORE.search(line_before(text, m.start(), 15)):
                continue
            yield PhiMatch(m.start(), m.end(), "IPADDR", 0.9, self.name)
        for m in _V6.finditer(text):
            s = m.group(0)
            if not re.search(r"[0-9a-f]", s, re.I) or (s.count(":") < 7 and "::" not in s):
                continue
            if re.fullmatch(r"[\d:]+", s) and s.count(":") < 3:
                continue  # clock times "12::30" style noise
            try:
                ipaddress.IPv6Address(s.split("%")[0])
            except ValueError:
                continue
            yield PhiMatch(m.start(), m.end(), "IPADDR", 1.0, self.name)
