"""Person names from the lexicon and the context around them.

Evidence, strongest first (each gives the words it covers a score; see ``SCORES``):

1. a title before ("Dr. Small", "MRS POWERS", "drs simon and pettibon");
2. a credential after ("KEN R. ALBRIGHT-NOVAK, RRT", "Stord-Painter MD");
3. a kinship or care role before ("son bill", "WIFE HELEN", "caseworker Leona ...", "NP HOLLY");
4. a first name followed by a family name ("mary souza", "COLIN KOETZ");
5. an initial before a family name ("J. O'BRIEN", "d. renna");
6. a verb of contact around a listed name ("per David", "BEA TURA AWARE");
7. a word in a name list and in no list of ordinary words ("Nicholson"), or a capitalised
   unknown word inside a sentence of a mixed-case note.

A word of the ordinary vocabulary is never a name on its own; "ambiguous" words (in a name list
and also ordinary or very frequent: "bill", "grace", "foley") need a strong cue (1-4); unknown
words (rare names, but also typos) need one too. Neighbouring name words join one span
("June Elaine Pellandrou"); coordinated names after a title or role keep its evidence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..lexicons.tables import ABBREV, DRUG, FIRST, LAST, WORD
from .clinical_context import SPECIALTIES, care_unit, clipped_service
from .cues import (AMBIGUOUS_TITLES, CREDENTIALS, CUE_LINKS, DEVICE_EPONYMS, EPONYM_HEADS, GIVEN_TO_PERSON, KIN, LEFT_VERBS,
                   METHOD_EPONYMS, MOTION_VERBS, NAME_JOIN, NAME_PARTICLES, PERSON_ACT_VERBS, PERSON_CONTACT_VERBS,
                   PERSON_AID_NOUNS, PERSON_OBJECT_VERBS, PERSON_PARTICIPLES, PERSON_PREDICATES, PERSON_ROLE_FILLERS,
                   PERSON_DUTY_PHRASES, PERSON_ROLE_NOUNS, PERSON_SUBJECT_VERBS,
                   PERSON_PLAN_PHRASES, PERSON_TO_VERBS, PERSON_WITH_VERBS, PLACE_CUES, RIGHT_VERBS, SPEECH_VERBS,
                   ROLES, TELL_TO_VERBS, TITLED_SUBJECT_VERBS, TITLES, TRANSFER_CUES, VISITOR_ONLY_VERBS, swapped_credential)
from .plausibility import SPELLED_AS_WORD

# Cue words are never names themselves ("Dr", "RN", "son", "per").
CUE_WORDS = TITLES | CREDENTIALS | KIN | ROLES | LEFT_VERBS | RIGHT_VERBS | PERSON_OBJECT_VERBS | PERSON_PREDICATES
# Particles inside family names ("O Gallain", "de la Cruz", "van der Berg", "bin Salleh").
# A place preposition before a gazetteer word makes it a place, not a person ("OF TOWSON VISITED").
PLACE_PREPOSITIONS = frozenset("of in from near at to".split())
from .words import FUNCTION_ZIPF, LOW_NAMENESS, STRONG_NAMENESS, VERB_END, Word, Words, has_vowel, one_edit_variants

# Score of a word by (evidence, word class). Missing pairs give no evidence.
SCORES: Dict[str, Dict[str, float]] = {
    "title": {"name": 0.97, "ambiguous": 0.9, "unknown": 0.9},
    "credential": {"name": 0.95, "ambiguous": 0.85, "unknown": 0.85},
    "kin": {"name": 0.93, "ambiguous": 0.85, "unknown": 0.7},
    "role_abbrev": {"name": 0.93, "ambiguous": 0.85, "unknown": 0.7},
    "pair": {"name": 0.75, "ambiguous": 0.45, "unknown": 0.6},
    "initial": {"name": 0.75, "ambiguous": 0.2, "unknown": 0.3},
    "verb": {"name": 0.6, "ambiguous": 0.3, "unknown": 0.15},
    # a verb of caring for someone before, or a predicate only a person takes after
    # ("reassured Aberhart", "Aberhart verbalized understanding"): an unknown word there is a name
    "person_verb": {"name": 0.85, "ambiguous": 0.45, "unknown": 0.7},
    "alone": {"name": 0.35, "ambiguous": 0.1, "unknown": 0.2},
    "extend": {"name": 0.85, "ambiguous": 0.6, "unknown": 0.7},
}
ALONE_MIN_NAMENESS = 0.6
# The score of a weak verb cue's word that reads as an ordinary word: just under the redactor's
# threshold, so that it counts only where another source agrees ("bill called", which the model
# finds too). Weak: "with" or "by" as the cue itself, not after a participle ("discussed with",
# "seen by") and not closing the clause, before a word that is no name by its own looks ("clear
# with dim sounds", "tx with powders/lotion"; not "working with Helen"); a word before a right verb
# whose vector reads as a word ("calmer wen left the room")
VERB_WORDLIKE_MAX = 0.45
BARE_PREPOSITIONS = frozenset({"with", "by"})
# phrases that give a person's name or nickname: "to be called", "calls me", "goes by", "known as"
NAMING_PHRASES = frozenset({("be", "called"), ("call", "me"), ("calls", "me"), ("call", "him"), ("call", "her"),
                            ("calls", "him"), ("calls", "her"), ("named", "him"), ("named", "her"), ("known", "as"),
                            ("goes", "by"), ("go", "by"), ("nickname", "is"), ("nicknamed", "as"),
                            ("name", "is"), ("name", "was"), ("names", "are")})  # "'my name is Elias'"
RIGHT_VERB_NAME = 0.55  # a listed name that is a word too but reads as a name, before "called", "lives"  # listed names read as words by their vectors need context to be names
# a given name before a verb of what visitors do ("Ana sat with pt"): a visitor, the patient's family or
# friend; as sure as a person by a cue (merge.PERSON_CONTEXT), so a model's place does not name it
VISITOR_NAME = 0.7
HALF_NAMENESS = 0.5
# the patient or the bedside as the object of a visitor's act ("held pt's hand", "sat with her")
PATIENT_OBJECTS = frozenset("pt patient her him bedside mom dad mother father husband wife".split())
CAPITALISED_BONUS = 0.25  # a capitalised word inside a sentence of a mixed-case note
LOWER_IN_MIXED_PENALTY = 0.25  # a lower-case name word in a mixed-case note, without a strong cue
STRONG = ("title", "credential", "kin")
# words of a role in parentheses after a name: "(case mgr)", "(SW)", "(daughter)", "(pt's son)"
ROLE_FILLERS = frozenset("""
case social the pt pt's patient patient's of her his
night day evening resource charge primary float covering staff
""".split())  # (the shift or duty of a nurse in a parenthesis: "Ines (night RN)", "(resource rn)")
# kin that only a parenthesis makes a cue ("Ana and Rui (children)"; not "Children's Hospital")
PARENTHESIS_KIN = KIN | frozenset("children kids".split())
CUE_ROLE_WORDS = ROLES | PARENTHESIS_KIN | CREDENTIALS | ROLE_FILLERS | frozenset("mgr manager worker".split())
NO_CREDENTIAL_WITHOUT_COMMA = frozenset({"pa", "do", "ot", "rt", "sw", "cm", "ms"})
MAX_NAME_WORDS = 4
CLOSING_SIGNATURE = 0.7  # name-like words alone on a note's last line (or its last sentence): its writer
CUED_WORD_NAME = 0.6  # an ordinary word between a strong cue and a person's act ("dr bos aware")
CUED_WORD_MAX_ZIPF = 4.0  # ... no more frequent than this ("dr also aware", "son then called" are words)
# a listed family name that is a word too, after kin and before a person's act ("son sin called"), may be
# this frequent (not "son then called", "wife just called": adverbs are more frequent still)
KIN_FAMILY_MAX_ZIPF = 4.5
# nouns of care that stand between a role and a verb ("dr consult called", "np note aware")
CARE_NOUNS = frozenset("consult consults referral note notes order orders team service rounds office".split())
# prefixes written with a hyphen before a word ("non-Hodgkin", "post-Whipple"): no name's first part
WORD_PREFIXES = frozenset("non anti post pre ex mid pro co self semi un re de sub neo peri intra extra inter".split())
# auxiliaries before a person's verb after a cued word ("son Bos has phoned", "DAUGHTER BOS WILL CALL")
PERSON_AUXILIARIES = frozenset("has had have will would was is did".split())
PERSON_CALL_VERBS = frozenset("call phone visit".split())  # the base forms after "will", "did"
PERSON_CALLS = frozenset("calls phones visits".split())  # "UNTIL SON BOS CALLS BACK"
KIN_SURNAME = 0.7  # a kinship word right after a title: a family name ("dr son aware")
TITLE_ROLES = frozenset({"np"})  # a care role written before a name as a title ("NP SON AWARE")
INITIAL_CUES = frozenset("per to with by paged called notified".split())  # "per J. Bos", "reported to C. Endo"
INITIALLED_FAMILY = 0.6  # a word after a cued initial ("per J. Bos"): its family name, though a word too
TITLED_INITIAL = 0.7  # a capital letter alone after a title, before a person's verb ("mr D remained")
REACHING_VERBS = PERSON_CONTACT_VERBS | PERSON_WITH_VERBS
REPORTED_SUBJECTS = frozenset("he she they pt patient family wife husband".split())  # "per X, she has been ..."
DECIDING_VERBS = frozenset("will would wants wanted recommends recommended feels felt thinks".split())  # "per X will hold"
IRISH_PARTICLE = 0.7  # "O Duibhginn": the particle before a word no list holds, spelled as a name
ROMANISED_FULL_NAME = 0.7  # a hyphenated romanised given name beside a listed family name ("PAO-FEN WANG")
OPENING_PARTICLES = NAME_PARTICLES - {"st"}  # particles that may open a name ("St" there is a saint or a street)
# Nouns after "PA"/"RT"/"OT" that make it an artery, a line or a measure, not a credential: "PA line",
# "PA pressures", "PA cath"
CREDENTIAL_NOT_BEFORE = EPONYM_HEADS | frozenset(
    "pressure pressures pap paps sat sats sys systolic diastolic numbers".split())
# predicates after a credential that make it the subject of a new clause ("hypotension, MD aware",
# "K 3.1, NP notified"): the word before is what the clinician was told of, a name only if listed
CREDENTIAL_CLAUSE_PREDICATES = frozenset("aware notified informed updated paged made".split())
# hospital services whose staff are named by them ("Bale from pt relations", "Ida from social work");
# care units and departments (``clinical_context.care_unit``) too
SERVICE_WORDS = frozenset("""
pt ot sw cm social case patient relations nutrition dietary pharmacy admitting admissions transport
security pastoral chaplaincy chaplain palliative renal nephrology pulmonary pulm ethics interpreter
interpreters registration billing volunteer volunteers
cardiology cards neurology neuro surgery ortho orthopedics psych psychiatry onc oncology heme hematology
endocrine endo urology derm dermatology anesthesia respiratory wound iv speech slp infectious
transplant trauma vascular thoracic hepatology liver gi ep
night nights day days evening evenings noc
""".split())
# before a family name and "family": "KEEP BOS FAMILY AWARE", "updated the Bos family"
FAMILY_NAMING_WORDS = frozenset("the keep kept update updated updating notify notified inform informed call called".split())
_SERVICE_NAMES = SERVICE_WORDS | frozenset(SPECIALTIES)
# verbs that move a patient from a service: "ADM FROM CATH LAB", "back from IR"
_MOVING_WORDS = frozenset(c[0] for c in TRANSFER_CUES + PLACE_CUES) | frozenset("back returned home away".split())
# "family" before these is a kind of practice, not a person's family ("Leetown Family Practice")
FAMILY_PRACTICE_HEADS = frozenset("practice medicine health physicians physician doctors dentistry clinic center centre care".split())
# the owner of a kinship word in an apposition: "Anita, her sister", "Raj, pt's son"
APPOSITION_OWNERS = frozenset("his her their its pt's patient's pts the".split())
# verbs of calling out for someone: "pt calling out 'Thomas'", "yelling "ANNE""
CALLING_OUT_VERBS = frozenset("""
calling calls called yelling yells yelled screaming screams screamed shouting shouts shouted crying cries
cried asking asks asked moaning
""".split())
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
ARTICLES = frozenset({"a", "an"})  # "Marcel, a friend, visited"
KIN_MODIFIERS = frozenset("family close old best longtime good".split())  # "X, a family friend"
# a pair of people before a person's verb names its span over a model's place (``merge.PERSON_CONTEXT``)
PERSON_CONTEXT_FLOOR = 0.7
# verbs of which the patient is the subject: "PT SABRINA PIQUER SEEN THIS AM"
SUBJECT_VERBS = frozenset("""
seen is was has had admitted presents presented remains remained denies denied complains complained
underwent arrived reports reported states stated
""".split())
# evidence strong enough to give the next rare word a family-name slot
STRONG_DETAILS = frozenset({"names.title", "names.kin", "names.role", "names.credential",
                            "names.patient_subject", "names.is_a_age"})
FAMILY_SLOT_MAX_ZIPF = 3.5
COMMON_ORDINARY_ZIPF = 5.0  # an ordinary word this frequent is no name on any evidence but a title
_NOUN_GOES_ON = re.compile(r"'s\b|[ ]?[A-Za-z]")  # a word or a plural "'s" right after
_NOT_A_NOUN = re.compile(r"(?:ed|ing|ly|ful|ous|ive|ic|al|able|ible|less|ish|y)$")
# words before a phone number that name the line: "cell# 410-...", "HOME 555-..."
PHONE_CUES = frozenset("cell cel mobile home work wk hm ph phone tel pager beeper".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())

Match = Tuple[int, int, str, float, str]


@dataclass
class _Hit:
    score: float
    label: str
    detail: str


_FLOW_UNIT = re.compile(r"(?:\d+(?:\.\d+)?)?(?:l|lpm|liters?)", re.IGNORECASE)


def _after_oxygen_flow(words: Words, i: int) -> bool:
    """Word ``i`` follows an oxygen flow ("4L NP", "2 l np", "3 lpm NC"): nasal prongs, no role."""
    prev = words.get(i - 1)
    if prev is None or prev.line != words[i].line or not _FLOW_UNIT.fullmatch(prev.text):
        return False
    if prev.text[:1].isdigit():
        return True
    num = words.get(i - 2)  # "4 l", or "4L" split into its number and unit
    return num is not None and num.kind == "digit" and words.text[num.end:prev.start] in ("", " ")


def _plural_of_word(words: Words, lower: str) -> bool:
    """A plural of a word of three letters or more that is no name ("recs", "evals"; not "bos")."""
    if len(lower) < 4 or not lower.endswith("s"):
        return False
    flags, _ = words.lexicon.lookup(lower[:-1])
    return bool(flags & (WORD | ABBREV)) and not flags & (FIRST | LAST)


def possessive_unmarked(w: Word) -> bool:
    """A word ending in "s" before a kinship word reads as a possessive without its apostrophe
    ("marias son called"): that kinship word is no family name."""
    return w.lower.endswith("s")


def general_family_word(words: Words, w: Word) -> bool:
    """A :func:`family_word` that general text uses too (wordfreq knows "bos"; "lytes" and
    "signout" only the medical word list holds) and that the spelling model reads as a name
    ("bos", "bilge", "mamba"; not "surrogate", "appt", "anesthesia", "discord"): a family name
    where a person stands."""
    return (family_word(w) and w.zipf > 0.0 and words.lexicon.spelling_score(w.lower) > 0.0
            and not plural_of_word(words, w.lower))


def plural_of_word(words: Words, lower: str) -> bool:
    """The regular plural of a word of the word lists ("skulls", "folders", "embassies"), itself in
    no name list: a noun, no family name (a family name that looks plural, "Sands", is listed and
    never reaches here; "bos" has no singular the word lists hold)."""
    if len(lower) < 5 or not lower.endswith("s") or lower.endswith(("ss", "us", "is", "os")):
        return False
    singulars = [lower[:-1]]
    if lower.endswith("ies"):
        singulars.append(lower[:-3] + "y")
    elif lower.endswith("es"):
        singulars.append(lower[:-2])
    return any(flags & WORD for flags in map(words.lexicon.flags, singulars))


def rare_family_name(w: Word) -> bool:
    """A listed family name that is a rare word too, no abbreviation or drug ("Hashimoto", an
    eponym; "Deid"): where only a person stands, the family name."""
    return (w.is_alpha and w.cls == "ambiguous" and bool(w.flags & LAST) and w.zipf < FAMILY_SLOT_MAX_ZIPF
            and not w.flags & (ABBREV | DRUG) and w.base not in CUE_WORDS)


def listed_given_only(w: Word) -> bool:
    """A listed given name that no word list holds as a word, an abbreviation or a drug, though its
    vector reads as a word ("Aliya"): before a family name and a person's verb, the given name."""
    return w.cls == "ambiguous" and bool(w.flags & FIRST) and not w.flags & (WORD | ABBREV | DRUG)


