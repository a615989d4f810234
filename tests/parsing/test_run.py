"""Parsing shared by this process and worker processes gives what one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repoagent.models import ParsedFile
from repoagent.parsing import run
from repoagent.parsing.cache import TABLE, ParseCache, parse_key
from repoagent.parsing.run import parse_derived, read_snapshot
from repoagent.sources import WorkingTree
from repoagent.store import open_store


def called(parsed: ParsedFile) -> tuple[list[str], int]:
    """What a caller may derive from each parse (run in the workers: module-level),
    and which process derived it."""
    return [call.target for call in parsed.calls], os.getpid()


def test_parsing_shared_with_workers_gives_the_same_parses_rows_and_derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    for number in range(40):
        (tree / f"m{number}.py").write_text(f"def f{number}():\n    g{number}()\n" + "x = 1\n" * number)
    todo, _ = read_snapshot(WorkingTree(tree, []), 1_000_000)
    alone = parse_derived(todo, ParseCache(None), 1, called)
    # Every file through the pool, in chunks of a file or two, with the main process parsing its share.
    monkeypatch.setattr(run, "POOL_THRESHOLD_BYTES", 0)
    monkeypatch.setattr(run, "CHUNK_BYTES", 60)
    monkeypatch.setattr(run.os, "cpu_count", lambda: 3)
    with open_store(tmp_path / "store.sqlite", {TABLE: "test"}) as store:
        shared = parse_derived(todo, ParseCache(store), 3, called)
        store.commit({TABLE: [parse_key(path, digest) for path, _, _, digest in todo]})
    assert {path: (parsed, found[0]) for path, (parsed, found) in shared.items()} == {
        path: (parsed, found[0]) for path, (parsed, found) in alone.items()
    }
    assert shared["m7.py"][1][0] == ["g7"]
    assert len({found[1] for _, found in shared.values()}) >= 2  # the chunks sent first go to workers
    with open_store(tmp_path / "store.sqlite", {TABLE: "test"}) as store:
        cache = ParseCache(store)
        assert {path: cache.get(path, digest) for path, _, _, digest in todo} == {path: parsed for path, (parsed, _) in alone.items()}
