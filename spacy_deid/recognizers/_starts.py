"""Where a pattern of many alternatives may start: a prefilter that keeps results identical.

A recognizer with many cue patterns ("MRN", "acct #", "member id", ...) used to scan each note once
per pattern. ``StartIndex`` reads the characters every alternative can start with (from the
pattern's parse tree) and finds, in one scan, the places where some alternative matches; the
recognizer then tries its own patterns only there (``matches_at``), which gives the same
non-overlapping matches as ``finditer``.
"""
from __future__ import annotations

import re
try:  # the parser of ``re`` (Python 3.11 and later)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]
from string import ascii_letters as _ASCII_LETTERS
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence


def first_chars(pattern: str, flags: int = 0) -> Optional[FrozenSet[str]]:
    """The characters a match of ``pattern`` can start with, as written in the pattern (under
    ``re.I`` their other cases match too), or None when that cannot be told (an optional, any or
    class-of-characters start)."""
    return _first(_P.parse(pattern, flags))


def _first(items) -> Optional[FrozenSet[str]]:
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is _C.LITERAL:
            return frozenset(chr(av))
        if op is _C.IN:
            out = set()
            for kind, value in av:
                if kind is _C.LITERAL:
                    out.add(chr(value))
                elif kind is _C.RANGE and value[1] - value[0] < 256:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return frozenset(out)
        if op is _C.SUBPATTERN:
            return _first(av[-1])
        if op is _C.BRANCH:
            out = set()
            for branch in av[1]:
                f = _first(branch)
                if f is None:
                    return None
                out |= f
            return frozenset(out)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] > 0:
            return _first(av[2])
        return None
    return None


def _folds_to_ascii(c: str) -> bool:
    """A character other than ASCII that ``re.I`` matches with an ASCII letter (the kelvin sign)."""
    return not c.isascii() and any(re.fullmatch(re.escape(c), a, re.I) for a in _ASCII_LETTERS)


class StartIndex:
    """The places where one of ``alternatives`` (case-insensitive regular expressions) matches
    between ``guard_before`` (a lookbehind such as ``(?<![a-z0-9])``) and ``guard_after`` (such as
    ``(?![a-z])``). One charset scan finds the candidate characters; each is tested against only
    the alternatives that can start with it (all of them when its case folds elsewhere)."""

    def __init__(self, alternatives: Sequence[str], guard_before: str = "", guard_after: str = ""):
        def compiled(alts: Sequence[str]) -> "re.Pattern[str]":
            return re.compile(guard_before + "(?=(?:" + "|".join(f"(?:{a})" for a in alts) + ")" + guard_after + ")", re.I)

        self._all = compiled(alternatives)
        self._scan: Optional[re.Pattern[str]] = None  # None: every character is a candidate
        self._by_char: Dict[str, re.Pattern[str]] = {}
        firsts = [first_chars(alt, re.I) for alt in alternatives]
        if any(f is None or any(_folds_to_ascii(c) for c in f) for f in firsts):
            return  # a start that cannot be told, or "K" (kelvin) that matches "k": keep it simple
        by_char: Dict[str, List[str]] = {}
        for alt, f in zip(alternatives, firsts):
            for c in {ch.lower() for ch in f}:
                by_char.setdefault(c, []).append(alt)
        chars = set().union(*firsts)
        self._scan = re.compile(guard_before + "[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.I)
        self._by_char = {c: compiled(alts) for c, alts in by_char.items()}

    def find(self, text: str) -> List[int]:
        """Sorted positions where an alternative matches."""
        if self._scan is None:
            return [m.start() for m in self._all.finditer(text)]
        out = []
        by_char, every = self._by_char, self._all
        for m in self._scan.finditer(text):
            pos = m.end() - 1
            # a character whose lower case is no key (an exotic case folding) gets every alternative
            if by_char.get(text[pos].lower(), every).match(text, pos) is not None:
                out.append(pos)
        return out


def matches_at(pattern: "re.Pattern[str]", text: str, starts: Sequence[int]) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)`` for a pattern that can only match at one of ``starts`` (sorted):
    the same non-overlapping matches, tried only there."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            yield m
            end = m.end()
