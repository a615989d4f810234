"""A loopback OpenAI-compatible chat server for tests: real HTTP, no network, no key.

    with LLMServer(answer=lambda prompt: "Adds two numbers.\\n\\nMore.") as server:
        client = openai.OpenAI(base_url=server.url, api_key="test")
        ...
        server.prompts          # the user messages received, in arrival order

It binds 127.0.0.1 on port 0 (the OS picks a free port) and serves
``POST /v1/chat/completions`` from a daemon thread, with ``usage`` in every answer
(tokens counted as characters / 4, which is all a test needs). It can misbehave on
purpose: with ``fault_rate`` > 0 each request draws (seeded) whether to fail and how,
from ``faults``:

* ``"429"`` / ``"500"``: an error status with a short ``retry-after-ms`` so clients
  retry quickly;
* ``"timeout"``: sleeps ``hang_seconds`` before answering (set it past the client's
  timeout);
* ``"garbage"``: status 200 with a body that is not JSON;
* ``"empty"``: a well-formed answer whose content is empty;
* ``"drip"``: status 200, then the body a byte every 0.1 s for ``hang_seconds``
  (no socket read ever waits long, so only a limit on the whole request ends it);
* ``"mistyped"``: valid JSON of the wrong types (``content`` a list, ``choices[0]``
  a string in ``finish_reason``, token counts as text);
* ``"endless"`` (only when named in ``faults``, never drawn from the default set):
  status 200, then a chunked body that starts like an answer and does not end: up to
  ``ENDLESS_BYTES`` per request at full speed (bounded, so a client that reads it all costs a
  test memory, not the machine), then nothing until ``hang_seconds`` have passed;
* ``"bomb"`` (the same): a well-formed answer of ``ENDLESS_BYTES`` characters,
  gzip-compressed to a thousandth of that (``content-encoding: gzip``, whatever
  the request accepted);
* ``"nested"`` (the same): status 200 with JSON nested 100,000 deep (200 KB).

``redirect_to`` (a URL) answers every request with ``307`` to that URL, as an
endpoint that wants the prompt elsewhere would.

``delay`` slows every answer (to kill a client mid-run). Like real servers it honours
``max_tokens`` (cutting the answer at 4 characters a token, ``finish_reason``
``"length"``) unless ``honour_max_tokens`` is false. The server is shared by
the LLM writer's tests, benchmark and anyone else who needs an endpoint.
"""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("429", "500", "timeout", "garbage", "empty", "drip", "mistyped")
ON_REQUEST = ("endless", "bomb", "nested")
ENDLESS_BYTES = 64 * 1024 * 1024


def default_answer(prompt: str) -> str:
    """A well-formed section whose summary differs per prompt (so tests can trace it)."""
    tag = hashlib.sha256(prompt.encode()).hexdigest()[:8]
    return f"Does the work described in request {tag}.\n\nA longer description of what it does and why."


