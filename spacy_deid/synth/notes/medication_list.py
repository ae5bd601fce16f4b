"""Medication lists: reconciliation table, pharmacy label-style list, patient-written list."""
from __future__ import annotations

from ..context import NoteContext

NOTE_TYPE = "medication_list"


def reconciliation(ctx: NoteContext) -> None:
    ctx.lines("[[MEDICATION RECONCILIATION|Medication Reconciliation|Home Medication List|Admission Med Rec]]",
              "[[Patient|Pt]]: {pt:any}   [[MRN|MR#]]: {mrn}   [[Date|Reconciled on]]: {date:full}",
              "[[Source|Info from]]: [[patient|{rel1:relation} {rel1}|pharmacy {org} ({phone})|PCP office of Dr. {dr2:last}]]")
    for i in range(ctx.rng.randint(3, 9)):
        ctx.emit(f"[[{i + 1}. |- |* |]]" + "{dose}[[ - continue| - HOLD| - new| (last dose {date2:short})|]]\n")
    ctx.emit("[[Allergies|ALLERGIES]]: [[NKDA|PCN (rash)|sulfa|codeine - N/V|iodine contrast]]\n[[Reconciled by|Completed by]]: {rn1:cred}[[, PharmD|]]\n")


def pharmacy(ctx: NoteContext) -> None:
    ctx.lines("[[{org} Pharmacy|Pharmacy Profile|RX HISTORY]] - {street}, {city}, {state} {zip}",
              "[[Rx for|Patient]]: {pt:last_first}  [[DOB|dob]] {dob}  [[Plan|Ins]] {hp}",
              "[[Prescriber|Dr]]: {dr1:full}[[ DEA {lic}| lic {lic}| NPI {idnum}]]")
    for _ in range(ctx.rng.randint(2, 6)):
        ctx.emit("[[Rx #{idnum} |]]{dose}[[ filled {date3:short}| qty {nn}|]]\n")


def patient_list(ctx: NoteContext) -> None:
    ctx.emit("[[my meds|MEDS|Pt's own list]] ([[written by|per]] [[{rel1:relation} {rel1:first}|pt]] {date:short}): ")
    ctx.emit(", ".join(["{drug}"] * ctx.rng.randint(3, 7)))
    ctx.emit(". [[also takes|+]] [[fish oil|vit D|turmeric|baby aspirin]]. [[Dr.|Dr|]] {dr1:last} [[changed|stopped]] {drug} [[on|in]] [[{date2:short}|{date2:month_year}]].\n")


VARIANTS = [(reconciliation, 4), (pharmacy, 2), (patient_list, 2)]
CASE_WEIGHTS = {"as_is": 0.7, "upper": 0.22, "lower": 0.08}