def _listed_family_name_only(words: Words, w: Word) -> bool:
    """A listed family name that no word list holds as a word, an abbreviation or a drug, rarer than
    ``FAMILY_SLOT_MAX_ZIPF`` ("goto" 3.1, "hashimoto" 2.5; not "learned", "proud" 4.8) and spelled
    like a name: after a kinship word it is the relative's family name ("son goto came by"), though
    its vector reads as a word. Unlike :func:`rare_family_name` it does not exclude cue words
    (a capitalised kinship word may be a family name there, ``_kin_surname_after_kin``)."""
    return (bool(w.flags & LAST) and not w.flags & (FIRST | WORD | ABBREV | DRUG)
            and w.zipf < FAMILY_SLOT_MAX_ZIPF and not VERB_END.search(w.lower)
            and words.lexicon.spelling_score(w.lower) > 0)


def family_word(w: Word) -> bool:
    """A rare ordinary word that can be a family name after a given name ("Bilge", "Bos", "Mamba"):
    no verb, adjective or adverb by its ending, no abbreviation or drug, no cue word."""
    return (w.is_alpha and w.cls == "ordinary" and w.zipf < FAMILY_SLOT_MAX_ZIPF and len(w.text) >= 3
            and not w.flags & (ABBREV | DRUG) and not w.glued_digit and not _NOT_A_NOUN.search(w.lower)
            and w.base not in CUE_WORDS and w.lower not in SUBJECT_VERBS)


# verbs around a person long enough that a word one edit from one is that verb misspelt
MISSPELT_CUE_VERBS = frozenset(v for v in RIGHT_VERBS | LEFT_VERBS if len(v) >= 5)


def _misspelt_cue_verb(lower: str) -> bool:
    """A word one edit from a verb that follows a person ("visited", "called", "updated")."""
    return any(v != lower and v in MISSPELT_CUE_VERBS for v in one_edit_variants(lower))


# "called Ana at home", "message left w/ Jacob at work": reaching a person where they are
REACH_VERBS = frozenset("called phoned paged reached contacted texted emailed call phone reach contact text email".split())
# "call bell", "call light": the nurse-call device after an imperative "call", no person
CALL_DEVICES = frozenset("bell bells light lights button buttons box cord system".split())
# "left message for Margie", "vm to Joe": a message's addressee after "for", "to" or "with"
MESSAGE_NOUNS = frozenset("message messages msg msgs vm voicemail".split())
MESSAGE_WORDS = frozenset("left message msg vm voicemail spoke talked".split())
REACHED_PLACES = frozenset("home work".split())
REACHED_SCORES = {"name": 0.85, "ambiguous": 0.75, "unknown": 0.7}


