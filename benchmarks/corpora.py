"""The evaluation corpora of ``../shared/corpora`` that our readers understand.

Only the parts that may be used for evaluation are listed (MEDDOCAN: the test split).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict

ROOT = Path(__file__).resolve().parent.parent
CORPORA_DIR = ROOT.parent / "shared" / "corpora"


@dataclass(frozen=True)
class Corpus:
    name: str
    path: str  # relative to the corpora folder
    fmt: str
    lang: str
    reader_kwargs: tuple = ()


CORPORA: Dict[str, Corpus] = {
    c.name: c
    for c in (
        Corpus("physionet", "physionet-deid", "physionet", "en"),
        Corpus("grascco", "grascco-phi-de/grascco_phi_annotation_json", "uima-cas", "de", (("lang", "de"),)),
        Corpus("meddocan-test", "meddocan/test/brat", "brat", "es", (("lang", "es"),)),
        Corpus("aicup", "aicup2020-zh-medical-dialogue-deid/train.txt", "aicup", "zh"),
        # AI CUP scored as labels.md says: without its "time" spans that hold no calendar element
        # ("前天", "三年": no PHI), with titles out of names ("王醫師" -> "王") and without contacts
        # that hold no number, address or link ("LINE", "mail": a medium, not a contact)
        Corpus("aicup-labels", "aicup2020-zh-medical-dialogue-deid/train.txt", "aicup", "zh",
               (("calendar_times_only", True), ("names_without_titles", True), ("contact_values_only", True))),
        Corpus("presidio-synth", "presidio-research-synth/synth_dataset_v2.json", "presidio-synth", "en"),
    )
}
