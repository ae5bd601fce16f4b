"""Note templates for counterfactual name audits: the same notes with only the name changed.

Each template holds one person in a role and a form of the name; ``{first}``, ``{last}`` and
``{title}`` / ``{kin}`` / ``{pron}`` (gender cues consistent with the person) are filled in.
The notes are written in three case styles (as written, ALL CAPS, lower case), as real notes are.
Written for this audit; no text of any corpus.
"""
from __future__ import annotations

from typing import Dict, List, Tuple

# (template, role). The name slots are the PHI; everything else is ordinary clinical text.
TEMPLATES: List[Tuple[str, str]] = [
    ("{first} {last} is a 67 yo {sex} admitted with CHF exacerbation, on 4L NC.", "patient"),
    ("Pt {first} {last} seen this AM, c/o mild SOB, vitals stable.", "patient"),
    ("{title} {last} ambulated in the hall with PT, tolerated well.", "patient"),
    ("{last}, {first} - admitted from the ED for chest pain, trop neg x2.", "patient"),
    ("Discussed plan of care with {title} {last} and {pron} family at bedside.", "patient"),
    ("{kin} {first} in to visit this evening, updated on plan by RN.", "relative"),
    ("Spoke with {kin} {first} {last} by phone re: code status.", "relative"),
    ("Pt's {kin}, {first}, called for an update at 2000.", "relative"),
    ("HCP is {first} {last} ({kin}), aware of the transfer.", "relative"),
    ("Seen and examined by Dr. {last}; agree with the plan above.", "clinician"),
    ("Dr. {first} {last} from cardiology in to see pt, recs noted.", "clinician"),
    ("Per Dr {last}, hold heparin gtt until after the procedure.", "clinician"),
    ("Report given to {first} {last}, RN at 1900.", "clinician"),
    ("{first} {last}, MD", "clinician"),
    ("Case manager {first} {last} following for dispo planning.", "clinician"),
]

CUES: Dict[str, Dict[str, List[str]]] = {
    "female": {"title": ["Mrs.", "Ms."], "kin": ["daughter", "wife", "sister", "mother", "niece"],
               "pron": ["her"], "sex": ["F"]},
    "male": {"title": ["Mr."], "kin": ["son", "husband", "brother", "father", "nephew"],
             "pron": ["his"], "sex": ["M"]},
}
CASES = ("as_is", "upper", "lower")  # the case styles of ``synth.builder.apply_case``
