"""``spacy-deid serve`` in process (FastAPI's TestClient over the real ASGI app and real
pipelines): authentication, both request forms, per-request operators, limits, errors that
never quote a note, the audit log, and notes that fail closed."""
from __future__ import annotations

import json
import time
import warnings

import pytest
import spacy
from spacy.language import Language

pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from spacy_deid.service.app import create_app
from spacy_deid.service.auth import TOKENS_ENV, TokenChecker, TokenError, load_tokens, token_id
from spacy_deid.service.settings import ServiceSettings

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NOTE = "Pt John Smith, SSN 123-45-6789, call 617-555-0199, seen 03/14/2021 by Dr. Paul Kim."
RULE_PHI = ["123-45-6789", "617-555-0199", "03/14/2021"]
NAMES = ["John Smith", "Paul Kim"]


@Language.component("test_service_boom")
def _boom(doc):
    """Raises on notes that say BOOM: a component failing on one note."""
    if "BOOM" in doc.text:
        raise RuntimeError(f"failed on {doc.text}")  # a careless message that quotes the note
    return doc


@Language.component("test_service_slow")
def _slow(doc):
    if "SLOW" in doc.text:
        time.sleep(4.0)  # well over the fixture's timeout, which leaves a slow machine room for the rest
    return doc


def _rules(*extra: str):
    nlp = spacy.blank("en")
    for name in extra:
        nlp.add_pipe(name)
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("deid_redactor")
    return nlp


def _client(tmp_path, nlp, **settings):
    audit = tmp_path / "audit.log"
    import logging

    log = logging.getLogger("spacy_deid.audit")
    for h in list(log.handlers):  # each test its own audit file
        log.removeHandler(h)
    app = create_app(ServiceSettings(model="test", audit_log=str(audit), **settings), [TOKEN], nlp=nlp)
    client = TestClient(app)
    client.__enter__()
    for _ in range(200):
        if client.get("/ready").status_code != 503:
            break
        time.sleep(0.05)
    return client, app, audit


@pytest.fixture
def rules_client(tmp_path):
    client, app, audit = _client(tmp_path, _rules("test_service_boom", "test_service_slow"), timeout_s=1.5)
    yield client, app, audit
    client.__exit__(None, None, None)


def _no_phi(body: str, values) -> None:
    for value in values:
        assert value not in body, f"{value!r} in the answer"


