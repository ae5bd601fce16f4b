"""The OpenAI-compatible backend against a tiny chat server started here on 127.0.0.1.

``FakeChatServer`` plays recorded answers (by note text and seed); the other test_llm_* files
import it to run the whole ``phi_llm`` component without a real model.
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Dict, List

import pytest

from spacy_deid.llm.models.openai_compat import OpenAICompatModel, check_endpoint, is_loopback_url


def note_of(prompt: str) -> str:
    """The note of a PHI prompt (the text after its last ``NOTE:``)."""
    return prompt.rsplit("NOTE:\n", 1)[1].rsplit("\nANSWER:", 1)[0]


class FakeChatServer:
    """``POST /v1/chat/completions`` answering ``answers[note][seed % len]`` (else ``NONE``)."""

    def __init__(self, answers: Dict[str, List[str]]):
        self.answers = answers
        self.requests: List[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, **body})
                if self.path != "/v1/chat/completions":
                    self.send_response(404)
                    self.end_headers()
                    return
                choices = outer.answers.get(note_of(body["messages"][-1]["content"]), ["NONE"])
                content = choices[body.get("seed", 0) % len(choices)]
                data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(data.encode())

            def log_message(self, *args):  # keep test output quiet
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_loopback_detection():
    assert is_loopback_url("http://127.0.0.1:8080/v1")
    assert is_loopback_url("http://localhost:11434/v1")
    assert is_loopback_url("http://[::1]:8000/v1")
    assert is_loopback_url("http://127.10.0.3/v1")
    assert not is_loopback_url("https://api.openai.com/v1")
    assert not is_loopback_url("http://10.0.0.5:8000/v1")
    assert not is_loopback_url("http://localhost.example.com/v1")


def test_remote_endpoint_refused_unless_allowed():
    with pytest.raises(ValueError, match="allow_remote"):
        OpenAICompatModel(endpoint="https://api.example.com/v1")
    with pytest.raises(ValueError, match="http"):
        check_endpoint("file:///etc/passwd", allow_remote=True)
    # allowed explicitly: constructing sends nothing
    model = OpenAICompatModel(endpoint="https://api.example.com/v1", allow_remote=True)
    assert model.url == "https://api.example.com/v1/chat/completions"


@pytest.mark.parametrize("endpoint", [
    "http://127.0.0.1@evil.example.com/v1",      # user info: the host is evil.example.com
    "http://evil.example.com\\@127.0.0.1/v1",   # a backslash: parsers disagree on the host
    "http://user:secret@127.0.0.1:8080/v1",      # credentials belong in api_key_env
    "http://127.0.0.1 @evil.example.com/v1",
    "http://127.0.0.1:80x/v1",
])
def test_endpoints_that_url_parsers_read_differently_are_refused(endpoint):
    """Issue 12: the endpoint check parsed 'user@host' forms differently from the HTTP client."""
    with pytest.raises(ValueError):
        check_endpoint(endpoint, allow_remote=False)
    with pytest.raises(ValueError):
        OpenAICompatModel(endpoint=endpoint)


def test_client_sends_chat_request_and_reads_answer():
    prompt = "Find PHI.\n\nNOTE:\nSeen by Dr. Vold.\nANSWER:"
    with FakeChatServer({"Seen by Dr. Vold.": ["NAME: Vold", "NONE"]}) as server:
        model = OpenAICompatModel(endpoint=server.endpoint, model="tiny", temperature=0.3, seed=10)
        answers = [list(a) for a in model([[prompt, prompt], [prompt]])]
    assert answers == [["NAME: Vold", "NONE"], ["NAME: Vold"]]  # seeds 10, 11, then 10 again
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["model"] == "tiny" and req["temperature"] == 0.3
    assert req["messages"][-1] == {"role": "user", "content": prompt}
    assert [r["seed"] for r in server.requests] == [10, 11, 10]


def test_client_error_does_not_echo_text():
    with FakeChatServer({}) as server:
        model = OpenAICompatModel(endpoint=server.endpoint + "/wrong")
        with pytest.raises(RuntimeError) as err:
            model([["NOTE:\nSecret Name\nANSWER:"]])
    assert "404" in str(err.value) and "Secret" not in str(err.value)
