"""A stamp of the last ``--staged`` run that found the docs current.

Answering "nothing is stale" needs the call graph, and building it (imports
included) is most of a run's cost. But that answer is a pure function of the staged
blobs, the pages, the settings and repoagent's own code, so a hash of those, kept in
the workspace's stamp file (a git-ignored speed-up, like the parse cache), answers
it again without parsing when none of them changed. Any difference, or any doubt,
means a full run. Only ``--staged`` (what a pre-commit hook runs) is stamped: the
index file holds every staged blob's id, so hashing it covers the code. Like the
caches, the stamp is keyed by the fingerprint of repoagent's code (and templates), not
its version number: a changed repoagent, released or not, never trusts an old stamp.
:func:`repoagent.run.run` uses it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from repoagent.config import Settings
from repoagent.hashing import code_fingerprint
from repoagent.workspace import Workspace


_PACKAGE = Path(__file__).resolve().parents[1]
#: repoagent's Python code and its page templates: what a verdict was computed with.
CODE = code_fingerprint(_PACKAGE, *sorted((_PACKAGE / "templates").rglob("*.j2")))


def staged_key(root: Path, settings: Settings) -> str | None:
    """The hash of everything a ``--staged`` verdict depends on; ``None`` when the
    index cannot be found without git (then no stamp is used)."""
    index = _index_file(root)
    if index is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    # Settings' repr leaves the API key out.
    digest.update(f"{CODE}\0{root.resolve()}\0{settings!r}\0".encode())
    try:
        digest.update(index.read_bytes())
        out = root / settings.out
        for page in sorted(out.rglob("*.md")) if out.is_dir() else ():
            digest.update(page.relative_to(out).as_posix().encode() + b"\0" + page.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def read(root: Path, key: str | None) -> int | None:
    """The number of sections the stamp vouches for, when it matches ``key``."""
    stamp = Workspace(root).stamp
    if key is None or stamp is None:
        return None
    try:
        stored, sections = stamp.read_text(encoding="utf-8").split()
        return int(sections) if stored == key else None
    except (OSError, ValueError):
        return None


def write(root: Path, key: str | None, sections: int) -> None:
    """Remember that the docs were current for ``key`` (best effort)."""
    stamp = Workspace(root).stamp
    if key is None or stamp is None or not stamp.parent.is_dir():
        return
    try:
        stamp.write_text(f"{key} {sections}\n", encoding="utf-8")
    except OSError:
        pass


def _index_file(root: Path) -> Path | None:
    if os.environ.get("GIT_INDEX_FILE"):
        return None  # a hook's temporary index: always look properly
    for folder in (root.resolve(), *root.resolve().parents):
        dot_git = folder / ".git"
        if dot_git.is_dir():
            return dot_git / "index"
        if dot_git.is_file():  # a worktree or submodule: "gitdir: <path>"
            text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
            if text.startswith("gitdir:"):
                return (folder / text[len("gitdir:") :].strip()).resolve() / "index"
            return None
    return None
