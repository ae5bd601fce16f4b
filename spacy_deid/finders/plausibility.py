"""How implausible a candidate of a statistical source (NER, LLM) is, from what the lexicon knows.

A model trained on synthetic notes flags words it has never seen ("upper lobes", "afeb") and
numbers that only look structured ("15/5", "4-5", "5L"). This module gives such a candidate a
*veto* in [0, 1]; the merge step multiplies the candidate's score by ``1 - veto``
(``spacy_deid.merge``). Rules are never vetoed: they validate their own matches.

- NAME / LOCATION in a clinical context (``clinical_term``: negated, dosed, a dressing, a lab
  value, a device noun ending the span, a care-unit acronym) -> 0.95, before anything else;
  in a mixed-case note, lower-case unknown words alone (no field or signature before) -> 0.7;
  a place after a residence phrase ("lives nearby in beechwood", "lives in DC") -> no veto; nor a
  big city after a preposition of place whose word is in the word list too but reads as a proper
  noun ("came from boston": ``proper_big_place``).
- LOCATION after a verb that changes a therapy ("weaned from OFM", "switched to HFOV") -> 0.95.
- NAME / LOCATION: every word ordinary (in a word list, in no name or place list) -> 0.95;
  ordinary words and ambiguous names only ("FOLEY", "WILL") without lexicon support -> 0.7;
  unknown words among ordinary ones -> 0.7 times the ordinary share, at least 0.5 with a
  number; unknown words alone -> no veto (names of cultures the lists know little of), unless
  every one is spelled like an ordinary word or a drug ("oxacilin", ``lexicons.spelling``) -> 0.7,
  or, in a note written in one case, no cue of a person or a place stands around them
  (``uncued_unknown``: "NEOSYNFRN REMAINS AT 40") -> 0.7;
  no letters at all -> 0.95. A candidate with a listed name (or, for LOCATION, a gazetteer
  place), or one the lexicon finders also found, is never vetoed.
- PROFESSION, by its head (last) word: a care role without an occupation cue ("ccu nurse", "the
  interpreter": the care team, not anyone's occupation) -> 0.95; a noun after "with a" that no job
  title holds ("outlined with a marker": a tool) -> 0.95; a head noun of Faker's job titles, or any noun after an
  occupation cue ("employed as a cook", "Occupation: rabbi") -> no veto; an English agent noun
  ("plumber", "cashier") -> 0.3; anything else ("bigger window", "heart transplant") -> 0.55;
  no letters -> 0.95.
- DATE: not a date shape (month or weekday word, a 4-digit year, a valid month/day, m/d/y,
  y-m-d, 'yy; "eve" or "day" only with a holiday word) -> 0.95; a month or weekday word that is an
  ordinary word too, with no number beside it and no preposition of time before it ("may be
  pulled", "to dec fio2") -> 0.95; a year or a date with a month word the date rules did not find -> 0.3;
  another date shape the date rules did not find -> ``unconfirmed`` (0.6).
- CONTACT: no e-mail or web address and no phone shape (7-15 digits, no decimals or words but
  phone cues) -> 0.95; a phone shape the phone rules did not find -> ``unconfirmed``.
- ID: fewer than 5 digits, decimals, ratios, times, percentages or words -> 0.95, unless it has
  the shape of a serial number, lot or plate ("38BD-033C-AF54", "8VS R35"); else 0.4 unless a
  rule agrees.

``edge_trims`` gives the edges of a name or place candidate that are no part of it (a title,
punctuation, a function word, "Hospital"; for names also ordinary words): the merge step trims them
off. Initials stay ("C. Moore"); ordinary words stay in places ("Sacred Heart", "Smith Group").
- AGE: not a number from 0 to 125 (or "90+") -> 0.95; 90 or more without an age word ("yo",
  "F", "age") -> 0.95 (vital signs); a number the age rules did not find -> 0.3, none with an age
  word.
- A name right before a device or finding noun ("Quinton catheter", "Passy-Muir valve") is an
  eponym or a brand -> 0.95.
- Exemptions learnt from what PHI looks like: a number after "room"/"bed"/"OR" is a room, "Flat
  25S" or "Apt 4B" an address's unit, a two-letter code after "City," a state, "lking31" a user
  name, a country or state name a place, a name-like word before "Hospital"/"Medical Center" a facility, an initial with a listed name
  ("C. Moore") or a name-like word in a person field ("PT: LEE") a name, two to four letters after
  "Transcribed by:" or "Tech:" initials.
"""
from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from ..lexicons.tables import ABBREV, BIG_PLACE, COUNTRY, DRUG, JOB, NAME, PLACE, STATE, WORD, load_lexicon
from .clinical_context import (DOSE_WORDS, DRUG_ORDER_VERBS, GIVING_VERBS, abbreviation_verbed, administered,
                               body_fluid_colour, charting_system, clipped_service, dosed, drug_order, fluid_rate,
                               holds_dose, is_line_word, lab_value, line_or_device, line_shorthand, material,
                               mobility_aid, negated, unit_acronym)
from .cues import (ACCESS_SITES, DEVICE_EPONYMS, EPONYM_HEADS, INFINITIVE_GOVERNORS, KIN, METHOD_EPONYMS, NAME_PARTICLES,
                   HOSPITAL_PREPOSITIONS, PERSON_OBJECT_VERBS, PERSON_PREDICATES, RESIDENCE_ADVERBS, RIGHT_VERBS, ROLES,
                   TELL_TO_VERBS, TELLING_VERBS, THERAPY_CHANGE_VERBS, swapped_credential)
from .words import BIG_PLACE_MAX_ZIPF, STRONG_NAMENESS, VERB_END, Word

