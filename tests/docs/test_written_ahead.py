"""A first run's static sections, written by a forked process while the graph resolves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repoagent import forking
from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.writers import ahead
from repoagent.writers.ahead import WrittenAhead
from repoagent.writers.static import StaticWriter
from tests.docs.conftest import Runner
from tests.support.git_repo import GitRepo

SHAPES = '''"""Shapes."""


class Square:
    """A square."""

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def total(shapes: list[Square]) -> float:
    """Sum of areas."""
    return sum(shape.area() for shape in shapes)
'''
USE = '''from pkg.shapes import Square, total


def main() -> float:
    return total([Square(2.0)])
'''


def _write_files(repo: GitRepo) -> None:
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/shapes.py", SHAPES)
    repo.write("pkg/use.py", USE)
    repo.commit("shapes")


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What each run took from its head start (``MANY`` lowered to one section; two
    cores, whatever the machine has)."""
    monkeypatch.setattr(ahead, "MANY", 1)
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 2)
    found: list[dict[str, object]] = []
    take = WrittenAhead.take

    def recorded(self: WrittenAhead, graph: object) -> dict[str, object]:
        sections = take(self, graph)  # type: ignore[arg-type]
        found.append(dict(sections))
        return sections  # type: ignore[return-value]

    monkeypatch.setattr(WrittenAhead, "take", recorded)
    return found


@pytest.fixture
def written_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sections the static writer wrote in this process (a forked one's calls
    are made in its own memory, not seen here)."""
    calls: list[str] = []
    write = StaticWriter.write

    def recorded(self: StaticWriter, request):  # type: ignore[no-untyped-def]
        calls.append(request.node.id)
        return write(self, request)

    monkeypatch.setattr(StaticWriter, "write", recorded)
    return calls


def _pages_without_head_start(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    other = GitRepo.init(tmp_path / "plain")
    _write_files(other)
    with monkeypatch.context() as patch:
        patch.setattr(ahead, "MANY", 10**9)
        code, _, err = Runner(other, capsys)("docs")
    assert code == 0, err
    return Runner(other, capsys).pages()


def test_a_first_run_writes_its_sections_while_the_graph_resolves(
    repo: GitRepo, run: Runner, taken: list[dict[str, object]], written_here: list[str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write_files(repo)
    code, _, err = run("docs")
    assert code == 0, err
    ids = {"pkg", "pkg.shapes", "pkg.shapes.Square", "pkg.shapes.Square.__init__", "pkg.shapes.Square.area",
           "pkg.shapes.total", "pkg.use", "pkg.use.main"}
    assert len(taken) == 1 and set(taken[0]) == ids
    assert written_here == []  # every section came from the forked process
    pages = run.pages()
    assert pages == _pages_without_head_start(tmp_path, capsys, monkeypatch)
    assert "Sum of areas." in pages["pkg/shapes.py.md"].decode()
    assert run.status() == {}


def test_a_first_staged_run_reads_the_index_in_the_forked_process(
    repo: GitRepo, run: Runner, taken: list[dict[str, object]], written_here: list[str]
) -> None:
    """``--staged`` (the hook): the head start writes the index's definitions, its
    code read through the index's snapshot in the forked process, not the working tree's."""
    _write_files(repo)
    repo.write("pkg/shapes.py", SHAPES.replace("Sum of areas.", "Sum of unstaged areas."))
    code, _, err = run("docs", "--staged")
    assert code == 1 and "not staged" in err, err  # written, for the user to stage
    assert len(taken[0]) == 8 and written_here == []
    assert "Sum of areas." in run.page("pkg/shapes.py") and "unstaged" not in run.page("pkg/shapes.py")


def test_one_job_is_one_process(repo: GitRepo, run: Runner, taken: list[dict[str, object]], written_here: list[str]) -> None:
    _write_files(repo)
    code, _, err = run("docs", "--jobs", "1")
    assert code == 0, err
    assert taken == [] and len(written_here) == 8


def test_only_files_without_a_page_get_a_head_start(
    repo: GitRepo, run: Runner, taken: list[dict[str, object]], written_here: list[str]
) -> None:
    _write_files(repo)
    assert run("docs")[0] == 0
    repo.write("pkg/more.py", "def more() -> int:\n    return 1\n")
    repo.write("pkg/use.py", USE + "\n\ndef again() -> float:\n    return main()\n")
    repo.commit("more")
    assert run("docs")[0] == 0
    # pkg/use.py has a page: its new function is written in the run, after the plan.
    assert set(taken[1]) == {"pkg.more", "pkg.more.more"}
    assert "pkg.use.again" in written_here and "pkg.more.more" not in written_here
    assert run.status() == {}


def test_a_head_start_that_fails_costs_only_the_head_start(
    repo: GitRepo, run: Runner, taken: list[dict[str, object]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _pages_without_head_start(tmp_path, capsys, monkeypatch)
    parent = os.getpid()
    write = StaticWriter.write

    def failing_in_the_child(self: StaticWriter, request):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the forked writer fails")
        return write(self, request)

    monkeypatch.setattr(StaticWriter, "write", failing_in_the_child)
    _write_files(repo)
    code, _, err = run("docs")
    assert code == 0, err
    assert taken[-1] == {} and run.pages() == expected


def test_a_head_start_is_taken_only_for_its_graph_and_stopped_when_not_taken(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ahead, "MANY", 1)
    _write_files(repo)
    settings = Settings()
    graph = build_graph(repo.root, settings)
    with WrittenAhead(StaticWriter, repo.root / "docs") as started:
        started.start(graph, sorted(graph.files.heads), _snapshot(repo))
        assert started.writer is not None
        assert started.take(build_graph(repo.root, settings)) == {}  # another graph, though equal
    with WrittenAhead(StaticWriter, repo.root / "docs") as started:
        started.start(graph, sorted(graph.files.heads), _snapshot(repo))
        pid = started._pid
        assert pid
    with pytest.raises(ChildProcessError):  # killed and reaped on leaving the block
        os.waitpid(pid, os.WNOHANG)


def _snapshot(repo: GitRepo):  # type: ignore[no-untyped-def]
    from repoagent.sources import WorkingTree

    return WorkingTree(repo.root)
