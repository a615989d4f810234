"""An incremental run gives exactly what a run from scratch gives.

Commit by commit through a real history (the standard library's ``json`` and
``http`` packages, or ``urllib`` with its ``~N`` twins, then seeded random edits:
:mod:`tests.support.history`), the
same ``repoagent docs`` runs twice from the same starting point, the code of the
commit and the pages as the previous commit left them: (a) in the repository
itself, with ``.repoagent/`` and every cache and record of the earlier runs kept;
(b) in a copy with ``.repoagent/`` deleted. The pages, the run's report and
``repoagent graph --format json`` must be equal byte for byte (so the files the
detector sets aside change nothing), and every file's graph neighbourhood the
record lends a plan must be the one made from the graph. Every third commit
documents the index (``--staged``) instead of the working tree. Some edits only
move lines: their components are reused with the lines mapped, which must give what
solving them again gives.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from repoagent import docs, fileio
from repoagent.cli import main
from repoagent.graph import build
from repoagent.pages import lazy, record
from tests.support.git_repo import GitRepo
from tests.support.history import History, copy_packages

COMMITS = 32
OUT = "docs/repoagent"


def _run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([*args])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    return captured.out.replace(str(root), "<root>")


def _pages(root: Path) -> dict[str, bytes]:
    out = root / OUT
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


def _graph(root: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    target = root.parent / f"{root.name}-graph.json"
    _run(root, capsys, "graph", str(root), "--format", "json", "--output", str(target))
    return target.read_bytes()


#: The packages of a history, and the least share of the pages the incremental runs
#: do not read, of neighbourhoods the record lends per commit and of files with ``~N``
#: twins set aside: ``urllib`` has few files, two of them with twins (``request.py``,
#: ``error.py``), set aside whole when every file of their groups is settled.
HISTORIES = [(["json", "http"], 4, 5, 0), (["urllib"], 2, 1, 1)]


@pytest.mark.parametrize(("packages", "fewer_pages", "lent_per_commit", "twins_per_commit"), HISTORIES)
def test_incremental_runs_equal_runs_from_scratch_commit_by_commit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, packages: list[str],
    fewer_pages: int, lent_per_commit: int, twins_per_commit: int,
) -> None:
    # Runs follow each other within seconds here: let the record vouch for pages at
    # once, so that settled files are the rule, as in real use, not the exception.
    monkeypatch.setattr(fileio, "RACY_NS", 0)
    parsed = Counter()
    parse = lazy.PageStore._parse

    def counted(store: lazy.PageStore, name: str, data: bytes):
        parsed[store.root.name] += 1
        return parse(store, name, data)

    monkeypatch.setattr(lazy.PageStore, "_parse", counted)
    mapped = []  # components reused with their lines mapped (edits that only moved lines)
    shifted = build.shifted

    def counted_shift(*args):  # type: ignore[no-untyped-def]
        found = shifted(*args)
        mapped.append(found is not None)
        return found

    monkeypatch.setattr(build, "shifted", counted_shift)
    lent = []  # neighbourhoods taken from the record
    graph_keys = record.graph_keys

    def checked_keys(graph, last=None):  # type: ignore[no-untyped-def]
        found = graph_keys(graph, last)
        made = graph_keys(graph)
        assert found == made
        lent.append(len(record._recorded_neighbourhoods(graph, last)))
        return found

    monkeypatch.setattr(record, "graph_keys", checked_keys)
    aside = []  # files the detector left out of its passes
    twins_aside = []  # of them, files holding ~N twins
    detachable = docs.detachable

    def counted_aside(graph, settled):  # type: ignore[no-untyped-def]
        found = detachable(graph, settled)
        aside.append(len(found))
        twins_aside.append(sum(any("~" in node_id for node_id in graph.ids_of(path)) for path in found))
        return found

    monkeypatch.setattr(docs, "detachable", counted_aside)
    work = GitRepo.init(tmp_path / "work")
    copy_packages(work.root, packages)
    work.commit("code")
    history = History(work, seed=1729, out=OUT)
    fresh = tmp_path / "fresh"
    for number in range(COMMITS):
        said = history.step() if number else "the first docs"
        staged = number % 3 == 2
        if staged:
            work.add()
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(work.root, fresh, symlinks=True, ignore=shutil.ignore_patterns(".repoagent"))
        view = ["--staged"] if staged else []
        incremental = _run(work.root, capsys, "docs", str(work.root), *view)
        full = _run(fresh, capsys, "docs", str(fresh), *view)
        where = f"commit {number} ({said})"
        assert incremental == full, where
        assert _pages(work.root) == _pages(fresh), where
        assert _graph(work.root, capsys) == _graph(fresh, capsys), where
        work.commit(said)
    assert set(history.made) == history.kinds  # every kind of edit was made
    assert parsed["work"] < parsed["fresh"] / fewer_pages  # the incremental runs read few pages
    assert sum(mapped) >= 3, mapped  # lines moved and the resolution was reused
    assert sum(lent) > COMMITS * lent_per_commit, lent
    assert sum(aside) > COMMITS * 3, aside
    assert sum(twins_aside) >= COMMITS * twins_per_commit, twins_aside
