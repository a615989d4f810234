"""Runs a sandbox's test commands, one at a time, and makes sure nothing they start outlives them.

repoagent starts this file once per process, as a script (``python -I -S
supervisor.py PARENT_PID``), and its sandboxes send it one request per run on its
stdin (:func:`request`: the command, its folder, environment and limits); it
answers each on its stdout with one line, the verdict (the exit code, ``timeout``
or ``processes``) and the sizes of the test's stdout and stderr as it kept them,
then those bytes (:func:`answer`). The standard
library only, so it starts fast and imports nothing from the project copy.

It exists because the test command is untrusted and a process cannot clean up
after its children reliably: a test may leave a child in the background
(``sleep 40 &``), detach one into a session of its own (``setsid sleep 40 &``), or
fork without end.

* The supervisor is a *child subreaper* (Linux ``prctl``): a descendant whose
  parent exits is re-parented to it, not to init, so every process a test started,
  detached or not, stays in its tree, where :func:`_descendants` finds it.
* Each test runs in a session of its own, under ``RLIMIT_AS``, ``RLIMIT_CPU`` and
  ``RLIMIT_NPROC``. The kernel counts ``RLIMIT_NPROC`` over every process of the
  user, so the limit is the user's count at start plus the cap; and the kernel
  exempts root from it, so the supervisor also counts the test's descendants ten
  times a second and ends the run when they pass the cap.
* When the test exits, times out or passes the cap, every descendant is killed
  (the test's process group at once, then whatever is left, until none is).
* A test's output comes through pipes that the supervisor reads while it watches
  the run, keeping the first ``HEAD_BYTES`` and the last ``TAIL_BYTES`` of each
  stream and counting what it drops, and sends what it kept back with its
  verdict. So a test printing without end costs neither disk nor memory (one
  wrote 1.5 GB in 2 s to a file), no file of the run's output lies where the test
  could put a link in its place, and nobody waits for a pipe that a leftover child
  holds open: reading stops when the run ends, and the rest is drained only once
  every descendant is killed. The requests' pipes are not passed to the test.
* The supervisor is not dumpable, so the test cannot open its pipes through
  ``/proc`` to forge a verdict or a request.
* If the parent dies, the kernel sends the supervisor ``SIGTERM``
  (``PR_SET_PDEATHSIG``); ``SIGTERM`` ends the current run the same way, and the
  supervisor exits.

Elsewhere than Linux (no ``prctl``, no ``/proc``) only the test's process group
is killed and no process limit holds.
"""

from __future__ import annotations

import ctypes
import os
import resource
import select
import signal
import sys
import time
from collections import defaultdict, deque
from collections.abc import Mapping

TIMED_OUT = "timeout"
TOO_MANY_PROCESSES = "processes"

_PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
_PR_SET_CHILD_SUBREAPER = 36
_POLL_SECONDS = 0.1
_CLEANUP_SECONDS = 5.0
_PROC = "/proc"
#: How much of each stream's start and of its end a run keeps: the first error is
#: at the start; the last traceback, the summary and the localization probe's
#: record are at the end, which is why it is the larger.
HEAD_BYTES = 64 * 1024
TAIL_BYTES = 1024 * 1024
_CHUNK = 1 << 16
_FIELDS = ("timeout", "processes", "memory_bytes", "cpu_seconds", "cwd")


def request(argv: list[str], env: Mapping[str, str], **settings: object) -> bytes:
    """The request to run ``argv`` with environment ``env`` and ``settings`` (a value
    for each of ``_FIELDS``): its length on a line, then the fields, the number of
    variables, the variables (``NAME=value``) and the arguments, NUL-separated (no
    argument, path or variable can hold a NUL; any may hold a newline)."""
    variables = [f"{name}={value}" for name, value in env.items()]
    values = [*(str(settings[name]) for name in _FIELDS), str(len(variables)), *variables, *argv]
    payload = "\0".join(values).encode()
    return b"%d\n" % len(payload) + payload


class _Run:
    """One request, read back."""

    def __init__(self, payload: bytes) -> None:
        values = payload.decode().split("\0")
        fields = dict(zip(_FIELDS, values, strict=False))
        self.timeout = float(fields["timeout"])
        self.processes, self.memory_bytes, self.cpu_seconds = (
            int(fields[name]) for name in ("processes", "memory_bytes", "cpu_seconds"))
        self.cwd = fields["cwd"]
        count = int(values[len(_FIELDS)])
        variables = values[len(_FIELDS) + 1:len(_FIELDS) + 1 + count]
        self.env = dict(variable.split("=", 1) for variable in variables)
        self.argv = values[len(_FIELDS) + 1 + count:]


