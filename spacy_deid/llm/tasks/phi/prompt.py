"""Prompt of the ``spacy_deid.PHI.v1`` task: label definitions, few-shot examples, instructions.

The definitions restate ``shared/spec/labels.md``; the prompt asks for one ``LABEL: exact text``
line per PHI string so that even small local models can follow it, and forbids translation and
rewriting (the parser keeps only strings that occur in the note).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

from ....labels import ALL_LABELS, COARSE_LABELS, FINE_LABELS, to_coarse

EXAMPLES_PATH = Path(__file__).with_name("examples.jsonl")

# One line per label, following shared/spec/labels.md (i2b2 2014 conventions).
LABEL_DEFINITIONS: Dict[str, str] = {
    # coarse categories
    "NAME": "names of people: patients, relatives, friends, doctors, nurses, other staff; "
    "user ids and signature initials. Not titles (Dr., Mr.) and not eponyms (Parkinson disease).",
    "PROFESSION": "the patient's or a relative's job or occupation.",
    "LOCATION": "named places: hospitals, clinics, nursing homes, named wards and units, room and "
    "bed numbers, street addresses, cities, states, countries, zip codes, companies, schools, "
    "landmarks. Not generic places (the ICU, home, the ED).",
    "AGE": "a person's age: the number only (67 in 67-year-old).",
    "DATE": "dates and date parts: full dates, month and day, month and year, a year alone, "
    "holidays. Not times of day and not a weekday alone.",
    "CONTACT": "phone and fax numbers, email addresses, web URLs, IP addresses.",
    "ID": "identifying numbers and codes: medical record numbers, social security numbers, "
    "health plan, account, license, vehicle, device and serial numbers, accession and order numbers.",
    # fine labels
    "PATIENT": "names of the patient and of the patient's relatives, friends and contacts.",
    "DOCTOR": "names of any care-giver: physicians, nurses, therapists, pharmacists.",
    "USERNAME": "user ids, logins and signature initials.",
    "HOSPITAL": "hospitals, clinics, nursing homes.",
    "ORGANIZATION": "employers, schools, companies.",
    "DEPARTMENT": "named units and wards.",
    "ROOM": "room and bed numbers.",
    "STREET": "street addresses.",
    "CITY": "cities and towns.",
    "STATE": "states, provinces, regions.",
    "COUNTRY": "countries.",
    "ZIP": "postal codes.",
    "LOCATION_OTHER": "landmarks and other named places.",
    "PHONE": "telephone numbers.",
    "FAX": "fax numbers.",
    "EMAIL": "email addresses.",
    "URL": "web addresses.",
    "IPADDR": "IP addresses.",
    "SSN": "social security numbers and national ids.",
    "MEDICALRECORD": "medical record numbers.",
    "HEALTHPLAN": "health plan beneficiary numbers.",
    "ACCOUNT": "account numbers.",
    "LICENSE": "certificate and license numbers.",
    "VEHICLE": "vehicle identifiers and license plates.",
    "DEVICE": "device identifiers and serial numbers.",
    "BIOID": "biometric identifiers.",
    "IDNUM": "any other identifying number: accession numbers, order numbers.",
}
assert set(LABEL_DEFINITIONS) == set(ALL_LABELS)

DEFAULT_LABELS: Tuple[str, ...] = COARSE_LABELS

INSTRUCTIONS = """You find protected health information (PHI) in clinical notes.
List every PHI string of the NOTE, one per line: the label, a colon, then the exact text (NAME: <text>).
Rules:
- Copy each string exactly as it is written in the note, character for character.
- Never translate, correct, expand, abbreviate or rewrite anything.
- List only text that appears in the note. Do not explain.
- If the note has no PHI, answer NONE.
Labels:
{definitions}"""

# The language line of a prompt for notes in another language than English.
LANGUAGE_NAMES: Dict[str, str] = {"de": "German", "fr": "French", "it": "Italian", "es": "Spanish", "pt": "Portuguese",
                                  "ro": "Romanian", "tr": "Turkish", "ar": "Arabic", "zh": "Chinese (Traditional, Taiwan)"}
LANGUAGE_LINE = ("The notes are written in {language}, often with English words mixed in. Names, places and dates "
                 "are written the way {language} writes them: copy them in that script, never translated or romanised.")

FINAL_INSTRUCTION = (
    "Now the real note. List the PHI of this note only, never the examples' answers; "
    "if it has none, answer NONE."
)


@dataclass
class Example:
    """A few-shot example: a note and its PHI strings ``(label, text)``."""

    text: str
    answers: List[Tuple[str, str]] = field(default_factory=list)


def check_labels(labels: Sequence[str]) -> Tuple[str, ...]:
    """Upper-case, de-duplicate and validate labels (fine or coarse labels of the scheme)."""
    out: List[str] = []
    for label in labels:
        lab = label.strip().upper()
        if lab not in ALL_LABELS:
            raise ValueError(f"Unknown PHI label {label!r}; see spacy_deid.labels.ALL_LABELS")
        if lab not in out:
            out.append(lab)
    if not out:
        raise ValueError("The PHI task needs at least one label")
    return tuple(out)


def fit_label(label: str, labels: Sequence[str]) -> Optional[str]:
    """Map a scheme label onto the task's label set: itself, or its coarse category, or None."""
    if label in labels:
        return label
    if label in FINE_LABELS and to_coarse(label) in labels:
        return to_coarse(label)
    return None


