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
  note: "Am alten Markt 5" is a street, "wegen zunehmender Schmerzen seit gestern" is not; and a
  German street with no house number that names no street type, is no short "Am ..." and holds
  a word in lower case ("Am Hasenstall" is one, "HBVs-Antigen negativ" is not; capitalised words
  alone may be a name the model mislabelled, and stay).

- **a diagnosis code**: a model's name or place that is an ICD-10 code in parentheses or with its
  decimal ("Hypertonie (I10)", "J45.9"): a code names a disease, not a person or a place (rooms
  and postcodes aside: "Zimmer B12" is a room).

- **an hour** (``hour_of_day``): a model's date that is a lone number up to 24 with an hour word
  before or after it ("alle ore 3.", "um 14 Uhr", "à 3 heures", "saat 3"): a time of day.

- **a score that reads as a date**: a model's date that is two one-digit numbers with a slash
  ("Kraftgrad 4/5"), in a language that writes dates day first (the date rules' reading,
  ``recognizers/dates/en.py``).

- **a Chinese count read as a date**: a model's date of Han characters and digits that holds no
  calendar element ("三次", "兩年半", "5天"; ``recognizers/dates/zh.py``'s ``calendar_element``) and
  names no holiday ("春節", "中秋": labels.md counts holidays tied to a date).

- **a name with no letter** in any script ("70", "56"): digits are no name.

- **after a title** (Latin-script languages, mixed case), a model's name ends before its first
  everyday lower-case word and never in a particle ("Frau Pohlmann erholt sich" -> "Pohlmann",
  "Herrn K. am" -> "K."), unless that word follows an initial ("Prof. Dr. d. türk": a surname in
  lower case); a lone lower-case word between the dots of a title and a degree is a degree ("Dr.
  med. univers."); after a kinship word an everyday lower-case word is a verb ("Die Mutter
  erzählte"). Without a title, a clause before the name is cut off ("Heute wollte Lotte"),
  and so is a clinical compound after it ("Brenner Chefarzt": ``HEADS``); a name's single letter
  glued to a hyphen is a code's ("E-Nr.").

- **a model's date with no date's shape** (``date_like``: no year, day and month, month name,
  season or lone one- or two-digit number) that holds a word or has a unit after it ("12
  Monaten", "3862 µm", "1750" before "mg") is none; digits alone and numbers of five digits or
  more stay (an identifier or phone number the model called a date). Lower-case words at a
  date's edges that are no month or date word are cut off ("am 12.3.24 durchgeführten").

- **shapes of a letter** (``letter_shape``): a model's place that is a value with its unit ("250ml",
  "18" before "mmHg"), "St. p." (status post), and a street without a number ending in a colon (a
  heading) are none.

- **an English word in a Chinese note** (``english_word``): a model's name that is one English
  word in lower case, an everyday word that is no name or reads more as a word ("check", "sure"),
  or in capitals, a medical abbreviation that is no name ("EKG"): Chinese-English notes write
  English names capitalised.

- **Chinese words that are no name** (``judge_han``): a name of Han characters only that does not
  start with a family name (or 阿/小/老 of a nickname) and is an everyday word of wordfreq's
  Chinese list ("報告", "那邊", "感冒"), unless a title follows it or a naming cue ("我叫") comes
  before it; and a model's name of one Han character without a title after it or 姓 before it
  ("王" alone: people are not called by their family name alone); 阿 before a word or a particle
  is the interjection ("阿有", "阿反正"), and in a Chinese note a name with a digit ("K2") is none;
  a name with clause punctuation
  ("藥，") or, not starting with a family name or 阿/小/老, with a pronoun or particle ("對阿都",
  "為它"). A date that is a list of one- or two-digit numbers ("8、9", "25、50") is none. Chinese names start with the
  family name; a given name said alone ("美玲") is rarely that frequent a word. A profession of
  Han characters must end as a job does ("工程師", "司機", "店員": the last characters of Faker's
  zh_TW and zh_CN jobs, ``han_job_endings``) and hold no digit or clause punctuation ("才62",
  "沒有，是有一兩天"); a place ("禮拜三", "五樓", "健康") that is a weekday, a floor, or an everyday
  word that is no place of the gazetteer is none. Spoken particles at a span's edges are cut off
  ("北投區喔", "阿九月十號"; a name keeps a leading 阿), and so is an everyday word that a model's
  place runs into after a listed place ("高雄長大", "美國念書"; ``place_tail``).

- **the shape of a transcribed Chinese conversation**: a model's name, place or profession that
  takes in a speaker's tag ("醫師：都會有", "民眾：學名藥": a turn's "role：" after the end of the
  last one; a span never runs across a turn), one made of interjections and laughter only
  ("哈哈哈", "恩恩恩", "阿～"), and a department or specialty ("內科", "皮膚科": an everyday word
  itself, or an everyday word of two characters or more before 科; not "竹科", a science park;
  generic places are no PHI by labels.md).

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
from ..lexicons.common_words import common_words, function_words, protected_words
from ..lexicons.sources import fold
from ..merge import DEFAULT_VETOABLE, model_candidates
from ..lexicons.han import ADMIN_SUFFIXES, HAN_CHARS, han_places, simplify, word_zipf
from ..recognizers.dates.en import ONE_DIGIT_PAIR, DAY_FIRST_LANGS
from ..recognizers.dates.zh import calendar_element
from ..recognizers.han_names import FUNCTION_CHARS, NAME_CUES, TITLE_PATTERN, surnames
from ..recognizers.street_forms.de import BARE_STREET
from ..recognizers.titled_names import BETWEEN, kin_of, titles_of
from ..spans import NOT_KEY, SPAN_KEY, add_phi_spans, doc_text

_WORD = re.compile(r"[^\W\d_]+")
# Places whose names hold ordinary lower-case words and common nouns ("Klinik am Park", "rue de la
# Paix", "Azienda ospedaliera"): no rule here applies to them.
NOT_VETOED = frozenset({"HOSPITAL", "ORGANIZATION", "STREET", "DEPARTMENT", "ROOM", "ZIP", "LOCATION"})
_BEFORE = 24  # characters before a candidate read for a title
_EDGE_PUNCT = ".,;:()[]'\"«»„“”!?-–/"
_ALL_HAN = re.compile(f"[{HAN_CHARS}]{{1,6}}")
_HAN_CHAR = re.compile(f"[{HAN_CHARS}]")
HAN_WORD_ZIPF = 3.5  # a Chinese "name" this frequent a word, without a family name, is the word
HAN_COMMON_ZIPF = 4.0  # with one ("方便", "高興", "許多"): only this frequent a word
NICK_PREFIXES = frozenset("阿小老")
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
ENGLISH_NAMENESS_MIN = 0.5  # a lower-case English word that is also a name reads as one from here ("amy" 0.9, "fine" and "style" far less)
ICD_CODE = re.compile(r"[A-Z]\d{2}(?P<dec>\.\d{1,3})?")
_NOT_CODES = frozenset({"ROOM", "ZIP"})
_HAN_AND_DIGITS = re.compile(f"[{HAN_CHARS}0-9]+")
# Holidays that name a day ("春節", "中秋節", "除夕"): dates by labels.md when tied to one.
HOLIDAYS = ("節", "节", "除夕", "元旦", "端午", "中秋", "清明", "元宵", "重陽", "重阳", "七夕", "過年", "过年")
# A speaker's tag in a transcript: at the start of the text or after the end of a turn, a role of
# one to four Han characters (and a letter: "醫師A") and a colon (NFKC turns "：" into ":").
TURN_TAG = re.compile(f"(?:^|(?<=[。？！?!，,…⋯～」）)\\s]))[{HAN_CHARS}]{{1,4}}[A-Za-z]?[：:]")
# Interjections and laughter as transcripts write them, and the punctuation around them.
INTERJECTIONS = frozenset("哈呵嘿恩嗯喔哦噢阿啊欸誒痾呃齁蛤唉呦亨哼嘖喂耶～…⋯，。、！？!?,. ")
DEPARTMENT = re.compile(f"(?P<stem>[{HAN_CHARS}]{{1,5}})科")
DEPARTMENT_ZIPF = 2.8  # "內科", "眼科", "婦產科": a specialty that is itself an everyday word
DEPARTMENT_STEM_ZIPF = 3.0  # "皮膚", "小兒", "腫瘤": an everyday word of two characters or more before 科
TRANSCRIPT_LABELS = ("NAME", "LOCATION", "PROFESSION")
# Sentence particles that end a spoken clause ("北投區喔", "4月12阿"): cut off a span's end; off its
# start too ("阿九月十號") except for a name ("阿明" is a nickname). 恩 and 阿 also end given names.
END_PARTICLES = frozenset("喔啦啊齁嘛耶欸呢吧餒捏哦嗯")
EDGE_PARTICLES = END_PARTICLES | frozenset("阿恩")
# A Chinese place that is a weekday or a floor ("禮拜三", "五樓"): a time, or a generic place.
HAN_NO_PLACE = re.compile(r"(?:禮拜|星期|週|周)[一二三四五六日天]|[一二三四五六七八九十0-9]+樓")
HAN_PLACE_LABELS = ("CITY", "STATE", "COUNTRY", "LOCATION_OTHER")
_CLAUSE_PUNCT = re.compile(r"[，。？！、,?!]")
_HAN_CLAUSE_PUNCT = re.compile(r"[，。？！、]")
# Pronouns and particles that a Chinese name does not hold ("對阿都", "為它"), unless it starts
# with a family name or a nickname's 阿/小/老.
NAME_FUNCTION_CHARS = FUNCTION_CHARS | frozenset("它牠為为因")
# Numbers listed with 、 or a comma, none longer than two digits ("8、9", "25、50"): values, no date.
_NUMBER_LIST = re.compile(r"[0-9０-９〇零一二三四五六七八九十]{1,2}(?:\s*[、，,]\s*[0-9０-９〇零一二三四五六七八九十]{1,2})+")
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


# Articles, which no name after a title starts with ("der Vater den Verdacht"; name particles such
# as "von", "de", "van" are no articles).
ARTICLES: Dict[str, FrozenSet[str]] = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines".split()),
}


