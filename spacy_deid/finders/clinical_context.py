"""Clinical contexts in which a name-like word is no person and no place.

A word that a name list knows ("Vea", "Fent", "Aline") or that a model trained on synthetic notes
takes for a name is still a clinical term where the grammar of clinical writing says so:

- negated: "no VEA", "denies X", "w/o Y" -- a finding, never a person;
- dosed: "Fent 25ug", "10U Lenti", "200mcg of Nitro", "Nitro gtt", "amiod bolus",
  "sedated on Fent/ativan", "weaned Fent" -- a drug;
- a material: "wrapped in Kling", "covered with adaptic" -- a dressing;
- a lab value: "Na 148" -- a short abbreviation with its value;
- a charting system: "per CareVue", "see Care Vue" (``CLINICAL_SYSTEMS``);
- a line or device: after an access site ("R radial Aline", "LSC Quinton") or before what is
  done to a line ("Aline dc'd", "Aline placed in R radial"); a line written as one word ("aline",
  "vwires") unless a kinship word, a person's verb or a name makes it a person (``line_shorthand``);
- charting's verbs: an abbreviation with a past-tense ending ("dced", "sxnd": ``abbreviation_verbed``);
- an aid to walking: "ambulates with walker", "uses a cane" (``mobility_aid``);
- a care unit: "PMICU", "TSICU", "MCIU" (letters around "ICU", or a care unit with two letters
  swapped) -- a ward of the note's own hospital, not a named place (``unit_acronym``; the place
  finders also skip generic places such as "floor" and "rehab": ``care_unit``).

These are conventions of clinical English, not words of any corpus. A title or credential
(``plausibility.person_context``) still outranks them ("Dr. No").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons.tables import ABBREV, NAME, WORD, load_lexicon
from .cues import ACCESS_SITES, CARE_UNITS, CLINICAL_SYSTEMS, KIN, RIGHT_VERBS

if TYPE_CHECKING:
    from .words import Word

_UNIT = r"(?:mg|mgs|mcg|mcgs|ug|g|gm|gms|grams?|units?|u|cc|ccs|ml|mls|meq|l|gtts?|mg/hr|mcg/kg(?:/min)?|mcg/min|mg/kg|%)"
_DOSE = rf"\d+(?:\.\d+)?\s*{_UNIT}"
# "no VEA", "neg for X", "denies X", "w/o X" (not "No." for a number)
_NEGATED = re.compile(r"(?:^|[^a-z/])(?:no|neg|negative\s+for|denies|denied|without|w/o|nor)\s+$", re.I)
# "10U Lenti", "200mcg of Nitro", "3 gtts of Nitro", "titration of X", "weaned Fent", "sedated on X"
_DOSED_BEFORE = re.compile(
    rf"(?:{_DOSE}\s+(?:of\s+)?|\b(?:gtts?|drip|dose|doses|bolus|titration|infusion)\s+of\s+|"
    r"\b(?:weaned|weaning|titrated|titrating|sedated\s+(?:on|with)|medicated\s+with|started\s+on|"
    r"restarted|bolused\s+with|premedicated\s+with)\s+(?:off\s+)?(?:of\s+)?(?:the\s+)?)$", re.I)
# "wrapped in Kling", "covered with adaptic": a dressing material
_MATERIAL_BEFORE = re.compile(r"\b(?:wrapped|wrap|rewrapped|covered|cover|dressed|packed|secured|taped)\s+(?:in|with)\s+$", re.I)
# "Na 148", "K = 3.8": a short lab abbreviation and its value
_VALUE_AFTER = re.compile(r"^\s*[=:]?\s*\d{1,3}(?:\.\d+)?(?![\d/-])")  # not "GH 7/23", not "VT 05401""
_AGE_AFTER = re.compile(r"^\s*[=:]?\s*\d{1,3}\s*(?:-?\s*(?:yo|y/o|y\.o|years?|yrs?|year-old)\b|[mf]\b)", re.I)
DOSE_WORDS = frozenset("gtt gtts drip infusion bolus".split())
# "Fent 25ug", "Nitro gtt", "Esmolol drip"
_DOSED_AFTER = re.compile(rf"^\s*(?:{_DOSE}\b|(?:gtts?|drip|infusion|bolus|prn)\b)", re.I)
# "Fent/versed": a drug on the other side of a slash (the caller says whether it is a drug)
_SLASH_WORD_AFTER = re.compile(r"^/([A-Za-z]+)")
_SLASH_WORD_BEFORE = re.compile(r"([A-Za-z]+)/$")
_ICU = re.compile(r"[a-z]{0,4}icu[a-z]?")


def negated(before: str) -> bool:
    """The candidate follows a negation: "no VEA", "denies X"."""
    return bool(_NEGATED.search(before))


# A number with a unit of dose or measure inside a span ("150 MCGS", "5MG", "40 meq", "80 mmHg"):
# narrower than ``_UNIT`` (no single letters: "U Street", "G Street" are streets), and the unit
# may not run on into a letter of any script ("4410 Mlýnská")
_DOSE_IN_SPAN = re.compile(r"(?<![^\W\d_])\d+(?:\.\d+)?\s*(?:mcgs?|mg|mls?|cc|meq|mmhg|kg|units)(?![^\W\d_])", re.I)


def holds_dose(text: str) -> bool:
    """A dose or a measure inside ``text``: a model's name or place holding one is neither."""
    return bool(_DOSE_IN_SPAN.search(text))


