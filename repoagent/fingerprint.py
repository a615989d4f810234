"""The fingerprint of repoagent's own code, remembered by its files' stats.

Caches and the ``--staged`` stamp are keyed by a hash of the code that filled them
(:func:`code_fingerprint`), so a changed repoagent, released or not, never trusts
an old entry. Reading and hashing the package's 130 source files cost 7 ms of CPU
in every run, the stamp-answered pre-commit hook's included, although they change
only when repoagent is installed or edited. So each file's digest is remembered
with its stat (size, modification and change times, inode; only a stat old enough
to vouch for the content, git's "racily clean" rule,
:func:`~repoagent.fileio.settled_stat`) and read again only when the stat differs:
the walk, the stats and the memo's reading cost 2 ms.

The memo describes repoagent's installation, not a repository: it lives in the
user's cache folder (``$XDG_CACHE_HOME/repoagent``, else ``~/.cache/repoagent``),
one file per installed package folder, and nothing a repository holds decides its
path or its content. It is only a speed-up: missing, unreadable, corrupt or
unwritable, it is ignored and the files are hashed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from repoagent.fileio import Stat, settled_stat, stat_of, write_atomically
from repoagent.hashing import blake2b
from repoagent.packed import CacheError, expect, pack, unpack

_PACKAGE = Path(__file__).resolve().parent

#: Far above a memo of the package's files: a stray big file is not read.
MAX_MEMO_BYTES = 2**20


def code_fingerprint(*places: Path) -> str:
    """A hash of the Python sources in ``places`` (files or folders): caches keyed by
    it are never reused by a different version of the code that filled them.

    Listed with ``os.walk``, each file's digest taken from the memo when its stat is
    the one remembered, else read and hashed once per process (the stamp, the parse
    cache and the graph cache fingerprint overlapping parts of the package)."""
    files = sorted(f for place in places for f in ([str(place)] if place.is_file() else _python_files(str(place))))
    digest = blake2b(digest_size=16)
    for file in files:
        digest.update(_MEMO.digest(file))
    _MEMO.save()
    return digest.hexdigest()


def memo_path() -> Path | None:
    """Where the memo of this installation's file digests is kept; ``None`` without
    a cache folder (no absolute ``XDG_CACHE_HOME`` and no home)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG rule: a relative path is to be ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    installation = blake2b(os.fsencode(_PACKAGE), digest_size=8).hexdigest()
    return Path(base) / "repoagent" / f"code-{installation}.msgpack"


class _Memo:
    """The file digests of this process: those read from the memo file, and those
    hashed here (written back by :meth:`save` when there are new ones)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Stat, bytes]] | None = None  # read on first use
        self._hashed: dict[str, bytes] = {}  # this process's digests, trusted as read
        self._changed = False

    def digest(self, file: str) -> bytes:
        found = self._hashed.get(file)
        if found is not None:
            return found
        stat = settled_stat(stat_of(file))  # before reading: a later change shows in the next stat
        remembered = self._load().get(file)
        if stat is not None and remembered is not None and remembered[0] == stat:
            found = remembered[1]
        else:
            with open(file, "rb") as handle:
                found = blake2b(handle.read(), digest_size=16).digest()
            if stat is not None:
                self._load()[file] = (stat, found)
                self._changed = True
            elif self._load().pop(file, None) is not None:
                self._changed = True
        self._hashed[file] = found
        return found

    def save(self) -> None:
        """Write the memo back, atomically, when this process hashed files it did not
        hold (best effort: an unwritable cache folder only costs the hashing)."""
        path = memo_path()
        if not self._changed or path is None:
            return
        self._changed = False
        kept = {file: entry for file, entry in self._load().items() if file in self._hashed or os.path.exists(file)}
        blob = pack({file: [*stat, digest] for file, (stat, digest) in kept.items()})
        if blob is None:
            return  # a file name msgpack cannot spell
        try:
            write_atomically(path, blob)
        except OSError:
            pass

    def _load(self) -> dict[str, tuple[Stat, bytes]]:
        if self._known is None:
            self._known = _read(memo_path())
        return self._known


def _read(path: Path | None) -> dict[str, tuple[Stat, bytes]]:
    """The memo as :meth:`_Memo.save` wrote it; empty when there is none, or it is
    anything else (every field is checked)."""
    try:
        if path is None or path.stat().st_size > MAX_MEMO_BYTES:
            return {}
        entries = unpack(path.read_bytes())
        if type(entries) is not dict:
            return {}
        return {expect(file, str): _entry(value) for file, value in entries.items()}
    except (OSError, CacheError, TypeError, ValueError):
        return {}


def _entry(value: Any) -> tuple[Stat, bytes]:
    size, modified, changed, inode, digest = value
    if not all(type(n) is int for n in (size, modified, changed, inode)) or type(digest) is not bytes or len(digest) != 16:
        raise TypeError("a file's stat or digest has the wrong type")
    return (size, modified, changed, inode), digest


def _python_files(folder: str) -> Iterator[str]:
    for parent, _, names in os.walk(folder):
        yield from (os.path.join(parent, name) for name in names if name.endswith(".py"))


_MEMO = _Memo()
