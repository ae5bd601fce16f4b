"""Psychiatric intake: full intake evaluation, crisis note, brief therapy note."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "psychiatric_intake"


def intake(ctx: NoteContext) -> None:
    ctx.lines("[[PSYCHIATRIC INTAKE|Psychiatry Initial Evaluation|Behavioral Health Intake|PSYCHIATRIC ADMISSION NOTE]]",
              "[[Date|Date of evaluation]]: {date:full}   [[Evaluator|Clinician]]: {dr1:cred}",
              "[[Identifying data|ID|Identifying Information]]: {pt:any} is a {age}[[-year-old| yo]] [[single|married|divorced|widowed]] {sex:noun}, [[employed as a|works as a|former|unemployed]] {prof}[[ at {org}|]], [[living with|lives with]] [[{his} {rel1:relation} {rel1}|roommates|]] in {city}.",
              "[[Chief complaint|CC|Reason for referral]]: \"[[I can't sleep|I want to die|people are following me|I've been drinking too much]].\"[[ Referred by {dr2:dr} from {hosp}.|]]",
              "[[HPI|History of present illness]]: [[Pt reports|Patient describes]] [[depressed mood|AH|paranoia|panic attacks|mania]] [[since|starting]] [[{date2:month_year}|{holiday}|the death of {his} {rel2:relation} {rel2} on {date2:month_day_year}]]. {score}.",
              "[[Past psych hx|PPHx]]: [[prior admissions to {hosp2} ({year}, {year2})|no prior hospitalizations|followed by Dr. {dr3:last} at {hosp2}]]. [[Trials of|Tried]] {drug}, {drug}.",
              "[[Substance|Substance use]]: [[EtOH {n} drinks/day|cannabis daily|denies|h/o heroin, on methadone at {org}]].",
              "[[Legal|LEGAL]]: [[arrested {year}|no legal issues|on probation, PO {rel3:full}]].",
              "[[Social|SOCIAL HISTORY]]: [[Born in|Raised in]] {city2}[[, {country}|]]. [[Graduated from|Attended]] {org2}. [[Children: {rel4:first} ({age2}) and {rel5:first}.|No children.]]",
              "[[MSE|Mental Status Exam]]: [[disheveled|well groomed]], [[poor|good]] eye contact, speech [[pressured|slow|nl rate]], mood \"[[bad|ok|anxious]]\", affect [[constricted|labile]], [[TP linear|tangential]], [[+SI without plan|denies SI/HI|+AH]]. [[Insight|Judgment]] [[poor|fair]].",
              "[[Assessment|Formulation]]: [[MDD, recurrent, severe|Bipolar I, manic|Schizophrenia|AUD|PTSD]]. [[Plan|PLAN]]: [[start {dose}|admit to {dept}|section 12|safety plan]].")
    S.signature(ctx)


def crisis(ctx: NoteContext) -> None:
    ctx.emit("[[CRISIS NOTE|Crisis eval|Psych ED consult]] {date:short} {time}. [[Pt|pt]] {pt:any} [[BIB police|brought by {rel1:relation} {rel1}|self-presented]] after [[SI statements|overdose on {drug}|agitation at {org}|walking on {loc}]]. ")
    S.hard_negatives(ctx, 1, 2)
    ctx.emit("[[Collateral from|Spoke with]] {rel1:relation} {rel1:full} ({phone}). [[Pt on|Placed on]] [[1:1|Section 12|hold]]. [[Bed search|Accepted at]] {hosp}. -{dr1:any}\n")


def therapy(ctx: NoteContext) -> None:
    ctx.emit("[[Therapy note|Individual session|Psychotherapy]] #{n} - {date:full}. [[Client|Pt]] {pt:first} [[discussed|processed]] [[conflict with {his} {rel1:relation} {rel1:first}|job loss as a {prof}|grief]]. [[PHQ-9|GAD-7]] {nn}. [[Next session|RTC]] {date3:short}. {dr1:cred}[[, LICSW|, PhD|]]\n")


VARIANTS = [(intake, 4), (crisis, 2), (therapy, 2)]
CASE_WEIGHTS = {"as_is": 0.85, "upper": 0.1, "lower": 0.05}
