"""A cache of parsed files in ``.repoagent/`` keyed by path and content hash.

Only a speed-up: deleting it changes no result. It is one pickle file holding the
entries the last run used, so it never grows past the repository's size; each
entry is kept as its own pickled bytes, so a run that re-parses one file rewrites
the file without pickling every other entry again. It is written atomically and a
corrupt or foreign file is treated as empty.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from repoagent.fileio import write_atomically
from repoagent.hashing import code_fingerprint
from repoagent.models import ParsedFile

# A new repoagent version (or a changed grammar query) never reuses what an older
# parser produced.
FORMAT = code_fingerprint(Path(__file__).parent, Path(__file__).parent.parent / "models.py")


class ParseCache:
    """``(path, content hash) -> ParsedFile`` persisted under ``folder``."""

    def __init__(self, folder: Path | None) -> None:
        self._file = folder / "parse.pickle" if folder is not None else None
        self._entries: dict[tuple[str, str], bytes] | None = None  # loaded on first use: it is big
        self._used: dict[tuple[str, str], bytes] = {}

    def get(self, path: str, content_hash: str) -> ParsedFile | None:
        if self._entries is None:
            stored = read_pickles(self._file, FORMAT) if self._file is not None else None
            self._entries = stored if isinstance(stored, dict) else {}
        blob = self._entries.get((path, content_hash))
        if blob is None:
            return None
        self._used[(path, content_hash)] = blob
        return pickle.loads(blob)

    def put(self, parsed: ParsedFile) -> None:
        self._used[(parsed.path, parsed.content_hash)] = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)

    def save(self) -> None:
        """Keep exactly the entries this run used; skip the write when nothing changed."""
        if self._file is None or self._entries is None or self._used.keys() == self._entries.keys():
            return
        write_pickles(self._file, FORMAT, self._used)


def read_pickles(path: Path, key: str) -> Any:
    """What :func:`write_pickles` stored at ``path`` under ``key``; ``None`` if the file
    is absent, unreadable or stored under another key.

    The key is its own small pickle at the front, so a stale cache is recognised
    without loading what follows it.
    """
    try:
        with path.open("rb") as stream:
            if pickle.load(stream) != key:
                return None
            return pickle.load(stream)
    except Exception:  # a missing, truncated or foreign cache is no cache
        return None


def write_pickles(path: Path, key: str, data: Any) -> None:
    """Store ``key`` then ``data`` atomically; a cache that cannot be written is only a
    lost speed-up."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        marker = path.parent / ".gitignore"
        if not marker.exists():
            # ``.repoagent/`` ignores itself, so caches never show up in ``git status``.
            marker.write_text("*\n", encoding="utf-8")
        payload = pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL) + pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(path, payload)
    except OSError:
        pass