class _Term:
    """Whether SIGTERM arrived (the parent gave up, closed the sandbox or died)."""

    received = False

    @classmethod
    def handle(cls, signum: int, frame: object) -> None:
        cls.received = True


def main(parent: int) -> int:
    """Serve requests until stdin closes or SIGTERM arrives."""
    signal.signal(signal.SIGTERM, _Term.handle)
    prctl(_PR_SET_CHILD_SUBREAPER, 1)
    prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    # The test runs as the same user, and is this process's child: through
    # /proc/PPID/fd/1 it wrote a verdict of its choosing ("0": passed) into the
    # answer pipe, and through fd/0 it could send requests. Non-dumpable, this
    # process's /proc entries belong to root; a test's exec makes it dumpable again.
    prctl(PR_SET_DUMPABLE, 0)
    if os.getppid() != parent:  # the parent died before the line above
        return 0
    tasks = user_tasks()
    while not _Term.received:
        size = sys.stdin.buffer.readline()
        if not size:
            return 0
        run = _Run(sys.stdin.buffer.read(int(size)))
        verdict, streams = _serve(run, tasks)
        sys.stdout.buffer.write(answer(verdict, streams))
        sys.stdout.buffer.flush()
    return 0


def answer(verdict: str, streams: list[bytes]) -> bytes:
    """The answer to a request: the verdict and the streams' sizes on a line, then the streams."""
    return f"{verdict} {' '.join(str(len(stream)) for stream in streams)}\n".encode() + b"".join(streams)


def _serve(run: _Run, tasks: int | None) -> tuple[str, list[bytes]]:
    """Run one request to its end: its verdict and its stdout and stderr, as kept."""
    pipes = [os.pipe() for _ in range(2)]
    outputs = [_Output(read) for read, _ in pipes]
    try:
        pid = _spawn(run, None if tasks is None else tasks + run.processes, [write for _, write in pipes])
        for _, write in pipes:
            os.close(write)
        try:
            verdict = _watch(pid, run, outputs)
        finally:
            _end_all(pid)
        for output in outputs:
            output.drain()
        return verdict, [output.kept() for output in outputs]
    finally:
        for output in outputs:
            os.close(output.descriptor)


class _Output:
    """One stream of a run, read from its pipe as it comes: the first ``HEAD_BYTES``
    and the last ``TAIL_BYTES`` are kept, the bytes between them only counted."""

    def __init__(self, descriptor: int) -> None:
        os.set_blocking(descriptor, False)  # the drain must not wait for a writer that survived
        self.descriptor = descriptor
        self.open = True
        self._head = bytearray()
        self._tail: deque[bytes] = deque()
        self._tail_size = 0
        self._cut = 0

    def read(self) -> bool:
        """Read what the pipe holds now (up to a chunk): whether anything came. At
        the pipe's end, mark it closed."""
        try:
            data = os.read(self.descriptor, _CHUNK)
        except BlockingIOError:
            return False
        self.open = bool(data)
        room = max(0, HEAD_BYTES - len(self._head))
        self._head += data[:room]
        if data[room:]:
            self._keep(data[room:])
        return self.open

    def drain(self) -> None:
        """Read what is left once the run's processes are gone, up to the pipe's end
        (or until it is empty, should a writer have survived)."""
        while self.read():
            pass

    def kept(self) -> bytes:
        """What was kept, the cut marked by one line."""
        tail = b"".join(self._tail)
        surplus = max(0, len(tail) - TAIL_BYTES)
        cut = self._cut + surplus
        mark = b"\nrepoagent: %d bytes of output cut here\n" % cut if cut else b""
        return bytes(self._head) + mark + tail[surplus:]

    def _keep(self, data: bytes) -> None:
        self._tail.append(data)
        self._tail_size += len(data)
        while self._tail_size - len(self._tail[0]) >= TAIL_BYTES:
            dropped = self._tail.popleft()
            self._tail_size -= len(dropped)
            self._cut += len(dropped)


def _spawn(run: _Run, nproc: int | None, outputs: list[int]) -> int:
    """Fork and exec the command in a new session, with its output to the pipes
    ``outputs`` (stdout, stderr) and under the limits (this process has one thread,
    so forking is safe)."""
    pid = os.fork()
    if pid:
        return pid
    try:
        os.setsid()
        os.chdir(run.cwd)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(outputs[0], 1)
        os.dup2(outputs[1], 2)
        for name in ("SIGPIPE", "SIGXFSZ"):  # Python ignores them; a program expects the default
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        _limit(resource.RLIMIT_AS, run.memory_bytes)
        _limit(resource.RLIMIT_CPU, run.cpu_seconds, run.cpu_seconds + 1)
        if nproc is not None:
            _limit(resource.RLIMIT_NPROC, nproc)
        os.execvpe(run.argv[0], run.argv, run.env)
    except OSError as error:
        os.write(2, f"repoagent: cannot run {run.argv[0]}: {error.strerror}\n".encode())
    finally:
        os._exit(127)


