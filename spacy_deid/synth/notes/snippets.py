"""Sentences and blocks shared by several note types (headers, history, family, signatures).

Every function takes a :class:`NoteContext` and emits text; the lists are templates in the
markup of :mod:`spacy_deid.synth.context`.
"""
from __future__ import annotations

from ..context import NoteContext

HEADER_LINES = [
    "[[Patient|Name|PATIENT|Pt name|Patient Name]]: {pt:last_first}",
    "[[Patient|Name|Patient Name]]: {pt:full}",
    "[[MRN|Med Rec #|MR#|Medical Record Number|Unit No]]: {mrn}",
    "[[DOB|Date of Birth|D.O.B.]]: {dob}",
    "[[Age|AGE]]: {age}",
    "[[Admission Date|Admit Date|Date of Admission|Adm]]: {date:full}",
    "[[Discharge Date|Date of Discharge|D/C date]]: {date2:full}",
    "[[Attending|Attending Physician|ATTENDING]]: {dr1:any}[[, MD|| M.D.|]]",
    "[[PCP|Primary Care|Primary care physician]]: {dr2:dr}",
    "[[Service|SERVICE]]: [[Medicine|Surgery|Cardiology|Neurology|Orthopedics|Oncology|MICU]]",
    "[[Account #|Acct|Billing No|Encounter #]]: {acct}",
    "[[Location|Unit|Ward]]: {dept}[[, Room {room}|, Rm {room}|, bed {room}|]]",
    "[[Facility|Hospital|Site]]: {hosp}",
    "[[Insurance ID|Member ID|Medicaid #|Medicare #|Policy #]]: {hp}",
    "[[SSN|Social Security #|SS#]]: {ssn}",
    "[[Phone|Tel|Home phone|Contact #]]: {phone}",
    "[[Email|E-mail|Pt email]]: {email}",
    "[[Portal|Patient portal|Web]]: {url}",
    "[[Registered from IP|Portal login IP|IP]]: {ip}",
    "[[Biometric ID|Palm scan ID|Fingerprint ID]]: {bioid}",
    "[[Vehicle|Plate|Parking permit plate]]: {vehicle}",
    "[[Pacemaker|ICD|Insulin pump|Device]] [[serial|SN|S/N]]: {devid}",
    "[[Driver's license|DL #|License]]: {lic}",
]

ADDRESS_BLOCK = [
    "{pt:full}\n{street}\n{city}, {state} {zip}",
    "{street}, {city}, {state} {zip}",
    "Address: {street}, {city}, {state} {zip}[[, {country}|]]",
    "lives at {street} in {city}",
]

SOCIAL = [
    "[[Pt|Patient|She/he|The patient]] [[lives|resides]] [[with {his} {rel1:relation} {rel1} |alone |with family ]]in {city}[[, {state}|]].",
    "Social: [[lives with|married to|divorced from|separated from]] {rel1:relation} {rel1}. [[Works as a|Former|Retired|Occupation:]] {prof}.",
    "[[Works as|Employed as|Occupation:|Job:]] [[a |an |]]{prof} at {org}.",
    "SH: {prof}, [[+|-|denies]] tob, [[social|occasional|no|heavy]] EtOH, [[no|denies]] IVDU. Born in {country}[[, moved to {city} in {year}|]].",
    "[[Originally from|Emigrated from|Immigrated from]] {country} in {year}. [[Speaks|Primary language]] [[Spanish|Cantonese|Mandarin|Vietnamese|Haitian Creole|Portuguese|Bengali|Arabic|French|English]].",
    "Pt is a {prof} [[at|for|with]] {org}[[ in {city}|]].",
    "[[Smokes|Quit smoking in {year}|Never smoker]]. [[Lives in|From]] {city}[[, {state}|]]. {rel1:relation} {rel1} is [[HCP|health care proxy|emergency contact]][[, tel {phone}| ({phone})|]].",
    "Retired {prof}. [[Lives in an assisted living facility|Lives at {hosp}|Lives with {rel1:relation}]].",
    "[[Enjoys walking at|Volunteers at|Fell while at|Was found at]] {loc}[[ on {holiday}| on {date3:short}|]].",
]

