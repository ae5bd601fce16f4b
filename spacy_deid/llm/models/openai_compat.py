"""Client for a local OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server, ...).

Privacy guards: the endpoint must be a loopback address (``localhost``, 127.0.0.0/8, ``::1``)
unless ``allow_remote=True``; proxies from the environment are ignored and redirects are not
followed, so a request can only go where the endpoint says. Errors never echo the response body.
"""
# No ``from __future__ import annotations``: spacy-llm reads __call__'s signature.
import ipaddress
import json
import os
import urllib.error
import urllib.request
from typing import Optional
from urllib.parse import urlsplit

from .chat import ChatModel

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback_url(url: str) -> bool:
    """True when the URL's host is a loopback name or address."""
    host = (urlsplit(url).hostname or "").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(endpoint: str, allow_remote: bool) -> None:
    """Refuse non-HTTP URLs, and non-loopback hosts unless ``allow_remote``."""
    if any(c.isspace() or ord(c) < 32 or c == "\\" for c in endpoint):
        raise ValueError("endpoint must not hold spaces, control characters or backslashes")
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("endpoint must be an http(s) URL such as http://127.0.0.1:8080/v1")
    if "@" in parts.netloc:
        # user info is where URL parsers disagree ("http://127.0.0.1@evil.com"): the check and the
        # HTTP client must see one host; an API key goes in api_key_env, never in the URL
        raise ValueError("endpoint must not hold user info ('user@'); pass an API key through api_key_env")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise ValueError("endpoint has a malformed port") from None
    if not allow_remote and not is_loopback_url(endpoint):
        raise ValueError(
            f"Refusing to send clinical text to non-loopback host {parts.hostname!r}; "
            "set allow_remote = true to allow it"
        )


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None  # a redirect becomes an HTTPError instead of a new request elsewhere


class OpenAICompatModel(ChatModel):
    """``POST {endpoint}/chat/completions`` once per prompt; seeds ``seed + i`` per shard list."""

    def __init__(
        self,
        endpoint: str = "http://127.0.0.1:8080/v1",
        model: str = "local",
        allow_remote: bool = False,
        api_key_env: Optional[str] = None,
        temperature: float = 0.5,
        top_p: float = 0.95,
        max_tokens: int = 160,
        seed: int = 0,
        timeout: float = 120.0,
        context_length: int = 4096,
        system_prompt: Optional[str] = None,
    ):
        check_endpoint(endpoint, allow_remote)
        self.url = endpoint.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = os.environ.get(api_key_env) if api_key_env else None
        self.temperature = temperature
        self.top_p = top_p
        self.max_tokens = max_tokens
        self.seed = seed
        self.timeout = timeout
        self._context_length = context_length
        self.system_prompt = system_prompt
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())

    @property
    def context_length(self) -> int:
        return self._context_length

    def _payload(self, prompt: str, seed: int) -> dict:
        return {
            "model": self.model, "messages": self.messages(prompt), "temperature": self.temperature,
            "top_p": self.top_p, "max_tokens": self.max_tokens, "seed": seed, "stream": False,
        }

    def generate(self, prompt: str, seed: int) -> str:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        body = json.dumps(self._payload(prompt, seed)).encode("utf-8")
        req = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                data = json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as err:
            raise RuntimeError(f"LLM server answered HTTP {err.code}") from None
        except urllib.error.URLError as err:
            raise RuntimeError(f"LLM server unreachable ({type(err.reason).__name__})") from None
        except ValueError:
            raise RuntimeError("LLM server sent a response that is not JSON") from None
        try:
            return data["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise RuntimeError("LLM server response has no choices[0].message.content") from None

