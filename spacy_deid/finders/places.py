"""Named places: facilities, cities, states and countries, from the lexicon and context.

Evidence:

1. a facility word after a name ("GRAFTON HOSPITAL", "Laurel Regional", "Dunmore House"): the
   words before it, back to a generic word ("the", "outside", "acute care"), are the name;
2. a transfer phrase before a name that is no care unit ("transferred to X", "sent to X",
   "admitted from X"): an unknown word, a place, or a letters-only acronym without vowels;
3. a place cue before a place of the gazetteer ("lives in X", "from X", "of X");
4. "City, State" and a state or country name anywhere (states and countries are PHI in our scheme);
5. a place of the gazetteer that is no ordinary word nor name (weak alone: under the redactor's
   default threshold, support when the NER finds it too);
6. a region named by a compass word ("the Eastern Shore") and a university by its place ("U Maryland");
7. an institution by its staff or emergency ward ("seen by WCMC nurse", "from Brambury EW") and a
   hospital named for a saint ("a bed offered at St. Brigid").
8. what a name heads: an insulin scale or protocol ("insulin per Zoryan scale"), a consult that opens
   a clause ("Akcasu consult"), a campus, a ward between two care units ("MICU/Kovalenko/CCU").

The generic facility heads ("hospital", "center", "home") stay outside the span; distinctive ones
("Memorial", "Regional") are part of it.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

from ..lexicons.tables import ABBREV, BIG_PLACE, COUNTRY, DRUG, FIRST, LAST, NAME, PLACE, STATE, WORD, Lexicon
from ..recognizers._context import followed_by_unit
from .clinical_context import care_unit, clipped_service, unit_acronym
from .plausibility import SPELLED_AS_WORD, TIME_ADVERBS, before_eponym_head
from .cues import (CREDENTIALS, DEVICE_EPONYMS, EPONYM_HEADS, FACILITY_AFTER, FACILITY_PAIRS, FACILITY_STRONG,
                   GENERIC_FACILITY_HEADS, GENERIC_PLACE_WORDS, HOSPITAL_PREPOSITIONS, HOUSE_NOT_AFTER, LANDMARK_PAIRS,
                   MOTION_VERBS, ORGANISATION_LANDMARKS, PLACE_CUES, RESIDENCE_ADVERBS, ROLES,
                   KIN, STRONG_PLACE_CUES, TELLING_VERBS, THERAPY_CHANGE_VERBS, TITLES, TRANSFER_CUES)
from .words import PROPER_PLACE_NAMENESS, WORD_NOT_PLACE_NAMENESS, Word, Words, has_vowel, typo_flags

Match = Tuple[int, int, str, float, str]
_VOWELS = set("aeiouy")
DISTINCTIVE_HEADS = frozenset({"memorial", "regional"})
MAX_PLACE_WORDS = 3
LANDMARK_PREPOSITIONS = frozenset("at outside near behind from in to".split())
# form fields whose value is a place ("Where: ...", "Hometown: ..."); strong cues
PLACE_FIELDS = frozenset("where city town hometown birthplace residence".split())
RARE_WORD_ZIPF = 3.5  # a listed place this rare a word is the place after a residence phrase
# the last word of a cue before a country that is an ordinary word too ("from lebanon", "lives in turkey")
COUNTRY_CUE_WORDS = frozenset({"from", "in"})
# the last word of a cue before an unlisted city and its state code ("lives in smithville, tx")
CITY_CODE_CUE_WORDS = frozenset({"from", "in", "near"})  # or a residence phrase ("moved to")
# ordinary words that open town names ("port huron", "north adams", "lake placid", "fort lee")
PLACE_NAME_PREFIXES = frozenset("north south east west new port lake mount mt fort ft saint st san santa los las el la".split())
# "lives with wife in X": a residence verb up to this many words before "in", in the same clause
RESIDENCE_REACH = 6
RESIDENCE_VERBS = frozenset("lives living lived resides resided reside".split())
BARE_RESIDENCE_VERBS = frozenset({"lives", "resides"})  # shorthand drops the "in": "lives Niles w/ wife"
CLAUSE_ENDS = frozenset(". ; : ! ? ( )".split())
# a listed multi-word place with no cue ("Santa Monica"): a place, but its label yields to a model's
# NAME (under merge.PLACE_CONTEXT)
PLACE_ALONE = 0.55
WEAK_ALONE = 0.4  # a gazetteer word with no cue: shorthand is as likely ("Brinnon", a hamlet)
AREA_HEADS = frozenset("area county region vicinity".split())  # "from the Napa area", "in Republic County"
ORGANISATION_HEADS = frozenset("ltd llc inc corp co company group associates building bldg plc partners".split())
# verbs after whose "at"/"from" a word is a state or a thing more often than a place ("was at goal",
# "was at mercy of", "faxed from pharmacy"): a word of the lists there needs a capital
PLAIN_CUE_VERBS = frozenset({"was", "faxed", "bed"})  # ("bed at night", "bed at bedside" name no place)
EMERGENCY_WARDS = frozenset("ew ed er".split())
RECORD_HEADS = frozenset({"records", "recs"})  # a named facility's records: a listed name or place before them
# nouns after "hospital" that make it the patient's stay, not a facility's name ("Brief Hospital Course")
HOSPITAL_STAY_NOUNS = frozenset("course stay day days admission acquired discharge".split())
LIAISON_WORDS = frozenset("liaison liason screener".split())  # a facility's envoy: "Youngstown liaison"
# acronyms of kinds of place, not of one place: "d/c to VNA", "to SNF", "to LTAC", "via EMS"
GENERIC_ACRONYMS = frozenset("vna snf ltac ems alf ltc rehab".split())
DYE_WORDS_AFTER = frozenset("red blue black stain stains stained staining".split())
# a region named by a compass word: "the Eastern Shore", "FROM THE NORTH SHORE", "the South Side"
COMPASS = frozenset("north south east west northern southern eastern western northeast northwest southeast southwest".split())
REGION_HEADS = frozenset("shore side end".split())
REGION_BEFORE = frozenset("the".split())
# a university named by its place: "U Maryland", "Univ Chicago"
UNIVERSITY_ABBREVIATIONS = frozenset({"u", "univ"})
WARD_PREPOSITIONS = frozenset({"on", "to", "from", "onto", "off"})  # "on Brown 11", "up to Sangha 6"
# an insulin scale or protocol named for a hospital: "insulin drip following X scale", "per X protocol"
PROTOCOL_HEADS = frozenset("scale protocol ss".split())
PROTOCOL_CUES = frozenset("per following using on by via".split())
INSULIN_REACH = 8  # "insulin" up to this many words before the cue, on its line
CONSULT_HEADS = frozenset("consult reconsult consults".split())  # "Akcasu consult this pm"
CLAUSE_OPENERS = frozenset(". , ; : | ( -".split())
# a listed place that is a word too names a ward when it reads as a place: its vector's name score
# ("westminster" .44, "reading" .03), or rare with no vector ("oolitic"), and no frequent word ("west")
WARD_PLACE_NAMENESS = 0.3
WARD_PLACE_RARE_ZIPF = 3.0
WARD_PLACE_MAX_ZIPF = 5.0
WARD_STAFF = frozenset("rn rns nurse nurses staff team".split())  # "per Oolitic 3 RN": the ward's nurse
_HOSPITAL_LIST_JOINS = frozenset({".", "/", ",", "or", "and", "&"})  # between hospitals named one after another
MAX_FLOOR = 14  # a ward's floor number; larger numbers after a word are values ("RISBI 26")
# Words after an institution's name that make it one: its staff or its emergency ward
# ("WCMC nurse", "Brambury EW"); an acronym before them is no person's initials.
INSTITUTION_STAFF = (ROLES | CREDENTIALS | EMERGENCY_WARDS | frozenset("team staff doctor doctors md's nurses emergency".split())) \
    - frozenset({"pa", "do", "ot", "rt"})
HOSPITAL_FIELDS = frozenset("osh hosp hospital facility".split())  # "OSH: KMH", "osh = smh"
# endings that only a hospital's acronym has among words no list holds ("...MC" Medical Center, "...GH"
# General Hospital, "...MH" Memorial, "...CH" Community, "...RH" Regional, "...UH" University): found
# in the shorthand of a course of care without a preposition
COURSE_HOSPITAL_ENDINGS = ("mc", "gh", "mh", "ch", "rh", "uh")  # not "...HC": "RHC 5/12" is a right heart cath
# after such an acronym: its records, staff and services, or a choice between it and another
COURSE_HOSPITAL_AFTER = frozenset("""
course notes note records recs staff screener liaison cardiologist cardiology anesthesia vs over
""".split())
# words of a course of care that never name its hospital ("pt seen today", "plan: home vs rehab")
_COURSE_WORDS = frozenset("""
today tonight yesterday home rehab here there pt patient md team again earlier later daily vna hospice nursing
""".split())
CHOICE_WORDS = frozenset("choice choices option options pick picks preference preferences".split())  # "choice #1 X"
# the words ``PlaceFinder._course_before`` opens a slot at (besides a choice's number): an admission
# after "prior", a visit, a preference or "at", a plan's colon
_ADMISSION_WORDS = frozenset({"admit", "admission"})
_SLOT_WORDS = frozenset({"seen", "prefers", "prefer", "at"})
_COURSE_OPENERS = _ADMISSION_WORDS | _SLOT_WORDS | {":"}
COMMON_PLACE_WORD_ZIPF = 4.5  # a capitalised word of the language this frequent is the word ("Seen Today")
# before it: a visit, an admission, a preference, "per"
COURSE_HOSPITAL_BEFORE = frozenset("seen admit admitted prefers prefer per".split())
# what a hospital does, after its acronym opening a clause ("SGH gave 2 u prbc", "RMH started heparin")
HOSPITAL_ACTS = frozenset("gave started sent transfused intubated faxed called".split())
VOWEL_ACRONYM_MAX_ZIPF = 3.0
# abbreviated first words of town names, expanded to look the town up ("No. Andover", "Ft Myers",
# "E. Providence"); one letter, "No" and "So" only with their dot (not "no reading glasses"); not
# "Pt." for Port: in a note it is the patient ("PT. ORANGE JUICE GIVEN")
PLACE_PREFIXES = {"n": "north", "no": "north", "s": "south", "so": "south", "e": "east", "w": "west",
                  "ft": "fort", "mt": "mount", "lk": "lake"}
PLACE_PREFIXES_UNDOTTED = frozenset({"ft", "mt", "lk"})
PD_THERAPY_AFTER = frozenset("cath fluid fluids exchange exchanges dwell dwells cycler bag bags".split())
SAINT = frozenset({"st", "saint", "ste"})
SAINT_NOT_AFTER = EPONYM_HEADS | frozenset({"wort", "elevation", "elevations", "depression", "depressions", "segment",
                                            "changes", "wave", "waves"})


# what ``_hospital_ending`` reads: "...H" (Hospital), "...MC" (Medical Center), "...HC" (Health Center)
_HOSPITAL_ENDINGS = ("h", "mc", "hc")


def _hospital_ending(w: Word) -> bool:
    """An acronym that ends like a hospital's: "...H" (Hospital), "...MC" (Medical Center), or a
    clinic's, "...HC" (Health Center), unless a clinical abbreviation ends so ("MCHC", "IHC")."""
    if not w.lower.endswith(_HOSPITAL_ENDINGS):
        return False
    return not w.lower.endswith("hc") or (len(w.text) >= 3 and not w.flags & (ABBREV | DRUG))