def dosed(before: str, after: str) -> bool:
    """A dose, a drip or a dosing verb next to the candidate: a drug ("Fent 25ug", "10U Lenti")."""
    return bool(_DOSED_BEFORE.search(before) or _DOSED_AFTER.match(after))


# "pt given atvn at 2200", "gave teris x1", "rec'd dffsn iv, good relief": one word after a
# verb of giving, then a time, a count, a route or an effect, is what was given
GIVING_VERBS = frozenset("given gave administered received recieved rec'd recd".split())
_GIVEN_BEFORE = re.compile(r"(?:^|[^A-Za-z])([A-Za-z']+\s+)?(?:" + "|".join(sorted(GIVING_VERBS)) + r")\s+$", re.I)
# what is given to a person, not to the patient's veins: "update given Maria at 0700"
_GIVEN_TO_PEOPLE = frozenset("""
update updates report info information instructions instruction teaching education support reassurance
explanation explanations number numbers card phone message messages call calls list
""".split())
_GIVEN_AFTER = re.compile(
    r"^\s*(?:(?:at|@)\s*\d{1,2}:?\d{2}\b|x\s?\d\b|(?:iv|ivp|ivpb|po|sc|sq|subq|im|pr|sl|ngt|ogt|prn)\b|"
    r"(?:with|w/)\s*(?:good|little|no|some|minimal|fair|poor|effect)\b|for\s+(?:pain|agitation|anxiety|sleep|nausea|sbp|hr|bp|k|mg|fever|temp)\b)",
    re.I)


def administered(before: str, after: str) -> bool:
    """A word given to the patient: after "given" ("received", "gave") and before a time, a count,
    a route, an effect or a symptom it treats ("pt given atvn at 2200", "given teris x1 for pain")."""
    m = _GIVEN_BEFORE.search(before)
    if not m or not _GIVEN_AFTER.match(after):
        return False
    return not (m.group(1) and m.group(1).strip().lower() in _GIVEN_TO_PEOPLE)


# "lopress held for sbp 90s", "clchcn held d/t diarrhea": a word a verb of drug orders follows,
# then the reason or the time, is the drug (the model's span may hold the verb)
DRUG_ORDER_VERBS = frozenset("held hold holding stopped restarted resumed increased decreased titrated weaned".split())
_ORDER_REASON = re.compile(
    r"^\s*(?:for|d/t|due\s+to|2/2|secondary|until|pending|this|tonight|overnight|x\s?\d|on\s+(?:day|hd|pod)\b)\b", re.I)
_ORDER_AFTER = re.compile(r"^\s*(" + "|".join(sorted(DRUG_ORDER_VERBS)) + r")\b", re.I)


def drug_order(last: str, after: str) -> bool:
    """A one-word drug held, stopped or changed for a reason or until a time: the candidate ends in
    ``last`` (one of ``DRUG_ORDER_VERBS`` when the model's span took the verb) and ``after`` follows."""
    if last.lower() in DRUG_ORDER_VERBS:
        return bool(_ORDER_REASON.match(after))
    m = _ORDER_AFTER.match(after)
    return bool(m) and bool(_ORDER_REASON.match(after[m.end():]))