class LLMServer:
    """An OpenAI-compatible ``/v1/chat/completions`` endpoint on 127.0.0.1."""

    def __init__(
        self,
        answer: Callable[[str], str] = default_answer,
        fault_rate: float = 0.0,
        faults: Sequence[str] = FAULTS,
        seed: int = 0,
        hang_seconds: float = 2.0,
        delay: float = 0.0,
        retry_after_ms: int = 20,
        honour_max_tokens: bool = True,
        redirect_to: str | None = None,
    ) -> None:
        unknown = set(faults) - set(FAULTS) - set(ON_REQUEST)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; known: {FAULTS + ON_REQUEST}")
        self.answer = answer
        self.fault_rate = fault_rate
        self.faults = tuple(faults)
        self.hang_seconds = hang_seconds
        self.delay = delay
        self.retry_after_ms = retry_after_ms
        self.honour_max_tokens = honour_max_tokens
        self.redirect_to = redirect_to
        self.requests: list[dict[str, Any]] = []
        self.request_headers: list[dict[str, str]] = []  # names in lower case
        self.answered: list[str] = []  # prompts that got a good answer (no fault)
        self.faults_served: list[str] = []
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._active = 0
        self.peak_concurrency = 0
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give an OpenAI client (ends in ``/v1``)."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def prompts(self) -> list[str]:
        """The last user message of every request received, faulty ones included."""
        with self._lock:
            return [_last_user_message(request) for request in self.requests]

    def start(self) -> LLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _draw_fault(self) -> str | None:
        with self._lock:
            if self.fault_rate and self._random.random() < self.fault_rate:
                return self._random.choice(self.faults)
            return None

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        if handler.path.rstrip("/") not in {"/v1/chat/completions", "/chat/completions"}:
            _send(handler, 404, {"error": {"message": f"no route {handler.path}", "type": "not_found"}})
            return
        length = int(handler.headers.get("content-length", 0))
        request = json.loads(handler.rfile.read(length) or b"{}")
        fault = self._draw_fault()
        with self._lock:
            self.requests.append(request)
            self.request_headers.append({name.lower(): value for name, value in handler.headers.items()})
            self._active += 1
            self.peak_concurrency = max(self.peak_concurrency, self._active)
            if fault:
                self.faults_served.append(fault)
        try:
            self._respond(handler, request, fault)
        finally:
            with self._lock:
                self._active -= 1

    def _respond(self, handler: BaseHTTPRequestHandler, request: dict[str, Any], fault: str | None) -> None:
        if self.delay:
            time.sleep(self.delay)
        retry = {"retry-after-ms": str(self.retry_after_ms)}
        if self.redirect_to:
            _send(handler, 307, {}, {"location": self.redirect_to + "/chat/completions"})
            return
        if fault == "endless":
            self._endless(handler)
            return
        if fault == "nested":
            _send_raw(handler, 200, b'{"choices": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", {})
            return
        if fault == "bomb":
            _send_raw(handler, 200, _bomb(), {"content-encoding": "gzip"})
            return
        if fault == "429":
            _send(handler, 429, {"error": {"message": "rate limited", "type": "rate_limit"}}, retry)
            return
        if fault == "500":
            _send(handler, 500, {"error": {"message": "server error", "type": "server_error"}}, retry)
            return
        if fault == "timeout":
            time.sleep(self.hang_seconds)
        if fault == "drip":
            _drip(handler, self.hang_seconds)
            return
        if fault == "mistyped":
            body = {"choices": [{"message": {"content": ["a"]}, "finish_reason": ["length"]}],
                    "usage": {"prompt_tokens": "7", "completion_tokens": None}}
            _send(handler, 200, body)
            return
        if fault == "garbage":
            _send_raw(handler, 200, b'{"id": "chatcmpl-garbage", "choices": [ {{{ not json', {})
            return
        prompt = _last_user_message(request)
        content = "" if fault == "empty" else self.answer(prompt)
        finish = "stop"
        limit = request.get("max_tokens")
        if self.honour_max_tokens and isinstance(limit, int) and len(content) > limit * 4:
            content, finish = content[: limit * 4], "length"
        _send(handler, 200, _completion(request, content, finish))
        if fault is None:  # after a hang the client has most likely given up already
            with self._lock:
                self.answered.append(prompt)

    def _endless(self, handler: BaseHTTPRequestHandler) -> None:
        """A 200 whose chunked body starts an answer and never ends it."""
        chunk = b"x" * 65536
        try:
            handler.send_response(200)
            handler.send_header("content-type", "application/json")
            handler.send_header("transfer-encoding", "chunked")
            handler.end_headers()
            _send_chunk(handler, b'{"choices": [{"message": {"content": "')
            for _ in range(ENDLESS_BYTES // len(chunk)):
                _send_chunk(handler, chunk)
            time.sleep(self.hang_seconds)
        except OSError:
            pass  # the client hung up: what a bounded read does

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                server._handle(self)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                """Quiet: tests read the recorded requests, not a log."""

        return Handler


def _last_user_message(request: dict[str, Any]) -> str:
    messages = [m for m in request.get("messages", []) if m.get("role") == "user"]
    content = messages[-1]["content"] if messages else ""
    return content if isinstance(content, str) else json.dumps(content)


def _completion(request: dict[str, Any], content: str, finish: str = "stop") -> dict[str, Any]:
    prompt_chars = sum(len(str(m.get("content", ""))) for m in request.get("messages", []))
    prompt_tokens, completion_tokens = max(1, prompt_chars // 4), max(1, len(content) // 4)
    return {
        "id": "chatcmpl-loopback",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "loopback"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _drip(handler: BaseHTTPRequestHandler, seconds: float) -> None:
    """A 200 whose body comes a space every 0.1 s for ``seconds``, then stops short."""
    try:
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(10 * int(seconds) + 100))
        handler.end_headers()
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass  # the client gave up


def _bomb() -> bytes:
    """A gzip body that decodes to an answer of ``ENDLESS_BYTES`` characters, made
    a chunk at a time (so the server itself holds only the compressed bytes)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"x" * 65536
    parts = [packer.compress(b'{"choices": [{"message": {"role": "assistant", "content": "')]
    parts += [packer.compress(chunk) for _ in range(ENDLESS_BYTES // len(chunk))]
    parts += [packer.compress(b'"}, "finish_reason": "stop"}]}'), packer.flush()]
    return b"".join(parts)


def _send_chunk(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))


def _send(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
    _send_raw(handler, status, json.dumps(body).encode(), headers or {})


def _send_raw(handler: BaseHTTPRequestHandler, status: int, data: bytes, headers: dict[str, str]) -> None:
    try:
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client hung up first (it timed out); the answer is simply lost
