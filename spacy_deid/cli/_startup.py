"""A short start-up for commands that run a pipeline without torch or an LLM.

spaCy imports every factory that any installed package registers through entry points whenever it
creates a pipeline, so spacy-transformers (torch), spacy-llm (transformers), presidio and our own
``phi_llm`` would load for a rules-and-CNN run, costing seconds. The built-in pipelines
(``--model`` default, lexicon or rules, or none) use only spaCy's and spacy-deid's own factories:
for them this module keeps torch out of the process and loads only spacy-deid's entry points
(without ``phi_llm``). Any other model (a path, a package) and ``llm-annotate`` start normally.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

LIGHT_MODELS = ("default", "lexicon", "rules")
HEAVY_COMMANDS = ("llm-annotate",)
OWN_DISTRIBUTION = "spacy-deid"
HEAVY_FACTORIES = ("phi_llm",)


def is_cli_process() -> bool:
    """True when this process is the ``spacy-deid`` console script (or ``python -m spacy_deid``)."""
    exe = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("")
    if exe.name in ("spacy-deid", "spacy-deid.exe"):
        return True
    return exe.name in ("main.py", "__main__.py") and "spacy_deid" in exe.parts


def _model_arg(argv: List[str]) -> Optional[str]:
    for i, arg in enumerate(argv):
        if arg in ("--model", "-m") and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--model="):
            return arg.split("=", 1)[1]
    return None


def light_start(argv: List[str]) -> bool:
    """Keep torch and the heavy factories out when the command cannot need them; True if so."""
    if "torch" in sys.modules or any(a in HEAVY_COMMANDS for a in argv):
        return False
    model = _model_arg(argv)
    if model is not None and model not in LIGHT_MODELS:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" now raises ImportError
    import spacy.util

    registry = spacy.util.registry._entry_point_factories
    get = registry._get_entry_points

    def light_entry_points():
        out = []
        for ep in get():
            dist = (getattr(getattr(ep, "dist", None), "name", "") or "").lower().replace("_", "-")
            if dist != OWN_DISTRIBUTION or ep.name in HEAVY_FACTORIES:
                continue
            out.append(ep)
        return out

    registry._get_entry_points = light_entry_points
    return True
