"""Pieces several commands share: the repository argument and warnings."""

from __future__ import annotations

from pathlib import Path

import click

from repoagent.errors import UsageError

MAX_WARNINGS_SHOWN = 20


def repository(path: str) -> Path:
    """The repository folder named on the command line, checked."""
    root = Path(path)
    if not root.exists():
        raise UsageError(f"{path}: no such folder; give the path of a repository")
    if not root.is_dir():
        raise UsageError(f"{path}: not a folder; give the path of a repository")
    return root.resolve()


def show_warnings(warnings: list[str]) -> None:
    """Warnings on stderr, one line each, at most :data:`MAX_WARNINGS_SHOWN` of them."""
    for line in warnings[:MAX_WARNINGS_SHOWN]:
        click.echo(f"repoagent: warning: {line}", err=True)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        click.echo(f"repoagent: warning: ... and {len(warnings) - MAX_WARNINGS_SHOWN} more", err=True)