def test_no_or_wrong_token_is_401_before_the_body_is_read(rules_client):
    client, _, audit = rules_client
    for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": "Bearer "}):
        r = client.post("/deidentify", json={"text": NOTE}, headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        _no_phi(r.text, RULE_PHI + NAMES)
    # a malformed body without a token is not even parsed: 401, not 422
    r = client.post("/deidentify", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 401
    lines = [json.loads(ln) for ln in audit.read_text().splitlines()]
    refused = [ln for ln in lines if ln["status"] == 401]
    assert len(refused) == 5 and all("notes" not in ln and ln["who"] == "-" for ln in refused)


def test_one_note_and_a_batch_are_deidentified(rules_client):
    client, _, _ = rules_client
    r = client.post("/deidentify", json={"text": NOTE}, headers=AUTH)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["deidentified"].startswith("Pt John Smith, SSN [SSN], call [PHONE], seen [DATE]")
    assert {s["label"] for s in body["spans"]} == {"SSN", "PHONE", "DATE"}
    assert [NOTE[s["start"]:s["end"]] for s in body["spans"]] == RULE_PHI
    assert r.headers["x-request-id"] == body["request_id"]
    r = client.post("/deidentify", json={"notes": [{"id": "a", "text": NOTE}, {"text": "SSN 987-65-4321"}],
                                         "mode": "mask"}, headers=AUTH)
    notes = r.json()["notes"]
    assert [n["id"] for n in notes] == ["a", "1"] and r.json()["failed"] == 0
    _no_phi(r.text, RULE_PHI + ["987-65-4321"])
    assert notes[1]["deidentified"] == "SSN ***********"


def test_detect_answers_spans_only(rules_client):
    client, _, _ = rules_client
    r = client.post("/detect", json={"text": NOTE}, headers=AUTH)
    body = r.json()
    assert r.status_code == 200 and "deidentified" not in body
    assert [NOTE[s["start"]:s["end"]] for s in body["spans"]] == RULE_PHI
    _no_phi(r.text, RULE_PHI)


def test_caller_chooses_mode_and_operators_within_the_servers_policies(rules_client):
    client, _, _ = rules_client
    r = client.post("/deidentify", json={"text": NOTE, "mode": "redact", "operators": {"date": "keep"}}, headers=AUTH)
    assert r.status_code == 200
    out = r.json()["deidentified"]
    assert "03/14/2021" in out and "123-45-6789" not in out and "[SSN]" not in out
    for bad, why in (({"mode": "keep"}, "keep"), ({"mode": "shout"}, "shout"),
                     ({"operators": {"FOO": "tag"}}, "FOO"), ({"mode": "surrogate"}, "SPACY_DEID_KEY"),
                     ({"mode": "hash"}, "key")):
        r = client.post("/deidentify", json={"text": NOTE, **bad}, headers=AUTH)
        assert r.status_code == 422 and why in r.json()["error"], (bad, r.text)
        _no_phi(r.text, RULE_PHI + NAMES)


def test_surrogates_are_consistent_for_one_patient_across_requests(tmp_path, monkeypatch):
    from spacy_deid.pipelines import load_pipeline

    monkeypatch.setenv("SPACY_DEID_KEY", "service-test-key")
    client, _, _ = _client(tmp_path, load_pipeline("lexicon"))
    try:
        answers = []
        for text in ("Seen by Dr. Paul Kim on 03/14/2021.", "Dr. Paul Kim called; SSN 123-45-6789."):
            r = client.post("/deidentify", json={"notes": [{"text": text, "meta": {"patient": "p1"}}],
                                                 "mode": "surrogate"}, headers=AUTH)
            assert r.status_code == 200, r.text
            answers.append(r.json()["notes"][0]["deidentified"])
        _no_phi(" ".join(answers), ["Paul Kim", "123-45-6789", "03/14/2021"])
        first = answers[0].split("Dr. ")[1].split(" on ")[0]
        assert first in answers[1]  # same person, same surrogate, in another request
    finally:
        client.__exit__(None, None, None)


def test_the_default_pipeline_is_served(tmp_path):
    from spacy_deid.pipelines import load_pipeline

    client, _, _ = _client(tmp_path, load_pipeline("default"))
    try:
        r = client.post("/deidentify", json={"text": NOTE}, headers=AUTH)
        assert r.status_code == 200
        _no_phi(r.text, RULE_PHI + NAMES)
        assert r.json()["deidentified"].startswith("Pt [PATIENT], SSN [SSN]")
    finally:
        client.__exit__(None, None, None)


def test_limits_answer_413(tmp_path):
    client, _, _ = _client(tmp_path, _rules(), max_body_bytes=2000, max_notes=3, max_note_chars=300)
    try:
        r = client.post("/deidentify", json={"text": NOTE * 40}, headers=AUTH)
        assert r.status_code == 413 and "body larger than 2000" in r.json()["error"]
        r = client.post("/deidentify", json={"notes": [{"text": "a"}] * 4}, headers=AUTH)
        assert r.status_code == 413 and "at most 3" in r.json()["error"]
        r = client.post("/deidentify", json={"notes": [{"text": "a"}, {"text": NOTE * 4}]}, headers=AUTH)
        assert r.status_code == 413 and "note 1" in r.json()["error"]
        _no_phi(r.text, RULE_PHI + NAMES)
        # a body sent in pieces without Content-Length is counted as it comes
        r = client.post("/deidentify", content=(b"x" * 1000 for _ in range(3)),
                        headers={**AUTH, "content-type": "application/json"})
        assert r.status_code == 413
    finally:
        client.__exit__(None, None, None)


def test_bad_requests_never_quote_the_note(rules_client):
    client, _, audit = rules_client
    bad = [
        b'{"text": "' + NOTE.encode() + b'"',  # truncated JSON
        json.dumps({"text": NOTE, "extra": NOTE}).encode(),  # unknown field
        json.dumps({"text": [NOTE]}).encode(),  # wrong type
        json.dumps({"notes": [{"text": 5, "id": NOTE}]}).encode(),
        json.dumps({"text": NOTE, "notes": [{"text": NOTE}]}).encode(),  # both forms
        json.dumps({"text": NOTE, "operators": {"NAME": ["x"]}}).encode(),
        NOTE.encode(),  # not JSON at all
        b"\xff\xfe" + NOTE.encode("utf-16-le"),
    ]
    for body in bad:
        r = client.post("/deidentify", content=body, headers={**AUTH, "content-type": "application/json"})
        assert r.status_code == 422, (body[:30], r.status_code)
        _no_phi(r.text, RULE_PHI + NAMES + ["Pt John"])
        assert r.json()["problems"]
    log = audit.read_text()
    _no_phi(log, RULE_PHI + NAMES + [TOKEN])


def test_a_note_that_fails_is_withheld_never_returned(rules_client):
    client, _, audit = rules_client
    r = client.post("/deidentify", json={"notes": [{"text": NOTE}, {"text": "BOOM " + NOTE}, {"text": "SSN 987-65-4321"}]},
                    headers=AUTH)
    body = r.json()
    assert r.status_code == 200 and body["failed"] == 1
    failed = body["notes"][1]
    assert set(failed) == {"id", "error"} and "RuntimeError" in failed["error"]
    assert body["notes"][2]["deidentified"] == "SSN [SSN]"
    _no_phi(r.text, RULE_PHI + ["987-65-4321", "BOOM"])
    r = client.post("/deidentify", json={"text": "BOOM " + NOTE}, headers=AUTH)
    assert r.status_code == 500 and "withheld" in r.json()["error"]
    _no_phi(r.text, RULE_PHI + ["BOOM"])
    _no_phi(audit.read_text(), RULE_PHI + NAMES + ["BOOM"])


def test_a_request_over_its_time_gets_504_and_the_worker_goes_on(rules_client):
    client, _, _ = rules_client
    r = client.post("/deidentify", json={"text": "SLOW " + NOTE}, headers=AUTH)
    assert r.status_code == 504 and "no output" in r.json()["error"]
    _no_phi(r.text, RULE_PHI)
    time.sleep(3.0)  # the slow note finishes in the background; its result is dropped
    r = client.post("/deidentify", json={"text": NOTE}, headers=AUTH)
    assert r.status_code == 200 and "[SSN]" in r.json()["deidentified"]


def test_too_many_waiting_requests_get_503(rules_client):
    client, app, _ = rules_client
    app.pending = app.settings.max_pending  # as if that many were waiting in this worker
    try:
        r = client.post("/deidentify", json={"text": NOTE}, headers=AUTH)
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
    finally:
        app.pending = 0


def test_audit_log_says_who_what_and_how_many_never_the_text(rules_client):
    client, _, audit = rules_client
    client.post("/deidentify", json={"notes": [{"text": NOTE}, {"text": "SSN 987-65-4321"}]},
                headers={**AUTH, "X-Request-ID": "job-42.a"})
    client.post("/deidentify", json={"text": NOTE}, headers={**AUTH, "X-Request-ID": "Pt John Smith"})
    client.post(f"/deidentify/{NOTE}", json={"text": NOTE}, headers=AUTH)  # a made-up path
    lines = [json.loads(ln) for ln in audit.read_text().splitlines() if '"/ready"' not in ln]
    first = lines[0]
    assert first["request_id"] == "job-42.a" and first["who"] == token_id(TOKEN)
    assert first["notes"] == 2 and first["failed"] == 0 and first["spans"] == {"DATE": 1, "PHONE": 1, "SSN": 2}
    assert first["status"] == 200 and first["route"] == "/deidentify" and "ts" in first
    assert lines[1]["request_id"] != "Pt John Smith"  # an unsafe request id is replaced
    assert lines[2]["route"] == "<other>" and lines[2]["status"] == 404
    _no_phi(audit.read_text(), RULE_PHI + NAMES + [TOKEN, "Pt John"])


def test_health_ready_and_docs_need_no_token(rules_client):
    client, _, _ = rules_client
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").json()["ready"] is True
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/deidentify", "/detect", "/health", "/ready"} <= set(paths)


def test_a_pipeline_that_cannot_load_is_not_ready_and_does_no_work(tmp_path):
    import logging

    logging.getLogger("spacy_deid.audit").handlers.clear()
    app = create_app(ServiceSettings(model="no_such_pipeline_xyz", audit_log=str(tmp_path / "a.log")), [TOKEN])
    with TestClient(app) as client:
        for _ in range(100):
            r = client.get("/ready")
            if "failed" in r.json()["error"]:
                break
            time.sleep(0.05)
        assert r.status_code == 503 and "failed to load" in r.json()["error"]
        r = client.post("/deidentify", json={"text": NOTE}, headers=AUTH)
        assert r.status_code == 503
        _no_phi(r.text, RULE_PHI)


def test_tokens_come_from_the_environment_or_a_file_and_must_be_long(tmp_path):
    f = tmp_path / "tokens"
    f.write_text("# ops team\nfile-token-0123456789abc\n\n")
    tokens = load_tokens(str(f), {TOKENS_ENV: f"{TOKEN}, other-token-0123456789"})
    assert tokens == [TOKEN, "other-token-0123456789", "file-token-0123456789abc"]
    checker = TokenChecker(tokens)
    assert checker.identify(f"Bearer {TOKEN}") == token_id(TOKEN)
    assert checker.identify("bearer file-token-0123456789abc") == token_id("file-token-0123456789abc")
    assert checker.identify("Bearer file-token") is None and checker.identify(None) is None
    with pytest.raises(TokenError, match="no API token"):
        load_tokens(None, {})
    with pytest.raises(TokenError, match="shorter than 16"):
        load_tokens(None, {TOKENS_ENV: "short"})
    with pytest.raises(TokenError, match="cannot read"):
        load_tokens(str(tmp_path / "missing"), {})


def test_serve_refuses_to_start_without_tokens_or_on_a_public_address(monkeypatch):
    from typer.testing import CliRunner

    from spacy_deid.cli.main import app as cli

    runner = CliRunner()
    monkeypatch.delenv(TOKENS_ENV, raising=False)
    res = runner.invoke(cli, ["serve", "--model", "rules"])
    assert res.exit_code == 2 and "no API token" in res.output
    monkeypatch.setenv(TOKENS_ENV, TOKEN)
    res = runner.invoke(cli, ["serve", "--model", "rules", "--host", "0.0.0.0"])
    assert res.exit_code == 2 and "--allow-remote" in res.output and "TLS" in res.output


def test_huge_headers_get_431(rules_client):
    client, _, _ = rules_client
    r = client.post("/deidentify", json={"text": NOTE}, headers={**AUTH, "X-Junk": "a" * 20_000})
    assert r.status_code == 431
    assert client.get("/health", headers={"X-Junk": "a" * 20_000}).status_code == 431


def test_the_shared_listening_socket_is_tcp_so_nagle_is_off():
    """uvicorn issue #3149: the multi-worker socket came out with proto 0, asyncio left Nagle
    on, and every keep-alive request waited ~40 ms for a delayed ACK."""
    import socket

    import uvicorn

    from spacy_deid.cli.serve import tcp_listener

    config = uvicorn.Config("spacy_deid.service.app:app_from_env", factory=True, host="127.0.0.1", port=0)
    sock = tcp_listener(config)
    try:
        assert sock.proto == socket.IPPROTO_TCP and sock.getsockname()[0] == "127.0.0.1"
        sock.listen()  # the server does this in each worker
        client = socket.create_connection(sock.getsockname())
        conn, _ = sock.accept()
        assert conn.proto == socket.IPPROTO_TCP  # what asyncio checks before setting TCP_NODELAY
        conn.close()
        client.close()
    finally:
        sock.close()
