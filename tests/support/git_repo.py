"""A tiny real-git repository for tests: init in a folder, write files, stage, commit.

Every call runs the real ``git`` binary with a fixed identity and clock and without
the user's global or system configuration (and without any ``GIT_*`` variable a
surrounding hook may have set), so tests behave the same on every machine and the
commit shas are reproducible.

    repo = GitRepo.init(tmp_path)
    repo.write("pkg/mod.py", "def f():\\n    return 1\\n")
    first = repo.commit("add f")          # stages everything, returns the sha
    repo.write("pkg/mod.py", "...")
    repo.add("pkg/mod.py")                # stage without committing
"""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

_IDENTITY = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_AUTHOR_DATE": "2026-11-23T12:00:00+0000",
    "GIT_COMMITTER_DATE": "2026-11-23T12:00:00+0000",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git_environment() -> dict[str, str]:
    """The environment every test git call runs in (also handy for subprocesses)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(_IDENTITY)
    return env


class GitRepo:
    """A git repository in ``root`` driven through the ``git`` command."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def init(cls, root: Path, branch: str = "main") -> GitRepo:
        """Create the folder (if needed) and an empty repository in it."""
        repo = cls(root)
        repo.root.mkdir(parents=True, exist_ok=True)
        repo.git("init", "-q", "-b", branch)
        return repo

    def git(self, *args: str) -> str:
        """Run ``git ARGS`` in the repository; return stdout stripped; raise on failure."""
        result = subprocess.run(
            ["git", *args], cwd=self.root, env=git_environment(), capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def write(self, path: str, text: str) -> Path:
        """Write ``text`` (dedented) to ``path`` under the root, creating folders."""
        full = self.root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(textwrap.dedent(text), encoding="utf-8")
        return full

    def remove(self, path: str) -> None:
        """Delete ``path`` from the working tree (stage it with :meth:`add`)."""
        (self.root / path).unlink()

    def add(self, *paths: str) -> None:
        """Stage ``paths``, or every change (including deletions) when none are given."""
        self.git("add", "-A", "--", *(paths or ["."]))

    def commit(self, message: str = "commit", *, stage_all: bool = True) -> str:
        """Commit (after staging everything unless ``stage_all`` is false); return the sha."""
        if stage_all:
            self.add()
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.head()

    def head(self) -> str:
        """The sha HEAD points at."""
        return self.git("rev-parse", "HEAD")
