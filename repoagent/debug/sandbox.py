"""Run a command on a temporary copy of a project, with time, memory and process limits.

Candidate code is untrusted (an LLM or a mutation search wrote it), so it never
runs in the user's tree nor in repoagent's process: the project is copied once
into a temporary folder (no link in the copy leads out of it: see
:mod:`repoagent.debug.project_copy`), a candidate's files are written over the
copy, and the command runs under :mod:`repoagent.debug.supervisor` (one process, started
once and shared by all sandboxes, so a run costs a fork, not a Python start), which gives it a
session of its own, resource limits and a wall-clock timeout, and kills
everything it started when it ends. Its output is bounded: the supervisor keeps
the start and the end of each stream and sends them back with its verdict. Its
environment is an allowlist (:mod:`repoagent.debug.environment`).
"""

from __future__ import annotations

import atexit
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from repoagent.debug import supervisor
from repoagent.debug.environment import child_environment
from repoagent.debug.project_copy import copy_project

# The supervisor ends a run at its time limit and then needs at most ~5 s to kill
# what is left; past this margin the parent kills the supervisor itself.
_GRACE_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-run limits: wall-clock seconds, address-space megabytes and how many
    processes the test may have at once (itself and all it started)."""

    timeout: float = 30.0
    memory_mb: int = 2048
    processes: int = 256


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one run printed and how it ended."""

    returncode: int | None
    stdout: str
    stderr: str
    timed_out: bool = False
    too_many_processes: bool = False

    @property
    def stopped(self) -> bool:
        """The run was ended from outside: it ran past its time or its process limit."""
        return self.timed_out or self.too_many_processes

    @property
    def ok(self) -> bool:
        """True when the command exited 0 within its limits."""
        return self.returncode == 0 and not self.stopped

    @property
    def output(self) -> str:
        """stdout then stderr, the way a terminal would show them (roughly)."""
        text = self.stdout + self.stderr
        if self.timed_out:
            text += "\nrepoagent: the run was stopped after its time limit\n"
        if self.too_many_processes:
            text += "\nrepoagent: the run was stopped: it started more processes than its limit\n"
        return text


class Sandbox:
    """A temporary copy of a project on which candidates are written and run.

    Use as a context manager; the copy is deleted on exit. ``files`` are extra
    (or replacing) files written into the copy, keyed by relative POSIX path;
    ``passed_env`` names variables of this environment the test also gets.
    """

    def __init__(self, source: Path | None = None, files: Mapping[str, str] | None = None,
                 passed_env: Iterable[str] = ()) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="repoagent-debug-")
        self.root = Path(self._tmp.name) / "work"
        try:
            if source is not None:
                copy_project(source, self.root)
            else:
                self.root.mkdir()
            self.write(files or {})
        except BaseException:
            self._tmp.cleanup()
            raise
        self._env = child_environment(passed_env)
        _SUPERVISOR.start()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Delete the copy."""
        self._tmp.cleanup()

    def write(self, files: Mapping[str, str]) -> None:
        """Write ``files`` (relative path -> text) into the copy."""
        for rel, text in files.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

    def read(self, rel: str) -> str:
        """The current text of ``rel`` in the copy."""
        return (self.root / rel).read_text(encoding="utf-8")

    def run(self, command: str | Sequence[str], limits: Limits, files: Mapping[str, str] | None = None) -> RunResult:
        """Write ``files`` over the copy, run ``command`` in it, and put the old text back.

        A string command runs through the shell (what a user types after
        ``--test``); a sequence runs as is.
        """
        originals = {rel: self._old_text(rel) for rel in (files or {})}
        self.write(files or {})
        try:
            argv = ["/bin/sh", "-c", command] if isinstance(command, str) else list(command)
            return _SUPERVISOR.run(argv, self._env, self.root, limits)
        finally:
            for rel, text in originals.items():
                if text is None:
                    (self.root / rel).unlink(missing_ok=True)
                else:
                    self.write({rel: text})

    def checker(self, command: str | Sequence[str], limits: Limits) -> Callable[[Mapping[str, str], float | None], RunResult]:
        """A check for the repair session: run ``command`` with a candidate's files,
        within ``limits`` or the session's shorter time limit for candidates."""

        def check(files: Mapping[str, str], timeout: float | None = None) -> RunResult:
            shorter = limits if timeout is None or timeout >= limits.timeout else replace(limits, timeout=timeout)
            return self.run(command, shorter, files)

        return check

    def _old_text(self, rel: str) -> str | None:
        path = self.root / rel
        return path.read_text(encoding="utf-8") if path.exists() else None


