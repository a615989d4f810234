"""Where a user's server listens, whether that place can be trusted, and the requests' format.

Shared by the client (run on every ``repoagent`` start: it imports nothing heavier
than ``os``) and the daemon.

The socket lives in ``$XDG_RUNTIME_DIR/repoagent`` (``/tmp/repoagent-UID`` without
one), named by a hash of the interpreter and the package's folder, so that two
installations (two virtualenvs, two checkouts) never answer for each other. The
folder must be a real folder (not a link) owned by the user and closed to everyone
else: the client sends its environment, API keys included, and a socket someone
else made would receive them. A folder that fails the test is not used, and
``repoagent server start`` says why.

A request is the bytes ``b"\\0".join(fields)`` after a 4-byte big-endian length;
answers are lines of text.
"""

from __future__ import annotations

import os
import stat
import sys

from repoagent.hashing import blake2b

#: Longest socket path the systems take (``sun_path`` holds 104-108 bytes).
MAX_PATH = 100


def folder() -> str:
    """The folder of this user's sockets."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime):
        return os.path.join(runtime, "repoagent")
    return os.path.join("/tmp", f"repoagent-{os.getuid()}")


def socket_path() -> str:
    """The socket of the server for this interpreter and this copy of repoagent."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    key = blake2b(f"{sys.executable}\0{package}".encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return os.path.join(folder(), f"{key}.sock")


def untrusted(path: str) -> str | None:
    """Why the folder at ``path`` must not be used (``None``: it may)."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return "does not exist"
    if not stat.S_ISDIR(found.st_mode):
        return "is not a folder (a link or a file)"
    if found.st_uid != os.getuid():
        return "belongs to another user"
    if found.st_mode & 0o077:
        return "is open to other users (its mode should be 700)"
    return None


def listening(path: str) -> bool:
    """Whether ``path`` may be a socket of this user's server, in a trusted folder
    (one ``lstat`` each when no server runs: the cost of every start without one)."""
    if not hasattr(os, "fork") or len(path) > MAX_PATH:
        return False
    try:
        found = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(found.st_mode) and found.st_uid == os.getuid() and untrusted(os.path.dirname(path)) is None


def pack(fields: list[bytes]) -> bytes:
    """A request: its fields joined by NUL, after their length."""
    body = b"\0".join(fields)
    return len(body).to_bytes(4, "big") + body


def is_hook_line(args: list[str]) -> bool:
    """Whether ``args`` may be a hook's command line (the client's cheap test; the
    process that runs it decides exactly, as without a server)."""
    return args[:2] == ["hook", "run"] or (bool(args) and args[0] in ("docs", "status") and "--staged" in args)
