"""``phi_word_veto``: a model's name or place that cannot be one in the notes' language is vetoed,
unless a title or honorific stands right before it ("Herr Koch", "Mme Petit"):

- **everyday words**: every word is a common word of the language that is no name ("Erbrechen",
  "einmaliges Erbrechen", "riposo", "reçu des"; ``lexicons/common_words.py``: wordfreq words
  that are no Faker name part and no one-word city of the language's countries);
- **a word in lower case** that is no name particle ("von", "de", "an der"), in a note written in
  mixed case: names and places are capitalised in these languages ("Loslassschmerz positiv",
  "bestehenden rechtsseitigen Unterbauchschmerzen");
- **word endings of common nouns and adjectives** on every word: German "-ung", "-keit", "-itis",
  "-schmerzen", "-isch", ..., French "-tion", "-ique", Italian "-zione", "-ico" (``SUFFIXES``),
  unless the word is a known name part or city.

- **a street that reads as a sentence**: a model's street holding two lower-case words or more
  of three letters or more, not abbreviated ("sc.", "ap.", "jud." are address words), and neither
  name particles nor street words ("rue", "via", "calle", "sokak", "scara"), in a mixed-case
  note: "Am alten Markt 5" is a street, "wegen zunehmender Schmerzen seit gestern" is not.

- **a diagnosis code**: a model's name or place that is an ICD-10 code in parentheses or with its
  decimal ("Hypertonie (I10)", "J45.9"): a code names a disease, not a person or a place (rooms
  and postcodes aside: "Zimmer B12" is a room).

- **a score that reads as a date**: a model's date that is two one-digit numbers with a slash
  ("Kraftgrad 4/5"), in a language that writes dates day first (the date rules' reading,
  ``recognizers/dates/en.py``).

- **a Chinese count read as a date**: a model's date of Han characters and digits that holds no
  calendar element ("三次", "兩年半", "5天"; ``recognizers/dates/zh.py``'s ``calendar_element``) and
  names no holiday ("春節", "中秋": labels.md counts holidays tied to a date).

- **Chinese words that are no name** (``judge_han``): a name of Han characters only that does not
  start with a family name (or 阿/小/老 of a nickname) and is an everyday word of wordfreq's
  Chinese list ("報告", "那邊", "感冒"), unless a title follows it or a naming cue ("我叫") comes
  before it; and a model's name of one Han character without a title after it or 姓 before it
  ("王" alone: people are not called by their family name alone). Chinese names start with the
  family name; a given name said alone ("美玲") is rarely that frequent a word. A profession of
  Han characters must end as a job does ("工程師", "司機", "店員": the last characters of Faker's
  zh_TW and zh_CN jobs, ``han_job_endings``).

The English pipeline has ``phi_lexicon`` for this; these rules are for German, French, Italian,
Spanish, Romanian and Turkish notes, from the orthography of the languages, not from any
corpus. It writes negative evidence
(``doc.spans["phi_not"]``, veto ``veto``) that the merge applies to candidates of vetoable sources
(the NER, the LLM); rules and other sources are never vetoed. Detection only: nothing is removed
here, the redactor's merge decides."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from ..labels import to_coarse
from ..lexicons.common_words import common_words, protected_words
from ..lexicons.sources import fold
from ..merge import DEFAULT_VETOABLE, model_candidates
from ..lexicons.han import HAN_CHARS, han_places, simplify, word_zipf
from ..recognizers.dates.en import ONE_DIGIT_PAIR, DAY_FIRST_LANGS
from ..recognizers.dates.zh import calendar_element
from ..recognizers.han_names import NAME_CUES, TITLE_PATTERN, surnames
from ..recognizers.titled_names import BETWEEN, titles_of
from ..spans import NOT_KEY, SPAN_KEY, add_phi_spans, doc_text

_WORD = re.compile(r"[^\W\d_]+")
# Places whose names hold ordinary lower-case words and common nouns ("Klinik am Park", "rue de la
# Paix", "Azienda ospedaliera"): no rule here applies to them.
NOT_VETOED = frozenset({"HOSPITAL", "ORGANIZATION", "STREET", "DEPARTMENT", "ROOM", "ZIP", "LOCATION"})
_BEFORE = 24  # characters before a candidate read for a title
_EDGE_PUNCT = ".,;:()[]'\"«»„“”!?-–/"
_ALL_HAN = re.compile(f"[{HAN_CHARS}]{{1,6}}")
HAN_WORD_ZIPF = 3.5  # a Chinese "name" this frequent a word, without a family name, is the word
HAN_COMMON_ZIPF = 4.0  # with one ("方便", "高興", "許多"): only this frequent a word
NICK_PREFIXES = frozenset("阿小老")
ICD_CODE = re.compile(r"[A-Z]\d{2}(?P<dec>\.\d{1,3})?")
_NOT_CODES = frozenset({"ROOM", "ZIP"})
_HAN_AND_DIGITS = re.compile(f"[{HAN_CHARS}0-9]+")
# Holidays that name a day ("春節", "中秋節", "除夕"): dates by labels.md when tied to one.
HOLIDAYS = ("節", "节", "除夕", "元旦", "端午", "中秋", "清明", "元宵", "重陽", "重阳", "七夕", "過年", "过年")
# Last characters of jobs that Faker's lists lack: farmer, soldier, police, guard, craftsman, boss.
MORE_JOB_ENDINGS = "夫士察匠商农農官兵警全闆板"


@lru_cache(maxsize=1)
def han_job_endings() -> FrozenSet[str]:
    """Characters that end a Chinese job title: the last character of two or more of Faker's zh_TW
    and zh_CN jobs (traditional and simplified), and ``MORE_JOB_ENDINGS``."""
    from collections import Counter

    from faker.providers.job.zh_CN import Provider as CN
    from faker.providers.job.zh_TW import Provider as TW

    counts = Counter(job[-1] for job in (*TW.jobs, *CN.jobs) if _ALL_HAN.fullmatch(job[-1]))
    counts.pop("他", None)  # "其他" (other)
    return frozenset(c for c, n in counts.items() if n >= 2) | frozenset(MORE_JOB_ENDINGS)
EDGE_VETO = 0.95  # a sure veto: the merge trims a candidate's edge under it (merge.TRIM_VETO)
# Lower-case words that belong inside names and place names.
PARTICLES = frozenset(
    "von van vom zu zum zur der den dem des die an am auf im in ob bei unter vor de del della dei degli di da "
    "du des la le les lès sur sous en et d l y e dos das do bin ibn al el".split())
# Endings of common nouns and adjectives (folded: lower case, no accents), never of a name.
SUFFIXES: Dict[str, Tuple[str, ...]] = {
    "de": ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "tion", "tionen", "itat", "ismus", "itis", "ose",
           "osen", "ektomie", "tomie", "skopie", "graphie", "grafie", "amie", "urie", "pathie", "plastik", "therapie",
           "diagnostik", "befund", "befunde", "schmerz", "schmerzen", "insuffizienz", "stenose", "thrombose", "infarkt",
           "isch", "ische", "ischen", "ischer", "isches", "lich", "liche", "lichen", "licher", "liches", "ig", "ige",
           "igen", "iger", "iges", "iv", "ive", "iven", "iver", "ell", "elle", "ellen", "eller", "iert", "ierte",
           "ierten", "ierter", "bar", "bare", "baren", "los", "lose", "losen", "maßig", "massig"),
    "fr": ("tion", "tions", "sion", "sions", "ique", "iques", "ment", "ments", "ite", "ites", "ose", "oses", "ite",
           "aire", "aires", "ectomie", "scopie", "graphie", "emie", "pathie", "eux", "euse", "euses", "able", "ible"),
    "it": ("zione", "zioni", "sione", "mento", "menti", "ite", "osi", "ico", "ica", "ici", "iche", "oso", "osa", "osi",
           "ose", "ita", "ectomia", "scopia", "grafia", "emia", "patia", "abile", "ibile"),
    "es": ("cion", "ciones", "sion", "miento", "mientos", "itis", "osis", "ico", "ica", "icos", "icas", "oso", "osa",
           "idad", "ectomia", "scopia", "grafia", "emia", "patia", "able", "ible"),
    "ro": ("tie", "tiune", "itate", "ita", "oza", "ectomie", "scopie", "grafie", "emie", "patie", "ic", "ica", "ice"),
    "tr": ("lik", "lık", "luk", "lük", "sizlik", "itis", "oz", "ektomi", "skopi", "grafi", "emi", "pati"),
}


# Street words written in lower case inside an address (folded), besides Faker's prefixes of the
# languages' street names (``street_words``): "12 rue de la Paix", "via Roma 3", "calle Mayor 5".
LOWER_STREET_WORDS = frozenset(
    "rue chemin avenue boulevard impasse allee place quai route cours passage square lieu dit lieu-dit via viale piazza "
    "corso largo vicolo contrada strada calle avenida paseo camino plaza carrer travesia ronda bulevardul aleea "
    "intrarea soseaua drumul str nr no sokak sokagi cadde caddesi cad sok mahallesi mah bulvari apt bloc scara etaj "
    "apartament interno scala piano piso puerta bajo escalera izquierda derecha etage batiment bis ter kat daire".split())
STREET_WORD_MIN = 3  # shorter lower-case words ("sc", "ap", "bl") are address abbreviations
STREET_LOWER_WORDS_MAX = 1  # a street with more lower-case common words than this is a sentence


@lru_cache(maxsize=1)
def street_words() -> FrozenSet[str]:
    """``LOWER_STREET_WORDS`` and the street prefixes and suffixes of Faker's French, Italian,
    Spanish and Romanian address providers, folded."""
    import importlib

    out = set(LOWER_STREET_WORDS)
    for loc in ("fr_FR", "it_IT", "es_ES", "ro_RO"):
        provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        for attr in ("street_prefixes", "street_suffixes"):
            out.update(fold(w) for w in getattr(provider, attr, ()) or () if w != "Street")
    return frozenset(out)


class PhiWordVeto:
    def __init__(self, name: str, lang: str, labels: Sequence[str], veto: float,
                 vetoable_sources: Sequence[str], span_key: str, not_key: str):
        if not 0.0 < veto <= 1.0:
            raise ValueError(f"phi_word_veto: veto must be in (0, 1], not {veto!r}")
        self.name = name
        self.lang = lang
        self.words = common_words(lang)
        self.titles = titles_of(lang)[0] | set(BETWEEN)
        self.suffixes = SUFFIXES.get(lang, ())
        self.names = protected_words()
        self.labels = set(labels)
        self.veto = veto
        self.vetoable = set(vetoable_sources)
        self.span_key, self.not_key = span_key, not_key

    def candidates(self, doc: Doc, found: Optional[List[Tuple[int, int, str]]] = None) -> List[Tuple[int, int, str]]:
        """(start, end, label) of the vetoable sources' names and places (of ``found``, the
        vetoable candidates when already read); facilities, streets and departments are left alone
        ("Centre hospitalier de ...", "impasse des Tilleuls")."""
        found = model_candidates(doc, self.span_key, self.vetoable) if found is None else found
        return [(s, e, label) for s, e, label in found if to_coarse(label) in self.labels and label not in NOT_VETOED]

    def titled(self, text: str, start: int) -> bool:
        before = [fold(w) for w in _WORD.findall(text[max(0, start - _BEFORE):start].split("\n")[-1])]
        return bool(before) and before[-1] in self.titles

    def _words(self, text: str, start: int, end: int) -> List[Tuple[int, int, str]]:
        """(start, end, word) of the span's whitespace-separated words, punctuation stripped."""
        out = []
        for m in re.finditer(r"\S+", text[start:end]):
            raw = m.group()
            lead = len(raw) - len(raw.lstrip(_EDGE_PUNCT))
            word = raw.strip(_EDGE_PUNCT)
            if word:
                out.append((start + m.start() + lead, start + m.start() + lead + len(word), word))
        return out

    def lower_case(self, word: str, mixed: bool) -> bool:
        """A word of letters only (not "3a") in lower case that is no particle, in a mixed-case note."""
        return mixed and len(word) > 1 and word.isalpha() and word[0].islower() and fold(word) not in PARTICLES

    def no_name_word(self, word: str, mixed: bool) -> bool:
        """Lower case, an everyday word, or a common noun's or adjective's ending."""
        if not any(ch.isalpha() for ch in word):
            return False
        folded = fold(word)
        return (self.lower_case(word, mixed) or folded in self.words
                or (len(folded) > 4 and folded.endswith(self.suffixes) and folded not in self.names))

    def judge(self, text: str, start: int, end: int, mixed: bool) -> List[Tuple[int, int, float, str]]:
        """Vetoes for one candidate: the whole of it (every word is no name word), or its edge
        words in lower case ("gez. Schöneberger" -> "Schöneberger")."""
        if self.titled(text, start):
            return []
        words = [w for w in self._words(text, start, end) if any(ch.isalpha() for ch in w[2])]
        if not words:
            return []
        if all(self.no_name_word(w, mixed) for _, _, w in words):
            return [(start, end, self.veto, "words")]
        out = []
        i, j = 0, len(words)
        while i < j and self.lower_case(words[i][2], mixed):
            i += 1
        while j > i and self.lower_case(words[j - 1][2], mixed):
            j -= 1
        if i > 0:
            out.append((start, words[i][0], EDGE_VETO, "edge"))
        if j < len(words):
            out.append((words[j - 1][1], end, EDGE_VETO, "edge"))
        return out

    def sentence_street(self, text: str, start: int, end: int, mixed: bool) -> bool:
        """Whether a model's street holds more than ``STREET_LOWER_WORDS_MAX`` lower-case words that
        are neither name particles nor street words (see the module)."""
        if not mixed:
            return False
        lower = [w for _, e, w in self._words(text, start, end)
                 if self.lower_case(w, mixed) and len(w) >= STREET_WORD_MIN and text[e:e + 1] != "."
                 and fold(w) not in street_words()]
        return len(lower) > STREET_LOWER_WORDS_MAX

    def judge_han(self, text: str, start: int, end: int, label: str) -> bool:
        """Whether a name of Han characters only is an everyday Chinese word, or a profession ends
        as no job does (see the module)."""
        cand = text[start:end]
        if not _ALL_HAN.fullmatch(cand):
            return False
        if to_coarse(label) == "PROFESSION":
            return cand[-1] not in han_job_endings() and simplify(cand[-1]) not in han_job_endings()
        if to_coarse(label) != "NAME":
            return False
        if TITLE_PATTERN.match(text, end) or any(text[max(0, start - len(cue)):start] == cue for cue in NAME_CUES):
            return False
        if simplify(cand) in han_places()[0]:
            return False
        if len(cand) == 1:  # a family name said alone is a name only with a title after it or 姓 before
            return text[start - 1:start] != "姓"
        if cand[0] in surnames() or cand[0] in NICK_PREFIXES:  # a name's shape: only a very common word is none
            return word_zipf(cand) >= HAN_COMMON_ZIPF
        return word_zipf(cand) >= HAN_WORD_ZIPF

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        vetoes = []
        found = model_candidates(doc, self.span_key, self.vetoable)
        for start, end, label in found:
            if self.judge_han(text, start, end, label):
                vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.han.{label}"))
        if self.words or self.suffixes:
            mixed = mixed_case(text)
            for start, end, label in self.candidates(doc, found):
                for s, e, veto, why in self.judge(text, start, end, mixed):
                    vetoes.append((s, e, "NOT_PHI", veto, f"word_veto.{why}.{label}"))
            for start, end, label in found:
                if label == "STREET" and self.sentence_street(text, start, end, mixed):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.sentence.{label}"))
        for start, end, label in found:
            if diagnosis_code(text, start, end) and to_coarse(label) in ("NAME", "LOCATION") and label not in _NOT_CODES:
                vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.icd.{label}"))
        if self.lang == "zh":
            for start, end, label in found:
                if to_coarse(label) == "DATE" and han_count(text[start:end]):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.count.{label}"))
        if self.lang in DAY_FIRST_LANGS:
            for start, end, label in found:
                if to_coarse(label) == "DATE" and ONE_DIGIT_PAIR.fullmatch(text[start:end].strip()):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.score.{label}"))
        add_phi_spans(doc, vetoes, self.name, self.not_key, text)
        return doc


