"""Radiology reports: classic dictated report, comparison-heavy, short wet read."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "radiology"

EXAMS = ["CHEST (PORTABLE AP)", "CT HEAD W/O CONTRAST", "CT ABDOMEN/PELVIS WITH CONTRAST", "MRI BRAIN",
         "CTA CHEST", "RENAL ULTRASOUND", "KNEE 3 VIEWS", "BILAT LOWER EXT VEINS", "MR L-SPINE", "ECHO (TTE)"]


def dictated(ctx: NoteContext) -> None:
    exam = ctx.rng.choice(EXAMS)
    ctx.lines("[[{hosp} Department of Radiology|{hosp} RADIOLOGY|RADIOLOGY REPORT]]",
              "[[Patient|Name]]: {pt:last_first}   [[MRN|MR #]]: {mrn}   [[DOB|Birth date]]: {dob}",
              f"[[Exam|EXAM|Study]]: {exam}   [[Date|DATE]]: {{date:full}} {{time}}",
              "[[Accession #|Acc|ACCESSION]]: {idnum}",
              "[[Ordering|Referring]] [[physician|MD]]: {dr2:any}[[, {dept}|]]",
              "\n[[CLINICAL HISTORY|INDICATION|REASON FOR EXAM]]: {age}[[-year-old| yo]] {sex} [[with|w/]] [[SOB|fever|trauma|{eponym}|headache]]. [[Eval for|r/o]] [[PNA|PE|bleed|fracture|DVT]].",
              "[[COMPARISON|Comparison]]: [[{date3:full}|None|{date3:full} from {hosp}|prior study of {date3:short}]].",
              "[[FINDINGS|Findings]]: [[There is no focal consolidation.|The heart size is normal.|No acute intracranial hemorrhage.|Small left pleural effusion.|A {n} mm nodule in the RUL.]] [[The {device} tip is in the SVC.|ET tube 4 cm above the carina.|NG tube in stomach.|]] [[No pneumothorax.|]]",
              "[[IMPRESSION|Impression]]: [[No acute cardiopulmonary process.|Findings c/w pneumonia.|Interval improvement.|Recommend follow-up CT in {n} months.]]",
              "[[Findings were|Results]] [[discussed with|communicated to|paged to]] [[Dr.|]] {dr2:any} [[at|by telephone at]] {time} on {date:short}[[ by {dr1:last}|]].")
    ctx.emit("\n[[Dictated|Read|Signed]] by: {dr1:cred}[[ {date:full}|]]\n")


def wet_read(ctx: NoteContext) -> None:
    ctx.emit("[[WET READ|Wet read|Prelim]]: {user} [[{weekday}|]] {date:short} {time} " +
             "[[No PTX.|ETT 3cm above carina.|R IJ tip in cavoatrial jxn.|no bleed.|Worsening b/l opacities.]] " +
             "[[d/w|discussed w/]] [[Dr.|Dr|]] {dr2:last} [[@|at]] {time}.\n")
    if ctx.rng.random() < 0.6:
        ctx.emit("[[FINAL REPORT|Final]]: [[{age} yo|pt]] [[s/p|w/]] [[line placement|intubation|fall]]. [[Lungs clear.|Cardiomegaly stable vs {date3:short}.|]]")


def comparison(ctx: NoteContext) -> None:
    ctx.lines("[[Study|EXAM]]: [[MAMMOGRAM|CT CHEST|PET-CT|DEXA]] ({date:full})",
              "[[Patient|Pt]]: {pt:any}, [[age|Age]] {age}. [[Ref|Referring]]: Dr. {dr2:last}, {hosp}.",
              "Prior exams from {hosp2} dated {date2:full} and {date3:full} were [[reviewed|obtained and compared]].",
              "[[Stable|Slightly increased]] [[{n} mm|{n}.{n} cm]] [[lesion|nodule|mass]]. [[BI-RADS|Lung-RADS]] {n}. {score}.",
              "[[Tech|Technologist]]: {user}.")
    S.signature(ctx)


VARIANTS = [(dictated, 4), (wet_read, 2), (comparison, 1.5)]
CASE_WEIGHTS = {"as_is": 0.6, "upper": 0.38, "lower": 0.02}
