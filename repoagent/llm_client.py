"""The one way repoagent talks to an LLM: an OpenAI-compatible chat client built from
the settings, for the documentation writer and the debug mode alike.

Both send a repository's code to an endpoint, so both follow one policy: the key
(or a placeholder, for local servers that take none) and the endpoint from the
settings, ``timeout`` seconds per request, ``retries`` retries with the ``openai``
client's backoff (429, 5xx, timeouts), no redirect followed and no answer read
past a bound (:mod:`repoagent.llm_http`), and every message redacted
(:mod:`repoagent.redact`) on its way out. Callers redact their prompts already (the
debug mode with numbered placeholders it puts back); redacting here too means no
future caller can send a secret by forgetting to.

``openai`` is imported when the first client is made: it is slow to import, and a
docs run with the static writer never needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from repoagent.config import Settings
from repoagent.redact import redact, without_key

#: Local servers (vLLM, Ollama, llama.cpp) take any key, but the client insists on one.
PLACEHOLDER_KEY = "not-needed"


class EndpointError(Exception):
    """The endpoint gave no usable answer once the retries were spent: an error
    status, a time-out, a connection that failed, or a body that is not JSON (or
    JSON nested too deep to parse)."""

    def __init__(self, error: Exception, unreachable: bool, key: str | None = None) -> None:
        super().__init__(f"{type(error).__name__}: {without_key(str(error), key)[:200]}")
        #: No answer came at all (connection failed or timed out), as opposed to an
        #: answer that said no: what a circuit breaker counts.
        self.unreachable = unreachable


def endpoint_configured(settings: Settings) -> bool:
    """Whether an endpoint or a key is configured: a local server needs no key, the
    OpenAI API needs no ``base_url``."""
    return bool(settings.base_url or settings.api_key)


class ChatClient:
    """A chat endpoint and model, as ``settings`` name them; safe across threads."""

    def __init__(self, settings: Settings) -> None:
        import openai

        from repoagent.llm_http import http_client

        self.model = settings.model
        self._key = settings.api_key
        self._timeout = settings.timeout
        self._attempts = settings.retries + 1
        self._client = openai.OpenAI(
            api_key=settings.api_key or PLACEHOLDER_KEY,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.retries,
            http_client=http_client(),
        )

    def complete(self, messages: Sequence[Mapping[str, str]], **options: Any) -> Any:
        """The endpoint's chat completion of ``messages``, each one's content redacted;
        ``options`` (``temperature``, ``max_tokens``, a shorter ``timeout``) go along.
        Raises :class:`EndpointError` once the client's retries are spent."""
        import openai

        sent = [{**message, "content": redact(message["content"])} for message in messages]
        budget = float(options.get("timeout") or self._timeout) * self._attempts

        def create() -> Any:
            try:
                return self._client.chat.completions.create(model=self.model, messages=sent, **options)
            # ValueError: a body that is not JSON; RecursionError: JSON nested past the parser's depth
            except (openai.OpenAIError, ValueError, RecursionError) as error:
                raise EndpointError(error, isinstance(error, openai.APIConnectionError), self._key) from error

        return _within(budget, create)


def _within(seconds: float, call: Callable[[], Any]) -> Any:
    """``call()``, or :class:`EndpointError` (unreachable) once ``seconds`` have passed.

    The client's ``timeout`` bounds each socket operation, not a request: an
    endpoint that sends its answer a byte at a time (or its headers), or asks for
    long ``retry-after`` waits, never trips it and held a commit hook for hours past
    the run's deadline. So the call runs in a daemon thread and is abandoned (its
    socket with it) when its whole budget is spent.
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="repoagent-llm-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise EndpointError(TimeoutError(f"no whole answer within {seconds:g} s"), unreachable=True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@dataclass(frozen=True, slots=True)
class Reply:
    """What a chat completion carries that repoagent uses, read defensively."""

    text: str
    cut_off: bool
    prompt_tokens: int
    completion_tokens: int


def read_reply(response: Any) -> Reply:
    """The answer's text, whether the endpoint stopped it at ``max_tokens``, and its
    token counts.

    The ``openai`` client builds its objects from the endpoint's JSON without
    checking types, so a hostile endpoint decides them: ``content`` a list,
    ``choices`` empty or a string, ``usage`` counts as text. Anything not of the
    documented type reads as absent (an empty answer, no tokens), never a crash.
    """
    choices = getattr(response, "choices", None)
    first = choices[0] if isinstance(choices, list) and choices else None
    content = getattr(getattr(first, "message", None), "content", None)
    usage = getattr(response, "usage", None)
    return Reply(
        text=_text(content),
        cut_off=getattr(first, "finish_reason", None) == "length",
        prompt_tokens=_count(getattr(usage, "prompt_tokens", 0)),
        completion_tokens=_count(getattr(usage, "completion_tokens", 0)),
    )


def _text(value: object) -> str:
    """``value`` if it is a string, else ``""``; a lone surrogate (``"\\ud800"`` is
    valid JSON, but no character) becomes ``?``: kept, it crashed the run where the
    answer was first written as UTF-8."""
    return value.encode("utf-8", "replace").decode("utf-8") if isinstance(value, str) else ""


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
