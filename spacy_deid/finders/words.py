"""Words of a note with what the lexicon knows of them, for the name and place finders.

The finders work on the raw text (character offsets), independent of the spaCy tokenizer, like
the rule recognizers. A :class:`Word` is a run of letters (with inner apostrophes: "O'BRIEN",
"DR'S"), a number, or one punctuation character; hyphens and slashes are punctuation, so
"ALBRIGHT-NOVAK" is two words joined by "-" (``glued`` tells the finders they touch).

Each letter word gets a *class* from the lexicon (``spacy_deid.lexicons``):

- ``function``: very frequent ordinary words ("and", "will", "may") -- never a name;
- ``ordinary``: ordinary English or medical words, abbreviations and drugs in no name list;
- ``ambiguous``: in a name list but also an ordinary word, very frequent, or reading as an
  ordinary word by its word vector (``lexicons.nameness``): "mary", "bill", "foley", "sensing";
- ``name``: in a name list and nothing else ("nicholson", "vasquez"), or very frequent but no
  ordinary word and reading as a name by its vector ("david", "smith");
- ``unknown``: in no table (rare names, shorthand): context decides. An unknown word one edit
  away from an ordinary word is taken for a misspelling of it ("swolen") and is ``ordinary``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..lexicons.han_syllables import romanised_syllables
from ..lexicons.tables import ABBREV, BIG_PLACE, DRUG, NAME, PLACE, STATE, WORD, Lexicon
from .cues import INFINITIVE_GOVERNORS

# A word of Latin letters, accented ones included ("Siobhán", "Nguyễn", "O'Brien", "D’Souza"):
# read as ASCII only, "Siobhán" was two words and a letter, and a name found as "Siobh" left "án".
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(rf"[{_LATIN}]+(?:['’][{_LATIN}]+)*|\d+|\S")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
ABBREVIATED_TITLES = frozenset("dr drs mr mrs ms st prof rev sr fr".split())
FUNCTION_ZIPF = 5.8  # "will" 6.4, "see" 6.1, "may" 6.0; "small" 5.5 and "bill" 5.2 stay names
COMMON_ZIPF = 4.8  # name-listed words this frequent are ambiguous ("bill", "mark")
UNKNOWN_MAX_ZIPF = 3.0
VERB_END = re.compile(r"(?:ed|ing|ly)$")
_VOWEL = re.compile(r"[aeiouy]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "COs", "PVCs", "ABGs": capitals say nothing
RARE_ZIPF = 2.5  # listed ordinary words rarer than this are read as names under a strong cue ("Foa", "Yahi")
LOW_NAMENESS = 0.3  # listed names whose vectors read as ordinary words ("sensing", "kilo") are ambiguous
# frequent listed names in no word list whose vectors read as names ("david" 0.91, "smith" 0.91;
# "world" 0.03, "texas" 0.56) are names: frequency alone makes them common, not ordinary
STRONG_NAMENESS = 0.85
BIG_PLACE_MAX_ZIPF = 4.0  # "Annapolis" 3.2 is a place, "Normal" 5.0 and "Reading" 5.1 are words
# a big place's word by how much it reads as a proper noun (``lexicons.nameness``, scored for big
# places that are words too): "plaque" .05 and "apex" .03 are words although rare, "cincinnati" .52
# and "nashville" .56 are the cities although frequent; above PROPER_PLACE_MAX_ZIPF the vectors
# of "bay", "valley" and "university" read like a city's, so only a state's name counts there
WORD_NOT_PLACE_NAMENESS = 0.1
PROPER_PLACE_NAMENESS = 0.5
PROPER_PLACE_MAX_ZIPF = 4.3


def has_vowel(lower: str) -> bool:
    """``lower`` holds a vowel (or "y"): names do, shorthand often does not ("prtcl", "pltlts")."""
    return _VOWEL.search(lower) is not None


@dataclass(slots=True)  # slots: half a million words a corpus, faster to build and read
class Word:
    i: int
    start: int
    end: int
    text: str
    lower: str
    kind: str  # "alpha" | "digit" | "punct"
    flags: int = 0
    zipf: float = 0.0
    cls: str = ""  # function | ordinary | ambiguous | name | unknown ("" for non-letters)
    line: int = 0
    typo: bool = False  # an unknown word read as a misspelt ordinary word (its cls is "ordinary")
    glued_digit: bool = False  # touches a number ("5mcq", "SaO2", "RAVENHOLT7")
    raw_cls: str = ""  # the class before the glued-number rule
    spelling: float = 0.0  # of an unknown or typo word: spelled like a name (> 0) or a word (< 0), ``lexicons.spelling``
    reads_as_place: bool = False  # a big place that is a word too reads as the place (``reads_as_place``)
    # read millions of times a corpus: fields, not properties (set from ``kind`` and ``lower``)
    is_alpha: bool = field(init=False)
    base: str = field(init=False)  # lower form without a possessive "'s" ("dr's" -> "dr")

    def __post_init__(self) -> None:
        self.is_alpha = self.kind == "alpha"
        self.base = self.lower[:-2] if self.lower.endswith("'s") else self.lower

    @property
    def is_title(self) -> bool:
        """"Towson", "McDonald"; not "TOWSON", nor a plural acronym ("COs", "PVCs", "ABGs")."""
        return self.text[:1].isupper() and not self.text[1:].isupper() and not _PLURAL_ACRONYM.fullmatch(self.text)

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def nameish(self) -> bool:
        """Could be part of a name: a name-listed word or an unknown one."""
        return self.cls in ("name", "ambiguous", "unknown")

    @property
    def is_place(self) -> bool:
        return bool(self.flags & PLACE)

    @property
    def place_like(self) -> bool:
        """A gazetteer place that is no ordinary word: "Towson", or a big place whose word reads
        as the place (``reads_as_place``: "Annapolis", "Cincinnati"); not "Die", "Wean", "Normal"."""
        if not self.flags & PLACE or self.glued_digit or self.flags & (ABBREV | DRUG):
            return False
        if len(self.text) <= 3 and not self.flags & BIG_PLACE:
            return False  # "KVO", "Ely": a short code or a hamlet, as likely shorthand
        if self.flags & WORD:
            return self.reads_as_place
        # a city of 15,000 or more in no word list is the city, though it is one edit from a word
        # ("allendale"), near a drug's name ("indianola") or frequent on the web ("bucharest")
        return self.cls != "ordinary" or bool(self.flags & BIG_PLACE)

    def cls_for(self, strong: bool) -> str:
        """The class under a strong cue (title, credential, kinship): a misspelling-like
        unknown word ("MRS BRUCER") or a rare listed word that is no abbreviation or drug
        ("wife Maria Foa", "AALAM YAHI IS A 67 YO") counts as unknown there."""
        if strong and self.cls in ("ordinary", "ambiguous") and _INNER_CAPITAL.search(self.text):
            return "unknown"  # "JiU", "MinSu", "DeShawn": a capital inside a word marks a name
        if strong and (self.typo or (self.cls == "ordinary" and self.zipf < RARE_ZIPF and len(self.text) >= 3
                                     and not self.flags & (ABBREV | DRUG) and not self.glued_digit
                                     and not VERB_END.search(self.lower) and has_vowel(self.lower))):
            return "unknown"  # not "mother trached" (a participle), not "MRN" (an acronym)
        return self.cls


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
TYPO_MIN_LEN = 6


def one_edit_variants(word: str) -> List[str]:
    """The strings one edit from ``word`` (a deletion, a swap of neighbours, a substitution or an
    insertion of a letter a-z), the word itself included when a swap of equal letters makes it."""
    out: List[str] = []
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        if b:
            rest = b[1:]
            out.append(a + rest)
            if len(b) > 1:
                out.append(a + b[1] + b[0] + b[2:])
            first = b[0]
            out.extend([a + c + rest for c in _LETTERS if c != first])
        out.extend([a + c + b for c in _LETTERS])
    return out


# a word of the list this rare in English ("paguri", "armatan") makes no misspelling of it:
# one edit from the 195,000 words of the list lies a name of any culture as often as not
TYPO_WORD_MIN_ZIPF = 1.0


def _misspelt_flags(cand: str, lexicon: Lexicon) -> int:
    """The flags of ``cand`` when a word one edit from it reads as its misspelling: a drug or an
    abbreviation, or a word in use (``TYPO_WORD_MIN_ZIPF``), in no name list; else 0."""
    f = lexicon.flags(cand)
    if f & NAME or not (f & (ABBREV | DRUG) or (f & WORD and lexicon.zipf(cand) >= TYPO_WORD_MIN_ZIPF)):
        return 0
    return f


def _listed_variants(word: str, lexicon: Lexicon) -> "set[str]":
    """The strings one edit from ``word`` that the lexicon lists (most are no word at all: one
    set intersection at C speed instead of a lookup each)."""
    return lexicon.entries.keys() & set(one_edit_variants(word))


def looks_like_typo(word: str, lexicon: Lexicon) -> bool:
    """True when one edit (deletion, transposition, substitution, insertion) turns ``word`` into
    an ordinary word that is in no name list ("swolen" -> "swollen", "moribound" -> "moribund").
    Only for words of ``TYPO_MIN_LEN`` letters or more: short rare names are too close to words."""
    if len(word) < TYPO_MIN_LEN or not word.isalpha():
        return False
    return any(_misspelt_flags(cand, lexicon) for cand in _listed_variants(word, lexicon))


def typo_flags(word: str, lexicon: Lexicon) -> int:
    """The lexicon flags of the words that make ``word`` read as a misspelling: ``DRUG`` for
    "dopamin", ``WORD`` for "surgey"."""
    out = 0
    for cand in _listed_variants(word, lexicon):
        out |= _misspelt_flags(cand, lexicon)
    return out


DRUG_SLIP_MIN_LEN = 8  # "vancomicin", "levofloxicin": long enough that a near drug name is that drug
DRUG_SLIP_RATIO = 0.85


def _drugs_by_start(lexicon: Lexicon) -> dict:
    """The lexicon's long drug names by their first two letters, each with its letter counts."""
    index = lexicon.memo.get("drugs_by_start")
    if index is None:
        index = {}
        for d in lexicon.vocabulary(DRUG, NAME):
            if d.isalpha() and len(d) >= DRUG_SLIP_MIN_LEN - 1:
                index.setdefault(d[:2], []).append((d, Counter(d)))
        lexicon.memo["drugs_by_start"] = index
    return index


