"""Run a command on a temporary copy of a project, with time and memory limits.

Candidate code is untrusted (an LLM or a mutation search wrote it), so it never
runs in the user's tree nor in repoagent's process: the project is copied once
into a temporary folder, a candidate's files are written over the copy, and the
command runs in a child process with ``RLIMIT_AS``/``RLIMIT_CPU`` set and a wall
clock timeout that kills the child's whole process group. API keys are removed
from the child's environment; ``PYTHONHASHSEED`` is fixed so set iteration order
(and therefore a test's output) is the same from run to run.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from repoagent.workspace import SKIPPED_FOLDERS

# Folders that are never needed to run tests and can be huge or secret.
_SKIP = shutil.ignore_patterns(*SKIPPED_FOLDERS)
_SECRET_ENV = ("REPOAGENT_API_KEY", "OPENAI_API_KEY")


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-run limits: wall-clock seconds and address-space megabytes."""

    timeout: float = 30.0
    memory_mb: int = 2048


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one run printed and how it ended."""

    returncode: int | None
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        """True when the command exited 0 within its time limit."""
        return self.returncode == 0 and not self.timed_out

    @property
    def output(self) -> str:
        """stdout then stderr, the way a terminal would show them (roughly)."""
        text = self.stdout + self.stderr
        if self.timed_out:
            text += "\nrepoagent: the run was stopped after its time limit\n"
        return text


class Sandbox:
    """A temporary copy of a project on which candidates are written and run.

    Use as a context manager; the copy is deleted on exit. ``files`` are extra
    (or replacing) files written into the copy, keyed by relative POSIX path.
    """

    def __init__(self, source: Path | None = None, files: Mapping[str, str] | None = None) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="repoagent-debug-")
        self.root = Path(self._tmp.name) / "work"
        if source is not None:
            shutil.copytree(source, self.root, ignore=_SKIP, symlinks=True)
        else:
            self.root.mkdir()
        self.write(files or {})

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
            return run_limited(command, self.root, limits)
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


def run_limited(command: str | Sequence[str], cwd: Path, limits: Limits) -> RunResult:
    """Run ``command`` in ``cwd`` in a new process group under ``limits``."""
    argv = ["/bin/sh", "-c", command] if isinstance(command, str) else list(command)
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=_child_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_limit(limits),
    )
    try:
        out, err = process.communicate(timeout=limits.timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        _kill_group(process.pid)
        out, err = process.communicate()
        timed_out = True
    return RunResult(
        None if timed_out else process.returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        timed_out,
    )


def _limit(limits: Limits):  # noqa: ANN202 - a preexec_fn
    memory = limits.memory_mb * 1024 * 1024
    cpu = int(limits.timeout) + 1

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))

    return apply


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _child_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _SECRET_ENV}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env
