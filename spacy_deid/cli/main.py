"""Entry point of the ``spacy-deid`` console script: imports every command module.

Start-up stays short: commands that run a pipeline needing no torch or LLM start without them
(``_startup.light_start``).
"""
from __future__ import annotations

import importlib
import sys

from ._startup import is_cli_process, light_start

if is_cli_process():  # only the console script itself, never a program that imports this module
    light_start(sys.argv[1:])

from .app import app  # noqa: E402

# Each module registers its command(s) on ``app`` when imported. Modules written by later
# features are imported if present so that the CLI works at every stage of the project.
_COMMAND_MODULES = ("redact", "detect", "decrypt", "evaluate", "synth", "convert", "llm_annotate", "audit",
                    "serve", "spark")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"{__package__}.{_name}")
    except ModuleNotFoundError as err:  # pragma: no cover - only while a module is absent
        if err.name != f"{__package__}.{_name}":
            raise


def main() -> None:
    from ..files import exit_cleanly_on_sigterm

    exit_cleanly_on_sigterm()  # a stopped job leaves no hidden .tmp files
    app()


if __name__ == "__main__":
    main()
