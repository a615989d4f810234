"""The server's side: import once, then fork a fresh run for each hook line.

Run as ``python -P -m repoagent.server.daemon --idle SECONDS`` by ``repoagent server
start``, in a session of its own with no terminal. It imports repoagent's modules
(all but the debugger's and the benchmarks') and builds every tree-sitter grammar
and query, then waits on its socket. Each connection gets a process forked from it
(the *handler*), which reads the request and forks the *run*: the run takes the
caller's streams, folder, environment, umask and arguments, and calls
:func:`repoagent.cli.main` as the program would; the handler names the run's
process to the caller, waits for it and sends its exit code. The server itself only
accepts, so two commits in two repositories run side by side.

Requests other than ``run``: ``ping`` (answered ``serving PID RUNS``) and ``stop``.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pkgutil
import signal
import socket
import struct
import sys
from collections.abc import Iterator
from importlib import import_module
from typing import NamedTuple

import repoagent
from repoagent.server.address import folder, socket_path, untrusted

#: Packages whose modules a hook line never runs: not imported in advance.
_NOT_WARMED = ("repoagent.debug", "repoagent.bench", "repoagent.cli.debug", "repoagent.cli.bench", "repoagent.server.daemon", "repoagent.__main__")
_REQUEST_SECONDS = 5.0  # how long a caller may take to send its request
_MAX_REQUEST = 1 << 20  # bytes: arguments and an environment, never more


class Request(NamedTuple):
    """What the caller sent (``run``'s fields; a control request has none)."""

    kind: str
    folder: str = ""
    umask: int = 0o022
    encodings: tuple[tuple[str, str], ...] = ()  # (encoding, errors) of stdin, stdout, stderr
    args: tuple[str, ...] = ()
    environment: tuple[tuple[str, str], ...] = ()


def main() -> int:
    """The server process: warm up, listen, serve until idle or stopped."""
    parser = argparse.ArgumentParser(prog="repoagent-server")
    parser.add_argument("--idle", type=float, default=1800.0, help="seconds without a request before stopping")
    idle = parser.parse_args().idle
    path = socket_path()
    if untrusted(folder()) is not None:
        return 2
    lock = open(path[: -len(".sock")] + ".lock", "a")  # held for the server's life: one server per socket
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return 0  # another server is starting or serving
    warm()
    stamp = code_stamp()
    if os.path.lexists(path):
        os.unlink(path)  # a server that was killed left it; the lock says none serves
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    listener.settimeout(idle)
    try:
        serve(listener, stamp)
    finally:
        os.unlink(path)
    return 0


def warm() -> None:
    """Import what a hook line may run, and build every grammar and query."""
    for module in _modules():
        try:
            import_module(module)
        except Exception:  # noqa: BLE001 - a run that needs it imports it, and says what is wrong
            continue
    from repoagent.parsing.base import FileParser

    classes = list(FileParser.__subclasses__())
    while classes:
        parser = classes.pop()
        classes += parser.__subclasses__()
        grammar = getattr(parser, "grammar", None)
        if grammar is not None:
            grammar.query  # noqa: B018 - builds the language and compiles the query, once for every run


def _modules() -> Iterator[str]:
    for found in pkgutil.walk_packages(repoagent.__path__, "repoagent."):
        if not any(found.name == name or found.name.startswith(name + ".") for name in _NOT_WARMED):
            yield found.name


def code_stamp() -> tuple[tuple[str, int, int], ...]:
    """The file, modification time and size of every module the server has loaded:
    when one changes (an upgrade, an edited checkout) its runs would not be what a
    fresh process runs."""
    stamp = []
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            try:
                found = os.stat(path)
            except OSError:
                found = None
            stamp.append((path, found.st_mtime_ns if found else -1, found.st_size if found else -1))
    return tuple(sorted(stamp))


def serve(listener: socket.socket, stamp: tuple[tuple[str, int, int], ...]) -> None:
    """Accept requests until ``stop``, an idle timeout, or a change of the code."""
    signal.signal(signal.SIGCHLD, _reap)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    runs = 0
    while True:
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            return
        with connection:
            if not _same_user(connection):
                continue
            try:
                request, descriptors = read_request(connection)
            except (OSError, ValueError):
                continue
            try:
                if request.kind == "ping":
                    connection.sendall(f"serving (pid {os.getpid()}, {runs} runs so far)\n".encode())
                elif request.kind == "stop":
                    connection.sendall(b"stopping\n")
                    return
                elif request.kind != "run":
                    continue  # a request of another version: no answer, its program runs the line
                elif code_stamp() != stamp:
                    connection.sendall(b"refused: the code changed\n")
                    return
                else:
                    runs += 1
                    if os.fork() == 0:
                        listener.close()
                        _handle(connection, request, descriptors)
            except OSError:
                pass  # the caller went away: it runs the line itself
            finally:
                for descriptor in descriptors:
                    os.close(descriptor)


def _reap(_number: int, _frame: object) -> None:
    """Collect ended handlers (their runs' CPU time then counts as the server's children's)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def _same_user(connection: socket.socket) -> bool:
    """Whether the caller runs as this server's user (where the system says; the
    folder's mode keeps others out everywhere)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", credentials)[1] == os.getuid()


def read_request(connection: socket.socket) -> tuple[Request, list[int]]:
    """The request on ``connection`` and the descriptors sent with it."""
    connection.settimeout(_REQUEST_SECONDS)
    data, ancillary, _, _ = connection.recvmsg(65536, socket.CMSG_SPACE(3 * struct.calcsize("i")))
    descriptors = [number for level, kind, payload in ancillary if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS
                   for (number,) in struct.iter_unpack("i", payload[: len(payload) - len(payload) % 4])]
    try:
        if len(data) < 4:
            raise ValueError("no request")
        size = int.from_bytes(data[:4], "big")
        if size > _MAX_REQUEST:
            raise ValueError("request too large")
        body = data[4:]
        while len(body) < size:
            more = connection.recv(size - len(body))
            if not more:
                raise ValueError("request cut short")
            body += more
        return _decode(body.split(b"\0"), descriptors), descriptors
    except (OSError, ValueError):
        for descriptor in descriptors:
            os.close(descriptor)
        raise


def _decode(fields: list[bytes], descriptors: list[int]) -> Request:
    kind = fields[0].decode()
    if kind != "run":
        return Request(kind)
    if len(descriptors) != 3 or len(fields) < 10:
        raise ValueError("a run needs three streams and its fields")
    encodings = tuple((fields[3 + 2 * i].decode(), fields[4 + 2 * i].decode()) for i in range(3))
    count = int(fields[9])
    arguments = tuple(os.fsdecode(field) for field in fields[10 : 10 + count])
    pairs = (os.fsdecode(field).partition("=") for field in fields[10 + count :])
    return Request(kind, os.fsdecode(fields[1]), int(fields[2]), encodings, arguments,
                   tuple((key, value) for key, _, value in pairs))


def _handle(connection: socket.socket, request: Request, descriptors: list[int]) -> None:
    """In the handler: fork the run, name it to the caller, send its exit code, end."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # this process waits for its run itself
    code = 3
    try:
        pid = os.fork()
        if pid == 0:
            connection.close()
            _run(request, descriptors)
        for descriptor in descriptors:
            os.close(descriptor)
        connection.sendall(f"running {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        connection.sendall(f"{128 - code if code < 0 else code}\n".encode())
    finally:
        os._exit(0)


def _run(request: Request, descriptors: list[int]) -> None:
    """In the run: become the caller's process, run the line, exit with its code."""
    code = 3
    try:
        for target, descriptor in enumerate(descriptors):
            os.dup2(descriptor, target)
            if descriptor > 2:
                os.close(descriptor)
        for number, handler in ((signal.SIGINT, signal.default_int_handler), (signal.SIGHUP, signal.SIG_DFL),
                                (signal.SIGCHLD, signal.SIG_DFL), (signal.SIGTERM, signal.SIG_DFL)):
            signal.signal(number, handler)
        os.chdir(request.folder)
        os.umask(request.umask)
        os.environ.clear()
        os.environ.update(dict(request.environment))
        (encoding_in, errors_in), (encoding_out, errors_out), (encoding_err, errors_err) = request.encodings
        sys.stdin = open(0, encoding=encoding_in, errors=errors_in, closefd=False)
        # As the interpreter makes them: stdout line-buffered on a terminal, stderr always.
        sys.stdout = open(1, "w", 1 if os.isatty(1) else -1, encoding_out, errors_out, closefd=False)
        sys.stderr = open(2, "w", 1, encoding_err, errors_err, closefd=False)
        sys.argv = ["repoagent", *request.args]
        from repoagent.cli import main as run_line

        code = run_line()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
