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

The pages count by a digest of their bytes. The stamp keeps each page's digest with
its stat (size, times, inode; only a stat old enough to vouch for the content, git's
"racily clean" rule, :func:`~repoagent.fileio.settled_stat`), so the next key reads
only the pages whose stat changed: the standard library's 16 MB of pages cost 35 ms
to read and hash on every ``--staged`` run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

from repoagent.config import Settings
from repoagent.fileio import Stat, listed, settled_stat, write_atomically
from repoagent.fingerprint import code_fingerprint
from repoagent.hashing import blake2b, content_hash
from repoagent.packed import CacheError, expect, pack, unpack
from repoagent.workspace import Workspace


_PACKAGE = Path(__file__).resolve().parents[1]
#: repoagent's Python code and its page templates: what a verdict was computed with.
CODE = code_fingerprint(_PACKAGE, *sorted((_PACKAGE / "templates").rglob("*.j2")))


#: Far above the stamp of a repository of 100,000 pages: a crafted file is not read.
MAX_STAMP_BYTES = 2**26


class Key(NamedTuple):
    """What a ``--staged`` verdict depends on (``hash``), the digests of the pages
    that went into it (page -> settled stat and digest), for the stamp to keep, and
    the number of sections the stamp on disk vouched for when the key was made
    (``None``: it vouches for another key, or there is none). Making the key reads
    the stamp for its page digests anyway, so its verdict comes with it."""

    hash: str
    pages: dict[str, tuple[Stat, str]]
    vouched: int | None
    #: The ``.md`` files under the pages folder as the key found them
    #: (:func:`~repoagent.fileio.listed`), for the plan's pages store.
    listed: dict[str, Stat | None]


class _Stamp(NamedTuple):
    key: str
    sections: int
    pages: dict[str, tuple[Stat, str]]


def staged_key(root: Path, settings: Settings, listing: bytes | None) -> Key | None:
    """The hash of everything a ``--staged`` verdict depends on, the index being
    ``listing`` (:func:`~repoagent.changes.git.index_listing`: the run's snapshot is
    made from the same bytes); ``None`` when git could not list the index (then no
    stamp is used)."""
    if listing is None:
        return None
    entries = _staged_entries(listing, settings.out)
    digest = blake2b(digest_size=16)
    # Settings' repr leaves the API key out.
    digest.update(f"{CODE}\0{root.resolve()}\0{settings!r}\0".encode())
    digest.update(entries)
    stored = _stored(root)
    known = stored.pages if stored is not None else {}
    pages: dict[str, tuple[Stat, str]] = {}
    out = root / settings.out
    found = listed(out, ".md")  # stat'ed before reading: a later change shows in the next stat
    try:
        for name, stat in found.items():
            stat = settled_stat(stat)
            page_digest = known[name][1] if stat is not None and name in known and known[name][0] == stat else None
            if page_digest is None:
                page_digest = content_hash((out / name).read_bytes())
            if stat is not None:
                pages[name] = (stat, page_digest)
            digest.update(name.encode() + b"\0" + page_digest.encode() + b"\0")
    except OSError:
        return None
    key = digest.hexdigest()
    return Key(key, pages, stored.sections if stored is not None and stored.key == key else None, found)


def write(root: Path, key: Key | None, sections: int) -> None:
    """Remember that the docs were current for ``key`` (best effort; atomically, so a
    run killed while writing leaves the old stamp, never a torn one)."""
    workspace = Workspace(root)
    stamp = workspace.stamp
    if key is None or stamp is None or not stamp.parent.is_dir():
        return
    blob = pack([key.hash, sections, {name: [*stat, page_digest] for name, (stat, page_digest) in key.pages.items()}])
    if blob is None:
        return  # a page name msgpack cannot spell (not UTF-8): no stamp
    try:
        write_atomically(stamp, blob, workspace.scratch())
    except OSError:
        pass


def _stored(root: Path) -> _Stamp | None:
    """The stamp as :func:`write` wrote it; ``None`` when there is none, or it is
    anything else (the workspace is anyone's to write: every field is checked)."""
    stamp = Workspace(root).stamp
    try:
        if stamp is None or stamp.stat().st_size > MAX_STAMP_BYTES:
            return None
        key, sections, pages = unpack(stamp.read_bytes())
        if type(key) is not str or type(sections) is not int or type(pages) is not dict:
            return None
        return _Stamp(key, sections, {expect(name, str): _page(value) for name, value in pages.items()})
    except (OSError, CacheError, TypeError, ValueError):
        return None


def _page(value: Any) -> tuple[Stat, str]:
    size, modified, changed, inode, page_digest = value
    if not all(type(n) is int for n in (size, modified, changed, inode)) or type(page_digest) is not str:
        raise TypeError("a page's stat or digest has the wrong type")
    return (size, modified, changed, inode), page_digest


def _staged_entries(listing: bytes, out: str) -> bytes:
    """The index's entries, the pages (``.md`` files under ``out``) left out."""
    pages = "" if os.path.normpath(out) == "." else os.path.normpath(out).replace(os.sep, "/") + "/"
    return b"\0".join(entry for entry in listing.split(b"\0") if not _is_page(entry, pages.encode()))


def _is_page(entry: bytes, pages: bytes) -> bool:
    """Whether an ``ls-files --stage`` entry (``mode sha stage\tpath``) is a page."""
    path = entry.partition(b"\t")[2]
    return path.startswith(pages) and path.endswith(b".md")
