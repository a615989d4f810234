"""Which version of the repository a run documents, and which files it is about.

* the working tree (default): files on disk; no git needed;
* ``--staged``: the index, i.e. what the next commit will contain (what a
  pre-commit hook sees);
* ``--base REF [--head REF]``: commit ``head`` (default ``HEAD``), limited to the
  files changed since its merge base with ``base`` (what a pull request changes).

Git only narrows the view; the provenance hashes in the pages decide what is stale.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from repoagent.errors import UsageError
from repoagent.sources import Snapshot, WorkingTree, folder_pattern


class Scope(NamedTuple):
    """A snapshot to document; ``paths`` limits new/changed/deleted nodes to those
    files (``None``: every file), ``label`` names the view for messages."""

    snapshot: Snapshot
    paths: set[str] | None
    label: str


def choose_scope(root: Path, exclude: tuple[str, ...], staged: bool, base: str | None, head: str | None,
                 listing: bytes | None = None) -> Scope:
    """The :class:`Scope` the flags ask for; git runs only when they need it. A
    ``--staged`` run passes the index ``listing`` it read for the stamp
    (:func:`~repoagent.changes.git.index_listing`; ``None``: read it here)."""
    if staged and (base or head):
        raise UsageError("--staged compares the index; it cannot be combined with --base/--head")
    if head and not base:
        raise UsageError("--head needs --base: give the commit to compare it with")
    if not staged and not base:
        return Scope(WorkingTree(root, exclude + submodule_paths(root)), None, "working tree")
    from repoagent.changes.git import GitRepository, index_listing

    repository = GitRepository(root)
    if staged:
        return Scope(repository.index_snapshot(exclude, listing if listing is not None else index_listing(root)), None, "index")
    head = head or "HEAD"
    assert base is not None
    changed = repository.changed_paths(base, head)
    return Scope(repository.commit_snapshot(head, exclude), changed, f"{base}...{head}")


_PATH_LINE = re.compile(r"^\s*path\s*=\s*(.+?)\s*$", re.MULTILINE)


def submodule_paths(root: Path) -> tuple[str, ...]:
    """Folders of the submodules listed in ``.gitmodules``, as exclude patterns.

    Read as text rather than through git, so the working-tree mode stays git-free.
    The file is the repository's: a path means itself (``*`` is no wildcard, ``[z-a]``
    no pattern that fails to compile), and a link is not followed (git refuses one).
    """
    path = root / ".gitmodules"
    try:
        text = "" if path.is_symlink() else path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    return tuple(folder_pattern(folder) for folder in _PATH_LINE.findall(text))
