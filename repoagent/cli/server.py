"""``repoagent server start|stop|status``: the server that spares hooks Python's start-up.

See :mod:`repoagent.server` for what it runs and why that is the same as a fresh
process. ``start`` makes the private folder of the user's sockets if it is missing,
refuses one that others could enter, and returns once the server answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import click

from repoagent.cli.group import cli
from repoagent.errors import UsageError
from repoagent.server.address import MAX_PATH, folder, socket_path, untrusted
from repoagent.server.client import control
from repoagent.terminal import say

_START_SECONDS = 30.0  # importing everything takes about a second; a loaded machine, more


@cli.group()
def server() -> None:
    """Keep a process that answers the hooks' command lines without Python's start-up."""


@server.command()
@click.option("--idle", type=click.IntRange(min=1), default=30, show_default=True, help="Minutes without a run before it stops.")
def start(idle: int) -> int:
    """Start this installation's server, unless it runs already."""
    if not hasattr(os, "fork"):
        raise UsageError("the server needs fork and Unix sockets, which this system lacks; hooks run without it")
    where = folder()
    if not os.path.isdir(os.path.dirname(where)):
        raise UsageError(f"the runtime folder {os.path.dirname(where)} does not exist; set XDG_RUNTIME_DIR to one that does")
    try:
        os.mkdir(where, 0o700)
    except FileExistsError:
        pass  # checked below, whoever made it
    except OSError as error:
        raise UsageError(f"cannot make {where} ({error.strerror}); set XDG_RUNTIME_DIR to a folder of yours") from None
    reason = untrusted(where)
    if reason is not None:
        raise UsageError(f"{where} {reason}; remove it, or set XDG_RUNTIME_DIR to a folder only you can enter")
    path = socket_path()
    if len(path) > MAX_PATH:
        raise UsageError(f"the socket path {path} is too long for the system; set XDG_RUNTIME_DIR to a shorter folder")
    answer = control("ping")
    if answer is not None:
        say(f"repoagent server: already {answer}")
        return 0
    log = path[: -len(".sock")] + ".log"
    with open(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as errors:
        process = subprocess.Popen([sys.executable, "-P", "-m", "repoagent.server.daemon", "--idle", str(idle * 60)],
                                   cwd="/", stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    deadline = time.monotonic() + _START_SECONDS
    while (answer := control("ping")) is None:
        if process.poll() is not None or time.monotonic() > deadline:
            raise UsageError(f"the server did not start (its errors are in {log}); hooks run without it")
        time.sleep(0.05)
    say(f"repoagent server: {answer}; hooks' command lines run in it until {idle} minutes pass without one")
    return 0


@server.command()
def stop() -> int:
    """Stop this installation's server."""
    answer = control("stop")
    say("repoagent server: stopped" if answer is not None else "repoagent server: none is running")
    return 0


@server.command()
def status() -> int:
    """Say whether this installation's server runs (exit code 1: it does not)."""
    answer = control("ping")
    say(f"repoagent server: {answer}" if answer is not None else "repoagent server: none is running")
    return 0 if answer is not None else 1
