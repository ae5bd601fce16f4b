"""ORGANIZATION recognizer: the employer named after a word of working there ("employee of
Raytheon", "works at Home Depot", "worked for UPS for 30 years", "Employer: Acme Corp") or of
heading or owning it ("CEO of IBM", "owner of Gino's Pizza");
labels.md counts employers, schools and companies as places (ORGANIZATION). The model missed
them ("Pt is a 45 y/o employee of Raytheon" came out unchanged).

In a note in mixed case the employer is the run of capitalised words after the cue (with "of",
"and", "&" inside: "Bank of America", "Procter & Gamble"); in a note in capitals or in lower case,
where case says nothing, the words up to the first punctuation, function word or frequent everyday
word ("works at walmart as a cashier" -> "walmart"), at most three: brands are in the word list
too, but rarer than "home" or "hospital". Everyday words right after the cue
make no employer ("works at home", "works for himself", "worked at night"); nor does a title (a
person: "works for Dr. Lowe"). No evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable, List, Optional

from ._context import words_from
from .base import PhiMatch, Recognizer

_CUE = re.compile(
    # not "work of breathing", "worked with PT": "of" and "with" only after nouns of employment
    r"(?<![A-Za-z])(?:(?:works|worked|working|work|interned|interns)\s+(?:at|for)|employed\s+(?:at|by|with)|"
    # "works in sales for Acme", "worked as a machinist at GE": a trade or department between
    r"(?:works|worked|working)\s+(?:in|as)\s+(?:an?\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+(?:at|for)|"
    r"(?:employee|employment|job|jobs)\s+(?:at|of|with)|(?:retired|retiring)\s+from|"
    r"(?:volunteers|volunteered|volunteering)\s+(?:at|for)|employer\s*[:=-]|employed\s*:|"
    r"employment\s*[:=-]|occupation\s*:[^\n.;]{0,40}?\s+(?:at|for)|"
    # who heads or owns a company: "CEO of IBM", "owner of Gino's Pizza", "president of Acme"
    r"(?:ceo|cfo|coo|cto|president|co-?owner|owner|co-?founder|founder|chairman|chairwoman)\s+(?:of|at))"
    r"\s+(?:the\s+)?", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*[A-Za-z]|[A-Z]")
CONNECTORS = frozenset({"of", "and", "&", "de", "the", "for"})
TITLES = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."})
# every cue starts with one of these: the cue is tried only where one stands (a scan of the whole
# note with the cue's pattern cost a tenth of all the rules' time on ICU notes)
CUE_STEMS = ("work", "employ", "job", "retir", "volunteer", "intern", "occupation", "ceo", "cfo", "coo", "cto",
             "president", "owner", "founder", "chair")
_STEM = re.compile("|".join(CUE_STEMS), re.I)
MAX_CASELESS_WORDS = 3
MAX_WORDS = 5
SCORE = 0.8
# Capitalised everyday words that open no name after a cue ("Works at Home" is at home).
SENTENCE_WORDS = frozenset({"home", "night", "nights", "day", "days", "weekends", "present", "times", "least"})


CASELESS_ORDINARY_ZIPF = 4.5  # "home", "night", "hospital", "construction"; brands are rarer ("walmart" 4.0, "ups" 4.4)


def _ordinary(word: str, zipf: float = 0.0) -> bool:
    """An everyday word in no name or place list at least this frequent ("home", "himself")."""
    from ..lexicons.tables import ABBREV, NAME, PLACE, WORD, load_lexicon

    lexicon = load_lexicon()
    low = word.lower().strip(".'’")
    flags = lexicon.flags(low)
    return (bool(flags & (WORD | ABBREV)) and not flags & (NAME | PLACE) and lexicon.zipf(low) >= zipf) or lexicon.zipf(low) >= 5.0


class EmployerRecognizer(Recognizer):
    """Finds employers after a word of working there."""

    name = "employers"
    labels = ("ORGANIZATION",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        starts = [m.start() for m in _STEM.finditer(text)]
        if not starts:
            return []
        out: List[PhiMatch] = []
        caseless = None
        for start in starts:
            m = _CUE.match(text, start)
            if m is None:
                continue
            if caseless is None:  # the note's case, read once and only where a cue stands
                letters = sum(c.isalpha() for c in text)
                upper = sum(c.isupper() for c in text)
                caseless = not letters or upper > 0.9 * letters or upper <= 0.02 * letters
            run = self._run(text, m.end(), caseless)
            if run is not None:
                out.append(PhiMatch(run[0], run[1], "ORGANIZATION", SCORE, self.name))
        return out

    @staticmethod
    def _run(text: str, pos: int, caseless: bool) -> Optional[tuple]:
        words = words_from(text, pos, _WORD, MAX_WORDS)
        if not words or words[0].group().lower() in TITLES or words[0].group().lower() in CONNECTORS:
            return None
        taken = []
        for w in words:
            token = w.group()
            if caseless:
                if (len(taken) >= MAX_CASELESS_WORDS or token.lower() in CONNECTORS
                        or _ordinary(token, CASELESS_ORDINARY_ZIPF)):
                    break
            elif not (token[0].isupper() or (token.lower() in CONNECTORS and taken)):
                break
            taken.append(w)
        while taken and taken[-1].group().lower() in CONNECTORS:
            taken.pop()
        if not taken or (not caseless and len(taken) == 1 and _ordinary(taken[0].group()) and taken[0].group().istitle()
                         and taken[0].group().lower() in SENTENCE_WORDS):
            return None
        return taken[0].start(), taken[-1].end()


__all__ = ["EmployerRecognizer"]