# Heads of clinical compounds (folded), never a name's or a place's ending: a word ending so is no
# name word, and one after a name is cut off ("Pulsoxymetrie", "Szintigramm", "Gewichtskontrolle",
# "Leberprofil", "TIPS-Anlage", "Epidermiszyste", "Pankreaskarzinom", "Retentionsparameter",
# "PD Dr. Brenner Chefarzt").
HEADS: Dict[str, Tuple[str, ...]] = {
    "de": ("metrie", "gramm", "gramme", "kontrolle", "profil", "anlage", "zyste", "karzinom", "linie", "korrektur",
           "quotient", "parameter", "diat", "arzt", "arzte", "arztin"),
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
        self.words = common_words(lang) | function_words(lang)
        self.titles = titles_of(lang)[0] | set(BETWEEN)
        self.kin = kin_of(lang)
        self.heads = HEADS.get(lang, ())
        self.suffixes = SUFFIXES.get(lang, ()) + self.heads
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

    @staticmethod
    def word_before(text: str, start: int) -> str:
        """The word right before ``start`` on its line, folded ("" if none)."""
        before = _WORD.findall(text[max(0, start - _BEFORE):start].split("\n")[-1])
        return fold(before[-1]) if before else ""

    def after_kin(self, text: str, start: int) -> bool:
        """A kinship word right before ``start`` ("Mutter", "fratello"): unlike a title, it is as
        often followed by a verb as by a name."""
        return self.word_before(text, start) in self.kin

    def titled(self, text: str, start: int) -> bool:
        return self.word_before(text, start) in self.titles

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
        """A word of letters only (not "3a"; hyphenated words of lower-case parts too,
        "chronisch-rezidivierenden", not "al-Rashid") in lower case that is no particle, in a
        mixed-case note."""
        parts = word.split("-")
        return (mixed and len(word) > 1 and all(p.isalpha() and p[0].islower() for p in parts)
                and fold(word) not in PARTICLES)

    def suffixed(self, word: str, endings: Optional[Tuple[str, ...]] = None) -> bool:
        """A word with a common noun's or adjective's ending (``endings``, default ``self.suffixes``)
        that is no name part ("Chefarzt")."""
        folded = fold(word)
        return len(folded) > 4 and folded.endswith(self.suffixes if endings is None else endings) and folded not in self.names

    def no_name_word(self, word: str, mixed: bool) -> bool:
        """Lower case, an everyday word, or a common noun's or adjective's ending."""
        if not any(ch.isalpha() for ch in word):
            return False
        return self.lower_case(word, mixed) or fold(word) in self.words or self.suffixed(word)

    def lower_word(self, word: str, mixed: bool) -> bool:
        """A word of letters only in lower case, particles included, in a mixed-case note."""
        return mixed and len(word) > 1 and word.isalpha() and word[0].islower()

    def everyday_lower(self, word: str, mixed: bool) -> bool:
        """A lower-case everyday word of the language that is no name part ("erholt", "nahm")."""
        folded = fold(word)
        return self.lower_case(word, mixed) and folded in self.words and folded not in self.names

    def judge(self, text: str, start: int, end: int, mixed: bool, label: str = "NAME") -> List[Tuple[int, int, float, str]]:
        """Vetoes for one candidate: the whole of it (every word is no name word), or its edge
        words in lower case ("gez. Schöneberger" -> "Schöneberger"). After a title the words are
        a name, but a name never goes on in an everyday lower-case word ("Frau Pohlmann erholt
        sich") or ends in a particle ("Herrn K. am"), and a lone lower-case word that is no name part
        between the dots of a title and a degree is one more degree ("Dr. med. habil."). A name's
        single letter glued to a hyphen is a code's ("E-Nr.")."""
        name = to_coarse(label) == "NAME"
        titled = self.titled(text, start)
        words = [w for w in self._words(text, start, end) if any(ch.isalpha() for ch in w[2])]
        if not words:
            return []
        def initial(k: int) -> bool:  # one letter and its dot
            return len(words[k][2]) == 1 and text[words[k][1]:words[k][1] + 1] == "."

        if titled:
            if (len(words) == 1 and self.lower_case(words[0][2], mixed) and text[end:end + 1] == "."
                    and text[:start].rstrip().endswith(".") and fold(words[0][2]) not in self.names):
                return [(start, end, self.veto, "degree")]
            if name and self.everyday_lower(words[0][2], mixed) and self.after_kin(text, start):
                return [(start, end, self.veto, "words")]  # "Die Mutter erzählte, dass": no name follows
            if name and mixed and fold(words[0][2]) in ARTICLES.get(self.lang, ()):
                return [(start, end, self.veto, "words")]  # "der Vater den Verdacht": no name starts so
        elif all(self.no_name_word(w, mixed) or k in abbreviated_letters(words, mixed)
                 for k, (_, _, w) in enumerate(words)):
            return [(start, end, self.veto, "words")]
        if name and len(words) == 1 and len(words[0][2]) == 1 and text[words[0][1]:words[0][1] + 1] == "-":
            return [(start, end, self.veto, "code_letter")]
        out = []
        i, j = 0, len(words)
        if titled:  # a name in lower case stays one ("Prof. Dr. eric schweitzer"); an everyday word ends it
            if name:  # not right after an initial: "Prof. Dr. d. türk" is a surname in lower case
                j = next((k for k in range(1, j) if self.everyday_lower(words[k][2], mixed) and not initial(k - 1)), j)
            while j > 1 and name and ((self.everyday_lower(words[j - 1][2], mixed) and not initial(j - 2))
                                      or (self.lower_word(words[j - 1][2], mixed) and fold(words[j - 1][2]) in PARTICLES)):
                j -= 1  # nor in a particle ("... Herrn K. am 12.")
            while j > 1 and self.suffixed(words[j - 1][2], self.heads):
                j -= 1  # "PD Dr. Brenner Chefarzt": a clinical compound after the name
        else:  # words of a clause before the name ("Heute wollte Lotte"; not "Stern, Lotte", "von Arnim")
            while i < j and (self.lower_case(words[i][2], mixed) or (
                    i + 1 < j and self.lower_case(words[i + 1][2], mixed)
                    and self.no_name_word(words[i][2], mixed) and fold(words[i][2]) not in PARTICLES)):
                i += 1
            while j > i and (self.lower_case(words[j - 1][2], mixed) or self.suffixed(words[j - 1][2], self.heads)
                             or (name and self.lower_word(words[j - 1][2], mixed))):
                j -= 1
        if i > 0:
            out.append((start, words[i][0], EDGE_VETO, "edge"))
        if j < len(words):
            cut = words[j - 1][1] + (1 if initial(j - 1) else 0)  # an initial keeps its dot ("Herrn K. am" -> "K.")
            out.append((cut, end, EDGE_VETO, "edge"))
        return out

    def date_edges(self, text: str, start: int, end: int, mixed: bool) -> List[Tuple[int, int]]:
        """The lower-case words at the edges of a model's date that are no month or date word ("im
        März 2020", "am 12.3.24 durchgeführten", "seit 2022 abstinent"), to be cut off."""
        words = self._words(text, start, end)

        def loose(k: int) -> bool:
            return self.lower_word(words[k][2], mixed) and fold(words[k][2]) not in date_words()

        i, j = 0, len(words)
        while i < j - 1 and loose(i):
            i += 1
        while j > i + 1 and loose(j - 1):
            j -= 1
        cut = words[j - 1][1] if words else end
        if cut < end and text[cut] == "." and text[cut - 1:cut].isdigit():
            cut += 1  # a day or month keeps its dot ("5.6. bis" -> "5.6.")
        return [(s, e) for s, e in ((start, words[i][0] if words else start), (cut, end)) if s < e and text[s:e].strip()]

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
        """Whether a name of Han characters only is an everyday Chinese word, a place a weekday, a
        floor or an everyday word, or a profession ends as no job does or holds a digit or a
        clause's punctuation (see the module)."""
        cand = text[start:end]
        han = _HAN_CHAR.findall(cand)
        if to_coarse(label) == "PROFESSION" and han:
            last = han[-1]
            return (any(ch.isdigit() for ch in cand) or bool(_CLAUSE_PUNCT.search(cand))
                    or (last not in han_job_endings() and simplify(last) not in han_job_endings()))
        if to_coarse(label) == "NAME" and han and _HAN_CLAUSE_PUNCT.search(cand):
            return True  # "藥，": a Chinese name holds no clause punctuation
        if not _ALL_HAN.fullmatch(cand):
            return False
        if (to_coarse(label) == "NAME" and cand[0] not in surnames() and cand[0] not in NICK_PREFIXES
                and any(ch in NAME_FUNCTION_CHARS for ch in cand)):
            return True
        if label in HAN_PLACE_LABELS:
            return bool(HAN_NO_PLACE.fullmatch(cand)) or (
                simplify(cand) not in han_places()[0] and word_zipf(cand) >= HAN_WORD_ZIPF)
        if to_coarse(label) != "NAME":
            return False
        if TITLE_PATTERN.match(text, end) or any(text[max(0, start - len(cue)):start] == cue for cue in NAME_CUES):
            return False
        if simplify(cand) in han_places()[0]:
            return False
        if len(cand) == 1:  # a family name said alone is a name only with a title after it or 姓 before
            return text[start - 1:start] != "姓"
        if cand[0] == "阿" and len(cand) >= 2 and (cand[1] in NAME_FUNCTION_CHARS
                                                   or (len(cand) >= 3 and word_zipf(cand[1:]) >= HAN_WORD_ZIPF)):
            return True  # "阿有", "阿反正": the interjection 阿 before a word, no nickname
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
                for s, e, veto, why in self.judge(text, start, end, mixed, label):
                    vetoes.append((s, e, "NOT_PHI", veto, f"word_veto.{why}.{label}"))
            for start, end, label in found:
                if to_coarse(label) != "DATE":
                    continue
                if self.lang in SHAPED_DATE_LANGS and not date_like(text[start:end], bool(_MEASURE_AFTER.match(text, end))):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.no_date.{label}"))
                    continue
                if self.lang in SHAPED_DATE_LANGS and hour_of_day(text, start, end):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.hour.{label}"))
                    continue
                for s, e in self.date_edges(text, start, end, mixed):
                    vetoes.append((s, e, "NOT_PHI", EDGE_VETO, f"word_veto.date_edge.{label}"))
            for start, end, label in found:
                if label == "STREET" and self.sentence_street(text, start, end, mixed):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.sentence.{label}"))
                elif (label == "STREET" and self.lang == "de" and bare_street(text[start:end])
                      and any(self.lower_case(w, mixed) for _, _, w in self._words(text, start, end))):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.bare_street.{label}"))
        if self.lang in SHAPED_DATE_LANGS:
            for start, end, label in found:
                why = letter_shape(text, start, end, label)
                if why:
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.{why}.{label}"))
        for start, end, label in found:
            if diagnosis_code(text, start, end) and to_coarse(label) in ("NAME", "LOCATION") and label not in _NOT_CODES:
                vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.icd.{label}"))
        if self.lang == "zh":
            tags = [(m.start(), m.end()) for m in TURN_TAG.finditer(text)]
            for start, end, label in found:
                if to_coarse(label) == "DATE" and (han_count(text[start:end]) or number_list(text[start:end])):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.count.{label}"))
                why = transcript_shape(text, start, end, label, tags)
                if why:
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.{why}.{label}"))
                for s, e in particle_edges(text, start, end, label):
                    vetoes.append((s, e, "NOT_PHI", EDGE_VETO, f"word_veto.particle.{label}"))
                tail = place_tail(text, start, end, label)
                if tail:
                    vetoes.append((tail[0], tail[1], "NOT_PHI", EDGE_VETO, f"word_veto.place_tail.{label}"))
                if label in ("PATIENT", "DOCTOR") and any(ch.isdigit() for ch in text[start:end]):  # "K2", "3B"
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.digit.{label}"))
                if to_coarse(label) == "NAME" and english_word(text[start:end]):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.english.{label}"))
        for start, end, label in found:
            if to_coarse(label) == "NAME" and not any(ch.isalpha() for ch in text[start:end]):
                vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.no_letter.{label}"))
        if self.lang in DAY_FIRST_LANGS:
            for start, end, label in found:
                if to_coarse(label) == "DATE" and ONE_DIGIT_PAIR.fullmatch(text[start:end].strip()):
                    vetoes.append((start, end, "NOT_PHI", self.veto, f"word_veto.score.{label}"))
        add_phi_spans(doc, vetoes, self.name, self.not_key, text)
        return doc


@lru_cache(maxsize=1)
def date_words() -> FrozenSet[str]:
    """Words a date may end with, folded: the month names and abbreviations of every language the
    date rules read (``recognizers/dates``), English ones included, and their joining words."""
    from ..finders.plausibility import MONTHS
    from ..recognizers.dates import WRITTEN_LANGS, written_dates

    out = set(MONTHS)
    for lang in WRITTEN_LANGS:
        table = written_dates(lang)
        out.update(table.months)
        out.update(fold(j) for j in table.joiners)
    return frozenset(out)


# Languages whose dates are written in Latin digits with these shapes (see ``date_like``).
SHAPED_DATE_LANGS = frozenset({"de", "fr", "it", "es", "ro", "tr", "pt"})
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DAY_MONTH = re.compile(r"(?<![\d.,])\d{1,2}\s*[./-]\s*\d{1,2}(?![\d,])")  # "12.3.", "7/63", "12-3"
_SHORT_YEAR = re.compile(r"['’]\d{2}(?!\d)")
_DAY_ALONE = re.compile(r"\s*\d{1,2}\.?\s*")
# An hour said with its word ("alle ore 3", "a las 3 horas", "um 3 Uhr", "à 3 heures", "saat 3"):
# a time of day, which no rule or label counts as a date
_HOUR_BEFORE = re.compile(r"(?<![^\W\d_])(?:ore|ora|hora|horas|saat|heure|heures|uhr)\s*[:.]?\s*$", re.I)
_HOUR_AFTER = re.compile(r"\s*(?:uhr|h|heures?|horas?|ore)(?![^\W\d_])", re.I)


def hour_of_day(text: str, start: int, end: int) -> bool:
    """A model's date that is a lone number of an hour (0-24) with an hour word before or after it."""
    cand = text[start:end].strip().rstrip(".")
    if not cand.isdigit() or int(cand) > 24:
        return False
    return bool(_HOUR_BEFORE.search(text, max(0, start - 12), start) or _HOUR_AFTER.match(text, end))
_LONG_NUMBER = re.compile(r"\d{5,}")
# Seasons and parts of a period that date a two-digit year ("Sommer 21", "fin 98", "inizio 03"),
# folded: de, fr, it, es, pt, ro, tr.
PERIOD_WORDS = frozenset("""
fruhjahr fruhling sommer herbst winter anfang mitte ende beginn
printemps ete automne hiver debut fin mi
primavera estate autunno inverno inizio meta fine
verano otono invierno principios mediados finales
verao outono
primavara vara toamna iarna inceputul mijlocul sfarsitul
ilkbahar yaz sonbahar kis basi ortasi sonu
""".split())


def abbreviated_letters(words: Sequence[Tuple[int, int, str]], mixed: bool) -> FrozenSet[int]:
    """The positions of lower-case letters abbreviated in a row ("a. e.", "o. g."): an
    abbreviation, no initials (in a mixed-case note initials are capitals; a lone one may still be
    an initial written small, "m. petrocelli")."""
    letter = [mixed and len(w) == 1 and w.islower() for _, _, w in words]
    return frozenset(k for k in range(len(words))
                     if letter[k] and ((k > 0 and letter[k - 1]) or (k + 1 < len(words) and letter[k + 1])))


def date_like(cand: str, unit_after: bool = False) -> bool:
    """Whether a model's date has a date's shape: a year (1800-2099), a day and month or a month
    and year with their separator, a "'98", a month name of any language the rules read or a
    season ("Sommer 21"), a lone
    number of one or two digits (a day or a year: the model's call) or no digit at all (a holiday).
    Counts, durations and measurements with their units ("3862 µm", "12 Monaten", "3 x 15gtt",
    "1750" before "mg": ``unit_after``) have none. Digits alone without a unit after them, and any
    number of five digits or more, are left to the model: an identifier or a phone number it
    called a date ("ISO 14001", "040 1234 567") is PHI all the same."""
    if _YEAR.search(cand) or _DAY_MONTH.search(cand) or _SHORT_YEAR.search(cand) or _DAY_ALONE.fullmatch(cand):
        return True
    if _LONG_NUMBER.search(cand) or any(fold(w) in date_words() or fold(w) in PERIOD_WORDS for w in _WORD.findall(cand)):
        return True
    if not any(ch.isdigit() for ch in cand):
        return True
    return not unit_after and not any(ch.isalpha() for ch in cand)


# Units of measure: those a place candidate may hold glued to its number ("250ml"), and with them
# the others, which count only after a candidate ("18" before "mmHg", "5" before "l").
_GLUED_UNITS = "ml|mg|µg|mcg|kg|mmhg|µm|μm|cm|mm"
_SPACED_UNITS = "μg|g|l|dl|mmol|m|%|sek|sec|min|h|std|gy|ie|u"
# A unit after a number, not glued to a letter of any script ("5041 µm"; not "4811 Mödling", "63834 L'Aquila")
_MEASURE_AFTER = re.compile(rf"[ \t]*(?:{_GLUED_UNITS}|{_SPACED_UNITS})(?![^\W\d_]|['’])", re.I)
_GLUED_UNIT = re.compile(rf"\d+(?:[.,]\d+)?\s?(?:{_GLUED_UNITS})", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_STATUS_POST = re.compile(r"St\.?\s*p\.", re.I)


def letter_shape(text: str, start: int, end: int, label: str) -> Optional[str]:
    """Why a model's name or place in a letter of a Latin-script language is none by its shape:
    "value" (a place that is a number with its unit: "250ml", "18" before "mmHg"; no postcode,
    house or room number has a unit), "status_post" ("St. p.": German status post, not Sankt),
    "heading" (a street without a number that ends in a colon: "Thoraxaufnahme im Liegen:");
    else None."""
    cand = text[start:end].strip()
    coarse = to_coarse(label)
    if coarse not in ("NAME", "LOCATION"):
        return None
    if _STATUS_POST.match(cand):
        return "status_post"
    if coarse == "LOCATION" and (_GLUED_UNIT.fullmatch(cand) or (_NUMBER.fullmatch(cand) and _MEASURE_AFTER.match(text, end))):
        return "value"
    if label == "STREET" and cand.endswith(":") and not any(ch.isdigit() for ch in cand):
        return "heading"
    return None


def diagnosis_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an ICD-10 code ("I10", "C43.6") with its decimal or in parentheses."""
    m = ICD_CODE.fullmatch(text[start:end].strip())
    if m is None:
        return False
    return bool(m["dec"]) or (text[start - 1:start] == "(" and text[end:end + 1] == ")")


def transcript_shape(text: str, start: int, end: int, label: str, tags: Sequence[Tuple[int, int]]) -> Optional[str]:
    """Why a Chinese name, place or profession is none by the shape of a transcript (see the
    module): "turn" (it overlaps a speaker's tag), "interjection", "department"; else None."""
    cand = text[start:end]
    if not cand.strip() or all(ch in INTERJECTIONS for ch in cand):
        return "interjection"
    if to_coarse(label) not in TRANSCRIPT_LABELS:
        return None
    if any(s < end and start < e for s, e in tags):
        return "turn"
    m = DEPARTMENT.fullmatch(cand)
    if m and label != "HOSPITAL":
        stem = m["stem"]
        if word_zipf(cand) >= DEPARTMENT_ZIPF or (len(stem) > 1 and word_zipf(stem) >= DEPARTMENT_STEM_ZIPF):
            return "department"
    return None


@lru_cache(maxsize=1)
def name_syllables() -> FrozenSet[str]:
    """The Latin spellings of the characters of Chinese names (anyascii's pinyin of every character
    of Faker's zh_TW and zh_CN names: "fen", "long", "fang"), which a romanised name may be
    written with in lower case and which are never judged English words."""
    from faker.providers.person.zh_CN import Provider as CN
    from faker.providers.person.zh_TW import Provider as TW

    from ..lexicons.romanise import to_ascii

    chars = {ch for provider in (TW, CN) for attr in ("first_names", "last_names")
             for name in getattr(provider, attr, ()) for ch in name}
    return frozenset(to_ascii(ch).lower() for ch in chars if _HAN_CHAR.fullmatch(ch))


def english_word(cand: str) -> bool:
    """An English word inside a Chinese note that is no name: one word in lower case that is an
    everyday English word and no name, or reads more as a word than as one ("check", "sure",
    "fine"), or one in capitals that is a medical abbreviation and no name ("EKG"; "ED" is a
    name too and stays). Chinese-English notes write an English name capitalised ("Amy"), which
    is never judged here, and a romanised Chinese name may be in lower case, so the pinyin of
    a name's characters is no English word ("fen", "long"). Reads the English lexicon
    (``phi_lexicon``'s tables)."""
    word = cand.strip()
    if not _ASCII_WORD.fullmatch(word) or word.lower() in name_syllables():
        return False
    from ..lexicons.tables import ABBREV, NAME, WORD, load_lexicon

    lexicon = load_lexicon()
    flags = lexicon.flags(word.lower())
    if word.islower():
        nameness = lexicon.nameness(word)
        return bool(flags & WORD) and (not flags & NAME or (nameness is not None and nameness < ENGLISH_NAMENESS_MIN))
    return word.isupper() and bool(flags & ABBREV) and not flags & NAME


def bare_street(street: str) -> bool:
    """A German street with no house number that names no street type and is no short "Am ..."
    (``street_forms/de.py``'s ``BARE_STREET``)."""
    return not any(ch.isdigit() for ch in street) and not BARE_STREET.search(street.strip())


def particle_edges(text: str, start: int, end: int, label: str) -> List[Tuple[int, int]]:
    """The spoken particles at the edges of a span (``END_PARTICLES``, ``EDGE_PARTICLES``), to be
    cut off: at its end always, at its start unless it is a name; never the whole span."""
    name = to_coarse(label) == "NAME"
    tail = END_PARTICLES if name else EDGE_PARTICLES
    a, b = start, end
    while b > a + 1 and text[b - 1] in tail:
        b -= 1
    if not name:
        while a < b - 1 and text[a] in EDGE_PARTICLES:
            a += 1
    return [(s, e) for s, e in ((start, a), (b, end)) if s < e]


PLACE_TAIL_ZIPF = 3.5  # a word this frequent after a listed place ends the place: "高雄長大", "美國念書"
# last characters of words that name a place themselves ("士林夜市", "台北車站", "板橋公園"): such a tail stays
PLACE_NOUN_ENDINGS = frozenset("站场場园園校院市区區岛島山湖港桥橋街路馆館寺庙廟宫宮楼樓店厂廠")


def place_tail(text: str, start: int, end: int, label: str) -> Optional[Tuple[int, int]]:
    """A model's Chinese place that runs from a listed place into an everyday word after it ("我在高雄
    長大" read as "高雄長大", "在美國念書"): the word, to be cut off. The longest listed place that
    starts the span is kept; a word that names a place itself ("夜市", "車站") or starts with an
    administrative suffix ("市", "區") is no tail."""
    if label not in HAN_PLACE_LABELS and label not in ("LOCATION", "ORGANIZATION"):
        return None  # a model reads "高雄長大" as an organization too
    cand = text[start:end]
    if not _ALL_HAN.fullmatch(cand) or len(cand) < 3:
        return None
    places = han_places()[0]
    simple = simplify(cand)
    for cut in range(len(simple) - 1, 1, -1):  # the longest listed place first, two characters at least
        if simple[:cut] in places:
            tail = simple[cut:]
            if tail[0] in ADMIN_SUFFIXES or tail[-1] in PLACE_NOUN_ENDINGS or simple[cut - 1:] in places:
                return None
            return (start + cut, end) if word_zipf(tail) >= PLACE_TAIL_ZIPF else None
    return None


def number_list(text: str) -> bool:
    """Numbers of one or two digits listed with 、 or commas ("8、9", "25、50") and nothing else."""
    return bool(_NUMBER_LIST.fullmatch(text.strip()))


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
