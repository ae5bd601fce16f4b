"""Arabic names found by the way people are named in Arabic notes: after a title ("د. سامر حداد",
"الدكتورة ليلى", "السيد خالد العلي", "للدكتور أحمد"), a kinship word ("ابنته رنا", "وزوجها سامر
القضاة"), a word that names ("اسمي فاطمة", "يدعى خالد") or a name field ("اسم المريض: يوسف عبد الرحيم"), and a second name joined to a first by
the conjunction glued to it ("أحمد الخطيب وسامي العلي": "سامي العلي", not the "و").

Arabic has no capital letters and most given names are also words ("كريم" generous, "أمل" hope),
so a name needs its cue. After the cue the name's first word must be a listed given or family name
(Faker's ar_AA, ar_SA and ar_PS lists, MIT); the name runs on over listed names, the particles of
Arabic names ("بن", "عبد الله", "أبو", "آل") and one family name with the article ("الخطيب",
"القضاة"), and stops at a word of ``STOP`` (roles, time words, pronouns: "الطبيب المعالج"). Words
carry proclitics ("و" and, "ل" to, "ب" with): a title or kinship word is read with or without one,
and the second of two joined names is read after its "و". Spelling variants of alef, yaa and taa
marbuta are one letter for the lists. A doctor's title gives DOCTOR, any other cue PATIENT.
The multilingual model trained on synthetic notes knows names only in the sentences it was trained
on; these rules read the conventions of any Arabic text. No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Iterable, List, Optional, Tuple

from .base import ArabicScriptRecognizer, PhiMatch

_TOKEN = re.compile(r"[^\s]+")
_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_EDGE_PUNCT = "،؛:.,;!?؟()[]«»\"'-–—/"
PROCLITICS = ("و", "ف", "ب", "ل", "ك")


_ONE_SPELLING = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def norm(word: str) -> str:
    """One spelling for the lists: no diacritics or tatweel, أ/إ/آ -> ا, ى -> ي, ة -> ه."""
    return _DIACRITICS.sub("", word).translate(_ONE_SPELLING)


def _stems(words: Iterable[str]) -> FrozenSet[str]:
    return frozenset(norm(w) for w in words)


# Titles, normalised, with the article where Arabic writes one; "د" is "د." without its dot.
DOCTOR_TITLES = _stems(("د", "الدكتور", "الدكتورة", "دكتور", "دكتورة", "الطبيب", "الطبيبة", "البروفيسور",
                        "الأخصائي", "الأخصائية", "الاستشاري", "الاستشارية", "الجراح", "الجراحة"))
OTHER_TITLES = _stems(("السيد", "السيدة", "الآنسة", "الأستاذ", "الأستاذة", "المريض", "المريضة", "الحاج", "الحاجة",
                       "الشيخ", "المهندس", "المهندسة", "الممرض", "الممرضة", "الطفل", "الطفلة"))
KIN = _stems(("ابن", "ابنه", "ابنها", "ابنته", "ابنتها", "ابنة", "بنته", "بنتها", "بنت", "زوجته", "زوجها", "زوجة",
              "زوج", "أخوه", "أخيه", "أخاه", "أخته", "أختها", "أخوها", "أخيها", "شقيقه", "شقيقته", "شقيقها",
              "شقيقتها", "والده", "والدته", "والدها", "والدتها", "أمه", "أمها", "أبوه", "أبيه", "أبوها", "أبيها",
              "حفيده", "حفيدته", "حفيدها", "حفيدتها", "خاله", "خالته", "عمه", "عمته", "قريبه", "قريبته", "جاره",
              "جارته", "صديقه", "صديقته"))
# Nouns for the patient, and given names that also say how a patient is ("سليم" well, "سعيد" happy,
# "سالم" unharmed, "هادي" calm): after such a noun, one of these words alone is a state, not a name.
PATIENT_NOUNS = _stems(("المريض", "المريضة", "الطفل", "الطفلة"))
STATE_WORDS = _stems(("سليم", "سليمة", "سعيد", "سعيدة", "سالم", "سالمة", "هادي", "هادئ", "هادئة", "راضي", "راضية",
                      "صابر", "صابرة", "ناجي", "صالح"))
# Words that name someone: "اسمي" my name (is), "اسمه"/"اسمها" his/her name, "يدعى"/"تدعى" is called,
# "المدعو" the one called ("اسمي فاطمة الزهراء" was kept).
NAMING = _stems(("اسمي", "اسمه", "اسمها", "يدعى", "تدعى", "يسمى", "تسمى", "المدعو", "المدعوة"))
# Name fields: "الاسم: ...", "اسم المريض: ...", "التوقيع: ...".
FIELD_WORDS = _stems(("اسم", "الاسم", "توقيع", "التوقيع"))
# Particles inside names: "بن"/"ابن"/"بنت" son/daughter of, "أبو"/"أم" father/mother of, "آل" the house of,
# "عبد" servant of (always with a divine name after it: "عبد الرحيم").
LINKS = _stems(("بن", "ابن", "بنت", "بنو", "بني", "أبو", "أبا", "أبي", "أم", "آل", "عبد"))
# Roles after a title in a signature or header ("الطبيب المعالج:", "الممرضة المسؤولة:").
ROLES = _stems(("المعالج", "المعالجة", "المشرف", "المشرفة", "المسؤول", "المسؤولة", "المناوب", "المناوبة", "المقيم",
                "المقيمة", "الاستشاري", "الاستشارية", "الأخصائي", "الأخصائية", "المختص", "المختصة", "الرئيسي"))
# Prepositions, conjunctions and particles: never a name.
PARTICLES = _stems(("من", "في", "على", "إلى", "الى", "عن", "مع", "قد", "لم", "لن", "لا", "ما", "هو", "هي", "هم", "ثم",
                    "أو", "او", "أن", "إن", "كان", "كانت", "تم", "بعد", "قبل", "عند", "حتى", "منذ", "حول", "لدى",
                    "و", "أي", "كل", "بعض", "غير", "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "وقد", "كما", "أيضا"))
PARTICLES_AS_WRITTEN = frozenset(_DIACRITICS.sub("", w) for w in (
    "على", "إلى", "الى", "من", "في", "عن", "مع", "حتى", "لدى", "منذ", "حول", "عند"))
# Words that end a name: roles, places in the hospital, time words, pronouns and particles.
STOP = _stems((
    "الطبيب", "الطبيبة", "المعالج", "المعالجة", "المشرف", "المشرفة", "المقيم", "المقيمة", "المناوب", "المناوبة",
    "الاستشاري", "الاستشارية", "المريض", "المريضة", "الممرض", "الممرضة", "الأخصائي", "الجراح", "المختص",
    "اليوم", "الأمس", "البارحة", "الصباح", "المساء", "الليل", "الساعة", "الأسبوع", "الشهر", "العام", "السنة",
    "الذي", "التي", "الذين", "اللذان", "اللتان", "الآن", "الحالة", "الحالي", "الحالية", "المذكور", "المذكورة",
    "أمس", "امس", "غدا", "غداً", "صباحا", "مساء", "ليلا", "الليلة", "حاليا", "سابقا", "أيضا",
    "القسم", "المستشفى", "العيادة", "الطوارئ", "العناية", "المركزة", "الباطنة", "الجراحة", "القلب", "الأطفال",
    "الهوية", "الوطنية", "الجنسية", "العمر", "الجنس", "التاريخ", "التشخيص", "العنوان", "الهاتف", "الرقم",
    "العائلة", "الأسرة", "المرافق", "المرافقة", "المسؤول", "المسؤولة", "المعني", "نفسه", "نفسها",
))


TITLES = DOCTOR_TITLES | OTHER_TITLES
CUE_WORDS = TITLES | KIN


@lru_cache(maxsize=1)
def arabic_names() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """(given names, family names), normalised, of Faker's Arabic person lists (MIT); family names
    of several words give each word ("آل الشيخ" -> "الشيخ")."""
    import importlib

    given, family = set(), set()
    for loc in ("ar_AA", "ar_SA", "ar_PS"):
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:  # pragma: no cover - a Faker without the locale
            continue
        for attr in ("first_names_male", "first_names_female", "first_names"):
            given.update(norm(n) for n in getattr(prov, attr, ()) or () if " " not in n)
        for name in getattr(prov, "last_names", ()) or ():
            parts = [norm(p) for p in name.split()]
            family.update(p for p in parts if p not in LINKS and len(p) > 1)
    given -= STOP
    family -= STOP
    return frozenset(given), frozenset(family)


class _Word:
    __slots__ = ("start", "end", "text", "norm", "tail", "line_end", "lead")

    def __init__(self, start: int, end: int, text: str, tail: str, line_end: bool, lead: str = ""):
        self.start, self.end, self.text, self.norm, self.tail, self.lead = start, end, text, norm(text), tail, lead
        self.line_end = line_end  # nothing but spaces between the word and a line break

    @property
    def stops_after(self) -> bool:
        """Punctuation or a line break ends the word (a name or a cue runs no further)."""
        return bool(self.tail) or self.line_end


def _words(text: str) -> List[_Word]:
    """Whitespace words with edge punctuation stripped; ``stops_after``: punctuation ended it."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        s0 = s
        while s < e and text[s] in _EDGE_PUNCT:
            s += 1
        e0 = e
        while e > s and text[e - 1] in _EDGE_PUNCT:
            e -= 1
        if s < e:
            out.append(_Word(s, e, text[s:e], tail=text[e:e0], line_end=bool(_LINE_END.match(text, e0)),
                             lead=text[s0:s]))
    return out


