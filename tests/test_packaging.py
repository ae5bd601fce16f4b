"""Whole-pipeline wheels (issue 11, item 3): the default pipeline, assembled and packaged with
``spacy package``, installs into a fresh virtual environment and de-identifies there, offline,
loaded by name."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd, **kw):
    res = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert res.returncode == 0, (cmd, res.stdout[-2000:], res.stderr[-2000:])
    return res.stdout


SPANISH_MODEL = ROOT / "spacy_deid" / "models" / "deid_cnn_es"
MULTI_MODEL = ROOT / "spacy_deid" / "models" / "deid_cnn_multi"
CASES = {
    "en": ("default", ["phi_patterns", "phi_lexicon", "phi_fine_labels", "deid_redactor"],
           "Seen by Dr. Okonkwo on 03/14/2021, call 617-555-0142. GCS 15/15.",
           re.escape("Seen by Dr. [DOCTOR] on [DATE], call [PHONE]. GCS 15/15.")),
    "es": (str(SPANISH_MODEL), ["ner", "phi_patterns", "deid_redactor"],
           "Nombre: Lucía Ferrández Oyarzábal. Ingreso: 14 de marzo de 2021. Tel: 612 345 678.",
           r"Nombre: \[(PATIENT|DOCTOR)\]\. Ingreso: \[DATE\]\. Tel: \[PHONE\]\."),
    # the multilingual wheel: its rules read every language's month names until told the notes' language
    "xx": (str(MULTI_MODEL), ["ner", "phi_patterns", "deid_redactor"],
           "Patientin: Frau Hildegard Brünnhofer, aufgenommen am 14. März 2021.",
           r"Patientin: Frau \[(PATIENT|DOCTOR)\], aufgenommen am \[DATE\]\."),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(CASES))
def test_default_pipeline_wheel_in_a_fresh_venv(tmp_path, lang):
    model, last_pipes, note, expected = CASES[lang]
    env = dict(os.environ, HF_HUB_OFFLINE="1", PIP_NO_INDEX="1")
    _run([sys.executable, ROOT / "scripts" / "assemble_pipeline.py", model, tmp_path / "pipe",
          "--name", "deid_testpkg"], env=env)
    (tmp_path / "pkgs").mkdir()
    _run([sys.executable, "-m", "spacy", "package", tmp_path / "pipe", tmp_path / "pkgs",
          "--name", "deid_testpkg", "--version", "0.0.1", "--build", "wheel", "--force"], env=env)
    wheels = list((tmp_path / "pkgs").rglob("*.whl"))
    assert len(wheels) == 1 and wheels[0].name.startswith(f"{lang}_deid_testpkg-0.0.1")

    # a fresh venv; its dependencies (spaCy, spacy-deid) come from this environment through a
    # .pth file, so nothing is downloaded; the wheel itself is installed into the new venv only
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv])
    py = venv / "bin" / "python"
    site_new = _run([py, "-c", "import site; print(site.getsitepackages()[0])"]).strip()
    site_here = next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    Path(site_new, "_deps.pth").write_text(f"import site; site.addsitedir({site_here!r})\n", encoding="utf-8")
    _run([py, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheels[0]], env=env)
    script = textwrap.dedent(f"""
        import spacy, {lang}_deid_testpkg as pkg
        assert "/venv/" in pkg.__file__, pkg.__file__
        nlp = spacy.load("{lang}_deid_testpkg")
        assert nlp.pipe_names[-{len(last_pipes)}:] == {last_pipes!r}, nlp.pipe_names
        print(nlp({note!r})._.deidentified)
    """)
    out = _run([py, "-c", script], env=env, cwd=tmp_path)
    assert re.fullmatch(expected, out.strip()), out
