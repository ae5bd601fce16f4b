"""Streets named without a house number: "lives on maple ave", "FOUND DOWN ON MAIN STREET",
"found at the corner of Washington St and 5th Ave", "home address 12 pleasant st".

``recognizers/streets.py`` finds full addresses by their shape (a house number, a name, a street
word). Without the number a street is one to three name words and a street word, and only
context tells it from prose:

1. in a note that capitalises names, the name words and the street word are capitalised
   ("Beacon Street", "Elm St");
2. in any note, a street cue stands right before the name ("on", "off", "corner of") and the
   street word is no shorthand ("street", "ave", "road", "way"); a short one ("st", "dr", "ct":
   sinus tachycardia, doctor, a scan) needs a residence or "corner" before the cue ("lives on elm
   st", "corner of bean st") or a name-like word;
3. in a note without capitals, a house number and an address cue come before the name
   ("lives at 12 pleasant st"): then abbreviations count too.

The name words are never function words, clinical words or care units ("on the road", "on the
street", "uses street drugs", "resp drive" stay).
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from ..recognizers.streets import CLINICAL_WORD
from ..lexicons.tables import ABBREV, DRUG
from .clinical_context import care_unit
from .words import Word, Words

Match = Tuple[int, int, str, float, str]
MAX_NAME_WORDS = 3
# street words that are no clinical shorthand: a street after a street cue, in any case, or
# capitalised with its name in a note that capitalises names ("Beacon Street")
PLAIN_TYPES = frozenset("street avenue ave road rd boulevard blvd lane terrace parkway pkwy highway hwy turnpike "
                        "tpke expressway".split())
# street words that make phrases too ("on his way", "resp drive"): after a street cue only
PHRASE_TYPES = frozenset("way place court drive circle".split())
# shorthand too ("dr" doctor, "ct" a scan, "st" sinus tachycardia, "pl" platelets): after a residence
# and a street cue ("lives on elm st"), or after an address cue and a house number
SHORT_TYPES = frozenset("st dr ln ct pl cir ter".split())
ALL_TYPES = PLAIN_TYPES | PHRASE_TYPES | SHORT_TYPES
# the word right before the name: a street cue
STREET_CUES = frozenset({"on", "off", "of", "onto"})
# words before "on": a residence, which makes a short street word one ("lives on elm st")
RESIDENCE_WORDS = frozenset("lives live living lived resides reside residing apartment apt house home".split())
# words before "of" that make it a street cue ("corner of", "intersection of")
CORNER_WORDS = frozenset({"corner", "intersection", "end", "top", "bottom"})
# address cues before a house number ("lives at 12 pleasant st", "address: 12 ...")
ADDRESS_CUES = frozenset({"at", "address", "addr", "lives", "live", "living", "resides", "home"})
# after the street word: the street is a kind of thing, not a place ("street drugs", "road trip")
NOT_AFTER = frozenset("drug drugs heroin value use user users smarts people person name names level trip rash "
                      "test tests crossing sign signs".split())
# name words that make a common phrase, not a street ("on a long road", "busy street", "resp drive")
NOT_NAME = frozenset("same wrong other busy long rough bumpy icy open dirt side back private public quiet "
                     "whole own resp respiratory ventilatory hypoxic hypercarbic hypercapnic".split())
ORDINAL_SUFFIXES = frozenset("st nd rd th".split())


class StreetNameFinder:
    """Streets named without a house number (see the module's docstring)."""

    def _name_words(self, words: Words, t: int) -> List[int]:
        """Indices of the name words before the street word at ``t``, up to a word that can be no
        part of a street's name; an ordinal ("5th": a number and its glued suffix) is one name word."""
        out: List[int] = []
        k = t - 1
        n = 0
        while k >= 0 and n < MAX_NAME_WORDS:
            w = words[k]
            if w.line != words[t].line or words.text[w.end:words[k + 1].start] != " ":
                break
            num = words.get(k - 1)
            if w.lower in ORDINAL_SUFFIXES and num is not None and num.kind == "digit" and len(num.text) <= 3 \
                    and num.end == w.start and num.line == w.line:
                out += [k, k - 1]  # "5th ave"
                k -= 2
            elif self._name_word(w):
                out.append(k)
                k -= 1
            else:
                break
            n += 1
        return out[::-1]

    @staticmethod
    def _name_word(w: Word) -> bool:
        return (w.is_alpha and len(w.text) > 1 and w.cls != "function" and w.lower not in NOT_NAME
                and not CLINICAL_WORD.match(w.lower) and not care_unit(w.lower))

    @staticmethod
    def _proper(words: Words, names: List[int]) -> bool:
        """Name words that read as a name or place, or an ordinal ("on trujillo ct", "on 6th st"),
        no drug or abbreviation ("on amio st 110s")."""
        first = words[names[0]]
        if first.kind == "digit":
            return True
        return all((words[k].cls in ("name", "unknown") or words[k].place_like)
                   and not words[k].flags & (DRUG | ABBREV) for k in names)

    @staticmethod
    def _cue(words: Words, i: int) -> Optional[str]:
        """The street cue right before word ``i``: "strong" ("lives on", "corner of"), "street"
        ("on", "off"), or None."""
        a = words.get(i - 1)
        if a is None or a.line != words[i].line or a.lower not in STREET_CUES:
            return None
        b = words.get(i - 2)
        before = b.lower if b is not None and b.line == a.line else ""
        if a.lower == "of" and before not in CORNER_WORDS:
            return None
        # "lives on elm st", "corner of bean st": strong enough for a short street word
        return "strong" if before in RESIDENCE_WORDS or a.lower == "of" else "street"

    @staticmethod
    def _house_number(words: Words, i: int) -> bool:
        """A house number of two digits or more before word ``i``, and an address cue before it."""
        n, cue = words.get(i - 1), words.get(i - 2)
        if cue is not None and cue.text == ":":
            cue = words.get(i - 3)
        return (n is not None and n.kind == "digit" and 2 <= len(n.text) <= 6 and n.line == words[i].line
                and cue is not None and cue.line == n.line and cue.lower in ADDRESS_CUES)

    def find(self, words: Words) -> List[Match]:
        out: List[Match] = []
        for t, w in enumerate(words.items):
            if not w.is_alpha or w.lower not in ALL_TYPES:
                continue
            nxt = words.get(t + 1)
            if nxt is not None and nxt.line == w.line and nxt.lower in NOT_AFTER:
                continue
            names = self._name_words(words, t)
            if not names:
                continue
            # the name's words and the street word; an ordinal's glued suffix ("5th") is part of its number
            members = [words[k] for k in names if not (words[k].lower in ORDINAL_SUFFIXES and words[k - 1].kind == "digit")]
            members.append(w)
            capitalised = words.mixed_case and all(m.text[:1].isupper() or m.text[:1].isdigit() for m in members)
            cue = self._cue(words, names[0])
            start = words[names[0]].start
            after_number = nxt is not None and nxt.line == w.line and nxt.kind == "digit"
            if words.lower_case and self._house_number(words, names[0]):
                score, start = 0.8, words[names[0] - 1].start  # "lives at 12 pleasant st"
            elif capitalised and (w.lower in PLAIN_TYPES or cue is not None):
                score = 0.85  # "Beacon Street", "on Elm St"
            elif words.mixed_case and not all(m.text[:1].isupper() or not m.is_alpha for m in members[:-1]):
                continue  # a lower-case name in a note that capitalises names: a phrase
            elif cue is not None and w.lower not in SHORT_TYPES:
                score = 0.75  # "on maple ave", "FOUND DOWN ON MAIN STREET", "on Maple ave"
            elif cue == "strong" or (cue is not None and not after_number and self._proper(words, names)):
                score = 0.75  # "lives on elm st", "found on guzman st", "ON 6TH ST"
            else:
                continue
            out.append((start, w.end, "STREET", score, "streets.named"))
        return out
