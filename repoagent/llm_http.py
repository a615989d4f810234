"""The HTTP client :mod:`repoagent.llm_client` hands to ``openai``: what an endpoint's
HTTP answer may do to a run.

An endpoint is as hostile as a repository, and the SDK's own client trusts it in
a way this one does not:

* **Redirects** were followed: a ``307`` from the endpoint sent the prompt (the
  repository's code) again to whatever origin it named. Here none is followed
  (``follow_redirects=False``), and a redirect is refused with a line naming where
  it pointed, so the user can name that endpoint in ``base_url`` if it is theirs.

Imported when the first client is made, like ``openai`` itself.
"""

from __future__ import annotations

import httpx2
import openai


class RefusedAnswer(openai.OpenAIError):
    """An answer refused for its HTTP alone. An ``OpenAIError`` raised while the
    SDK sends a request is passed on as is, not retried."""


def http_client() -> httpx2.Client:
    """The SDK's default client (its timeouts and connection limits), with redirects
    off and every answer checked before its body is read."""
    return openai.DefaultHttpxClient(follow_redirects=False, event_hooks={"response": [_check]})


def _check(response: httpx2.Response) -> None:
    """Refuse a redirect, naming where it pointed."""
    if response.has_redirect_location:
        raise RefusedAnswer(f"the endpoint redirected to {response.headers['location']}; redirects are not followed "
                            "(name the endpoint it points to in base_url if it is yours)")
