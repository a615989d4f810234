"""The store keeps the resolutions of two states of the code: going back to the last
other state solves nothing, and each graph equals one built with no store.

Each test builds a small git repository whose edits change what the resolver reads
(so each new state solves its component again), and counts the Python resolver's
runs.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from repoagent.changes.git import GitRepository, index_listing
from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.graph.model import CallGraph
from repoagent.graph.states import STATES
from repoagent.sources import Snapshot
from repoagent.workspace import FOLDER, Workspace
from tests.support.git_repo import GitRepo

A = "from pkg import b\n\n\ndef run():\n    return b.helper()\n"
B = "def helper():\n    return 1\n\n\ndef other():\n    return 2\n"
#: ``a.py`` in other states: a new local, and a new call (new facts each).
A_LOCAL = "from pkg import b\n\n\ndef run():\n    limit = b.other\n    return b.helper()\n"
A_CALL = "from pkg import b\n\n\ndef run():\n    b.other()\n    return b.helper()\n"


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/a.py", A)
    repo.write("pkg/b.py", B)
    repo.commit("code")
    return repo


def _graph(repo: GitRepo, snapshot: Snapshot | None = None) -> CallGraph:
    return build_graph(repo.root, Settings(jobs=1), snapshot)


def _index(repo: GitRepo) -> Snapshot:
    return GitRepository(repo.root).index_snapshot((), index_listing(repo.root))


def _data(graph: CallGraph) -> tuple[object, ...]:
    return (list(graph.files.items()), list(graph.nodes.items()), graph.edges, graph.warnings, graph.groups)


def _without_store(repo: GitRepo, snapshot: Snapshot | None = None) -> tuple[object, ...]:
    """The graph built with no ``.repoagent/``, which is then put back as it was."""
    kept = repo.root.parent / "kept"
    shutil.copytree(repo.root / FOLDER, kept)
    shutil.rmtree(repo.root / FOLDER)
    try:
        return _data(_graph(repo, snapshot))
    finally:
        shutil.rmtree(repo.root / FOLDER)
        shutil.move(kept, repo.root / FOLDER)


def _component_rows(repo: GitRepo) -> int:
    with sqlite3.connect(Workspace(repo.root).store) as connection:
        return connection.execute("SELECT count(*) FROM components").fetchone()[0]


def test_the_working_tree_and_the_index_in_turn_are_each_solved_once(repo: GitRepo, solves: list[int]) -> None:
    """``status`` on the working tree and the hook on the index, with an edit not staged."""
    repo.write("pkg/a.py", A_CALL)  # not staged
    tree = _data(_graph(repo))
    index = _data(_graph(repo, _index(repo)))
    assert solves == [3, 3]
    for _ in range(2):
        assert _data(_graph(repo)) == tree
        assert _data(_graph(repo, _index(repo))) == index
    assert solves == [3, 3]
    assert tree != index
    assert _without_store(repo) == tree
    assert _without_store(repo, _index(repo)) == index


def test_an_edit_undone_solves_nothing(repo: GitRepo, solves: list[int]) -> None:
    before = _data(_graph(repo))
    repo.write("pkg/a.py", A_LOCAL)
    _graph(repo)
    _graph(repo)  # the same state again: it stays the last other state's neighbour
    repo.write("pkg/a.py", A)
    assert _data(_graph(repo)) == before
    assert solves == [3, 3]


def test_a_third_state_drops_the_oldest(repo: GitRepo, solves: list[int]) -> None:
    _graph(repo)
    for text in (A_LOCAL, A_CALL):
        repo.write("pkg/a.py", text)
        _graph(repo)
    assert solves == [3, 3, 3]
    assert _component_rows(repo) == 3  # two states of one component, and the states' row
    repo.write("pkg/a.py", A_LOCAL)
    _graph(repo)
    assert solves == [3, 3, 3]  # the last other state: kept
    repo.write("pkg/a.py", A)
    assert _data(_graph(repo)) == _without_store(repo)
    assert solves == [3, 3, 3, 3, 3]  # the first state was dropped: solved again (and once more without a store)


@pytest.mark.parametrize("blob", [b"\xc1", b"\x93\x91\xa1x\x91\xa1y\x91\xa1z", b"\x92\x91\x01\x90", b"\x81\xa1a\xa1b"])
def test_a_states_row_that_is_not_two_lists_of_keys_is_no_earlier_state(repo: GitRepo, solves: list[int], blob: bytes) -> None:
    """Not msgpack, three states, a key that is no string, a map: each counts as none."""
    first = _data(_graph(repo))
    with sqlite3.connect(Workspace(repo.root).store) as connection:
        connection.execute("INSERT OR REPLACE INTO components (key, blob) VALUES (?, ?)", (STATES, blob))
    repo.write("pkg/a.py", A_LOCAL)
    _graph(repo)
    repo.write("pkg/a.py", A)
    assert _data(_graph(repo)) == first
    assert solves == [3, 3, 3]  # the first state was not known as the last other one
    repo.write("pkg/a.py", A_LOCAL)
    _graph(repo)
    assert solves == [3, 3, 3]  # from here on the states are recorded again
