"""Caches are data: a cache someone else wrote never runs code or changes a result.

The attacks are real: a pull request commits ``.repoagent/`` (``git add -f``) with a
pickle whose loading would create a canary file, and a well-formed cache, stored
under the right key, that forges a definition. repoagent's commands run as a user
runs them, in a fresh process.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import sqlite3
from contextlib import closing
from pathlib import Path

import msgpack

from repoagent.codec import decode_definitions, decode_edges, decode_parsed_file, encode_definitions, encode_parsed_file
from repoagent.models import Assignment, CallSite, Definition, Edge, Import, Kind, Parameter, ParsedFile, Return, Span
from repoagent.packed import CacheError, pack, unpack
from repoagent.parsing.run import parse_batch
from tests.support.git_repo import GitRepo
from tests.support.hooks import documented_repo, repoagent

TRACKED_WARNING = ".repoagent is tracked by git"


class Payload:
    """Unpickling this runs ``touch CANARY``."""

    def __init__(self, canary: Path) -> None:
        self.canary = canary

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.canary}",)


def forge_store(store: Path, name: str) -> None:
    """Rename the definition ``pkg.mod.helper`` to ``name`` in every row of the real
    store at ``store``: well-formed rows under the right keys, so only a run that
    trusts the folder would show the forged name."""
    with closing(sqlite3.connect(store)) as database, database:
        for table in ("parses", "files", "components"):
            for key, blob in database.execute(f"SELECT key, blob FROM {table}").fetchall():
                forged = _replaced(msgpack.unpackb(blob), "pkg.mod.helper", name)
                database.execute(f"UPDATE {table} SET blob = ? WHERE key = ?", (msgpack.packb(forged), key))


def _replaced(value: object, old: str, new: str) -> object:
    if isinstance(value, list):
        return [_replaced(item, old, new) for item in value]
    return new if value == old else value


def plant_caches(repo: GitRepo, canary: Path) -> None:
    """Every cache file, old and new, made hostile: pickles that touch the canary
    under the old caches' names, and a store that forges a definition."""
    folder = repo.root / ".repoagent"
    forge_store(folder / "store.sqlite", "INJECTED")
    payload = pickle.dumps(Payload(canary))
    for name in ("graph.pickle", "parse.pickle", "parse.msgpack", "graph.msgpack"):
        (folder / name).write_bytes(payload)


def test_a_committed_workspace_is_ignored_and_runs_nothing(tmp_path: Path) -> None:
    repo = documented_repo(tmp_path / "repo")
    canary = tmp_path / "canary"
    plant_caches(repo, canary)
    (repo.root / ".repoagent" / "docs-current").write_text("forged 99\n")
    repo.git("add", "-f", ".repoagent")
    repo.git("commit", "-q", "-m", "a pull request that commits the cache")
    committed = repo.git("ls-files", "-s", ".repoagent")

    for command in (["status"], ["docs"], ["docs", "--check"], ["graph", "--format", "json"]):
        result = repoagent(repo.root, *command)
        assert result.returncode in (0, 1), (command, result.stderr)
        assert "Traceback" not in result.stderr
        warnings = [line for line in result.stderr.splitlines() if TRACKED_WARNING in line]
        assert len(warnings) == 1, (command, result.stderr)
        assert warnings[0].startswith("repoagent: warning: ") and "git rm -r --cached .repoagent" in warnings[0]
        assert "INJECTED" not in result.stdout
        if command[0] == "graph":
            assert "pkg.mod.helper" in {node["id"] for node in json.loads(result.stdout)["nodes"]}
        assert not canary.exists(), command
    # Nothing was written into the folder either: it is still exactly what was committed.
    assert repo.git("status", "--porcelain", "--untracked-files=all", "--ignored", ".repoagent") == ""
    assert repo.git("ls-files", "-s", ".repoagent") == committed


def test_a_hostile_local_cache_is_no_cache(tmp_path: Path) -> None:
    """Not tracked, so read; still only data, checked on the way in."""
    repo = documented_repo(tmp_path / "repo")
    canary = tmp_path / "canary"
    folder = repo.root / ".repoagent"
    # Under the right keys, with wrong types inside: decodes to nonsense, so no cache.
    with closing(sqlite3.connect(folder / "store.sqlite")) as database, database:
        for table in ("parses", "files", "components"):
            database.execute(f"UPDATE {table} SET blob = ?", (msgpack.packb([[{"start": "nonsense"}], [1, None, "x"]]),))
    (folder / "parse.msgpack").write_bytes(pickle.dumps(Payload(canary)))
    result = repoagent(repo.root, "graph", "--format", "json")
    assert result.returncode == 0 and "Traceback" not in result.stderr and result.stderr == ""
    graph = json.loads(result.stdout)
    assert {"pkg.mod.helper", "pkg.mod.main"} <= {node["id"] for node in graph["nodes"]}
    assert graph["edges"]
    assert not canary.exists() and not (folder / "parse.msgpack").exists()
    # The rebuilt rows replaced the bad ones and are used again.
    assert repoagent(repo.root, "status").returncode == 0
    assert repoagent(repo.root, "graph", "--format", "json").stdout == result.stdout