FAMILY = [
    "FH: [[mother|father|sister|brother]] with [[CAD|DM2|breast ca|colon ca|HTN|{eponym}]].",
    "Family history: {eponym} in [[father|mother|grandmother]]; [[no|noncontributory]] other.",
    "[[His|Her|The patient's]] {rel2:relation}, {rel2}, [[was present|was updated|called|visited]][[ and can be reached at {phone}|]].",
    "Spoke with {rel1:relation} {rel1:full} [[by phone|at bedside|in family meeting]] [[today|on {date:short}|this AM]].",
    "{rel1:relation} ({rel1}) [[updated on plan of care|aware of plan|in to visit|will call back]].",
]

HARD_NEG = [
    "{clinical}",
    "{clinical}",
    "{filler}.",
    "{noise}",
    "[[BP|I/O|ABG|strength|sats|UO]] {num}[[, {num}|]].",
    "h/o {eponym}[[, on {drug}|]].",
    "{sign}.",
    "{device} [[in place|draining well|d/c'd|placed|intact]].",
    "[[Pt|pt|Patient]] s/p [[Whipple|CABG x3|Nissen fundoplication|Roux-en-Y gastric bypass|Hartmann procedure|TURP|ORIF]] [[in {year}|{n} yrs ago|]].",
    "Meds: {meds}.",
    "Labs: {labs}.",
    "VS: {vitals}.",
    "{score}.",
    "Started {dose}.",
    "c/o [[CP|SOB|abd pain|N/V|HA|dizziness|back pain|cough]] x {n} [[days|d|wks|hrs]].",
    "[[Hx|PMH|PMHx]]: [[HTN|DM2|CAD|COPD|CHF|afib|CKD]], {eponym}, [[HLD|OSA|GERD|BPH|hypothyroidism]].",
    "Rec'd {drug} at {time}.",
    "Seen by [[PT|OT|SW|nutrition|case management|speech|chaplain]] [[today|this AM|on {weekday}]].",
    "Transferred to {unit} [[for monitoring|overnight|at {time}]].",
]

SIGNATURES = [
    "{dr1:cred}",
    "Electronically signed by {dr1:cred} on {date2:full} at {time}",
    "Dictated by: {dr1:cred}\nTranscribed by: {user}\nD: {date2:full} T: {date2:full}",
    "--{user}/{user2}",
    "{dr1:full}, MD / {user}",
    "Signed: {dr1:dr}[[ (pager {phone})| #{phone}|]]",
    "Attending: {dr1:cred}[[\ncc: {dr2:dr}, {hosp}|]]",
    "{rn1:cred}",
    "Cosigned by {dr2:cred}",
    "[[Resident|Fellow|Intern]]: {dr3:full}, MD. [[Attending|Staff]]: {dr1:full}, MD.",
]


def header(ctx: NoteContext, k_min: int = 2, k_max: int = 7) -> None:
    ctx.some(HEADER_LINES, k_min, k_max, sep=ctx.rng.choice(["\n", "\n", "  ", "    "]))
    ctx.builder.text("\n")


def social(ctx: NoteContext, k_min: int = 1, k_max: int = 2) -> None:
    ctx.some(SOCIAL, k_min, k_max, sep=" ")


def family(ctx: NoteContext, k_min: int = 0, k_max: int = 2) -> None:
    ctx.some(FAMILY, k_min, k_max, sep=" ")


def hard_negatives(ctx: NoteContext, k_min: int = 1, k_max: int = 4, sep: str = " ") -> None:
    ctx.some(HARD_NEG, k_min, k_max, sep=sep, shuffle=True)


def signature(ctx: NoteContext) -> None:
    ctx.builder.text("\n")
    ctx.emit(ctx.rng.choice(SIGNATURES))
    ctx.builder.text("\n")