# Device and finding nouns that end no place and no person's name ("Passy Muir valve"); street
# and facility words that are eponym heads too ("port", "line", "bed") are left out.
DEVICE_HEADS = EPONYM_HEADS - frozenset("port ports line lines bed boot boots bag test tests".split())
HARD = 0.95
SOFT = 0.7
NAME_NO_WORD_VETO = 0.3  # the model's name on a listed name that is an abbreviation too ("SARA")
PROFESSION_UNLISTED = 0.55
PROFESSION_UNKNOWN_SHAPE = 0.3  # an agent noun without a cue: "plumber", but also "walker", "marker"
AGE_UNCONFIRMED = 0.3
# an unknown word spelled this much like an ordinary word ("oxacilin" -6.8, "xerofoam" -5.2,
# "hcts" -4.7) is no name on the NER's word alone, unless capitalised in a mixed-case note. Of the
# held-out names of the audit's 21 cultures, 0.1% of name parts score this low (Greek 1.2%, Indian
# 0.4%, Irish 0.1%; at -2.0 it would be 0.5%, Greek 4.6%)
SPELLED_AS_WORD = -3.5
YEAR_UNCONFIRMED = 0.3
# words of time that end no name and no place ("from lebanon tonight", "seen by Dr. Hale today")
TIME_ADVERBS = frozenset("""today tonight tomorrow yesterday overnight now currently presently recently earlier later
originally previously formerly initially temporarily permanently""".split())
# the weekdays of a standing schedule, written as their initials ("hd at Kenmore MWF", "TTS"): when, not where
WEEKLY_SCHEDULES = frozenset("mwf tts tths tth mwfs ttsa".split())
MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun christmas xmas thanksgiving easter hanukkah
halloween new year years year's eve day
""".split())
# words that name a day only with a holiday ("Christmas Eve", "New Year's Day"): alone, "eve 27" or
# "day 3" is an evening's value or a hospital day, no date
HOLIDAY_PARTS = frozenset("new year years year's eve day".split())
DATE_WORDS = MONTHS - HOLIDAY_PARTS  # a month, a weekday or a holiday: a date word on its own
# month and weekday words that are ordinary words too ("may be removed", "to dec fio2", "sat 95%"):
# a date only next to a number or after a preposition of time ("May 5", "in March", "on Sat")
WORDLIKE_DATE_WORDS = frozenset("may march mar dec sat sun wed mon".split())
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?<![a-z])(?:in|on|since|until|till|til|from|by|of|early|late|mid|last|next|this|every|before|after|during|"
    r"through|thru)\s*$", re.I)
_STANDALONE_NUMBER = re.compile(r"(?<![^\W\d_])\d")  # a number not glued to letters ("5", not the 2 of "fio2")
_NUM = re.compile(r"\d+")
_DATE_SEPARATED = re.compile(r"^\s*(\d{1,4})\s*([/\-.])\s*(\d{1,4})(?:\s*\2\s*(\d{1,4}))?\s*$")
_CONTACT_EXTRA = re.compile(r"@|www\.|https?:|\.(com|org|net|edu|gov)\b", re.I)


def _valid_md(m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31


def _year(y: int, digits: int) -> bool:
    return (digits == 4 and 1900 <= y <= 2100) or digits == 2


_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|men|woman|ress|eer|ier|yer|smith|keeper|wright)$")
# "employed as a cook", "Occupation: rabbi", "pt is a miner", "81-year-old barber", "retired welder"
_OCCUPATION_CUE = re.compile(
    r"(?:\b(?:as|is|was)\s+an?\s+|\b(?:works?|worked|employed)\s+as\s+(?:an?\s+)?|(?:occupation|profession|job)\s*:\s*|"
    r"\b(?:retired|former|unemployed|year-old|yo|y/o)\s+)$", re.I)
# agent nouns of habits and states, no occupations: "pt is a smoker"
HABITS = frozenset("smoker smokers nonsmoker non-smoker drinker drinkers user users abuser abusers sleeper snorer "
                   "eater walker wanderer".split())
# a bare word after a verb of being ("he is lighter", "when she was calmer"): an adjective
_COPULA_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|being|became|becomes|gets|got|getting|seems?|seemed|"
                            r"appears?|appeared|looks?|looked|much|even|slightly|somewhat)\s+$", re.I)
# "son, a nurse", "his wife, an interpreter": a relative's occupation
_KIN_APPOSITIVE = re.compile(rf"\b(?:{'|'.join(sorted(KIN))})\b[^.;]*,\s*an?\s+$", re.I)
# "is on", "started on (a)": what follows is a treatment, not an occupation
_TREATED_ON_BEFORE = re.compile(r"(?<![a-z])on\s+(?:an?\s+|the\s+)?$", re.I)
# "marked with a marker", "checked using a counter": an instrument after "with a" / "using a"
_INSTRUMENT_BEFORE = re.compile(r"(?<![a-z])(?:with|w/|using)\s+(?:an?|the)\s+$", re.I)
DRUG_AGENT_HEADS = frozenset({"agent", "agents"})
# modifiers that make "agent" a drug ("oral agent", "first line agent", "sedating agents")
DRUG_CLASS_MODIFIERS = frozenset("""
oral iv po topical line first second third single sedating sedative paralytic paralyzing pressor inotropic
antihypertensive hypoglycemic antiplatelet anticoagulant antipsychotic anxiolytic antiemetic antiviral
antifungal antibiotic antimicrobial chemotherapeutic chemotherapy alkylating biologic biological contrast
mucolytic osmotic bulking binding reversal neuromuscular blocking vasoactive vasopressor diuretic
""".split())
# the care team by role: mentioned at work, these are no one's occupation ("ccu nurse")
CARE_TEAM = frozenset("""
nurse nurses rn np rrt chaplain interpreter translator counselor caseworker case-manager sw therapist
pharmacist dietician dietitian nutritionist intensivist hospitalist attending resident intern
""".split())
# a field or signature value: "Tech: cfarley", "Wet read: rmj", "--fxl", "Transcribed by: cgang"
_FIELD_BEFORE = re.compile(r"(?:[:\-/]|\bby)\s*$", re.I)
_PERSON_NOUN_AFTER = re.compile(
    r"^\s*(?:woman|man|lady|gentleman|gent|person|guy|girl|boy|fellow|individual|female|male|patient|pt)\b", re.I)
_ADJECTIVE_END = re.compile(r"(?:ant|ent|ive|ful|ous|al|ic|able|ible|less|ed|ing|ly)$")


# adjectives of state and degree that clinical notes compare ("lighter", "calmer", "weaker"): a
# closed class of English, like the function words
_ADJECTIVES = frozenset("""
light heavy calm deep soft hard strong weak warm cool cold hot big small large loose tight firm slow
fast quick clear dark pale red wet dry thick thin high low easy happy sleepy drowsy tired brisk sharp
dull faint loud quiet late early short long wide narrow fresh swift steady
""".split())


def comparative(lower: str) -> bool:
    """An adjective's comparative by its shape: "lighter", "calmer", "bigger", "larger" (an "-er"
    word whose stem is a short ordinary word; occupations in Faker's lists are checked before)."""
    if not lower.endswith("er") or len(lower) < 5:
        return False
    stem = lower[:-2]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "bigger" -> "big"
    if stem.endswith("i"):
        stems.add(stem[:-1] + "y")  # "happier" -> "happy"
    return any(s in _ADJECTIVES for s in stems)


def occupation_like(w: Word) -> bool:
    """A head noun of an occupation title (Faker's job lists), or an English word of the shape of
    one ("plumber", "cashier", "electrician", "fisherman") that is known but not too common."""
    if w.flags & JOB:
        return True
    # known words only (zipf), listed as ordinary or not: "fisherman" and "barber" are surnames too
    return len(w.lower) >= 5 and 2.5 <= w.zipf < 5.0 and bool(_AGENT_SUFFIX.search(w.lower))


def profession_veto(alpha: Sequence[Word], before: str) -> float:
    """Veto of a PROFESSION candidate by its head word (the last) and what comes before it."""
    if not alpha:
        return HARD
    head = alpha[-1]
    if head.lower in HABITS:
        return HARD  # "pt is a smoker": a habit, not an occupation
    if len(alpha) == 1 and _COPULA_BEFORE.search(before) and not head.flags & JOB and comparative(head.lower):
        return HARD  # "was lighter at onset of shift": a comparative after "is/was", no article
    cue = bool(_OCCUPATION_CUE.search(before) or _KIN_APPOSITIVE.search(before))
    if head.base in CARE_TEAM and not cue:
        return HARD  # "ccu nurse", "the interpreter": the care team at work, not anyone's occupation
    if head.flags & JOB:
        return 0.0
    if (cue and not _ADJECTIVE_END.search(head.lower)
            and (head.cls in ("name", "ambiguous", "unknown") or occupation_like(head))):
        return 0.0  # "employed as a cook", "Occupation: rabbi": nouns that are names too, or agent nouns
    return PROFESSION_UNKNOWN_SHAPE if occupation_like(head) else PROFESSION_UNLISTED


