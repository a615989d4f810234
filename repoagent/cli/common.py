"""Pieces several commands share: the repository argument, warnings, atomic output."""

from __future__ import annotations

import os
import tempfile
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


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
