"""Pathology reports: surgical pathology with gross/micro, cytology, short addendum."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "pathology"

SPECIMENS = ["Colon, sigmoid, biopsy", "Breast, left, core biopsy", "Prostate, needle biopsies",
             "Skin, right forearm, shave", "Lymph node, axillary, excision", "Lung, RUL, wedge resection",
             "Gallbladder, cholecystectomy", "Appendix, appendectomy", "Thyroid, left lobe"]


def surgical(ctx: NoteContext) -> None:
    spec = ctx.rng.choice(SPECIMENS)
    ctx.lines("[[SURGICAL PATHOLOGY REPORT|Surgical Pathology|PATHOLOGY REPORT]]   [[Accession|Case|Specimen]] #: {idnum}",
              "[[Patient|Name]]: {pt:last_first}  [[MRN|Med Rec]]: {mrn}  [[Age/Sex|Age]]: {age}/{sex:letter}",
              "[[Collected|Procedure date]]: {date:full}  [[Received|Rec'd]]: {date2:full}",
              "[[Submitting|Surgeon|Clinician]]: {dr2:any}[[, {hosp}|]]",
              f"\n[[SPECIMEN|Specimen]]: {spec}",
              "[[GROSS DESCRIPTION|Gross]]: Received [[in formalin|fresh]] labeled with the patient's name[[ \"{pt:last_first}\"|]] and [[\"{mrn}\"|medical record number]], [[a|two]] [[tan-pink|gray-white]] [[fragments|tissue]] measuring {n}.{n} x {n}.{n} cm. [[Inked|Submitted in toto in cassette A{n}.]]",
              "[[MICROSCOPIC|Micro]]: [[Sections show|There is]] [[tubular adenoma|invasive ductal carcinoma, Nottingham grade 2|adenocarcinoma, Gleason 3+4=7|basal cell carcinoma|reactive changes]]. [[Margins negative.|Margin 0.{n} cm.|]] [[Reed-Sternberg cells absent.|Hurthle cell change.|Call-Exner bodies not seen.|]]",
              "[[DIAGNOSIS|Final diagnosis]]: [[benign|malignant|see above]]. [[Stains|IHC]]: [[ER+/PR+/HER2-|CK7+ CK20-|Ki-67 {nn}%]].")
    ctx.emit("[[Results called to|Discussed with]] [[Dr.|]] {dr2:last} on {date2:short} at {time}.\n[[Pathologist|Electronically signed out by]]: {dr1:cred}\n")


def cytology(ctx: NoteContext) -> None:
    ctx.lines("[[CYTOLOGY|Cytopathology|GYN CYTOLOGY]] {idnum}",
              "{pt:any} ({dob}) - [[Pap smear|FNA thyroid|pleural fluid|urine cytology]] [[collected|obtained]] {date:short} at {hosp}.",
              "[[Interpretation|Result]]: [[NILM|ASCUS|LSIL|atypical cells|positive for malignant cells]]. [[HPV {n}6 neg|Bethesda {n}|]].",
              "[[Screened by|Cytotech]]: {user}  [[Reviewed|Pathologist]]: {dr1:full}, MD")


def addendum(ctx: NoteContext) -> None:
    ctx.emit("[[ADDENDUM|Addendum]] ({date:full}): [[Additional stains|Molecular studies|Outside consult from {hosp}]] [[show|confirm]] [[MSI-high|KRAS wt|EGFR exon 19 del|PD-L1 {nn}%]]. [[Dr.|]] {dr2:last} [[notified|informed]]. -- {dr1:cred}\n")
    S.hard_negatives(ctx, 0, 1)


VARIANTS = [(surgical, 4), (cytology, 2), (addendum, 1)]
CASE_WEIGHTS = {"as_is": 0.7, "upper": 0.28, "lower": 0.02}