def date_shape(text: str, words: Sequence[Word]) -> bool:
    """True when ``text`` could be a date by its shape alone."""
    alpha = [w for w in words if w.is_alpha]
    said = {w.lower for w in alpha}
    if said & DATE_WORDS or ("new" in said and said & {"year", "years", "year's"}):
        return True
    if alpha:
        return False  # "5L", "12noon", "4LNC", "PSV 15"
    stripped = text.strip().strip("'()[],")
    if re.fullmatch(r"\d{4}", stripped):
        return 1900 <= int(stripped) <= 2100
    if re.fullmatch(r"'\d{2}|\d{2}'", text.strip()):
        return True
    m = _DATE_SEPARATED.match(stripped)
    if not m:
        return False
    a, b, c = m.group(1), m.group(3), m.group(4)
    ia, ib = int(a), int(b)
    if c is None:
        return _valid_md(ia, ib) or (1 <= ia <= 12 and _year(ib, len(b)) and len(b) in (2, 4))
    ic = int(c)
    if len(a) == 4:
        return 1900 <= ia <= 2100 and _valid_md(ib, ic)
    return _valid_md(ia, ib) and _year(ic, len(c))


_PHONE_WORDS = frozenset("x ext tel ph phone fax cell home work pager beeper h c w m hm wk bus".split())


def wordlike_date(text: str, alpha: Sequence[Word], before: str, after: str) -> bool:
    """The only date word is a month or weekday word that is an ordinary word too ("may", "dec",
    "sat": a modal, a decrease, a saturation), with no number beside it and no preposition of time
    before it."""
    dated = [w for w in alpha if w.lower in MONTHS]
    return (len(dated) == 1 and dated[0].lower in WORDLIKE_DATE_WORDS and not _STANDALONE_NUMBER.search(text)
            and not _STANDALONE_NUMBER.match(after.lstrip(" ,.")) and not _TIME_PREPOSITION_BEFORE.search(before))


def phone_shape(text: str, words: Sequence[Word]) -> bool:
    """7 to 15 digits in groups, no decimal numbers, no words but phone cues ("ext", "cell")."""
    digits = "".join(_NUM.findall(text))
    if not 7 <= len(digits) <= 15 or re.search(r"\d\.\d{1,2}(?!\d)", text) or "%" in text:
        return False
    return all(w.lower in _PHONE_WORDS for w in words if w.is_alpha)


_CODE_PART = re.compile(r"[A-Za-z0-9]+")
_UNIT_PART = re.compile(r"(?:\d+(?:mg|mcg|ml|cc|g|l|u|hr|h|min|mm|cm|kg|meq|x)|q\d+h?)", re.I)


def code_shape(text: str) -> bool:
    """A serial number, lot or plate ("38BD-033C-AF54", "8VS R35", "02J D36"): groups of letters
    and digits with a group that mixes both, at least 5 characters and 2 digits in all, no letter
    run longer than 3 and no dose or frequency ("40mg", "q6h")."""
    stripped = text.strip(" .,;:()")
    parts = re.split(r"[\s-]", stripped)
    if not stripped or not all(_CODE_PART.fullmatch(p) for p in parts if p) or any(_UNIT_PART.fullmatch(p) for p in parts):
        return False
    chars = "".join(parts)
    digits = sum(c.isdigit() for c in chars)
    mixed = any(re.search(r"\d", p) and re.search(r"[A-Za-z]", p) for p in parts)
    return len(chars) >= 5 and digits >= 2 and mixed and not re.search(r"[A-Za-z]{4}", chars)


def id_shape(text: str, words: Sequence[Word]) -> bool:
    """At least 5 digits, no decimal numbers, no ratios, at most one letter word."""
    digits = "".join(_NUM.findall(text))
    if len(digits) < 5 or re.search(r"\d\.\d", text) or any(c in text for c in "/=:%"):
        return False
    return sum(1 for w in words if w.is_alpha and len(w.text) > 1) <= 1


_VALUE_PAIR = re.compile(r"\s*([1-9]\d{0,3})\s*([-–,])\s*([1-9]\d{0,3})\s*")


def value_pair(text: str) -> bool:
    """Two numbers of up to four digits that read as values, not an identifier's groups: a range
    ("95-118", "1000-1250"), a setting and its rate ("550-14"), values listed with a comma ("118,
    32"). Not the shape of a phone number's last seven digits ("555-1212") nor a short prefix
    before a long number ("12-3456"), and no leading zero ("050-82")."""
    m = _VALUE_PAIR.fullmatch(text)
    if m is None:
        return False
    a, sep, b = m.groups()
    if len(a) == 3 and len(b) == 4:
        return False
    if sep == ",":
        return True
    if len(b) <= 2 and len(a) <= 3:
        return True  # a setting and its rate: "550-14"
    return int(b) >= int(a) and len(b) - len(a) <= 1 and not (len(a) <= 2 and len(b) == 4)  # a range


_ROOM_BEFORE = re.compile(r"(?<![a-z])(?:room|rm|bed|bay|suite|ste|apt|unit|floor|fl|ward|pod|#)\.?\s*#?\s*$", re.I)
# "OR 382B", "OR 16": an operating room -- written "OR", or with a room-shaped number ("or 382B");
# digits after a lower-case "or" are values (the conjunction: "RR of 7-15 or 45", "from or 2330")
_OR_BEFORE = re.compile(r"(?<![A-Za-z])(OR|or|Or)\s*#?\s*$")
_STATE_CODE = re.compile(r"[A-Z]{2}")
# a residence phrase right before a place: "lives in", "lives nearby in", "moved back to", "is from"
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:lives|living|lived|resides|residing|resided|reside|moved|relocated|born|grew\s+up|vacationing)\s+"
    rf"(?:(?:{'|'.join(sorted(RESIDENCE_ADVERBS))})\s+)?(?:in|to|from|near)\s+$", re.I)
_USERNAME = re.compile(r"[A-Za-z]{3,12}\d{1,3}")
# "weaned from", "switched to": after a verb that changes a therapy comes a treatment or a mode
_THERAPY_CHANGE_BEFORE = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(THERAPY_CHANGE_VERBS)) + r")\s+(?:from|to)\s+$", re.I)
# "remains on ivab", "conts on levo": "on" before one word is a treatment's, not a town's ("on North
# Campus", "on Ward 2": a place of two words or with its number stays)
_ON_BEFORE = re.compile(r"(?<![a-z])on\s+$", re.I)
_NUMBER_AFTER = re.compile(r"\s*\d")
# A preposition of place right before a candidate: "came from boston", "flew to WASHINGTON".
TOWARD_PLACE = frozenset("from to in into near toward towards visiting".split())


def _words_before(words: frozenset, *phrases: str) -> "re.Pattern[str]":
    """A pattern for text that ends in one of ``words`` (or of the regex ``phrases``) and spaces."""
    alternatives = [re.escape(w) for w in sorted(words, key=len, reverse=True)] + list(phrases)
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")\s+$", re.I)


