"""A stamp of the last ``--staged`` run that found the docs current (as it started,
or once it had written them and compared them again).

Answering "nothing is stale" needs the call graph, and building it (imports
included) is most of a run's cost. But that answer is a pure function of the staged
blobs, the pages, the settings and repoagent's own code, so a hash of those, kept in
the workspace's stamp file (a git-ignored speed-up, like the parse cache), answers
it again without parsing when none of them changed. Any difference, or any doubt,
means a full run. Only ``--staged`` (what a pre-commit hook runs) is stamped: the
index's entries (path, mode and blob id of every staged file, as ``git ls-files
--stage`` lists them, the pages left out since they are read from the working tree)
cover the code. Entries, not the index file's bytes: a commit rewrites the file
(its timestamps) but not what is staged, so the first run after a commit is
answered too; and under ``git commit -a`` they are the entries of the temporary
index the commit is built from. Like the caches, the stamp is keyed by the
fingerprint of repoagent's code (and templates), not its version number: a changed
repoagent, released or not, never trusts an old stamp.
:func:`repoagent.run.run` uses it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from repoagent.config import Settings
from repoagent.fileio import write_atomically
from repoagent.hashing import code_fingerprint
from repoagent.workspace import Workspace


_PACKAGE = Path(__file__).resolve().parents[1]
#: repoagent's Python code and its page templates: what a verdict was computed with.
CODE = code_fingerprint(_PACKAGE, *sorted((_PACKAGE / "templates").rglob("*.j2")))


def staged_key(root: Path, settings: Settings) -> str | None:
    """The hash of everything a ``--staged`` verdict depends on; ``None`` when git
    cannot list the index (then no stamp is used)."""
    entries = _staged_entries(root, settings.out)
    if entries is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    # Settings' repr leaves the API key out.
    digest.update(f"{CODE}\0{root.resolve()}\0{settings!r}\0".encode())
    digest.update(entries)
    try:
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
    """Remember that the docs were current for ``key`` (best effort; atomically, so a
    run killed while writing leaves the old stamp, never a torn one)."""
    workspace = Workspace(root)
    stamp = workspace.stamp
    if key is None or stamp is None or not stamp.parent.is_dir():
        return
    try:
        write_atomically(stamp, f"{key} {sections}\n", workspace.scratch())
    except OSError:
        pass


def _staged_entries(root: Path, out: str) -> bytes | None:
    """``git ls-files --stage`` of ``root`` (in the index a hook's run would read),
    the pages (``.md`` files under ``out``) left out; ``None`` outside git."""
    from repoagent.changes.git import run_git_in_hook

    result = run_git_in_hook(root, "ls-files", "--stage", "-z", allowed=None)
    if result.returncode != 0:
        return None
    pages = "" if os.path.normpath(out) == "." else os.path.normpath(out).replace(os.sep, "/") + "/"
    return b"\0".join(entry for entry in result.stdout.split(b"\0") if not _is_page(entry, pages.encode()))


def _is_page(entry: bytes, pages: bytes) -> bool:
    """Whether an ``ls-files --stage`` entry (``mode sha stage\tpath``) is a page."""
    path = entry.partition(b"\t")[2]
    return path.startswith(pages) and path.endswith(b".md")