def looks_like_drug(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` of eight letters or more is nearly a drug name with the same first two
    letters ("vancomicin", "levofloxicin"): a misspelt drug. Clipped drugs ("metol") are left to the
    context (``finders.clinical_context``): short clips collide with names of many cultures."""
    if len(word) < DRUG_SLIP_MIN_LEN or not word.isalpha():
        return False
    from difflib import SequenceMatcher

    counts = Counter(word)
    for d, d_counts in _drugs_by_start(lexicon).get(word[:2], ()):
        if abs(len(d) - len(word)) > 2:
            continue
        total = len(word) + len(d)
        # difflib's two upper bounds first (real_quick_ratio, quick_ratio: the shared letters),
        # computed from counts kept per drug instead of a matcher built per pair
        if 2.0 * min(len(word), len(d)) / total < DRUG_SLIP_RATIO:
            continue
        shared = sum(min(n, counts[c]) for c, n in d_counts.items())
        if 2.0 * shared / total >= DRUG_SLIP_RATIO and SequenceMatcher(None, word, d).ratio() >= DRUG_SLIP_RATIO:
            return True
    return False


CACHE_SIZE = 200_000  # words remembered per lexicon across notes


def classify(word: str, lexicon: Lexicon) -> tuple:
    """(flags, zipf, class, typo) of a lower-case letter word; remembered per lexicon, since the
    tok2vec's lexicon features (``ml.lexicon_embed``) and the finders ask for every new word."""
    cache = lexicon.memo.setdefault("classify", {})
    info = cache.get(word)
    if info is None:
        if len(cache) > CACHE_SIZE:
            cache.clear()
        info = cache[word] = _classify(word, lexicon)
    return info


def _classify(word: str, lexicon: Lexicon) -> tuple:
    flags, zipf = lexicon.lookup(word)
    if flags == 0 and "'" in word:
        if word.endswith("'s"):
            flags, zipf = lexicon.lookup(word[:-2])
        if flags == 0:
            flags, zipf = lexicon.lookup(word.replace("'", ""))
    plain = flags & (WORD | ABBREV | DRUG)
    named = flags & NAME
    nameness = lexicon.nameness(word) if named else None
    if plain and zipf >= FUNCTION_ZIPF:
        cls = "function"
    elif named and (plain or (zipf >= COMMON_ZIPF and not (nameness is not None and nameness >= STRONG_NAMENESS))
                    or (nameness is not None and nameness < LOW_NAMENESS)):
        cls = "ambiguous"
    elif named:
        cls = "name"
    elif plain or zipf >= UNKNOWN_MAX_ZIPF or (flags & PLACE and zipf >= COMMON_ZIPF):
        cls = "ordinary"
    elif len(word) == 1:
        cls = "ordinary"
    elif looks_like_typo(word, lexicon):
        return flags, zipf, "ordinary", True
    elif looks_like_drug(word, lexicon):
        cls = "ordinary"  # a misspelt drug: an ordinary word, no misspelling of a name
    else:
        cls = "unknown"
    return flags, zipf, cls, False


def reads_as_place(flags: int, zipf: float, nameness: Optional[float]) -> bool:
    """Whether a big place whose word the word list holds too reads as the place: rare enough
    ("annapolis") unless its vector reads as an ordinary word ("plaque", "apex"), or frequent but
    reading as a proper noun ("cincinnati", "ohio"; not "normal", "mobile" or "bay")."""
    if not flags & BIG_PLACE or flags & (ABBREV | DRUG):
        return False
    if nameness is None:
        return zipf < BIG_PLACE_MAX_ZIPF
    if nameness < WORD_NOT_PLACE_NAMENESS:
        return False
    if zipf < BIG_PLACE_MAX_ZIPF:
        return True
    return nameness >= PROPER_PLACE_NAMENESS and (zipf < PROPER_PLACE_MAX_ZIPF or bool(flags & STATE))


def _class_cache(lexicon: Lexicon) -> dict:
    """Word classes of one lexicon, kept across notes (cleared when it grows past CACHE_SIZE)."""
    cache = lexicon.memo.setdefault("word_info", {})
    if len(cache) > CACHE_SIZE:
        cache.clear()
    return cache


# marks that glue a word into a longer chain: "Yu-Ju-Li", "ho/lin", "son-in-law"
LINK_MARKS = "-/'"
# syllables that English writes as a prefix before a hyphen ("re-run", "re-ran"): no given name's first half
ENGLISH_PREFIX_SYLLABLES = frozenset({"re"})
# first words of a kinship said in two words with "other": "significant other", "sig other"
KIN_PHRASE_HEADS = frozenset({"significant", "sig", "signif"})


class Words(list):
    """The words of one text (a list of :class:`Word`, indexed at C speed: the finders read
    millions a corpus) plus note-level facts (is the note in ALL CAPS?)."""

    def __init__(self, text: str, lexicon: Lexicon):
        super().__init__()
        self.text = text
        self.lexicon = lexicon
        self.starts: List[int] = []  # start offset of each word, for bisecting character spans
        line = 0
        last = 0
        cache = _class_cache(lexicon)
        for m in _TOKEN.finditer(text):
            s, e = m.span()
            line += text.count("\n", last, s)
            last = s
            tok = m.group()
            if tok[0].isalpha():
                low = tok.lower().replace("’", "'")
                info = cache.get(low)
                if info is None:
                    info = classify(low, lexicon)
                    unknown = info[2] == "unknown" or info[3]  # a misspelling may be a rare name too
                    place = bool(info[0] & WORD) and reads_as_place(info[0], info[1], lexicon.nameness(low))
                    info = cache[low] = (*info, lexicon.spelling_score(low) if unknown else 0.0, place)
                cls = info[2]
                # glued to a number ("5mcq", "SaO2", "2L"): a unit, lab or setting, never a name
                glued = (s > 0 and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit())
                if glued:
                    cls = "ordinary"
                # (positional: the fields' order, i .. reads_as_place)
                w = Word(len(self), s, e, tok, low, "alpha", info[0], info[1], cls, line,
                         info[3], glued, info[2], info[4], info[5])
            elif tok[0].isdigit():
                w = Word(len(self), s, e, tok, tok, "digit", line=line)
            else:
                w = Word(len(self), s, e, tok, tok, "punct", line=line)
            self.append(w)
            self.starts.append(s)
        self._read_kin_phrases()
        self.given_pairs: Dict[int, int] = {}  # each syllable of a romanised given name -> the other
        if "-" in text:
            self._read_romanised_given_names()
        upper = len(_UPPER.findall(text))
        lower = len(_LOWER.findall(text))
        n_letters = upper + lower
        # Case carries information only in mixed-case text (not in ALL CAPS, not in all lower case).
        self.mixed_case = n_letters > 0 and upper / n_letters < 0.5 and upper > 0.02 * n_letters and lower > 0
        # a note written (almost) all in lower case: case says nothing, acronyms are lower case
        self.lower_case = n_letters > 0 and upper <= 0.02 * n_letters

    def _read_kin_phrases(self) -> None:
        """A kinship said in two words reads as its one-word form: both words of "significant
        other" ("sig other", "sig. other", "SO" aside: Subjective/Objective) take the base "partner",
        so every cue that knows "partner" knows them ("pt's sig other Tara", "Tara (sig other)")."""
        for w in self:
            if w.lower not in ("other", "others") or w.i == 0:
                continue
            k = w.i - 1
            if self[k].text == "." and k > 0 and self[k - 1].end == self[k].start:
                k -= 1  # "sig. other"
            head = self[k]
            if head.is_alpha and head.lower in KIN_PHRASE_HEADS and head.line == w.line:
                head.base = w.base = "partner"

    def _read_romanised_given_names(self) -> None:
        """Two syllables of Chinese names joined by a hyphen, and nothing else glued to them, are a
        given name ("Shu-Ching", "YU-HSUAN", "pin-yu", ``lexicons.han_syllables``): both words read
        as names, whatever else they spell ("PIN-YU", "YU-EN"). Not a function word ("so-so") nor
        a letter; English writes no such pairs (none in the design half of the PhysioNet notes)."""
        syllables = romanised_syllables()
        for k in range(1, len(self) - 1):
            a, hyphen, b = self[k - 1], self[k], self[k + 1]
            if hyphen.text != "-" or a.end != hyphen.start or hyphen.end != b.start:
                continue
            if not (a.is_alpha and b.is_alpha and 2 <= len(a.text) <= 6 and 2 <= len(b.text) <= 6):
                continue
            if a.lower not in syllables or b.lower not in syllables or "function" in (a.cls, b.cls) \
                    or a.lower in ENGLISH_PREFIX_SYLLABLES:
                continue
            if a.glued_digit or b.glued_digit or self.linked_before(a) or self.linked_after(b):
                continue  # one link of a longer chain ("Yu-Ju-Li"?) or a slashed list: not read
            for w in (a, b):
                w.cls = w.raw_cls = "name"
            self.given_pairs[a.i], self.given_pairs[b.i] = b.i, a.i

    def linked_before(self, w: Word) -> bool:
        """A hyphen, slash or apostrophe (``LINK_MARKS``) is glued to the start of ``w``."""
        return w.start > 0 and self.text[w.start - 1] in LINK_MARKS

    def linked_after(self, w: Word) -> bool:
        """A hyphen, slash or apostrophe (``LINK_MARKS``) is glued to the end of ``w``."""
        return w.end < len(self.text) and self.text[w.end] in LINK_MARKS

    @property
    def items(self) -> List[Word]:
        """The words (the list itself)."""
        return self

    def lexicon_nameness(self, w: Word) -> Optional[float]:
        """How much a listed name reads as a name by its word vector (None: no vector); a
        possessive by its name ("ster's" as "ster")."""
        return self.lexicon.nameness(w.base)

    def get(self, i: int) -> Optional[Word]:
        return self[i] if 0 <= i < len(self) else None

    def glued(self, a: Word, b: Word) -> bool:
        """True when nothing separates ``a`` and ``b`` (``a.end == b.start``)."""
        return a.end == b.start

    def same_line(self, a: Word, b: Word) -> bool:
        return a.line == b.line

    def sentence_start(self, w: Word) -> bool:
        """First word of its line or after sentence punctuation: its capital says nothing.
        The dot of an abbreviated title ("Dr. Small") ends no sentence."""
        prev = self.get(w.i - 1)
        if prev is None or prev.line != w.line:
            return True
        if prev.text == ".":
            before = self.get(w.i - 2)
            return not (before is not None and before.is_alpha and before.base in ABBREVIATED_TITLES)
        return prev.text in "!?:;*#>-|"

    def infinitive_to(self, k: int) -> bool:
        """Word ``k`` is "to" after a verb or adjective that governs an infinitive ("wants to"), on
        its line: the word after it is a verb ("WANTS TO LEAVE HOSPITAL", "ASKED TO DANGLE")."""
        to, gov = self.get(k), self.get(k - 1)
        return (to is not None and gov is not None and to.lower == "to" and gov.lower in INFINITIVE_GOVERNORS
                and gov.line == to.line)

    def capitalised(self, w: Word) -> bool:
        """A Title-case word inside a sentence of a mixed-case note, or of a note written in lower
        case ("noted, Baltimore reconsult"), of two letters or more: a name cue."""
        return ((self.mixed_case or (self.lower_case and len(w.text) > 1)) and w.is_title
                and not self.sentence_start(w))
