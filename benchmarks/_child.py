"""Run one benchmark case in a child process, so that its peak RSS is its own.

The child prints ``@@RESULT@@`` and its JSON result as the last thing it writes; the parent reads
it back, or a one-line reason when the child failed."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any, Dict, List, Union

MARK = "@@RESULT@@"


def emit(result: Dict[str, Any]) -> None:
    """In the child: hand ``result`` to the parent."""
    print(MARK + json.dumps(result))


def run_child(script: str, args: List[str]) -> Union[Dict[str, Any], str]:
    """In the parent: ``python script *args`` with one BLAS thread; its result, or why it failed."""
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, env=env)
    found = re.search(re.escape(MARK) + r"(.*)$", proc.stdout, re.M)
    if proc.returncode != 0 or not found:
        tail = proc.stderr.strip().splitlines()[-1:] if proc.stderr else ["no output"]
        return f"failed: {' '.join(tail)}"
    return json.loads(found.group(1))
