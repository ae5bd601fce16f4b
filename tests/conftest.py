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


@pytest.fixture(scope="module")
def lexicon_nlp():
    """Rules, lexicon finders and the redactor: no trained model (one per test module, as the
    lexicon component remembers names per group)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_lexicon")
    nlp.add_pipe("deid_redactor")
    return nlp


@pytest.fixture(scope="session")
def lexicon():
    from spacy_deid.lexicons import load_lexicon

    return load_lexicon()


def run_script(*args: str, timeout: int = 600) -> str:
    """Run a script of the repository with this Python; its stdout (fails the test on exit != 0)."""
    import subprocess
    import sys

    res = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    return res.stdout


@pytest.fixture(scope="session")
def run():
    """``run("benchmarks/x.py", "--flag", ...)``: see ``run_script``."""
    return run_script
