"""Physician progress notes: SOAP, problem-oriented, ICU attending note, brief telegraphic."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "progress"

SUBJ = [
    "S: [[Pt|pt|Patient]] [[feels better|c/o {n}/10 pain|slept poorly|denies CP/SOB|reports nausea]]. [[{rel1:relation} at bedside.|Seen with {rel1:relation} {rel1}.|]]",
    "Subjective: [[No acute events overnight.|Overnight, pt had {n} episodes of emesis.|Pt was agitated at {time}, given {dose}.]]",
    "[[Interval hx|Interval History|24h events]]: [[afebrile|T max 38.9|hypotensive to 80s, bolused]]; [[seen by {dr2:any} (renal)|ID recs appreciated|]].",
]
OBJ = [
    "O: {vitals}",
    "[[Exam|PE|Physical Exam]]: [[NAD|A&Ox3|lethargic]]. [[RRR, no m/r/g|irreg irreg|S1S2]]. [[CTAB|crackles at bases|decreased BS R base]]. [[soft, NT/ND|+BS]]. [[no edema|1+ LE edema]]. {sign}.",
    "Labs: {labs}",
    "[[Imaging|CXR|CT]] {date:short}: [[no acute process|RLL infiltrate|small effusion]].",
]
ASSESS = [
    "A/P: {age} {sex:letter} with {eponym} [[here with|admitted for]] [[PNA|sepsis|DKA|COPD exac]], [[improving|stable|worsening]].",
    "Assessment and Plan: {age}[[-year-old| yo]] [[M|F|man|woman]] [[h/o|with]] [[CAD s/p CABG|DM2|afib]], HD#{n}.\n1. [[Pneumonia|UTI|Cellulitis]] - cont {drug}, day {n}/7.\n2. {eponym} - cont {dose}.\n3. Dispo - [[home {weekday}|rehab at {hosp}|pending PT eval]].",
    "Plan: [[d/w Dr. {dr1:last}|discussed with attending {dr1:any}|per Dr. {dr1:last}]], [[cont current abx|diurese|CT abd|consult GI]]. [[Will update {rel1:relation} {rel1}.|Call {rel1:relation} at {phone}.|]]",
]


def soap(ctx: NoteContext) -> None:
    rng = ctx.rng
    if rng.random() < 0.6:
        S.header(ctx, 1, 3)
    ctx.lines("[[PROGRESS NOTE|Progress Note|Medicine Progress Note|Hospitalist Note|MICU Attending Note]] [[{date:full}|HD #{n}|]]")
    ctx.some(SUBJ, 1, 2)
    ctx.some(OBJ, 1, 4)
    ctx.some(ASSESS, 1, 2)
    S.signature(ctx)


def problem_list(ctx: NoteContext) -> None:
    ctx.lines("{date:full} [[{time}|]] [[Team|Service]] [[Gold|Blue|Red|1|2]] [[progress note|PN]]",
              "Pt: {pt:any}[[ (MRN {mrn})|]], {age}[[yo|y/o| yo]] {sex:letter}")
    for _ in range(ctx.rng.randint(2, 5)):
        ctx.emit("# [[HTN|Hyperkalemia|Anemia|{eponym}|CKD|Delirium|Hypoxia|A-fib]]: ")
        S.hard_negatives(ctx, 1, 2)
        ctx.builder.text("\n")
    if ctx.rng.random() < 0.6:
        S.social(ctx, 1, 1)
    ctx.emit("\n[[Seen and examined with|Discussed with]] [[Dr.|]] {dr1:any}[[, attending|]].")
    S.signature(ctx)


def telegraphic(ctx: NoteContext) -> None:
    ctx.emit("[[pt|Pt]] {pt:any} [[seen + examined|seen|evaluated]] [[@|at]] {time}. ")
    S.hard_negatives(ctx, 2, 4)
    ctx.emit("[[plan d/w|d/w|discussed w/]] [[Dr|dr]] {dr1:last}[[ & family| and {rel1:relation} {rel1}|]]. [[f/u|F/U]] {date3:short}. ")
    ctx.emit("[[-|--|]]{dr2:any}")


VARIANTS = [(soap, 4), (problem_list, 2), (telegraphic, 2)]
CASE_WEIGHTS = {"as_is": 0.78, "upper": 0.12, "lower": 0.1}
