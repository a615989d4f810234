"""The ``repoagent`` program's side: send a hook's command line to the server.

Imported on every start of the program before anything else, so it imports only
``_socket``, ``array`` and ``signal`` (not ``socket``, whose enumerations cost more
than the whole exchange), and only when a server's socket is there.

The standard streams go to the run as file descriptors (``SCM_RIGHTS``): its output
is written straight to the caller's terminal or pipe, interleaved as it would be.
Until the server says which process runs the line, any failure (no answer, a
refusal: a server whose code changed) leaves the line to the program; once it
runs, the program forwards its interrupt, hang-up and termination signals to that
process, and exits with its exit code.
"""

from __future__ import annotations

import os
import sys

from repoagent.server.address import is_hook_line, listening, pack, socket_path

TYPE_CHECKING = False  # not ``typing``'s: importing it is 3 ms of every start
if TYPE_CHECKING:
    import _socket

#: How long the server may take to accept a line and name its process.
_ANSWER_SECONDS = 5.0


def forward(args: list[str]) -> int | None:
    """Run ``args`` in the server when it is a hook's line and a server listens:
    its exit code; ``None`` when the program should run it itself."""
    if not is_hook_line(args):
        return None
    path = socket_path()
    if not listening(path):
        return None
    streams = _streams()
    if streams is None:
        return None
    import _socket
    from array import array

    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(_ANSWER_SECONDS)
        connection.connect(path)
        descriptors = array("i", [0, 1, 2]).tobytes()
        request = pack(_request(args, streams))
        sent = connection.sendmsg([request], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, descriptors)])
        if sent < len(request):  # a large environment: the descriptors went with the first part
            connection.sendall(request[sent:])
        answers = _Lines(connection)
        answer = answers.next().split()
    except OSError:
        connection.close()
        return None
    if len(answer) != 2 or answer[0] != b"running" or not answer[1].isdigit():
        connection.close()  # refused (its code changed): this process runs the line
        return None
    return _wait(answers, int(answer[1]))


class _Lines:
    """The lines a server sends (``_socket``'s sockets have no ``makefile``)."""

    def __init__(self, connection: _socket.socket) -> None:
        self.connection = connection
        self._pending = b""

    def next(self) -> bytes:
        """The next line, without its end (what came before the connection closed, at its end)."""
        while b"\n" not in self._pending:
            more = self.connection.recv(4096)
            if not more:
                line, self._pending = self._pending, b""
                return line
            self._pending += more
        line, _, self._pending = self._pending.partition(b"\n")
        return line


def _streams() -> list[bytes] | None:
    """The encoding and error handler of stdin, stdout and stderr, as the run must
    make its own streams; ``None`` when one of them is closed (nothing to pass)."""
    fields = []
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is None:
            return None
        try:
            os.fstat(stream.fileno())
        except (OSError, ValueError):
            return None
        fields += [stream.encoding.encode(), (stream.errors or "strict").encode()]
    return fields


def _request(args: list[str], streams: list[bytes]) -> list[bytes]:
    """``run``, the folder, the umask, the streams' encodings, the arguments and the
    environment, in the order :func:`repoagent.server.daemon.read_request` reads them."""
    umask = os.umask(0o022)
    os.umask(umask)
    arguments = [os.fsencode(arg) for arg in args]
    environment = [os.fsencode(key) + b"=" + os.fsencode(value) for key, value in os.environ.items()]
    return [b"run", os.fsencode(os.getcwd()), str(umask).encode(), *streams, str(len(arguments)).encode(), *arguments, *environment]


def _wait(answers: _Lines, pid: int) -> int:
    """The exit code of the run in process ``pid``, forwarding this process's
    signals to it meanwhile."""
    import signal

    def relay(number: int, _frame: object) -> None:
        try:
            os.kill(pid, number)
        except OSError:
            pass  # it has just ended

    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, relay)
    try:
        answers.connection.settimeout(None)
        line = answers.next().split()
    except OSError:
        line = []
    if len(line) != 1 or not line[0].lstrip(b"-").isdigit():
        sys.stderr.write("repoagent: the server stopped during the run; run the command again\n")
        return 3
    return int(line[0])


def control(kind: str) -> str | None:
    """Send the control request ``kind`` (``ping``, ``stop``) to this installation's
    server: its answer, or ``None`` when none listens."""
    path = socket_path()
    if not listening(path):
        return None
    import _socket

    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(_ANSWER_SECONDS)
        connection.connect(path)
        connection.sendall(pack([kind.encode()]))
        return _Lines(connection).next().decode(errors="replace") or None
    except OSError:
        return None
    finally:
        connection.close()
