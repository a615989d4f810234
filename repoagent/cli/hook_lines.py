"""The command lines a pre-commit hook runs on every commit, recognised without click.

A commit whose docs are current is answered by the stamp in a few milliseconds of
work, so what such a run costs is its start-up, and importing click was 20 ms of
its 0.11-0.14 s of CPU on requests. The hooks run fixed command lines: the
pre-commit framework's ``repoagent docs --staged`` (``--check`` for the checking
hook), the plain git hook's
``repoagent hook run --stage|--no-stage --hook-dir DIR -- ARGS`` and its child's
``repoagent docs --staged --for-hook``; ``repoagent status --staged`` is what a
person asks before committing. :func:`recognised` takes exactly those, with the
repository's path given or not, and returns the call click would make of them (the
same plain functions, :mod:`repoagent.cli.commands`, :func:`~repoagent.githook.run.run_hook`);
any other line, or anything it is not sure of (another option, a second path, a
value that looks like an option, a ``--hook-dir`` that is a file), is left to click,
which parses it or says what is wrong with it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

#: The flags each recognised command may be given (each at most once); ``--staged`` is required.
_FLAGS = {"status": frozenset({"--staged"}), "docs": frozenset({"--staged", "--check", "--for-hook"})}


def recognised(args: list[str]) -> Callable[[], int] | None:
    """The command ``args`` asks for, as click would call it; ``None``: click parses them."""
    if len(args) >= 2 and args[:2] == ["hook", "run"]:
        return _hook_run(args[2:])
    if not args or args[0] not in _FLAGS:
        return None
    flags = [arg for arg in args[1:] if arg.startswith("-")]
    paths = [arg for arg in args[1:] if not arg.startswith("-")]
    if "--staged" not in flags or len(set(flags)) != len(flags) or not set(flags) <= _FLAGS[args[0]] or len(paths) > 1:
        return None
    path = paths[0] if paths else "."
    from repoagent.cli import commands

    if args[0] == "status":
        return lambda: commands.status(path, True, None, None, False)
    check, for_hook = "--check" in flags, "--for-hook" in flags
    return lambda: commands.docs(path, True, None, None, check, False, None, None, None, None, for_hook)


def _hook_run(args: list[str]) -> Callable[[], int] | None:
    """``--stage|--no-stage --hook-dir DIR -- ARGS``, the installed hook's line."""
    if len(args) < 4 or args[0] not in ("--stage", "--no-stage") or args[1] != "--hook-dir" or args[3] != "--":
        return None
    folder = args[2]
    if not folder or folder.startswith("-") or os.path.isfile(folder):
        return None
    stage, arguments = args[0] == "--stage", tuple(args[4:])
    from repoagent.githook.run import run_hook

    return lambda: run_hook(Path(folder), stage, arguments)
