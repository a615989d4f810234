"""The content hash of each file git already names by its blob id, so a run reads
only the files whose blob is new.

A snapshot of git's index or of a commit lists every file's blob id (the SHA-1 of
its bytes). The graph is keyed by another hash of the bytes (:func:`content_hash`),
so without more a run read every file and hashed it twice (git's id, to trust the
file on disk, then the content hash): 0.1 s of a one-line edit of the standard
library. :class:`BlobHashes` remembers, in ``.repoagent/blobs.msgpack``, the content
hash and size of each blob a run read and found worth parsing; a file whose blob id
is remembered is neither read nor hashed, its source is read only if it must be
parsed (:meth:`BlobHashes.verified`).

The file is hostile input, as all of ``.repoagent/``: one that does not decode, of
another format or code, is no record, and an entry is used only under the blob id
git gives now, so an edit never reuses what its old bytes hashed to. It vouches for
a hash as the ``files`` rows vouch for a summary by that hash: one that a file read
later contradicts is a lie, and the whole record is forgotten (:class:`Lied`).
"""

from __future__ import annotations

from pathlib import Path

from repoagent import hashing
from repoagent.fileio import write_atomically
from repoagent.fingerprint import code_fingerprint
from repoagent.hashing import content_hash
from repoagent.packed import CacheError, expect, pack, unpack
from repoagent.workspace import Workspace

#: What decides an entry besides the bytes: the hash and the reading's checks.
_KEY = "blob-hashes 1\0" + code_fingerprint(Path(__file__), Path(__file__).parent / "run.py", Path(hashing.__file__))
#: Far above the standard library's (100 KB): a crafted file is not read.
MAX_BYTES = 2**26


class Lied(Exception):
    """A file read for its parse does not have the content hash its blob id was
    remembered with."""


class BlobHashes:
    """Content hash and size by git blob id, as the last run of ``root`` read them."""

    def __init__(self, root: Path) -> None:
        self._workspace = Workspace(root)
        self._path = self._workspace.blob_hashes
        self._stored = _load(self._path)
        self.seen: dict[str, tuple[str, int]] = {}  # this run's, by blob id

    def get(self, blob: str, max_file_size: int) -> str | None:
        """The content hash of blob ``blob`` if a run read it and it is no bigger than
        ``max_file_size`` (else the file is read, and skipped, as without a record)."""
        entry = self._stored.get(blob)
        if entry is None or entry[1] > max_file_size:
            return None
        self.seen[blob] = entry
        return entry[0]

    def add(self, blob: str, digest: str, size: int) -> None:
        """Remember that blob ``blob``, just read, hashes to ``digest``."""
        self.seen[blob] = (digest, size)

    def verified(self, source: bytes, digest: str) -> bytes:
        """``source``, read late for a hash this record gave (``digest``); a source
        of another hash forgets the record and raises :class:`Lied`."""
        if content_hash(source) != digest:
            self._stored = {}
            if self._path is not None:
                self._path.unlink(missing_ok=True)
            raise Lied(digest)
        return source

    def save(self) -> None:
        """Keep :attr:`seen` (the blobs of this run's files, and no other) when it is not
        what was stored; best effort: it is only a speed-up."""
        blob = pack([_KEY, {sha: list(entry) for sha, entry in self.seen.items()}])
        if self._path is None or self.seen == self._stored or blob is None:
            return
        try:
            write_atomically(self._path, blob, self._workspace.scratch())
        except OSError:
            pass


def _load(path: Path | None) -> dict[str, tuple[str, int]]:
    """The stored entries; none when the file is missing, too big or not exactly
    what :meth:`BlobHashes.save` writes (every field is checked)."""
    try:
        if path is None or path.stat().st_size > MAX_BYTES:
            return {}
        key, entries = unpack(path.read_bytes())
        if key != _KEY:
            return {}
        for sha, (digest, size) in expect(entries, dict).items():
            if not (type(sha) is str and type(digest) is str and type(size) is int):
                return {}
        return entries
    except (OSError, CacheError, TypeError, ValueError):
        return {}