class NameFinder:
    """Finds person names in a :class:`Words`; returns ``(start, end, label, score, detail)``."""

    def __init__(self, min_score: float = 0.3):
        self.min_score = min_score

    # -- word-level evidence -------------------------------------------------------------
    def _score(self, words: Words, w: Word, evidence: str) -> float:
        kin_surname = ((evidence in ("title", "role_abbrev") and self._kin_surname_after_title(words, w))
                       or (evidence == "kin" and self._kin_surname_after_kin(words, w)))
        if w.base in CUE_WORDS and not kin_surname:
            return 0.0
        if swapped_credential(w.lower, w.flags):
            return 0.0  # "Dana Okafor lcws": a credential misspelt, never a name
        if _pronoun_contraction(w.lower):
            return 0.0  # 'son: "I'm worried"': quoted speech after a kinship cue, not a name ("Im" is one)
        if evidence in ("kin", "role_abbrev") and w.cls == "ambiguous" and not words.capitalised(w):
            # after "son", "wife": a first name ("bill", "grace"), not a frequent word ("brought", "via");
            # or a family name that is in no word list, no frequent word, and spelled like a name
            # ("son goto", "wife hashimoto": listed family names whose vectors read as words)
            if ((not w.flags & FIRST or (w.flags & WORD and w.zipf >= 4.9)) and not _listed_family_name_only(words, w)
                    and not (evidence == "kin" and w.flags & LAST
                             and self._cued_word_before_act(words, w, KIN_FAMILY_MAX_ZIPF))):
                return 0.0  # ("son sin in to visit": a listed family name that is a word too, before an act)
        if w.is_place and evidence not in STRONG:
            prev = words.get(w.i - 1)
            if prev is not None and prev.line == w.line and prev.lower in PLACE_PREPOSITIONS:
                return 0.0
        # next to a name or a person's verb, a "misspelling" is a name
        cls = w.cls_for(evidence in STRONG or evidence in ("extend", "person_verb") or self._role_typo(evidence, w))
        base = SCORES[evidence].get(cls, 0.0)
        if evidence == "verb" and cls == "ambiguous":
            prev = words.get(w.i - 1)
            if (prev is not None and prev.line == w.line and prev.lower in ("in", "at", "from", "near")
                    and not words.capitalised(w)):
                return 0.0  # "in town, visiting", "at home, resting": a preposition's object, no subject
            if w.flags & (ABBREV | DRUG) and _NOUN_GOES_ON.match(words.text, w.end):
                return 0.0  # "with PAP's trending up", "with LG bruise": an abbreviation, not "by LM." nor "per DAVID"
            if not w.flags & WORD:
                base = 0.55  # frequent, but no ordinary word: "per DAVID", "BILL called"
        if evidence == "kin" and w.typo and _misspelt_cue_verb(w.lower):
            return 0.0  # "wife vistied", "son calld": the kin's verb misspelt, not a name
        if evidence not in STRONG and words.infinitive_to(w.i - 1) and words[w.i - 1].line == w.line:
            return 0.0  # "PT ASKED TO DANGLE": the verb of an infinitive
        if evidence not in STRONG and w.lower in METHOD_EPONYMS:
            return 0.0  # "CI by Fick", "in Trendelenburg": a method or position named by an eponym
        if evidence not in STRONG and clipped_service(w):
            return 0.0  # "tubed by anest", "per nsurg": a clipped specialty names the service
        if w.lower in WEEKDAYS and evidence != "title":
            return 0.0  # "a counselor Friday": a day, unless a title says otherwise
        if cls == "ordinary" and evidence != "title" and w.zipf >= COMMON_ORDINARY_ZIPF and not kin_surname:
            return 0.0  # "spokesperson, Phone numbers": a word this common and in no name list is the word
        if cls == "ordinary" and evidence in STRONG and words.capitalised(w):
            base = 0.6  # "Dr. Sheet", "Son Glib" in a mixed-case note: the capital is the only sign
        elif cls == "ordinary" and evidence == "title" and self._after_dotted_title(words, w):
            base = 0.6  # "MRS. SON", "DR. LOW": a title with its dot is followed by a name
        elif kin_surname:
            base = max(base, KIN_SURNAME)  # "dr son aware", "NP SON AWARE": Korean Son, not anyone's son
        elif cls == "ordinary" and evidence in ("title", "kin", "role_abbrev") and self._cued_word_before_act(words, w):
            base = max(base, CUED_WORD_NAME)  # "dr bos aware", "son bos called": a family name that is a word
        elif (cls == "ordinary" and evidence in ("title", "role_abbrev") and self._family_word_after_title(words, w)
              and self._right_after_title(words, w)):
            base = max(base, CUED_WORD_NAME)  # "PER DR BOS", "per NP Tan": a title is followed by a name
        if base == 0.0:
            return 0.0
        if evidence == "alone" and w.cls == "name" and not self._vector_allows_alone(words, w):
            return 0.0  # a listed "name" whose word vector reads as a word ("hds", "tema", "floro"): not on its own
        if words.capitalised(w):
            base = min(0.99, base + CAPITALISED_BONUS)
        elif words.mixed_case and w.text.islower() and evidence not in STRONG:
            base = max(0.0, base - LOWER_IN_MIXED_PENALTY)
        return base

    @staticmethod
    def _role_typo(evidence: str, w: Word) -> bool:
        """After a care role's abbreviation ("NP GUIYING ORDERED"), a misspelling-like word the
        spelling model reads as a name counts as unknown, as after a title."""
        return evidence == "role_abbrev" and w.typo and w.spelling > 0

    def _naming_phrase(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"prefers to be called Tiny", "everyone calls me borna", "GOES BY PEGGY", "known as Buddy":
        a phrase that gives a name, then a name run scored as after a kinship word (an ordinary
        word only when capitalised in a note that capitalises names: "to be called back" stays)."""
        for i in range(1, len(words) - 1):
            a, b = words[i - 1], words[i]
            if (a.lower, b.lower) not in NAMING_PHRASES or a.line != b.line:
                continue
            nxt = words.get(i + 1)
            if nxt is None or nxt.line != b.line or not nxt.is_alpha or nxt.flags & (ABBREV | DRUG):
                continue  # "known as DNR", "goes by ambulance" (an ordinary word: no name run)
            if a.lower in ("name", "names") and nxt.cls == "ambiguous" and nxt.flags & WORD \
                    and not words.capitalised(nxt) and not self._reads_as_name(words, nxt):
                continue  # "his name is unknown": a word a name list holds too, read as the word
            for k, sc in self._run(words, i + 1, "kin"):
                self._hit(hits, k, min(sc, 0.85), "PATIENT", "names.naming")

    @staticmethod
    def _reads_as_name(words: Words, w: Word) -> bool:
        """A listed name the word list holds too whose vector reads as a name ("mary", "frank"),
        no month ("june") and not after a single letter ("x ray called")."""
        if w.lower in MONTH_NAMES or (words.lexicon_nameness(w) or 0.0) < STRONG_NAMENESS:
            return False
        prev = words.get(w.i - 1)
        return not (prev is not None and prev.line == w.line and len(prev.text) == 1 and prev.is_alpha)

    @staticmethod
    def _is_initial(words: Words, i: int) -> bool:
        """A single letter followed by "." ("J. O'Brien", "KEN R. ALBRIGHT")."""
        w, nxt = words.get(i), words.get(i + 1)
        return (w is not None and w.is_alpha and len(w.text) == 1 and nxt is not None
                and nxt.text == "." and words.glued(w, nxt))

    def _run(self, words: Words, i: int, evidence: str, first_only: bool = False) -> List[Tuple[int, float]]:
        """Name words from index ``i`` rightwards: [(word index, score)], initials included."""
        out: List[Tuple[int, float]] = []
        line = words[i].line if 0 <= i < len(words) else -1
        j = i
        while j < len(words) and len([k for k, _ in out if words[k].is_alpha]) < MAX_NAME_WORDS:
            w = words[j]
            if w.line != line:
                break
            if self._is_initial(words, j) and (not out or words.glued(words[j - 1], w) is False):
                out.append((j, 0.0))  # the initial and its dot take the run's score
                j += 2
                continue
            strong = evidence in STRONG
            if out and w.base in MOTION_VERBS and not words.capitalised(w):
                break  # "SON HAROLD WENT HOME TO REST": the name has ended at its verb
            hyphenated = w.is_alpha and self._hyphenated_with_name(words, j)  # "po-wen": read as one name
            # the word's class as its score reads it ("spoke with isaris": a misspelling is a name there)
            gate = strong or evidence == "person_verb" or self._role_typo(evidence, w)
            if w.is_alpha and w.cls_for(gate) not in ("function", "ordinary") or (w.is_alpha and out and words.capitalised(w)) \
                    or hyphenated:
                s = self._score(words, words[j + 2] if hyphenated else w, evidence if not out else "extend")
                if s <= 0.0:
                    break
                out.append((j, s))
                j += 1
                nxt = words.get(j)
                # hyphenated names: ALBRIGHT-NOVAK, Stord-Painter
                if nxt is not None and nxt.text == "-" and words.glued(w, nxt):
                    after = words.get(j + 1)
                    if after is not None and after.is_alpha and words.glued(nxt, after) and after.cls != "function":
                        j += 1
                        continue
                if first_only:
                    break
                continue
            if w.is_alpha and w.cls == "ordinary" and not out and (evidence in STRONG or (
                    evidence == "role_abbrev" and (self._kin_surname_after_title(words, w)
                                                   or self._cued_word_before_act(words, w)
                                                   or (self._family_word_after_title(words, w)
                                                       and self._right_after_title(words, w))))):
                s = self._score(words, w, evidence)
                if s > 0.0:
                    out.append((j, s))
                    j += 1
                    continue
            if not out and self._leading_particle(words, j):
                out.append((j, 0.0))  # "fellow O Cianain", "paged de Souza": the name's score, if it has one
                j += 1
                continue
            break
        # an initial alone is no name
        scored = [(k, s) for k, s in out if s > 0.0]
        if not scored:
            return []
        top = max(s for _, s in scored)
        return [(k, s if s > 0.0 else top) for k, s in out]

    @staticmethod
    def _initialled_word(words: Words, i: int) -> bool:
        """The initial at word ``i`` follows a person's cue ("per", "reported to", "spoke with", "paged")
        and the word after its dot is the family name, though a word too ("AS PER J. BOS", "reported to
        C. Endo"): capitalised as a name is (or in a note in capitals), no function word, care unit or
        cue word; not after "R." or "L." (right, left: "per R. arm") nor "X." ("to X. RAY")."""
        cue, w = words.get(i - 1), NameFinder._word_after_initial(words, i)
        if cue is None or w is None or cue.line != words[i].line or cue.lower not in INITIAL_CUES:
            return False
        return w.is_alpha and len(w.text) >= 2 and w.cls != "function" and not care_unit(w.lower) \
            and w.base not in CUE_WORDS - KIN

    @staticmethod
    def _titled_subject_verb_at(words: Words, k: int) -> bool:
        """Word ``k``, on the line of the word before it, is a verb whose subject is a titled person
        ("remained", "aware", "had") or opens a person's act (``_person_act_at``)."""
        w, prev = words.get(k), words.get(k - 1)
        if w is None or prev is None or w.line != prev.line:
            return False
        return w.lower in TITLED_SUBJECT_VERBS or NameFinder._person_act_at(words, k)

    @staticmethod
    def _initial_family_acting(words: Words, i: int) -> bool:
        """The initial at word ``i``, its dot, then a word that may be a family name though a word too,
        before a person's act: "S. BILGE AWARE", "J. Bos called" (capitalised as a name is, or in a
        note in capitals); not "R." or "L." (right, left)."""
        w = NameFinder._word_after_initial(words, i)
        if w is None or not (general_family_word(words, w) or w.base in KIN):
            return False  # ("F. SON AWARE": Korean Son)
        return words.text[w.end:w.end + 1] == " " and NameFinder._person_act_at(words, w.i + 1)

    @staticmethod
    def _word_after_initial(words: Words, i: int) -> Optional[Word]:
        """The word one space after the dot of the initial at word ``i``, written as a name is
        (capitalised, or in a note in capitals), or None; none after "R." or "L." (right, left) nor
        "X." ("to X. RAY")."""
        w = words.get(i + 2)
        if w is None or words[i].lower in ("r", "l", "x") or words.text[words[i + 1].end:w.start] != " ":
            return None
        return w if w.is_title or (w.text.isupper() and not words.mixed_case) else None

    @staticmethod
    def _cued_word_before_act(words: Words, w: Word, max_zipf: float = CUED_WORD_MAX_ZIPF) -> bool:
        """Ordinary word ``w``, right after a title, kinship word or "NP", is a family name when a
        person's act (``_person_act_at``) follows it, or follows the comma closing an apposition
        ("dr bos aware", "NP BOS MADE AWARE", "son bos has phoned", "pt's son, bos, called"): a word
        rarer than ``max_zipf`` (not "also", "then", "now"), three letters or more with a vowel, no
        verb form, abbreviation, drug or noun of care ("dr consult called", "MD OFFICE CALLED")."""
        if (len(w.text) < 3 or w.zipf >= max_zipf or w.flags & (ABBREV | DRUG) or VERB_END.search(w.lower)
                or not has_vowel(w.lower) or w.lower in CARE_NOUNS):
            return False
        nxt = words.get(w.i + 1)
        if nxt is None or nxt.line != w.line:
            return False
        prev = words.get(w.i - 1)
        if nxt.text == "," and prev is not None and prev.text == "," and prev.line == w.line:
            nxt = words.get(w.i + 2)  # "pt's son, bos, called": an apposition between commas
            if nxt is None or nxt.line != w.line:
                return False
        elif words.text[w.end:nxt.start] != " ":
            return False
        return NameFinder._person_act_at(words, nxt.i)

    @staticmethod
    def _person_act_at(words: Words, k: int) -> bool:
        """Word ``k`` opens what only a person does or is, on its line: a person's verb or predicate
        ("called", "aware"), "made aware", an auxiliary before one ("has phoned", "WILL CALL", "is
        aware"), "in to visit", or "who" ("daughter Bos who is HCP")."""
        w = words.get(k)
        if w is None:
            return False

        def at(n: int, *lowers: str) -> bool:
            x = words.get(k + n)
            return x is not None and x.line == w.line and x.lower in lowers

        if w.lower == "who":
            return True
        if w.lower == "made":
            return at(1, "aware")
        if w.lower == "in":
            return at(1, "to") and at(2, "visit", "see")
        if w.lower in PERSON_AUXILIARIES:
            x = words.get(k + 1)
            return (x is not None and x.line == w.line
                    and (x.base in PERSON_PREDICATES or x.lower in PERSON_SUBJECT_VERBS or x.lower in PERSON_CALL_VERBS
                         or (x.lower == "in" and at(2, "to") and at(3, "visit", "see"))))  # "was in to visit"
        return w.base in PERSON_PREDICATES or w.lower in PERSON_SUBJECT_VERBS or w.lower in PERSON_CALLS

    @staticmethod
    def _given_particle_before(words: Words, j: int) -> bool:
        """Words ``j - 2`` and ``j - 1`` are a name-like word and a particle that opens a family name,
        single spaces between the three ("AILBHE O LITHE RN": "Lithe" is a word, but not here)."""
        if j < 2:
            return False
        given, particle, w = words[j - 2], words[j - 1], words[j]
        return (particle.lower in OPENING_PARTICLES and given.is_alpha and len(given.text) > 1
                and given.cls_for(True) in ("name", "unknown") and given.base not in CUE_WORDS
                and words.text[given.end:particle.start] == " " and words.text[particle.end:w.start] == " "
                and given.line == w.line)

    @staticmethod
    def _leading_particle(words: Words, j: int) -> bool:
        """Word ``j`` is a name particle (not "St") one space before a name-like word on its line
        that is no verb of a person ("SON O WENT HOME": Korean O, not "O Went")."""
        w, nxt = words.get(j), words.get(j + 1)
        return (w is not None and nxt is not None and w.is_alpha and w.lower in OPENING_PARTICLES
                and nxt.is_alpha and nxt.line == w.line and words.text[w.end:nxt.start] == " "
                and nxt.cls_for(True) in ("name", "unknown", "ambiguous") and nxt.base not in CUE_WORDS
                and nxt.lower not in MOTION_VERBS and nxt.lower not in PERSON_SUBJECT_VERBS)

    def _skip_links(self, words: Words, j: int, line: int, max_links: int = 2) -> int:
        n = 0
        while n < max_links:
            w = words.get(j)
            if w is None or w.line != line or w.lower not in CUE_LINKS:
                break
            j += 1
            n += 1
        return j

    # -- evidence passes -----------------------------------------------------------------
    def _after_cue(self, words: Words, hits: Dict[int, _Hit], i: int, evidence: str, label: str, detail: str) -> None:
        w = words[i]
        j = i + 1
        if j < len(words) and words[j].text == "." and words.glued(w, words[j]):
            if w.base not in TITLES:
                return  # "... MD. NEIL" ends a sentence; only a title's dot does not
            j += 1
        if evidence != "title":
            if [x.text for x in words.items[j:j + 3]] == ["(", "?", ")"] and words[j + 2].line == w.line:
                j += 3  # "wife(?) Ada": kin the writer doubts
            k = j
            j = self._skip_links(words, j, w.line)
            if j == k + 1 and words[k].lower == "called" and not self._named_after_called(words, j):
                return  # "husband called overnoc to ask about plan": he phoned; "wife called Mary" names her
        elif self._dotted_initial_alone(words, w, j):
            self._hit(hits, j, TITLED_INITIAL, label, detail)  # "WITH MS K. CARE": the family name's initial
            return
        elif w.base in AMBIGUOUS_TITLES and not self._title_reads_as_title(words, w, j):
            return
        if (evidence == "title" and self._subject_letter(words, j)) or (
                evidence in ("title", "kin") and self._letter_name(words, j) and not self._leading_particle(words, j)) or (
                evidence == "role_abbrev" and self._letter_name(words, j) and (
                    self._letter_closes(words, words[j]) or self._letter_acts(words, words[j]))):
            # (after "NP"/"RN" only a letter that closes its clause or acts: "discussed with NP O)", "NP O AWARE")
            self._hit(hits, j, TITLED_INITIAL, label, detail)  # "mr D remained", "daughter O called": a name here
            nxt = words.get(j + 1)
            if evidence != "title" or nxt is None or nxt.lower not in ("and", "&") or nxt.line != w.line:
                return
            j += 2  # "DR'S O AND CHA REMAINED": a second name coordinated with the letter
            joined = True
        else:
            joined = False
        while True:
            if joined and self._letter_name(words, j) and self._letter_acts(words, words[j]):
                self._hit(hits, j, TITLED_INITIAL, label, detail)  # "DR GWAG AND O AWARE": Korean O
                return
            if joined and (general_family_word(words, words[j]) or (
                    words[j].base in KIN and words.mixed_case and words[j].is_title and not words.sentence_start(words[j]))) \
                    and self._titled_subject_verb_at(words, j + 1):  # ("Dr. O and Son aware": Korean Son)
                self._hit(hits, j, CUED_WORD_NAME, label, detail)  # "DRS DEMIR AND BILGE REMAINED": a word too
                return
            run = self._run(words, j, evidence)
            if not run:
                return
            for k, s in run:
                self._hit(hits, k, s, label, detail)
            # coordinated names: "Drs Simon and Pettibon", "dr okafor, dr lindqvist"
            j = run[-1][0] + 1
            if j < len(words) and words[j].text == "." and self._is_initial(words, j - 1):
                j += 1
            if j < len(words) and words[j].lower in NAME_JOIN and words[j].line == w.line:
                nxt = words.get(j + 1)
                if (words[j].text == "," and words.mixed_case and nxt is not None and nxt.is_alpha
                        and nxt.text.islower()):
                    return  # "d/w Dr. Chiang, diurese": a lower-case word after a comma starts a new clause
                j += 1
                joined = True
                if j < len(words) and words[j].base in TITLES:
                    j += 1
                    if j < len(words) and words[j].text == ".":
                        j += 1
                continue
            return

    def _named_after_called(self, words: Words, j: int) -> bool:
        """After "wife called", a name: a listed name, a given name that reads as one ("mary"), or
        a word capitalised in a note that capitalises names; an unknown word there is more often
        what they phoned about or when ("husband called overnoc")."""
        b = words.get(j)
        return b is not None and (b.cls == "name" or words.capitalised(b) or (
            b.cls == "ambiguous" and b.flags & FIRST and (not b.flags & WORD or self._reads_as_name(words, b))))

    @staticmethod
    def _kin_surname_after_title(words: Words, w: Word) -> bool:
        """A kinship word right after a title (or "NP") is a family name: "Mr. Son", "dr son aware"
        (Korean Son), "Dr. Friend"; not after a comma ("dr, son at bedside")."""
        if w.base not in KIN:
            return False
        prev = words.get(w.i - 1)
        if prev is not None and prev.text == ".":
            prev = words.get(w.i - 2)
        return (prev is not None and prev.is_alpha and (prev.base in TITLES or prev.base in TITLE_ROLES)
                and prev.line == w.line)

    @staticmethod
    def _kin_surname_after_kin(words: Words, w: Word) -> bool:
        """In a note that capitalises names (or is written in lower case), a capitalised kinship word
        right after a lower-case one, inside a sentence, is the relative's family name: "Pt's daughter
        Son called" (Korean Son); not "daughter and son", "son, Daughter" or a word opening a sentence.
        In any note, so is a kinship word said twice before a person's act, one space or an
        apposition's commas apart ("pt's son son called", "pt's son, son, called")."""
        prev = words.get(w.i - 1)
        if w.base in KIN and prev is not None and prev.line == w.line:
            if prev.lower == w.lower and words.text[prev.end:w.start] == " " and NameFinder._person_act_at(words, w.i + 1):
                return True  # "pt's son son called twice": the word said twice, the second a name
            if prev.text == "," and NameFinder._kin_apposition(words, w):
                prev2 = words.get(w.i - 2)
                return prev2 is not None and prev2.lower == w.lower  # "pt's son, son, called"
        return ((words.mixed_case or words.lower_case) and w.base in KIN and w.is_title and prev is not None
                and prev.is_alpha and prev.base in KIN and prev.text.islower() and prev.line == w.line
                and words.text[prev.end:w.start] == " " and not words.sentence_start(w))

    def _kin_surname_after_name(self, words: Words, name: Word, w: Word, credential_next: bool = False) -> bool:
        """A kinship word right after a cued given name, written like it and followed by no other
        name word (``credential_next``: by the credential of a signature), is the family name:
        "Dr. JiU Son from cardiology", "HCP is HyeonU Son (father)"; not "Mary's son", not "MR
        JONES SON BILL"."""
        if w.base not in KIN or w.i != name.i + 1 or name.lower.endswith("'s") or words.text[name.end:w.start] != " ":
            return False
        if credential_next:
            return not words.mixed_case or w.is_title
        return self._ends_name(words, w)  # not "Dr. Lee son of ..."

    @staticmethod
    def _ends_name(words: Words, w: Word) -> bool:
        """``w`` can be the last word of a name: written like a name in a mixed-case note (lower
        case there is the word), and no other name word follows on its line."""
        if words.mixed_case and not w.is_title:
            return False
        nxt = words.get(w.i + 1)
        return nxt is None or nxt.line != w.line or not nxt.is_alpha or nxt.cls in ("function", "ordinary")

    @staticmethod
    def _line_ends(words: Words, i: int) -> bool:
        """Word ``i`` is the last word of its line (a signature's credential), punctuation aside."""
        nxt = words.get(i + 1)
        while nxt is not None and nxt.line == words[i].line and nxt.kind == "punct":
            nxt = words.get(nxt.i + 1)
        return nxt is None or nxt.line != words[i].line

    @staticmethod
    def _given_before(words: Words, j: int) -> bool:
        """Is the word before index ``j`` (on its line, maybe across a hyphen) a given name?"""
        g = words.get(j - 1)
        if g is None or not g.is_alpha or g.line != words[j].line:
            return False
        return bool(g.flags & FIRST) or g.cls_for(True) == "unknown"

    @staticmethod
    def _family_slot(words: Words, given: Word, hit: _Hit, w: Word) -> bool:
        """A rare ordinary word right after a given name that a strong cue found, before no other
        name word, is its family name: "Dr. Oruc Bilge from", "wife Owethu Mamba by phone",
        "HCP is Haimanti Bos (mother)". Not a verb, adjective or adverb ("son Bill tearful"), not an
        abbreviation or drug."""
        if hit.detail not in STRONG_DETAILS or hit.score < 0.7 or w.i != given.i + 1 or given.lower.endswith("'s"):
            return False
        return family_word(w) and NameFinder._given_before(words, w.i) and NameFinder._ends_name(words, w)

    @staticmethod
    def _right_after_title(words: Words, w: Word) -> bool:
        """``w`` stands right after a title (its dot aside) on the title's line, not after a comma of
        coordinated names ("Per Dr. Ramos, appt made") nor on the next line; a care role written as a
        title opens its clause ("WITH NP BOS", "PER NP BOS"), not closing a signature ("ANA OBI, NP
        DISCORD")."""
        k = w.i - 1
        if k >= 1 and words[k].text == "." and words.glued(words[k - 1], words[k]):
            k -= 1
        title = words.get(k)
        if title is None or not title.is_alpha or title.line != w.line or not (title.base in TITLES or title.base in ROLES):
            return False
        if title.base in TITLES:
            return True
        before = words.get(k - 1)
        return (before is None or before.line != title.line or (before.kind == "punct" and before.text != ",")
                or (before.is_alpha and before.cls in ("function", "ordinary")))

    @staticmethod
    def _family_word_after_title(words: Words, w: Word) -> bool:
        """A rare word that can be a family name (``family_word``: no verb, adjective or adverb by
        its ending, no abbreviation or drug), a word of general text (wordfreq knows "bos", not the
        medical word list's "lytes" or "signout"), no noun of care ("dr consult") and no plural of
        a word ("recs"): after a title or a care role written as one it is the name ("PER DR BOS",
        "NP BOS ORDERED"); the words that follow a title and are no name ("aware", "notified",
        "here", "office") are frequent."""
        return (general_family_word(words, w) and w.lower not in CARE_NOUNS and has_vowel(w.lower)
                and not _plural_of_word(words, w.lower))

    @staticmethod
    def _after_dotted_title(words: Words, w: Word) -> bool:
        dot = words.get(w.i - 1)
        if w.flags & ABBREV:  # "MS. PT", "MR. OOB": clinical shorthand after mental status / MR
            return False
        return (dot is not None and NameFinder._title_dot(words, dot) and words[w.i - 2].base != "ms"
                and w.start - dot.end == 1)

    @staticmethod
    def _title_reads_as_title(words: Words, title: Word, j: int) -> bool:
        """"MS"/"MR" are titles only as "Ms"/"Mr", with a dot, or before a listed name."""
        nxt = words.get(j)
        if nxt is None or not nxt.is_alpha or nxt.line != title.line:
            return False
        dotted = words.get(title.i + 1) is not None and words[title.i + 1].text == "."
        if title.start > 0 and not words.text[title.start - 1].isspace() and words.text[title.start - 1] not in "([\"'":
            return False  # "3-4+MR.": glued to what comes before, mitral regurgitation
        if words.mixed_case:
            # "MR." and "MS." in capitals are mitral regurgitation and mental status in a mixed-case note;
            # a lower-case "mr." opening a sentence before a capitalised word is the title ("mr. Brown
            # alert"), after a grade it is the valve ("mild mr. Trace tr.")
            opening = words.sentence_start(title) and ((nxt.is_title and nxt.cls_for(True) in ("name", "unknown", "ambiguous"))
                                                       or NameFinder._subject_letter(words, j))  # "mr D remained"
            return title.is_title or (dotted and nxt.cls == "name") or (title.text.islower() and opening)
        return dotted or nxt.cls == "name" or NameFinder._subject_after_title(words, title, j)

    @staticmethod
    def _subject_after_title(words: Words, title: Word, j: int) -> bool:
        """One or two name-like words from ``j`` and then a verb whose subject is a person
        (``TITLED_SUBJECT_VERBS``): "mr okafor had", "MS K REMAINED" -- the valve or the mental
        status takes no such verb after a name-like word."""
        if NameFinder._leading_particle(words, j):
            j += 1  # "mr o furaigh had an easy shift": the particle opens the name
        k = j
        while (k < j + 2 and k < len(words) and words[k].is_alpha and words[k].line == title.line
               and (words[k].cls_for(True) in ("name", "unknown", "ambiguous")
                    or (k == j and (NameFinder._family_word_after_title(words, words[k]) or words[k].base in KIN)))):
            k += 1  # "mr bos had", "mr son had": a family name that is a word, then the subject's verb
        if k == j and NameFinder._subject_letter(words, j):
            k += 1  # "mr D remained on levophed": the family name's initial
        verb = words.get(k)
        return k > j and verb is not None and verb.line == title.line and verb.lower in TITLED_SUBJECT_VERBS

    @staticmethod
    def _letter_name(words: Words, j: int) -> bool:
        """Word ``j``, right after a title or kinship word, is a letter alone that is a whole name
        (Korean O, U: "DAUGHTER O WHO IS PROXY", "daughter O called"): a capital, no dot, slash,
        ampersand or number after it, and a word or the line's end next;
        not "a", "i" or "x" ("son x 2")."""
        w = words.get(j)
        prev = words.get(j - 1)
        if prev is None:
            return False
        gap = words.text[prev.end:w.start] if w is not None else ""
        # in a note all in lower case, a letter glued to a title's dot ("per dr.o -see notes")
        titled = words.lower_case and NameFinder._letter_alone(w) and gap == "" and NameFinder._title_dot(words, prev)
        if not NameFinder._name_letter(w) and not NameFinder._lower_letter_acting(words, w) and not titled:
            return False
        if gap != " " and not (gap == "" and (NameFinder._title_dot(words, prev) or prev.text == ",")):
            return False  # ("PER DR.O THIS AFTERNOON": a title's dot glued to the letter; "SISTER ,O HAS PHONED")
        return NameFinder._letter_ends_name(words, w)

    @staticmethod
    def _listed_name_after(words: Words, i: int) -> bool:
        """The word after word ``i``, on its line and after a space, is a listed name and nothing else."""
        w, nxt = words[i], words.get(i + 1)
        return (nxt is not None and nxt.is_alpha and nxt.line == w.line and nxt.cls == "name"
                and words.text[w.end:nxt.start] == " ")

    @staticmethod
    def _title_dot(words: Words, dot: Word) -> bool:
        """``dot`` is the dot glued to a title ("DR.", "Mr.")."""
        title = words.get(dot.i - 1)
        return dot.text == "." and title is not None and title.is_alpha and title.base in TITLES and words.glued(title, dot)

    @staticmethod
    def _letter_acts(words: Words, w: Word, motion: bool = False) -> bool:
        """A person's verb or predicate right after letter ``w`` ("O AWARE", "O CALLED"; with
        ``motion``, a verb of motion too: "o went home")."""
        nxt = words.get(w.i + 1)
        return (nxt is not None and nxt.line == w.line and words.text[w.end:nxt.start] == " "
                and (NameFinder._person_act_at(words, nxt.i) or (motion and nxt.lower in MOTION_VERBS)))

    @staticmethod
    def _lower_letter_acting(words: Words, w: Optional[Word]) -> bool:
        """In a note written all in lower case (no capital marks a name there), a letter alone
        followed by a person's verb ("son o called", "son o went home"); in any note, one between
        commas after a kinship word before a person's act; not "a", "i" or "x"."""
        if not NameFinder._letter_alone(w):
            return False
        if NameFinder._kin_apposition(words, w):
            return True  # "his son, o, called twice"
        return words.lower_case and NameFinder._letter_acts(words, w, motion=True)

    @staticmethod
    def _kin_apposition(words: Words, w: Word) -> bool:
        """``w`` stands between commas right after a kinship word, before what only a person does:
        "his son, o, called twice", "pt's son, son, called": the relative's name, whatever it is."""
        before, kin, after = words.get(w.i - 1), words.get(w.i - 2), words.get(w.i + 1)
        if before is None or kin is None or after is None or before.text != "," or after.text != ",":
            return False
        if not (kin.base in KIN and kin.line == before.line == w.line == after.line):
            return False
        nxt = words.get(w.i + 2)
        return nxt is not None and nxt.line == w.line and NameFinder._person_act_at(words, nxt.i)

    @staticmethod
    def _name_letter(w: Optional[Word]) -> bool:
        """``w`` is a capital letter alone that may stand for a name: not "A", "I" or "X" ("son x 2");
        a lower-case letter is shorthand or a slip ("proxy o patient")."""
        return NameFinder._letter_alone(w) and w.text.isupper()

    @staticmethod
    def _letter_alone(w: Optional[Word]) -> bool:
        """``w`` is one letter that may stand for a name, in either case: not "a", "i" or "x"."""
        return w is not None and w.is_alpha and len(w.text) == 1 and w.lower not in ("a", "i", "x")

    @staticmethod
    def _dotted_initial_alone(words: Words, title: Word, j: int) -> bool:
        """Word ``j``, right after a title, is a capital letter with its dot and no name word after
        it: the family name's initial ("INVOLVED WITH MS K. CARE", "aware of Mr. T. plan"). After "MS"
        or "MR" not "R." or "L." (right, left: "MS R. ARM WEAKNESS"), and in a note that capitalises
        names only as "Ms"/"Mr" (capitals there are mental status and mitral regurgitation)."""
        w, dot, nxt = words.get(j), words.get(j + 1), words.get(j + 2)
        if not NameFinder._name_letter(w) or dot is None:
            return False
        if dot.text != "." or not words.glued(w, dot) or w.line != title.line:
            return False
        if words.text[words[j - 1].end:w.start] != " ":
            return False
        if title.base in AMBIGUOUS_TITLES and (w.lower in ("r", "l") or (words.mixed_case and not title.is_title)):
            return False
        return (nxt is None or nxt.line != w.line or not nxt.is_alpha
                or (nxt.cls in ("function", "ordinary") and not NameFinder._is_initial(words, j + 2)))

    @staticmethod
    def _letter_closes(words: Words, w: Word) -> bool:
        """After letter ``w``, "and", "who", "with", a comma, a bracket or the line's end: the letter is a
        whole name, not the first of a term or a lab ("NOTIFIED C DIFF RESULT", "PAGED X RAY", "NOTIFIED
        K OF 5.9")."""
        nxt = words.get(w.i + 1)
        return nxt is None or nxt.line != w.line or nxt.lower in ("and", "who", "with", ",", ")")

    @staticmethod
    def _subject_letter(words: Words, j: int) -> bool:
        """Word ``j`` is a capital letter alone, then a verb whose subject is a person ("mr D remained",
        "MS K REMAINED"): after a title, the initial of a name."""
        w, verb = words.get(j), words.get(j + 1)
        return (w is not None and verb is not None and w.is_alpha and len(w.text) == 1 and w.text.isupper()
                and verb.line == w.line and words.text[w.end:verb.start] == " " and verb.lower in TITLED_SUBJECT_VERBS)

    @staticmethod
    def _capitalised_pair_before(words: Words, j: int) -> bool:
        """Words ``j - 1`` and ``j`` are a capitalised given name and a capitalised word ("Susan Walters")."""
        last, given = words.get(j), words.get(j - 1)
        return (last is not None and given is not None and last.is_alpha and given.is_alpha and last.line == given.line
                and last.is_title and given.is_title and bool(given.flags & FIRST) and given.cls in ("name", "ambiguous"))

    @staticmethod
    def _two_name_words_before(words: Words, i: int) -> bool:
        """Two name-like words right before word ``i`` on its line, with only spaces between: a
        misspelt credential closes a full name ("tove rosqvist lcws"), not a tube's suction ("OGT LCWS")."""
        if i < 2:
            return False
        a, b, c = words[i - 2], words[i - 1], words[i]
        return (a.is_alpha and b.is_alpha and a.line == b.line == c.line and len(a.text) > 1
                and a.cls in ("name", "unknown", "ambiguous") and b.cls in ("name", "unknown", "ambiguous")
                and not words.text[a.end:b.start].strip() and not words.text[b.end:c.start].strip())

    @staticmethod
    def _dotted_credential(words: Words, i: int) -> Tuple[str, int]:
        """A credential written with dots from word ``i`` ("R.N.", "M.D", "l.p.n."): the credential
        and the index of its last letter, or ("", i)."""
        letters, k = [], i
        while (k < len(words) and len(words[k].text) == 1 and words[k].is_alpha
               and (k == i or words.glued(words[k - 1], words[k]))):
            letters.append(words[k].lower)
            dot = words.get(k + 1)
            if dot is None or dot.text != "." or not words.glued(words[k], dot):
                break
            k += 2
        cred = "".join(letters)
        if len(letters) >= 2 and cred in CREDENTIALS:
            return cred, i + 2 * (len(letters) - 1)
        return "", i

    def _before_credential(self, words: Words, hits: Dict[int, _Hit], i: int, dotted: str = "",
                           dotted_end: int = -1) -> None:
        """The name before the credential at word ``i`` (``dotted``: the credential when written
        with dots, "R.N.", whose first letter is word ``i`` and last letter word ``dotted_end``)."""
        cred = words[i]
        j = i - 1
        comma = False
        while j >= 0 and words[j].text in (",", "-") and words[j].line == cred.line:
            comma = comma or words[j].text == ","
            j -= 1
        initialled = (not comma and j >= 2 and words[j].is_alpha and len(words[j].text) > 1
                      and words[j].cls_for(True) in ("name", "unknown") and self._is_initial(words, j - 2)
                      and words.text[words[j - 1].end:words[j].start] == " ")
        if (not initialled and not comma and j >= 3 and words[j - 1].lower in NAME_PARTICLES
                and words[j].is_alpha and len(words[j].text) > 1 and words[j].cls_for(True) in ("name", "unknown")
                and self._is_initial(words, j - 3)
                and words.text[words[j - 2].end:words[j].start] == " " + words[j - 1].text + " "):
            initialled = True  # "G. Mac Guidhir PA": an initial, a particle and the family name
        if (dotted or cred.lower) in NO_CREDENTIAL_WITHOUT_COMMA and not comma and not initialled:
            return  # "HR, PA, CVP", "foley pa": not without a comma, unless an initial opens the name ("G. Coholan PA")
        nxt = words.get(i + 1)
        if dotted:
            nxt = words.get(dotted_end + 2)  # past the last letter's dot
        if nxt is not None and nxt.line == cred.line and nxt.lower in CREDENTIAL_NOT_BEFORE:
            return  # "foley, pa line pulled", "PA pressures": the pulmonary artery, not a physician assistant
        # (after a comma, "to" opens one too: "labs sent, RN to follow"; "per Jwdy RN to hold" is a signature)
        clause_next = nxt is not None and nxt.line == cred.line and (
            nxt.lower in CREDENTIAL_CLAUSE_PREDICATES or (comma and nxt.lower == "to"))
        taken: List[int] = []
        name_scored: List[int] = []  # words that take the name's best score, whatever their own
        closes_line = self._line_ends(words, dotted_end + 1 if dotted else i)  # a signature's credential
        while j >= 0 and words[j].line == cred.line and len(taken) < MAX_NAME_WORDS + 2:
            w = words[j]
            if w.text in ("-", ".") and taken:
                j -= 1
                continue
            if len(w.text) == 1 and _after_slash(words, j):
                break  # "case d/w Tarak De, NP": the "w" of "d/w" (discussed with) is no initial
            if (taken and w.is_alpha and w.base in KIN and j + 2 == taken[-1] and words[j + 1].text == "-"
                    and words.glued(w, words[j + 1]) and words.glued(words[j + 1], words[j + 2])):
                taken.append(j)  # "Son-ChunJa MD": a kinship word hyphenated to a name is part of it
                j -= 1
                continue
            if taken and initialled and ((w.lower in NAME_PARTICLES and words.text[w.end:words[j + 1].start] == " ")
                                         or self._is_initial(words, j)):
                taken.append(j)  # "[G]. [Mac] Guidhir PA": the particle and the initial of an initialled name
                j -= 1
                continue
            # an abbreviation in a list ("HR, PA, CVP") or an ordinary word before a credential
            # that starts a clause ("REMAINS LOW MD AWARE", "STRONG NP COUGH") is no signature
            clinical = w.cls != "name" and (w.flags & ABBREV or (not comma and w.cls == "ambiguous" and w.flags & WORD))
            if w.is_alpha and words.mixed_case and w.text.islower() and w.cls != "name":
                break  # "needed as maintenance fld, MD to decide": a signature's name is capitalised there
            if not taken and w.is_alpha and w.cls in ("ordinary", "ambiguous") and self._given_particle_before(words, j):
                taken.extend([j, j - 1])  # "AILBHE O LITHE RN": a word after a name particle is the family name
                name_scored.append(j)
                j -= 2
                continue
            if not taken and comma and family_word(w) and self._given_before(words, j):
                taken.append(j)  # "HAMIYET BILGE, RN": a rare word as the family name
                j -= 1
                continue
            g = words.get(j - 1)
            h = words.get(j - 2)
            if (not taken and general_family_word(words, w) and g is not None and g.text == "-" and h is not None
                    and h.is_alpha and words.glued(h, g) and words.glued(g, w) and h.cls_for(True) in ("name", "unknown")):
                taken.append(j)  # "Khanam-Bos MD": a rare word hyphenated to a name before a credential
                name_scored.append(j)
                j -= 1
                continue
            if (not taken and not comma and (family_word(w) or rare_family_name(w)) and g is not None
                    and g.line == w.line and g.is_alpha
                    and ((g.cls == "name" and g.flags & FIRST)
                         or (g.cls_for(True) == "unknown" and closes_line))):
                # "ORHAN BILGE RN": a rare word (or a listed family name that is a rare word too) as the
                # family name, after a given name that is nothing else or, closing a signature's line,
                # after a word no list holds ("Subhasri Bos RRT", "ISATIYAK MINA RRT")
                taken.append(j)
                name_scored.append(j)
                j -= 1
                continue
            # (an abbreviation too only after a given name that is nothing else: "KEVIN RICE RN", not "HR PA RN")
            if not taken and w.is_alpha and w.cls in ("ordinary", "ambiguous") and w.flags & LAST \
                    and not w.flags & DRUG and g is not None and g.line == w.line and g.is_alpha \
                    and g.flags & FIRST and (g.cls == "name" or (g.cls == "ambiguous" and self._reads_as_name(words, g))) \
                    and not (w.flags & ABBREV and g.cls != "name"):
                taken.append(j)  # "KEVIN RICE RN", "MARY WHITE RN": a listed family name that is a word, after a given name
                j -= 1
                continue
            if w.is_alpha and w.base not in CUE_WORDS and not clinical and (
                    w.cls_for(comma and not (w.typo and cred.lower in NO_CREDENTIAL_WITHOUT_COMMA))
                    in ("name", "ambiguous", "unknown") or len(w.text) == 1):
                taken.append(j)
                j -= 1
                continue
            if not taken and w.base in KIN and g is not None and g.is_alpha and g.cls_for(True) in ("name", "unknown") \
                    and (comma or closes_line) and self._kin_surname_after_name(words, g, w, credential_next=not comma):
                # "EUNJI SON, RN", "SEOHYEON SON RN" closing its line: a kinship word as the family
                # name of a signature
                taken.append(j)
                j -= 1
                continue
            break
        real = [k for k in taken if len(words[k].text) > 1]
        if not real:
            return
        if clause_next and len(real) == 1 and words[real[0]].cls != "name":
            # "pt with hypotelorism, MD aware": one word no name list holds is what the clinician was
            # told of ("Orvelle Brasgard, RN aware": two name-like words stay a person)
            return
        before = words.get(min(taken) - 1)
        if before is not None and before.line == cred.line and before.lower in PLACE_PREPOSITIONS \
                and cred.lower in ("md", "pa"):
            return  # "lives in Towson, MD": a city and its state ("given to Eunji Son, RN" is a nurse)
        scores = {k: self._score(words, words[k], "credential") for k in real if words[k].base not in KIN}
        if not scores:
            return
        best = max(scores.values())  # a kinship family name ("EUNJI SON, RN") takes the best score
        if best < self.min_score:
            return
        for k in name_scored:
            scores[k] = max(scores.get(k, 0.0), best)
        for k in sorted(taken):
            if k in scores and scores[k] <= 0.0:
                continue
            self._hit(hits, k, scores.get(k, best), "DOCTOR", "names.credential")

    def _pairs(self, words: Words, hits: Dict[int, _Hit]) -> None:
        for i in range(len(words) - 1):
            a = words[i]
            if not a.is_alpha or not (a.flags & FIRST) or a.cls in ("function", "ordinary") or _in_law(words, i):
                continue
            j = i + 1
            if self._is_initial(words, j):
                j += 2
            b = words.get(j)
            if b is None or not b.is_alpha or b.line != a.line or b.cls in ("function", "ordinary"):
                continue
            if words.text[a.end:b.start].strip(" .") != "":
                continue
            if not (b.flags & LAST or b.cls == "unknown"):
                continue
            if b.cls == "ambiguous" and (b.base in PERSON_ACT_VERBS or b.base in MOTION_VERBS) \
                    and not words.capitalised(b):
                continue  # "MARIA HELD PT'S HAND", "SON HAROLD WENT HOME": the name's verb, though a family name too
            classes = {a.cls, b.cls}
            if "name" not in classes and not (words.capitalised(a) or words.capitalised(b)):
                continue  # two ambiguous or unknown words: "WILL ROSE", "SXND ANXIETY"
            score = min(self._score(words, a, "pair"), self._score(words, b, "pair"))
            for k in range(i, j + 1):
                if words[k].is_alpha:
                    self._hit(hits, k, score, "NAME", "names.pair")

    def _last_first(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"BYANARJI, ARADHYA - admitted ...", "NGUYEN, THI HOA:": a "LAST, FIRST [MIDDLE]" header
        opening a line, name-like words (listed or unknown, or read as misspellings) and then a
        dash, colon, bracket or the end of the line."""
        for i in range(len(words) - 2):
            a, comma = words[i], words[i + 1]
            if comma.text != "," or not a.is_alpha or a.line != comma.line:
                continue
            first = i
            while first > 0 and words[first - 1].line == a.line and words[first - 1].lower in NAME_PARTICLES \
                    and i - first < 2:
                first -= 1  # "O Cuirleain, Andrena", "de la Cruz, Ana": particles open the family name
            prev = words.get(first - 1)
            if prev is not None and prev.line == a.line:
                continue  # not the first word of its line
            given = [i + 2]
            hyphenated = self._hyphenated_with_name(words, i + 2)
            if hyphenated:
                given.append(i + 4)  # "Yuan, I-Hsuan -": a hyphenated given name
            elif words.get(i + 3) is not None and words[i + 3].is_alpha and words[i + 3].line == a.line:
                given.append(i + 3)  # a middle name
            if not all(words[k].is_alpha and words[k].line == a.line for k in given):
                continue
            nxt = words.get(given[-1] + 1)
            if nxt is not None and nxt.line == a.line and nxt.text not in ("-", ":", "(", "|"):
                continue
            given_classes = [words[k].cls_for(True) for k in given]
            if hyphenated:
                given_classes = given_classes[1:]  # the name is read by its second part ("I-Hsuan")
            dash = nxt is not None and nxt.line == a.line and nxt.text == "-"
            # a family name that is also a word or a letter ("Son, JiYeong -", "O, MinSu -") when the
            # given names are plainly names and a dash follows, as headers have it
            plain_family = dash and all(c in ("name", "unknown") for c in given_classes) and a.base not in TITLES
            classes = [a.cls_for(True), *given_classes]
            if not plain_family and (any(c not in ("name", "unknown", "ambiguous") for c in classes)
                                     or classes.count("ambiguous") > 1):
                continue
            score = 0.6 if "ambiguous" in classes else 0.7
            if nxt is not None and nxt.line == a.line and nxt.text in ("-", ":"):
                # "NGUYEN, THI - admitted": a header, strong enough to name the label; with a word
                # among the names ("MARY, BERNARD - 72 YO") still a person over a model's place
                score = 0.85 if "ambiguous" not in classes else 0.7
            for k in [*range(first, i + 1), *given]:
                self._hit(hits, k, score, "PATIENT", "names.last_first")

    _AGE_OPENING = re.compile(
        r"(?:\s+is\s+an?\s+|\s*,\s*|\s*\(\s*)\d{1,3}\s*-?\s*(?:yo\b|y/o|y\.o\.|year|yr|[mf]\b)", re.I)

    def _is_a_age(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Owethu Nyanda is a 67 yo F", "NGOZI OKAFOR, 54 F": the person a note (or a line) opens
        with, one to four name-like words from the start of the line (after a title, if any),
        then the age."""
        for e, last in enumerate(words.items):
            if not last.is_alpha or not self._AGE_OPENING.match(words.text, last.end):
                continue
            run: List[int] = []
            j = e
            while j >= 0 and len(run) < 4 and words[j].line == last.line:
                x = words[j]
                if x.text == "-" and run and j > 0 and words.glued(words[j - 1], x) and words.glued(x, words[run[0]]):
                    j -= 1  # "Yu-Hsuan", "Frank-Peter": a hyphenated given name
                    continue
                if not x.is_alpha or x.base in CUE_WORDS:
                    break
                name_like = x.cls_for(True) in ("name", "unknown", "ambiguous") or (run and x.lower in NAME_PARTICLES)
                # the family name may be a rare word ("Rina Bos is a 67 yo") when a given name precedes it
                family = j == e and family_word(x) and self._given_before(words, j)
                if not (name_like or family):
                    break
                run.insert(0, j)
                j -= 1
            opening = j < 0 or words[j].line != last.line or words[j].base in TITLES or words[j].text in ".:"
            if not run or not opening or all(words[k].cls == "ambiguous" for k in run):
                continue
            for k in range(run[0], run[-1] + 1):
                if words[k].is_alpha:
                    self._hit(hits, k, 0.85, "PATIENT", "names.is_a_age")  # an age after a name: a person

    _PHONE_AFTER = re.compile(r"\s*(?:#|no\.?|number|:)?\s*[:#]?\s*\(?\d{3}")

    def _before_phone(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Orvelle Brasgard cell# 410-...", "JOHN DOE HOME 555-...": one to three name-like words
        right before a phone cue and its number are the person reached there. Two name words, or
        one listed name, are needed (not "call pt's home 555-...")."""
        for i, w in enumerate(words.items):
            if not w.is_alpha or w.lower not in PHONE_CUES or not self._PHONE_AFTER.match(words.text, w.end):
                continue
            run: List[int] = []
            j = i - 1
            kin_family = None  # "SeoHyeon Son cell# ...": a kinship word (or a word) as the family name
            x, g = words.get(j), words.get(j - 1)
            if (x is not None and g is not None and x.base in KIN and g.is_alpha and g.line == w.line
                    and not possessive_unmarked(g) and g.cls_for(True) in ("name", "unknown")
                    and self._kin_surname_after_name(words, g, x)):
                kin_family = j
                j -= 1
            elif (x is not None and g is not None and x.line == w.line and g.is_alpha and g.line == w.line
                  and general_family_word(words, x) and g.cls_for(True) in ("name", "unknown")
                  and words.text[g.end:x.start] == " "):
                kin_family = j  # "Arnab Bos cell# ...": a family name that is a word too, after a given name
                j -= 1
            particles: List[int] = []
            while j >= 0 and len(run) < 3 and words[j].line == w.line:
                x = words[j]
                if run and not particles and self._given_particle_before(words, j + 1):
                    particles.append(j)  # "Amber O Scolaighe cell# ...": a particle inside the name
                    j -= 1
                    continue
                if not x.is_alpha or x.base in CUE_WORDS or x.lower in PHONE_CUES or len(x.text) < 2:
                    break
                c = x.cls_for(True)
                if not (c in ("name", "unknown") or (c == "ambiguous" and x.flags & FIRST and words.capitalised(x))):
                    break
                run.insert(0, j)
                j -= 1
            if particles and (not run or run[0] > particles[0]):
                particles = []  # no given name before the particle: "O" alone is no name's part here
            if not run or (len(run) + (kin_family is not None) < 2 and words[run[0]].cls != "name"):
                continue
            best = 0.0
            for k in run:
                s = self._score(words, words[k], "kin")
                best = max(best, s)
                if s >= self.min_score:
                    self._hit(hits, k, s, "NAME", "names.phone")
            for k in [kin_family] * (kin_family is not None) + particles:
                if best >= self.min_score:
                    self._hit(hits, k, best, "NAME", "names.phone")

    def _patient_subject(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"PT SABRINA PIQUER SEEN THIS AM", "Pt Rina Bos seen": "pt" or "patient", one to three
        name words and a verb of the patient's own. Two name words, or one listed name only, are
        needed ("PT SXND FOR MOD AMOUNTS" is a verb, not a name)."""
        for i, w in enumerate(words.items):
            if w.lower not in ("pt", "patient") or not w.is_alpha:
                continue
            run: List[int] = []
            j = i + 1
            while j < len(words) and len(run) < 4 and words[j].line == w.line:
                x = words[j]
                if x.text == "-" and run and words.glued(words[run[-1]], x) and j + 1 < len(words) \
                        and words.glued(x, words[j + 1]):
                    j += 1  # "Po-Wen", "YU-FENG": a hyphenated given name
                    continue
                if not x.is_alpha or x.base in CUE_WORDS:
                    break
                c = x.cls_for(True)
                nxt = words.get(j + 1)
                last = nxt is not None and nxt.lower in SUBJECT_VERBS
                if not (c in ("name", "unknown") or (c == "ambiguous" and x.flags & FIRST)
                        or (run and x.lower in NAME_PARTICLES) or (run and last and family_word(x))
                        or self._hyphenated_with_name(words, j)):
                    break
                run.append(j)
                j += 1
            verb = words.get(j)
            if not run or verb is None or verb.line != w.line or verb.lower not in SUBJECT_VERBS:
                continue
            if len(run) < 2 and words[run[0]].cls != "name":
                continue
            for k in range(run[0], run[-1] + 1):
                if words[k].is_alpha:
                    self._hit(hits, k, 0.8, "PATIENT", "names.patient_subject")

    @staticmethod
    def particle_tail(words: Words, end: int) -> Optional[Tuple[int, int]]:
        """The rest of a name that another source found up to ``end``: name particles and the
        name word after them ("Amber [O Lubhog]", "Ana [de la Cruz]"), or None."""
        k = bisect.bisect_left(words.starts, end)
        first = words.get(k)
        if first is None or first.lower not in NAME_PARTICLES or words.text[end:first.start] != " ":
            return None
        j = k
        while True:
            w = words.get(j)
            if w is None or not w.is_alpha or w.line != first.line:
                return None
            if w.lower in NAME_PARTICLES and j - k < 3:
                nxt = words.get(j + 1)
                if nxt is None or words.text[w.end:nxt.start] not in (" ", "'", "-"):
                    return None
                j += 1
                continue
            if w.cls_for(True) in ("name", "unknown") and w.base not in CUE_WORDS:
                return first.start, w.end
            return None

    @staticmethod
    def particle_head(words: Words, start: int) -> Optional[Tuple[int, int]]:
        """The particles right before a name that a source found from ``start`` ("O [MOIDHE]", "de la
        [Cruz]", "van [Dijk]"): one or two, each one space from the next, on the name's line, the
        first opening a line or after a blank or a comma; not "St" (a saint, a street). None otherwise."""
        k = bisect.bisect_left(words.starts, start)
        name = words.get(k)
        if name is None or name.start != start or not name.is_alpha:
            return None
        first = None
        for j in (k - 1, k - 2):
            p = words.get(j)
            if (j < 0 or p is None or not p.is_alpha or p.line != name.line or p.lower not in OPENING_PARTICLES
                    or words.text[p.end:words[j + 1].start] != " "):
                break
            first = p
        if first is None:
            return None
        before = words.text[first.start - 1] if first.start > 0 else "\n"
        if not (before.isspace() or before == ","):
            return None  # "A&O", "A/O": orientation, not a name's particle
        prev = words.get(first.i - 1)
        if prev is not None and prev.line == first.line and prev.text == "&":
            return None  # "A & O"
        return first.start, start

    @staticmethod
    def _letter_family_name(words: Words, hit: _Hit, w: Word) -> bool:
        """A one-letter family name after a strongly cued given name ("husband Sanghun O by phone":
        Korean O, U): no dot after it (that is an initial, taken anyway), no apostrophe ("O'Brien"),
        not "a" or "I", and a word or the line's end after it."""
        if len(w.text) != 1 or w.lower in ("a", "i") or hit.detail not in STRONG_DETAILS or hit.score < 0.6:
            return False
        return NameFinder._letter_ends_name(words, w)

    @staticmethod
    def _letter_ends_name(words: Words, w: Word) -> bool:
        """After letter ``w``, a word, a dash or the end of its line or clause: no dot (an initial), no
        apostrophe ("O'Brien"), slash, ampersand or number."""
        rest = words.text[w.end:w.end + 2]
        # (a dash that opens the next clause: "PER DR.O -REFER TO MD NOTE")
        return rest == "" or rest[:1] == "\n" or (rest[:1] == " " and (rest[1:2].isalpha() or rest[1:2] == "-")) or rest[:1] in ",;)"

    @staticmethod
    def _hyphenated_with_name(words: Words, j: int) -> bool:
        """Word ``j`` is the first part of a hyphenated name whose second part reads as a name
        ("po-wen": "po" is also an abbreviation)."""
        hyphen, nxt = words.get(j + 1), words.get(j + 2)
        if hyphen is None or nxt is None or hyphen.text != "-" or not nxt.is_alpha:
            return False
        if not (words.glued(words[j], hyphen) and words.glued(hyphen, nxt)):
            return False
        if not (words[j].is_alpha and len(words[j].text) <= 4 and nxt.cls_for(True) in ("name", "unknown", "ambiguous")):
            return False
        joined = words[j].lower + nxt.lower
        return not words.lexicon.flags(joined) & (WORD | ABBREV | DRUG)  # "x-ray" is "xray"

    @staticmethod
    def _across_hyphen(words: Words, i: int, j: int) -> int:
        """The word on the other side of the hyphen ``j`` next to word ``i`` when the three are
        written as one ("Chia-Hao"), else ``j``."""
        k = j + (j - i)
        a, b = (words.get(i), words.get(k)) if k > i else (words.get(k), words.get(i))
        if a is None or b is None or not (words.glued(a, words[j]) and words.glued(words[j], b)):
            return j
        return k

    @staticmethod
    def dangling_tail(words: Words, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The word after a name that another source found up to a particle ("[NGUYEN VAN] AN",
        "[Maria de] la Cruz"): a name never ends in a particle, so the next name word (after any
        further particles, on the same line, one space apart) is part of it, whatever its class
        ("AN" is the Vietnamese given name here, not the article); None otherwise."""
        k = bisect.bisect_left(words.starts, end)
        last = words.get(k - 1)
        if last is None or last.start < start or last.lower not in NAME_PARTICLES or k - 1 == bisect.bisect_left(words.starts, start):
            return None  # no particle at the end, or the particle is the whole span
        j = k
        while j - k < 3:
            w = words.get(j)
            prev = words.get(j - 1)
            if w is None or not w.is_alpha or w.line != last.line or words.text[prev.end:w.start] != " ":
                return None
            if w.lower not in NAME_PARTICLES:
                return None if w.base in CUE_WORDS else (end, w.end)
            j += 1
        return None

    @staticmethod
    def hyphen_tail(words: Words, end: int) -> Optional[Tuple[int, int]]:
        """The second part of a hyphenated name that another source found only up to the hyphen
        ("Chia[-Hao]", "Jean[-Luc]", "Smith[-Jones]"), or None: a name is never cut inside a word."""
        k = bisect.bisect_left(words.starts, end)
        w = words.get(k)
        if w is not None and w.text == "-" and w.start == end:
            w = words.get(k + 1)
        # the hyphen after the span or as its last character: "Chia-Hao", "Okon-" + "\nkwo"
        joins = ("-", "-\n")
        if w is None or (words.text[end:w.start] not in joins and words.text[max(0, end - 1):w.start] not in joins):
            return None
        if not w.is_alpha or not 2 <= len(w.text) <= 10:
            return None
        if w.cls == "function" or w.base in CUE_WORDS or (w.cls == "ordinary" and w.zipf >= FUNCTION_ZIPF - 1.0):
            return None  # "Smith-like", "Kim-and": a word, not a name's second part
        nxt = w.end < len(words.text) and (words.text[w.end].isalnum() or words.text[w.end] == "-")
        return None if nxt else (end, w.end)

    @staticmethod
    def hyphen_head(words: Words, start: int) -> Optional[Tuple[int, int]]:
        """The first part of a hyphenated name that another source found only after the hyphen
        ("[Chin]-Feng Kao", "[Yu]-En Cao RN"), or None: a name is never cut inside a word. Not a
        word's prefix ("non-", "post-") nor a frequent or cue word ("and-", "dr-")."""
        k = bisect.bisect_left(words.starts, start)
        hyphen, w = words.get(k - 1), words.get(k - 2)
        if hyphen is None or w is None or hyphen.text != "-" or hyphen.end != start or w.end != hyphen.start:
            return None
        if not w.is_alpha or not 2 <= len(w.text) <= 10 or w.lower in WORD_PREFIXES or w.flags & DRUG:
            return None  # ("GIVEN CARAFATE-W. MAROTTA AWARE": a drug, then the name)
        if w.cls == "function" or w.base in CUE_WORDS or (w.cls == "ordinary" and w.zipf >= FUNCTION_ZIPF - 1.0):
            return None
        glued = w.start > 0 and (words.text[w.start - 1].isalnum() or words.text[w.start - 1] in "-/")
        return None if glued else (w.start, start)

    def _initials(self, words: Words, hits: Dict[int, _Hit]) -> None:
        for i in range(len(words) - 2):
            if not self._is_initial(words, i):
                continue
            b = words[i + 2]
            if b.line == words[i].line and (self._initialled_word(words, i) or self._initial_family_acting(words, i)):
                self._hit(hits, i, INITIALLED_FAMILY, "NAME", "names.initial")
                self._hit(hits, i + 2, INITIALLED_FAMILY, "NAME", "names.initial")
                continue
            if not b.is_alpha or b.line != words[i].line or len(b.text) < 2 or b.cls not in ("name", "unknown", "ambiguous"):
                continue
            if b.cls == "ambiguous" and not words.capitalised(b):
                continue
            s = self._score(words, b, "initial")
            if s > 0:
                self._hit(hits, i, s, "NAME", "names.initial")
                self._hit(hits, i + 2, s, "NAME", "names.initial")

    def _verbs(self, words: Words, hits: Dict[int, _Hit]) -> None:
        for i, w in enumerate(words.items):
            if not w.is_alpha:
                continue
            nxt = words.get(i + 1)
            # "message for", "msg left for": whom a message is for (the participle "left" may come between)
            left = (w.lower in MESSAGE_NOUNS and nxt is not None and nxt.lower == "left" and nxt.line == w.line
                    and words.get(i + 2) is not None and words[i + 2].lower in ("for", "to", "with"))
            addressed = w.lower in MESSAGE_NOUNS and nxt is not None and (nxt.lower in ("for", "to", "with") or left)
            if (w.base in LEFT_VERBS or addressed) and not (nxt is not None and nxt.text == "-" and words.glued(w, nxt)):
                # (not "Call-Exner bodies": a hyphen glued to the verb makes a compound)
                j = i + 2 if left else i + 1
                nxt = words.get(j)
                skip = ("with", "to", "by", "for") if addressed else ("with", "to", "by")
                if nxt is not None and nxt.lower in skip and w.lower != nxt.lower:
                    j += 1
                j = self._skip_links(words, j, w.line, 1)
                b = words.get(j)
                if b is not None and b.is_alpha and b.line == w.line and not (w.lower == "call" and b.lower in CALL_DEVICES):
                    s = self._score(words, b, "verb")
                    if (w.lower in BARE_PREPOSITIONS and not self._after_participle(words, w)
                            and not self._clause_ends_after(words, b) and not self._reads_as_name_alone(words, b)):
                        s = min(s, VERB_WORDLIKE_MAX)  # "seem by eu staff", "with dim sounds": a preposition's object
                    if s >= self.min_score:
                        self._hit(hits, j, s, "NAME", "names.verb")
            if w.base in PERSON_OBJECT_VERBS or self._object_is_person(words, w):
                b = words.get(i + 1)
                if b is not None and b.is_alpha and b.line == w.line and self._person_word(b):
                    s = self._score(words, b, "person_verb")
                    if s >= self.min_score:
                        self._hit(hits, i + 1, s, "NAME", "names.person_verb")
            if w.base in REACHING_VERBS:
                j = i + 1
                links = ("with", "by", "to") if w.base in PERSON_TO_VERBS else ("with", "by")
                linked = words.get(j) is not None and words[j].lower in links and words[j].line == w.line
                if linked:
                    j += 1  # "consult with", "accompanied by", "met with"
                b = words.get(j + 1 if self._leading_particle(words, j) else j)  # "paged O Dubhlainn"
                if (b is not None and b.is_alpha and b.line == w.line and self._unlisted_person_word(b)
                        and (linked or w.base not in PERSON_WITH_VERBS)):
                    for k, s in self._run(words, j, "person_verb"):
                        if s >= self.min_score:
                            self._hit(hits, k, s, "NAME", "names.person_verb")
                elif (b is not None and b.line == w.line and (linked or w.base not in PERSON_WITH_VERBS)
                      and self._letter_name(words, b.i) and self._letter_closes(words, b)):
                    self._hit(hits, b.i, TITLED_INITIAL, "NAME", "names.person_verb")  # "accompanied by O and a cousin"
            if w.lower == "per":
                self._per_speaker(words, hits, i)
            said = w.lower in SPEECH_VERBS and words.get(i + 1) is not None and words[i + 1].lower == "that"
            if w.base in PERSON_PREDICATES or w.lower in PERSON_SUBJECT_VERBS or said:
                b = words.get(i - 1)
                # an unknown word the spelling model does not read as a word (listed names have the right
                # verbs' own rule; a positive score would miss Greek and Italian names: "psomiadis" -3.3)
                if b is not None and b.is_alpha and b.line == w.line and self._unlisted_person_word(b):
                    s = self._score(words, b, "person_verb")
                    if s >= self.min_score:
                        self._hit(hits, i - 1, s, "NAME", "names.person_verb")
                elif b is not None and b.is_alpha and b.line == w.line and self._rare_subject(words, b):
                    self._hit(hits, i - 1, CUED_WORD_NAME, "NAME", "names.person_verb")  # "social: Bos called"
                elif (b is not None and b.line == w.line and self._name_letter(b) and self._opens_clause(words, b)
                      and words.text[b.end:w.start] == " "):
                    self._hit(hits, i - 1, TITLED_INITIAL, "NAME", "names.person_verb")  # "... GIVEN. O AWARE": Korean O
                a = words.get(i - 2)
                short_family = b is not None and a is not None and self._short_family_after_unknown(words, a, b)
                named = a is not None and a.is_alpha and a.line == w.line and (
                    self._unlisted_person_word(a) or a.cls == "name" or short_family or listed_given_only(a))
                # a given name, then a letter ("MINHO O CALLED", Korean O), a rare word ("PRIYA BOS CALLED"),
                # a short listed family name ("MINSU SIN AWARE") or a kinship word ("OgJa Son arrived") as
                # the family name; not "marias son called" (a possessive without its apostrophe)
                if named and b is not None and (
                        ((self._letter_name(words, b.i) or general_family_word(words, b) or short_family)
                         and words.text[a.end:b.start] == " ")
                        or (b.base in KIN and not possessive_unmarked(a) and self._kin_surname_after_name(words, a, b))):
                    s = self._score(words, a, "person_verb")
                    if listed_given_only(a):
                        s = max(s, CUED_WORD_NAME)  # "Aliya Bos called": a given name, its family name, an act
                    if s >= self.min_score:
                        self._hit(hits, i - 2, s, "NAME", "names.person_verb")
                        self._hit(hits, i - 1, s, "NAME", "names.person_verb")
                if (b is not None and b.is_alpha and b.line == w.line and i >= 3 and self._given_particle_before(words, i - 1)
                        and (b.cls_for(True) in ("name", "unknown", "ambiguous") or general_family_word(words, b))):
                    # "MAIRIN O DEID CALLED": a given name, a particle and the family name before the verb
                    s = max(self._score(words, words[i - 3], "person_verb"), self._score(words, b, "person_verb"))
                    if s >= self.min_score:
                        for k in (i - 3, i - 2, i - 1):
                            self._hit(hits, k, s, "NAME", "names.person_verb")
            if w.lower in ("is", "was") and self._role_noun_after(words, i):
                b = words.get(i - 1)
                # "Nodira is family contact", "Faith is the HCP": a word no list holds, or a listed name
                # that reads as one, is the person with that role; so is a rare word that may be a
                # family name ("Bos is family contact", "Hashimoto is family contact")
                rare = b is not None and (general_family_word(words, b) or rare_family_name(b))
                if (b is not None and b.is_alpha and b.line == w.line and b.base not in CUE_WORDS
                        and (self._unlisted_person_word(b) or b.cls == "name"
                             or (b.cls == "ambiguous" and self._reads_as_name(words, b)) or rare)):
                    s = max(self._score(words, b, "person_verb"), CUED_WORD_NAME if rare else 0.0)
                    if s >= self.min_score:
                        self._hit(hits, i - 1, s, "NAME", "names.person_role")
            if w.base in PERSON_ACT_VERBS:
                b = words.get(i - 1)
                # "Wojciech held pt's hand", "Sara stayed at bedside": the act is done to the patient
                near = b is not None and self._given_name_like(words, b) and self._patient_after(words, w)
                if b is not None and b.is_alpha and b.line == w.line and b.base not in TITLES \
                        and (near or self._visitor_before(words, b, w)):
                    s = self._score(words, b, "verb")
                    if s > 0.0 or near:  # not a word the score rules out ("Sunday brought family in")
                        s = max(s, VISITOR_NAME)
                    if s >= self.min_score:
                        # a visitor: the patient's family or friend, a person over a model's place
                        self._hit(hits, i - 1, s, "PATIENT", "names.visitor")
            after = words.get(i + 1)
            if w.lower in PERSON_AID_NOUNS and after is not None and after.lower == "of" and after.line == w.line:
                b = words.get(i + 2)  # "turned w/ help of Inga": who gave the help
                if b is not None and b.is_alpha and b.line == w.line:
                    s = self._score(words, b, "verb")
                    if s >= self.min_score:
                        self._hit(hits, i + 2, s, "NAME", "names.verb")
            plan = after is not None and after.line == w.line and (w.lower, after.lower) in PERSON_PLAN_PHRASES
            if w.base in RIGHT_VERBS or plan:
                j = i - 1
                while j >= 0 and words[j].text == ",":
                    j -= 1
                b = words.get(j)
                if b is not None and b.is_alpha and b.line == w.line and b.base not in TITLES:
                    s = self._score(words, b, "verb")
                    if 0.0 < s < RIGHT_VERB_NAME and b.cls == "ambiguous" and self._reads_as_name(words, b):
                        s = RIGHT_VERB_NAME  # a word too, but its vector reads as a name: "Mary lives with", "FRANK CALLED"
                    elif b.cls == "ambiguous" and not words.capitalised(b) and self._vector_reads_as_word(words, b):
                        s = min(s, VERB_WORDLIKE_MAX)  # its vector reads as a word: "calmer wen left the room"
                    if s >= self.min_score:
                        self._hit(hits, j, s, "NAME", "names.verb")

    def _per_speaker(self, words: Words, hits: Dict[int, _Hit], i: int) -> None:
        """"PER GALTAROSSA, SHE HAS BEEN MAKING THE DECISIONS", "per Galtarossa will hold lasix": after
        "per", one or two words no list holds (or listed names), then a comma and a clause about
        someone (a pronoun, the patient or the family) or what a person decides: the person who said
        it ("per protocol, pt will..." is a word of the lists)."""
        run = self._run(words, i + 1, "person_verb")
        if not run or not all(self._unlisted_person_word(words[k]) or words[k].cls == "name"
                              for k, _ in run if words[k].is_alpha and len(words[k].text) > 1):
            return
        comma, subject = words.get(run[-1][0] + 1), words.get(run[-1][0] + 2)
        reported = (comma is not None and subject is not None and comma.text == "," and subject.line == words[i].line
                    and subject.lower in REPORTED_SUBJECTS)
        decides = comma is not None and comma.line == words[i].line and comma.lower in DECIDING_VERBS
        if not (reported or decides):
            return
        for k, s in run:
            if s >= self.min_score:
                self._hit(hits, k, s, "NAME", "names.per_speaker")

    @staticmethod
    def _role_noun_after(words: Words, i: int) -> bool:
        """After the verb at word ``i``, on its line, a person's role (``PERSON_ROLE_NOUNS``), maybe
        after up to two fillers: "is family contact", "was the interpreter", "is pt's daughter"; or a
        duty only a person has (``PERSON_DUTY_PHRASES``): "is on call", "was on vacation"."""
        a, b = words.get(i + 1), words.get(i + 2)
        if a is not None and b is not None and b.line == words[i].line and (a.lower, b.lower) in PERSON_DUTY_PHRASES:
            return True
        for k in range(i + 1, i + 4):
            nxt = words.get(k)
            if nxt is None or nxt.line != words[i].line or not nxt.is_alpha:
                return False
            if nxt.base in PERSON_ROLE_NOUNS:
                return True
            if nxt.lower not in PERSON_ROLE_FILLERS:
                return False
        return False

    @staticmethod
    def _object_is_person(words: Words, w: Word) -> bool:
        """"gave Aberhart an update", "giving adesua report": what is given to someone who is named;
        "told Aberhart to rest", "asked adesua to step out": whom one tells to do something."""
        if w.lower in TELL_TO_VERBS:
            to = words.get(w.i + 2)
            return to is not None and to.line == w.line and to.lower == "to"
        if w.lower not in ("gave", "give", "giving", "given"):
            return False
        k = w.i + 2
        art = words.get(k)
        if art is not None and art.lower in ("an", "a", "the", "some"):
            k += 1
        thing = words.get(k)
        return thing is not None and thing.line == w.line and thing.lower in GIVEN_TO_PERSON

    def _unlisted_person_word(self, b: Word) -> bool:
        """A person's word (``_person_word``) that no list holds and the spelling model does not read
        as a word, four letters or more with a vowel (listed names have their own rules; a positive score would
        miss Greek and Italian names: "psomiadis" -3.3)."""
        return (self._person_word(b) and b.cls_for(True) == "unknown" and b.spelling > SPELLED_AS_WORD
                and len(b.text) >= 4 and has_vowel(b.lower))  # not "prtcl"

    @staticmethod
    def _short_family_after_unknown(words: Words, a: Word, b: Word) -> bool:
        """``a`` a word no list holds (four letters or more, with a vowel: a given name of a culture
        the lists know little of, however the spelling model reads it, "MINSU", "hyeonsug"), ``b``
        right after it a listed family name of four letters or less that is no function word,
        abbreviation or drug ("SIN", "Song", "Yu"): before a person's verb, a given and a family name."""
        return (a.is_alpha and b.is_alpha and a.line == b.line and a.cls == "unknown" and not a.typo
                and len(a.text) >= 4 and has_vowel(a.lower) and a.base not in CUE_WORDS and not a.glued_digit
                and bool(b.flags & LAST) and len(b.text) <= 4 and b.cls != "function"
                and not b.flags & (ABBREV | DRUG) and b.base not in CUE_WORDS)

    @staticmethod
    def _opens_clause(words: Words, b: Word) -> bool:
        """``b`` opens its line or follows a full stop, colon, semicolon, bracket or comma."""
        prev = words.get(b.i - 1)
        return prev is None or prev.line != b.line or (prev.kind == "punct" and prev.text in ".:;(,")

    def _rare_subject(self, words: Words, b: Word) -> bool:
        """A rare word of general text that may be a family name (``general_family_word``), opening
        its clause before a person's verb ("social: Bos called", "Bos reports that"): no service, care
        unit or drug, capitalised where case tells."""
        if (not (general_family_word(words, b) or rare_family_name(b)) or b.lower in SERVICE_WORDS
                or clipped_service(b) or care_unit(b.lower)):
            return False  # ("Kapur reports that": a listed family name that is a rare word too)
        if any(word.startswith(b.lower) for word in _SERVICE_NAMES if len(word) > len(b.lower)):
            return False  # "A: resp called": a service clipped short
        if words.mixed_case and not words.capitalised(b):
            return False
        return self._opens_clause(words, b)

    @staticmethod
    def _person_word(b: Word) -> bool:
        """A word that may name the person of a person's verb: letters, three or more, no drug and
        no clipped service ("educated nsurg" is a team)."""
        return (len(b.text) >= 3 and not b.glued_digit and not b.flags & DRUG and not clipped_service(b)
                and b.cls_for(True) in ("name", "ambiguous", "unknown"))

    @staticmethod
    def _visitor_before(words: Words, b: Word, verb: Word) -> bool:
        """Word ``b`` before a verb of a visitor's (``PERSON_ACT_VERBS``) is a given name: a listed
        name whose vector reads as one (or has none), a name that is a word too but reads as a name
        ("FRANK SAT"); before a verb that no drug, value or service takes (``VISITOR_ONLY_VERBS``:
        "stayed", "prayed"; not "neph held", "lopress held"), any listed name that is no word, or
        an unknown word spelled like a name ("adesua stayed")."""
        only = verb.base in VISITOR_ONLY_VERBS
        if b.cls == "name":
            return only or NameFinder._vector_allows_alone(words, b)
        if b.cls == "ambiguous":
            if b.flags & (ABBREV | DRUG):
                return False
            return NameFinder._reads_as_name(words, b) or (only and not b.flags & WORD)  # "GUIDO PRAYED"
        return b.cls == "unknown" and only and len(b.text) >= 4 and not b.glued_digit and b.spelling > 0

    @staticmethod
    def _given_name_like(words: Words, b: Word) -> bool:
        """Before a visitor's act done to the patient, a given name: a listed given name that is no
        word or drug ("Wojciech", "Maya", "Sara", an abbreviation too), one that is a word too if its
        vector reads at least half as a name's ("Sandra"), or an unknown word spelled like a name."""
        if not b.is_alpha or b.flags & DRUG or b.glued_digit:
            return False
        if b.cls == "unknown":
            return len(b.text) >= 4 and b.spelling > 0
        if not b.flags & FIRST or b.cls not in ("name", "ambiguous"):
            return False
        if not b.flags & WORD:
            return True
        nameness = words.lexicon_nameness(b)
        return nameness is None or nameness >= HALF_NAMENESS

    @staticmethod
    def _patient_after(words: Words, verb: Word) -> bool:
        """The patient or the bedside is the object of a visitor's act, in its clause ("held pt's
        hand", "sat with her", "stayed overnight at bedside"; not "held for sbp < 90")."""
        for k in range(verb.i + 1, verb.i + 5):
            n = words.get(k)
            if n is None or n.line != verb.line or n.text in (".", ",", ";", ":"):
                return False
            if n.base in PATIENT_OBJECTS:
                return True
        return False

    @staticmethod
    def _after_participle(words: Words, w: Word) -> bool:
        """Word ``w`` (a preposition) follows a participle of meeting a person on its line:
        "discussed with", "seen by" (``cues.PERSON_PARTICIPLES``)."""
        p = words.get(w.i - 1)
        return p is not None and p.is_alpha and p.line == w.line and p.lower in PERSON_PARTICIPLES

    @staticmethod
    def _clause_ends_after(words: Words, w: Word) -> bool:
        """Nothing more of the clause follows ``w`` on its line ("notified at 8am by amr."): a
        preposition's noun goes on ("with dim sounds", "with powders/lotion")."""
        n = words.get(w.i + 1)
        return n is None or n.line != w.line or n.text in (".", ",", ";", ")")

    @staticmethod
    def _reads_as_name_alone(words: Words, w: Word) -> bool:
        """A name by its own looks: capitalised in a mixed-case note, or a listed name and nothing
        else whose vector reads as a name (or that has none: a rare name)."""
        return words.capitalised(w) or (w.cls == "name" and NameFinder._vector_allows_alone(words, w))

    @staticmethod
    def _vector_allows_alone(words: Words, w: Word) -> bool:
        """A listed name's word vector reads as a name (``ALONE_MIN_NAMENESS``), or it has none."""
        nameness = words.lexicon_nameness(w)
        return nameness is None or nameness >= ALONE_MIN_NAMENESS

    @staticmethod
    def _vector_reads_as_word(words: Words, w: Word) -> bool:
        """A listed name has a word vector, and it reads as an ordinary word (``LOW_NAMENESS``;
        a nameness of 0.0 is the most word-like, not a missing one)."""
        nameness = words.lexicon_nameness(w)
        return nameness is not None and nameness < LOW_NAMENESS

    @staticmethod
    def _name_word_alone(words: Words, w: Word) -> bool:
        """An ambiguous word counts as a name without a cue of its own when it is in no word,
        abbreviation or drug list ("sonia", "casini": frequent or oddly vectored names), when it is
        capitalised in a mixed-case note, or when its vector reads as a name ("hoffman")."""
        if w.cls != "ambiguous":
            return True
        return (not w.flags & (WORD | ABBREV | DRUG) or words.capitalised(w)
                or (words.lexicon_nameness(w) or 0.0) >= STRONG_NAMENESS)

    def _coordinated_with_title(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"family mtg w/ tolulope and dr salako", "Ige & Dr. Olujimi": a name-like word joined by
        "and" to a title whose name was found is a name too."""
        for i, w in enumerate(words.items):
            if i < 2 or not w.is_alpha or w.base not in TITLES or not any(
                    k in hits and hits[k].detail == "names.title" for k in (i + 1, i + 2)):
                continue
            join, b = words[i - 1], words[i - 2]
            if join.lower not in ("and", "&") or not b.is_alpha or not (b.line == join.line == w.line):
                continue
            a = words.get(i - 3)
            if (a is not None and a.is_alpha and a.line == b.line and words.text[a.end:b.start] == " "
                    and (family_word(b) or (b.base in KIN and not possessive_unmarked(a)))
                    and a.base not in CUE_WORDS and (a.cls == "name" or self._unlisted_person_word(a))):
                # "AYESA BOS AND DRS ...", "SEOHYEON SON AND DR ...": a given name and a family name
                # that is a word
                s = self._score(words, a, "kin")
                if s >= self.min_score:
                    self._hit(hits, i - 3, min(s, 0.75), "NAME", "names.coordinated")
                    self._hit(hits, i - 2, min(s, 0.75), "NAME", "names.coordinated")
                continue
            if b.base in CUE_WORDS or b.cls not in ("name", "unknown", "ambiguous"):
                continue
            if not self._name_word_alone(words, b):
                continue  # "pain and dr", "bill and dr": words; "sonia and dr", "Bill and Dr": names
            s = self._score(words, b, "kin")
            if s >= self.min_score:
                self._hit(hits, i - 2, min(s, 0.75), "NAME", "names.coordinated")

    def _both_and(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Both Glauco and Zulgarni are his health care proxies": "both", a name-like word, "and", a
        name-like word and a copula (each word a listed name that reads as one alone or a word no
        list holds, spelled like no word; one of them may be a rare word beside such a name): two
        people ("both lungs and ...", "both pt and wife" are words)."""
        for i, w in enumerate(words.items):
            if w.lower != "both" or i + 4 >= len(words):
                continue
            a, join, b, verb = words[i + 1], words[i + 2], words[i + 3], words[i + 4]
            if join.lower not in ("and", "&") or verb.lower not in ("are", "were") or not (
                    w.line == a.line == b.line == verb.line):
                continue
            named = [self._coordinated_word(words, x) for x in (a, b)]
            # beside a name, a rare word of general text is a family name too ("Both Murakami and Endo are")
            if any(named) and all(n or general_family_word(words, x) for n, x in zip(named, (a, b))):
                for k, n in zip((i + 1, i + 3), named):
                    s = self._score(words, words[k], "person_verb") if n else CUED_WORD_NAME
                    if s >= self.min_score:
                        self._hit(hits, k, min(max(s, 0.6), 0.75), "NAME", "names.coordinated")

    def _pair_before_verb(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Michael & Justyna in to visit", "TOMASZ + KAOMBWE VISITED", "Ilse and Wiktor called": two
        name-like words (``_coordinated_word``) joined by "and", "&" or "+", opening a clause, right
        before a verb only a person takes (``PERSON_SUBJECT_VERBS``, ``PERSON_PREDICATES``) or "in to
        visit": two people ("pain and swelling noted", "bp and hr stable" are words)."""
        for i in range(3, len(words)):
            w = words[i]
            visit = (w.lower == "in" and words.get(i + 1) is not None and words[i + 1].lower == "to"
                     and words.get(i + 2) is not None and words[i + 2].lower == "visit")
            if not (visit or w.lower in PERSON_SUBJECT_VERBS or w.base in PERSON_PREDICATES):
                continue
            a, join, b = words[i - 3], words[i - 2], words[i - 1]
            if join.lower not in ("and", "&", "+") or not (a.line == join.line == b.line == w.line):
                continue
            if not (self._opens_clause(words, a) and self._coordinated_word(words, a) and self._coordinated_word(words, b)):
                continue
            for k in (i - 3, i - 1):
                s = self._score(words, words[k], "person_verb")
                if s >= self.min_score:
                    # a care-giver found already ("Dr. Okafor and Lindqvist aware") stays one
                    label = "DOCTOR" if k in hits and hits[k].label == "DOCTOR" else "PATIENT"
                    self._hit(hits, k, min(max(s, PERSON_CONTEXT_FLOOR), 0.8), label, "names.pair_before_verb")

    def _coordinated_word(self, words: Words, w: Word) -> bool:
        """A word that may stand for a person beside "and": a listed name that reads as one alone, or a
        word no list holds spelled like no word; no cue word, nothing shorter than three letters."""
        if not w.is_alpha or w.base in CUE_WORDS or len(w.text) < 3:
            return False
        listed = w.cls == "name" or (w.cls == "ambiguous" and w.flags & (FIRST | LAST) and self._name_word_alone(words, w))
        return bool(listed) or self._unlisted_person_word(w)

    def _names_in_parentheses(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"family (Claude, Roman) in", "visitors (ana & rui)", "nephew (Femi) is hcp": name-like
        words, and nothing else, in a parenthesis after kinship or a care role name those people."""
        for i in range(len(words) - 2):
            cue, paren = words[i], words[i + 1]
            if paren.text != "(" or cue.line != paren.line or not (cue.base in PARENTHESIS_KIN or cue.base == "family"
                                                                  or cue.base in ROLES):
                continue
            names: List[int] = []
            j = i + 2
            while j < len(words) and words[j].line == cue.line and len(names) < 4:
                if not self._name_like(words[j]):
                    break
                names.append(j)
                sep = words.get(j + 1)
                if sep is None or sep.lower not in (",", "and", "&"):
                    j += 1
                    break
                j += 2
            close = words.get(j)
            if not names or close is None or close.text != ")":
                continue
            if not any(self._name_word_alone(words, words[k]) for k in names):
                continue  # one listed word alone ("family (hope)", "rn (float)") is no name without another
            label = "DOCTOR" if cue.base in ROLES else "PATIENT"
            for k in names:
                s = self._score(words, words[k], "kin")
                if s >= self.min_score:
                    self._hit(hits, k, min(s, 0.8), label, "names.in_parentheses")

    def _role_in_parentheses(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"per chaitaly (case mgr)", "spoke with Sevcan (SW)", "Amaka (daughter) called": a name-like
        word right before a parenthesis that holds only a role or kinship."""
        for i in range(len(words) - 3):
            b, paren = words[i], words[i + 1]
            if paren.text != "(" or not b.is_alpha or b.line != paren.line or b.base in CUE_WORDS \
                    or b.cls not in ("name", "unknown", "ambiguous"):
                continue
            inner: List[Word] = []
            j = i + 2
            while j < len(words) and words[j].is_alpha and words[j].line == b.line and len(inner) < 3:
                inner.append(words[j])
                j += 1
            close = words.get(j)
            if not inner or close is None or close.text != ")" or not any(x.base in CUE_ROLE_WORDS - ROLE_FILLERS for x in inner) \
                    or not all(x.base in CUE_ROLE_WORDS for x in inner):
                continue
            if not self._name_word_alone(words, b):
                continue
            # the patient's family ("(daughter)", "(children)") or a care-giver ("(case mgr)", "(SW)")
            label = "PATIENT" if any(x.base in PARENTHESIS_KIN for x in inner) else "DOCTOR"
            s = self._score(words, b, "kin")
            if s >= self.min_score:
                self._hit(hits, i, min(s, 0.8), label, "names.role_parenthesis")
            join, a = words.get(i - 1), words.get(i - 2)
            if (s >= self.min_score and join is not None and a is not None and join.lower in ("and", "&", ",")
                    and a.line == join.line == b.line and a.is_alpha and a.base not in CUE_WORDS
                    and a.cls in ("name", "unknown", "ambiguous") and self._name_word_alone(words, a)):
                # "Panfilo and Adedeji (children)": the role holds for both names
                s2 = self._score(words, a, "kin")
                if s2 >= self.min_score:
                    self._hit(hits, i - 2, min(s2, 0.8), label, "names.role_parenthesis")

    def _kin_of_name(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Chelsea's husband at bedside", "asking for Anita, her sister": a name-like word whose
        kin follows it, as a possessive or after a comma ("X, her sister", "X, pt's son")."""
        for i in range(len(words) - 1):
            b = words[i]
            if not b.is_alpha or b.base in CUE_WORDS or b.cls not in ("name", "unknown", "ambiguous") \
                    or b.flags & (ABBREV | DRUG):
                continue
            j = i + 1
            if b.lower.endswith("'s") or b.lower.endswith("’s"):
                pass  # "Chelsea's husband"
            elif words[j].text in ("/", "-") and self._across_hyphen(words, i, j) != j:
                j += 1  # "Valerie/dtr called", "LEE-SON": kin glued to the name by a slash or hyphen
            elif words[j].text == "," and words[j].line == b.line:
                j += 1  # "Anita, her sister": an apposition
                owner = words.get(j)
                if owner is None or owner.line != b.line or owner.lower not in APPOSITION_OWNERS | ARTICLES:
                    continue
                j += 1
                more = words.get(j)  # "X, the pt's friend", "X, a family friend"
                if more is not None and more.line == b.line and (
                        (owner.lower in ARTICLES | {"the"} and more.lower in APPOSITION_OWNERS - {"the"})
                        or more.lower in KIN_MODIFIERS):
                    j += 1
            else:
                continue
            kin = words.get(j)
            if kin is None or kin.line != b.line or kin.base not in KIN:
                continue
            s = self._score(words, b, "kin")
            if s >= self.min_score:
                self._hit(hits, i, min(s, 0.85), "PATIENT", "names.kin_of")

    def _called_out(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"pt calling out 'Thomas'", "YELLING "ANNE" REPEATEDLY", "asking for 'Ana Carolina'": one or two
        name-like words, and nothing else, in quotes right after a verb of calling out (with "out" or
        "for" between): whom a confused patient calls for. An ordinary word stays ("yelling 'help'")."""
        for i, w in enumerate(words.items):
            if not w.is_alpha or w.lower not in CALLING_OUT_VERBS:
                continue
            j = i + 1
            for link in ("out", "for"):
                x = words.get(j)
                if x is not None and x.lower == link and x.line == w.line:
                    j += 1
            quote = words.get(j)
            if quote is None or quote.text not in QUOTES or quote.line != w.line:
                continue
            inner: List[int] = []
            k = j + 1
            while k < len(words) and len(inner) < 3 and words[k].is_alpha and words[k].line == w.line:
                inner.append(k)
                k += 1
            close = words.get(k)
            if (not inner or len(inner) > 2 or close is None or close.text not in QUOTES
                    or not words.glued(quote, words[inner[0]]) or not words.glued(words[inner[-1]], close)):
                continue
            if not all(self._name_like(words[x]) and self._name_word_alone(words, words[x]) for x in inner):
                continue
            for x in inner:
                s = self._score(words, words[x], "person_verb")
                if s >= self.min_score:
                    self._hit(hits, x, min(s, 0.85), "PATIENT", "names.called_out")

    def _from_service(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"Bale from pt relations in", "seen by Nachiket from renal": a name-like word opening a
        clause, or after "by"/"with", before "from" and a hospital service: a member of its staff."""
        for i in range(len(words) - 2):
            b, frm, svc = words[i], words[i + 1], words[i + 2]
            if frm.lower != "from" or not b.is_alpha or not (b.line == frm.line == svc.line):
                continue
            rare = general_family_word(words, b) and b.lower not in _MOVING_WORDS  # "with bos from case management"
            if not (self._service_name_word(b) or rare):
                continue  # "ADM FROM CATH LAB", "returned from IR": a verb of moving
            if svc.lower == "the":
                svc = words.get(i + 3)
                if svc is None or svc.line != b.line:
                    continue
            if not (svc.lower in SERVICE_WORDS or care_unit(svc.lower)):
                continue
            first = i
            prev = words.get(i - 1)
            if prev is not None and prev.line == b.line and self._service_name_word(prev) \
                    and self._clause_or_agent_before(words, i - 1):
                first = i - 1  # "Matteo Dias from cardiology": a given name and a family name
            elif not self._clause_or_agent_before(words, i):
                continue  # "transfer Levo from pharmacy": only a clause's subject or an agent
            for k in range(first, i + 1):
                s = self._score(words, words[k], "kin")
                if k == i and rare:
                    s = max(s, CUED_WORD_NAME)
                if s >= self.min_score:
                    self._hit(hits, k, min(s, 0.8), "DOCTOR", "names.from_service")  # staff: a care-giver

    @staticmethod
    def _name_like(w: Word) -> bool:
        """A word that may be a name: listed, unknown or ambiguous; no cue word, abbreviation or drug."""
        return (w.is_alpha and w.base not in CUE_WORDS and w.cls in ("name", "unknown", "ambiguous")
                and not w.flags & (ABBREV | DRUG))

    @staticmethod
    def _service_name_word(w: Word) -> bool:
        """A name-like word before "from" a service, not a verb of moving ("returned from IR")."""
        return NameFinder._name_like(w) and w.lower not in _MOVING_WORDS

    @staticmethod
    def _clause_or_agent_before(words: Words, k: int) -> bool:
        """Word ``k`` opens a clause or follows an agent's preposition ("seen by", "w/", "per", the
        "w" of "s/w" or "d/w": "s/w Keji from cardiology")."""
        prev = words.get(k - 1)
        return (prev is None or prev.line != words[k].line or prev.text in ".;:|-(,"
                or prev.lower in ("by", "with", "w/", "per") or (prev.lower == "w" and _after_slash(words, k - 1)))

    def _reached_at(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"called Ana at home", "MESSAGE LEFT W/ JACOB AT WORK": one or two name-like words between
        a verb of reaching someone and "at home"/"at work" are a person reached there."""
        def name_like(k: int, line: int, abbreviation: bool) -> bool:  # the last word may be an abbreviation too ("ANA")
            w = words[k]
            return (w.is_alpha and w.line == line and w.base not in CUE_WORDS
                    and w.cls in ("name", "unknown", "ambiguous") and (abbreviation or not w.flags & (ABBREV | DRUG)))

        for i in range(1, len(words) - 2):
            at, where = words[i + 1], words[i + 2]
            if at.lower != "at" or where.lower not in REACHED_PLACES:
                continue
            if not name_like(i, at.line, True):
                continue
            first = i - 1 if name_like(i - 1, at.line, False) and self._reach_before(words, i - 1) else i
            if not self._reach_before(words, first):
                continue
            for k in range(first, i + 1):
                # the slot between the verb and "at home" is a person's: a frequent word that a name
                # list holds ("MARK", "GRACE") reads as the name there
                self._hit(hits, k, REACHED_SCORES[words[k].cls], "NAME", "names.reached_at")

    @staticmethod
    def _reach_before(words: Words, k: int) -> bool:
        """A verb of reaching someone right before word ``k``: "called", "paged", "left w/", "msg for"."""
        p = words.get(k - 1)
        if p is None or p.line != words[k].line:
            return False
        if p.lower in REACH_VERBS:
            return True
        if p.text == "/" and k >= 2 and words[k - 2].lower == "w":
            p2 = words.get(k - 3)
        elif p.lower in ("with", "for"):
            p2 = words.get(k - 2)
        else:
            return False
        return p2 is not None and p2.line == words[k].line and p2.lower in MESSAGE_WORDS

    def _family(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """"the ROMERO FAMILY", "Smith family": a family name before "family"."""
        for i, w in enumerate(words.items):
            if w.lower not in ("family", "family's", "families") or i == 0:
                continue
            nxt = words.get(i + 1)
            if nxt is not None and nxt.line == w.line and nxt.lower in FAMILY_PRACTICE_HEADS:
                continue  # "Leetown Family Practice": a practice, named for its town
            b = words[i - 1]
            # a family name one letter from a word is read as a misspelling alone; before "family" one
            # spelled like a name is the name ("KAVELA FAMILY"; not "continue to supprt family")
            misspelt_name = b.typo and b.spelling > 0
            if b.is_alpha and b.line == w.line and b.base not in CUE_WORDS and (
                    b.cls in ("name", "unknown", "ambiguous") or misspelt_name):
                if b.cls == "ambiguous" and (b.flags & WORD or not b.flags & LAST) and not (
                        b.flags & LAST and (words.lexicon_nameness(b) or 0.0) >= STRONG_NAMENESS):
                    continue  # "foster family"; but "Hoffman family": a listed family name that reads as one
                # a family name is no given name: the kinship score's given-name check does not apply
                # to a listed family name in no word list ("casini family")
                plain_family = b.cls == "ambiguous" and b.flags & LAST and not b.flags & (WORD | ABBREV | DRUG)
                s = self._score(words, b, "title" if plain_family else "kin")
                if s >= self.min_score:
                    self._hit(hits, i - 1, s, "PATIENT", "names.family")
            elif b.is_alpha and b.line == w.line and self._family_named_after(words, b) and general_family_word(words, b):
                self._hit(hits, i - 1, CUED_WORD_NAME, "PATIENT", "names.family")  # "KEEP BOS FAMILY AWARE"

    @staticmethod
    def _family_named_after(words: Words, b: Word) -> bool:
        """Before rare word ``b`` and "family", "the" or a verb of keeping a family informed ("KEEP BOS
        FAMILY AWARE", "updated the Bos family"): the family is named for ``b``; not "a surrogate family"."""
        prev = words.get(b.i - 1)
        return (prev is not None and prev.line == b.line and b.lower not in SERVICE_WORDS
                and prev.lower in FAMILY_NAMING_WORDS)

    def _alone(self, words: Words, hits: Dict[int, _Hit]) -> None:
        alone = SCORES["alone"]
        for i, w in enumerate(words.items):
            # a device that ICU notes name by its eponym ("OOB held d/t Quinton") needs a cue;
            # a class that scores nothing alone (ordinary, function words: most of a note) is skipped
            # before ``_score``'s checks, which could only lower its score
            if (w.is_alpha and w.cls in alone and i not in hits and len(w.text) > 1
                    and w.lower not in DEVICE_EPONYMS and not _in_hyphen_chain(words, i)):
                s = self._score(words, w, "alone")
                if s >= self.min_score:
                    self._hit(hits, i, s, "NAME", "names.lexicon")

    def _extend(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """Grow found names over neighbouring name words on the same line ("june elaine pellandrou")."""
        changed = True
        while changed:
            changed = False
            for i in sorted(hits):
                hit = hits[i]
                if hit.score < 0.5:
                    continue
                for j in (i - 1, i + 1):
                    w = words.get(j)
                    if w is not None and w.text == "-":
                        j = self._across_hyphen(words, i, j)  # "Chia-Hao", "Smith-Jones": one name
                        w = words.get(j)
                        if w is not None and j not in hits and w.is_alpha and len(w.text) <= 3 and w.base not in CUE_WORDS:
                            # a short syllable written into the name: "Ching-I", "Hsiao-Yi"
                            hits[j] = _Hit(min(hit.score, self._score(words, w, "extend") or hit.score), hit.label,
                                           "names.extend")
                            changed = True
                            continue
                    if w is None or j in hits or not w.is_alpha or w.line != words[i].line or _in_law(words, j):
                        continue
                    if words.text[min(w.end, words[i].end):max(w.start, words[i].start)].strip() not in ("", "-"):
                        continue
                    if w.base in CUE_WORDS:
                        if j > i and hit.detail in ("names.title", "names.kin", "names.role", "names.naming") \
                                and hit.score >= 0.6 \
                                and self._kin_surname_after_name(words, words[i], w):
                            hits[j] = _Hit(min(hit.score, 0.7), hit.label, "names.extend")
                            changed = True
                        continue
                    if j > i and self._family_slot(words, words[i], hit, w):
                        hits[j] = _Hit(min(hit.score, 0.7), hit.label, "names.family_slot")
                        changed = True
                        continue
                    particle = w.lower in NAME_PARTICLES and j > i
                    nxt = words.get(j + 1)
                    if particle and nxt is not None and nxt.is_alpha and nxt.line == w.line \
                            and nxt.cls_for(True) in ("name", "unknown") and words.text[w.end:nxt.start] == " ":
                        # "Siobhan O Collata", "Ana de la Cruz": a particle joins the next name word
                        hits[j] = _Hit(hit.score, hit.label, "names.extend")
                        hits[j + 1] = _Hit(min(hit.score, self._score(words, nxt, "extend") or hit.score), hit.label, "names.extend")
                        changed = True
                        continue
                    prev = words.get(j - 1)
                    if (w.lower in OPENING_PARTICLES and j < i and prev is not None and prev.is_alpha
                            and prev.line == w.line and words.text[prev.end:w.start] == " "
                            and prev.base not in CUE_WORDS and (prev.cls_for(True) in ("name", "unknown")
                                                               or (prev.cls == "ambiguous" and prev.flags & FIRST))):
                        # "Sabrina O [Murnain]": a given name and its particle before a found family name
                        hits[j] = _Hit(hit.score, hit.label, "names.extend")
                        s = min(hit.score, self._score(words, prev, "extend") or hit.score)
                        if j - 1 not in hits or hits[j - 1].score < s:
                            hits[j - 1] = _Hit(s, hit.label, "names.extend")
                        changed = True
                        continue
                    if j > i and self._letter_family_name(words, hit, w):
                        hits[j] = _Hit(min(hit.score, 0.6), hit.label, "names.extend")  # "Sanghun O", "Jiwoo U"
                        continue
                    if particle:
                        continue
                    if w.cls == "ambiguous":
                        # "june elaine pellandrou": a first name before, a family name after
                        listed = w.flags & (FIRST if j < i else LAST)
                        if not listed or w.flags & WORD and w.zipf >= 4.9 or w.zipf >= FUNCTION_ZIPF:
                            continue
                    elif w.cls_for(True) not in ("name", "unknown"):
                        continue
                    s = min(hit.score, self._score(words, w, "extend"))
                    if s >= 0.5:
                        hits[j] = _Hit(s, hit.label, "names.extend")
                        changed = True

    @staticmethod
    def _hit(hits: Dict[int, _Hit], k: int, score: float, label: str, detail: str) -> None:
        old = hits.get(k)
        if old is None:
            hits[k] = _Hit(score, label, detail)
            return
        # the most specific label seen wins (DOCTOR / PATIENT over NAME), the best score stays
        specific = label if label != "NAME" else old.label
        if score > old.score:
            hits[k] = _Hit(score, specific, detail)
        elif specific != old.label:
            hits[k] = _Hit(old.score, specific, old.detail)

    # -- entry point --------------------------------------------------------------------
    def find(self, words: Words) -> List[Match]:
        hits: Dict[int, _Hit] = {}
        for i, w in enumerate(words.items):
            if not w.is_alpha:
                continue
            if w.base in TITLES:
                label = "DOCTOR" if w.base.startswith("d") or w.base.startswith("prof") else "PATIENT"
                self._after_cue(words, hits, i, "title", label, "names.title")
            elif w.base in KIN or _in_law(words, i):
                self._after_cue(words, hits, i, "kin", "PATIENT", "names.kin")
            elif w.lower == "rt" and self._listed_name_after(words, i):
                # "rt Brian suctioned pt": the respiratory therapist before a listed name that is no word
                # ("rt arm", "RT IJ": the right side)
                self._hit(hits, i + 1, self._score(words, words[i + 1], "role_abbrev"), "DOCTOR", "names.role")
            elif w.base in ROLES and not _after_oxygen_flow(words, i):
                # a role that is also a credential ("RN", "NP") heads a note too ("RN Note"): only
                # name-like words after it
                evidence = "role_abbrev" if w.base in CREDENTIALS else "kin"
                self._after_cue(words, hits, i, evidence, "DOCTOR", "names.role")
            # "md" in lower case in a mixed-case note is rarely a signature, unless after "Susan Walters"
            credential = w.base in CREDENTIALS or (swapped_credential(w.lower, w.flags)
                                                    and self._two_name_words_before(words, i))
            if credential and (w.is_upper or not words.mixed_case or self._capitalised_pair_before(words, i - 1)):
                self._before_credential(words, hits, i)
            dotted, dotted_end = self._dotted_credential(words, i) if len(w.text) == 1 else ("", i)
            if dotted and (w.is_upper or not words.mixed_case or self._capitalised_pair_before(words, i - 1)):
                self._before_credential(words, hits, i, dotted, dotted_end)  # "Ada Obi, R.N."
        self._coordinated_with_title(words, hits)
        self._naming_phrase(words, hits)
        self._role_in_parentheses(words, hits)
        self._names_in_parentheses(words, hits)
        self._kin_of_name(words, hits)
        self._called_out(words, hits)
        self._from_service(words, hits)
        self._reached_at(words, hits)
        self._pairs(words, hits)
        self._last_first(words, hits)
        self._is_a_age(words, hits)
        self._patient_subject(words, hits)
        self._before_phone(words, hits)
        self._initials(words, hits)
        self._verbs(words, hits)
        self._closing_signature(words, hits)
        self._family(words, hits)
        self._alone(words, hits)
        self._both_and(words, hits)
        self._pair_before_verb(words, hits)
        self._irish_particle(words, hits)
        self._romanised_full_name(words, hits)
        self._given_pairs(words, hits)
        self._extend(words, hits)
        return self._spans(words, hits)

    @staticmethod
    def _irish_particle(words: Words, hits: Dict[int, _Hit]) -> None:
        """"Violet O Duibhginn cell#", "per T. O MAOLRUAIDH", "o haidhleart from speech": the Irish
        particle O standing alone before a word no list holds that the spelling model reads as a name
        (not "O HEMMOROIDS", a misspelt word, nor "S/O", "A&O": the letter glued to another): a
        family name, whatever cue is around it or not."""
        for i in range(len(words) - 1):
            p, w = words[i], words[i + 1]
            if p.lower != "o" or not w.is_alpha or w.line != p.line or words.text[p.end:w.start] != " ":
                continue
            if p.start > 0 and not (words.text[p.start - 1].isspace() or words.text[p.start - 1] in "(,.;:"):
                continue
            if (w.raw_cls != "unknown" or w.typo or w.glued_digit or w.spelling <= 0 or len(w.text) < 4
                    or not has_vowel(w.lower)):
                continue
            for k in (i, i + 1):
                NameFinder._hit(hits, k, IRISH_PARTICLE, "NAME", "names.irish_particle")

    @staticmethod
    def _romanised_full_name(words: Words, hits: Dict[int, _Hit]) -> None:
        """A romanised Chinese given name (``Words.given_pairs``) with a listed family name right after
        it ("PAO-FEN WANG CALLED", "Mei-Ling Chen") or before it ("WANG PAO-FEN"), one space between:
        a whole name, whatever the family name also spells ("wang", "ho", "long"); no cue is needed.
        Not a cue word, a function word, a letter or a word hyphenated to others as the family name
        ("MEI-LING AND", "YU-TING O2", "son-in-law Hsiu-Chin Hsieh")."""
        for a, b in words.given_pairs.items():
            if a > b:
                continue
            for k in (b + 1, a - 1):
                w = words.get(k)
                if w is None or not w.is_alpha or w.line != words[a].line or len(w.text) < 2:
                    continue
                after = k > b
                gap = words.text[words[b].end:w.start] if after else words.text[w.end:words[a].start]
                # the family name's other side glued to more words: the "law" of "son-in-law"
                chained = words.linked_after(w) if after else words.linked_before(w)
                if gap != " " or chained or w.base in CUE_WORDS or w.cls == "function" \
                        or not w.flags & LAST or w.flags & (ABBREV | DRUG):
                    continue
                for i in (a, b, k):
                    NameFinder._hit(hits, i, ROMANISED_FULL_NAME, "NAME", "names.romanised_full_name")

    @staticmethod
    def _given_pairs(words: Words, hits: Dict[int, _Hit]) -> None:
        """A romanised given name is one name ("PIN-YU FENG CALLED": a rule that saw "YU FENG"
        takes "PIN" too; ``Words.given_pairs``): its other syllable shares the hit."""
        for i, hit in list(hits.items()):
            j = words.given_pairs.get(i)
            if j is not None and (j not in hits or hits[j].score < hit.score):
                hits[j] = _Hit(hit.score, hit.label, hit.detail)

    def _closing_signature(self, words: Words, hits: Dict[int, _Hit]) -> None:
        """The note's last line holding only one to three name-like words ("... PTT DUE 2200. |
        ZAGURIS", "Ada Mwangi"), or one or two after its last full stop ("... RATE CORRECTED TO 900
        UNITS. KARADIMOS"): the writer's signature. Each word a listed name that is no word,
        or a word no list holds that the spelling model does not read as a word; in a note that
        capitalises names, capitalised."""
        if not words.items:
            return
        last = words.items[-1].line
        line = [w for w in words.items if w.line == last]
        stops = [k for k, w in enumerate(line[:-1]) if w.text == "." and k > 0
                 and words.text[w.end:line[k + 1].start] != ""]  # a full stop with a space after it
        tail = line[stops[-1] + 1:] if stops else []
        if 1 <= len(tail) <= 3 and all(w.is_alpha and (w.cls == "name" or (w.cls == "unknown" and w.spelling > 0)
                                                       or self._leading_particle(words, w.i)) for w in tail) \
                and not self._leading_particle(words, tail[-1].i):
            line = tail  # "... TO 900 UNITS. KARADIMOS": a last sentence of names spelled as names signs the note
        elif words.items[0].line == last:
            return  # a one-line text has no closing line
        alpha = [w for w in line if w.is_alpha]
        if not 1 <= len(alpha) <= 3 or len(line) > len(alpha) + 2 or any(
                not w.is_alpha and w.text not in (",", ".", "-") for w in line):
            return
        for w in alpha:
            if words.mixed_case and not w.text[0].isupper():
                return
            if self._leading_particle(words, w.i):
                continue  # "O MEIDHIR": a particle opens the name
            listed = w.cls == "name" or (w.cls == "ambiguous" and w.flags & (FIRST | LAST)
                                         and not w.flags & (WORD | ABBREV | DRUG))
            if not (listed or self._unlisted_person_word(w)) or w.base in CUE_WORDS:
                return
        if self._leading_particle(words, alpha[-1].i) or all(self._leading_particle(words, w.i) for w in alpha):
            return
        for w in alpha:
            self._hit(hits, w.i, CLOSING_SIGNATURE, "DOCTOR", "names.signature")

    def _spans(self, words: Words, hits: Dict[int, _Hit]) -> List[Match]:
        out: List[Match] = []
        cur: Optional[List[int]] = None
        for i in sorted(hits):
            if hits[i].score < self.min_score:
                continue
            if cur is not None:
                prev = cur[-1]
                gap = words.text[words[prev].end:words[i].start]
                # a full stop joins only after an initial ("C. Moore"), never across a sentence end
                dot_ok = "." not in gap or len(words[prev].text) == 1
                if words[i].line == words[prev].line and gap.strip(" .-") == "" and dot_ok and len(gap) <= 3 and i - prev <= 2:
                    cur.append(i)
                    continue
                out.append(self._span(words, hits, cur))
            cur = [i]
        if cur is not None:
            out.append(self._span(words, hits, cur))
        return out

    @staticmethod
    def _span(words: Words, hits: Dict[int, _Hit], idx: List[int]) -> Match:
        start, end = words[idx[0]].start, words[idx[-1]].end
        if words[idx[-1]].lower.endswith("'s"):
            end -= 2  # "Dr. White's order": the name without its possessive
        best = max((hits[i] for i in idx), key=lambda h: h.score)
        label = next((hits[i].label for i in idx if hits[i].label != "NAME"), "NAME")
        return (start, end, label, round(best.score, 3), best.detail)


_PRONOUNS = frozenset("i you he she it we they that there what who let".split())


def _pronoun_contraction(lower: str) -> bool:
    """"i'm", "she's", "they're", "we'll", "let's": a pronoun with its verb, never a name."""
    head, apostrophe, tail = lower.replace("\u2019", "'").partition("'")
    return bool(apostrophe) and head in _PRONOUNS and tail in ("m", "s", "re", "ve", "ll", "d", "t")


def _in_law(words: Words, i: int) -> bool:
    """Word ``i`` ends a kinship compound: the "law" of "sister-in-law", "DTR-IN-LAW"."""
    if words[i].lower != "law" or i < 3:
        return False
    hyphen, word_in, hyphen2 = words[i - 1], words[i - 2], words[i - 3]
    return (hyphen.text == "-" and word_in.lower == "in" and hyphen2.text == "-"
            and hyphen2.end == word_in.start and word_in.end == hyphen.start and hyphen.end == words[i].start)


def _in_hyphen_chain(words: Words, i: int, parts: int = 3) -> bool:
    """Word ``i`` is one of ``parts`` or more words glued by hyphens ("Wolff-Parkinson-White",
    "Charcot-Marie-Tooth"): an eponymous condition, which a name alone does not make a person."""
    ends = []
    for step in (-1, 1):
        k = i
        while True:
            hyphen = words.get(k + step)
            if hyphen is None or hyphen.text != "-":
                break
            other = NameFinder._across_hyphen(words, k, k + step)
            if other == k + step or not words[other].is_alpha:
                break
            k = other
        ends.append(k)
    return (ends[1] - ends[0]) // 2 + 1 >= parts


def _after_slash(words: Words, i: int) -> bool:
    """Word ``i`` is glued after a slash ("d/w", "s/w", "c/o"): half of a clinical shorthand."""
    slash = words.get(i - 1)
    return slash is not None and slash.text == "/" and slash.end == words[i].start
