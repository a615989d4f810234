"""The LLM part of a run stays bounded: a deadline and a circuit breaker.

A dead or hanging endpoint used to cost every object 2 x (retries + 1) x timeout,
about ten minutes each at the defaults, in a commit hook. The guard, shared by all
of a run's threads, says before each request whether to send it and how long it may
take:

* **deadline** (seconds, 0 = none), counted from the run's first request: after it
  no request is sent, and a request is never given more than its share of the time
  left (each of the client's ``retries + 1`` attempts gets an equal part), so the run
  ends close to the deadline even when the endpoint hangs;
* **circuit breaker**: after :data:`BREAKER_FAILURES` requests in a row fail to
  connect or time out (after the client's own retries), no request is sent.

Sections not asked for get the static writer's text; the writer reports them in one
line.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: Consecutive connection failures or timeouts that stop a run's requests.
BREAKER_FAILURES = 3
#: A request given less than this is not worth sending (it would time out).
MIN_REQUEST_SECONDS = 0.2


class EndpointGuard:
    """Whether, and for how long, the next request may go out; thread-safe."""

    def __init__(self, deadline: float, timeout: float, retries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._deadline = deadline
        self._timeout = timeout
        self._attempts = retries + 1
        self._clock = clock
        self._lock = threading.Lock()
        self._started: float | None = None
        self._failures = 0
        self.stopped: str | None = None  # why no more requests are sent

    def request_timeout(self) -> float | None:
        """Seconds the next request may take, or ``None``: do not send it."""
        with self._lock:
            if self.stopped:
                return None
            now = self._clock()
            if self._started is None:
                self._started = now
            if not self._deadline:
                return self._timeout
            share = (self._deadline - (now - self._started)) / self._attempts
            if share < MIN_REQUEST_SECONDS:
                self.stopped = f"the run's LLM deadline ({self._deadline:g} s) passed"
                return None
            return min(self._timeout, share)

    def answered(self) -> None:
        """The endpoint answered: the run of failures is broken."""
        with self._lock:
            self._failures = 0

    def connection_failed(self) -> None:
        """One more request in a row that could not connect or timed out."""
        with self._lock:
            self._failures += 1
            if self._failures >= BREAKER_FAILURES and not self.stopped:
                self.stopped = f"{BREAKER_FAILURES} requests in a row could not connect or timed out"