def material(before: str) -> bool:
    """A dressing material: "wrapped in Kling", "cover with adaptic"."""
    return bool(_MATERIAL_BEFORE.search(before))


def lab_value(after: str) -> bool:
    """A value follows ("Na 148", "K = 3.8"), and it is no age ("Ed 55 yo")."""
    return bool(_VALUE_AFTER.match(after)) and not _AGE_AFTER.match(after)


def _joined_words(before: str, after: str, after_re: "re.Pattern[str]", before_re: "re.Pattern[str]") -> list:
    """The words right after and right before the candidate that the two patterns join to it."""
    out = []
    m = after_re.match(after)
    if m:
        out.append(m.group(1).lower())
    m = before_re.search(before)
    if m:
        out.append(m.group(1).lower())
    return out


def slashed_words(before: str, after: str) -> list:
    """The words glued to the candidate by a slash ("Fent/versed" -> ["versed"])."""
    return _joined_words(before, after, _SLASH_WORD_AFTER, _SLASH_WORD_BEFORE)


_AND_WORD_AFTER = re.compile(r"^\s*(?:&|\+|and)\s+(?:(?:po|iv|pr|sq|im)\s+)?([A-Za-z]+)", re.I)
_AND_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*(?:&|\+|\band)\s+(?:(?:po|iv|pr|sq|im)\s+)?$", re.I)


def coordinated_words(before: str, after: str) -> list:
    """The words joined to the candidate by "and", "&" or "+" ("metol & lasix" -> ["lasix"]):
    what is coordinated with a drug is a drug. Not commas: "Mary, lasix given" lists unlike things."""
    return _joined_words(before, after, _AND_WORD_AFTER, _AND_WORD_BEFORE)


def _swaps(word: str):
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


# care units named by an acronym that is nothing else ("CT", "OR", "ED" are also scans, a
# conjunction and a name)
_UNIT_ACRONYMS = frozenset("ccu csru cvu vicu sdu imc pcu pacu ltac ltach".split())


@lru_cache(maxsize=65536)
def _unit(lower: str, names: frozenset) -> bool:
    """``lower`` is one of ``names`` or shaped like an ICU ("pmicu", "micub"), maybe with two
    neighbouring letters swapped ("mciu"). Cached: the place finders ask of every word, often
    several times a note, and each swap is a regular-expression match."""
    if lower in names or _ICU.fullmatch(lower):
        return True
    return len(lower) >= 4 and any(s in names or _ICU.fullmatch(s) for s in _swaps(lower))


def care_unit(lower: str) -> bool:
    """A care unit or generic place by name or by shape: "micu", "floor", "pmicu", "tsicu",
    "micub", "mciu"."""
    return _unit(lower, CARE_UNITS)


def unit_acronym(lower: str) -> bool:
    """A care unit acronym that is nothing else: "MICU", "PMICU", "TSICU", "CCU", "MCIU"."""
    return _unit(lower, _UNIT_ACRONYMS)


_LAST_WORD = re.compile(r"([A-Za-z]+)\s?$")
_FIRST_WORD = re.compile(r"^\s?([A-Za-z]+)")


def charting_system(letters: str, before: str, after: str) -> bool:
    """``letters`` (a candidate's words run together, lower case), alone or with the word right
    before or after it, is a clinical information system: "Carevue", "CARE VUE", "MetaVision"."""
    if letters in CLINICAL_SYSTEMS:
        return True
    m = _LAST_WORD.search(before)
    if m and m.group(1).lower() + letters in CLINICAL_SYSTEMS:
        return True
    m = _FIRST_WORD.match(after)
    return bool(m) and letters + m.group(1).lower() in CLINICAL_SYSTEMS


# the access site right before, maybe after a hyphen or in a list: "R-RADIAL ALINE", "TLC, ALINE"
_SITE_BEFORE = re.compile(r"([A-Za-z]+)\s*[-,/]?\s*$")
# what is done to a line, right after it: "Aline dc'd", "Aline placed in R radial", "Aline site"
_LINE_CARE_AFTER = re.compile(
    r"^\s*(?:dc'?d|dced|d/c'?d|d/ced|flushed|patent|sites?|dsg|drsg|dressing|waveform|tracing|"
    r"(?:placed|place|inserted)\s+(?:(?:in|on|at)\s+)?(?:the\s+)?(?:r|l|rt|lt|right|left)\b)", re.I)


