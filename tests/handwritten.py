"""Notes written by hand for the tests, one file a note under ``tests/data/handwritten/``, with the
PHI marked as Markdown links: ``[Klaus Brandstätter](PATIENT)``. They are written in other words
than the synthetic generators use (and read no corpus), so they check what the generators do not."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List

FOLDER = Path(__file__).parent / "data" / "handwritten"
_MARK = re.compile(r"\[([^\]]+)\]\(([A-Z_]+)\)")


def parse(marked: str) -> Dict[str, Any]:
    """The plain text and its gold spans."""
    text, spans, pos = [], [], 0
    out_len = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        out_len += len(before)
        spans.append({"start": out_len, "end": out_len + len(m.group(1)), "label": m.group(2)})
        text.append(m.group(1))
        out_len += len(m.group(1))
        pos = m.end()
    text.append(marked[pos:])
    return {"text": "".join(text), "spans": spans}


def load(name: str) -> Dict[str, Any]:
    record = parse((FOLDER / f"{name}.md").read_text(encoding="utf-8"))
    record["id"] = name
    record["meta"] = {"lang": name.split("_")[0]}
    return record


def names() -> List[str]:
    return sorted(p.stem for p in FOLDER.glob("*.md"))
