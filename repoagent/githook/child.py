"""Signals of the hook, and the ``repoagent docs --staged`` child it waits for.

The hook catches SIGINT, SIGTERM and SIGHUP for its whole run. While it sets work
aside or brings it back a signal is only recorded: those steps are short and must
not stop halfway. While it waits for the child a signal ends the wait at once: the
child is stopped (SIGTERM; SIGKILL if it has not ended after :data:`STOP_GRACE`
seconds) before the work is brought back, so nothing writes pages after that. Not
SIGINT: on a Ctrl-C repoagent waits for its LLM calls in flight. Pages are written
atomically, so a stopped run leaves whole pages. SIGKILL of the hook cannot be
caught: on Linux the kernel then sends the child SIGTERM (``PR_SET_PDEATHSIG``), and
the next run brings the work back (:func:`repoagent.githook.aside.recover`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from repoagent import self_command

#: The signals the hook catches.
CAUGHT = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

#: Seconds the child has to end after SIGTERM before it is killed.
STOP_GRACE = 5.0

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class Interrupted(Exception):
    """A caught signal ended the wait for the child."""

    def __init__(self, number: int) -> None:
        super().__init__(signal.Signals(number).name)
        self.number = number


class Signals:
    """The hook's handlers for :data:`CAUGHT`, installed while the ``with`` lasts."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._waiting = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> Signals:
        for number in CAUGHT:
            self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]

    @contextmanager
    def interruptible(self) -> Iterator[None]:
        """A block that a signal ends with :class:`Interrupted` (also one that came before)."""
        if self.received is not None:
            raise Interrupted(self.received)
        self._waiting = True
        try:
            yield
        finally:
            self._waiting = False

    def _handle(self, number: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = number
        if self._waiting:
            self._waiting = False
            raise Interrupted(number)


def run_docs(top: Path, signals: Signals) -> int:
    """Run ``repoagent docs --staged`` at ``top`` and return its exit code; an
    interruption stops it and raises :class:`Interrupted`. ``--for-hook``: the hook
    itself says what to do with the pages written (stage them, add them, or add them
    to the paths of ``git commit PATHS``)."""
    child = subprocess.Popen(
        self_command("docs", "--staged", "--for-hook"),
        cwd=top, preexec_fn=_stop_with_parent(os.getpid()),
    )
    try:
        with signals.interruptible():
            return child.wait()
    finally:
        stop(child)


def stop(child: subprocess.Popen[bytes]) -> None:
    """End ``child`` if it still runs: SIGTERM, then SIGKILL after :data:`STOP_GRACE` s."""
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=STOP_GRACE)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _stop_with_parent(parent: int):  # noqa: ANN202 (a preexec_fn)
    """In the child, before exec: ask the kernel for SIGTERM when the hook dies (Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)

    def arrange() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the hook died before the request was made
            os._exit(128 + signal.SIGTERM)

    return arrange