# a device being put in or taken out, or a list of lines: "placement of Swan", "access: R Hickman"
_DEVICE_BEFORE = re.compile(
    r"(?:\b(?:placement|insertion|removal|exchange)\s+of\s+(?:an?\s+|the\s+|new\s+)?|"
    r"\b(?:access|lines)\s*:\s*(?:[rl]\.?\s+)?)$", re.I)


def line_or_device(before: str, after: str) -> bool:
    """A word after an access site ("LSC Quinton", "fem aline"), after a placement or a lines field
    ("placement of Swan", "access: R Hickman"), or before what is done to a line ("Aline dc'd",
    "Aline placed in R radial") is a line or device."""
    m = _SITE_BEFORE.search(before)
    return bool((m and m.group(1).lower() in ACCESS_SITES) or _DEVICE_BEFORE.search(before)
                or _LINE_CARE_AFTER.match(after))


# an arterial, venous or PA line or pacing wires written as one word: "aline", "a-line", "PAline", "vwires"
_LINE_SHORTHAND = re.compile(r"(?:a|v|pa)-?(?:lines?|wires?)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*([A-Za-z]+)")
# words after a line that are no one's surname although the name lists hold them ("Aline Site")
LINE_WORDS_AFTER = frozenset("site sites placed place dc dcd removed in and at with to via waveform".split())


def is_line_word(lower: str) -> bool:
    """"aline", "vwires", "pa-line": a line or wire by its shorthand."""
    return bool(_LINE_SHORTHAND.fullmatch(lower))


def line_shorthand(lower: str, before: str, after: str) -> bool:
    """"aline" and its kin are lines, unless the text makes the word a person's name: a kinship word
    before it ("daughter Aline"), a verb of a person after it ("Aline called") or a listed name
    after it ("Aline Dupont"). A title or credential is checked by ``clinical_term``."""
    if not _LINE_SHORTHAND.fullmatch(lower):
        return False
    m = _WORD_BEFORE.search(before)
    if m and m.group(1).lower() in KIN:
        return False
    m = _WORD_AFTER.match(after)
    if m:
        nxt = m.group(1).lower()
        if nxt in RIGHT_VERBS or (load_lexicon().flags(nxt) & NAME and nxt not in LINE_WORDS_AFTER):
            return False
    return True


# an abbreviation with a verb's ending, as charting writes them: "dced", "sxnd", "sxned", "txed"; a bare
# "d" is left out: "rxd" reads as a signer's initials too ("-- obd", "tgd")
_VERBED = re.compile(r"([a-z]{2,4}?)(?:ed|ned|nd)")


def abbreviation_verbed(w: Word) -> bool:
    """An unlisted word that is an abbreviation with a past-tense ending ("dced": discontinued,
    "sxnd": suctioned, "rxed": treated): the abbreviation a medical list holds, or a word without
    vowels ("rx"). Listed names never are ("Ted", "Fred", "Ned"), nor initials ("obd")."""
    if w.cls != "unknown" or not w.is_alpha:
        return False
    m = _VERBED.fullmatch(w.lower)
    if not m:
        return False
    flags = load_lexicon().flags(m.group(1))
    return bool(flags & ABBREV or (flags & WORD and not set(m.group(1)) & set("aeiouy")))


# aids to walking: "ambulates with walker", "OOB w/ rolling walker", "uses a cane"
MOBILITY_AIDS = frozenset("walker walkers cane canes crutch crutches rollator".split())
_AID_BEFORE = re.compile(
    r"(?:\b(?:amb\w*|walk\w*|gait|oob|transfer\w*|pivot\w*|steps?|stands?|standing|mobiliz\w*|up)\b[^.;\n]{0,20}?"
    r"\b(?:with|w/|using|uses|via)|\b(?:uses|using|needs|requires)|\b(?:rolling|wheeled|front[- ]?wheeled|standard|rw|quad))"
    r"\s+(?:(?:a|the|his|her|their|rolling|wheeled|front[- ]?wheeled|standard|quad)\s+)*$", re.I)


