"""A cache of parsed files in ``.repoagent/`` keyed by path and content hash.

Only a speed-up: deleting it changes no result. It is one pickle file holding the
entries the last run used, so it never grows past the repository's size; it is
written atomically and a corrupt or foreign file is treated as empty.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from repoagent.hashing import content_hash
from repoagent.models import ParsedFile



def _parser_fingerprint() -> str:
    """A hash of the parsing code and the model: a new repoagent version (or a changed
    grammar query) must never reuse what an older parser produced."""
    package = Path(__file__).parent
    sources = sorted(package.rglob("*.py")) + [package.parent / "models.py"]
    return content_hash(b"".join(path.read_bytes() for path in sources))


FORMAT = _parser_fingerprint()


class ParseCache:
    """``(path, content hash) -> ParsedFile`` persisted under ``folder``."""

    def __init__(self, folder: Path | None) -> None:
        self._file = folder / "parse.pickle" if folder is not None else None
        self._entries: dict[tuple[str, str], ParsedFile] = self._load()
        self._used: dict[tuple[str, str], ParsedFile] = {}

    def get(self, path: str, content_hash: str) -> ParsedFile | None:
        parsed = self._entries.get((path, content_hash))
        if parsed is not None:
            self._used[(path, content_hash)] = parsed
        return parsed

    def put(self, parsed: ParsedFile) -> None:
        self._used[(parsed.path, parsed.content_hash)] = parsed

    def save(self) -> None:
        """Keep exactly the entries this run used; skip the write when nothing changed."""
        if self._file is None or self._used.keys() == self._entries.keys():
            return
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            _ignore_folder(self._file.parent)
            handle, temporary = tempfile.mkstemp(dir=self._file.parent, prefix=".parse.")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((FORMAT, self._used), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self._file)
        except OSError:
            pass  # a read-only checkout still works, just without the speed-up

    def _load(self) -> dict[tuple[str, str], ParsedFile]:
        if self._file is None or not self._file.is_file():
            return {}
        try:
            with self._file.open("rb") as stream:
                form, entries = pickle.load(stream)
        except Exception:  # a truncated or foreign cache is no cache
            return {}
        return entries if form == FORMAT else {}


def _ignore_folder(folder: Path) -> None:
    """``.repoagent/`` ignores itself, so the cache never shows up in ``git status``."""
    marker = folder / ".gitignore"
    if not marker.exists():
        marker.write_text("*\n", encoding="utf-8")
