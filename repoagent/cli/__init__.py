"""The command line: a thin click layer over plain functions that return exit codes.

Each command lives in its own module here and registers itself on :data:`cli`.
:func:`main` is the one error boundary (pre-commit's pattern): a
:class:`~repoagent.errors.UsageError` becomes one line on stderr and exit code 2;
an unexpected exception is logged to the workspace's crash log with its traceback
and reported in one line, exit code 3.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

import click

from repoagent import __version__
from repoagent.errors import UsageError
from repoagent.workspace import Workspace


# Command name -> the module that defines it. Modules are imported only when their
# command runs (or help lists them): ``repoagent docs --staged`` in a pre-commit hook
# must not pay for importing openai, which the debug and bench commands use.
COMMANDS = {
    "graph": "repoagent.cli.graph",
    "docs": "repoagent.cli.docs",
    "status": "repoagent.cli.status",
    "init": "repoagent.cli.init",
    "debug": "repoagent.cli.debug",
    "bench": "repoagent.cli.bench",
    "hook": "repoagent.cli.hook",
    "action-report": "repoagent.cli.action",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(COMMANDS[cmd_name])
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="repoagent")
def cli() -> None:
    """Keep a repository's code documentation true to its code."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code instead of exiting."""
    try:
        result = cli.main(args=argv, prog_name="repoagent", standalone_mode=False)
    except UsageError as error:
        click.echo(f"repoagent: error: {error}", err=True)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("repoagent: aborted", err=True)
        return 130
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "repoagent"
        click.echo(f"repoagent: error: {error.format_message()} (see `{command} --help`)", err=True)
        return 2
    except click.ClickException as error:
        click.echo(f"repoagent: error: {error.format_message()}", err=True)
        return 2
    except OSError as error:
        # A full disk, a read-only folder, a missing permission: the user's to fix.
        where = f" ({error.filename})" if error.filename else ""
        click.echo(f"repoagent: error: {error.strerror or error}{where}; check the path and its permissions", err=True)
        return 2
    except KeyboardInterrupt:
        click.echo("repoagent: interrupted", err=True)
        return 130
    except Exception as error:  # the one place a bug is caught; see module docstring
        log = _write_crash_log()
        click.echo(f"repoagent: internal error: {error!r} (traceback in {log})", err=True)
        return 3
    return result if isinstance(result, int) else 0


def _write_crash_log() -> Path:
    """The traceback in the workspace's crash log, or on stderr when it cannot go there."""
    workspace = Workspace(Path("."))
    log = workspace.crash_log
    if log is not None:
        try:
            workspace.ensure()
            log.write_text(traceback.format_exc(), encoding="utf-8")
            return log
        except OSError:
            pass
    traceback.print_exc(file=sys.stderr)
    return Path("<stderr>")