def mobility_aid(lower: str, before: str) -> bool:
    """"walker", "cane", "crutches" after a verb of walking or standing and "with" ("ambulates with
    walker", "OOB w/ rolling walker") or after "uses" / "rolling": the aid, not Mr. Walker or Cane."""
    return lower in MOBILITY_AIDS and bool(_AID_BEFORE.search(before))


# colours that are given names too, as urine, drainage or sputum are described: "Amber in color",
# "URINE AMBER AND CLEAR", "rose tinged secretions"
COLOUR_NAMES = frozenset("amber rose ruby hazel ginger olive violet scarlet cherry coral".split())
_COLOUR_AFTER = re.compile(
    r"^\s*(?:in\s+colou?r|-?\s*colou?red|colou?r|-?\s*tinged|urine|drainage|secretions|sputum|fluid|"
    r"(?:and\s+)?(?:clear|cloudy|hazy|concentrated|with\s+sediment))\b", re.I)
_COLOUR_BEFORE = re.compile(r"(?:\b(?:urine|uop|u/o|uo|draining|drainage|secretions|sputum)\s*[:=-]?"
                            r"|\d\s*(?:cc|ml)s?(?:\s*/\s*(?:hr|h))?\s*[.,;:]?)\s*$", re.I)  # "... 40 cc/hr. Amber"


def body_fluid_colour(lower: str, before: str, after: str) -> bool:
    """A colour that is a given name too, describing urine, drainage or sputum ("Amber in color",
    "urine amber", "rose tinged secretions"): the colour, not Amber or Rose."""
    return lower in COLOUR_NAMES and bool(_COLOUR_AFTER.match(after) or _COLOUR_BEFORE.search(before))


# IV fluids and the "at"/"@" before their rate: "IVF AT KVO", "D5W @ TKO", "LR at 125"
_FLUID_RATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:ivfs?|iv\s+fluids?|fluids|d5w|d5ns|d5\s*1/2\s*ns|1/2\s*ns|d5lr|lr)\s*(?:at|@)\s*$", re.I)


def fluid_rate(before: str) -> bool:
    """The slot after an IV fluid and "at"/"@" holds its rate ("IVF AT KVO", "D5W @ TKO"), a
    word of shorthand that no list knows, not a place."""
    return bool(_FLUID_RATE_BEFORE.search(before))


# Specialties and services, whose clipped forms charting uses as the team's name ("intubated by
# anest", "per nsurg", "d/w nephro"): an unlisted word that clips one is the service, no person.
SPECIALTIES = (
    "anesthesia anesthesiology surgery cardiology cardiothoracic neurology neurosurgery nephrology pulmonary "
    "pulmonology gastroenterology hematology oncology orthopedics orthopaedics urology dermatology psychiatry "
    "radiology endocrinology rheumatology ophthalmology otolaryngology podiatry pediatrics obstetrics gynecology "
    "vascular thoracic transplant trauma hepatology interventional infectious palliative geriatrics"
).split()
SERVICE_CLIP_MIN = 5  # "geri", "thor", "hema" are given names too
# every clip of a specialty of SERVICE_CLIP_MIN letters or more, short of the whole word
_SPECIALTY_CLIPS = frozenset(s[:k] for s in SPECIALTIES for k in range(SERVICE_CLIP_MIN, len(s)))
_SURGERY_CLIP = re.compile(r"(?:c|ct|v|n|t|g|o|p|gen)surg")  # "csurg", "ctsurg", "vsurg": a surgical service


def service_clip(lower: str) -> bool:
    """``lower`` clips a specialty ("anest", "nephro", "gastro") or names a surgical service
    ("csurg"). For unlisted words only: the caller checks the word's class."""
    return lower in _SPECIALTY_CLIPS or bool(_SURGERY_CLIP.fullmatch(lower))


CLIP_NAMENESS_MAX = 0.6  # a listed name that reads as one ("thora" 0.75, "palli" 0.71) stays a name


def clipped_service(w: "Word") -> bool:
    """``w`` clips a specialty (``service_clip``) and is no listed name that reads as a name."""
    if not service_clip(w.lower):
        return False
    if w.flags & NAME:
        nameness = load_lexicon().nameness(w.lower)
        return nameness is None or nameness < CLIP_NAMENESS_MAX
    return True
