"""Person-name surrogates that keep form, case, gender and links between name variants.

Each name part is replaced on its own, from a keyed HMAC of (group, part kind, normalised part):
every "Smith" of a group becomes the same last name, every "John" the same first name, and the
first letter of a surrogate first name follows a per-group letter permutation, so "J." becomes the
initial of John's surrogate. "John Smith", "SMITH, JOHN", "Mr. Smith", "J. Smith" and "John" thus
all map onto one surrogate person, written in the original form and case.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from .casing import apply_case, case_style
from .cjk import NAME_PREFIXES, NAME_TITLES, split_affixes
from .cultures import culture_of, gender_in, pool_for
from .fakers import locale_for, name_list
from .keys import KeyDeriver, normalise

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "srta", "don", "dona", "mme",
          "mlle", "herr", "frau", "sir", "madam", "nurse", "rev", "fr"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "md", "rn", "phd", "do", "np", "pa", "dds", "lpn", "pharmd"}
PARTICLES = {"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "dos", "das"}
_COMMON_INITIALS = "ABCDEGHJKLMNPRST"  # well stocked in Faker's first-name lists for both genders
_WORD = re.compile(r"[^\s,;/]+")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?){1,3}$")
_CJK = re.compile(r"^[\u3400-\u9fff]{1,8}$")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _gender_sets(locales: Tuple[str, ...]) -> Tuple[frozenset, frozenset]:
    male, female = set(), set()
    for loc in locales:
        male.update(normalise(n) for n in name_list(loc, "male")[0])
        female.update(normalise(n) for n in name_list(loc, "female")[0])
    return frozenset(male), frozenset(female)


def gender_of(first: str, locales: Sequence[str]) -> Optional[str]:
    """'male' or 'female' when the first name is in only one of the locales' gendered lists; a
    name both ways somewhere ("Maria" is also a man's second name in Spanish lists) takes the
    gender of the English (US) lists when they give one."""
    key = normalise(first)
    for group in (tuple(sorted(set(locales) | {"en_US"})), ("en_US",)):
        male, female = _gender_sets(group)
        if key in male and key not in female:
            return "male"
        if key in female and key not in male:
            return "female"
    return None


@dataclass
class _Part:
    start: int
    end: int
    text: str
    role: str  # title | suffix | first | middle | last | initial | cjk


def _is_initials(word: str) -> bool:
    return bool(_INITIALS.match(word)) and (word.endswith(".") or len(word) == 1 or word.isupper() and len(word) <= 2)


# Languages whose names carry two family names ("Begoña Arrieta Salcedo": given name, the
# father's and the mother's family names), each replaced on its own.
TWO_SURNAME_LANGS = frozenset({"es"})


def parse_name(text: str, lang: str = "en") -> List[_Part]:
    """Split a name string into parts with roles; separators are the gaps between parts."""
    words = [_Part(m.start(), m.end(), m.group(), "") for m in _WORD.finditer(text)]
    if len(words) == 1 and _CJK.match(words[0].text):
        words[0].role = "cjk"
        return words
    i, j = 0, len(words)
    while i < j - 1 and normalise(words[i].text) in TITLES:
        words[i].role = "title"
        i += 1
    while j - 1 > i and normalise(words[j - 1].text) in SUFFIXES:
        words[j - 1].role = "suffix"
        j -= 1
    core = words[i:j]
    if not core:
        return words
    comma = text.find(",", core[0].start, core[-1].end)
    if comma >= 0:
        last = [w for w in core if w.end <= comma]
        given = [w for w in core if w.start > comma]
    elif len(core) == 1:
        core[0].role = "single"
        return words
    else:
        k = len(core) - 1
        while k > 1 and normalise(core[k - 1].text) in PARTICLES:
            k -= 1
        if lang in TWO_SURNAME_LANGS and k >= 2 and not _is_initials(core[k - 1].text):
            k -= 1  # "Begoña Arrieta Salcedo": two family names
            while k > 1 and normalise(core[k - 1].text) in PARTICLES:
                k -= 1
        given, last = core[:k], core[k:]
    for n, w in enumerate(given):
        if _is_initials(w.text):
            w.role = "initial"
        else:
            w.role = "first" if n == 0 else "middle"
    if last and lang in TWO_SURNAME_LANGS and comma < 0 and not any(normalise(w.text) in PARTICLES for w in last):
        for w in last:  # each family name on its own
            w.role = "last"
        return words
    if last:  # "van der Berg" is one last name
        merged = _Part(last[0].start, last[-1].end, text[last[0].start: last[-1].end], "last")
        words = [w for w in words if w not in last]
        words.insert(next((n for n, w in enumerate(words) if w.start > merged.start), len(words)), merged)
    return words


class NameSurrogates:
    """Replaces the person names of one document (all at once, so single words can be resolved)."""

    def __init__(self, keys: KeyDeriver, locales: Dict[str, List[str]], keep_culture: bool = False) -> None:
        self.keys = keys
        self.locales = locales
        self.keep_culture = keep_culture
        self._all_locales = sorted({loc for locs in locales.values() for loc in locs})
        # group -> first name -> the gender its surrogates take, fixed at its first mention in the
        # group so that every later mention gets the same surrogate
        self._genders: Dict[str, Dict[str, Optional[str]]] = {}
        self._fixed: Dict[str, Set[str]] = {}  # group -> first names whose surrogate was already given
        self._roles: Dict[str, Dict[str, str]] = {}  # group -> name word -> "first" / "last" where written in full

    def forget(self) -> None:
        """Forget the genders, roles and given surrogates remembered per group."""
        self._genders, self._fixed, self._roles = {}, {}, {}

    # -- per-group letter permutation for initials -------------------------------------------
    def _initial_map(self, group: str) -> Dict[str, str]:
        rng = self.keys.rng(group, "initials")
        common = list(_COMMON_INITIALS)
        while True:
            target = common[:]
            rng.shuffle(target)
            if all(a != b for a, b in zip(common, target)):
                break
        mapping = dict(zip(common, target))
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            if letter not in mapping:
                mapping[letter] = rng.choice([c for c in common if c != letter])
        return mapping

    # -- one name part -----------------------------------------------------------------------
    def _choose(self, group: str, kind: str, value: str, lang: str, forbidden: Set[str],
                taken: Dict[str, str], initial: Optional[str] = None, gender_hint: Optional[str] = None) -> str:
        key = normalise(value)
        culture = culture_of(value, kind) if self.keep_culture and lang == "en" else None

        def with_initial(pool: List[Tuple[str, float]]) -> Iterator[List[Tuple[str, float]]]:
            narrowed = [(n, w) for n, w in pool if ascii_fold(n)[:1].upper() == initial] if initial else []
            if narrowed:
                yield narrowed
            yield pool

        def pools() -> Iterator[List[Tuple[str, float]]]:
            # The best pool first: the culture's names with the initial the group's letter map
            # gives; when a small pool has no free name left (a culture with few names of that
            # initial, all taken by this patient's other names), the initial, then the culture,
            # give way -- never the note: failing here once withheld whole notes (0.1% of synthetic
            # notes). Built lazily: the locale's long lists are read only when needed.
            if culture is not None:  # "Nguyen" -> another Vietnamese family name, in Latin letters
                gender = (gender_hint or gender_in(culture, value) or gender_of(value, self._all_locales)) if kind == "first" else None
                yield from with_initial([(n, 1.0) for n in pool_for(culture, kind, gender)])
            locale = locale_for(self.locales, lang, self.keys.integer(group, "locale", kind, key))
            if kind == "last":
                names, weights = name_list(locale, "last")
            else:
                names, weights = name_list(locale, gender_hint or gender_of(value, self._all_locales) or "any")
            yield from with_initial(list(zip(names, weights)))

        for level, pool in enumerate(pools()):
            for attempt in range(64):
                # the first pool draws as before (surrogates stay what they were); later ones apart
                rng = self.keys.rng(group, kind, key, str(attempt), *([f"wider{level}"] if level else []))
                name = rng.choices([n for n, _ in pool], weights=[w for _, w in pool])[0]
                nkey = normalise(name)
                owner = taken.get(nkey)
                if nkey != key and nkey not in forbidden and (owner is None or owner == key):
                    taken[nkey] = key
                    return name
        raise RuntimeError("Could not find a distinct surrogate name part")  # no PHI in message

    def _replace_word(self, group: str, kind: str, word: str, lang: str, forbidden: Set[str],
                      taken: Dict[str, Dict[str, str]], imap: Dict[str, str], gender_hint: Optional[str] = None) -> str:
        """A first or last name word; hyphenated parts are replaced one by one."""
        pieces = word.split("-")
        out = []
        for piece in pieces:
            core = piece.strip(".'’()\"")
            if not core or not any(c.isalpha() for c in core):
                out.append(piece)
                continue
            initial = None
            first = ascii_fold(core)[:1].upper()
            if kind == "first" and "A" <= first <= "Z":
                initial = imap[first]
            name = self._choose(group, kind, core, lang, forbidden, taken.setdefault(kind, {}), initial,
                                gender_hint if kind == "first" else None)
            lead = piece[: piece.find(core)]
            trail = piece[piece.find(core) + len(core):]
            out.append(lead + self._cased(core, name) + trail)
        return "-".join(out)

    @staticmethod
    def _cased(original: str, value: str) -> str:
        style = case_style(original)
        return apply_case(style, value) if style in ("upper", "lower") else value

    def _initials(self, word: str, imap: Dict[str, str]) -> str:
        def sub(m: "re.Match[str]") -> str:
            letter = ascii_fold(m.group())[:1].upper()
            new = imap.get(letter, "M")
            return new if m.group().isupper() else new.lower()

        return re.sub(r"[^\W\d_]", sub, word)

    def _cjk(self, word: str, group: str, forbidden: Set[str], taken: Dict[str, Dict[str, str]]) -> str:
        """Chinese names: "林醫師" -> surname + title kept, "小美" -> prefix kept, "張志誠" -> full name."""
        core, title = split_affixes(word, NAME_TITLES)
        core, prefix = split_affixes(core, NAME_PREFIXES, prefix=True) if len(core) <= 2 else (core, "")
        if prefix or len(core) == 1 and not title and len(word) == 1:
            given = core
            for attempt in range(16):  # a nickname keeps only the end of the given name
                full = self._choose(group, "first", f"{core}#{attempt}", "zh", forbidden, taken.setdefault("first", {}))
                given = full[-len(core):] if len(full) >= len(core) else full
                if given != core and given not in forbidden:
                    break
            return prefix + given
        if len(core) == 1:
            return self._choose(group, "last", core, "zh", forbidden, taken.setdefault("last", {})) + title
        last = self._choose(group, "last", core[0], "zh", forbidden, taken.setdefault("last", {}))
        first = self._choose(group, "first", core[1:], "zh", forbidden, taken.setdefault("first", {}))
        return last + first + title

    # -- the document ------------------------------------------------------------------------
    def _gender_memory(self, group: str, parsed: Sequence[Sequence[_Part]],
                       genders: Sequence[Optional[str]]) -> Dict[str, Optional[str]]:
        """The gender each first name of the document takes: the one fixed at its first mention
        in the group, else the first cue the document gives it ("Mr. Chinedu Okafor"), else None
        (the name lists decide)."""
        if len(self._genders) > 50000:
            self._genders, self._fixed = {}, {}
        memory = self._genders.setdefault(group, {})
        for parts, gender in zip(parsed, genders):
            for p in parts:
                if p.role in ("first", "single", "middle"):
                    key = normalise(p.text)
                    if key not in memory or (memory[key] is None and gender and p.role != "single"
                                             and key not in self._fixed.get(group, set())):
                        memory[key] = gender
        return memory

    def _role_memory(self, group: str, parsed: Sequence[Sequence[_Part]]) -> Dict[str, str]:
        """The role (first or last) each name word had where the group wrote it in full: a later
        "Kim" alone is the family name of "Paul Kim" and gets the same surrogate."""
        if len(self._roles) > 50000:
            self._roles = {}
        memory = self._roles.setdefault(group, {})
        for parts in parsed:
            for p in parts:
                if p.role in ("first", "last"):
                    memory.setdefault(normalise(p.text), p.role)
        return memory

    def for_document(self, names: Sequence[str], group: str, lang: str,
                     extra_forbidden: Iterable[str] = (), genders: Optional[Sequence[Optional[str]]] = None,
                     after_title: Optional[Sequence[bool]] = None) -> List[str]:
        """Surrogates for the name strings of one document, in order; ``genders``: a cue gender
        per name ("Mr." before it), or None; ``after_title``: a title right before the name in the
        text ("Dr. Kim": a single word is then a family name)."""
        parsed = [parse_name(n, lang) for n in names]
        roles = self._role_memory(group, parsed)
        after_title = list(after_title) if after_title is not None else [False] * len(names)
        memory = self._gender_memory(group, parsed, genders or [None] * len(names))
        firsts = {normalise(p.text) for ps in parsed for p in ps if p.role == "first"}
        lasts = {normalise(p.text) for ps in parsed for p in ps if p.role == "last"}
        forbidden: Set[str] = set(normalise(x) for x in extra_forbidden)
        for ps in parsed:
            for p in ps:
                if p.role not in ("title", "suffix"):
                    forbidden.update(normalise(x) for x in p.text.split("-"))
        imap = self._initial_map(group)
        taken: Dict[str, Dict[str, str]] = {}
        out = []
        for text, parts, title_before in zip(names, parsed, after_title):
            titled = title_before or any(p.role == "title" for p in parts)
            pieces, pos = [], 0
            for p in parts:
                pieces.append(text[pos: p.start])
                pos = p.end
                role = p.role
                if role == "single":
                    key = normalise(p.text)
                    if key in lasts or titled:
                        role = "last"
                    elif key in firsts:
                        role = "first"
                    elif key in roles:  # written in full in an earlier note of the group
                        role = roles[key]
                    elif gender_of(p.text, self._all_locales):
                        role = "first"
                    else:
                        role = "last"
                if role in ("title", "suffix"):
                    pieces.append(p.text)
                elif role == "initial":
                    pieces.append(self._initials(p.text, imap))
                elif role == "cjk":
                    pieces.append(self._cjk(p.text, group, forbidden, taken))
                else:
                    kind = "last" if role == "last" else "first"
                    hint = memory.get(normalise(p.text)) if kind == "first" else None
                    if kind == "first":
                        self._fixed.setdefault(group, set()).add(normalise(p.text))  # its surrogate is out now
                    pieces.append(self._replace_word(group, kind, p.text, lang, forbidden, taken, imap, hint))
            pieces.append(text[pos:])
            out.append("".join(pieces))
        return out
