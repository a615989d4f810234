"""The plain git hook (``hooks/pre-commit``) through real ``git commit`` calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.changes.git import hook_environment
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
    assert "staged 1 rewritten page" in result.stderr and "not staged" not in result.stderr
    assert committed(repo, "pkg/mod.py") == CHANGED.strip()  # the staged version, as staged
    assert committed(repo, PAGE) == on_disk(repo, PAGE)
    assert (repo.root / "pkg/mod.py").read_text() == unstaged  # the unstaged edit survives, unstaged
    assert repo.git("status", "--porcelain") == "M pkg/mod.py"


def test_stage_under_commit_all_carries_the_pages(repo: GitRepo) -> None:
    install_hook(repo.root, stage=True)
    page_before = on_disk(repo, PAGE)
    repo.write("pkg/mod.py", CHANGED)
    result = git_commit(repo, "-a")
    assert result.returncode == 0, result.stderr
    assert committed(repo, "pkg/mod.py") == CHANGED.strip()
    assert committed(repo, PAGE) == on_disk(repo, PAGE) != page_before
    assert repo.git("status", "--porcelain") == ""
    assert repoagent(repo.root, "docs", "--check").returncode == 0


def test_commit_all_without_stage_stops_and_names_the_pages(repo: GitRepo) -> None:
    install_hook(repo.root)
    before, page_before = repo.head(), on_disk(repo, PAGE)
    repo.write("pkg/mod.py", CHANGED)
    stopped = git_commit(repo, "-a")
    assert stopped.returncode == 1 and "git add" in stopped.stderr
    assert repo.head() == before and on_disk(repo, PAGE) != page_before


def test_commit_of_chosen_paths_documents_what_the_commit_carries(repo: GitRepo) -> None:
    """``git commit PATHS`` builds the commit from HEAD and PATHS in a temporary
    index: the hook documents that, keeps the other staged and unstaged work, and
    leaves the pages for the user to add (staging them into that index would commit
    them while the real index kept the old pages)."""
    install_hook(repo.root, stage=True)
    before, page_before = repo.head(), on_disk(repo, PAGE)
    repo.write("pkg/mod.py", CHANGED)
    repo.write("README.md", "staged words\n")
    repo.add("README.md")
    repo.write("notes.txt", "unstaged words\n")
    repo.add("notes.txt")
    repo.write("notes.txt", "unstaged words, edited\n")

    stopped = git_commit(repo, "pkg/mod.py")
    assert stopped.returncode == 1 and "git commit PATHS docs/repoagent" in stopped.stderr
    assert "git add" not in stopped.stderr  # adding the pages would not put them in this commit
    assert repo.head() == before and on_disk(repo, PAGE) != page_before
    assert on_disk(repo, "notes.txt") == "unstaged words, edited"
    assert repo.git("status", "--porcelain").splitlines() == [
        "A  README.md", " M docs/repoagent/pkg/mod.py.md", "AM notes.txt", " M pkg/mod.py"
    ]

    assert git_commit(repo, "pkg/mod.py", PAGE).returncode == 0
    assert committed(repo, PAGE) == on_disk(repo, PAGE) and committed(repo, "pkg/mod.py") == CHANGED.strip()
    assert repo.git("status", "--porcelain").splitlines() == ["A  README.md", "AM notes.txt"]


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


def intent_to_add(repo: GitRepo) -> list[str]:
    """The files ``git add -N`` marked: new in the working tree's diff, empty in the index."""
    return repo.git("diff", "--name-only", "--diff-filter=A").splitlines()


