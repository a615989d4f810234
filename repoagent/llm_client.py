"""The one way repoagent talks to an LLM: an OpenAI-compatible chat client built from
the settings, for the documentation writer and the debug mode alike.

Both send a repository's code to an endpoint, so both follow one policy: the key
(or a placeholder, for local servers that take none) and the endpoint from the
settings, ``timeout`` seconds per request, ``retries`` retries with the ``openai``
client's backoff (429, 5xx, timeouts), and every message redacted
(:mod:`repoagent.redact`) on its way out. Callers redact their prompts already (the
debug mode with numbered placeholders it puts back); redacting here too means no
future caller can send a secret by forgetting to.

``openai`` is imported when the first client is made: it is slow to import, and a
docs run with the static writer never needs it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from repoagent.config import Settings
from repoagent.redact import redact, without_key

#: Local servers (vLLM, Ollama, llama.cpp) take any key, but the client insists on one.
PLACEHOLDER_KEY = "not-needed"


class EndpointError(Exception):
    """The endpoint gave no usable answer once the retries were spent: an error
    status, a time-out, a connection that failed, or a body that is not JSON."""

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

        self.model = settings.model
        self._key = settings.api_key
        self._client = openai.OpenAI(
            api_key=settings.api_key or PLACEHOLDER_KEY,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.retries,
        )

    def complete(self, messages: Sequence[Mapping[str, str]], **options: Any) -> Any:
        """The endpoint's chat completion of ``messages``, each one's content redacted;
        ``options`` (``temperature``, ``max_tokens``, a shorter ``timeout``) go along.
        Raises :class:`EndpointError` once the client's retries are spent."""
        import openai

        sent = [{**message, "content": redact(message["content"])} for message in messages]
        try:
            return self._client.chat.completions.create(model=self.model, messages=sent, **options)
        except (openai.OpenAIError, ValueError) as error:  # ValueError: a body that is not JSON
            raise EndpointError(error, isinstance(error, openai.APIConnectionError), self._key) from error
