"""Whole-pipeline wheels (issue 11, item 3): the default pipeline, assembled and packaged with
``spacy package``, installs into a fresh virtual environment and de-identifies there, offline,
loaded by name."""
from __future__ import annotations

import os
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


@pytest.mark.slow
def test_default_pipeline_wheel_in_a_fresh_venv(tmp_path):
    env = dict(os.environ, HF_HUB_OFFLINE="1", PIP_NO_INDEX="1")
    _run([sys.executable, ROOT / "scripts" / "assemble_pipeline.py", "default", tmp_path / "pipe",
          "--name", "deid_testpkg"], env=env)
    (tmp_path / "pkgs").mkdir()
    _run([sys.executable, "-m", "spacy", "package", tmp_path / "pipe", tmp_path / "pkgs",
          "--name", "deid_testpkg", "--version", "0.0.1", "--build", "wheel", "--force"], env=env)
    wheels = list((tmp_path / "pkgs").rglob("*.whl"))
    assert len(wheels) == 1 and wheels[0].name.startswith("en_deid_testpkg-0.0.1")

    # a fresh venv; its dependencies (spaCy, spacy-deid) come from this environment through a
    # .pth file, so nothing is downloaded; the wheel itself is installed into the new venv only
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv])
    py = venv / "bin" / "python"
    site_new = _run([py, "-c", "import site; print(site.getsitepackages()[0])"]).strip()
    site_here = next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    Path(site_new, "_deps.pth").write_text(f"import site; site.addsitedir({site_here!r})\n", encoding="utf-8")
    _run([py, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheels[0]], env=env)
    script = textwrap.dedent("""
        import spacy, en_deid_testpkg
        assert "/venv/" in en_deid_testpkg.__file__, en_deid_testpkg.__file__
        nlp = spacy.load("en_deid_testpkg")
        assert nlp.pipe_names[-4:] == ["phi_patterns", "phi_lexicon", "phi_fine_labels", "deid_redactor"], nlp.pipe_names
        print(nlp("Seen by Dr. Okonkwo on 03/14/2021, call 617-555-0142. GCS 15/15.")._.deidentified)
    """)
    out = _run([py, "-c", script], env=env, cwd=tmp_path)
    assert out.strip() == "Seen by Dr. [DOCTOR] on [DATE], call [PHONE]. GCS 15/15."
