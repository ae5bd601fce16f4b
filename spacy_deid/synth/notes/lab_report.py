"""Laboratory reports: tabular results, microbiology culture, point-of-care / interface printout."""
from __future__ import annotations

from ..context import NoteContext

NOTE_TYPE = "lab_report"


def table(ctx: NoteContext) -> None:
    ctx.lines("[[{hosp} Clinical Laboratory|LABORATORY REPORT|{org} Laboratories]]",
              "[[Patient|PATIENT]]: {pt:last_first}  [[DOB|Birth]]: {dob}  [[Sex|SEX]]: {sex:letter}",
              "[[MRN|Patient ID]]: {mrn}   [[Specimen ID|Accession|Req #]]: {idnum}",
              "[[Collected|Coll]]: {date:full} {time}   [[Reported|Rptd]]: {date2:full} {time}",
              "[[Ordering provider|Ordered by|Physician]]: {dr1:any}")
    for _ in range(ctx.rng.randint(3, 8)):
        ctx.emit("{lab}[[  [[H|L|]]|   ref range|]]\n")
    ctx.emit("[[CRITICAL VALUE called to|Critical result read back by]] {rn1:any}[[, RN|]] [[at|@]] {time} by {user}.\n")
    if ctx.rng.random() < 0.3:
        ctx.emit("[[Results portal|View online]]: {url}  [[Workstation|Instrument IP|Host]]: {ip}\n")


def micro(ctx: NoteContext) -> None:
    ctx.lines("[[MICROBIOLOGY|Microbiology Report|CULTURE REPORT]] - {pt:any} ({mrn})",
              "[[Source|Specimen]]: [[blood|urine|sputum|wound|CSF]] [[culture|cx]], [[received|collected]] {date:short} [[{time}|]]",
              "[[Result|Final]]: [[Staph aureus (MRSA)|E. coli >100,000 CFU/mL|Klebsiella pneumoniae|no growth x5 days|Candida albicans|Enterococcus faecalis]]",
              "[[Sensitivities|Susceptibility]]: [[vanco S, oxacillin R|cipro R, ceftriaxone S|pending]]",
              "[[Gram stain|GS]]: [[GPC in clusters|GNR|no organisms]]. [[Called to|Notified]] [[Dr.|]] {dr1:last} {date2:short} {time}[[ by {user}|]].")


def poc(ctx: NoteContext) -> None:
    ctx.emit("[[POC|Point of care|iSTAT]] [[glucose|ABG|INR]] {date:short} {time}: [[{lab}|{lab}, {lab}]]. [[Meter|Device]] [[SN|serial]] {devid}. [[Operator|Op ID]] {user}. [[Pt|Patient]] {pt:any}[[, room {room}|, {dept}|]].\n")
    if ctx.rng.random() < 0.3:
        ctx.emit("[[Biometric|Palm vein|Fingerprint]] [[ID|scan id]] {bioid} [[verified|matched]] at [[collection|draw]].\n")


VARIANTS = [(table, 4), (micro, 2), (poc, 1.5)]
CASE_WEIGHTS = {"as_is": 0.6, "upper": 0.38, "lower": 0.02}