class _Supervisor:
    """The parent's side of :mod:`repoagent.debug.supervisor`: one per repoagent
    process, shared by its sandboxes (each request names its folder, output files
    and environment), so a sandbox costs no Python start either. Started before the
    first run (its start-up must not count as a run's time: that sets the repair
    session's limit for candidates); restarted after a run that got no answer in
    time or was interrupted; ended at exit. A forked child (the bench's workers)
    starts its own."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._lock = threading.RLock()

    def start(self) -> subprocess.Popen:
        """The running supervisor, started if need be."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                _hide_from_descendants()
                self._process = subprocess.Popen(
                    [sys.executable, "-I", "-S", supervisor.__file__, str(os.getpid())],
                    env=child_environment(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    bufsize=0, start_new_session=True,
                )
            return self._process

    def run(self, argv: list[str], env: Mapping[str, str], cwd: Path, limits: Limits) -> RunResult:
        """Run ``argv`` in ``cwd`` with ``env`` under ``limits``."""
        with self._lock:
            process = self.start()
            process.stdin.write(supervisor.request(
                argv, env, timeout=limits.timeout, processes=limits.processes,
                memory_bytes=limits.memory_mb * 1024 * 1024, cpu_seconds=int(limits.timeout) + 1, cwd=cwd,
            ))
            try:
                answered = self._answer(process, limits.timeout + _GRACE_SECONDS)
            except BaseException:  # interrupted: the run must not go on alone
                self.close()
                raise
            if answered is None:  # no answer: end it; the run counts as timed out
                self.close()
                answered = supervisor.TIMED_OUT, b"", b""
        verdict, out, err = answered
        stopped = verdict in (supervisor.TIMED_OUT, supervisor.TOO_MANY_PROCESSES)
        return RunResult(None if stopped else int(verdict), out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                         verdict == supervisor.TIMED_OUT, verdict == supervisor.TOO_MANY_PROCESSES)

    def close(self) -> None:
        """End the supervisor: SIGTERM ends a run still going (it kills the test's
        processes first); SIGKILL if it does not exit in time."""
        process, self._process = self._process, None
        if process is None:
            return
        process.stdin.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()

    def forget(self) -> None:
        """In a forked child: drop the parent's supervisor (its pipes), leave it running."""
        if self._process is not None:
            self._process.stdin.close()
            self._process.stdout.close()
        self._process, self._lock = None, threading.RLock()

    @staticmethod
    def _answer(process: subprocess.Popen, seconds: float) -> tuple[str, bytes, bytes] | None:
        """The supervisor's answer (:func:`supervisor.answer`): the verdict and the
        test's stdout and stderr as it kept them, or ``None`` if no whole answer came
        within ``seconds``."""
        deadline = time.monotonic() + seconds
        received = bytearray()
        while True:
            header, complete, body = received.partition(b"\n")
            if complete:
                verdict, out, err = header.decode().split()
                if len(body) >= int(out) + int(err):
                    return verdict, bytes(body[:int(out)]), bytes(body[int(out):int(out) + int(err)])
            ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(process.stdout.fileno(), 1 << 16) if ready else b""
            if not chunk:
                return None
            received += chunk


def _hide_from_descendants() -> None:
    """Make this process non-dumpable (Linux), so the tests it runs cannot read its
    ``/proc/PID/environ``, ``cwd`` or memory.

    The allowlisted environment keeps the API key out of the test's own
    environment, but the test runs as the same user, and ``/proc`` lets a process
    of that user read another's initial environment and follow its ``cwd`` link:
    the test would walk up to repoagent and find the key there, and the real
    project. A non-dumpable process's ``/proc`` entries belong to root. (Processes
    above repoagent, such as the shell that exported the key, are not covered.)
    """
    supervisor.prctl(supervisor.PR_SET_DUMPABLE, 0)


_SUPERVISOR = _Supervisor()
os.register_at_fork(after_in_child=_SUPERVISOR.forget)
atexit.register(_SUPERVISOR.close)

