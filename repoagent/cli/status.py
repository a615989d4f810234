"""``repoagent status``: which documented objects are stale, and why."""

from __future__ import annotations

from collections.abc import Callable

import click

from repoagent.cli import commands
from repoagent.cli.group import cli


def view_options(command: Callable) -> Callable:
    """PATH and the choice of view (working tree, ``--staged`` or a range)."""
    command = click.option("--head", metavar="REF", help="With --base: the commit to document (default HEAD).")(command)
    command = click.option("--base", metavar="REF", help="Compare the files changed since REF (a pull request's base).")(command)
    command = click.option("--staged", is_flag=True, help="Document the index: what the next commit contains.")(command)
    return click.argument("path", default=".")(command)


@cli.command()
@view_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def status(path: str, staged: bool, base: str | None, head: str | None, as_json: bool) -> int:
    """Show which documented objects of the repository at PATH are stale, and why."""
    return commands.status(path, staged, base, head, as_json)