_PLACE_PREPOSITION_BEFORE = _words_before(TOWARD_PLACE)
PROPER_NOUN_NAMENESS = 0.5  # a big city's word that reads this much as a name in English ("boston" .52, "reading" .03)
_ROOM_NUMBER = re.compile(r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:-\d{1,3})?")
# "Flat 25S", "Apt 4B", "Suite 200": an address's unit, with its number (a line of an address)
ADDRESS_UNIT_WORDS = frozenset("flat apt apartment suite ste bldg building".split())
_ADDRESS_UNIT = re.compile(rf"(?:{'|'.join(sorted(ADDRESS_UNIT_WORDS))})\.?\s*#?\s*[A-Za-z]?\d{{1,5}}[A-Za-z]?", re.I)
# a signature's initials or user name: "Transcribed by: ks", "Tech: GF", "Cytotech: MTS", "MD / tp"
_SIGNATURE_BEFORE = re.compile(
    r"(?:(?:transcribed|dictated|typed|entered|reviewed)\s+by|tech|technologist|cytotech|sonographer|scribe|"
    r"op\s*id|user\s*(?:name|id)?|login)\s*:?\s*$|\b(?:md|rn|np|pa|do|pa-c|rrt|lpn)\s*/\s*$", re.I)
# a person by the words around: "Dr. Bos", "Mrs. Son", "Kaberi Bos, RN" ("MS." in capitals is
# also mental status, so only "Ms." and "ms." count)
_STRONG_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|drs|doctor|mrs|prof|professor|miss)\.?\s*$)|\b(?:Mr|Ms|mr|ms)\.\s*$")
_CREDENTIAL_AFTER = re.compile(
    r"^\s*,?\s*(?:rn|md|np|pa|do|rrt|lpn|pa-c|phd|msw|lcsw|licsw|cna|crnp|aprn|r\.n|m\.d|n\.p|p\.a|l\.p\.n|c\.n\.a)\b"
    r"(?=\s*$|\s*[,.;/]|\s+at\b)", re.I)  # "Ada Obi, RN", "ADA OBI, R.N."
# the noun after a name, or after a second name joined to it: "Quinton cath", "Passy-Muir valve"
_EPONYM_AFTER = re.compile(r"^(\s*-?\s*)([A-Za-z]+)(?:(\s*-\s*|\s)([A-Za-z]+))?")
_TITLE_BEFORE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss|prof)\.?\s*$", re.I)
_NAMED_BEFORE = re.compile(r"\bname\s*(?:is\s*)?[:\"'“‘]?\s*$", re.I)  # 'name "akdeniz', "name is lisa"
_CLOCK_YEAR = re.compile(r"(?:19|2[0-3])[0-5]\d")  # a year that is a time of day too: "1930", "2045"
_CLOCK_BEFORE = re.compile(r"(?:(?<![a-z])(?:at|due|until|til|till|by)|@)\s*$", re.I)
_INFINITIVE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+to\s+$", re.I)
# someone told, a person's slot: "results called to soto", "discussed with bea", "d/w kamal"
_TOLD_BEFORE = re.compile(r"(?<![a-z])(?:(?:" + "|".join(sorted(TELLING_VERBS, key=len, reverse=True))
                          + r")\s+(?:to|with)|(?:discussed|d/w|updated|notified|informed|met|spoke)(?:\s+with)?)\s+$", re.I)
# the patient's word opening a sentence, a name's slot: "Patient gerard.", "Pt ilalmis processed" (not "will let pt dangle")
_PATIENT_BEFORE = re.compile(r"(?:^|[.;:!?]\s*)(?:pt|patient)\s+$", re.I)
# a form field that holds a person: "PT: LEE", "Ordering MD: LE", "Referred to: AHMED"
_PERSON_FIELD_BEFORE = re.compile(
    r"(?<![a-z])(?:pt|patient|name|md|provider|physician|attending|pcp|np|referred\s+to|to|cc)\s*:\s*$", re.I)
_FACILITY_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:hospital|medical\s+center|health\s+center|clinic|hospice|pharmacy|nursing\s+home|"
    r"infirmary|medical\s+centre|health\s+system|rehab(?:ilitation)?\s+(?:center|hospital))\b", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:-?\s*(?:yo|y/?o|y\.o\.|yrs?|years?|year-old|yr-old)\b|[-/]?\s*[mf]\b)", re.I)
_AGE_BEFORE = re.compile(r"(?:age|aged|age:)\s*$", re.I)
_AGE_SHAPE = re.compile(r"(\d{1,3})\+?\s*((?:yo|y/o|[mf])\b)?", re.I)  # "57", "90+", "57F", "67yo"
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5}")


_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w])([A-Za-z][A-Za-z.'-]+),?\s+$")  # a word, not the "pm" of "2pm"
_NOT_PLACE_BEFORE = frozenset("at to by until till since from after before around about approx in on of and or the x q".split())


def _postcode_after_place(text: str, before: str) -> bool:
    """A postcode (UK shape, or 4-5 digits that are no clock time) right after a place word."""
    if not _POSTCODE.fullmatch(text):
        return False
    m = _PLACE_WORD_BEFORE.search(before)
    if m is None or m.group(1).lower() in _NOT_PLACE_BEFORE:
        return False
    return not (text.isdigit() and len(text) == 4 and _CLOCK.fullmatch(text))


# heads after which a place name is the facility's own ("Hillcrest bed available", "awaiting Oakmont placement")
FACILITY_EPONYM_HEADS = frozenset("bed beds placement".split())


def _last_word(before: str) -> str:
    """The last word of ``before``, lower case ("" if it ends in no word)."""
    m = re.search(r"([^\W\d_]+)\s*$", before)
    return m.group(1).lower() if m else ""


def _first_word(after: str) -> str:
    m = _EPONYM_AFTER.match(after)
    return m.group(2).lower() if m else ""


def before_eponym_head(before: str, after: str) -> bool:
    """A name or place right before a device or finding noun is an eponym or a brand ("Quinton
    catheter", "Passy-Muir valve", "Hickman line"), unless a title makes it a person ("Dr. Swan")."""
    m = _EPONYM_AFTER.match(after)
    if not m or _TITLE_BEFORE.search(before):
        return False
    if m.group(2).lower() in ("cath", "catheterization") and (m.group(4) or "").lower() in ("lab", "laboratory"):
        return False  # "from ZRMC cath lab": a hospital's unit, not a catheter
    if m.group(2).lower() in EPONYM_HEADS:
        return True
    # a second eponym joined by a hyphen, or title-case: "Passy-Muir valve", "Swan Ganz cath" (not
    # "NP HOLLY WROTE TO PULL": in capitals, case joins nothing)
    joined = "-" in m.group(1) or (m.group(2)[0].isupper() and not m.group(2).isupper())
    return bool(m.group(4)) and m.group(4).lower() in EPONYM_HEADS and joined


_KIN_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(KIN | ROLES, key=len, reverse=True)) +
                         r")(?:\s+(?:is|was|named)|\s*[:,]|\s*\(\?\))?\s+$", re.I)  # "wife(?) ": kin the writer doubts


def infinitive_before(before: str) -> bool:
    """``before`` ends in "to" after a verb or adjective that governs an infinitive ("wants to ")."""
    m = _INFINITIVE_BEFORE.search(before)
    return bool(m) and m.group(1).lower() in INFINITIVE_GOVERNORS


def named_before(before: str) -> bool:
    """A name's field or a naming phrase right before ("her name is ", 'name "'): a person's name follows."""
    return bool(_NAMED_BEFORE.search(before))


