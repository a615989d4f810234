"""A run that writes many pages with a writer that computes renders them in forked processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repoagent import forking
from repoagent.pages import update
from repoagent.pages.update import PageUpdater
from tests.docs.conftest import Runner
from tests.support.git_repo import GitRepo


def _module(number: int, summary: str = "") -> str:
    return f'"""Module {number}{summary}."""\n\n\ndef f{number}(x: int) -> int:\n    """Add {number}."""\n    return x + {number}\n'


def _write_files(repo: GitRepo, summary: str = "") -> None:
    repo.write("pkg/__init__.py", "")
    for number in range(6):
        repo.write(f"pkg/m{number}.py", _module(number, summary if number in (3, 4) else ""))
    repo.write("pkg/use.py", "from pkg.m0 import f0\nfrom pkg.m1 import f1\n\n\ndef both() -> int:\n    return f0(f1(1))\n")
    repo.commit("modules")


def _runs(repo: GitRepo, run: Runner) -> list[tuple[str, dict[str, bytes]]]:
    """A first run, then a run after two modules' summaries changed: their summary lines and pages."""
    found = []
    _write_files(repo)
    for summary in ("", ", now longer"):
        if summary:
            _write_files(repo, summary)
        code, out, err = run("docs")
        assert code == 0, err
        found.append((out.strip().splitlines()[-1], run.pages()))
    return found


def test_pages_rendered_side_by_side_are_the_pages_rendered_here(
    repo: GitRepo, run: Runner, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = GitRepo.init(tmp_path / "here")
    here = _runs(other, Runner(other, capsys))
    flushed_here: list[str] = []
    flush = PageUpdater.flush

    def recorded(self: PageUpdater, page: str, outcome: update.Outcome) -> None:
        flushed_here.append(page)  # a forked process's calls are not seen here
        flush(self, page, outcome)

    monkeypatch.setattr(PageUpdater, "flush", recorded)
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(update, "MANY_PAGES", 2)
    monkeypatch.setattr(update, "PAGES_CHUNK", 3)
    side_by_side = _runs(repo, run)
    assert side_by_side == here
    first_line, first_pages = side_by_side[0]
    assert "9 pages written" in first_line and len(first_pages) == 9  # 8 pages and the index
    assert flushed_here == []
    # The index knows the new summaries the forked processes read: they are sent back.
    assert b"Module 4, now longer" in side_by_side[1][1]["index.md"]


def test_a_page_process_that_dies_leaves_its_pages_to_this_one(
    repo: GitRepo, run: Runner, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked process killed after writing a page it never reported (out of memory):
    its pages are written here, and the index still lists every page."""
    other = GitRepo.init(tmp_path / "here")
    here = _runs(other, Runner(other, capsys))
    parent = os.getpid()
    flush = PageUpdater.flush

    def dying_after_a_page(self: PageUpdater, page: str, outcome: update.Outcome) -> None:
        flush(self, page, outcome)
        if os.getpid() != parent and page == "pkg/m2.py.md":
            os._exit(1)

    monkeypatch.setattr(PageUpdater, "flush", dying_after_a_page)
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(update, "MANY_PAGES", 2)
    monkeypatch.setattr(update, "PAGES_CHUNK", 3)
    found = _runs(repo, run)
    assert [pages for _, pages in found] == [pages for _, pages in here]
    assert b"m2.py.md" in found[0][1]["index.md"]
