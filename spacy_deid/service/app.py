"""The routes of ``spacy-deid serve``: ``POST /deidentify``, ``POST /detect``, ``GET /health``,
``GET /ready`` and the OpenAPI docs, wrapped in :class:`~.guard.Guard`.

``create_app`` builds the service for a pipeline (tests, embedding); ``app_from_env`` is what
uvicorn's worker processes call (settings from ``SPACY_DEID_SERVE_SETTINGS``, tokens from
``SPACY_DEID_API_TOKENS`` or the token file).
"""
import asyncio
import threading
from contextlib import asynccontextmanager
from typing import Any, Dict, List, Optional, Union

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from .. import __version__
from .audit import audit_logger
from .auth import TokenChecker, load_tokens
from ..runner import DeidInput, DeidResult
from .engine import Cancelled, ServiceEngine, span_counts
from .guard import Guard, error_body
from .schemas import BatchOut, DeidRequest, ErrorOut, SingleOut
from .settings import ServiceSettings

ERRORS = {code: {"model": ErrorOut} for code in (401, 408, 413, 422, 500, 503, 504)}


def _error(status: int, message: str, request_id: str, headers: Optional[Dict[str, str]] = None):
    return Response(error_body(status, message, request_id), status_code=status,
                    media_type="application/json", headers=headers)


def _span_dicts(res: DeidResult) -> List[Dict[str, Any]]:
    return [s.to_dict() for s in res.spans or []]


def create_app(settings: ServiceSettings, tokens: List[str], nlp=None, engine: Optional[ServiceEngine] = None):
    """The ASGI app: FastAPI routes behind the guard. ``nlp``: serve this pipeline instead of
    loading ``settings.model``."""
    engine = engine or ServiceEngine(settings, nlp=nlp)

    @asynccontextmanager
    async def lifespan(_app):
        engine.start()
        yield
        engine.executor.shutdown(wait=False, cancel_futures=True)

    api = FastAPI(title="spacy-deid", version=__version__, lifespan=lifespan,
                  description="Find protected health information in clinical notes and remove it. "
                              "Every route but /health, /ready and the docs needs 'Authorization: Bearer <token>'.")

    @api.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # FastAPI's own 422 body quotes the offending input (a note!): say where and what only
        problems = [{"loc": [str(p)[:40] for p in e.get("loc", ())], "msg": str(e.get("msg", ""))[:200],
                     "type": e.get("type", "")} for e in exc.errors()[:20]]
        body = {"error": "invalid request", "status": 422, "request_id": request.state.request_id,
                "problems": problems}
        return JSONResponse(body, status_code=422)

    @api.get("/health")
    async def health() -> Dict[str, str]:
        """Liveness: the process answers (the model may still be loading; see /ready)."""
        return {"status": "ok"}

    @api.get("/ready", responses={503: {"model": ErrorOut}})
    async def ready(request: Request):
        """Readiness: the pipeline is loaded and has processed a note."""
        if engine.ready:
            return {"ready": True, "model": settings.model, "version": __version__}
        return _error(503, engine.not_ready_reason, request.state.request_id, {"Retry-After": "2"})

    async def work(req: DeidRequest, request: Request, redact: bool):
        rid = request.state.request_id
        record = request.state.audit
        if not engine.ready and engine.loading is not None and not engine.loading.done():
            try:  # a request that comes while the pipeline loads waits for it (within its time)
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(engine.loading)), settings.timeout_s)
            except asyncio.TimeoutError:
                pass
        if not engine.ready:
            return _error(503, engine.not_ready_reason, rid, {"Retry-After": "2"})
        notes = req.note_list()
        record["notes"] = len(notes)
        if len(notes) > settings.max_notes:
            return _error(413, f"{len(notes)} notes in one request; at most {settings.max_notes}", rid)
        for i, note in enumerate(notes):
            if len(note.text) > settings.max_note_chars:
                return _error(413, f"note {i} has {len(note.text)} characters; at most {settings.max_note_chars}", rid)
        try:
            redaction = engine.redaction_settings(req.mode, req.operators) if redact else None
        except ValueError as err:
            return _error(422, str(err), rid)
        jobs = []
        for i, note in enumerate(notes):
            group = note.meta.get(req.group_key) if isinstance(note.meta, dict) else None
            jobs.append(DeidInput(note.text, None if group is None else str(group),
                                  note.id if note.id is not None else str(i)))
        cancel = threading.Event()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(engine.executor, lambda: engine.run(jobs, redact=redact, settings=redaction, cancel=cancel))
        try:
            results = await asyncio.wait_for(future, timeout=settings.timeout_s)
        except (asyncio.TimeoutError, Cancelled):
            cancel.set()  # the worker thread stops at its next batch; nothing is returned
            return _error(504, f"not done within {settings.timeout_s:g} s; no output", rid)
        except Exception as err:  # fail closed: nothing of the request is returned
            return _error(500, f"processing failed ({type(err).__name__}); no output", rid)
        failed = sum(1 for r in results if r.error)
        record["failed"], record["spans"] = failed, span_counts(results)
        if req.notes is None:
            res = results[0]
            if res.error:
                return _error(500, f"{res.error}; the note's output is withheld", rid)
            body: Dict[str, Any] = {"request_id": rid, "spans": _span_dicts(res)}
            if redact:
                body["deidentified"] = res.text
            return body
        out = []
        for res in results:
            item: Dict[str, Any] = {"id": res.context}
            if res.error:
                item["error"] = f"{res.error}; output withheld"
            else:
                item["spans"] = _span_dicts(res)
                if redact:
                    item["deidentified"] = res.text
            out.append(item)
        return {"request_id": rid, "notes": out, "failed": failed}

    @api.post("/deidentify", response_model=Union[SingleOut, BatchOut], response_model_exclude_none=True,
              responses=ERRORS)
    async def deidentify(req: DeidRequest, request: Request):
        """De-identify one note (``text``) or a batch (``notes``). A note that cannot be processed
        is answered with an ``error`` and no text (a single note: status 500)."""
        return await work(req, request, redact=True)

    @api.post("/detect", response_model=Union[SingleOut, BatchOut], response_model_exclude_none=True,
              responses=ERRORS)
    async def detect(req: DeidRequest, request: Request):
        """PHI spans only (start, end, label, score, source), under the server's policies."""
        return await work(req, request, redact=False)

    return Guard(api, settings, TokenChecker(tokens), audit_logger(settings.audit_log))


def app_from_env():
    """uvicorn's factory in each worker process."""
    settings = ServiceSettings.from_env()
    return create_app(settings, load_tokens(settings.token_file))
