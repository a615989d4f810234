"""The click group every command registers on, and click's part of the error boundary.

Each command lives in its own module here and registers itself on :data:`cli`;
:func:`invoke` parses a command line with click and turns click's own errors (a bad
option, a missing argument, an abort) into one line on stderr and an exit code.
Everything else is left to :func:`repoagent.cli.main`, the error boundary.
"""

from __future__ import annotations

import importlib

import click

from repoagent import __version__
from repoagent.terminal import say

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
    "server": "repoagent.cli.server",
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


def invoke(args: list[str]) -> int:
    """Run the command line ``args`` through click; its exit code."""
    try:
        result = cli.main(args=args, prog_name="repoagent", standalone_mode=False)
    except click.exceptions.Abort:
        say("repoagent: aborted", err=True)
        return 130
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "repoagent"
        say(f"repoagent: error: {error.format_message()} (see `{command} --help`)", err=True)
        return 2
    except click.ClickException as error:
        say(f"repoagent: error: {error.format_message()}", err=True)
        return 2
    return result if isinstance(result, int) else 0