def _watch(pid: int, run: _Run, outputs: list[_Output]) -> str:
    """Read the test's output while waiting for it to exit, its time to run out, its
    processes to pass the cap, or SIGTERM; orphans re-parented here are reaped on the
    way. The processes are counted once per poll, not per chunk of output."""
    deadline = time.monotonic() + run.timeout
    next_count = 0.0
    # A pidfd wakes the wait the moment the test exits; without one, the poll does.
    exited = [os.pidfd_open(pid)] if hasattr(os, "pidfd_open") else []
    try:
        while True:
            now = time.monotonic()
            if now >= deadline or _Term.received:
                return TIMED_OUT
            reading = {output.descriptor: output for output in outputs if output.open}
            ready, _, _ = select.select([*exited, *reading], [], [], min(_POLL_SECONDS, deadline - now))
            for descriptor in ready:
                if descriptor in reading:
                    reading[descriptor].read()
            code = _reap(pid)
            if code is not None:
                return str(code)
            if now >= next_count:
                if len(_descendants()) > run.processes:
                    return TOO_MANY_PROCESSES
                next_count = now + _POLL_SECONDS
    finally:
        for descriptor in exited:
            os.close(descriptor)


def _reap(pid: int) -> int | None:
    """Collect every exited child; the exit code of ``pid`` if it was among them."""
    code = None
    while True:
        try:
            done, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return code
        if done == 0:
            return code
        if done == pid:
            code = os.waitstatus_to_exitcode(status)


def _end_all(pid: int) -> None:
    """Kill the test's process group, then every descendant left, until none is left
    (a killed parent's children come here, so each round finds what the last missed).

    No child left means no descendant left: a descendant whose parent died is a
    child of this process. So a test that left nothing behind costs no scan of ``/proc``.
    """
    _kill(pid, group=True)
    stop = time.monotonic() + _CLEANUP_SECONDS
    while time.monotonic() < stop:
        _reap(pid)
        if not _has_children():
            return
        for child in _descendants():
            _kill(child)
        time.sleep(0.01)


def _has_children() -> bool:
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    return True


def _kill(pid: int, group: bool = False) -> None:
    try:
        (os.killpg if group else os.kill)(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # gone already, or not ours to kill


def _descendants() -> list[int]:
    """Every process below this one, zombies included, from ``/proc``."""
    children = defaultdict(list)
    for pid, parent, _ in _processes():
        children[parent].append(pid)
    found, todo = [], [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def user_tasks() -> int | None:
    """How many tasks (threads included, as ``RLIMIT_NPROC`` counts) this user runs;
    ``None`` without ``/proc``."""
    if not os.path.isdir(_PROC):
        return None
    uid = os.getuid()
    return sum(threads for _, _, (owner, threads) in _processes(with_owner=True) if owner == uid)


def _processes(with_owner: bool = False):  # noqa: ANN202 - a generator of tuples
    """(pid, parent pid, (owner uid, threads) or None) of every process in ``/proc``."""
    for name in os.listdir(_PROC) if os.path.isdir(_PROC) else ():
        if not name.isdigit():
            continue
        try:
            with open(f"{_PROC}/{name}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
                owner = (os.fstat(stream.fileno()).st_uid, int(fields[17])) if with_owner else None
        except (OSError, IndexError, ValueError):
            continue  # exited meanwhile
        yield int(name), int(fields[1]), owner


def _limit(which: int, soft: int, hard: int | None = None) -> None:
    """Lower a limit, never above the hard limit already in force."""
    _, ceiling = resource.getrlimit(which)
    values = [soft, soft if hard is None else hard]
    if ceiling != resource.RLIM_INFINITY:
        values = [min(value, ceiling) for value in values]
    resource.setrlimit(which, tuple(values))


def prctl(option: int, value: int) -> None:
    """Linux's ``prctl(option, value)``; nothing where the C library has none (the
    sandbox makes repoagent itself non-dumpable with it too)."""
    call = getattr(ctypes.CDLL(None), "prctl", None)
    if call is not None:
        call(option, value, 0, 0, 0)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
