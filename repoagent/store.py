"""The workspace's cache store: one sqlite database of keyed blobs, read by the row.

Each table maps a text key to a msgpack blob (:mod:`repoagent.codec`: data, never
code). A run reads only the rows it asks for, and writes what changed in one
transaction at its end, deleting the rows it no longer needs, so the store never
grows past the repository's size (twice its resolution: the components' rows of
the last other state are kept too, :mod:`repoagent.graph.states`). Each table carries the fingerprint of the code
that filled it (``meta``): rows written by another repoagent version are not read,
and are dropped at the next write.

Rollback journal, not WAL: one run writes at a time (the workspace lock), a commit
is atomic either way, and a rollback journal leaves no ``-wal``/``-shm`` files
behind. A run killed during its commit leaves a hot journal that the next open
rolls back: the store holds the old rows or the new, never a mix.

The file is hostile input like everything in a repository. It is opened with a
busy timeout, extensions stay disabled, ``trusted_schema`` is off, values are
bound as ``?`` parameters, and the schema must be exactly the one below (no
triggers, no views). A file that is not a database, has another schema, or fails
any read is treated as absent: nothing more is read from it, and the next write
replaces it with a fresh one. A row whose key or blob has the wrong type, or a
blob over :data:`MAX_BLOB_BYTES`, is simply not there. A symbolic link in place of
the database or its journal is removed before sqlite can follow it.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

#: The tables, each ``key -> blob``.
TABLES = ("parses", "files", "components")
_SCHEMA = [
    "CREATE TABLE meta (name TEXT PRIMARY KEY, format TEXT NOT NULL)",
    *(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, blob BLOB NOT NULL)" for table in TABLES),
]
#: Far above any real row (the standard library's largest is a few MB); a crafted
#: store cannot make a run read gigabytes.
MAX_BLOB_BYTES = 2**28
BUSY_TIMEOUT_S = 10.0
#: Keys bound in one query of :meth:`Store.get_many` (sqlite allows 999 at least).
_KEYS_PER_QUERY = 500
_SIDE_FILES = ("", "-journal", "-wal", "-shm")
#: sqlite's primary result codes that mean "this file is not a store to read":
#: CORRUPT, TOOBIG, MISMATCH, NOTADB (and RANGE, FORMAT).
_NOT_OURS = frozenset({11, 18, 20, 24, 25, 26})


class Store:
    """Keyed blobs in the database at ``path``; ``None`` (an untrusted workspace)
    stores nothing. ``formats`` gives each table's code fingerprint."""

    def __init__(self, path: Path | None, formats: Mapping[str, str]) -> None:
        self._path = path
        self._formats = dict(formats)
        self._puts: dict[str, dict[str, bytes]] = {table: {} for table in TABLES}
        self._connection: sqlite3.Connection | None = None
        self._current: set[str] = set()  # tables whose rows this code wrote
        self._replace = path is not None and not path.exists()  # the next commit starts a fresh file
        if path is not None and path.exists():
            try:
                self._connection = _open(path)
                self._current = self._readable_tables()
            except (sqlite3.Error, OSError) as error:
                self._give_up(error)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def get(self, table: str, key: str) -> bytes | None:
        """The blob under ``key``; ``None`` when there is none, or none to trust."""
        if table not in self._current or self._connection is None or not _spellable(key):
            return None
        try:
            row = self._connection.execute(f"SELECT blob FROM {table} WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._give_up(error)
            return None
        if row is None or type(row[0]) is not bytes:
            return None
        return row[0]

    def get_many(self, table: str, keys: Iterable[str]) -> dict[str, bytes]:
        """The blobs under ``keys``, as :meth:`get` gives each (a key with none to
        trust is left out), read by a few queries instead of one per key (a run
        reads every file's row: 738 queries on the standard library)."""
        wanted = [key for key in keys if _spellable(key)]
        if table not in self._current or self._connection is None:
            return {}
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(wanted), _KEYS_PER_QUERY):
                chunk = wanted[start : start + _KEYS_PER_QUERY]
                rows = self._connection.execute(
                    f"SELECT key, blob FROM {table} WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
                found.update((key, blob) for key, blob in rows if type(key) is str and type(blob) is bytes)
        except sqlite3.Error as error:
            self._give_up(error)
            return {}
        return found

    def put(self, table: str, key: str, blob: bytes) -> None:
        """Store ``blob`` under ``key`` at :meth:`commit` (a key sqlite cannot spell,
        from a file name that is not UTF-8, is simply not stored)."""
        if _spellable(key):
            self._puts[table][key] = blob

    def commit(self, keep: Mapping[str, Iterable[str]]) -> None:
        """Write the blobs put since opening and delete every row of each table of
        ``keep`` whose key is not in ``keep[table]`` (the other tables' rows stay), in
        one transaction. A store that cannot be
        written (read-only, locked past the timeout, full disk) only loses the
        speed-up; a foreign or corrupt one is replaced by a fresh file first."""
        if self._path is None or (self._connection is None and not self._replace):
            return
        wanted = {table: set(keys) for table, keys in keep.items()}
        try:
            if self._replace:
                self.close()
                self._connection = self._fresh(self._path)
                self._current, self._replace = set(), False
            assert self._connection is not None
            self._write(self._connection, wanted)
        except (sqlite3.Error, OSError):
            self.close()

    # -- reading -------------------------------------------------------------------

    def _readable_tables(self) -> set[str]:
        """The tables whose rows the current code wrote; none for a foreign file."""
        connection = self._connection
        assert connection is not None
        if _schema(connection) != _expected_schema():
            raise sqlite3.DatabaseError("not repoagent's schema")
        rows = connection.execute("SELECT name, format FROM meta").fetchall()
        return {name for name, format_ in rows if name in TABLES and self._formats.get(name) == format_}

    def _give_up(self, error: Exception) -> None:
        """Read nothing more this run. A file that is not repoagent's store (not a
        database, corrupt, another schema, an oversized blob) is replaced at the
        next commit; one merely unavailable (locked, unreadable) is left alone."""
        self.close()
        self._current = set()
        code = getattr(error, "sqlite_errorcode", None)
        self._replace = type(error) is sqlite3.DatabaseError or (code is not None and code & 0xFF in _NOT_OURS)

    # -- writing -------------------------------------------------------------------

    def _fresh(self, path: Path) -> sqlite3.Connection:
        for suffix in _SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        connection = _open(path)
        with _transaction(connection):
            for statement in _SCHEMA:
                connection.execute(statement)
        return connection

    def _write(self, connection: sqlite3.Connection, keep: dict[str, set[str]]) -> None:
        stale = {table: self._stale_keys(connection, table, keep[table]) if table in keep else [] for table in TABLES}
        if not any(self._puts.values()) and not any(stale.values()) and self._current >= set(TABLES):
            return  # nothing changed: no write at all
        with _transaction(connection):
            for table in TABLES:
                if table not in self._current:
                    connection.execute(f"DELETE FROM {table}")
                    connection.execute(
                        "INSERT OR REPLACE INTO meta (name, format) VALUES (?, ?)", (table, self._formats.get(table, ""))
                    )
                connection.executemany(f"DELETE FROM {table} WHERE key = ?", ((key,) for key in stale[table]))
                connection.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, blob) VALUES (?, ?)", self._puts[table].items()
                )
        self._current = set(TABLES)
        for puts in self._puts.values():
            puts.clear()

    def _stale_keys(self, connection: sqlite3.Connection, table: str, keep: set[str]) -> list[str]:
        """Keys of ``table`` no run needs any more (only the keys are read: the
        primary key's index covers them)."""
        if table not in self._current:
            return []  # the whole table is emptied anyway
        keys = connection.execute(f"SELECT key FROM {table}").fetchall()
        return [key for (key,) in keys if key not in keep and key not in self._puts[table]]


@contextmanager
def open_store(path: Path | None, formats: Mapping[str, str]) -> Iterator[Store]:
    """A :class:`Store`, closed at the end of the block."""
    store = Store(path, formats)
    try:
        yield store
    finally:
        store.close()


def _open(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` with the untrusted-file settings (module docstring)."""
    for suffix in _SIDE_FILES:
        side = Path(f"{path}{suffix}")
        try:
            mode = side.lstat().st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            side.unlink()  # the link itself, never what it points to
    connection = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_BLOB_BYTES)
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:
        pass  # not a database: the schema check finds out and distrusts it
    return connection


def _spellable(key: str) -> bool:
    try:
        key.encode()
    except UnicodeEncodeError:
        return False
    return True


def _schema(connection: sqlite3.Connection) -> set[tuple[object, ...]]:
    return set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


@functools.cache
def _expected_schema() -> set[tuple[object, ...]]:
    with closing(sqlite3.connect(":memory:")) as connection:
        for statement in _SCHEMA:
            connection.execute(statement)
        return _schema(connection)


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
