"""Pieces several commands share: the repository argument and warnings.

:func:`repository` also remembers the repository a run works on, so the error
boundary (:func:`repoagent.cli.main`) can put a crash log in that repository's
``.repoagent/`` and tell an OS error on the user's files from one elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from repoagent.errors import UsageError
from repoagent.terminal import say

MAX_WARNINGS_SHOWN = 20


_current: list[Path] = []  # the repository of this run, once known


def repository(path: str) -> Path:
    """The repository folder named on the command line, checked and remembered."""
    root = Path(path)
    if not root.exists():
        raise UsageError(f"{path}: no such folder; give the path of a repository")
    if not root.is_dir():
        raise UsageError(f"{path}: not a folder; give the path of a repository")
    _current[:] = [root.resolve()]
    return _current[0]


def current_repository() -> Path | None:
    """The repository this run works on, when a command has named it."""
    return _current[0] if _current else None


def forget_repository() -> None:
    """Start a run (the CLI may be called more than once in one process)."""
    _current.clear()


def show_warnings(warnings: list[str], count_unlinked: bool = False) -> None:
    """Warnings on stderr, one line each, at most :data:`MAX_WARNINGS_SHOWN` of them.

    With ``count_unlinked`` (``docs``, ``status``, and so every hook run) the calls
    left unlinked for too many callees are one line with their count: nothing to act
    on at each commit, and ``repoagent graph`` lists them."""
    if count_unlinked:
        from repoagent.graph.resolvers.base import is_unlinked_call

        unlinked = sum(map(is_unlinked_call, warnings))
        warnings = [line for line in warnings if not is_unlinked_call(line)]
        if unlinked:
            say(f"repoagent: warning: {unlinked} call(s) have too many possible callees to link any; "
                "`repoagent graph` lists them", err=True)
    for line in warnings[:MAX_WARNINGS_SHOWN]:
        say(f"repoagent: warning: {line}", err=True)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        say(f"repoagent: warning: ... and {len(warnings) - MAX_WARNINGS_SHOWN} more", err=True)
