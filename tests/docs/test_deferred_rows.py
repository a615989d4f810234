"""A file's stored definitions are decoded only when a run asks for them, so a bad
``files`` row may be found late, in the middle of a plan: it is a miss (the file is
parsed again, its row replaced), and the run gives the pages a run from scratch gives."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import msgpack
import pytest

from repoagent.config import load_settings
from repoagent.docs import plan
from repoagent.graph.build import build_graph
from repoagent.run import Mode, View, run
from repoagent.workspace import Workspace
from tests.support.git_repo import GitRepo

FILES = {
    "pkg/__init__.py": "",
    "pkg/a.py": "from pkg.b import helper\n\n\ndef run():\n    return helper()\n",
    "pkg/b.py": "def helper():\n    return 1\n\n\nclass Box:\n    def get(self):\n        return helper()\n",
    "pkg/c.py": "from pkg.b import Box\n\n\ndef alone():\n    return Box().get()\n",
    "pkg/d.py": "def other():\n    return 4\n",
}
#: Definitions that are not the head's: another id in place of the module's.
FOREIGN = msgpack.packb([["elsewhere", "elsewhere", "module", [1, 1, 0, 0], "", "", None, "", None, [], [], [], None, [], []]])
#: A file's row (``graph/build.py``): its head, imports, flow key, positions, then its definitions' blob.
TAIL = 10
POSITIONS = 9
ERRORS = 6


def _bad_tail(row: list) -> list:
    return [*row[:TAIL], b"\xc1"]  # not msgpack


def _wrong_types(row: list) -> list:
    return [*row[:TAIL], msgpack.packb([[1, 2, 3]])]


def _foreign_tail(row: list) -> list:
    return [*row[:TAIL], FOREIGN]


def _cut_positions(row: list) -> list:
    """Packed positions a byte short: no whole number of them (a miss as the row is read)."""
    return [*row[:POSITIONS], row[POSITIONS][:-1], *row[POSITIONS + 1 :]]


def _forged_head(row: list) -> list:
    """A head the file's parse does not have (a syntax error line) over bad definitions."""
    return [*row[:ERRORS], [99], *row[ERRORS + 1 : TAIL], b"\xc1"]


def _corrupt(root: Path, bad: Callable[[list], list]) -> int:
    """Every ``files`` row of the store made bad by ``bad``; how many."""
    with closing(sqlite3.connect(Workspace(root).store)) as database, database:
        rows = database.execute("SELECT key, blob FROM files").fetchall()
        for key, blob in rows:
            database.execute("UPDATE files SET blob = ? WHERE key = ?", (msgpack.packb(bad(msgpack.unpackb(blob))), key))
    return len(rows)


def _pages(root: Path) -> dict[str, bytes]:
    out = root / "docs/repoagent"
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*.md"))}


def _documented(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    for path, text in FILES.items():
        repo.write(path, text)
    repo.commit()
    run(repo.root, load_settings(repo.root), View(), Mode.WRITE)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "docs")
    return repo


@pytest.mark.parametrize("bad", [_bad_tail, _wrong_types, _foreign_tail, _forged_head, _cut_positions])
def test_a_bad_row_found_late_gives_the_pages_from_scratch(tmp_path: Path, bad: Callable[[list], list]) -> None:
    repo = _documented(tmp_path)
    assert _corrupt(repo.root, bad) == len(FILES)
    repo.write("pkg/a.py", FILES["pkg/a.py"] + "\n\ndef more():\n    return run()\n")
    repo.git("add", "-A")
    scratch = tmp_path / "scratch"
    shutil.copytree(repo.root, scratch, symlinks=True)
    shutil.rmtree(scratch / ".repoagent")

    reports = [run(root, load_settings(root), View(staged=True), Mode.WRITE) for root in (repo.root, scratch)]

    assert _pages(repo.root) == _pages(scratch)
    assert [(r.plan.counts(), r.plan.warnings, r.outcome.written) for r in reports] == \
        [(r.plan.counts(), r.plan.warnings, r.outcome.written) for r in reports[::-1]]
    graphs = [build_graph(root, load_settings(root)) for root in (repo.root, scratch)]
    assert [(dict(g.nodes), g.edges, g.warnings) for g in graphs] == [(dict(g.nodes), g.edges, g.warnings) for g in graphs[::-1]]


def test_a_bad_row_is_replaced_by_the_parse(tmp_path: Path) -> None:
    repo = _documented(tmp_path)
    _corrupt(repo.root, _bad_tail)
    graph = build_graph(repo.root, load_settings(repo.root))
    helper = graph.nodes["pkg.b.helper"]  # decoded now: the blob is bad, the file parsed again
    assert helper.path == "pkg/b.py" and graph.files.made == {"pkg/b.py"}
    again = build_graph(repo.root, load_settings(repo.root))
    assert again.nodes["pkg.b.helper"] == helper
    with closing(sqlite3.connect(Workspace(repo.root).store)) as database:
        tails = {msgpack.unpackb(blob)[0]: msgpack.unpackb(blob)[TAIL] for (blob,) in database.execute("SELECT blob FROM files")}
    assert tails["pkg/b.py"] != b"\xc1" and tails["pkg/d.py"] == b"\xc1"  # only the file asked for was parsed again


def test_a_plan_makes_the_definitions_of_the_files_it_compares_only(tmp_path: Path) -> None:
    repo = _documented(tmp_path)
    past = time.time() - 60  # pages old enough for their stat to vouch for them (not racy)
    for page in (repo.root / "docs/repoagent").rglob("*.md"):
        os.utime(page, (past, past))
    plan(repo.root, load_settings(repo.root))  # records what it saw
    repo.write("pkg/a.py", FILES["pkg/a.py"] + "# a comment\n")
    found = plan(repo.root, load_settings(repo.root))
    assert [(c.id, c.reason.value) for c in found.changes] == [("pkg.a", "changed")]  # the module's own code
    assert "pkg/a.py" in found.graph.files.made and "pkg/d.py" not in found.graph.files.made


def test_nodes_asked_for_side_by_side_are_made_once(tmp_path: Path) -> None:
    repo = _documented(tmp_path)
    graph = build_graph(repo.root, load_settings(repo.root))
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(graph.nodes.__getitem__, list(graph.nodes) * 50))
    assert len({id(node) for node in found}) == len(graph.nodes) == len(set(found))