def _without_proclitic(word: str, options: FrozenSet[str]) -> bool:
    """``word`` is in ``options`` as written or after one proclitic ("للدكتور" is "ل" + "الدكتور")."""
    if word in options:
        return True
    if word[:1] in PROCLITICS and word[1:] in options:
        return True
    return word.startswith("لل") and "ال" + word[2:] in options


def _listed(word: str, given: FrozenSet[str], family: FrozenSet[str]) -> bool:
    """A listed name, also written with "عبد" or the article glued to it ("عبدالله", "العلي")."""
    forms = [word]
    if word.startswith("عبد"):
        forms.append(word[3:])
    if word.startswith("ال"):
        forms.append(word[2:])
    return any(f in given or f in family for f in forms)


def _after_titles(words: List[_Word], j: int) -> int:
    """The index after up to two titles in a row from ``j`` ("السيد الدكتور ...")."""
    k = j
    while k < len(words) and k - j < 2 and _without_proclitic(words[k].norm, TITLES):
        k += 1
    return k


class ArabicNameRecognizer(ArabicScriptRecognizer):
    """Names after titles, kinship words and name fields in Arabic text (see the module docstring)."""

    name = "arabic_names"
    labels = ("PATIENT", "DOCTOR")
    MAX_WORDS = 8  # "شوقي بنو سعد بن ليث بن بكر": particles and names of the lineage

    def find_script(self, text: str) -> Iterable[PhiMatch]:
        given, family = arabic_names()
        words = _words(text)
        i = 0
        while i < len(words):
            label, after = self._cue_at(words, i)
            if label is None:
                i += 1
                continue
            j = _after_titles(words, after)
            roles = j
            while roles < len(words) and roles - j < 2 and words[roles].norm in ROLES and not words[roles].lead:
                roles += 1  # "الممرضة المسؤولة: سلمى داود", "الطبيب المعالج: د. ..."
            signature = roles > j and words[roles - 1].tail == ":"
            if signature:
                j = _after_titles(words, roles)
            if label == "PATIENT" and any(words[k].norm in DOCTOR_TITLES for k in range(after, j)):
                label = "DOCTOR"
            if words[j - 1].tail not in ("", ".", ":"):
                i = j  # "السيد، ..." a title that a comma ends
                continue
            # a name field or a signature's role ("الاسم:", "الممرضة المسؤولة:") holds a name to the end of
            # its line, listed or not; a bare title and a colon ("المريض: ...") may introduce anything
            named_field = words[i].norm in FIELD_WORDS or signature
            field = named_field and j > 0 and words[j - 1].tail == ":" and self._field_line(words, j)
            found = self._name(words, j, given, family, first_offset=0, field=field)
            i = max(i + 1, j)
            if (found is not None and _without_proclitic(words[j - 1].norm, PATIENT_NOUNS) and found[2] == j + 1
                    and words[j].norm in STATE_WORDS):
                found = None  # "المريض سليم": the patient is well, not Salim
            while found is not None:
                yield PhiMatch(found[0], found[1], label, 0.85, self.name)
                k = i = found[2]
                # "أحمد الخطيب وسامي العلي": a listed given name glued to "و" right after a name
                joined = (k < len(words) and not words[k - 1].stops_after and words[k].norm[:1] == "و"
                          and words[k].norm[1:] in given)
                found = self._name(words, k, given, family, first_offset=1) if joined else None

    @staticmethod
    def _cue_at(words: List[_Word], i: int) -> Tuple[Optional[str], int]:
        """The label a cue at word ``i`` gives and the index of the word after it (None: no cue)."""
        w = words[i]
        if _without_proclitic(w.norm, DOCTOR_TITLES):
            return "DOCTOR", i + 1
        if _without_proclitic(w.norm, OTHER_TITLES) or _without_proclitic(w.norm, KIN) or \
                _without_proclitic(w.norm, NAMING):
            return "PATIENT", i + 1
        if w.norm in FIELD_WORDS:
            if w.tail == ":":
                return "PATIENT", i + 1  # "الاسم: ..."
            nxt = words[i + 1] if i + 1 < len(words) and not w.stops_after else None
            if nxt is not None and nxt.tail == ":" and nxt.norm in CUE_WORDS:  # "اسم المريض: ..."
                return ("DOCTOR" if nxt.norm in DOCTOR_TITLES else "PATIENT"), i + 2
        return None, i + 1

    def _name(self, words: List[_Word], j: int, given: FrozenSet[str], family: FrozenSet[str],
              first_offset: int, field: bool = False) -> Optional[Tuple[int, int, int]]:
        """(start, end, next word index) of a name whose first word is words[j] (its first
        ``first_offset`` letters a proclitic), or None when that word is no listed name."""
        if j >= len(words):
            return None
        first = words[j].norm[first_offset:]
        if first in STOP or first in PARTICLES or len(first) < 2 or _without_proclitic(first, CUE_WORDS):
            return None
        if field:
            last = j
            while not words[last].stops_after:
                last += 1
            return words[j].start, words[last].end, last + 1
        if not (first in given or first in family):
            # an unlisted given name ("رنا", "ليلى": the lists are short) right after a strong cue, when a
            # listed name or a family name with the article follows it ("السيدة رنا القضاة"); not a
            # verb ("ابنه يدرس الطب": present-tense verbs start with ي or ت)
            nxt = words[j + 1] if j + 1 < len(words) and not words[j].stops_after else None
            joined_cue = nxt is not None and nxt.norm[:1] == "و" and nxt.norm[1:] in CUE_WORDS  # "ابنته رنا وزوجها"
            if (first_offset or nxt is None or first[:1] in "يت" or first.startswith("ال")
                    or not (nxt.norm in given or nxt.norm in family or joined_cue
                            or (nxt.norm.startswith("ال") and len(nxt.norm) > 3 and nxt.norm not in STOP))):
                return None
            if joined_cue:
                return words[j].start, words[j].end, j + 1
        start = words[j].start + first_offset
        end, k = words[j].end, j + 1
        stop = words[j].stops_after
        article_family = False
        while not stop and k < len(words) and k - j < self.MAX_WORDS:
            wn = words[k].norm
            if words[k].lead or wn in STOP or _DIACRITICS.sub("", words[k].text) in PARTICLES_AS_WRITTEN:
                break  # "على" (on) is written as the name "علي" is once normalised
            if wn in LINKS and k + 1 < len(words) and not words[k].stops_after:
                if words[k + 1].norm in STOP or words[k + 1].lead:
                    end = words[k].end  # a particle before a role or a bracket ends the name
                    break
                end, k = words[k + 1].end, k + 2  # "بن سعيد", "عبد الرحيم", "أبو غليون"
                stop = words[k - 1].stops_after
                continue
            if _listed(wn, given, family):
                pass
            elif wn.startswith("ال") and len(wn) > 3 and not article_family:
                article_family = True  # one family name with the article: "الخطيب", "القضاة"
            elif self._family_at_end(words, k):
                stop = True  # an unlisted last word: nothing after it
            else:
                break
            end, stop = words[k].end, stop or words[k].stops_after
            k += 1
        return start, end, k

    @staticmethod
    def _field_line(words: List[_Word], j: int) -> bool:
        """The words from ``j`` to the end of their line or field are a name's: one to four words, none
        a role, particle or number ("الممرضة المسؤولة: سلمى داود")."""
        k = j
        while k < len(words) and k - j < 4:
            w = words[k]
            if w.lead or w.norm in STOP or w.norm in PARTICLES or not ArabicScriptRecognizer.SCRIPT.search(w.text) or any(c.isdigit() for c in w.text):
                return False
            if w.stops_after:
                return (w.line_end and w.tail in ("", ":")) or w.tail[:1] in ("،", ",", "؛")
            k += 1
        return False

    @staticmethod
    def _family_at_end(words: List[_Word], k: int) -> bool:
        """An unlisted word that ends a name's line or field ("د. سامر حداد" + a line break or a
        comma): a family name the lists lack; not a particle, role or article word."""
        w = words[k]
        if w.norm in STOP or w.norm in PARTICLES or len(w.norm) < 3 or w.norm.startswith("ال"):
            return False
        return (w.line_end and not w.tail) or w.tail[:1] in ("،", ",", ":", "؛")


__all__ = ["ArabicNameRecognizer", "arabic_names", "norm"]