def kin_before(before: str) -> bool:
    """A kinship word, proxy or care role right before ("hcp is ", "son: ", "case manager "): the words after it fill
    a name's slot, so an ordinary word at the candidate's edge stays ("hcp is les ustinov")."""
    return bool(_KIN_BEFORE.search(before))


def person_context(before: str, after: str) -> bool:
    """A title before ("Dr. ", "Mrs. ") or a credential after (", RN") says the words between are a
    person's name, whatever else they mean ("Dr. Bos", "Mr. Son", "Cavit Ihsanoglu, RN")."""
    return bool(_STRONG_TITLE_BEFORE.search(before) or _CREDENTIAL_AFTER.match(after))


# emergency services that bring a patient in ("by ems", "via EMS"): abbreviations, never a person there
EMERGENCY_SERVICES = frozenset({"ems", "emts"})


_CHAIN_BEFORE = re.compile(r"(?:[A-Za-z]+-)+$")
_CHAIN_AFTER = re.compile(r"^(?:-[A-Za-z]+)+")
_CHAIN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+){2,}")


def hyphen_chain(before: str, text: str, after: str) -> bool:
    """The candidate lies inside three or more words glued by hyphens ("Osler-[Weber-Rendu]")."""
    b, a = _CHAIN_BEFORE.search(before), _CHAIN_AFTER.match(after)
    return bool(_CHAIN.fullmatch((b.group(0) if b else "") + text.strip() + (a.group(0) if a else "")))


def clinical_term(words: Sequence[Word], before: str, after: str, drug_next: bool = False) -> bool:
    """A name or place candidate that the clinical context makes a term: negated ("no VEA"),
    dosed ("Fent 25ug", "200mcg of Nitro"), slashed to a drug ("Fent/ativan", ``drug_next``), a
    dressing ("wrapped in Kling"), a charting system ("per CareVue"), a line after its access site
    or before what is done to it ("LSC Quinton", "Aline dc'd"), a lab with its value ("Na 148"), a device or finding named after
    a person ("Passy-Muir valve"), or a care unit ("PMICU").
    A title or credential outranks all of them ("Dr. No")."""
    alpha = [w for w in words if w.is_alpha]
    if not alpha or person_context(before, after):
        return False
    if negated(before) or dosed(before, after) or drug_next or material(before):
        return True
    if charting_system("".join(w.lower for w in alpha), before, after):
        return True  # "per CareVue", "SEE CARE VUE"
    if len(alpha) == 1 and line_or_device(before, after):
        return True  # "LSC Quinton", "R-RADIAL ALINE", "Aline dc'd"
    if len(alpha) == 1 and line_shorthand(alpha[0].lower, before, after):
        return True  # "MAP followed by Aline", "WILL NEED ALINE", "bp trending down by aline"
    if (len(alpha) == 2 and alpha[0].lower in ACCESS_SITES and alpha[1].lower != alpha[0].lower
            and line_shorthand(alpha[1].lower, alpha[0].text + " ", after)):
        return True  # "Rrad Aline", "TLC, Aline": the access site and its line in one span
    if len(alpha) == 2 and is_line_word(alpha[0].lower) and alpha[1].cls in ("ordinary", "function"):
        return True  # "VWIRES TAPED", "aline dcd": a line and what was done to it
    if len(alpha) == 1 and mobility_aid(alpha[0].lower, before):
        return True  # "ambulates with walker", "OOB w/ rolling walker"
    if len(alpha) == 1 and body_fluid_colour(alpha[0].lower, before, after):
        return True  # "Amber in color", "urine amber", "rose tinged secretions"
    if len(alpha) == 1 and fluid_rate(before):
        return True  # "IVF AT KVO", "D5W @ TKO": a fluid's rate
    if len(words) == 1 and administered(before, after):
        return True  # "pt given atvn at 2200", "GAVE BFFRS X1": what was given, a drug however spelt
    if len(words) == 2 and len(alpha) == 2 and alpha[0].lower in GIVING_VERBS and administered(
            before + alpha[0].text + " ", after):
        return True  # "pt [given furosem] at 2215": the model's span took the verb
    if (len(words) == 1 or (len(alpha) == 2 and len(words) == 2 and alpha[1].lower in DRUG_ORDER_VERBS)) \
            and drug_order(alpha[-1].text, after):
        return True  # "clchcn held for sbp 90s", "[lopress held] d/t hr 50s": a drug held for a reason
    if len(alpha) == 1 and alpha[0].lower in METHOD_EPONYMS:
        return True  # "CO 5.1 by Fick", "placed in Trendelenburg": a method or position, no person
    if len(alpha) == 1 and clipped_service(alpha[0]):
        return True  # "tubed by anest", "per Nsurg": a clipped specialty names the service
    if len(alpha) == 1 and alpha[0].lower in EMERGENCY_SERVICES and alpha[0].cls != "name":
        return True  # "brought in by ems": the ambulance service, though a family-name list holds "Ems"
    if all(abbreviation_verbed(w) for w in alpha):
        return True  # "foley dced", "pt sxnd for thick secretions": an abbreviation used as a verb
    if len(alpha) == 1 and len(alpha[0].text) <= 3 and alpha[0].flags & ABBREV and alpha[0].cls != "name" \
            and lab_value(after):
        return True  # "Na 148", "K = 3.8": a lab and its value
    if len(alpha) > 1 and not any(w.kind == "digit" for w in words) and (
            alpha[-1].lower in DEVICE_HEADS or alpha[-1].lower in DOSE_WORDS):
        return True  # "passe muir valve", "amiod bolus": the span holds its own noun (not "1561 Smith Ports")
    # "PMICU"; not "Ed" (a name too), not the "A" of "room 450A"
    return all(len(w.text) > 1 and w.cls not in ("name", "ambiguous", "function") and unit_acronym(w.lower) for w in alpha)


def _initial_and_name(words: Sequence[Word]) -> bool:
    """An initial with its dot before a listed name: "C. Moore", "F. Pan", "R. LANE"."""
    for a, dot, b in zip(words, words[1:], words[2:]):
        if a.is_alpha and len(a.text) == 1 and dot.text == "." and b.is_alpha and b.flags & NAME and b.cls != "function":
            return True
    return False


