"""The PHI label scheme of ``shared/spec/labels.md``: fine labels, coarse categories, HIPAA items.

Every reader, writer, component and scorer maps its labels through this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, Optional


@dataclass(frozen=True)
class LabelInfo:
    """One fine-grained label: its coarse category and HIPAA Safe Harbor item (None if not one)."""

    fine: str
    coarse: str
    hipaa: Optional[str]


_TABLE = [
    ("PATIENT", "NAME", "A"),
    ("DOCTOR", "NAME", "A"),
    ("USERNAME", "NAME", "A"),
    ("PROFESSION", "PROFESSION", None),
    ("HOSPITAL", "LOCATION", "B"),
    ("ORGANIZATION", "LOCATION", "B"),
    ("DEPARTMENT", "LOCATION", "B"),
    ("ROOM", "LOCATION", "B"),
    ("STREET", "LOCATION", "B"),
    ("CITY", "LOCATION", "B"),
    ("STATE", "LOCATION", "B"),
    ("COUNTRY", "LOCATION", "B"),
    ("ZIP", "LOCATION", "B"),
    ("LOCATION_OTHER", "LOCATION", "B"),
    ("AGE", "AGE", "C"),
    ("DATE", "DATE", "C"),
    ("PHONE", "CONTACT", "D"),
    ("FAX", "CONTACT", "E"),
    ("EMAIL", "CONTACT", "F"),
    ("URL", "CONTACT", "N"),
    ("IPADDR", "CONTACT", "O"),
    ("SSN", "ID", "G"),
    ("MEDICALRECORD", "ID", "H"),
    ("HEALTHPLAN", "ID", "I"),
    ("ACCOUNT", "ID", "J"),
    ("LICENSE", "ID", "K"),
    ("VEHICLE", "ID", "L"),
    ("DEVICE", "ID", "M"),
    ("BIOID", "ID", "P"),
    ("IDNUM", "ID", "R"),
]

FINE_LABELS: Dict[str, LabelInfo] = {f: LabelInfo(f, c, h) for f, c, h in _TABLE}
COARSE_LABELS: tuple = ("NAME", "PROFESSION", "LOCATION", "AGE", "DATE", "CONTACT", "ID")
ALL_LABELS: FrozenSet[str] = frozenset(FINE_LABELS) | frozenset(COARSE_LABELS)

HIPAA_ITEMS: Dict[str, str] = {
    "A": "names",
    "B": "geographic subdivisions smaller than a state",
    "C": "dates (except year) and ages over 89",
    "D": "telephone numbers",
    "E": "fax numbers",
    "F": "email addresses",
    "G": "social security numbers",
    "H": "medical record numbers",
    "I": "health plan beneficiary numbers",
    "J": "account numbers",
    "K": "certificate/license numbers",
    "L": "vehicle identifiers and serial numbers, including license plates",
    "M": "device identifiers and serial numbers",
    "N": "web URLs",
    "O": "IP addresses",
    "P": "biometric identifiers",
    "R": "any other unique identifying number, characteristic, or code",
}


def is_phi_label(label: str) -> bool:
    """True for any fine or coarse label of the scheme."""
    return label in ALL_LABELS


def to_coarse(label: str) -> str:
    """Map a fine or coarse label to its coarse category; raise ValueError for unknown labels."""
    if label in FINE_LABELS:
        return FINE_LABELS[label].coarse
    if label in COARSE_LABELS:
        return label
    raise ValueError(f"Unknown PHI label {label!r}; see spacy_deid.labels.ALL_LABELS")


def hipaa_item(label: str) -> Optional[str]:
    """The HIPAA Safe Harbor item letter of a fine label (None for coarse labels or non-Safe-Harbor)."""
    info = FINE_LABELS.get(label)
    return info.hipaa if info else None


def fine_labels_of(coarse: str) -> tuple:
    """All fine labels under one coarse category."""
    return tuple(f for f, i in FINE_LABELS.items() if i.coarse == coarse)
