"""The real pre-commit framework running ``.pre-commit-hooks.yaml`` on a temporary repository.

pre-commit builds a virtualenv and pip-installs the project into it (dependencies
from the package registry), which takes a while: ``PRE_COMMIT_HOME`` is one
folder for the whole test session so that happens once. ``try-repo`` and a
``repo:`` entry at the same commit share that environment.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, VENV_BIN, documented_repo, environment, git_commit, project_as_git_repo

PAGE = "docs/repoagent/pkg/mod.py.md"
CHANGED = CODE.replace("return x + 1", "return x + 2")


@pytest.fixture(scope="session")
def hooks_repository(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    return project_as_git_repo(tmp_path_factory.mktemp("hooks-repository") / "repoagent")


@pytest.fixture(scope="session")
def pre_commit_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return environment(PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))


def pre_commit(repo: GitRepo, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(VENV_BIN / "pre-commit"), *args], cwd=repo.root, env=env, capture_output=True, text=True)


def repo_with_framework_hook(root: Path, hooks_repository: GitRepo, env: dict[str, str]) -> GitRepo:
    """A documented repository whose ``git commit`` runs repoagent-docs through pre-commit."""
    repo = documented_repo(root)
    repo.write(
        ".pre-commit-config.yaml",
        f"""\
        repos:
          - repo: {hooks_repository.root}
            rev: {hooks_repository.head()}
            hooks:
              - id: repoagent-docs
        """,
    )
    repo.commit("use the hook")
    assert pre_commit(repo, env, "install").returncode == 0
    return repo


def test_try_repo_docs_hook_rewrites_then_passes_and_check_hook_follows(
    tmp_path: Path, hooks_repository: GitRepo, pre_commit_env: dict[str, str]
) -> None:
    repo = documented_repo(tmp_path / "repo")
    page_before = (repo.root / PAGE).read_text()
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")
    hooks = str(hooks_repository.root)

    check = pre_commit(repo, pre_commit_env, "try-repo", hooks, "repoagent-docs-check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert (repo.root / PAGE).read_text() == page_before  # the check writes nothing

    docs = pre_commit(repo, pre_commit_env, "try-repo", hooks, "repoagent-docs")
    assert docs.returncode == 1, docs.stdout + docs.stderr
    assert "git add" in docs.stdout + docs.stderr
    assert (repo.root / PAGE).read_text() != page_before

    repo.add("docs")
    for hook in ("repoagent-docs", "repoagent-docs-check"):
        passed = pre_commit(repo, pre_commit_env, "try-repo", hooks, hook)
        assert passed.returncode == 0, passed.stdout + passed.stderr


def test_installed_hook_stops_the_first_commit_and_lets_the_second_through(
    tmp_path: Path, hooks_repository: GitRepo, pre_commit_env: dict[str, str]
) -> None:
    repo = repo_with_framework_hook(tmp_path / "repo", hooks_repository, pre_commit_env)
    before = repo.head()
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    first = git_commit(repo, **pre_commit_env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert repo.head() == before
    assert "git add" in first.stdout + first.stderr

    repo.add("docs")
    second = git_commit(repo, **pre_commit_env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert repo.git("show", f"HEAD:{PAGE}") == (repo.root / PAGE).read_text().strip()


def test_intent_to_add_files_survive_the_framework_hook(
    tmp_path: Path, hooks_repository: GitRepo, pre_commit_env: dict[str, str]
) -> None:
    """Issue 12.7 under the framework: its own stash handles intent-to-add files, and
    ``repoagent docs`` inside it leaves them (and their state) alone."""
    repo = repo_with_framework_hook(tmp_path / "repo", hooks_repository, pre_commit_env)
    wip = "def later():\n    return 'not ready'\n"
    repo.write("pkg/wip.py", wip)
    repo.git("add", "--intent-to-add", "pkg/wip.py")
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    assert git_commit(repo, **pre_commit_env).returncode == 1  # pages rewritten
    repo.add("docs")
    result = git_commit(repo, **pre_commit_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo.root / "pkg/wip.py").read_text() == wip
    assert repo.git("diff", "--name-only", "--diff-filter=A") == "pkg/wip.py"