@pytest.mark.parametrize("stage", [False, True])
def test_intent_to_add_files_keep_their_content_and_their_state(repo: GitRepo, stage: bool) -> None:
    install_hook(repo.root, stage=stage)
    wip = "def later():\n    return 'not ready'\n"
    repo.write("pkg/wip.py", wip)
    repo.git("add", "--intent-to-add", "pkg/wip.py")
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    result = git_commit(repo)
    if not stage:
        assert result.returncode == 1, result.stderr
        repo.add("docs")
        result = git_commit(repo)
    assert result.returncode == 0, result.stderr
    assert (repo.root / "pkg/wip.py").read_text() == wip
    assert intent_to_add(repo) == ["pkg/wip.py"]
    assert "pkg/wip.py" not in repo.git("ls-tree", "-r", "--name-only", "HEAD").splitlines()
    assert committed(repo, "pkg/mod.py") == CHANGED.strip()
    assert not list((repo.root / ".git" / "repoagent-hook").glob("*.patch"))


def test_stage_never_stages_a_submodule_bump_or_other_unstaged_work(repo: GitRepo, tmp_path: Path) -> None:
    library = GitRepo.init(tmp_path / "library")
    library.write("lib.txt", "one\n")
    library.commit("one")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.root), "vendor/library")
    repo.commit("vendor the library")
    pinned = repo.git("rev-parse", "HEAD:vendor/library")
    inner = GitRepo(repo.root / "vendor/library")
    inner.write("lib.txt", "two\n")
    bumped = inner.commit("two")  # the submodule moved on; the bump is not staged
    repo.write("pkg/__init__.py", "# my unstaged note\n")  # a tracked file, changed, not staged
    repo.write("docs/repoagent/draft.md", "my own draft\n")  # an untracked file beside the pages
    install_hook(repo.root, stage=True)
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")

    result = git_commit(repo)
    assert result.returncode == 0, result.stderr
    assert repo.git("rev-parse", "HEAD:vendor/library") == pinned
    assert repo.git("diff", "--name-only", "HEAD~1", "HEAD").splitlines() == [PAGE, "pkg/mod.py"]
    assert committed(repo, PAGE) == on_disk(repo, PAGE)
    assert inner.head() == bumped
    status = repo.git("status", "--porcelain", "--untracked-files=all").splitlines()
    assert sorted(line.strip() for line in status) == [
        "?? docs/repoagent/draft.md",
        "M pkg/__init__.py",
        "M vendor/library",
    ]


def test_the_hook_environment_is_cleaned_once_keeping_the_commit_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {"GIT_DIR": ".git", "GIT_PREFIX": "", "GIT_EXEC_PATH": "/usr/lib/git-core"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("GIT_INDEX_FILE", ".git/index.lock")  # `git commit -a`: the commit's own index
    kept = hook_environment(default_index=tmp_path / ".git/index")
    assert kept["GIT_INDEX_FILE"] == str(tmp_path / ".git/index.lock")
    assert "GIT_DIR" not in kept and "GIT_PREFIX" not in kept and kept["GIT_EXEC_PATH"] == "/usr/lib/git-core"

    monkeypatch.setenv("GIT_INDEX_FILE", ".git/index")  # a plain `git commit`: the usual index
    assert "GIT_INDEX_FILE" not in hook_environment(default_index=tmp_path / ".git/index")


def test_the_installed_hook_is_a_shim_that_cleans_nothing_itself(repo: GitRepo) -> None:
    install_hook(repo.root)
    text = (repo.root / ".git/hooks/pre-commit").read_text()
    assert len(text.splitlines()) <= 30
    assert "hook run" in text and "unset" not in text and "GIT_INDEX_FILE" not in text


@pytest.mark.parametrize("name", ["subprocess.py", "repoagent/__init__.py"])
def test_a_module_of_the_repository_is_never_imported_by_the_hook(repo: GitRepo, tmp_path: Path, name: str) -> None:
    # The hook ran `python -m repoagent` at the top of the repository, which put it
    # first on sys.path: its subprocess.py ran on every commit.
    install_hook(repo.root)
    pwned = tmp_path / "pwned"
    repo.write(name, "import os, pathlib\npathlib.Path(os.environ['PWNED']).write_text('ran')\n")
    repo.write("pkg/mod.py", CHANGED)
    repo.add(".")

    result = git_commit(repo, PWNED=str(pwned))

    assert not pwned.exists()
    assert result.returncode == 1 and "git add" in result.stderr, result.stderr
