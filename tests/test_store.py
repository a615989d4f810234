"""The workspace's sqlite store: rows in, rows out, pruned, atomic, and hostile files
treated as absent (never a crash, never a read outside the repository)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from repoagent import store as store_module
from repoagent.store import open_store

FORMATS = {"parses": "p1", "files": "p1", "components": "r1"}


def filled(path: Path, rows: dict[str, bytes], formats: dict[str, str] = FORMATS) -> None:
    with open_store(path, formats) as store:
        for key, blob in rows.items():
            store.put("parses", key, blob)
        store.commit({"parses": rows})


def read(path: Path, key: str, formats: dict[str, str] = FORMATS) -> bytes | None:
    with open_store(path, formats) as store:
        return store.get("parses", key)


def test_rows_round_trip_and_unneeded_rows_are_pruned(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    tricky = "a'); DROP TABLE parses; --\0hash"  # SQL in a file name is only a key
    filled(path, {"a\0h1": b"one", tricky: b"two", "gone\0h": b"three"})
    assert read(path, "a\0h1") == b"one" and read(path, tricky) == b"two"
    with open_store(path, FORMATS) as store:
        store.put("parses", "b\0h2", b"four")
        store.commit({"parses": ["a\0h1", tricky]})
    assert read(path, "gone\0h") is None and read(path, "b\0h2") == b"four" and read(path, "a\0h1") == b"one"
    with closing(sqlite3.connect(path)) as database:
        assert database.execute("SELECT count(*) FROM parses").fetchone() == (3,)


def test_a_commit_prunes_only_the_tables_it_names(tmp_path: Path) -> None:
    """A file parsed again late replaces its row and keeps every other (``{}``), or
    drops the rest of the ``files`` table alone (``graph/build.py``)."""
    path = tmp_path / "store.sqlite"
    filled(path, {"a\0h": b"one"})
    with open_store(path, FORMATS) as store:
        store.put("files", "a\0h", b"row")
        store.put("files", "b\0h", b"other")
        store.commit({})
    with open_store(path, FORMATS) as store:
        assert (store.get("parses", "a\0h"), store.get("files", "a\0h"), store.get("files", "b\0h")) == (b"one", b"row", b"other")
        store.commit({"files": ["b\0h"]})
    with open_store(path, FORMATS) as store:
        assert (store.get("parses", "a\0h"), store.get("files", "a\0h"), store.get("files", "b\0h")) == (b"one", None, b"other")


def test_a_run_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"a\0h": b"one"})
    stamp = path.stat().st_mtime_ns
    with open_store(path, FORMATS) as store:
        assert store.get("parses", "a\0h") == b"one"
        store.commit({"parses": ["a\0h"]})
    assert path.stat().st_mtime_ns == stamp


def test_rows_of_another_version_are_not_read_and_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"a\0h": b"old"})
    newer = {**FORMATS, "parses": "p2"}
    assert read(path, "a\0h", newer) is None
    filled(path, {"b\0h": b"new"}, newer)
    assert read(path, "b\0h", newer) == b"new" and read(path, "a\0h", newer) is None
    assert read(path, "b\0h") is None  # and the older version reads nothing of the newer


def test_an_untrusted_workspace_stores_nothing(tmp_path: Path) -> None:
    with open_store(None, FORMATS) as store:
        store.put("parses", "a", b"x")
        store.commit({"parses": ["a"]})
        assert store.get("parses", "a") is None


@pytest.mark.parametrize(
    "forge",
    [
        "not a database",
        "CREATE TABLE parses (key, blob); INSERT INTO parses VALUES ('a', x'00')",
        "CREATE VIEW parses AS SELECT 'a' AS key, x'00' AS blob",
        "extra table",
        "trigger",
        "wrong types",
    ],
)
def test_a_foreign_or_malicious_store_is_absent_and_rebuilt(tmp_path: Path, forge: str) -> None:
    path = tmp_path / "store.sqlite"
    canary = tmp_path / "canary.sqlite"
    if forge == "not a database":
        path.write_bytes(b"SQLite format 3\0" + b"\xff" * 200)
    else:
        filled(path, {"a": b"good"})
        with closing(sqlite3.connect(path)) as database:
            if forge == "extra table":
                database.execute("CREATE TABLE notes (x)")
            elif forge == "trigger":
                # Would copy every new row to another file, were it allowed to run.
                database.execute(
                    f"CREATE TRIGGER leak AFTER INSERT ON parses BEGIN "
                    f"INSERT INTO meta VALUES ('{canary}', new.key); END"
                )
            elif forge == "wrong types":
                database.execute("UPDATE parses SET blob = 42")
                database.execute("INSERT INTO parses VALUES (7, 'text, not bytes')")
            else:
                database.execute("DROP TABLE parses")
                database.executescript(forge)
            database.commit()
    assert read(path, "a") is None
    filled(path, {"b": b"fresh"})
    assert read(path, "b") == b"fresh"
    with closing(sqlite3.connect(path)) as database:
        names = {row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type != 'index'")}
    assert names == {"meta", "parses", "files", "components"}


def test_a_blob_over_the_limit_is_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"small": b"x" * 10, "huge": b"x" * 5000})
    monkeypatch.setattr(store_module, "MAX_BLOB_BYTES", 1000)
    assert read(path, "huge") is None


def test_links_in_place_of_the_store_are_removed_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.sqlite"
    filled(victim, {"a": b"theirs"})
    before = victim.read_bytes()
    folder = tmp_path / "workspace"
    folder.mkdir()
    path = folder / "store.sqlite"
    path.symlink_to(victim)
    (folder / "store.sqlite-journal").symlink_to(outside / "journal")
    assert read(path, "a") is None
    filled(path, {"b": b"ours"})
    assert not path.is_symlink() and read(path, "b") == b"ours"
    assert victim.read_bytes() == before and not (outside / "journal").exists()


def test_a_run_killed_while_writing_leaves_the_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"a": b"old"})
    writer = (
        "import os, signal, sqlite3, sys\n"
        "database = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "database.execute('PRAGMA journal_mode = DELETE')\n"
        "database.execute('BEGIN IMMEDIATE')\n"
        "database.execute(\"UPDATE parses SET blob = x'6e6577'\")\n"
        "database.executemany('INSERT INTO parses VALUES (?, ?)', ((str(i), os.urandom(4000)) for i in range(3000)))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", writer, str(path)], check=False)
    assert result.returncode == -signal.SIGKILL
    assert Path(f"{path}-journal").exists()  # a hot journal: the kill came before the commit
    assert read(path, "a") == b"old" and read(path, "1") is None


def test_a_locked_store_only_loses_the_speed_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"a": b"old"})
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.1)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")  # another writer that never finishes
        with open_store(path, FORMATS) as store:
            store.put("parses", "b", b"new")
            store.commit({"parses": ["a", "b"]})  # gives up after the timeout, quietly
        other.execute("ROLLBACK")
    assert read(path, "a") == b"old" and read(path, "b") is None


def test_many_rows_are_read_as_each_would_be(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    rows = {f"k{number}\0h": bytes([number % 256]) * 3 for number in range(1200)}  # three queries' worth
    tricky = "a'); DROP TABLE parses; --\0hash"
    filled(path, {**rows, tricky: b"two"})
    with closing(sqlite3.connect(path)) as database, database:
        database.execute("UPDATE parses SET blob = 'text' WHERE key = ?", ("k7\0h",))  # not a blob: not there
    asked = [*rows, tricky, "missing\0h", "\udcff\0h"]  # a key sqlite cannot spell is not asked
    with open_store(path, FORMATS) as store:
        found = store.get_many("parses", asked)
        assert found == {key: blob for key in asked if (blob := store.get("parses", key)) is not None}
    assert len(found) == 1200 and "k7\0h" not in found and found[tricky] == b"two"


def test_many_rows_over_the_limit_are_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite"
    filled(path, {"small": b"x" * 10, "huge": b"x" * 5000})
    monkeypatch.setattr(store_module, "MAX_BLOB_BYTES", 1000)
    with open_store(path, FORMATS) as store:
        assert store.get_many("parses", ["small", "huge"]) == {}
