"""Everything repoagent keeps under a repository's ``.repoagent/`` folder.

One module owns the folder's name, its layout, whether it may be used at all, the
lock that keeps two writing runs apart, and the folders every walk skips, so no
other module spells ``.repoagent`` or decides on its own what to leave out. The
folder ignores itself (a ``.gitignore`` holding ``*``), so nothing in it, temporary
files included, is ever picked up by ``git add``.

The folder is private to one machine. When git tracks it (a pull request did
``git add -f .repoagent``) or it is a symbolic link, someone else wrote it: nothing
in it is read or written (caches, stamp, LLM answers), runs work from scratch, and
one warning line says so. Its caches are data-only (:mod:`repoagent.codec`) in any
case, so even a cache that slipped through cannot run code.
"""

from __future__ import annotations

import errno
import fcntl
import functools
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The folder, relative to the repository's root.
FOLDER = ".repoagent"

#: The committed folder of template overrides (pages and prompts).
TEMPLATES_FOLDER = ".repoagent-templates"
#: The templates repoagent ships, which those of a repository's ``TEMPLATES_FOLDER`` override.
SHIPPED_TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Folders no walk of a repository enters: version control, caches, environments.
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", FOLDER, "node_modules", "__pycache__", ".venv", "venv", ".tox", ".env"}
)

#: How often a run waiting for the lock tries again, in seconds.
LOCK_POLL = 0.1


class Workspace:
    """The paths of one repository's ``.repoagent/`` folder.

    Reading a path never creates anything; :meth:`ensure` creates the folder (and
    its ``.gitignore``) before a write. Every file a run reads or writes is ``None``
    when the folder is not :attr:`trusted`.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / FOLDER

    @property
    def trusted(self) -> bool:
        """Whether this machine's runs made the folder (or will): not tracked by git,
        not a symbolic link. Asked once per repository and process."""
        return _trusted(self.root.resolve())

    def ensure(self) -> Path:
        """Create the folder, ignored by git, and return it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        marker = self.folder / ".gitignore"
        if not marker.exists():
            marker.write_text("*\n", encoding="utf-8")
        return self.folder

    def _file(self, name: str) -> Path | None:
        return self.folder / name if self.trusted else None

    def _own_folder(self, name: str) -> Path | None:
        """A folder of the workspace, unless it is a symbolic link: what it holds would
        be written to, and read from, wherever the link leads."""
        path = self._file(name)
        return None if path is None or path.is_symlink() else path

    @property
    def temp(self) -> Path | None:
        """Temporary files of atomic writes: inside the ignored folder, on the same
        file system as the pages, so a killed run leaves nothing git would add."""
        return self._own_folder("tmp")

    def scratch(self) -> Path | None:
        """Create the folder of temporary files (see :attr:`temp`) and return it;
        ``None`` for an untrusted folder (temporaries then go beside their target)."""
        if self.temp is None:
            return None
        self.ensure()
        self.temp.mkdir(exist_ok=True)
        return self.temp

    @property
    def removed_sections(self) -> Path | None:
        """Copies of the sections a person wrote or locked whose object is gone, one
        file per page (:func:`repoagent.docs.apply`): the page loses them, they stay."""
        return self._own_folder("removed")

    @property
    def crash_log(self) -> Path | None:
        """Where an internal error's traceback goes."""
        return self._file("crash.log")

    @property
    def llm_answers(self) -> Path | None:
        """Accepted LLM answers, one file per prompt hash."""
        return self._own_folder("llm")

    @property
    def fallback_tries(self) -> Path | None:
        """How often the LLM failed each section (:mod:`repoagent.writers.fallbacks`)."""
        return self._file("fallback-tries.json")

    @property
    def stamp(self) -> Path | None:
        """The stamp of the last ``--staged`` run that found the docs current."""
        return self._file("docs-current")

    @property
    def store(self) -> Path | None:
        """The sqlite store of parses and the graph's parts (:mod:`repoagent.store`)."""
        return self._file("store.sqlite")

    @property
    def exclusions(self) -> Path | None:
        """Which files of git's index the exclude patterns leave out (:func:`repoagent.sources.excluded`)."""
        return self._file("excluded.msgpack")

    @property
    def blob_hashes(self) -> Path | None:
        """The content hash of each git blob a run read (:mod:`repoagent.parsing.blobs`)."""
        return self._file("blobs.msgpack")

    @property
    def pages_record(self) -> Path | None:
        """What the last plan saw of the pages and the graph (:mod:`repoagent.pages.record`)."""
        return self._file("pages.msgpack")

    @property
    def legacy_caches(self) -> list[Path]:
        """The whole-file caches of older versions, replaced by :attr:`store`."""
        return [self.folder / name for name in ("parse.msgpack", "graph.msgpack")] if self.trusted else []

    @contextmanager
    def locked(self, wait: float) -> Iterator[None]:
        """Hold the folder's lock (``fcntl.flock`` on ``lock``) for a run that writes.

        A second run waits up to ``wait`` seconds for the first to finish, then stops
        with one line: two runs at once would pay every LLM call twice and race on the
        pages. The lock is the kernel's, so a killed run never leaves it held. An
        untrusted folder is not written to, so those runs go unlocked.
        """
        if not self.trusted:
            yield
            return
        from repoagent.errors import UsageError

        self.ensure()
        handle = _open_lock(self.folder / "lock")
        try:
            deadline = time.monotonic() + wait
            while not _try_lock(handle):
                if time.monotonic() >= deadline:
                    raise UsageError(
                        f"another repoagent run is writing in {self.root} (waited {wait:g} s for {FOLDER}/lock); "
                        "try again when it ends, or raise the lock_wait setting"
                    )
                time.sleep(LOCK_POLL)
            yield
        finally:
            os.close(handle)  # closing the descriptor releases the lock


def _open_lock(path: Path) -> int:
    """The lock file, open; a symbolic link in its place is removed, never followed
    (the link itself, as the store's are: opening it raised ``ELOOP``, a crash)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        return os.open(path, flags, 0o644)
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise
    path.unlink()
    return os.open(path, flags, 0o644)


def _try_lock(handle: int) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@functools.cache
def _trusted(root: Path) -> bool:
    folder = root / FOLDER
    if folder.is_symlink():
        reason, remedy = "is a symbolic link", f"rm {FOLDER}"
    elif folder.is_dir() and _tracked(root):
        reason, remedy = "is tracked by git", f"git rm -r --cached {FOLDER}"
    else:
        return True
    sys.stderr.write(
        f"repoagent: warning: {folder} {reason}, so someone else may have written it; "
        f"ignoring it (no caches, no lock: runs start from scratch); fix: {remedy}\n"
    )
    return False


def _tracked(root: Path) -> bool:
    from repoagent.changes.git import tracks  # git only when the folder exists

    return tracks(root, FOLDER)
