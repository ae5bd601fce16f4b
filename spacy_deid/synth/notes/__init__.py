"""One module per note type; each has NOTE_TYPE, VARIANTS [(builder, weight)] and CASE_WEIGHTS."""
from __future__ import annotations

from types import ModuleType
from typing import Dict

from . import (discharge, ed_triage, icu_shorthand, lab_report, medication_list, nursing, operative, pathology,
               progress, psych_intake, radiology, referral, telephone)

NOTE_MODULES: Dict[str, ModuleType] = {
    m.NOTE_TYPE: m
    for m in (discharge, progress, radiology, pathology, nursing, ed_triage, operative, referral, telephone,
              lab_report, medication_list, psych_intake, icu_shorthand)
}
