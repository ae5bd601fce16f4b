"""Discharge summaries: header block, sectioned narrative, dictated style, brief form."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "discharge_summary"

HPI = [
    "[[HISTORY OF PRESENT ILLNESS|HPI|History of Present Illness]]: [[Mr.|Ms.|Mrs.|]] {pt:last} is a {age}[[-year-old| year old| yo| y/o]] {sex} with [[a history of|h/o|PMH significant for]] [[HTN|DM2|CAD|COPD]] and {eponym} who presented to {hosp} on {date2:full} with [[chest pain|shortness of breath|fever|confusion|a fall]].",
    "HPI: {age} {sex:letter} [[w/|with]] [[h/o|hx of]] [[afib on {drug}|ESRD on HD|CHF (EF 25%)|metastatic lung ca]], [[sent from|transferred from|BIBA from]] {hosp} [[for|with]] [[hypoxia|GI bleed|AMS|hyperkalemia]].",
    "[[The patient|Patient|Pt]] was [[seen|evaluated]] in [[clinic|the office]] by Dr. {dr2:last} on {date3:short} [[and referred|and sent]] to the ED.",
]
COURSE = [
    "[[HOSPITAL COURSE|Hospital Course|Brief Hospital Course]]: [[Pt|The patient]] was admitted to {unit} [[and started on|and treated with]] {dose}. [[Cardiology|GI|Renal|ID]] ([[Dr.|]] {dr3:last}) was consulted.",
    "# [[Sepsis|PNA|CHF|AKI|Delirium]]: [[treated with|on]] {drug}[[; cultures negative|, improved|]]. [[{lab}.|]]",
    "# {eponym}: [[continued home {drug}|stable|neuro followed]].",
    "[[On|On hospital day {n},|On {date3:short},]] [[pt|the patient]] [[underwent|had]] [[cath|EGD|colonoscopy|CT-guided biopsy|TEE]] [[by Dr. {dr3:last}|]] [[which showed|showing]] [[no acute findings|a 2 cm mass|3VD|an ulcer]].",
    "[[Family meeting|Goals of care discussion]] held on {date3:short} with {rel1:relation} {rel1:full}[[ (HCP)|]]; [[pt made DNR/DNI|full code maintained|transitioned to comfort care]].",
]
DISPO = [
    "[[DISCHARGE DISPOSITION|Disposition|Dispo]]: [[Home with services|Extended care facility: {hosp}|Rehab: {hosp}|Home|Expired]]",
    "[[DISCHARGE MEDICATIONS|Discharge Meds|Medications on discharge]]:\n1. {dose}\n2. {dose}\n3. {dose}",
    "[[FOLLOW UP|Followup Instructions|F/U]]: [[Dr.|]] {dr2:any} [[at|in]] {hosp} [[on|in]] [[{date4:full}|{n} weeks]][[, phone {phone}| ({phone})|]].",
    "[[Condition at discharge|Discharge condition]]: [[stable|good|fair]]. [[Discharge diagnosis|Dx]]: [[CAP|NSTEMI|UTI|CHF exacerbation]], {eponym}.",
]


def sectioned(ctx: NoteContext) -> None:
    S.header(ctx, 3, 8)
    ctx.lines("\n[[DISCHARGE SUMMARY|Discharge Summary|DISCHARGE NOTE]]\n")
    ctx.some(HPI, 1, 2, sep="\n")
    S.hard_negatives(ctx, 1, 3)
    ctx.builder.text("\n")
    S.social(ctx, 1, 2)
    S.family(ctx, 0, 1)
    ctx.builder.text("\n\n")
    ctx.some(COURSE, 2, 5, sep="\n")
    ctx.some(DISPO, 1, 4, sep="\n")
    S.signature(ctx)


def dictated(ctx: NoteContext) -> None:
    ctx.lines("[[{hosp}|{hosp} - {dept}]]", "DISCHARGE SUMMARY",
              "[[NAME|Patient]]: {pt:last_first}  [[UNIT NO|MRN]]: {mrn}",
              "ADMISSION DATE: {date:full}  DISCHARGE DATE: {date2:full}",
              "[[DATE OF BIRTH|DOB]]: {dob}  [[SEX|Sex]]: {sex:letter}")
    ctx.builder.text("\n")
    ctx.some(HPI, 1, 1)
    ctx.some(COURSE, 2, 4, sep=" ")
    ctx.builder.text("\n")
    ctx.some(DISPO, 1, 3)
    ctx.emit("\n[[Dictated By|DICTATED BY]]: {dr1:cred}\n[[MEDQUIST36|Job #]]: {idnum}\nD: {date2:mdy_slash_short} {time}\nT: {date5:mdy_slash_short} {time}\n")
    if ctx.rng.random() < 0.5:
        ctx.emit("[[cc|CC]]: {dr2:dr}, {hosp}, {street}, {city}, {state} {zip}\n")


def brief(ctx: NoteContext) -> None:
    ctx.emit("[[D/C summary|DC summ|Discharge note]] - {pt:any} ({age}{sex:letter}) [[adm|admitted]] {date:short} [[d/c|discharged]] {date2:short}. ")
    ctx.some(COURSE, 1, 2, sep=" ")
    S.hard_negatives(ctx, 1, 2)
    ctx.emit("F/u [[Dr|Dr.]] {dr2:last} {n} wks. ")
    if ctx.rng.random() < 0.5:
        ctx.emit("[[Pt|pt]] [[is a|works as a]] {prof}; [[wants to return to work|out of work x {n} wks]].")


VARIANTS = [(sectioned, 4), (dictated, 2), (brief, 1.5)]
CASE_WEIGHTS = {"as_is": 0.8, "upper": 0.15, "lower": 0.05}
