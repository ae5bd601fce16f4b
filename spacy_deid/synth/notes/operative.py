"""Operative notes: full dictated op report, brief op note, procedure note at bedside."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "operative"

PROCS = ["laparoscopic cholecystectomy", "right total knee arthroplasty", "CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)",
         "exploratory laparotomy, Hartmann procedure", "left carotid endarterectomy", "Whipple procedure",
         "ORIF left distal radius", "laparoscopic appendectomy", "open inguinal hernia repair with mesh",
         "craniotomy for evacuation of SDH", "Nissen fundoplication", "cesarean section"]


def full_report(ctx: NoteContext) -> None:
    proc = ctx.rng.choice(PROCS)
    ctx.lines("[[OPERATIVE REPORT|Operative Note|OP NOTE|BRIEF OPERATIVE NOTE]]",
              "[[Patient|PATIENT]]: {pt:last_first}   [[MRN|Unit #]]: {mrn}",
              "[[Date of operation|DATE OF PROCEDURE|Date]]: {date:full}",
              "[[Surgeon|SURGEON]]: {dr1:cred}",
              "[[Assistant|ASSISTANT|Assistants]]: {dr2:cred}[[, {dr3:full}, PA-C|]]",
              "[[Anesthesia|ANESTHESIA]]: [[General endotracheal|Spinal|MAC]] ([[Dr.|]] {dr4:last})",
              "[[PREOPERATIVE DIAGNOSIS|Pre-op dx]]: [[symptomatic cholelithiasis|OA|CAD|perforated diverticulitis|{eponym}]]",
              f"[[PROCEDURE|Procedure performed|OPERATION]]: {proc}",
              "[[EBL|Estimated blood loss]]: {nn}0 mL. [[Drains|DRAINS]]: [[{device}|none|JP x{n}]]. [[Specimens|SPECIMEN]]: [[to pathology|none]].",
              "[[IMPLANTS|Implants]]: [[Zimmer|Stryker|DePuy]] [[knee|plate]] [[lot|serial #|SN]] {devid}.",
              "[[INDICATIONS|Indications]]: {age}[[-year-old| yo]] {sex} with [[RUQ pain|refractory pain|3VD]]. Risks and benefits discussed with [[the patient|pt]] and {rel1:relation}[[ {rel1:full}|]]; consent signed.",
              "[[DESCRIPTION OF PROCEDURE|Procedure in detail]]: [[The patient was brought to OR {room} and placed supine.|Pt taken to the OR and prepped and draped in usual sterile fashion.]] [[A Pfannenstiel incision was made.|A Veress needle was used.|A {device} was placed.|Kocher maneuver performed.]] [[Counts correct x2.|Sponge and needle counts were correct.]]",
              "[[I,|Attending]] {dr1:full}[[, MD|]], [[was present for the entire procedure|scrubbed for the key portions]].")
    ctx.emit("[[Disposition|Pt to]]: [[PACU|SICU|CSRU]] in [[stable|good]] condition. [[Family ({rel1}) updated in waiting room.|]]\n")


def brief_note(ctx: NoteContext) -> None:
    ctx.emit("[[Brief op note|BRIEF OP NOTE|Post-op note]] {date:short}: [[s/p|S/P]] [[lap chole|TKA|appy|I&D|hernia repair|CEA]] by [[Dr|Dr.]] {dr1:last}/{dr2:last}. EBL {nn} cc. [[No complications|Uncomplicated]]. [[Drain|{device}]] in place. ")
    S.hard_negatives(ctx, 1, 2)
    ctx.emit("[[Plan|PLAN]]: [[adv diet|PT/OT|DVT ppx w/ {drug}|d/c POD{n}]]. -{dr2:any}\n")


def bedside(ctx: NoteContext) -> None:
    ctx.lines("[[PROCEDURE NOTE|Procedure Note]]: [[Central line placement|Thoracentesis|Paracentesis|Lumbar puncture|Arterial line|Intubation]]",
              "[[Date/Time|Date]]: {date:full} {time}. [[Operator|Performed by]]: {dr1:any}. [[Supervised by|Attending]]: {dr2:any}.",
              "[[Consent obtained from|Consent:]] [[patient|{rel1:relation} {rel1:full} (HCP) by phone]]. [[Time out performed.|Universal protocol followed.]]",
              "[[Site|Location]]: [[R IJ|L femoral|L chest|RLQ|L3-L4]]. [[{n}00 cc removed.|Good blood return.|Opening pressure {nn}.]] [[Post CXR: no PTX.|Tolerated well.]] {score}.")


VARIANTS = [(full_report, 4), (brief_note, 2), (bedside, 2)]
CASE_WEIGHTS = {"as_is": 0.72, "upper": 0.25, "lower": 0.03}
