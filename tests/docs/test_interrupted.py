"""Interrupted runs: a stale index page is found and rewritten, temporary files stay
out of git's sight and a dead run's leftovers go away."""

from __future__ import annotations

import json
import subprocess

from repoagent.workspace import Workspace
from tests.docs.conftest import OUT
from tests.docs.test_pages import CODE, generate


def test_an_index_left_stale_by_a_killed_run_is_found_and_rewritten(repo, run):
    generate(repo, run)
    index = repo.root / OUT / "index.md"
    old_index = index.read_bytes()
    repo.write("pkg/extra.py", "def more():\n    return 1\n")
    assert run("docs")[0] == 0
    complete = run.pages()
    index.write_bytes(old_index)  # killed just before the index was renamed

    code, out, _ = run("docs", "--check")
    assert code == 1 and "index.md" in out
    code, out, _ = run("status", "--json")
    assert code == 0 and json.loads(out)["index"] == "stale"
    code, out, _ = run("docs")
    assert code == 0
    assert run.pages() == complete
    assert run("docs", "--check")[0] == 0


def test_a_missing_index_is_written_again(repo, run):
    generate(repo, run)
    complete = run.pages()
    (repo.root / OUT / "index.md").unlink()
    assert run("docs", "--check")[0] == 1
    assert run("docs")[0] == 0
    assert run.pages() == complete


def test_temporary_files_are_invisible_to_git_and_leftovers_are_removed(repo, run):
    for path, text in CODE.items():
        repo.write(path, text)
    repo.commit("code")
    scratch = Workspace(repo.root).scratch()
    dead = subprocess.Popen(["true"])
    dead.wait()
    leftover = scratch / f".{dead.pid}-core.py.md.k3j2h1"  # a run killed before its rename
    leftover.write_text("half a page")
    assert repo.git("status", "--porcelain", "--untracked-files=all") == ""

    assert run("docs")[0] == 0
    assert not leftover.exists()
    assert list(scratch.iterdir()) == []
    untracked = repo.git("status", "--porcelain", "--untracked-files=all").splitlines()
    assert untracked and all(line.startswith(f"?? {OUT.as_posix()}/") and line.endswith(".md") for line in untracked)