def veto(label: str, text: str, words: Sequence[Word], lexicon_support: bool = False,
         rules_same: bool = False, unconfirmed: float = 0.6, before: str = "", after: str = "",
         gazetteer_place: bool = False, drug_next: bool = False, city_before: bool = True,
         mixed_case: bool = False, name_before: bool = False) -> float:
    """The veto of a candidate with coarse ``label`` covering ``text`` (whose words are ``words``).
    ``lexicon_support``: the lexicon finders found a name or place there; ``rules_same``: a rule
    span of the same label overlaps it; ``unconfirmed``: veto of a well-shaped date or phone
    number that the rules did not find; ``before`` / ``after``: the text around it on its line;
    ``gazetteer_place``: the candidate's words are a gazetteer place ("Australian Capital Territory");
    ``drug_next``: a drug is glued to it by a slash ("Fent/versed"); ``city_before``: the word
    before a comma ahead of it could be a city ("West Haley, MI"; not "urosepsis, MI");
    ``mixed_case``: the note is in mixed case, where a name or place is capitalised; ``name_before``:
    the word before is a listed name or inside a name the lexicon found ("case manager Ada [Okonkwo]")."""
    alpha = [w for w in words if w.is_alpha]
    if label in ("NAME", "LOCATION"):
        if clinical_term(words, before, after, drug_next):
            return HARD  # "no VEA", "Fent 25ug", "PMICU": whatever the lists say of the word
        if len(alpha) == 1 and infinitive_before(before):
            return HARD  # "PT ASKED TO DANGLE", "wants to leave": the verb of an infinitive
        if lexicon_support:
            return 0.0
        if hyphen_chain(before, text, after):
            return HARD  # "Osler-Weber-Rendu", "Charcot-Marie-Tooth": an eponymous condition
        if holds_dose(text):
            return HARD  # "NEO AT 150 MCGS": a model's name or place that holds a dose or a measure
        room = text.strip(" .,;:")
        written_or = _OR_BEFORE.search(before)
        if label == "LOCATION" and _ROOM_NUMBER.fullmatch(room) and (_ROOM_BEFORE.search(before) or (
                written_or and (not room.isdigit() or written_or.group(1) == "OR"))):
            return 0.0  # "room 450A", "bed 26-1", "OR 382B": a room number
        if label == "LOCATION" and _ADDRESS_UNIT.fullmatch(room):
            return 0.0  # "Flat 25S", "Apt 4B": the unit of an address
        if label == "LOCATION" and (gazetteer_place or (
                len(alpha) == 1 and alpha[0].flags & (COUNTRY | STATE) and alpha[0].cls != "function")):
            return 0.0  # "Colombia", "TASMANIA", "Distrito Federal": a country or state by name
        if label == "LOCATION" and _FACILITY_AFTER.match(after) and any(
                w.cls in ("name", "ambiguous", "unknown") or w.place_like for w in alpha):
            return 0.0  # "PORT SANDRA VA Medical Center": the name of a facility
        if label == "LOCATION" and _THERAPY_CHANGE_BEFORE.search(before):
            return HARD  # "weaned from OFM", "switched to HFOV": a treatment or a mode
        if (label == "LOCATION" and len(words) == 1 and len(alpha) == 1 and not alpha[0].place_like
                and _ON_BEFORE.search(before) and not _NUMBER_AFTER.match(after)):
            return HARD  # "remains on ivab": one word after "on" is what the patient is on
        if label == "NAME" and before_eponym_head(before, after):
            return HARD  # "Quinton catheter", "Passy-Muir valve": an eponym or a brand
        if label == "LOCATION" and alpha and all(w.cls in ("name", "ambiguous", "unknown") or w.place_like for w in alpha) \
                and before_eponym_head(before, after) and _first_word(after) not in FACILITY_EPONYM_HEADS:
            return HARD  # "from Quinton cath", "Glasgow scale", "Norwalk virus" (not "Hillcrest bed available")
        if label == "NAME" and alpha and person_context(before, after):
            return 0.0  # "Dr. Bos", "Kaberi Bos, RN"
        if label == "NAME" and _initial_and_name(words):
            return 0.0  # "C. Moore", "R. LANE"
        if (label == "NAME" and len(alpha) == 1 and 2 <= len(alpha[0].text) <= 4 and len(words) == 1
                and _SIGNATURE_BEFORE.search(before)):
            return 0.0  # "Transcribed by: ks", "Tech: GF": a signature's initials
        if (label == "NAME" and alpha and all(w.cls in ("name", "ambiguous", "unknown") for w in alpha)
                and _PERSON_FIELD_BEFORE.search(before)):
            return 0.0  # "PT: LEE", "Ordering MD: LE": a field that holds a person's name
        if label == "LOCATION" and _RESIDENCE_BEFORE.search(before) and alpha and all(
                w.place_like or (w.flags & PLACE and w.zipf < 3.5) or _STATE_CODE.fullmatch(w.text) for w in alpha):
            return 0.0  # "lives nearby in beechwood", "lives in DC": a place after a residence phrase
        if label == "LOCATION" and len(alpha) == 1 and _PLACE_PREPOSITION_BEFORE.search(before) and proper_big_place(alpha[0]):
            return 0.0  # "came from boston", "FLEW IN FROM WASHINGTON": a big city whose word is also in the word list
        if label == "LOCATION" and _STATE_CODE.fullmatch(text.strip()) and before.rstrip().endswith(",") and city_before:
            return 0.0  # "West Haley, MI": a state after its city
        if label == "LOCATION" and _postcode_after_place(text.strip(), before):
            return 0.0  # "Victoria 2962", "Worcester WR72 9YT": a postcode after a place
        if label == "NAME" and all(_USERNAME.fullmatch(p) for p in text.strip(" -_.,;:").split("/")) and not any(
                w.flags & (WORD | ABBREV | DRUG) for w in alpha):
            return 0.0  # "lking31": a user name
        if not alpha:
            return HARD
        # lower-case words in a note that capitalises names, outside a field or a signature
        lower_unfielded = (mixed_case and all(w.text.islower() for w in alpha)
                           and not _FIELD_BEFORE.search(before + text[:len(text) - len(text.lstrip(" -:/"))]))
        if lower_unfielded and all(w.cls == "unknown" or w.typo for w in alpha):
            return SOFT  # "pt sxnd for", "fluids at kvo": lower-case shorthand in a note that capitalises names
        classes = {"unknown" if _typo_unknown(w, label) else w.cls for w in alpha}
        if (lower_unfielded and not classes <= {"function", "ordinary"}
                and not kin_before(before) and not named_before(before) and not _TOLD_BEFORE.search(before)
                and not (len(alpha) == 1 and _PATIENT_BEFORE.search(before))):
            # "will let pt dangle", "ETT at 22 at lipp": in a note that capitalises names, a lower-case
            # word the model alone calls a name or place, with no cue of one around, is a word even
            # when a name list holds it (the finders read lower-case names by their context)
            return SOFT
        if "name" in classes or (label == "LOCATION" and any(w.place_like and w.cls != "ambiguous" for w in alpha)):
            return 0.0
        if classes <= {"function", "ordinary"}:
            return HARD
        if label == "NAME" and classes == {"ambiguous"} and all(_listed_name_no_word(w) for w in alpha):
            return NAME_NO_WORD_VETO  # "CALLED SARA", "ANA": a name and an abbreviation, read as a name
        if classes <= {"function", "ordinary", "ambiguous"}:
            return SOFT
        if classes == {"unknown"} and all((w.cls == "unknown" or w.typo) and w.spelling <= SPELLED_AS_WORD
                                          and not (mixed_case and w.is_title) for w in alpha):
            return SOFT  # "OXACILIN", "xerofoam", "extub": spelled like a drug or a word, not a name
        if not mixed_case and not name_before and uncued_unknown(label, alpha, before, after):
            return SOFT  # "NEOSYNFRN REMAINS AT", "as per prtcl": shorthand no list holds, with no cue of PHI
        # unknown words among ordinary ones ("o-neuro alert and"): veto by the ordinary share.
        # Unknown words alone with a cue are left to the NER: names of cultures the name lists
        # know little of are unknown words too, and vetoing them would make recall depend on culture.
        share = sum(1 for w in alpha if w.cls in ("function", "ordinary") and not _typo_unknown(w, label)) / len(alpha)
        v = SOFT * share
        if any(w.kind == "digit" for w in words):
            v = max(v, 0.5)  # "ward 3", "wedge 20": names and places rarely hold numbers
        return v
    if label == "PROFESSION":
        if _PERSON_NOUN_AFTER.match(after):
            return HARD  # "a nice woman", "a pleasant gentleman": an adjective before a person noun
        if _TREATED_ON_BEFORE.search(before):
            return HARD  # "maintained on an oral agent", "started on a sedating agent": a treatment
        if len(alpha) == 1 and _INSTRUMENT_BEFORE.search(before) and not alpha[0].flags & JOB:
            return HARD  # "outlined with a marker": a tool, not anyone's occupation
        if re.match(r"-[^\W\d_]", after) or text.rstrip().endswith("-"):
            return HARD  # "booked as an add-on case": a piece of a hyphenated word
        if alpha and alpha[-1].lower in DRUG_AGENT_HEADS and (
                alpha[-2].lower if len(alpha) > 1 else _last_word(before)) in DRUG_CLASS_MODIFIERS:
            return HARD  # "his first line agent", "an oral agent": a drug
        return profession_veto(alpha, before)
    if rules_same:
        return 0.0
    if label == "DATE":
        if not date_shape(text, words):
            return HARD
        if wordlike_date(text, alpha, before, after):
            return HARD  # "may be removed", "to dec fio2": a modal, a verb, an abbreviation
        # a year, or a month written out, is a date the model saw in context; day/month pairs
        # and ranges ("2-3", "10/5") are the shapes of counts and settings
        if _CLOCK_YEAR.fullmatch(text.strip()) and _CLOCK_BEFORE.search(before):
            return HARD  # "recheck due 2045", "labs at 2000": a time of day, not a year
        if re.fullmatch(r"(?:19|20)\d\d", text.strip()) or any(w.lower in MONTHS for w in alpha):
            return YEAR_UNCONFIRMED
        return unconfirmed
    if label == "CONTACT":
        if _CONTACT_EXTRA.search(text):
            return 0.0
        return unconfirmed if phone_shape(text, words) else HARD
    if label == "ID":
        if value_pair(text):
            return HARD  # "a/c 550-14", "IS 1000-1250", "ABG 118, 32": settings, ranges, values
        return 0.4 if id_shape(text, words) or code_shape(text) else HARD
    if label == "AGE":
        m = _AGE_SHAPE.fullmatch(text.strip())
        if m is None or int(m.group(1)) > 125:
            return HARD
        said = bool(m.group(2) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before))
        if int(m.group(1)) >= 90 and not said:
            return HARD  # "HR 124", "BP 103": vital signs, not ages over 89
        return 0.0 if said else AGE_UNCONFIRMED
    return 0.0


