"""Parsed files in the workspace's store (:mod:`repoagent.store`), by path and content hash.

Only a speed-up: deleting it changes no result. An entry is read only when its
file is parsed again with the same content, and decoded with every type checked;
a corrupt or foreign entry is treated as absent.
"""

from __future__ import annotations

from pathlib import Path

from repoagent.codec import decode_parsed_file, encode_parsed_file
from repoagent.fingerprint import code_fingerprint
from repoagent.models import ParsedFile
from repoagent.packed import CacheError, pack, unpack
from repoagent.store import Store

# A new repoagent version (or a changed grammar query) never reuses what an older
# parser produced.
FORMAT = code_fingerprint(Path(__file__).parent, *(Path(__file__).parent.parent / name for name in ("models.py", "codec.py", "packed.py")))
TABLE = "parses"


def parse_key(path: str, content_hash: str) -> str:
    """The store key of a file's parse (a path never holds a NUL byte)."""
    return f"{path}\0{content_hash}"


class ParseCache:
    """``(path, content hash) -> ParsedFile`` in ``store`` (none: no cache)."""

    def __init__(self, store: Store | None) -> None:
        self._store = store

    def get(self, path: str, content_hash: str) -> ParsedFile | None:
        blob = self._store.get(TABLE, parse_key(path, content_hash)) if self._store is not None else None
        if blob is None:
            return None
        try:
            parsed = decode_parsed_file(unpack(blob))
        except CacheError:
            return None
        if (parsed.path, parsed.content_hash) != (path, content_hash):
            return None
        return parsed

    @property
    def stores(self) -> bool:
        """Whether rows are kept (without a store, encoding them is wasted)."""
        return self._store is not None

    def put(self, parsed: ParsedFile, row: bytes | None) -> None:
        """Keep ``row``, the parse's row as :func:`row` made it (in the process that
        parsed it: encoding a parse is per file, so parser workers do it)."""
        if row is not None and self._store is not None:
            self._store.put(TABLE, parse_key(parsed.path, parsed.content_hash), row)


def row(parsed: ParsedFile) -> bytes | None:
    """The store row of ``parsed`` (``None``: it cannot be cached, see :func:`pack`)."""
    return pack(encode_parsed_file(parsed))
