"""The plain git hook (``hooks/pre-commit``) through real ``git commit`` calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.cli.hook import install_hook
from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, documented_repo, git_commit, repoagent

PAGE = "docs/repoagent/pkg/mod.py.md"
CHANGED = CODE.replace("return x + 1", "return x + 2")


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    return documented_repo(tmp_path / "repo")


def committed(repo: GitRepo, path: str) -> str:
    """``path`` as HEAD has it (stripped, like every :meth:`GitRepo.git` output)."""
    return repo.git("show", f"HEAD:{path}")


def on_disk(repo: GitRepo, path: str) -> str:
    return (repo.root / path).read_text().strip()


def test_stale_commit_stops_with_pages_rewritten_and_adding_them_lets_it_through(repo: GitRepo) -> None:
    install_hook(repo.root)
    before, page_before = repo.head(), (repo.root / PAGE).read_text()
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    stopped = git_commit(repo)
    assert stopped.returncode == 1
    assert "git add" in stopped.stderr
    assert repo.head() == before
    assert (repo.root / PAGE).read_text() != page_before  # rewritten in the working tree ...
    assert repo.git("diff", "--cached", "--name-only") == "pkg/mod.py"  # ... and not staged

    repo.add("docs")
    assert git_commit(repo).returncode == 0
    assert committed(repo, PAGE) == on_disk(repo, PAGE)
    assert repoagent(repo.root, "docs", "--check").returncode == 0


def test_nothing_stale_commits_and_touches_nothing(repo: GitRepo) -> None:
    install_hook(repo.root)
    repo.write("README.md", "words\n")
    repo.add("README.md")
    result = git_commit(repo)
    assert result.returncode == 0, result.stderr
    assert repo.git("status", "--porcelain") == ""


def test_stage_commits_the_pages_and_keeps_unstaged_edits(repo: GitRepo) -> None:
    install_hook(repo.root, stage=True)
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")
    unstaged = CHANGED + "\n\n# not ready yet\n"
    repo.write("pkg/mod.py", unstaged)  # a partially staged file

    result = git_commit(repo)
    assert result.returncode == 0, result.stderr
    assert "staged 1 rewritten page" in result.stderr
    assert committed(repo, "pkg/mod.py") == CHANGED.strip()  # the staged version, as staged
    assert committed(repo, PAGE) == on_disk(repo, PAGE)
    assert (repo.root / "pkg/mod.py").read_text() == unstaged  # the unstaged edit survives, unstaged
    assert repo.git("status", "--porcelain") == "M pkg/mod.py"


def test_stage_under_commit_all_carries_the_pages(repo: GitRepo) -> None:
    install_hook(repo.root, stage=True)
    repo.write("pkg/mod.py", CHANGED)
    result = git_commit(repo, "-a")
    assert result.returncode == 0, result.stderr
    assert committed(repo, "pkg/mod.py") == CHANGED.strip()
    assert committed(repo, PAGE) == on_disk(repo, PAGE)
    assert repo.git("status", "--porcelain") == ""


def test_stage_never_stages_a_page_holding_unstaged_edits(repo: GitRepo) -> None:
    install_hook(repo.root, stage=True)
    (repo.root / PAGE).write_text((repo.root / PAGE).read_text() + "\nMy own notes.\n")
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    result = git_commit(repo)
    assert result.returncode == 1
    assert "not staged" in result.stderr and PAGE in result.stderr
    assert repo.git("diff", "--cached", "--name-only") == "pkg/mod.py"
    assert "My own notes." in (repo.root / PAGE).read_text()
