"""Shared fixtures: real spaCy pipelines built with our components."""
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "assets" / "sample_notes"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def rules_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor")
    return nlp
