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


@pytest.fixture(scope="session")
def default_en():
    """The shipped default English pipeline (CNN NER, rules, lexicon, fine labels, redactor)."""
    from spacy_deid.pipelines import load_pipeline

    return load_pipeline("default", "en")


@pytest.fixture(scope="session")
def labels_over():
    """``labels_over(nlp, text, value)``: the coarse labels of the predicted spans over ``value``'s
    first occurrence in ``text`` (empty when nothing covers it)."""
    from spacy_deid.evaluation.predict import doc_predictions
    from spacy_deid.labels import to_coarse

    def labels(nlp, text: str, value: str):
        start = text.index(value)
        end = start + len(value)
        return {to_coarse(p.label) for p in doc_predictions(nlp(text)) if p.start < end and start < p.end}

    return labels


@pytest.fixture(scope="session")
def found_in():
    """``found_in(nlp, text, word)``: a predicted span covers ``word``'s first occurrence in ``text``
    and the redacted text no longer shows it."""

    def found(nlp, text: str, word: str) -> bool:
        doc = nlp(text)
        start = text.index(word)
        return (any(s.start <= start and start + len(word) <= s.end for s in doc._.phi)
                and word not in doc._.deidentified)

    return found