def _typo_unknown(w: Word, label: str) -> bool:
    """A word read as a misspelling counts as unknown to a model's name: rare names of many cultures
    are one edit from an English word ("Selmin", "Kaberi"), and the NER saw its context; so does a
    listed town to a model's place ("in Orlington": small towns are one edit from words too)."""
    return w.typo and (label == "NAME" or (label == "LOCATION" and bool(w.flags & PLACE)))


def _listed_name_no_word(w: Word) -> bool:
    """A listed name that no word list holds and whose vector reads as a name ("sara" 0.90): ambiguous
    only because it is also an abbreviation or frequent, so the model's guess stands."""
    if not w.flags & NAME or w.flags & WORD:
        return False
    nameness = load_lexicon().nameness(w.lower)
    return nameness is not None and nameness >= STRONG_NAMENESS


def proper_big_place(w: Word) -> bool:
    """A big city (or county) that is a rare given name and no ordinary word ("damascus"), or whose word the
    ordinary-word list holds too, but that English reads as a proper noun ("boston", "washington": the
    vectors' name score, ``lexicons.nameness``), unlike "reading", "mobile" or "nice"; nor a device
    named by an eponym ("in foley": ``DEVICE_EPONYMS``)."""
    if w.cls != "ambiguous" or not w.flags & BIG_PLACE or w.flags & (ABBREV | DRUG) or w.lower in DEVICE_EPONYMS:
        return False
    if not w.flags & WORD and w.zipf < BIG_PLACE_MAX_ZIPF:
        return True  # "in Damascus": a rare big city whose other reading is a given name (not "in hall")
    nameness = load_lexicon().nameness(w.lower)
    return nameness is not None and nameness >= PROPER_NOUN_NAMENESS


# A frequent ordinary word (in no name list) that reads as a verb or an adverb is no part of a titled
# person's name: "paged Dr Ferrelli immediately", "Dr. Okafor aware"; a noun may be ("Dr. Milo Salmon").
PERSON_EDGE_ZIPF = 4.0
# Verbs a name or a place never holds: a model's span that reaches one has run on into the clause
# ("Milford has stairs", "Dr. Ruiz is aware")
CLAUSE_VERBS = frozenset("is are was were has have had will would does did".split())
# Words after a place that say "around it": "from the Pekin area", "Wisconsin Rapids region"
AREA_WORDS = frozenset("area areas region vicinity environs".split())
# Words before a place that say where in or near it: "apt on Elko Ave", "corner of Ruiz Ln", "downtown Lowell"
PLACE_LEAD_WORDS = frozenset("apt apartment corner intersection junction outskirts downtown".split())


def _run_on_at(words: Sequence[Word]) -> int:
    """Index of the first word of ``words`` (after the first) where a name or place span has run on:
    a clause verb, or a times sign before a count ("Harris x 3 days")."""
    for k in range(1, len(words)):
        w = words[k]
        if w.lower in CLAUSE_VERBS and words[k - 1].end < w.start:
            return k
        nxt = words[k + 1] if k + 1 < len(words) else None
        if w.lower == "x" and nxt is not None and nxt.kind == "digit" and words[k - 1].end < w.start:
            return k
    return len(words)


def _apart(a: Word, b: Word) -> bool:
    """Two neighbouring words a trim may part: space between them, or a full stop between two
    words of two letters or more ("nakamura.updated", "dr.okafor"); never "dbrito30", "57F", "J.R."."""
    if a.end < b.start:
        return True
    return a.text == "." or (b.text == "." and len(a.text) > 1 and a.is_alpha)


