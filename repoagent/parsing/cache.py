"""A cache of parsed files in the workspace, keyed by path and content hash.

Only a speed-up: deleting it changes no result. It is one msgpack file
(:mod:`repoagent.codec`: data, never code) holding the entries the last run used,
so it never grows past the repository's size; each entry is kept as its own packed
bytes, so a run that re-parses one file rewrites the file without encoding every
other entry again, and an entry is decoded only when it is used. It is written
atomically; a corrupt or foreign file, or entry, is treated as absent.
"""

from __future__ import annotations

from pathlib import Path

from repoagent.codec import CacheError, decode_parsed_file, encode_parsed_file, pack, read_cache, unpack, write_cache
from repoagent.hashing import code_fingerprint
from repoagent.models import ParsedFile

# A new repoagent version (or a changed grammar query) never reuses what an older
# parser produced.
FORMAT = code_fingerprint(Path(__file__).parent, Path(__file__).parent.parent / "models.py", Path(__file__).parent.parent / "codec.py")


class ParseCache:
    """``(path, content hash) -> ParsedFile`` persisted in ``file`` (none: no cache)."""

    def __init__(self, file: Path | None) -> None:
        self._file = file
        self._entries: dict[tuple[str, str], bytes] | None = None  # loaded on first use: it is big
        self._used: dict[tuple[str, str], bytes] = {}

    def get(self, path: str, content_hash: str) -> ParsedFile | None:
        if self._entries is None:
            self._entries = _load(self._file) if self._file is not None else {}
        blob = self._entries.get((path, content_hash))
        if blob is None:
            return None
        try:
            parsed = decode_parsed_file(unpack(blob))
        except CacheError:
            return None
        if (parsed.path, parsed.content_hash) != (path, content_hash):
            return None
        self._used[(path, content_hash)] = blob
        return parsed

    def put(self, parsed: ParsedFile) -> None:
        blob = pack(encode_parsed_file(parsed))
        if blob is not None:
            self._used[(parsed.path, parsed.content_hash)] = blob

    def save(self) -> None:
        """Keep exactly the entries this run used; skip the write when nothing changed."""
        if self._file is None or self._entries is None or self._used.keys() == self._entries.keys():
            return
        write_cache(self._file, FORMAT, [[path, digest, blob] for (path, digest), blob in self._used.items()])


def _load(file: Path) -> dict[tuple[str, str], bytes]:
    stored = read_cache(file, FORMAT)
    if type(stored) is not tuple:
        return {}
    entries = {}
    for entry in stored:
        if type(entry) is not tuple or len(entry) != 3:
            return {}
        path, digest, blob = entry
        if type(path) is not str or type(digest) is not str or type(blob) is not bytes:
            return {}
        entries[(path, digest)] = blob
    return entries
