"""Phone numbers and identifiers read out digit by digit: "call her at five five five, one two
one two", "MRN four four eight eight one two", "téléphone zéro six douze ..." went through every
pipeline untouched (the phone and identifier rules read digits; a dictated or transcribed note,
or someone dodging the rules, writes words).

A run is a sequence, on one line, of words for digits and for the numbers 10 to 99 read out in
pairs ("twelve", "trente-quatre", "treinta y cuatro": two digits), in the notes' language and
English (``digit_words/<lang>.py``), "double"/"triple" before a digit, and groups of one to four
digits, separated by spaces, commas, dots, hyphens, slashes or parentheses. A run of at
least three words and seven digits or more is PHI (a count, "one two three four five six seven",
is not): PHONE when a phone word stands before it on its line, IDNUM when an identifier's word does
("MRN"), else PHONE for 7, 10 or 11 digits and IDNUM for the rest. Digits alone are left to the phone and identifier
rules. No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Dict, Iterable, List, Optional, Tuple

from .base import PhiMatch, Recognizer, tables_for
from ..lexicons.sources import fold
from .digit_words import LANGS as TABLE_LANGS, tables_of

_TOKEN = re.compile(r"[^\W\d_]+|(?<!\d)\d+")
_GAP = re.compile(r"[ \t,.;:()/\-]{1,4}")
_PHRASE_GAP = (" ", "-")  # inside one number phrase: "thirty-four", "treinta y cuatro"
_PHONE_WORD = re.compile(
    r"(?:phone|tel|telephone|cell|mobile|call|fax|pager|number|reach|text|"
    r"tel[ée]fono|t[ée]l[ée]phone|telefono|telefone|telefon|handy|portable|cellulare|celular|m[óo]vil|"
    r"llamar|appeler|chiamare|anrufen|ligar|numara|n[úu]mero|num[ée]ro|numero|nummer|num[ăa]r)",
    re.I)
_ID_WORD = re.compile(r"(?<![a-z])(?:mrn|mr#|record|acct|account|id|ssn|social security|member|policy|licen[cs]e|"
                      r"passport|dni|nie|nir|cnp|kimlik|codice|versicherten|fallnummer|dossier|historia)(?![a-z])",
                      re.I)
MIN_WORDS = 3
MIN_DIGITS = 7
MAX_DIGITS = 20
PHONE_LENGTHS = (7, 10, 11)
MAX_PHRASE = 4  # words of the longest number phrase ("quatre vingt dix neuf")
SCORE = 0.9


class SpelledNumberRecognizer(Recognizer):
    """Finds phone numbers and identifiers said in digit words."""

    name = "spelled_numbers"
    labels = ("PHONE", "IDNUM")
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        langs = ("en",) + tuple(lg for lg in tables_for(lang, TABLE_LANGS) if lg != "en")
        self.values: Dict[Tuple[str, ...], str] = {}
        self.repeat: Dict[str, int] = {}
        for lg in langs:
            values, repeat = tables_of(lg)
            for words, digits in values.items():
                self.values.setdefault(words, digits)
            self.repeat.update(repeat)
        self.firsts = frozenset(words[0] for words in self.values) | frozenset(self.repeat)
        self._folded: Dict[str, str] = {}

    def _fold(self, low: str) -> str:
        if low.isascii():
            return low
        folded = self._folded.get(low)
        if folded is None:
            folded = fold(low)
            if len(self._folded) < 50_000:
                self._folded[low] = folded
        return folded

    def tokens(self, text: str) -> List[Tuple[int, int, str, bool]]:
        """The number tokens of ``text``: (start, end, digits or "*N" for a repeat word, is words);
        a word that is no number is ("", False) and breaks a run."""
        found = list(_TOKEN.finditer(text))
        out: List[Tuple[int, int, str, bool]] = []
        i = 0
        while i < len(found):
            m = found[i]
            tok = m.group()
            if tok[0].isdecimal():
                out.append((m.start(), m.end(), tok if len(tok) <= 4 else "", False))
                i += 1
                continue
            raw = [tok.lower()]
            folded = [self._fold(raw[0])]
            if raw[0] not in self.firsts and folded[0] not in self.firsts:
                out.append((m.start(), m.end(), "", False))
                i += 1
                continue
            if raw[0] in self.repeat or folded[0] in self.repeat:
                out.append((m.start(), m.end(), f"*{self.repeat.get(raw[0], self.repeat.get(folded[0]))}", True))
                i += 1
                continue
            best = self.values.get(tuple(raw), self.values.get(tuple(folded), ""))
            taken = 0
            for k in range(1, MAX_PHRASE):  # the longest phrase from here
                if i + k >= len(found) or text[found[i + k - 1].end():found[i + k].start()] not in _PHRASE_GAP:
                    break
                nxt = found[i + k].group()
                if nxt[0].isdecimal():
                    break
                raw.append(nxt.lower())
                folded.append(self._fold(raw[-1]))
                value = self.values.get(tuple(raw), self.values.get(tuple(folded)))
                if value is not None:
                    best, taken = value, k
            out.append((m.start(), found[i + taken].end(), best, True))
            i += taken + 1
        return out

    def find(self, text: str) -> Iterable[PhiMatch]:
        out: List[PhiMatch] = []
        run: List[Tuple[int, int, str, bool]] = []
        for tok in self.tokens(text):
            joined = bool(run) and _GAP.fullmatch(text, run[-1][1], tok[0]) is not None
            if not tok[2] or not joined:
                self._close(text, run, out)
                run = []
            if tok[2]:
                run.append(tok)
        self._close(text, run, out)
        return out

    def _close(self, text: str, run: List[Tuple[int, int, str, bool]], out: List[PhiMatch]) -> None:
        """Read a finished run: its digits (a repeat word multiplies the digit after it; one
        without a single digit after it ends the run there), and keep it when it is long enough
        and no count ("one two three four five six seven", "ten nine eight ...")."""
        digits, words, first, last, times = "", 0, None, None, 1
        numbers: List[int] = []
        for start, end, value, is_word in run:
            if value.startswith("*"):
                if times != 1:
                    break  # "double double": no number
                times = int(value[1:])
                first = start if first is None else first
                words += 1
                continue
            if times != 1 and len(value) != 1:
                break  # "double twelve" is not how a number is read out
            digits += value * times
            numbers += [int(value)] * times
            times = 1
            words += is_word
            first = start if first is None else first
            last = end
        if first is None or last is None or words < MIN_WORDS or not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            return
        steps = {b - a for a, b in zip(numbers, numbers[1:])}
        if steps in ({1}, {-1}):
            return  # counting up or down (a neurological check), no number
        line_start = text.rfind("\n", 0, first) + 1
        before = text[max(line_start, first - 40):first]
        if _PHONE_WORD.search(before):
            label = "PHONE"
        elif _ID_WORD.search(before):
            label = "IDNUM"
        else:
            label = "PHONE" if len(digits) in PHONE_LENGTHS else "IDNUM"
        out.append(PhiMatch(first, last, label, SCORE, f"{self.name}.{label.lower()}"))


@lru_cache(maxsize=16)
def _reader(lang: str) -> SpelledNumberRecognizer:
    return SpelledNumberRecognizer(lang)


def read_out(value: str, lang: Optional[str] = None) -> str:
    """``value`` as digits when it is a number read out in words (fewer than three digits written,
    seven or more said), else ``value``: surrogates are made of the digits."""
    if sum(c.isdigit() for c in value) >= 3:
        return value
    said = spelled_digits(value, lang)
    return said if MIN_DIGITS <= len(said) <= MAX_DIGITS else value


def spelled_digits(text: str, lang: Optional[str] = None) -> str:
    """The digits a text says in number words (and digits), in order: "five five five, one two" ->
    "55512", "double five twelve" -> "5512" (the surrogates read a spelled number this way)."""
    out, times = "", 1
    for _, _, value, _ in _reader(lang or "xx").tokens(text):
        if value.startswith("*"):
            times = int(value[1:])
        elif value:
            out += value * (times if len(value) == 1 else 1)
            times = 1
    return out
