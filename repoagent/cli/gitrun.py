"""Running ``git`` for the hook installer and the GitHub Action.

Git runs hooks with ``GIT_DIR``, ``GIT_PREFIX``, ``GIT_CONFIG_PARAMETERS`` and more
set; a git call made from inside a hook inherits them and may act on the wrong
repository. :func:`clean_environment` drops them the way pre-commit's
``no_git_env`` does, keeping only the variables that carry transport settings.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from repoagent.errors import UsageError

_KEPT = {
    "GIT_EXEC_PATH",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_SSL_CAINFO",
    "GIT_SSL_NO_VERIFY",
    "GIT_CONFIG_COUNT",
    "GIT_HTTP_PROXY_AUTHMETHOD",
    "GIT_ALLOW_PROTOCOL",
    "GIT_ASKPASS",
}


def clean_environment(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """``environment`` (default: this process's) without the ``GIT_*`` variables of a hook."""
    source = os.environ if environment is None else environment
    return {
        key: value
        for key, value in source.items()
        if not key.startswith("GIT_")
        or key in _KEPT
        or key.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_"))
    }


def git(root: Path, *args: str) -> str:
    """Run ``git ARGS`` in ``root``; stdout without its trailing newline.

    A failure is the user's to fix (not a repository, unknown ref, no permission),
    so it becomes a :class:`UsageError` carrying git's own message.
    """
    result = subprocess.run(
        ["git", *args], cwd=root, env=clean_environment(), capture_output=True, text=True
    )
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()
        reason = message[-1] if message else f"exit code {result.returncode}"
        raise UsageError(f"git {' '.join(args)} failed in {root}: {reason}")
    return result.stdout.rstrip("\n")


def succeeds(root: Path, *args: str) -> bool:
    """Whether ``git ARGS`` exits 0 in ``root`` (for questions such as "is this sha here?")."""
    result = subprocess.run(
        ["git", *args], cwd=root, env=clean_environment(), capture_output=True, text=True
    )
    return result.returncode == 0


def unstaged(root: Path, folder: Path) -> list[str]:
    """Files under ``folder`` whose working copy is not what the commit will carry:
    modified or deleted since staged, or untracked.

    ``GIT_INDEX_FILE`` is kept: under ``git commit -a`` it names the index the commit
    is built from, and that is the one to compare with.
    """
    environment = clean_environment()
    if os.environ.get("GIT_INDEX_FILE"):
        environment["GIT_INDEX_FILE"] = os.path.abspath(os.environ["GIT_INDEX_FILE"])
    result = subprocess.run(
        ["git", "status", "--porcelain=v1", "--untracked-files=all", "--no-renames", "--", str(folder)],
        cwd=root, env=environment, capture_output=True, text=True,
    )
    if result.returncode != 0:
        return []  # not a repository: nothing can be staged, nothing to ask for
    return [line[3:] for line in result.stdout.splitlines() if line.startswith("??") or line[1:2] not in (" ", "")]
