"""Ages stated in Arabic: "البالغ من العمر 72 عاماً", "العمر: 64 سنة", "عمره ٤٥ سنة" (the span is
the number alone, in Western or Arabic-Indic digits). Durations ("منذ 15 سنة", for 15 years) have
no age word before them and are left alone. Read in Arabic and multilingual pipelines only."""
from __future__ import annotations

import re
from typing import Iterable

from ..base import ArabicScriptRecognizer, PhiMatch
from .en import stated_age

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_N = r"(?P<n>[0-9٠-٩۰-۹]{1,3})(?![0-9٠-٩۰-۹.,/:])"
_PATTERNS = (
    # "البالغ من العمر 72", "تبلغ من العمر 40"
    re.compile(r"(?:ال)?(?:بالغ|بالغة|يبلغ|تبلغ)\s+من\s+العمر\s+" + _N),
    # "العمر: 64", "عمره 45 سنة", "عمر المريضة 30 عاماً"
    re.compile(r"(?<![\u0600-\u06ff])(?:ال)?عمر(?:ه|ها|\s+المريض|\s+المريضة)?\s*[:=]?\s*" + _N),
)


class ArabicAgeRecognizer(ArabicScriptRecognizer):
    name = "ages_ar"
    labels = ("AGE",)

    def find_script(self, text: str) -> Iterable[PhiMatch]:
        seen = set()
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                match = stated_age(*m.span("n"), int(m["n"].translate(_DIGITS)), self.name)
                if match is None or (match.start, match.end) in seen:
                    continue
                seen.add((match.start, match.end))
                yield match