def diagnosis_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an ICD-10 code ("I10", "C43.6") with its decimal or in parentheses."""
    m = ICD_CODE.fullmatch(text[start:end].strip())
    if m is None:
        return False
    return bool(m["dec"]) or (text[start - 1:start] == "(" and text[end:end + 1] == ")")


def han_count(text: str) -> bool:
    """A span of Han characters and digits only with no calendar element and no holiday in it."""
    return (bool(_HAN_AND_DIGITS.fullmatch(text)) and not calendar_element(text)
            and not any(day in text for day in HOLIDAYS))


def mixed_case(text: str) -> bool:
    """A note written in ordinary case: at least a tenth of its words capitalised and a third in
    lower case (not an ALL-CAPS or all-lower-case note, where case tells nothing)."""
    words = _WORD.findall(text[:20000])
    if len(words) < 5:
        return False
    upper = sum(w[:1].isupper() for w in words)
    lower = sum(w[:1].islower() for w in words)
    return upper >= 0.1 * len(words) and lower >= 0.33 * len(words)


@Language.factory(
    "phi_word_veto",
    default_config={"lang": None, "labels": ["NAME", "LOCATION"], "veto": 0.8,
                    "vetoable_sources": list(DEFAULT_VETOABLE), "span_key": SPAN_KEY, "not_key": NOT_KEY},
)
def make_phi_word_veto(nlp: Language, name: str, lang: Optional[str], labels: List[str], veto: float,
                       vetoable_sources: List[str], span_key: str, not_key: str) -> PhiWordVeto:
    """``lang``: the notes' language (default: the pipeline's); a language without a word list
    (``lexicons/common_words.py``) vetoes nothing."""
    return PhiWordVeto(name, lang or nlp.lang, labels, veto, vetoable_sources, span_key, not_key)
