"""The console script starts without torch or LLM libraries for the built-in pipelines."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          check=True).stdout


def test_light_start_keeps_torch_and_llm_out_of_the_default_pipeline():
    out = _run("""
        import sys
        from spacy_deid.cli._startup import light_start
        assert light_start(["redact", "notes/", "--out", "deid/"])
        from spacy_deid.pipelines import load_pipeline
        nlp = load_pipeline("default")
        doc = nlp("Seen by Dr. Okonkwo on 03/14/2021.")
        print(doc._.deidentified)
        print(sys.modules.get("torch") is None, "spacy_transformers" in sys.modules, "spacy_llm" in sys.modules)
    """)
    lines = out.strip().splitlines()
    assert lines[0] == "Seen by Dr. [DOCTOR] on [DATE]."
    assert lines[1] == "True False False"


def test_other_models_and_llm_commands_start_normally():
    out = _run("""
        from spacy_deid.cli._startup import light_start
        print(light_start(["redact", "x", "--model", "/some/trf/model"]), light_start(["llm-annotate", "x"]))
    """)
    assert out.strip() == "False False"


def test_importing_the_cli_module_changes_nothing():
    out = _run("""
        import sys
        import spacy_deid.cli.main
        print("torch" in sys.modules and sys.modules["torch"] is None)
    """)
    assert out.strip() == "False"