# people whose "in"/"from" says where they are or come from: "sister in Moorcroft", "pcp in
# Brucetown", "family from Averill" (not "sister in law": an ordinary word is no place)
LOCATED_PEOPLE = KIN | frozenset("family relatives pcp pmd cardiologist oncologist nephrologist".split())


def _strong_cue(cue: Optional[Tuple[str, ...]]) -> bool:
    """A residence phrase ("lives in") or a form field that holds a place ("Where:")."""
    return cue is not None and (cue in STRONG_PLACE_CUES or cue[-1] == ":")


def _located_cue(cue: Optional[Tuple[str, ...]]) -> bool:
    """A person located by "in"/"from" ("sister in", "pcp from"): as strong as a residence phrase
    for a name, an unknown word or a town read as a misspelling ("pmd in bloomsburg"), not for a
    word of the language ("son in hall")."""
    return cue is not None and len(cue) == 2 and cue[0] in LOCATED_PEOPLE and cue[1] in ("in", "from")


def _floor_number(w: Optional[Word]) -> bool:
    """``w`` is a ward's floor number: one or two digits, at most ``MAX_FLOOR``."""
    return w is not None and w.kind == "digit" and len(w.text) <= 2 and int(w.text) <= MAX_FLOOR


def _name_words_before(words: Words, i: int, accept: Callable[[Word], bool], most: int = 2) -> List[int]:
    """The indices, in order, of up to ``most`` words right before word ``i`` on its line that
    ``accept`` takes ("following [Zoryan] scale", "[Ushindi Gavrilenko] consult")."""
    j = i - 1
    while j >= 0 and i - j <= most and words[j].line == words[i].line and accept(words[j]):
        j -= 1
    return list(range(j + 1, i))


def _acronym(w: Word) -> bool:
    """A short letters-only word without vowels, read letter by letter ("GH", "GBMC")."""
    return w.is_alpha and 2 <= len(w.text) <= 5 and not has_vowel(w.lower) and w.text.isupper()


# words that open a new phrase after a town ("lives in Reading with wife", "from Clay and")
CLAUSE_AFTER_PLACE = frozenset("""
with w and alone since for until till but who where area now tonight today tomorrow yesterday this last next
""".split())


