"""Names right after a title, an honorific or a kinship word, in notes of languages other than
English ("Herr Brünnhofer", "Mme Vercoutre", "Dott.ssa Castagnoli", "Bayan Demir", "Bruder Piotr
Kowalczyk", "Mr. Chen" in a Chinese note): one to three capitalised words after the title, stopping at an everyday word of the
language that is no name (``lexicons/common_words.py``), so "Frau Kollegin Berger" gives
"Berger". A doctor's title gives DOCTOR, any other PATIENT.

English pipelines leave this to ``phi_lexicon``, which reads titles with more context; the
recognizer runs only in pipelines of ``LANGS``. The English honorifics are read in every one of
them (code-mixed notes write "Mr. Chen")."""
from __future__ import annotations

import re
from typing import ClassVar, Dict, Iterable, Optional, Tuple

from ..lexicons.common_words import common_words, protected_words
from ..lexicons.sources import fold
from .base import PhiMatch, Recognizer

LANGS = ("de", "fr", "it", "es", "ro", "tr", "pt", "zh", "xx")
# Titles, folded (lower case, no accents, no dots): doctors' and everyone's.
DOCTOR_TITLES: Dict[str, Tuple[str, ...]] = {
    "en": ("dr", "prof", "doctor"),
    # "gez." (signed) before the signing doctor; "Doz." (Dozent), "DDr." (two doctorates, Austria)
    "de": ("dr", "prof", "pd", "oa", "oae", "doktor", "gez", "doz", "ddr"),
    "fr": ("dr", "pr", "docteur", "professeur"),
    "it": ("dott", "dottssa", "dottor", "dottoressa", "dr", "drssa", "prof", "profssa"),
    "es": ("dr", "dra", "doctor", "doctora", "prof"),
    "ro": ("dr", "prof", "conf"),
    "tr": ("dr", "doc", "prof", "uzm", "op"),
    "pt": ("dr", "dra", "prof"),
}
TITLES: Dict[str, Tuple[str, ...]] = {
    "en": ("mr", "mrs", "ms", "miss", "mx"),
    "de": ("herr", "herrn", "frau", "fr", "hr"),
    "fr": ("m", "mme", "mlle", "monsieur", "madame", "mademoiselle"),
    "it": ("sig", "sigra", "signor", "signora", "signore"),
    "es": ("sr", "sra", "srta", "don", "dona", "dna"),
    "ro": ("dl", "dna", "domnul", "doamna", "d-l", "d-na"),
    "tr": ("bay", "bayan", "sayin", "hasta"),
    "pt": ("sr", "sra", "senhor", "senhora", "dona"),
}
# Kinship words before a relative's name ("Bruder Piotr Kowalczyk", "sa fille Sandrine", "la
# figlia Giulia", "kızı Ayşe"), folded: they lead to a name as a title does (label PATIENT, the
# label of every person who is not staff). Capitalised words only, so Arabic and Chinese are left
# to the model.
KIN: Dict[str, Tuple[str, ...]] = {
    "de": ("bruder", "schwester", "tochter", "sohn", "ehefrau", "ehemann", "ehegatte", "ehegattin", "mutter", "vater",
           "enkel", "enkelin", "nichte", "neffe", "lebensgefahrte", "lebensgefahrtin", "partnerin", "schwiegertochter",
           "schwiegersohn", "betreuer", "betreuerin"),
    "fr": ("fils", "fille", "epouse", "epoux", "mari", "frere", "soeur", "mere", "pere", "niece", "neveu", "compagne",
           "compagnon", "conjoint", "conjointe"),
    "it": ("figlio", "figlia", "moglie", "marito", "fratello", "sorella", "madre", "padre", "nuora", "genero", "compagna",
           "compagno"),
    "es": ("hijo", "hija", "esposa", "esposo", "marido", "hermano", "hermana", "madre", "padre", "nieto", "nieta",
           "sobrino", "sobrina"),
    "ro": ("fiul", "fiica", "sotia", "sotul", "fratele", "sora", "mama", "tatal", "nepotul", "nepoata"),
    "tr": ("oglu", "kizi", "esi", "annesi", "babasi", "kardesi", "ablasi", "agabeyi", "torunu"),
    "pt": ("filho", "filha", "esposa", "marido", "irmao", "irma", "mae", "pai", "neto", "neta"),
}
# Words between a title and the name: more titles, degrees, "colleague" ("Frau Dr. med. Weber",
# "Frau Kollegin Berger").
BETWEEN = frozenset({"med", "dent", "univ", "dipl", "kollegin", "kollege", "collega", "confrere", "consoeur",
                     "colleague", "ing", "phil", "rer", "nat", "mult"})