def examples_path_for(lang: Optional[str]) -> Path:
    """The packaged few-shot examples of a language (``examples_<lang>.jsonl``), else the English ones."""
    if lang:
        own = EXAMPLES_PATH.with_name(f"examples_{lang}.jsonl")
        if own.is_file():
            return own
    return EXAMPLES_PATH


def read_examples(path: Union[str, Path, None] = None) -> List[Example]:
    """Read few-shot examples from JSONL: ``{"text": ..., "spans": [{"label": ..., "text": ...}]}``.

    ``spans`` may also hold ``start``/``end`` offsets instead of ``text`` (the document format of
    shared/spec/formats.md). ``path=None`` reads the packaged synthetic examples.
    """
    p = Path(path) if path else EXAMPLES_PATH
    examples: List[Example] = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            answers = []
            for sp in rec.get("spans", []):
                surface = sp["text"] if "text" in sp else text[sp["start"] : sp["end"]]
                answers.append((str(sp["label"]).upper(), surface))
        except (ValueError, KeyError, TypeError) as err:
            raise ValueError(f"{p}:{n}: not a valid example ({type(err).__name__})") from None
        examples.append(Example(text, answers))
    return examples


def _answer_block(answers: Iterable[Tuple[str, str]], labels: Sequence[str]) -> str:
    lines = []
    for label, surface in answers:
        fitted = fit_label(label, labels)
        if fitted is not None:
            lines.append(f"{fitted}: {surface}")
    return "\n".join(lines) if lines else "NONE"


def build_prompt(text: str, labels: Sequence[str], examples: Sequence[Example], lang: Optional[str] = None) -> str:
    """The full prompt for one text. Everything before the note is the same for every call, so
    backends that cache a prompt prefix (llama.cpp) evaluate it only once. ``lang``: the notes'
    language, named in the instructions when it is not English."""
    definitions = "\n".join(f"{lab}: {LABEL_DEFINITIONS[lab]}" for lab in labels)
    parts = [INSTRUCTIONS.format(definitions=definitions)]
    if lang and lang != "en":
        parts.append(LANGUAGE_LINE.format(language=LANGUAGE_NAMES.get(lang, lang)))
    for i, ex in enumerate(examples, 1):
        parts.append(
            f"Example {i}, note:\n{ex.text}\nExample {i}, answer:\n{_answer_block(ex.answers, labels)}"
        )
    parts.append(f"{FINAL_INSTRUCTION}\nNOTE:\n{text}\nANSWER:")
    return "\n\n".join(parts)
