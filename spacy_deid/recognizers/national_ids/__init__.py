"""National identifiers with checksums, one module a country (``es.py``, ``fr.py``, ``it.py``,
``ro.py``, ``tr.py``, ``de.py``, ``cn.py``, ``tw.py``), validated by python-stdnum so that a number of the
right length but the wrong check digit is not taken without its name. In a pipeline of the
identifier's language any valid value counts; elsewhere only one its name announces ("DNI
12345678Z" in an English note). A value of the identifier's shape right after its name counts
even when its check digit is wrong (score ``MISTYPED_SCORE``): a mistyped identifier still points
to its person ("Codice fiscale RSSMRA50C03F205Z" was kept). Label: SSN (the label scheme's
national identifiers)."""
from __future__ import annotations

import importlib
import re
from typing import ClassVar, Iterable, List, Optional

from ..base import PhiMatch, Recognizer
from .spec import NationalId

COUNTRIES = ("es", "fr", "it", "pt", "ro", "tr", "de", "cn", "tw")
MISTYPED_SCORE = 0.7
# letters and digits one to six at a time, spaces (and a dot or hyphen) between
_SPREAD = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{1,6}(?:(?: ?[-.] ?| )[0-9A-Za-z]{1,6}){2,20}(?![0-9A-Za-z])")
_GROUP = re.compile(r"[0-9A-Za-z]{1,6}")
MIN_SPREAD_DIGITS = 7  # the fewest digits of any identifier here (a codice fiscale's)


def all_ids() -> List[NationalId]:
    return [spec for c in COUNTRIES for spec in importlib.import_module(f"{__name__}.{c}").IDS]


class NationalIdRecognizer(Recognizer):
    name = "national_ids"
    labels = ("SSN",)
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.lang = lang or "en"
        self.ids = all_ids()

    def find(self, text: str) -> Iterable[PhiMatch]:
        # runs of short groups that may be an identifier spread out: read once, for every identifier
        spreads = [m for m in _SPREAD.finditer(text)
                   if " " in m.group() and sum(c.isdigit() for c in m.group()) >= MIN_SPREAD_DIGITS]
        for spec in self.ids:
            free = self.lang in spec.langs
            for m in spec.pattern.finditer(text):
                cued = bool(spec.cue.search(text[max(0, m.start() - 40):m.start()]))
                if not spec.is_valid(m.group()):
                    if cued:
                        yield PhiMatch(m.start(), m.end(), "SSN", MISTYPED_SCORE, f"{self.name}.{spec.name}")
                    continue
                if free or cued:
                    yield PhiMatch(m.start(), m.end(), "SSN", 0.95 if cued else 0.85, f"{self.name}.{spec.name}")
            yield from self._spread(text, spec, spreads)

    def _spread(self, text: str, spec: NationalId, spreads: List["re.Match[str]"]) -> Iterable[PhiMatch]:
        """A cued identifier spread out with spaces ("身分證字號 A 1 2 3 4 5 6 7 8 9", "DNI 1234 5678 Z"),
        its groups joined, of the identifier's shape; an evasion, or a form's boxes. The value may
        start at any group of a run ("DNI 1234 5678 Z" is one run with the cue)."""
        for m in spreads:
            groups = list(_GROUP.finditer(text, m.start(), m.end()))
            for k, first in enumerate(groups):
                if not spec.cue.search(text[max(0, first.start() - 40):first.start()]):
                    continue
                for last in reversed(groups[k + 2:]):
                    joined = re.sub(r"[ .-]", "", text[first.start():last.end()])
                    if spec.pattern.fullmatch(joined):
                        score = 0.95 if spec.is_valid(joined) else MISTYPED_SCORE
                        yield PhiMatch(first.start(), last.end(), "SSN", score, f"{self.name}.{spec.name}")
                        break
                break
