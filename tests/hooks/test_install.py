"""``repoagent hook install|uninstall`` on real repositories, including a foreign hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from repoagent.cli import main
from tests.support.git_repo import GitRepo
from tests.support.hooks import environment

FOREIGN = "#!/bin/sh\necho foreign >> \"$(git rev-parse --git-dir)/../foreign-ran\"\nexit ${FOREIGN_EXIT:-0}\n"


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("README.md", "hello\n")
    repo.commit("first")
    return repo


def hook_file(repo: GitRepo) -> Path:
    return repo.root / ".git" / "hooks" / "pre-commit"


def commit(repo: GitRepo, **env: str) -> subprocess.CompletedProcess[str]:
    """A real ``git commit`` of a text change, which runs the installed hook."""
    repo.write("notes.txt", "note\n" + os.urandom(4).hex())
    repo.add("notes.txt")
    return subprocess.run(
        ["git", "commit", "-q", "-m", "change"], cwd=repo.root, env=environment(**env), capture_output=True, text=True
    )


def test_install_writes_an_executable_hook_that_knows_its_python(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hook", "install", str(repo.root)]) == 0
    text = hook_file(repo).read_text()
    assert "# repoagent-hook: pre-commit" in text
    assert f"INSTALL_PYTHON={sys.executable}\n" in text
    assert "\nSTAGE=0\n" in text
    assert os.access(hook_file(repo), os.X_OK)
    assert "installed" in capsys.readouterr().out


def test_install_stage_and_reinstall_over_its_own_hook(repo: GitRepo) -> None:
    assert main(["hook", "install", str(repo.root)]) == 0
    assert main(["hook", "install", "--stage", str(repo.root)]) == 0  # no --force needed for our own hook
    assert "\nSTAGE=1\n" in hook_file(repo).read_text()
    assert not (hook_file(repo).parent / "pre-commit.legacy").exists()


def test_foreign_hook_is_refused_then_kept_chained_and_restored(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    hook_file(repo).write_text(FOREIGN)
    hook_file(repo).chmod(0o755)

    assert main(["hook", "install", str(repo.root)]) == 2
    assert "--force" in capsys.readouterr().err
    assert hook_file(repo).read_text() == FOREIGN

    assert main(["hook", "install", "--force", str(repo.root)]) == 0
    assert (hook_file(repo).parent / "pre-commit.legacy").read_text() == FOREIGN
    assert commit(repo, REPOAGENT_SKIP="1").returncode == 0
    assert (repo.root / "foreign-ran").read_text() == "foreign\n"  # the kept hook still runs

    failed = commit(repo, FOREIGN_EXIT="1", REPOAGENT_SKIP="1")
    assert failed.returncode == 1  # and its verdict still counts

    assert main(["hook", "uninstall", str(repo.root)]) == 0
    assert hook_file(repo).read_text() == FOREIGN
    assert not (hook_file(repo).parent / "pre-commit.legacy").exists()


def test_uninstall_leaves_a_foreign_hook_alone(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    hook_file(repo).write_text(FOREIGN)
    assert main(["hook", "uninstall", str(repo.root)]) == 2
    assert "not repoagent's" in capsys.readouterr().err
    assert hook_file(repo).read_text() == FOREIGN


def test_uninstall_without_a_hook_says_so(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hook", "uninstall", str(repo.root)]) == 0
    assert "no pre-commit hook" in capsys.readouterr().out


def test_worktree_installs_into_the_shared_hooks_folder(repo: GitRepo, tmp_path: Path) -> None:
    repo.git("worktree", "add", "-q", str(tmp_path / "wt"))
    assert main(["hook", "install", str(tmp_path / "wt")]) == 0
    assert "# repoagent-hook" in hook_file(repo).read_text()


def test_core_hooks_path_is_honoured(repo: GitRepo) -> None:
    repo.git("config", "core.hooksPath", "githooks")
    assert main(["hook", "install", str(repo.root)]) == 0
    assert (repo.root / "githooks" / "pre-commit").is_file()
    assert not hook_file(repo).exists()
    assert commit(repo, REPOAGENT_SKIP="1").returncode == 0


def test_outside_a_repository_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hook", "install", str(tmp_path)]) == 2
    assert "rev-parse" in capsys.readouterr().err


def test_a_committed_hook_linked_to_a_device_is_not_read(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    """Under ``core.hooksPath`` the hooks folder is the repository's: a committed
    ``githooks/pre-commit -> /dev/zero`` was read whole to look for the marker,
    which never ends (a MemoryError, exit 3)."""
    (repo.root / "githooks").mkdir()
    (repo.root / "githooks" / "pre-commit").symlink_to("/dev/zero")
    repo.commit("a hook")
    repo.git("config", "core.hooksPath", "githooks")
    for command in ("install", "uninstall"):
        capsys.readouterr()
        assert main(["hook", command, str(repo.root)]) == 2
        assert "is not repoagent's" in capsys.readouterr().err
    assert os.readlink(repo.root / "githooks" / "pre-commit") == "/dev/zero"