class PlaceFinder:
    def __init__(self, lexicon: Lexicon, min_score: float = 0.3):
        self.lexicon = lexicon
        self.min_score = min_score

    def _phrase_at(self, words: Words, i: int) -> Optional[Tuple[int, str]]:
        """Longest multi-word gazetteer place starting at word ``i``: (last index, kind). Its first
        word may be abbreviated ("No. Andover", "Ft Myers", "E. Providence": ``PLACE_PREFIXES``)."""
        first = words[i]
        prefix = PLACE_PREFIXES.get(first.lower)
        if prefix is not None:
            dot = words.get(i + 1)
            dotted = dot is not None and dot.text == "." and dot.start == first.end
            if dotted or first.lower in PLACE_PREFIXES_UNDOTTED:
                found = self._longest_place(words, i, i + 2 if dotted else i + 1, [prefix])
                if found is not None:
                    return found
        if first.lower not in self.lexicon.place_starts:
            return None
        return self._longest_place(words, i, i, [])

    def _longest_place(self, words: Words, i: int, j: int, parts: List[str]) -> Optional[Tuple[int, str]]:
        """The last index and kind of the longest gazetteer place made of ``parts`` and the words
        from ``j`` on, on word ``i``'s line and one space apart."""
        best = None
        while j < len(words) and len(parts) < self.lexicon.max_place_words:
            w = words[j]
            if not w.is_alpha or w.line != words[i].line:
                break
            if j > i and words.text[words[j - 1].end:w.start] != " ":
                break
            parts.append(w.lower)
            if len(parts) > 1:
                kind = self.lexicon.place_kind(" ".join(parts))
                if kind:
                    best = (j, kind)
            j += 1
        return best

    @staticmethod
    def _clause_ends_after(words: Words, i: int) -> bool:
        """Word ``i`` closes its clause: the line ends, punctuation follows, or a word that starts a
        new phrase ("with", "and", "alone", "since")."""
        nxt = words.get(i + 1)
        if nxt is None or nxt.line != words[i].line:
            return True
        return nxt.text in (".", ",", ";", ":", "(", ")", "-", "/") or nxt.lower in CLAUSE_AFTER_PLACE

    def _place_word(self, words: Words, w: Word, strong: bool) -> float:
        """How much a single word looks like a named place after a place cue."""
        if not w.is_alpha or w.cls == "function" or care_unit(w.lower):
            return 0.0
        capital = words.capitalised(w)
        if not strong and not capital and w.cls == "ambiguous" and not self._organisation_follows(words, w):
            return 0.0  # "in HALL", "to die": a common word in a note whose case says nothing
        if w.is_place:
            if not w.place_like:
                if strong and not capital and w.zipf < RARE_WORD_ZIPF and not w.flags & (ABBREV | DRUG):
                    return 0.6  # "lives nearby in strathmore": a rare word that a gazetteer lists, after a residence phrase
                if not capital and _unwritten_town(w):
                    return 0.6  # "presented to carbonado er": a town the web never writes as a word, after any cue
                return 0.75 if capital else (0.45 if strong else 0.0)
            if strong or capital:
                return 0.9
            if not (len(w.text) >= 4 and has_vowel(w.lower)):
                return 0.0
            if _unwritten_town(w):
                return 0.6  # "BACK TO MIRAMONTE ON FRIDAY": no device, drug or slang word is spelled so
            # after a weak cue ("in", "of", "to") in a note whose case says nothing, a small town
            # is as likely a device, drug or slang word ("to Nitro", "in Hall"): below threshold
            return 0.6 if w.flags & BIG_PLACE else 0.45
        if w.cls == "unknown":
            return 0.75 if capital else (0.5 if strong else 0.0)
        return 0.0

    @staticmethod
    def _line_opening(words: Words, w: Word) -> bool:
        """The first word of its line, after nothing but punctuation ("> Maribor", "ESPOO")."""
        k = w.i - 1
        while k >= 0 and words[k].line == w.line:
            if words[k].kind != "punct":
                return False
            k -= 1
        return True

    @staticmethod
    def _organisation_follows(words: Words, w: Word) -> bool:
        """A facility or company word among the next two ("at Hunter Ltd", "Hull Cancer Institute")."""
        for k in (w.i + 1, w.i + 2):
            nxt = words.get(k)
            if nxt is None or nxt.line != w.line or not nxt.is_alpha:
                return False
            if nxt.lower in FACILITY_AFTER or nxt.lower in ORGANISATION_HEADS:
                return True
        return False

    @staticmethod
    def _general_head(words: Words, i: int) -> bool:
        """"Fairmont General.", "from Golden Valley General ED": "general" ending a clause or before
        an emergency ward is a hospital's head (whether a name stands before it is checked after)."""
        nxt = words.get(i + 1)
        return words[i].lower == "general" and (
            nxt is None or nxt.line != words[i].line or nxt.text in ".,;:)" or nxt.lower in EMERGENCY_WARDS
            or nxt.cls == "function" or nxt.lower in TIME_ADVERBS)  # "back to Fairmont General in am"; not "general surgery"

    @staticmethod
    def _landmark_name(words: Words, taken: List[int]) -> bool:
        """One word a name list shares with the dictionary, right after "at", "outside", "near"... and
        before a landmark head, in a note written in one case: "collapsed at white market", "FOUND
        DOWN AT BELL BOWLING LANES". In a note that capitalises names, its capital decides."""
        if len(taken) != 1 or words.mixed_case or words[taken[0]].cls != "ambiguous":
            return False
        before = words.get(taken[0] - 1)
        return before is not None and before.line == words[taken[0]].line and before.lower in LANDMARK_PREPOSITIONS

    @staticmethod
    def _house_not_facility(words: Words, i: int) -> bool:
        nxt = words.get(i + 1)
        return nxt is not None and nxt.line == words[i].line and nxt.lower in HOUSE_NOT_AFTER

    @staticmethod
    def _names_a_facility(words: Words, w: Word) -> bool:
        """Before a facility word, a word the word list also holds that still names it: a country or
        state ("lebanon medical center"), a big place that is no mere word ("moscow medical
        center"; not "hillside"), a listed name that reads as one ("HOFFMAN HOUSE"; not "GREEN REHAB")."""
        if w.flags & (COUNTRY | STATE) or _unwritten_town(w):
            return True  # "came via taconic ems": a town no one writes as a word
        nameness = words.lexicon_nameness(w) if w.flags & (BIG_PLACE | NAME) else None
        if nameness is None:
            return False
        if w.cls == "ambiguous":
            return nameness >= PROPER_PLACE_NAMENESS
        return bool(w.flags & BIG_PLACE) and nameness >= WORD_NOT_PLACE_NAMENESS

    def _hits_facility(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        for i, w in enumerate(words.items):
            heads = FACILITY_PAIRS.get(w.lower)
            landmark = heads is None and w.lower in LANDMARK_PAIRS
            if landmark:
                heads = LANDMARK_PAIRS[w.lower]
            if heads is None and not self._general_head(words, i):
                continue
            if w.lower == "house" and self._house_not_facility(words, i):
                continue  # "Regular House Diet", "house officer aware"
            if heads:  # a two-word head such as "medical center": the second word must follow
                nxt = words.get(i + 1)
                if nxt is None or nxt.lower not in heads:
                    continue
            if _dialysis_pd(words, i):
                continue  # "Baxter PD catheter": peritoneal dialysis
            after = words.get(i + 1)
            if (w.lower in ("hospital", "hosp") and after is not None and after.line == w.line
                    and after.lower in HOSPITAL_STAY_NOUNS):
                continue  # "BRIEF HOSPITAL COURSE", "prolonged hospital stay": the stay, no facility
            strong = w.lower in FACILITY_STRONG
            j = i - 1
            taken: List[int] = []
            general: List[int] = []
            while j >= 0 and words[j].line == w.line and len(taken) < MAX_PLACE_WORDS:
                p = words[j]
                if p.text in (".", "'") and taken:
                    j -= 1
                    continue
                if p.lower == "general" and not taken and not general and w.lower != "general":
                    general.append(j)  # "Fairmont General Hospital": part of the name if one stands before it
                    j -= 1
                    continue
                if not p.is_alpha or p.cls == "function" or p.lower in GENERIC_PLACE_WORDS or care_unit(p.lower) \
                        or p.base in TITLES or p.lower in FACILITY_PAIRS or p.lower in LANDMARK_PAIRS:
                    break
                taken.append(j)
                j -= 1
            stop = words.get(j)
            if taken and stop is not None and stop.line == w.line and stop.base in TITLES:
                continue  # "ASKED ABOUT MS KOWALCZYK HEALTH CARE PROXY": a titled person, not a facility
            if taken and words.infinitive_to(j):
                continue  # "WANTS TO LEAVE HOSPITAL TONIGHT": the verb of an infinitive, not a hospital's name
            if not taken:
                nxt = words.get(i + 1)
                if w.lower in DISTINCTIVE_HEADS and nxt is not None and nxt.lower in ("hospital", "hosp", "medical"):
                    self._hit(hits, i, 0.7, "HOSPITAL", "places.facility")  # "FROM MEMORIAL HOSPITAL"
                continue
            # in a note that capitalises names, a lower-case word a name list holds too names nothing
            # ("I hate this basic hospital")
            named = any(words[k].cls in ("name", "unknown") or words[k].place_like or _acronym(words[k])
                        or (words[k].cls == "ambiguous" and not (words.mixed_case and words[k].text.islower()))
                        or words.capitalised(words[k]) or self._names_a_facility(words, words[k]) for k in taken)
            # the whole run names the place: a town of two or more words ("Grand Rapids Town Hall",
            # "Silver Spring Casino"), or one word before a landmark head ("collapsed at white market")
            town = self._phrase_at(words, taken[-1]) if len(taken) > 1 else None
            whole = (town is not None and town[0] == taken[0]) or (landmark and self._landmark_name(words, taken))
            named = named or whole
            if not named and not (strong and not words.mixed_case):
                continue
            if not strong and not whole:
                # weak heads need a real name, read back from the head: "via LEBANON EMS" is "LEBANON";
                # "belongings went home", "pt's jewelry" have none
                real = []
                for k in taken:
                    if w.lower in RECORD_HEADS and not (words[k].place_like or words[k].cls == "name"
                                                        or words.capitalised(words[k])):
                        break  # "per OMR records", "EMR recs": an unknown acronym names a record system
                    if not (words[k].cls in ("name", "unknown") or words.capitalised(words[k])
                            or words[k].place_like or self._names_a_facility(words, words[k])):
                        break
                    real.append(k)
                if not real:
                    continue
                taken = real
            score = 0.9 if named else 0.7
            label, detail = "HOSPITAL", "places.facility"
            if landmark:
                label = "ORGANIZATION" if w.lower in ORGANISATION_LANDMARKS else "LOCATION_OTHER"
                detail = "places.landmark"
            for k in taken + general:
                self._hit(hits, k, score, label, detail)
            if w.lower in DISTINCTIVE_HEADS or w.lower == "general":
                self._hit(hits, i, score, "HOSPITAL", "places.facility")

    def _hits_transfer(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        for i in range(len(words) - 2):
            a, b = words[i], words[i + 1]
            if not a.is_alpha:
                continue
            verb = _slashed(words, i)
            j = i + 2
            adverb = (verb, _preposition(b)) not in _TRANSFER and b.lower in RESIDENCE_ADVERBS and b.line == a.line
            if adverb:
                b = words[i + 2]  # "will be transferred back to X", "going back to X"
                j = i + 3
            if (verb, _preposition(b)) not in _TRANSFER or b.line != a.line:
                continue
            c = words.get(j)
            if c is not None and c.lower in ("the", "a", "an") and c.line == a.line:
                j += 1
            first = j == i + 2 or adverb
            self._take_after_cue(words, hits, j, a.line, 1.0, motion=a.lower in MOTION_VERBS and first,
                                 plain=a.lower in PLAIN_CUE_VERBS)

    def _hits_hospital_field(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"OSH: Keller", "osh = st luke's", "Outside hosp: Brady": the words after a field that
        names the hospital are its name, as after a transfer phrase (a family name there is the
        hospital's, not a person's)."""
        for i in range(len(words) - 2):
            w, sep = words[i], words[i + 1]
            if w.lower in HOSPITAL_FIELDS and sep.text in (":", "=") and sep.line == w.line:
                self._take_after_cue(words, hits, i + 2, w.line, 1.0)

    def _take_after_cue(self, words: Words, hits: Dict[int, Tuple[float, str, str]], j: int, line: int,
                        factor: float, motion: bool = False, plain: bool = False) -> None:
        """Facility name words from ``j`` on, after a transfer phrase (scores times ``factor``);
        ``motion``: the phrase is a plain verb of motion ("going to"), after which an English
        word is a verb or a state ("going to die", "returned to SR"), not a place; ``plain``: a
        verb of being or sending ("was at", "faxed from"), after which the first word must be no
        word of the lists unless capitalised ("was at goal", "was at mercy of")."""
        taken: List[Tuple[int, float]] = []
        while j < len(words) and len(taken) < MAX_PLACE_WORDS:
            w = words[j]
            if w.line != line or not w.is_alpha or care_unit(w.lower) or w.cls == "function" or w.lower in _PLACE_ENDS:
                break
            if _hyphenated_unit(words, j):
                break  # "admitted to step-down unit": a care unit written with a hyphen
            if taken and w.lower in GENERIC_FACILITY_HEADS:
                break  # "lives at Dunmore House": the head names no one (the facility finder reads it)
            if not taken and _landmark_pair_at(words, j):
                break  # "works at the town hall", "at high school": a landmark's head, no name before it
            if not taken and motion and w.flags & WORD and not words.capitalised(w):
                break  # "going to die", "returned to NSR", "want to leave": a verb or a rhythm
            if not taken and plain and (w.flags & WORD or w.cls in ("ambiguous", "ordinary")) and not words.capitalised(w):
                break  # "was at max", "was at mercy of", "faxed from pharmacy"
            if not taken and motion and words.mixed_case and w.text.islower() and not w.place_like:
                break  # "go to camode" in a note that capitalises names: shorthand, not a place
            # a unit number glued to the name ("RAVENHOLT7") does not make it a unit of measure
            glued_after = w.glued_digit and not (w.start > 0 and words.text[w.start - 1].isdigit())
            cls = w.raw_cls if glued_after else w.cls
            if _acronym(w) and w.flags & (WORD | ABBREV) and not _hospital_ending(w):
                break  # "sent to BB", "to PT", "returned to NSR": blood bank, therapy, a rhythm
            if _acronym(w):
                s = 0.8  # "to GBMC", "from OSH"
            elif not taken and self._capitals_acronym(words, w):
                s = 0.7  # "transferred from UCLA", "received from UVA" in a note that capitalises names
            elif w.place_like or cls in ("unknown", "name"):
                s = 0.85 if (w.place_like or words.capitalised(w)) else 0.75
            elif cls == "ambiguous":
                s = 0.8 if words.capitalised(w) else 0.6
            elif taken and words.capitalised(w):
                s = 0.7
            else:
                break
            taken.append((j, s * factor))
            j += 1
        for k, s in taken:
            self._hit(hits, k, s, "HOSPITAL", "places.transfer")

    @staticmethod
    def _capitals_acronym(words: Words, w: Word) -> bool:
        """In a note that capitalises names, three to five capitals with vowels that no clinical
        abbreviation list holds ("UCLA", "UVA"); not a unit's ("EMU", "ACU") nor a generic agency ("VNA")."""
        return (words.mixed_case and w.is_alpha and 3 <= len(w.text) <= 5 and w.text.isupper()
                and not w.flags & (ABBREV | DRUG) and not w.lower.endswith("u") and w.lower not in GENERIC_ACRONYMS)

    def _hits_transfer_word(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"TRANSFER RAVENHOLT 2": "transfer" right before a name, without "to"."""
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if a.lower in ("transfer", "xfer", "txr") and b.is_alpha and b.line == a.line and b.lower not in ("to", "from"):
                if b.cls in ("unknown",) or _acronym(b) or b.place_like:
                    self._take_after_cue(words, hits, i + 1, a.line, 0.8)

    def _hits_hospital_acronym(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"at GH", "to GBMC", "from MGH", "GH EW": a vowel-less acronym that ends like a hospital's
        ("...H" for Hospital, "...MC" for Medical Center, "...HC" for Health Center) after a place
        preposition or before its emergency ward or a care unit ("SMH ICU", "tx from bhc ccu")."""
        for i in range(len(words)):
            w = words[i]
            if not w.lower.endswith(_HOSPITAL_ENDINGS + ("'s",)):
                continue  # (most words: no hospital's ending, no possessive; checked in full below)
            # the word before on the same line, if any ("SMH ICU called" may open a line)
            p = words[i - 1] if i > 0 and words[i - 1].line == w.line else None
            # in a note written all in lower case an acronym is lower case too ("sent to gh")
            # and nurses who write in lower case write it so in a note with capitals too ("was seen at bmh")
            # "TRH's ed sent pt": an acronym's possessive
            possessive = (w.lower.endswith("'s") and 2 <= len(w.text) - 2 <= 5 and w.text[:-2].isalpha()
                          and w.text[:-2].isupper() and not has_vowel(w.lower[:-2]))
            acronym = _acronym(w) or possessive or ((words.lower_case or (words.mixed_case and w.text.islower()))
                                                    and w.is_alpha and 2 <= len(w.text) <= 5 and not has_vowel(w.lower))
            # a town's initial may be a vowel ("OMC", "AJGH"): three letters or more, no clinical
            # abbreviation or drug, and rare as a word
            vowel_initial = (not acronym and w.is_alpha and 3 <= len(w.text) <= 5 and (w.text.isupper() or words.lower_case)
                             and w.lower[0] in _VOWELS and not has_vowel(w.lower[1:])
                             and not w.flags & (ABBREV | DRUG) and w.zipf < VOWEL_ACRONYM_MAX_ZIPF)
            # in a note that capitalises names, capitals with a vowel inside that no clinical list holds
            # and the web rarely writes ("at MUH", "from BUH"): read letter by letter, as above
            capitals = (not acronym and not vowel_initial and self._capitals_acronym(words, w)
                        and w.zipf < VOWEL_ACRONYM_MAX_ZIPF)
            # after "at" or "from", a word no list holds, spelled as no word, that ends like a hospital's
            # ("at berh", "from atagh"; not "CO via fich", a method)
            unlisted = (p is not None and p.lower in ("at", "from") and w.is_alpha and 3 <= len(w.text) <= 5 and not w.flags
                        and w.zipf == 0.0 and w.cls == "unknown" and (w.text.isupper() or w.text.islower()))
            if not (acronym or vowel_initial or unlisted or capitals) or care_unit(w.lower):
                continue
            if not (_hospital_ending(w) or possessive) or w.zipf >= 3.5:
                continue  # "pH", "CH", "SH" are frequent abbreviations
            nxt = words.get(i + 1)
            staff = nxt is not None and nxt.line == w.line and (
                nxt.lower in INSTITUTION_STAFF
                # its own care unit, when the acronym is no clinical abbreviation ("ICH ICU" is a diagnosis)
                or (unit_acronym(nxt.lower) and not w.flags & (ABBREV | DRUG)))
            # "OSH: KMH", "osh = smh", "outside hosp (BCH)": a hospital word names the field or the aside
            field = (p is not None and p.text in (":", "=", "(") and i >= 2 and words[i - 2].lower in HOSPITAL_FIELDS
                     and words[i - 2].line == w.line)
            # "TO GO TO JCH. ECMC ON TUESDAY", "to BCMC/DRMC": the next of hospitals named one after another
            listed = (p is not None and p.text in _HOSPITAL_LIST_JOINS and i >= 2 and words[i - 2].line == w.line
                      and hits.get(i - 2, (0.0, "", ""))[1] == "HOSPITAL" and len(words[i - 2].text) <= 5
                      and not has_vowel(words[i - 2].lower))
            # "RHC->here", "CRH 5/12: cath", "hx per SMH notes", "SGH gave 2 u": a hospital's own ending
            # in the shorthand of a course of care (``_course_of_care``)
            course = not (staff or field or listed) and self._course_of_care(words, i)
            if staff:  # "SEEN BY GBMC NURSE", "GH EW": the institution's staff or ward
                self._hit(hits, i, 0.9, "HOSPITAL", "places.hospital_acronym")
            elif field or listed or (p is not None and p.lower in HOSPITAL_PREPOSITIONS
                                                  and not _therapy_change_before(words, i - 1)):
                # "at GH", "BY GBMC", "OSH: KMH" (not "weaned from CVVH"); four letters are no initials
                self._hit(hits, i, 0.85 if len(w.text) >= 4 else 0.7, "HOSPITAL", "places.hospital_acronym")
            elif course:
                self._hit(hits, i, 0.7, "HOSPITAL", "places.hospital_acronym")

    def _hits_course_of_care(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """A hospital or town named in the shorthand of a course of care, before an arrow to here
        ("Augusta -> here via medflight", "TX'D EWING->HERE"), before its hospital course ("Covington
        course: ..."), its ward with a date, a stay or an arrow ("JONES ER ON 5/3", "Bell ed -> cath
        lab"), after a prior admission or a visit with a date ("prior admit Melrose 2/01", "pt seen
        Westlake 6/2"), or as a discharge choice against home ("d/c plan: Caledonia vs home", "pt
        prefers Crawford over home", "rehab choice #1 Stoneham"). One to three words a name or place
        list holds or no list holds; a word of the language only capitalised in a note that
        capitalises names."""
        n = len(words)
        arrows = "->" in words.text
        for i in range(n):
            w = words[i]
            after = self._course_after(words, i, arrows)
            loose = after == "arrow"  # a word of the language only before an arrow to here
            # a word no list holds before "course:" is more often a time in shorthand ("OVERNOC COURSE:")
            unknown = after != "course"
            if after and self._course_word(words, w, loose, unknown):
                k = i
                while k - 1 >= 0 and i - k < 2 and words[k - 1].line == w.line \
                        and self._course_word(words, words[k - 1], loose, unknown) \
                        and "'" not in words[k - 1].text and words.text[words[k - 1].end:words[k].start] == " ":
                    # (not "TX'D EWING->HERE": the verb before the place)
                    k -= 1
                for j in range(k, i + 1):
                    self._hit(hits, j, 0.7, "HOSPITAL", "places.course_of_care")
            if self._course_before(words, i):
                j = i + 1
                run: List[int] = []
                unknown = w.lower != "at"  # "AT MIDNOC:", "at overnoc:": a time in shorthand
                while j < n and len(run) < 3 and words[j].line == w.line and self._course_word(words, words[j], unknown=unknown):
                    run.append(j)
                    j += 1
                if run and self._course_closes(words, i, j):
                    for k in run:
                        self._hit(hits, k, 0.7, "HOSPITAL", "places.course_of_care")

    def _course_word(self, words: Words, w: Word, loose: bool = True, unknown: bool = True) -> bool:
        """A word that may name a hospital or town in a course of care: a listed name or place, or
        (with ``unknown``) a word no list holds, three letters or more; not an abbreviation, drug,
        care unit, facility head or cue word; with ``loose``, a word of the language capitalised
        where case tells (not before a care unit: "in Surgical ICU x 3 days", "Rehabilitation
        Hospital on 7/6")."""
        if not w.is_alpha or len(w.text) < 3 or w.cls == "function" or w.flags & (ABBREV | DRUG) or care_unit(w.lower):
            return False
        if (w.lower in EMERGENCY_WARDS or w.lower in COURSE_HOSPITAL_AFTER or w.lower in _COURSE_WORDS
                or w.lower in GENERIC_FACILITY_HEADS):
            return False
        if w.cls == "name" or w.place_like or (unknown and w.cls == "unknown"):
            return not (words.mixed_case and w.text.islower())
        return loose and words.mixed_case and words.capitalised(w) and w.zipf < COMMON_PLACE_WORD_ZIPF

    @staticmethod
    def _arrow_at(words: Words, pos: int) -> bool:
        """An arrow "->" starts at character ``pos``, after optional spaces."""
        return words.text[pos:pos + 4].lstrip(" ").startswith("->")

    def _course_after(self, words: Words, i: int, arrows: bool = True) -> str:
        """What follows word ``i`` makes it a hospital or town of a course of care ("" if nothing):
        an arrow to "here" ("arrow"), its "course:" ("course"), or its emergency ward or care unit
        with a date, a stay or an arrow ("ward"). ``arrows``: the text holds an arrow at all."""
        w = words[i]
        text = words.text
        if arrows and self._arrow_at(words, w.end):
            rest = text[w.end:w.end + 12].lstrip(" ")[2:].lstrip(" ").lower()
            return "arrow" if rest.startswith("here") else ""
        nxt = words.get(i + 1)
        if nxt is None or nxt.line != w.line:
            return ""
        if nxt.lower == "course":
            colon = words.get(i + 2)
            return "course" if colon is not None and colon.text == ":" else ""
        if nxt.lower in EMERGENCY_WARDS or care_unit(nxt.lower):
            if self._arrow_at(words, nxt.end) or w.lower.endswith("'s"):
                return "ward"  # ("Stratford's ed sent pt", "was in Hill's icu x 3d": its own ward)
            a, b = words.get(i + 2), words.get(i + 3)
            dated = (a is not None and b is not None and a.line == w.line
                     and ((a.lower == "on" and b.kind == "digit") or (a.lower == "x" and b.kind == "digit")))
            return "ward" if dated else ""
        return ""

    @staticmethod
    def _course_before(words: Words, i: int) -> bool:
        """Word ``i`` opens a hospital's or town's slot of a course of care: "admit" after "prior",
        "last" or "previous"; "seen"; "prefers"; "at" (before a colon); "plan" and a colon; a
        choice's number ("#1")."""
        w = words[i]
        if w.lower not in _COURSE_OPENERS and w.kind != "digit":
            return False  # (most words)
        prev = words.get(i - 1)
        if w.lower in _ADMISSION_WORDS and prev is not None and prev.line == w.line and prev.lower in ("prior", "last", "previous"):
            return True
        if w.lower in _SLOT_WORDS:
            return True
        if w.text == ":" and prev is not None and prev.lower == "plan":
            return True
        if w.kind != "digit" or prev is None or prev.text != "#" or words.text[w.end:w.end + 1] != " ":
            return False
        chooser = words.get(i - 2)  # "rehab choice #1 X", not "intubated with # 8 oet", "#6 Shiley"
        return chooser is not None and chooser.line == w.line and chooser.lower in CHOICE_WORDS

    @staticmethod
    def _course_closes(words: Words, i: int, j: int) -> bool:
        """The slot opened at word ``i`` and filled up to word ``j`` closes as its kind wants: a date
        after a visit or an admission, "vs"/"over" after a plan or a preference, a comma or the
        line's end after a choice's number, a colon after "at"."""
        cue, nxt = words[i], words.get(j)
        if cue.lower in ("admit", "admission", "seen"):
            return nxt is not None and nxt.kind == "digit" and bool(re.match(r"\s?\d{1,2}/\d{1,2}", words.text[nxt.start - 1:nxt.start + 6]))
        if cue.lower in ("prefers", "prefer") or cue.text == ":":
            return nxt is not None and nxt.lower in ("vs", "over", "versus")
        if cue.lower == "at":  # "cxr at Brentwood: rll pna", "at Liberal: intubated"
            return nxt is not None and nxt.text == ":" and nxt.line == cue.line
        return nxt is None or nxt.line != cue.line or nxt.text in (",", ";", ".")

    @staticmethod
    def _course_of_care(words: Words, i: int) -> bool:
        """Acronym ``i`` ends as only a hospital's does (``COURSE_HOSPITAL_ENDINGS``: "...MC", "...GH",
        "...MH"), is no clinical abbreviation or drug, and stands where a course of care names
        one: beside an arrow ("BRMC->here", "osh -> BMH"), before a date ("KLGH 5/12: cath"), a
        record, its staff or a choice ("hx per SMH notes", "SMH staff", "SGH vs home"), after "(", a
        visit, an admission, a preference or a choice's number (``_course_before``: "pt seen GMH 6/2",
        "choice #1 DLMC"), or opening a clause before what a hospital does ("SGH gave 2 u prbc")."""
        w = words[i]
        core = w.lower[:-2] if w.lower.endswith("'s") else w.lower
        # (the word list holds many letter strings, "smc", "bmh": only a clinical abbreviation or a
        # drug, "RHC", "CMC", is excluded)
        if not core.endswith(COURSE_HOSPITAL_ENDINGS) or w.flags & (ABBREV | DRUG) or w.zipf >= VOWEL_ACRONYM_MAX_ZIPF:
            return False
        text = words.text
        before = text[max(0, w.start - 3):w.start]
        if before.endswith("/") or text[w.end:w.end + 1] in ("/", "-") and not text[w.end:w.end + 2] == "->":
            return False  # "E/HRH", "ECH-2": glued to another word or a number
        if PlaceFinder._arrow_at(words, w.end) or before.rstrip(" ").endswith("->"):
            return True
        if core != w.lower:
            return True  # "TRH's ed sent pt"
        nxt, prev = words.get(i + 1), words.get(i - 1)
        if nxt is not None and nxt.line == w.line:
            if nxt.kind == "digit" and re.match(r"\s?\d{1,2}/\d{1,2}\b", text[w.end:w.end + 7]):
                return True  # "CRH 5/12: cath, 3vd", "echo (BMH 4/30)"
            if nxt.lower in COURSE_HOSPITAL_AFTER:
                return True
            if nxt.lower in HOSPITAL_ACTS and (prev is None or prev.line != w.line or prev.text in ".:;"):
                return True
        if prev is not None and prev.line == w.line:
            return prev.lower in COURSE_HOSPITAL_BEFORE or prev.text == "(" or PlaceFinder._course_before(words, i - 1)
        return False

    def _hits_named_emergency(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"from brambury ew", "arrived from Grafton ED": a name-like word between a place preposition
        and an emergency ward is the hospital's name."""
        for i in range(1, len(words) - 1):
            p, w, nxt = words[i - 1], words[i], words[i + 1]
            if not (p.line == w.line == nxt.line and w.is_alpha and nxt.lower in EMERGENCY_WARDS):
                continue
            if p.lower not in HOSPITAL_PREPOSITIONS or care_unit(w.lower) or w.cls == "function":
                continue
            # (a misspelling-like word too, unless spelled like a word, a drug or an abbreviation: "from mutiso ew")
            if (w.cls in ("name", "unknown") or w.place_like or (w.cls == "ambiguous" and words.capitalised(w))
                    or self._name_spelled_typo(words, w, SPELLED_AS_WORD)):
                self._hit(hits, i, 0.9, "HOSPITAL", "places.emergency")

    def _hits_liaison(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"Youngstown liaison in to see pt", "MILLER SCREENER": a name-like word before a facility's
        liaison or screener is the facility (or the person: PHI either way); not a care unit, a
        kind of place ("rehab liaison", "VNA liaison") or an ordinary word ("family liaison")."""
        for i in range(len(words) - 1):
            w, nxt = words[i], words[i + 1]
            if nxt.lower not in LIAISON_WORDS or not w.is_alpha or w.line != nxt.line or care_unit(w.lower):
                continue
            if w.cls in ("function", "ordinary") or w.lower in GENERIC_ACRONYMS or w.flags & (ABBREV | DRUG):
                continue
            if w.cls in ("name", "unknown") or w.place_like or words.capitalised(w) or not words.mixed_case:
                self._hit(hits, i, 0.8, "HOSPITAL", "places.liaison")

    def _hits_saint(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"a bed offered at St. Brigid", "a bed @ St A.", "ST JOSEPH'S": a hospital named for a saint --
        "St" and a given name or an initial (not "ST elevation", "St. John's wort")."""
        text = words.text
        for i in range(len(words) - 1):
            st = words[i]
            if st.lower not in SAINT or st.glued_digit:  # "1ST CASE": an ordinal
                continue
            j = i + 1
            dot = words[j].text == "." and text[st.end:words[j].start] == ""
            if dot:
                j += 1
            name = words.get(j)
            if not st.text[0].isupper() and not (words.lower_case and name is not None and (
                    dot or name.lower.endswith("'s"))):
                continue  # a lower-case "st" only in a note without capitals, as "st. agnes" or "st patrick's"
            if name is None or not name.is_alpha or name.line != st.line or text[words[j - 1].end:name.start] != " ":
                continue  # one space before the name: "St Brigid", "St. Brigid"
            if words.mixed_case and not name.text[0].isupper():
                continue
            after = words.get(j + 1)
            if after is not None and after.line == name.line and after.lower in SAINT_NOT_AFTER:
                continue  # "St. Jude valve", "ST ELEVATION"
            initial = len(name.text) == 1 and after is not None and after.text == "." and st.is_title
            # "St. E's", "ST C'S": the saint by the initial of its name, possessive
            initial = initial or (len(name.text) == 3 and name.lower.endswith("'s") and name.lower[0].isalpha())
            # "ST. MARYS": a possessive without its apostrophe
            given = name.flags & FIRST or (name.lower.endswith("s") and len(name.text) > 3
                                          and self.lexicon.flags(name.lower[:-1]) & FIRST)
            if not (initial or (given and name.cls != "function" and len(name.text) > 2)):
                continue
            for k in range(i, j + 1):  # "St", its full stop, the name: one span
                self._hit(hits, k, 0.9, "HOSPITAL", "places.saint")

    @staticmethod
    def _hospital_context(words: Words, first: int, last: int, transfer_to: bool = False) -> bool:
        """Words ``first`` to ``last`` stand where a hospital's name does: after a hospital's
        preposition (not after a therapy's change: "weaned from"; with ``transfer_to``, after "to"
        only a transfer's) or field ("OSH: ...", "osh = ..."), or before its staff, ward or
        facility word ("... CCU called", "... nurse", "... Hospital")."""
        p, nxt = words.get(first - 1), words.get(last + 1)
        p = p if p is not None and p.line == words[first].line else None
        nxt = nxt if nxt is not None and nxt.line == words[last].line else None
        field = p is not None and p.text in (":", "=", "(") and first >= 2 and words[first - 2].lower in HOSPITAL_FIELDS
        cued = p is not None and p.lower in HOSPITAL_PREPOSITIONS and not _therapy_change_before(words, first - 1) and (
            not transfer_to or p.lower not in ("to", "into") or _transfer_before(words, first))
        named = nxt is not None and (nxt.lower in INSTITUTION_STAFF or nxt.lower in FACILITY_AFTER
                                     or unit_acronym(nxt.lower))
        return cued or field or named

    def _hits_ampersand(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"transferred from B&K", "K&W ICU", "osh: T&R": initials joined by "&" after a hospital's
        preposition or field, or before its staff, ward or facility word; not a clinical pair the
        abbreviation list holds ("A&O", "I&D", "C&S", "H&P") nor after a therapy's change."""
        for i in range(1, len(words) - 1):
            a, amp, b = words[i - 1], words[i], words[i + 1]
            if amp.text != "&" or not (a.is_alpha and b.is_alpha and a.end == amp.start and amp.end == b.start):
                continue
            if len(a.text) != 1 or len(b.text) != 1 or self.lexicon.flags(f"{a.lower}&{b.lower}") & (ABBREV | WORD):
                continue
            # after "to" only a transfer's ("transferred to B&K"): "asked pt to C&R q1h" is a breathing exercise
            if self._hospital_context(words, i - 1, i + 1, transfer_to=True):
                for k in (i - 1, i, i + 1):
                    self._hit(hits, k, 0.8, "HOSPITAL", "places.ampersand")

    def _hits_mount(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"transferred from Mt. Halcyon", "MT. DAVENPORT CCU": a hospital named "Mount" and a name,
        after a hospital's preposition or field, or before its staff, ward or facility word."""
        for i in range(len(words) - 1):
            mt = words[i]
            if mt.lower not in ("mt", "mount"):
                continue
            j = i + 2 if words[i + 1].text == "." and words[i + 1].start == mt.end else i + 1
            name = words.get(j)
            if name is None or not name.is_alpha or name.line != mt.line or name.start - words[j - 1].end != 1:
                continue
            if name.cls == "function" or (words.mixed_case and not name.text[0].isupper()):
                continue  # "Mt. of" ; in a note with capitals the name has one
            if name.cls == "ordinary" and not name.place_like and not words.capitalised(name):
                continue  # "mount ordinary words": no name
            if self._hospital_context(words, i, j):
                for k in range(i, j + 1):
                    self._hit(hits, k, 0.8, "HOSPITAL", "places.mount")

    def _hits_insulin_protocol(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"insulin drip following Zoryan scale", "IV insulin per Ampofowaa protocol": an insulin
        scale or protocol named by one or two name-like words is a hospital's (the clinical scales
        named for people, "Glasgow", "Braden", are no insulin's); "per sliding scale", "per
        humalog scale" are words and drugs."""
        for i in range(len(words)):
            for k in self.insulin_protocol_name(words, i):
                self._hit(hits, k, 0.75, "HOSPITAL", "places.insulin_protocol")

    def insulin_protocol_name(self, words: Words, i: int) -> List[int]:
        """The indices of the name-like words that name the insulin protocol whose head ("scale",
        "protocol") is word ``i``, or []."""
        head = words[i]
        if head.lower not in PROTOCOL_HEADS:
            return []
        named = _name_words_before(words, i, lambda w: w.lower not in PROTOCOL_CUES and self._protocol_name_word(words, w))
        cue = words.get(i - len(named) - 1)
        if not named or cue is None or cue.line != head.line or cue.lower not in PROTOCOL_CUES:
            return []
        if not any(words[k].lower == "insulin" and words[k].line == head.line
                   for k in range(max(0, cue.i - INSULIN_REACH), cue.i)):
            return []
        return named

    @staticmethod
    def _protocol_name_word(words: Words, w: Word) -> bool:
        """A word that may name a hospital's protocol: letters, no drug, abbreviation or ordinary word
        (a listed name or place, or a word no list holds spelled like no word); capitalised in a
        note that capitalises names."""
        if not w.is_alpha or len(w.text) < 3 or w.flags & (DRUG | ABBREV) or w.cls == "function":
            return False
        if words.mixed_case and not w.text[0].isupper():
            return False
        if w.cls == "unknown" or w.typo:
            return w.spelling > SPELLED_AS_WORD
        return w.cls == "name" or w.place_like or (w.cls == "ambiguous" and bool(w.flags & (FIRST | LAST | PLACE)))

    def _hits_consult_service(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"Akcasu consult this pm", "P: Ushindi consult re insulin", "Goknur reconsult":
        one or two words no list holds (spelled like no word, capitalised in a note that capitalises
        names) opening a clause before "consult": a clinic or centre consulted by its name; the
        services' own words are the lists' ("Renal consult", "neurosurg consult", "ID consult")."""
        for i, head in enumerate(words.items):
            if head.lower not in CONSULT_HEADS:
                continue
            named = _name_words_before(words, i, lambda w: self._consulted_name_word(words, w))
            opener = words.get(i - len(named) - 1)
            if not named or not (opener is None or opener.line != head.line or opener.text in CLAUSE_OPENERS):
                continue
            for k in named:
                self._hit(hits, k, 0.7, "HOSPITAL", "places.consult_service")

    def _consulted_name_word(self, words: Words, w: Word) -> bool:
        """A word no list holds (or a name-like misspelling) spelled like a name, four letters or
        more, no clipped service or care unit; with a capital in a note that capitalises names."""
        if not w.is_alpha or len(w.text) < 4 or care_unit(w.lower) or clipped_service(w):
            return False
        if words.mixed_case and not w.text[0].isupper():
            return False
        return ((w.raw_cls == "unknown" and w.spelling > 0) or self._name_spelled_typo(words, w)) and has_vowel(w.lower)

    def _hits_between_units(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"FROM F-MICU/ZAVALA/CCU TEAMS": a name-like word between two care units joined by slashes is
        a ward or team named for someone (a care unit's own words are the lists')."""
        for i in range(2, len(words) - 2):
            w = words[i]
            a, b = words[i - 1], words[i + 1]
            if a.text != "/" or b.text != "/" or not w.is_alpha or len(w.text) < 4 or care_unit(w.lower):
                continue
            left, right = words[i - 2], words[i + 2]
            if not (words.glued(left, a) and words.glued(a, w) and words.glued(w, b) and words.glued(b, right)):
                continue
            if not (care_unit(left.lower) and care_unit(right.lower)):
                continue
            if w.cls in ("name", "unknown") or w.typo or (w.cls == "ambiguous" and w.flags & (FIRST | LAST)
                                                          and not w.flags & (ABBREV | DRUG)):
                self._hit(hits, i, 0.7, "DEPARTMENT", "places.between_units")

    def _hits_region(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"the Eastern Shore", "FROM THE NORTH SHORE": "the", a compass word and a region head
        ("shore", "side", "end"), capitalised in a mixed-case note."""
        for i in range(1, len(words) - 1):
            the, w, head = words[i - 1], words[i], words[i + 1]
            if w.lower not in COMPASS or head.lower not in REGION_HEADS or the.lower not in REGION_BEFORE:
                continue
            if not (the.line == w.line == head.line and words.text[w.end:head.start] == " "):
                continue
            if words.mixed_case and not (w.text[0].isupper() and head.text[0].isupper()):
                continue  # "the east side of the unit" in a note that capitalises names
            self._hit(hits, i, 0.75, "LOCATION_OTHER", "places.region")
            self._hit(hits, i + 1, 0.75, "LOCATION_OTHER", "places.region")

    def _hits_ward(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"RAVENHOLT 2", "Ellison 12", "ravenholt7": a named ward with its floor -- an unknown
        word of five letters or more (seven when glued to the number; capitalised in a note that
        capitalises names; no capital inside) and a floor number up to ``MAX_FLOOR`` that is no
        quantity, time, ratio or range."""
        text = words.text
        for i, w in enumerate(words.items):
            if not w.is_alpha or care_unit(w.lower):
                continue
            if not ((w.raw_cls == "unknown" and len(w.text) >= 5) or self._named_for_a_person(words, w)
                    or (len(w.text) >= 5 and self._name_spelled_typo(words, w) and self._ward_preposition_before(words, w))
                    or self._ward_place_word(words, w)):
                continue
            if w.start > 0 and text[w.start - 1].isdigit():
                continue  # "5mcq": a unit glued after a number
            if words.mixed_case and not w.text[0].isupper():
                continue
            num = words.get(i + 1)
            if not _floor_number(num) or num.line != w.line:
                continue
            gap = text[w.end:num.start]
            if gap not in ("", " ") or (gap == "" and len(w.text) < 7):
                continue  # "NAHCO3", "CABGx4": short words glued to a number are formulas and counts
            if not (w.text.isupper() or w.text.islower() or w.is_title):
                continue  # "AVpaced 70", "PSVof 15": shorthand runs of letters
            rest = text[num.end:num.end + 8]
            if re.match(r"[/.:,-]\d|[A-Za-z%']|\s*(?:to|-)\s*\^?\d", rest) or followed_by_unit(text, num.end):
                continue  # "Dilaudd 2mg", "Levoph 2-4", "sxnd 2x", "Pressr 12/5", "dobut 6 to 13"
            self._hit(hits, i, 0.55, "DEPARTMENT", "places.ward")

    def _name_spelled_typo(self, words: Words, w: Word, min_spelling: float = 0.0) -> bool:
        """A word one edit from an ordinary word ("armahan", "zaguri") but spelled like a name (its
        spelling score over ``min_spelling``) and no misspelt drug or abbreviation ("dopamin"): names of
        cultures the lists know little of fall near some word of a 195,000-word list as often as not."""
        return w.typo and w.spelling > min_spelling and not typo_flags(w.lower, self.lexicon) & (DRUG | ABBREV)

    @staticmethod
    def _ward_preposition_before(words: Words, w: Word) -> bool:
        """"to ARMAHAN 2", "transfer ARMAHAN 2": a word read as a misspelling names a ward only
        where one is gone to or come from (a misspelt word before a count is no ward); or joined by
        "or"/"and" to a word and its floor before ("to Madela 2 or ZAMPIA 3": a second ward)."""
        p = words.get(w.i - 1)
        if p is None or p.line != w.line:
            return False
        if p.lower in WARD_PREPOSITIONS | {"transfer", "xfer", "txr"}:
            return True
        floor, ward = words.get(w.i - 2), words.get(w.i - 3)
        return (p.lower in ("or", "and", "&") and _floor_number(floor) and ward is not None and ward.is_alpha
                and ward.line == w.line and words.text[ward.end:floor.start] == " " and not care_unit(ward.lower))

    @staticmethod
    def _staff_after_floor(words: Words, w: Word) -> bool:
        """A floor number after ``w``, then the ward's staff: "per Oolitic 3 RN", "Bivalve 2 nurse"."""
        floor, staff = words.get(w.i + 1), words.get(w.i + 2)
        return (floor is not None and staff is not None and floor.kind == "digit" and staff.line == w.line
                and staff.lower in WARD_STAFF and words.text[floor.end:staff.start] == " ")

    def _ward_place_word(self, words: Words, w: Word) -> bool:
        """A listed place, though a word too, where a ward is named: after a preposition of place
        or before its floor's staff ("ON WESTMINSTER 2", "per Oolitic 3 RN"). The place must read as
        one: its vector like a proper noun's (``WARD_PLACE_NAMENESS``: not "reading", "mobile",
        "bath"), or, with no vector, a rare word; no abbreviation, drug, device or frequent word."""
        if (not w.flags & PLACE or w.flags & (ABBREV | DRUG) or len(w.text) < 4 or w.cls == "function"
                or w.lower in DEVICE_EPONYMS or w.zipf >= WARD_PLACE_MAX_ZIPF):
            return False
        if not w.place_like:
            nameness = words.lexicon.nameness(w.lower)
            if not (nameness >= WARD_PLACE_NAMENESS if nameness is not None else w.zipf < WARD_PLACE_RARE_ZIPF):
                return False
        return self._ward_preposition_before(words, w) or self._staff_after_floor(words, w)

    def _unlisted_place_word(self, words: Words, w: Word) -> bool:
        """A word no list holds (or a name-like misspelling, ``_name_spelled_typo``), not spelled
        like a word, no care unit, capitalised in a note that capitalises names."""
        if not w.is_alpha or len(w.text) < 3 or care_unit(w.lower) or w.lower in CLAUSE_AFTER_PLACE:
            return False
        if words.mixed_case and not words.capitalised(w):
            return False  # "lives in apt": shorthand where a town would be capitalised
        return (w.raw_cls == "unknown" and w.spelling > SPELLED_AS_WORD) or self._name_spelled_typo(words, w)

    def _hits_residence_unlisted(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"lives in Kisumu", "LIVES NEARBY IN HINEWAI", "sister in Mpofos": after a residence
        phrase, a place field or a person located "in"/"from", one or two words that no list holds:
        the towns of countries whose gazetteers hold only their cities."""
        for i, w in enumerate(words.items):
            if i in hits or not self._unlisted_place_word(words, w):
                continue
            cue = self._cue_before(words, i)
            if not (_strong_cue(cue) or _located_cue(cue)):
                continue
            self._hit(hits, i, 0.75, "CITY", "places.residence")
            nxt = words.get(i + 1)
            if (nxt is not None and nxt.line == w.line and words.text[w.end:nxt.start] == " "
                    and self._unlisted_place_word(words, nxt)):
                self._hit(hits, i + 1, 0.75, "CITY", "places.residence")

    @staticmethod
    def _named_for_a_person(words: Words, w: Word) -> bool:
        """After a preposition of place, a listed name and nothing else ("bed on ABDI 10"), in a note
        in one case a listed name that is also a place but no word ("on moreno 10"), or any
        listed name capitalised in a note that capitalises names ("report given to rn on Bridges 11";
        no abbreviation, drug or device: "to Simv 12", "on Foley 14"): buildings and wards are named for donors."""
        p = words.get(w.i - 1)
        if p is None or p.line != w.line or p.lower not in WARD_PREPOSITIONS:
            return False
        if w.raw_cls == "name" and len(w.text) >= 4:
            return True
        if w.raw_cls == "ambiguous" and len(w.text) >= 4 and not words.mixed_case and w.flags & (FIRST | LAST) \
                and not w.flags & (WORD | ABBREV | DRUG) and w.lower not in DEVICE_EPONYMS:
            return True  # "bed on moreno 10", "ON SINGLETON 8": a name that is also a place, in a note in one case
        return (words.capitalised(w) and len(w.text) >= 3 and w.raw_cls in ("name", "ambiguous")
                and not w.flags & (ABBREV | DRUG) and w.lower not in DEVICE_EPONYMS)

    @staticmethod
    def _university_before(words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"U Maryland", "Univ Chicago": the abbreviated "University" before a found place."""
        for k in sorted(hits):
            p = words.get(k - 1)
            if (p is not None and k - 1 not in hits and p.is_alpha and p.lower in UNIVERSITY_ABBREVIATIONS
                    and p.text[0].isupper() and words.text[p.end:words[k].start] in (" ", ". ")):
                # "U" before a place is strong context: the two are a university, not a person
                score = max(hits[k][0], 0.9)
                hits[k - 1] = (score, "ORGANIZATION", "places.university")
                hits[k] = (score, hits[k][1], hits[k][2])

    def _hits_gazetteer(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        for i, w in enumerate(words.items):
            if not w.is_alpha:
                continue
            phrase = self._phrase_at(words, i)
            state_code = w.text.isupper() and len(w.text) == 2 and w.lower in _STATE_CODES
            if phrase is None and not state_code and not w.flags & (STATE | COUNTRY) and not w.is_place:
                continue  # nothing below reads a word that is no place (most words): spare its cue
            cue = self._cue_before(words, i) or self._coordinated_cue(words, i, hits)
            nxt = words.get(i + 1)
            if phrase is None and nxt is not None and nxt.line == w.line and nxt.lower in DYE_WORDS_AFTER:
                continue  # "congo red", "Sudan black", "Nile blue stain": a dye named after a place
            if w.lower == "house" and self._house_not_facility(words, i):
                continue  # "advance to House diet": a diet, not the town
            if phrase is None and w.lower in DEVICE_EPONYMS and not _strong_cue(cue):
                continue  # "OOB held d/t Quinton", "PASSY MUIR VALVE ON": the device, not the town
            if phrase is not None:
                last, kind = phrase
                members = [words[k] for k in range(i, last + 1)]
                all_ordinary = all(m.cls in ("ordinary", "function") or m.flags & (WORD | ABBREV | DRUG) for m in members)
                # no cue: below the merge's PLACE_CONTEXT, so a model's NAME keeps its label ("called
                # Anna Maria at home": a town's name and a woman's)
                s = 0.9 if _strong_cue(cue) else (0.75 if cue else PLACE_ALONE)
                head = words.get(last + 1)
                facility = head is not None and head.line == w.line and (
                    head.lower in FACILITY_AFTER or self._general_head(words, last + 1) or _paired_head(words, last + 1))
                if all_ordinary and not any(words.capitalised(m) for m in members):
                    if not words.mixed_case and cue is not None and (
                            _strong_cue(cue) or cue[-1] in COUNTRY_CUE_WORDS or _transfer_before(words, i)):
                        # a note without capitals: "from winter garden", "LIVES IN STATE COLLEGE",
                        # "return to cottonwood heights" (a transfer phrase) are the town; in mixed
                        # case a town would be capitalised
                        s = 0.6
                    else:
                        s = 0.5 if _strong_cue(cue) else 0.0
                if facility:  # "state college hospital", "LONG ISLAND CITY NURSING HOME": the place names it
                    s = max(s, 0.8)
                elif self._before_resident(words, i, last):
                    s = max(s, 0.7)  # "Apple Valley resident, lives alone"
                if s >= self.min_score:
                    label = "HOSPITAL" if facility else (kind if kind in ("STATE", "COUNTRY") else "CITY")
                    for k in range(i, last + 1):
                        self._hit(hits, k, s, label, "places.gazetteer")
                    if facility and head.lower == "general":
                        self._hit(hits, last + 1, s, label, "places.gazetteer")
                continue
            if _strong_cue(cue) and state_code:
                self._hit(hits, i, 0.8, "STATE", "places.state_code")  # "lives in DC", "moved from NJ"
                continue
            if w.flags & STATE and w.cls not in ("function", "ordinary") and len(w.text) > 3:
                self._hit(hits, i, 0.8 if w.cls == "unknown" or cue else 0.55, "STATE", "places.state")
                continue
            if w.flags & COUNTRY and w.cls not in ("function", "ordinary"):
                self._hit(hits, i, 0.75 if cue else 0.55, "COUNTRY", "places.country")
                continue
            if w.flags & COUNTRY and w.cls == "ordinary" and cue is not None and cue[-1] in COUNTRY_CUE_WORDS:
                # the word list holds most countries as words ("vietnam", "pakistan", "lebanon"): after
                # "from" or "in" (or a residence phrase) it is the country, in any case; "allergic to
                # turkey", "slice of turkey" are no cue for it
                self._hit(hits, i, 0.75, "COUNTRY", "places.country")
                continue
            if w.flags & (COUNTRY | STATE) and len(w.text) > 3 and words.mixed_case and words.capitalised(w) \
                    and not words.sentence_start(w):
                # "traveled through Uruguay", "went back to Georgia": a country or state the word list
                # holds too, capitalised inside a sentence of a note that capitalises names
                label = "COUNTRY" if w.flags & COUNTRY else "STATE"
                # "spoke with Virginia": a person's name too, so no more than a place alone
                self._hit(hits, i, PLACE_ALONE if w.flags & (FIRST | NAME) else 0.7, label, f"places.{label.lower()}")
                continue
            if not w.is_place:
                continue
            if cue:
                strong = (_strong_cue(cue) or (cue == ("of",) and self._after_name(words, i - 1))
                          or (_located_cue(cue) and (w.cls in ("name", "unknown") or w.typo)))
                s = self._place_word(words, w, strong)
                if not strong and cue in (("to",), ("at",), ("of",)) and w.flags & NAME and not words.capitalised(w):
                    s = min(s, 0.45)  # "to Aline", "at Hickman": person-like words need more
                if nxt is not None and nxt.line == w.line and nxt.lower in AREA_HEADS and cue[-1] in COUNTRY_CUE_WORDS \
                        and (w.place_like or w.flags & BIG_PLACE) and w.cls != "function" and not w.flags & (ABBREV | DRUG):
                    s = max(s, 0.7)  # "pt from the monterey area", "lives in hurricane county": a listed place's area
                if (_strong_cue(cue) and not words.mixed_case and w.flags & BIG_PLACE and w.cls != "function"
                        and not w.flags & (ABBREV | DRUG) and self._clause_ends_after(words, i)):
                    # "LIVES IN READING WITH WIFE": in a note whose case says nothing, a city that is a
                    # word too, after a residence phrase and closing its clause (not "lives in fear of")
                    s = max(s, 0.6)
            elif w.place_like and w.cls == "unknown" and len(w.text) >= 5:
                # an unknown word that some gazetteer lists ("Brinnon"): below the default
                # threshold inside a line, support when the NER finds it too; opening a line (the
                # city line of an address) or capitalised in a mixed-case note, a place
                s = 0.5 if self._line_opening(words, w) or words.capitalised(w) else WEAK_ALONE
            else:
                # a capitalised name that is a place too, with no cue; not an eponym ("Nottingham grade",
                # "Stevens-Johnson syndrome", "Barrett esophagus")
                s = 0.5 if words.capitalised(w) and w.cls == "name" and not _eponym_at(words, i) else 0.0
            if s < 0.7 and self._before_resident(words, i):
                s = 0.7  # "Jamestown resident, lives alone": a town's resident
            if s >= self.min_score:
                # a state or country the word list holds too ("PT FROM OHIO") keeps its kind for its surrogate
                kind = "STATE" if w.flags & STATE else ("COUNTRY" if w.flags & COUNTRY else "CITY")
                self._hit(hits, i, s, kind, "places.gazetteer")
        self._city_state(words, hits)
        self._town_before_state(words, hits)

    def _town_before_state(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"this Katsifon Maryland facility", "FROM KATSIFON MARYLAND": a word no list holds,
        spelled like a name, right before a state written out, no comma between, is a town of that
        state (the gazetteer lacks it); capitalised in a note that capitalises names."""
        for i in range(len(words) - 1):
            w, st = words[i], words[i + 1]
            if i in hits or not st.is_alpha or st.line != w.line or words.text[w.end:st.start] != " ":
                continue
            if (not st.flags & STATE or len(st.text) <= 3 or st.flags & (ABBREV | DRUG)
                    or st.cls in ("function", "ordinary")):
                continue
            if not self._unlisted_place_word(words, w) or len(w.text) < 4 or not has_vowel(w.lower):
                continue
            if words.mixed_case and not (w.text[0].isupper() and st.text[0].isupper()):
                continue
            self._hit(hits, i, 0.75, "CITY", "places.town_state")
            if i + 1 not in hits:
                self._hit(hits, i + 1, 0.75, "STATE", "places.town_state")

    def _city_state(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"Towson, MD" / "Towson, Maryland" / "st. louis, mo": the word before the comma is a city
        (a listed place, or the end of a place phrase found already), the word after it its state.
        A state code is upper case, or lower case after a lower-case city in a note without
        capitals ("austin, tx": ``Words.lower_case``), unless it is a word that follows a comma as often ("in", "or")."""
        for i in range(len(words) - 2):
            a, comma, st = words[i], words[i + 1], words[i + 2]
            if comma.text != "," or not a.is_alpha or a.line != st.line:
                continue
            if not (a.is_place or i in hits):
                self._cued_city_code(words, hits, i)
                continue
            code = len(st.text) == 2 and st.lower in _STATE_CODES and (
                st.text.isupper() or (words.lower_case and st.lower not in LOWER_CASE_CODE_WORDS))
            state = (st.flags & STATE) or code
            if state and (i in hits or (a.cls not in ("function", "ordinary") and not a.flags & (WORD | ABBREV))):
                if self._signature(words, i, st):
                    continue
                if i not in hits:
                    self._hit(hits, i, 0.85, "CITY", "places.city_state")
                if st.flags & STATE or (code and st.text.islower()):  # an upper-case code is the model's to find
                    self._hit(hits, i + 2, 0.85, "STATE", "places.city_state")
            elif not state:
                self._cued_city_code(words, hits, i)  # "from port huron, oh": a cue makes "oh" Ohio

    def _address_line(self, words: Words, hits: Dict[int, Tuple[float, str, str]]) -> None:
        """"new lisa, nc wr72 9yt", "sabrinaview, vt 0891", "aurangabad, bihar 486079": a town, a
        comma, a state code (or a listed region) and a postcode close an address, whatever the case
        and whether or not a gazetteer knows the town. Not a lower-case code that is a word as often
        ("in 2005"), nor a year as the code's number."""
        for i in range(len(words) - 3):
            a, comma, st = words[i], words[i + 1], words[i + 2]
            if comma.text != "," or not a.is_alpha or not st.is_alpha or not (a.line == comma.line == st.line):
                continue
            if a.cls in ("function", "ordinary") and not a.is_place and i not in hits:
                continue
            code = st.lower in _STATE_CODES and not (st.text.islower() and st.lower in LOWER_CASE_CODE_WORDS)
            region = not code and (st.flags & (STATE | PLACE) or st.cls == "unknown") and not st.flags & (ABBREV | DRUG)
            if not (code or region) or not _POSTCODE_AFTER.match(words.text, st.end):
                continue
            k = i
            if k > 0 and words[k - 1].line == a.line and words[k - 1].lower in PLACE_NAME_PREFIXES:
                k -= 1  # "new lisa", "north alexandrahaven"
            for j in range(k, i + 1):
                if j not in hits:
                    self._hit(hits, j, 0.85, "CITY", "places.address_line")
            if i + 2 not in hits:
                self._hit(hits, i + 2, 0.85, "STATE", "places.address_line")

    def _cued_city_code(self, words: Words, hits: Dict[int, Tuple[float, str, str]], i: int) -> None:
        """"lives in north jessica, oh", "from smithville, tx" in a note in lower case: a city no
        gazetteer lists, then a state code, after a place cue ("from", "in", "lives in") that
        stands before the city's words (up to three; an ordinary or function word only as a town
        name's opening word: "port", "north", "lake")."""
        st = words[i + 2]
        nxt = words.get(i + 3)
        if not (words.lower_case and len(st.text) == 2 and st.lower in _STATE_CODES
                and (nxt is None or nxt.line != st.line or nxt.kind == "punct")):
            return  # the code ends its clause: "from smithville, in the fall", "wedge, pa 56/34" are no state
        k = i
        while k >= 0 and i - k < 3:
            w = words[k]
            if not w.is_alpha or w.line != st.line or care_unit(w.lower) or (
                    w.cls in ("function", "ordinary") and (k == i or w.lower not in PLACE_NAME_PREFIXES)):
                return
            cue = self._cue_before(words, k)
            if cue is not None and (cue[-1] in CITY_CODE_CUE_WORDS or _strong_cue(cue)):
                for j in range(k, i + 1):
                    self._hit(hits, j, 0.8, "CITY", "places.city_state")
                self._hit(hits, i + 2, 0.85, "STATE", "places.city_state")
                return
            k -= 1

    @staticmethod
    def _signature(words: Words, i: int, st: Word) -> bool:
        """"Ricardo Conley, MD", "seen by Conley, MD": a state code that is also a credential,
        after a given name or a word that leads to a person, signs a name; it is no city."""
        if st.lower not in CREDENTIALS:
            return False
        b = words.get(i - 1)
        return b is not None and b.line == words[i].line and (
            bool(b.flags & FIRST) and b.cls in ("name", "ambiguous", "unknown") or b.lower in _SIGNATURE_LEADS)

    @staticmethod
    def _after_name(words: Words, i: int) -> bool:
        """Is the word before index ``i`` (an "of") part of a person's name? ("Colin Koetz of Westfield")"""
        b = words.get(i - 1)
        return b is not None and b.is_alpha and b.line == words[i].line and (
            b.cls in ("name", "unknown") or words.capitalised(b))

    def _cue_before(self, words: Words, i: int) -> Optional[Tuple[str, ...]]:
        a = words.get(i - 1)
        if a is not None and a.text == ":" and a.line == words[i].line:
            f = words.get(i - 2)  # a form field that holds a place: "Where: Unionville", "City: Towson"
            if f is not None and f.is_alpha and f.line == a.line and f.lower in PLACE_FIELDS:
                return (f.lower, ":")
        if a is None or not a.is_alpha or a.line != words[i].line:
            return None
        if a.lower in BARE_RESIDENCE_VERBS and words[i].cls != "function" and len(words[i].text) > 2:
            # "lives Niles w/ wife": a residence phrase written without its "in" (not "LIVES IN", nor
            # "RESIDES NH", where a code is as likely the nursing home as the state)
            return (a.lower, "in")
        b = words.get(i - 2)
        if b is not None and b.is_alpha and b.line == a.line and (b.lower, a.lower) in _PLACE_CUE_SET:
            return (b.lower, a.lower)
        c = words.get(i - 3)
        if (c is not None and b is not None and b.is_alpha and c.is_alpha and c.line == a.line
                and b.lower in RESIDENCE_ADVERBS and (c.lower, a.lower) in _PLACE_CUE_SET):
            return (c.lower, a.lower)  # "lives nearby in Beechwood", "moved back to Ohio"
        if a.lower == "of" and b is not None and b.line == a.line and b.lower == "outside":
            verb = self._residence_earlier(words, i - 2)
            if verb:
                return (verb, "near")  # "lives w/ sister outside of Sedalia": where someone lives
        if (a.lower,) in _PLACE_CUE_SET:
            if a.lower == "to" and b is not None and b.line == a.line and b.lower in TELLING_VERBS:
                return None  # "results called to Soto": told to a person
            if a.lower == "to" and b is not None and b.line == a.line and b.lower in ("off", "out", "over") \
                    and c is not None and c.line == b.line and c.lower in TELLING_VERBS:
                return None  # "signed out to Sophia", "reported off to Rosa", "handed over to": a nurse
            verb = self._residence_earlier(words, i - 1) if a.lower == "in" else None
            if verb:
                return (verb, "in")  # "LIVES W/ HUSBAND JOE IN REVERE"
            if a.lower in ("in", "from") and b is not None and b.is_alpha and b.line == a.line and b.lower in LOCATED_PEOPLE:
                return (b.lower, a.lower)  # "sister in Moorcroft", "pcp in Brucetown"
            return (a.lower,)
        return None

    @staticmethod
    def _before_resident(words: Words, i: int, last: Optional[int] = None) -> bool:
        """A listed place opening a clause before "resident"/"native" ("Wheeling resident", "a
        Jamestown native"); not a care unit or a kind of doctor ("surgery resident", "night resident").
        ``last``: the place is the gazetteer's phrase of words ``i``..``last`` ("Great Falls resident")."""
        w, prev = words[i], words.get(i - 1)
        nxt = words.get(i + 1 if last is None else last + 1)
        if nxt is None or nxt.line != w.line or nxt.lower not in ("resident", "native") or care_unit(w.lower):
            return False
        if last is None and (not (w.place_like or w.flags & BIG_PLACE) or w.cls == "function" or w.flags & (ABBREV | DRUG)):
            return False
        return prev is None or prev.line != w.line or prev.text in ".;:,|-(" or prev.lower in ("a", "an", "longtime", "lifelong")

    def _coordinated_cue(self, words: Words, i: int, hits: Dict[int, Tuple[float, str, str]]) -> Optional[Tuple[str, ...]]:
        """"family in Morristown and Radnor": after "and"/"or" right behind a place found after a
        cue, that cue's last word."""
        a = words.get(i - 1)
        if a is None or a.lower not in ("and", "or", "&") or a.line != words[i].line:
            return None
        k = i - 2
        if k not in hits or hits[k][1] not in _CUED_PLACE_LABELS or hits[k][0] < 0.5 or words[k].line != a.line:
            return None
        while k - 1 in hits and hits[k - 1][1] in _CUED_PLACE_LABELS and words[k - 1].line == a.line:
            k -= 1
        cue = self._cue_before(words, k)
        return None if cue is None else (cue[-1],)  # its weak form: "and" may join a verb ("in Boston and summers in")

    @staticmethod
    def _residence_earlier(words: Words, k: int) -> Optional[str]:
        """A residence verb a few words before the "in" at index ``k``, in the same clause
        ("lives with wife in X", "LIVES ALONE IN X"): the "in" is a residence phrase's."""
        j = k - 1
        while j >= 0 and k - j <= RESIDENCE_REACH and words[j].line == words[k].line:
            w = words[j]
            if w.text in CLAUSE_ENDS:
                return None
            if w.lower in RESIDENCE_VERBS:
                return w.lower
            j -= 1
        return None

    @staticmethod
    def _hit(hits: Dict[int, Tuple[float, str, str]], k: int, score: float, label: str, detail: str) -> None:
        old = hits.get(k)
        if old is None or score > old[0]:
            hits[k] = (score, label, detail)

    def find(self, words: Words) -> List[Match]:
        hits: Dict[int, Tuple[float, str, str]] = {}
        self._hits_facility(words, hits)
        self._hits_transfer(words, hits)
        self._hits_transfer_word(words, hits)
        self._hits_hospital_acronym(words, hits)
        self._hits_hospital_field(words, hits)
        self._hits_named_emergency(words, hits)
        self._hits_liaison(words, hits)
        self._hits_saint(words, hits)
        self._hits_ampersand(words, hits)
        self._hits_mount(words, hits)
        self._hits_gazetteer(words, hits)
        self._hits_residence_unlisted(words, hits)
        self._hits_region(words, hits)
        self._hits_ward(words, hits)
        self._hits_insulin_protocol(words, hits)
        self._hits_consult_service(words, hits)
        self._hits_between_units(words, hits)
        self._hits_course_of_care(words, hits)
        self._university_before(words, hits)
        self._address_line(words, hits)
        out: List[Match] = []
        cur: List[int] = []
        for i in sorted(hits):
            if hits[i][0] < self.min_score:
                continue
            if cur and (i != cur[-1] + 1 or words[i].line != words[cur[-1]].line
                        or words.text[words[cur[-1]].end:words[i].start].strip(" .'") != ""):
                out.append(self._span(words, hits, cur))
                cur = []
            cur.append(i)
        if cur:
            out.append(self._span(words, hits, cur))
        return out

    @staticmethod
    def _span(words: Words, hits: Dict[int, Tuple[float, str, str]], idx: List[int]) -> Match:
        """One span over neighbouring place words ("Lakeside General"): the best score; the
        facility label when a facility or transfer cue saw it, else the best word's label."""
        best = max((hits[i] for i in idx), key=lambda h: h[0])
        label = best[1]
        if any(hits[i][1] == "HOSPITAL" for i in idx):
            label = "HOSPITAL"
        return (words[idx[0]].start, words[idx[-1]].end, label, round(best[0], 3), best[2])


_TRANSFER = frozenset(TRANSFER_CUES)


def _paired_head(words: Words, i: int) -> bool:
    """A facility head of ``FACILITY_PAIRS`` at ``i`` with its second word, where it needs one:
    "Citrus Heights Fire Dept", "Golden Triangle Kidney Center", "Mount Pleasant VA"."""
    w = words.get(i)
    if w is None or w.lower not in FACILITY_PAIRS:
        return False
    pair = FACILITY_PAIRS[w.lower]
    nxt = words.get(i + 1)
    if _dialysis_pd(words, i):
        return False
    return not pair or (nxt is not None and nxt.line == w.line and nxt.lower in pair)


def _unwritten_town(w: Word) -> bool:
    """A town of the gazetteer that the web never writes as a word (Zipf 0), of five letters or more,
    in no word, abbreviation or drug list, not spelled like a word ("switched to orance sherbet"):
    "carbonado", "miramonte"."""
    return (w.is_place and w.zipf == 0.0 and len(w.text) >= 5 and w.spelling >= 0.0
            and not w.flags & (ABBREV | DRUG | WORD))


def _landmark_pair_at(words: Words, i: int) -> bool:
    """Word ``i`` opens a two-word landmark head ("town hall", "golf course", "bus station")."""
    seconds = LANDMARK_PAIRS.get(words[i].lower)
    nxt = words.get(i + 1)
    return bool(seconds) and nxt is not None and nxt.line == words[i].line and nxt.lower in seconds


def _eponym_at(words: Words, i: int) -> bool:
    """Word ``i`` (or the hyphenated names it opens) stands before a noun that makes it an eponym."""
    w = words[i]
    return before_eponym_head(words.text[max(0, w.start - 30):w.start], words.text[w.end:w.end + 60])


def _hyphenated_unit(words: Words, j: int) -> bool:
    """Word ``j``, a hyphen and the next word glued together make a care unit ("step-down")."""
    dash, nxt = words.get(j + 1), words.get(j + 2)
    if dash is None or nxt is None or dash.text != "-" or not words.glued(words[j], dash) or not words.glued(dash, nxt):
        return False
    return care_unit(f"{words[j].lower}-{nxt.lower}") or care_unit(words[j].lower + nxt.lower)


def _dialysis_pd(words: Words, i: int) -> bool:
    """"PD" at ``i`` before a device or dialysis word is peritoneal dialysis ("Baxter PD catheter",
    "PD fluid"), not a town's police department."""
    w, nxt = words[i], words.get(i + 1)
    return (w.lower == "pd" and nxt is not None and nxt.line == w.line
            and (nxt.lower in EPONYM_HEADS or nxt.lower in PD_THERAPY_AFTER))


def _transfer_before(words: Words, i: int) -> bool:
    """A transfer phrase ending right before ``i`` ("return to", "d/c'd from")."""
    a = words.get(i - 1)
    return a is not None and a.is_alpha and i >= 2 and words[i - 2].line == a.line \
        and (_slashed(words, i - 2), a.lower) in _TRANSFER


def _therapy_change_before(words: Words, i: int) -> bool:
    """A verb that changes a therapy right before the preposition ``words[i]``: "weaned from CVVH"."""
    v = words.get(i - 1)
    return v is not None and v.line == words[i].line and v.lower in THERAPY_CHANGE_VERBS


def _preposition(w: Word) -> str:
    """A word's lower form, with "@" read as "at" ("cath done @ Pasco", "admitted @ Lakewood")."""
    return "at" if w.text == "@" else w.lower


def _slashed(words: Words, i: int) -> str:
    """The word at ``i`` with a slashed abbreviation glued before it ("d/c", "D/C'D"), lower case:
    the word splitter makes three words of "d/c"."""
    w = words[i]
    s, p = words.get(i - 1), words.get(i - 2)
    if i >= 2 and s.text == "/" and p.is_alpha and p.end == s.start and s.end == w.start and len(p.text) <= 2:
        return f"{p.lower}/{w.lower}"
    return w.lower
# Prepositions and conjunctions that end a place name after a transfer cue ("from Mercy via EMS")
_PLACE_ENDS = frozenset("via for with per on by after before and or".split())
_PLACE_CUE_SET = frozenset(PLACE_CUES)
_CUED_PLACE_LABELS = frozenset({"CITY", "STATE", "COUNTRY"})
# Words before a person signing: "seen by Conley, MD", "per Conley, MD", "Dr. Conley, MD".
_SIGNATURE_LEADS = frozenset({"by", "per", "dr", "drs", "with", "attending", "resident", "intern", "fellow", "signed"})

# A postcode right after a state: a US ZIP (+4), four or six digits that are no year, a UK code
# ("wr72 9yt"); nothing but a space, a comma or the line's end after it
_POSTCODE_AFTER = re.compile(
    r"[ \t]+(?:\d{5}(?:-\d{4})?|(?!19\d\d|20[0-3]\d)\d{4}|\d{6}|[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]+\d[A-Za-z]{2})(?=[ \t]*(?:[,|;]|$))",
    re.M)
# Lower-case state codes that are words after a comma as often as states ("boise, in the ...").
LOWER_CASE_CODE_WORDS = frozenset({"in", "or", "me", "hi", "ok", "oh", "id", "de", "la", "al", "co"})
_STATE_CODES = frozenset("""
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr
""".split())