_SKIP = re.compile(r"([^\W\d_]+)\.?[ \t]+")
_TITLE = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?:\.[^\W\d_]+)?)\.?\s+(?=[^\W\d_])")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]+(?=[A-ZÀ-ÞĀ-ſ])")  # to the next capitalised word
# What no name word is: a roman numeral ("MS III°": a grade), a word glued to a digit or a degree
# sign ("MX G3": a stage).
_ROMAN = re.compile(r"[IVX]{2,}")
_GLUED_AFTER = re.compile(r"[\d°]")


def titles_of(lang: str) -> Tuple[set, set]:
    """(every title, doctors' titles) read in a pipeline of ``lang``."""
    langs = ["en"] + ([lang] if lang in TITLES else list(TITLES) if lang == "xx" else [])
    doctor = {t for lg in langs for t in DOCTOR_TITLES.get(lg, ())}
    return {t for lg in langs for t in TITLES.get(lg, ())} | kin_of(lang) | doctor, doctor


def kin_of(lang: str) -> set:
    """The kinship words read in a pipeline of ``lang`` (folded)."""
    langs = [lang] if lang in KIN else list(KIN) if lang == "xx" else []
    return {t for lg in langs for t in KIN.get(lg, ())}


class TitledNameRecognizer(Recognizer):
    name = "titled_names"
    labels = ("PATIENT", "DOCTOR")
    language_aware: ClassVar[bool] = True

    def __init__(self, lang: Optional[str] = None):
        self.lang = lang or "en"
        self.active = self.lang in LANGS
        self.titles, self.doctor_titles = titles_of(self.lang)
        self.kin = kin_of(self.lang)
        self.words = common_words(self.lang) if self.lang != "xx" else frozenset()
        self.names = protected_words()

    def _name_word(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.names or folded not in self.words

    @staticmethod
    def _shaped_as_name(text: str, w: "re.Match[str]") -> bool:
        """A name word by its shape: no roman numeral, no digit or degree sign glued after it
        ("MS III°", "MX G3": a grade and a stage after the English honorifics' letters)."""
        return not (_ROMAN.fullmatch(w.group()) or _GLUED_AFTER.match(text, w.end()))

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not self.active:
            return
        for m in _TITLE.finditer(text):
            title = fold(m.group(1)).replace(".", "")
            if title not in self.titles:
                continue
            if title in self.kin and text[m.end(1):m.end(1) + 1] == ".":
                continue  # "... lt. Vater. Z. n.": a kinship word ending a sentence leads to no name
            pos, end, words = m.end(), None, 0
            doctor = title in self.doctor_titles
            while True:  # past more titles and degrees
                skip = _SKIP.match(text, pos)
                word = fold(skip.group(1)) if skip else ""
                if not skip or not (word in self.titles or word in BETWEEN):
                    break
                doctor = doctor or word in self.doctor_titles or word == "kollegin" or word == "kollege"
                pos = skip.end()
            start = pos
            while words < 3:
                w = _NAME_WORD.match(text, pos)
                if (not w or not self._name_word(w.group()) or fold(w.group()).replace(".", "") in self.titles
                        or not self._shaped_as_name(text, w)):
                    break
                end, words = w.end(), words + 1
                gap = _GAP.match(text, end)
                if not gap:
                    break
                pos = gap.end()
            if end is not None:
                label = "DOCTOR" if doctor else "PATIENT"
                yield PhiMatch(start, end, label, 0.9, self.name)
