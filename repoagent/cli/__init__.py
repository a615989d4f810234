"""The command line: a thin click layer over plain functions that return exit codes.

Each command lives in its own module here and registers itself on the click group
(:mod:`repoagent.cli.group`). The command lines a pre-commit hook runs on every
commit (``docs --staged``, ``status --staged``, ``hook run``, as the hooks spell them)
are recognised exactly by :mod:`repoagent.cli.hook_lines` and call the same plain
functions without importing click: its 20 ms were a seventh of a run the stamp
answers. Any other command line, or any doubt, is parsed by click.

:func:`main` is the one error boundary (pre-commit's pattern): a
:class:`~repoagent.errors.UsageError` becomes one line on stderr and exit code 2,
and so does an OS error on a path the user gave (the repository, or a file named on
the command line: a read-only folder, a missing permission). Anything else, other
OS errors included, is a bug: its traceback goes to the repository's
``.repoagent/crash.log`` (the system's temporary folder when no repository is known
yet) and the user sees one line, exit code 3.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

from repoagent.cli.common import current_repository, forget_repository
from repoagent.cli.hook_lines import recognised
from repoagent.errors import UsageError
from repoagent.terminal import say
from repoagent.workspace import Workspace


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code instead of exiting."""
    forget_repository()
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        command = recognised(args)
        if command is not None:
            if argv is None:  # the program itself, which ends with the command: see _exit_now
                from repoagent.run import keep_to_exit

                keep_to_exit()
                _exit_now(command())
            return command()
        from repoagent.cli.group import invoke  # click, for every other command line

        return invoke(args)
    except UsageError as error:
        say(f"repoagent: error: {error}", err=True)
        return error.exit_code
    except OSError as error:
        if not _given_by_user(error.filename, args):
            return _crashed(error)
        say(f"repoagent: error: {error.strerror or error} ({error.filename}); check the path and its permissions", err=True)
        return 2
    except KeyboardInterrupt:
        say("repoagent: interrupted", err=True)
        return 130
    except Exception as error:  # the one place a bug is caught; see module docstring
        return _crashed(error)


def _exit_now(code: int) -> NoReturn:
    """End the program with ``code`` once its output is flushed, without the
    interpreter's teardown: freeing the plan's millions of objects one by one and
    the modules' was 0.05 s of a one-edit run on the standard library. Only after a
    hook's command line (:mod:`repoagent.cli.hook_lines`) returned: it has joined its
    worker pools and written its files atomically, and registers nothing to run at exit."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: what Python's own exit would not have written either
    os._exit(code)


def _given_by_user(filename: object, argv: list[str]) -> bool:
    """Whether ``filename`` is, or lies under, the run's repository or a path on
    the command line."""
    if not isinstance(filename, (str, bytes, os.PathLike)):
        return False
    target = Path(os.fsdecode(filename)).resolve()
    given = [path for argument in argv if (path := _as_path(argument))]
    repository = current_repository()
    return any(target == path or target.is_relative_to(path) for path in given + ([repository] if repository else []))


def _as_path(argument: str) -> Path | None:
    """The path an argument (``FILE`` or ``--option=FILE``) may name."""
    value = argument.split("=", 1)[1] if argument.startswith("-") and "=" in argument else argument
    return Path(value).resolve() if value and not value.startswith("-") and "\0" not in value else None


def _crashed(error: BaseException) -> int:
    """Log the traceback of a bug and say where it is, in one line; exit code 3."""
    import traceback  # only a bug needs it, not every run's start-up

    repository = current_repository()
    try:
        workspace = Workspace(repository) if repository else None
        log = workspace.crash_log if workspace else None
        if workspace and log is not None:
            workspace.ensure()
            if log.is_symlink():  # written through, it would overwrite whatever it leads to
                log.unlink()
            log.write_text(traceback.format_exc(), encoding="utf-8")
        else:
            import tempfile  # only a bug outside a repository needs it

            handle, name = tempfile.mkstemp(prefix="repoagent-crash-", suffix=".log")
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(traceback.format_exc())
            log = Path(name)
    except OSError:
        log = Path("<stderr>")
        traceback.print_exc(file=sys.stderr)
    say(f"repoagent: internal error: {error!r} (traceback in {log})", err=True)
    return 3