def test_the_codec_round_trips_real_parses() -> None:
    project = Path(__file__).resolve().parents[2] / "repoagent"
    jobs = []
    for path in sorted(project.rglob("*.py"))[:40]:
        source = path.read_bytes()
        jobs.append((path.relative_to(project).as_posix(), path.stem, source, "digest"))
    parsed = parse_batch(jobs)
    assert sum(len(p.definitions) for p in parsed) > 100 and any(p.calls for p in parsed)
    for parsed_file in parsed:
        assert decode_parsed_file(unpack(pack(encode_parsed_file(parsed_file)))) == parsed_file
        definitions = tuple(parsed_file.definitions)
        assert decode_definitions(unpack(pack(encode_definitions(definitions))), parsed_file.path, parsed_file.language) == definitions


def test_the_codec_refuses_what_it_did_not_write() -> None:
    project = Path(__file__).resolve().parents[2] / "repoagent" / "codec.py"
    (parsed,) = parse_batch([("codec.py", "codec", project.read_bytes(), "digest")])
    good = msgpack.unpackb(pack(encode_parsed_file(parsed)), use_list=True)
    definition = good[4][1]
    for field, bad in ((0, 7), (2, "not-a-kind"), (3, [1, 2]), (6, 3.5), (9, ["ok", None]), (11, [[1, None, None, ""]]),
                       (11, [[{"a": 1}, None, None, ""]]), (11, {"a": 1}), (11, [["a", None, None, ""], 5])):
        forged = json.loads(json.dumps(good))
        forged[4][1][field] = bad
        try:
            decode_parsed_file(unpack(msgpack.packb(forged)))
        except CacheError:
            continue
        raise AssertionError(f"field {field} = {bad!r} of {definition[0]} was accepted")
    for blob in (b"", b"\xc1", pickle.dumps(Payload(Path("/nonexistent/canary"))), msgpack.packb(msgpack.ExtType(1, b"x"))):
        try:
            decode_parsed_file(unpack(blob))
        except CacheError:
            continue
        raise AssertionError(f"{blob!r} was accepted")


def test_the_codec_keeps_every_field_of_every_model() -> None:
    """A field added to a model and forgotten here would be lost by every cached run."""
    span = Span(3, 9, 40, 200)
    definition = Definition(
        "f", Kind.METHOD, "def f(a: int = 1)", "async def", "Doc.", ("staticmethod",), ("Base",),
        (Parameter("a", "int", "1", "*"),), "int", ("KeyError",), ("def f() -> None",),
        id="m.C.f", path="m.py", language="python", span=span, code_hash="h1", parent="m.C",
    )
    parsed = ParsedFile(
        "m.py", "python", "m", "digest", [definition], [Import("m", "os", "os", None, 1)],
        [CallSite("m.C.f", "g", 4, True, ("x",))], [Assignment("m", "x", "g()", 2)], [Return("m.C.f", "x", 5, "yield", "p")], ("C",), [7],
    )
    for cls, value in ((Definition, definition), (ParsedFile, parsed)):
        defaults = {f.name for f in dataclasses.fields(cls) if getattr(value, f.name) == getattr(cls, f.name, object())}
        assert not defaults, f"give {cls.__name__}.{sorted(defaults)} a non-default value in this test"
    for value in (span, *definition.parameters, *parsed.imports, *parsed.calls, *parsed.assignments, *parsed.returns):
        defaults = {name for name, default in value._field_defaults.items() if getattr(value, name) == default}
        assert not defaults, f"give {type(value).__name__}.{sorted(defaults)} a non-default value in this test"
    assert decode_parsed_file(unpack(pack(encode_parsed_file(parsed)))) == parsed
    assert decode_definitions(unpack(pack(encode_definitions(parsed.definitions))), "m.py", "python") == (definition,)
    edge = Edge("a", "b", (1, 2))
    assert decode_edges(unpack(pack([edge]))) == [edge]


def test_stored_edges_are_refused_unless_each_is_two_strings_and_integer_lines() -> None:
    good = [["a", "b", [1, 2]], ["b", "c", []]]
    assert decode_edges(unpack(msgpack.packb(good))) == [Edge("a", "b", (1, 2)), Edge("b", "c", ())]
    assert type(decode_edges(unpack(msgpack.packb(good)))[0]) is Edge
    for bad in ({"a": 1}, [["a", "b"]], [["a", "b", [1], 4]], [[1, "b", [1]]], [["a", None, [1]]], [["a", "b", 1]],
                [["a", "b", [1.5]]], [["a", "b", [True]]], [["a", "b", ["1"]]], ["abc"], [good[0], 7]):
        try:
            decode_edges(unpack(msgpack.packb(bad)))
        except CacheError:
            continue
        raise AssertionError(f"{bad!r} was accepted")
