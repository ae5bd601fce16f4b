"""Helpers of the tests that run the spaCy project workflow (project.yml) in a scratch folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]


def copy_project(tmp_path: Path) -> Path:
    """A scratch copy of the project (project.yml, configs, scripts); the package comes from ROOT."""
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(ROOT / "project.yml", proj / "project.yml")
    shutil.copytree(ROOT / "configs", proj / "configs")
    shutil.copytree(ROOT / "scripts", proj / "scripts")
    return proj


def run_steps(proj: Path, steps: Sequence[str], overrides: Sequence[str], timeout: int = 600) -> None:
    """``spacy project run STEP`` for each step, one thread, offline; fails with the output's tail."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1")
    for step in steps:
        res = subprocess.run([sys.executable, "-m", "spacy", "project", "run", step, str(proj), *overrides],
                             cwd=proj, env=env, capture_output=True, text=True, timeout=timeout)
        assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