def edge_trims(label: str, words: Sequence[Word], not_name: frozenset, generic_heads: frozenset,
               mixed_case: bool = False, person: bool = False) -> List[Tuple[int, int]]:
    """Character ranges at the edges of a NAME/LOCATION candidate that are no part of a name:
    punctuation, titles and other cue words (``not_name``), ordinary words, and generic facility
    heads of places ("Grafton Hospital" -> "Grafton"). Empty when the whole candidate is such words.
    ``person``: a title or credential marks the candidate as a person; its rarer ordinary words
    stay ("Dr. Ayesa Bos"), its frequent ones do not ("paged Dr Ferrelli immediately")."""
    if label not in ("NAME", "LOCATION") or not words:
        return []
    if label == "LOCATION" and len(words) > 1 and words[0].lower in ADDRESS_UNIT_WORDS and words[1].kind == "digit":
        return []  # "FLAT 25S", "Apt 4B": the unit word is part of the address
    # a place with a capitalised or name-like word keeps its ordinary words ("Sacred Heart
    # Hospital", "Scott Cancer Institute"); elsewhere they are edges ("o-neuro alert and")
    named = any(w.is_alpha and (w.cls in ("name", "unknown", "ambiguous") or w.place_like or (mixed_case and w.is_title)
                                or (label == "LOCATION" and w.flags & (COUNTRY | STATE)))
                for w in words)

    def edge(w: Word) -> bool:
        if not w.is_alpha:
            return w.kind == "punct" and w.text != "."  # "C. Moore": the initial keeps its dot
        if w.lower in TIME_ADVERBS or w.lower in WEEKLY_SCHEDULES:
            return True  # "from lebanon tonight", "Dr. Hale today", "hd at Wood tts": when, not who or where
        if label == "LOCATION" and w.lower == "x":
            return True  # "at Jarvis x 3 days": the times sign of a count
        if w.base in not_name or (label == "LOCATION" and (w.lower in generic_heads or w.lower in AREA_WORDS
                                                           or w.lower in PLACE_LEAD_WORDS)):
            return True
        if swapped_credential(w.lower, w.flags):
            return True  # "Dana Okafor lcws": a credential misspelt
        if len(w.text) == 1:
            return False  # an initial
        if label == "NAME" and person:
            return w.cls == "function" or (w.cls == "ordinary" and not w.typo and w.zipf >= PERSON_EDGE_ZIPF
                                           and (w.lower in RIGHT_VERBS or VERB_END.search(w.lower) is not None))
        if label == "LOCATION" and named:
            return w.cls == "function"  # "Sacred Heart", "Cancer Institute", "Smith Group": ordinary words name places
        return w.cls in ("function", "ordinary")

    def stop(k: int) -> bool:
        """A full stop that ends a run-on sentence after a name ("nakamura.updated"): an edge once
        the word after it is."""
        return label == "NAME" and words[k].text == "." and k > 0 and len(words[k - 1].text) > 1

    lo, hi = 0, _run_on_at(words)
    # never cut inside a written chunk: "dbrito30" and "57F" stay whole
    while lo < hi - 1 and (edge(words[lo]) or stop(lo)) and (words[lo].end < words[lo + 1].start
                                                             or (label == "NAME" and _apart(words[lo], words[lo + 1]))):
        lo += 1
    # a word after a name particle is the name's last ("Nguyen Van AN", "Ana de LA"): never an edge
    while (hi > lo + 1 and (edge(words[hi - 1]) or stop(hi - 1))
           and (words[hi - 2].end < words[hi - 1].start or (label == "NAME" and _apart(words[hi - 2], words[hi - 1])))
           and not (label == "NAME" and words[hi - 2].lower in NAME_PARTICLES)):
        hi -= 1
    if lo == hi - 1 and edge(words[lo]):
        return []  # a single word that is all edge: the veto decides, not the trim
    if lo == hi:
        return []
    out = []
    if lo > 0:
        out.append((words[0].start, words[lo].start))
    if hi < len(words):
        out.append((words[hi - 1].end, words[-1].end))
    return out


# endings of English and Germanic place names ("Kyleview", "Blackfurt", "Easthampton"): an unknown
# word ending so may be a small town the gazetteer lacks
_TOPONYM_END = re.compile(r"(?:ton|ville|burgh?|berg|land|port|fort|town|stad|furt|mouth|haven|view|side|shire|bury|"
                          r"field|ford|wood|chester|dale|mont|boro|borough|ham|ley|by|dorf|heim|hurst|well|worth)$")
# verbs whose object is a person: "consulted Tlwy of renal", "paged Okafor", "reassured X"
_PERSON_VERBS = PERSON_OBJECT_VERBS | TELL_TO_VERBS | frozenset(
    "consulted paged called contacted met introduced relieved".split())
_PERSON_VERB_BEFORE = _words_before(_PERSON_VERBS, r"seen\s+by", r"reported\s+to")
# prepositions before a place or a hospital ("from X", "at X", "to X"), whatever the model's label
# ("by" is a field's cue, tested apart)
_PLACE_CUE_BEFORE = _words_before((TOWARD_PLACE | HOSPITAL_PREPOSITIONS) - {"by"})
# what only a person does, right after the candidate ("X aware", "X is speaking with the team", "X called"),
# and "per X" before what a person decides or reports ("per X will hold lasix", "per X, she has been ...";
# not "as per prtcl, no new breakdown")
_PERSON_PREDICATE_AFTER = re.compile(r"^\s*(?:" + "|".join(sorted(PERSON_PREDICATES, key=len, reverse=True))
                                     + r"|is\s+speaking|spoke|visited|phoned|called)\b", re.I)
_PER_BEFORE = re.compile(r"(?<![A-Za-z])per\s+$", re.I)
_DECIDES_AFTER = re.compile(
    r"^\s*(?:will|would|wants|wanted|recommends|recommended|feels|felt|thinks|ok'?d|okay'?d"
    r"|,\s*(?:he|she|they|pt|patient|family|wife|husband)\b)", re.I)  # "per X, she has been ..."
_LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*\s*$")


def uncued_unknown(label: str, alpha: Sequence[Word], before: str, after: str) -> bool:
    """In a note written in one case, a model's NAME or LOCATION whose every word no list holds
    (nor a misspelling of a listed name), with no cue of a person or a place around it: clinical
    shorthand the model has never seen ("NEOSYNFRN REMAINS AT 40", "dressing redone as per prtcl").

    Names of cultures the lists know little of are unknown words too, so every cue counts: a line
    or field opening ("OKONKWO, ADA -", "Visitor: X"), a title, kin or care role, a telling verb
    or a verb whose object is a person, a name's field, the patient's word, a residence phrase,
    one of these one word further back ("case manager nikon [petukhova]"), initials closing a
    line (a signature), and for places a toponym's ending ("-ville", "-burgh") or a hospital's
    acronym ("at cuh")."""
    if label not in ("NAME", "LOCATION") or not alpha:
        return False
    if not all((w.cls == "unknown" or w.typo) and not w.flags & (NAME | PLACE) for w in alpha):
        return False
    if not before.strip() or before.rstrip().endswith((":", "=", "-", "(", ",")):
        return False
    if _FIELD_BEFORE.search(before) or _PERSON_VERB_BEFORE.search(before) or _PLACE_CUE_BEFORE.search(before):
        return False
    shorter = _LAST_WORD.sub("", before)
    for ctx in (before, shorter) if shorter != before else (before,):
        if (kin_before(ctx) or named_before(ctx) or _TOLD_BEFORE.search(ctx) or _PATIENT_BEFORE.search(ctx)
                or _RESIDENCE_BEFORE.search(ctx) or _PERSON_FIELD_BEFORE.search(ctx)
                or _STRONG_TITLE_BEFORE.search(ctx)):
            return False
    if len(alpha) == 1 and len(alpha[0].text) <= 4 and not after.strip():
        return False  # initials closing a line: a signature
    if label == "NAME" and (_PERSON_PREDICATE_AFTER.search(after)
                            or (_PER_BEFORE.search(before) and _DECIDES_AFTER.search(after))):
        return False  # "X AWARE", "PER X WILL HOLD": what a person does
    if label == "LOCATION" and any(_TOPONYM_END.search(w.lower) for w in alpha):
        return False
    if label == "LOCATION" and len(alpha) == 1 and len(alpha[0].text) <= 5 and alpha[0].lower.endswith(("h", "mc", "hc")):
        return False  # "at cuh": a hospital's acronym
    return True
