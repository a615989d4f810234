"""A cache of parsed files in ``.repoagent/`` keyed by path and content hash.

Only a speed-up: deleting it changes no result. It is one pickle file holding the
entries the last run used, so it never grows past the repository's size; it is
written atomically and a corrupt or foreign file is treated as empty.
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
        self._entries: dict[tuple[str, str], ParsedFile] | None = None  # loaded on first use: it is big
        self._used: dict[tuple[str, str], ParsedFile] = {}

    def get(self, path: str, content_hash: str) -> ParsedFile | None:
        if self._entries is None:
            self._entries = self._load()
        parsed = self._entries.get((path, content_hash))
        if parsed is not None:
            self._used[(path, content_hash)] = parsed
        return parsed

    def put(self, parsed: ParsedFile) -> None:
        self._used[(parsed.path, parsed.content_hash)] = parsed

    def save(self) -> None:
        """Keep exactly the entries this run used; skip the write when nothing changed."""
        if self._file is None or self._entries is None or self._used.keys() == self._entries.keys():
            return
        save_pickle(self._file, (FORMAT, self._used))

    def _load(self) -> dict[tuple[str, str], ParsedFile]:
        stored = load_pickle(self._file) if self._file is not None else None
        return stored[1] if stored is not None and stored[0] == FORMAT else {}


def load_pickle(path: Path) -> Any:
    """What :func:`save_pickle` stored at ``path``; ``None`` if absent or unreadable."""
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # a missing, truncated or foreign cache is no cache
        return None


def save_pickle(path: Path, data: Any) -> None:
    """Store ``data`` atomically; a cache that cannot be written is only a lost speed-up."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        marker = path.parent / ".gitignore"
        if not marker.exists():
            # ``.repoagent/`` ignores itself, so caches never show up in ``git status``.
            marker.write_text("*\n", encoding="utf-8")
        write_atomically(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
