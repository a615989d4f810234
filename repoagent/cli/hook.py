"""``repoagent hook install|uninstall|run``: the plain git pre-commit hook.

For repositories that do not use the pre-commit framework. The installed hook is
a shim (``hooks/pre-commit``, shipped in the package as
``repoagent/hooks/pre-commit``) that execs ``repoagent hook run``, whose logic is
in :mod:`repoagent.githook`; installing it bakes in the Python that ran the
installer, so the hook finds repoagent without an activated virtualenv
(pre-commit's ``INSTALL_PYTHON`` trick), and whether rewritten pages are staged
(``--stage``).

A hook that is already there and is not repoagent's is never overwritten
silently: ``install`` refuses unless ``--force``, and then keeps it as
``pre-commit.legacy``, which repoagent's hook runs first; ``uninstall`` puts it
back. The hooks folder comes from ``git rev-parse --git-path hooks``, so linked
worktrees (which share the main repository's hooks) and ``core.hooksPath`` work.
"""

from __future__ import annotations

import os
import re
import shlex
import stat
import sys
from importlib import resources
from pathlib import Path

import click

from repoagent.cli.group import cli
from repoagent.cli.common import repository
from repoagent.fileio import write_atomically
from repoagent.changes.git import run_git
from repoagent.errors import UsageError
from repoagent.githook.run import LEGACY_NAME, run_hook
from repoagent.terminal import say

MARKER = "# repoagent-hook: pre-commit"
HOOK_NAME = "pre-commit"


@cli.group()
def hook() -> None:
    """Install or remove repoagent's plain git pre-commit hook."""


@hook.command()
@click.argument("path", default=".")
@click.option("--stage", is_flag=True, help="Stage the pages the hook rewrote so the commit carries them.")
@click.option("--force", is_flag=True, help="Replace a hook that is not repoagent's (kept as pre-commit.legacy, run first).")
def install(path: str, stage: bool, force: bool) -> int:
    """Install the pre-commit hook in the repository at PATH."""
    say(install_hook(repository(path), stage=stage, force=force))
    return 0


@hook.command(context_settings={"ignore_unknown_options": True})
@click.option("--stage/--no-stage", default=False, help="Stage the pages the run rewrote.")
@click.option("--hook-dir", type=click.Path(file_okay=False, path_type=Path), help="The hooks folder (to find pre-commit.legacy).")
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def run(stage: bool, hook_dir: Path | None, arguments: tuple[str, ...]) -> int:
    """Run the pre-commit hook in the current worktree (what the installed hook does)."""
    return run_hook(hook_dir, stage, arguments)


@hook.command()
@click.argument("path", default=".")
def uninstall(path: str) -> int:
    """Remove repoagent's pre-commit hook from the repository at PATH."""
    say(uninstall_hook(repository(path)))
    return 0


def install_hook(root: Path, *, stage: bool = False, force: bool = False) -> str:
    """Install the hook in ``root``'s hooks folder; return what was done, in one line."""
    folder = hooks_folder(root)
    target, legacy = folder / HOOK_NAME, folder / LEGACY_NAME
    kept = ""
    if target.exists() and not is_ours(target):
        if not force:
            raise UsageError(
                f"{target} exists and is not repoagent's; rerun with --force to keep it as "
                f"{LEGACY_NAME} (it then runs before repoagent's hook)"
            )
        if legacy.exists():
            raise UsageError(f"{target} and {legacy} both exist; move one of them away first")
        os.replace(target, legacy)
        kept = f"; your previous hook is kept as {LEGACY_NAME} and runs first"
    write_atomically(target, hook_script(python=sys.executable, stage=stage))
    target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    if legacy.exists() and not kept:
        kept = f"; {LEGACY_NAME} still runs first"
    staging = " (stages rewritten pages)" if stage else ""
    return f"repoagent: installed {target}{staging}{kept}"


def uninstall_hook(root: Path) -> str:
    """Remove repoagent's hook from ``root`` and restore a kept one; return what was done."""
    folder = hooks_folder(root)
    target, legacy = folder / HOOK_NAME, folder / LEGACY_NAME
    if target.exists() and not is_ours(target):
        raise UsageError(f"{target} is not repoagent's hook; left as it is")
    if not target.exists() and not legacy.exists():
        return f"repoagent: no pre-commit hook installed in {folder}"
    target.unlink(missing_ok=True)
    if legacy.exists():
        os.replace(legacy, target)
        return f"repoagent: removed the hook and restored your previous {target}"
    return f"repoagent: removed {target}"


def hooks_folder(root: Path) -> Path:
    """The folder git reads hooks from (worktrees and ``core.hooksPath`` included)."""
    run_git(root, "rev-parse", "--git-dir")  # a clear error when root is not a repository
    folder = (root / run_git(root, "rev-parse", "--git-path", "hooks")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: repoagent's hook carries its marker in its first lines: no more of a hook is read.
MARKER_WITHIN = 4096


def is_ours(path: Path) -> bool:
    """Whether the hook at ``path`` was written by repoagent (it carries :data:`MARKER`).
    repoagent writes a regular file: a link (a committed ``.githooks/pre-commit ->
    /dev/zero`` under ``core.hooksPath``) is not read, which never ended."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            return MARKER.encode() in stream.read(MARKER_WITHIN)
    except OSError:
        return False


def hook_script(*, python: str, stage: bool) -> str:
    """The hook's text with the installing Python and the staging default filled in."""
    text = (resources.files("repoagent") / "hooks" / HOOK_NAME).read_text(encoding="utf-8")
    text = _set_line(text, "INSTALL_PYTHON", shlex.quote(python))
    return _set_line(text, "STAGE", "1" if stage else "0")


def _set_line(text: str, name: str, value: str) -> str:
    pattern = re.compile(rf"^{name}=.*$", re.MULTILINE)
    if len(pattern.findall(text)) != 1:
        raise RuntimeError(f"hook template must set {name} on exactly one line")
    return pattern.sub(lambda _: f"{name}={value}", text)
