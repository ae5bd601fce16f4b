"""Telephone encounters: call log with callback number, refill request, triage call transcript."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "telephone_encounter"


def call_log(ctx: NoteContext) -> None:
    ctx.lines("[[TELEPHONE ENCOUNTER|Telephone Encounter|Phone note|PHONE CALL]] {date:full} {time}",
              "[[Caller|Call from]]: [[{pt:any} (self)|{rel1:relation} {rel1:full}|{dr2:dr} office|pharmacy at {org}]]",
              "[[Callback|Call back #|Best #]]: {phone}",
              "[[Reason|RE|Re]]: [[refill {drug}|lab results|worsening cough|medication question|appointment]]",
              "[[Spoke with|Discussed with|Left message for]] [[pt|patient|{rel1:relation}]] [[regarding|re:]] [[INR {n}.{n}|{lab}|results of CT from {date2:short}]]. [[Advised to|Instructed to]] [[hold {drug} x1|go to ED|increase {drug}|f/u {date3:short}]].")
    ctx.emit("[[--|-|]]{rn1:cred}\n")


def refill(ctx: NoteContext) -> None:
    ctx.emit("[[Rx refill request|Refill req|Medication refill]]: {dose} for {pt:any} (DOB {dob}). [[Last seen|LOV]] {date2:short} by Dr. {dr1:last}. [[Pharmacy|Pharm]]: [[{org}|CVS|Walgreens]] [[on|at]] {street}, {phone}. [[Approved x{n} refills|Sent to Dr. {dr1:last} for approval|Pt needs appt first]]. {user}\n")


def transcript(ctx: NoteContext) -> None:
    ctx.emit("[[Nurse triage call|RN phone triage|After-hours call]] - [[{weekday}|]] {date:short} [[@|at]] {time}\n")
    ctx.emit("[[Pt|{rel1:relation}]] calling [[stating|reports]] [[pt|she|he]] [[has had|c/o]] [[fever to 102|vomiting|chest pressure|fall at home]] [[since|x]] [[yesterday|{n} days|{weekday}]]. ")
    S.hard_negatives(ctx, 1, 2)
    ctx.emit("[[Per protocol|Per Dr. {dr1:last}]], [[advised ED eval at {hosp}|OK to monitor at home|appt made for {date3:short} with {dr2:any}]]. [[Caller verbalized understanding.|Callback {phone}.]] {rn1:any}, RN\n")


VARIANTS = [(call_log, 3), (refill, 2), (transcript, 3)]
CASE_WEIGHTS = {"as_is": 0.75, "upper": 0.15, "lower": 0.1}
