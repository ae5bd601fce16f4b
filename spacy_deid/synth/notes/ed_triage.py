"""ED triage notes: structured triage form, EMS handoff narrative, fast-track shorthand."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "ed_triage"


def triage_form(ctx: NoteContext) -> None:
    ctx.lines("[[ED TRIAGE|Triage Note|EMERGENCY DEPARTMENT TRIAGE]] - {hosp}",
              "[[Arrival|Time of arrival]]: {date:full} {time}  [[Mode|Arrival mode]]: [[ambulance|walk-in|EMS|police|wheelchair]]",
              "[[Name|Pt]]: {pt:any}  [[Age|age]]: {age}  [[Sex|Gender]]: {sex:letter}  [[MRN|ED #]]: {mrn}",
              "[[CC|Chief complaint|Chief Complaint]]: [[chest pain|SOB|fall|abd pain|laceration|syncope|SI|fever]] x {n} [[hrs|days]]",
              "[[Triage vitals|VS]]: {vitals}",
              "[[ESI|Acuity]]: {n}  [[Pain|pain]]: {n}/10  [[Allergies|NKDA|PCN]]",
              "[[Contact|Emergency contact]]: {rel1:relation} {rel1:full} {phone}",
              "[[PCP|Primary MD]]: {dr2:any}")
    if ctx.rng.random() < 0.5:
        ctx.emit("[[Address|Home]]: {street}, {city}, {state} {zip}\n")
    ctx.emit("Triage RN: {rn1:any}\n")


def ems_narrative(ctx: NoteContext) -> None:
    ctx.emit("[[Pt|pt|PT]] {age}{sex:letter} [[BIBA|BIB EMS|brought in by ambulance|BIB family]] from [[home|{street}|{hosp}|{loc}|work at {org}]] [[after|s/p]] [[fall|MVC|syncopal episode|seizure|found down]] [[at|@]] {time}. ")
    S.hard_negatives(ctx, 1, 3)
    ctx.emit("[[Per|Accompanied by]] {rel1:relation} {rel1}[[, pt was last seen well on {date:short}|]]. [[Pt is a {prof}.|]] [[EMS gave|Rec'd]] {dose}. [[Placed in|To]] [[bed|room|rm]] {room}.")
    ctx.emit(" [[Dr.|Dr|]] {dr1:last} [[at bedside|aware|to see]].\n")
    if ctx.rng.random() < 0.3:
        ctx.emit("[[Vehicle|Plate|License plate]]: {vehicle}. [[Police|Officer]] {dr3:last} [[badge #|#]]{idnum}.\n")


def fast_track(ctx: NoteContext) -> None:
    ctx.emit("[[FT|Fast track|urgent care]] {date:short}: {pt:any}, {age}{sex:letter}, [[R ankle inj|sore throat|UTI sx|rash|lac L hand|dental pain]]. {vitals}. [[Rapid strep neg.|Ottawa neg.|UA +LE.|Td given.]] [[Dx|dx]]: [[sprain|pharyngitis|cystitis|contact derm]]. [[Rx|rx]] {dose}. [[f/u PCP|return prn]] [[Dr.|]] {dr2:last}[[ at {hosp}|]]. {dr1:cred}\n")
    if ctx.rng.random() < 0.4:
        ctx.emit("[[Work note|Excuse note]] given for [[{org}|school]] ({prof}).\n")


VARIANTS = [(triage_form, 3), (ems_narrative, 3), (fast_track, 2)]
CASE_WEIGHTS = {"as_is": 0.72, "upper": 0.2, "lower": 0.08}
