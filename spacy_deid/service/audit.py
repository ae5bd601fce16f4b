"""The audit log: one JSON line per request, written after the answer, saying who asked, when,
for what, how many notes and spans per label, and the request id. Never a note, a body, a
header value or a token."""
from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any, Dict, Optional

AUDIT_LOGGER = "spacy_deid.audit"


def audit_logger(path: Optional[str] = None) -> logging.Logger:
    """The audit logger, writing plain lines to ``path`` or standard error (set up once)."""
    log = logging.getLogger(AUDIT_LOGGER)
    if not log.handlers:
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8") if path else logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False  # not into the application's logs
    return log


def audit_line(*, request_id: str, who: Optional[str], method: str, route: str, status: int,
               started: float, record: Dict[str, Any]) -> str:
    """``record``: what the route counted (``notes``, ``failed``, ``spans`` per label)."""
    line = {
        "ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "request_id": request_id,
        "who": who or "-",
        "method": method,
        "route": route,
        "status": status,
        "ms": round((time.monotonic() - record.get("_t0", time.monotonic())) * 1000, 1),
    }
    for key in ("notes", "failed", "spans"):
        if key in record:
            line[key] = record[key]
    return json.dumps(line, sort_keys=False)
