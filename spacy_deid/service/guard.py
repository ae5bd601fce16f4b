"""The ASGI layer in front of every route: request id, bearer-token check, body size and body
time limits, a per-worker bound on waiting requests, and the audit line. It runs before FastAPI
reads the body, so a request without a valid token costs no parsing and no work.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple

from .audit import audit_line
from .auth import TokenChecker
from .settings import ServiceSettings

Scope = Dict[str, Any]
Receive = Callable[[], Awaitable[Dict[str, Any]]]
Send = Callable[[Dict[str, Any]], Awaitable[None]]

OPEN_ROUTES = ("/health", "/ready", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc")
WORK_ROUTES = ("/deidentify", "/detect")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def _header(scope: Scope, name: bytes) -> Optional[str]:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def error_body(status: int, message: str, request_id: str) -> bytes:
    return json.dumps({"error": message, "status": status, "request_id": request_id}).encode("utf-8")


class Guard:
    def __init__(self, app: Callable, settings: ServiceSettings, tokens: TokenChecker, audit: logging.Logger):
        self.app = app
        self.settings = settings
        self.tokens = tokens
        self.audit = audit
        self.pending = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, t0 = time.time(), time.monotonic()
        given = _header(scope, b"x-request-id")
        request_id = given if given and _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        record: Dict[str, Any] = {"_t0": t0}
        state = scope.setdefault("state", {})
        state["request_id"], state["audit"] = request_id, record
        path = scope.get("path", "")
        # the audit log names a route we know, never a path a client made up (it could hold PHI)
        route = path if path in OPEN_ROUTES or path in WORK_ROUTES else "<other>"
        status_box = [0]
        who: Optional[str] = None

        async def send_with_id(message: Dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-request-id"]
                message = {**message, "headers": headers + [(b"x-request-id", request_id.encode())]}
            await send(message)

        try:
            header_bytes = sum(len(k) + len(v) + 4 for k, v in scope.get("headers", []))
            if header_bytes > self.settings.max_header_bytes:
                await self._reply(send_with_id, 431, f"headers larger than {self.settings.max_header_bytes} bytes",
                                  request_id)
                return
            if path in OPEN_ROUTES:
                await self.app(scope, receive, send_with_id)
                return
            who = self.tokens.identify(_header(scope, b"authorization"))
            if who is None:
                await self._reply(send_with_id, 401, "missing or wrong bearer token", request_id,
                                  [(b"www-authenticate", b"Bearer")])
                return
            state["who"] = who
            if path in WORK_ROUTES and self.pending >= self.settings.max_pending:
                await self._reply(send_with_id, 503, "too many requests waiting; retry later", request_id,
                                  [(b"retry-after", b"1")])
                return
            body, problem = await self._read_body(scope, receive)
            if problem is not None:
                await self._reply(send_with_id, problem[0], problem[1], request_id)
                return
            self.pending += 1
            try:
                await self.app(scope, _replay(body, receive), send_with_id)
            finally:
                self.pending -= 1
        finally:
            self.audit.info(audit_line(request_id=request_id, who=who, method=scope.get("method", ""),
                                       route=route, status=status_box[0], started=started, record=record))

    async def _read_body(self, scope: Scope, receive: Receive) -> Tuple[bytes, Optional[Tuple[int, str]]]:
        limit = self.settings.max_body_bytes
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                return b"", (400, "bad Content-Length")
            if int(declared) > limit:
                return b"", (413, f"body larger than {limit} bytes")
        chunks: List[bytes] = []
        size = 0
        deadline = time.monotonic() + self.settings.body_timeout_s
        while True:
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                return b"", (408, f"body not received within {self.settings.body_timeout_s:g} s")
            if message["type"] == "http.disconnect":
                return b"", (499, "client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return b"", (413, f"body larger than {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None

    @staticmethod
    async def _reply(send: Send, status: int, message: str, request_id: str,
                     headers: Optional[List[Tuple[bytes, bytes]]] = None) -> None:
        body = error_body(status, message, request_id)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())] + (headers or [])})
        await send({"type": "http.response.body", "body": body})


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the buffered body once, then the client's own messages (its
    disconnect)."""
    sent = False

    async def replay() -> Dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
