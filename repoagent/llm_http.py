"""The HTTP client :mod:`repoagent.llm_client` hands to ``openai``: what an endpoint's
HTTP answer may do to a run.

An endpoint is as hostile as a repository, and the SDK's own client trusts it in
three ways this one does not:

* **Redirects** were followed: a ``307`` from the endpoint sent the prompt (the
  repository's code) again to whatever origin it named. Here none is followed
  (``follow_redirects=False``), and a redirect is refused with a line naming where
  it pointed, so the user can name that endpoint in ``base_url`` if it is theirs.
* **A body was read whole** before anything looked at its size: an endless body
  filled memory until the request's time ran out, and the abandoned request kept
  reading after. Here the body is counted as it streams and the connection dropped
  past ``MAX_BODY_BYTES``.
* **Compression** would undo that bound (a small gzip body can decode to gigabytes),
  so the client asks for none and refuses a compressed answer.

Imported when the first client is made, like ``openai`` itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import openai

#: The most of one answer's body that is read: far above any section or repaired
#: file (the writer refuses answers past 8 characters per token of its cap) and
#: small enough that an endless body costs little memory.
MAX_BODY_BYTES = 8 * 1024 * 1024


class RefusedAnswer(openai.OpenAIError):
    """An answer refused for its HTTP alone. An ``OpenAIError`` raised while the
    SDK sends a request is passed on as is, not retried."""


def http_client() -> httpx2.Client:
    """The SDK's default client (its timeouts and connection limits), with redirects
    off, no compression, and every answer checked before its body is read."""
    return openai.DefaultHttpxClient(
        follow_redirects=False,
        headers={"accept-encoding": "identity"},
        event_hooks={"response": [_check]},
    )


def _check(response: httpx2.Response) -> None:
    """Refuse a redirect or a compressed body; bound the rest as it streams."""
    if response.has_redirect_location:
        raise RefusedAnswer(f"the endpoint redirected to {response.headers['location']}; redirects are not followed "
                            "(name the endpoint it points to in base_url if it is yours)")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding != "identity":
        raise RefusedAnswer(f"the answer came compressed ({encoding}) although none was asked for")
    response.stream = _Bounded(response.stream)


class _Bounded(httpx2.SyncByteStream):
    """A body that stops being read past ``MAX_BODY_BYTES``."""

    def __init__(self, stream: httpx2.SyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        read = 0
        for chunk in self._stream:
            read += len(chunk)
            if read > MAX_BODY_BYTES:
                raise RefusedAnswer(f"the answer's body passed {MAX_BODY_BYTES >> 20} MiB; the rest was not read")
            yield chunk

    def close(self) -> None:
        self._stream.close()
