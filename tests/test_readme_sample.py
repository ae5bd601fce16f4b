"""The README's sample output: the default pipeline on the built-in sample notes tags the PHI
and leaves scores, ratios, vitals, doses and eponyms alone."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import load_pipeline

from conftest import SAMPLES


@pytest.fixture(scope="module")
def out() -> str:
    nlp = load_pipeline("default")
    return nlp((SAMPLES / "discharge_summary.txt").read_text(encoding="utf-8"))._.deidentified


@pytest.mark.parametrize("kept", ["GCS 15/15", "BP 132/84", "Grade 2/6", "Pain 2/10", "Parkinson disease",
                                  "SpO2 91% on RA", "HR 96", "1 g IV q24h", "Foley removed"])
def test_clinical_values_are_no_phi(out, kept):
    assert kept in out


def test_the_names_and_dates_are_tagged(out):
    assert "Ms. [PATIENT] is a [AGE]-year-old" in out
    assert "presented to [HOSPITAL] Hospital ED on [DATE]" in out
