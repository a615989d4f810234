"""Writing files so that a crash never leaves one half-written, nor a stray temporary.

A file is written to a temporary file and renamed over the target. Inside a
repository the temporary goes to ``.repoagent/tmp`` (:meth:`Workspace.scratch`), a
folder git ignores: a run killed before its rename leaves nothing ``git add`` would
pick up, and the next run removes what a dead run left there
(:func:`remove_leftovers`). Each temporary's name starts with a dot and its writer's
process id, so a run never removes the file another live run is about to rename.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path


def write_atomically(path: Path, text: str | bytes, scratch: Path | None = None) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new, never half.

    ``scratch`` is the folder for the temporary file (on ``path``'s file system; a
    folder elsewhere falls back to ``path``'s own folder); by default it is
    ``path``'s folder. The new file keeps the old one's permissions (a script stays
    executable), or gets the usual ones for a new file; a temporary file alone would
    be private (0600). Devices and pipes (``-o /dev/null``) are written to directly:
    replacing them with a regular file would break every program that uses them.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.exists() and not path.is_file():
        path.write_bytes(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _write_via(scratch or path.parent, path, data)
    except OSError as error:
        if scratch is None or error.errno != errno.EXDEV:
            raise
        _write_via(path.parent, path, data)


def remove_leftovers(scratch: Path | None) -> None:
    """Remove the temporary files that writers no longer running left in ``scratch``;
    ``None`` (an untrusted workspace) is never touched."""
    if scratch is None:
        return
    try:
        names = [entry.name for entry in os.scandir(scratch)]
    except OSError:
        return
    for name in names:
        owner = name[1:].split("-", 1)[0]
        if name.startswith(".") and owner.isdigit() and not _running(int(owner)):
            (scratch / name).unlink(missing_ok=True)


def _write_via(folder: Path, path: Path, data: bytes) -> None:
    handle, temporary = _temporary(folder, f".{os.getpid()}-{path.name[:80]}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


#: How ``tempfile.mkstemp`` opens its file: created here or not at all, never through a link.
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _temporary(folder: Path, prefix: str) -> tuple[int, str]:
    """A new file in ``folder`` named ``prefix`` and random letters, open for writing
    and readable by its owner only: what ``tempfile.mkstemp`` makes, without importing
    ``tempfile`` (with ``shutil`` and ``random``: 4 ms of every run that writes a file)."""
    for _ in range(100):
        name = os.path.join(folder, prefix + os.urandom(6).hex())
        try:
            return os.open(name, _CREATE, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, owned by someone else
    return True


def _umask() -> int:
    # Reading the umask means setting it; done once, at import, before any thread
    # (the LLM writer's) could create a file in between.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_NEW_FILE_MODE = 0o666 & ~_umask()


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return _NEW_FILE_MODE


#: A file's size, modification and change times (ns) and inode: what a cheap check of
#: "unchanged since it was read" compares (the pages record, the stamp's page digests).
Stat = tuple[int, int, int, int]
#: How long after its last change a file's stat starts to vouch for its content
#: (as git's "racily clean" entries: file times have a coarse tick).
RACY_NS = 2_000_000_000


def stat_of(path: str | os.PathLike[str]) -> Stat | None:
    """``path``'s :data:`Stat`; ``None`` when it cannot be had. A plain string is
    welcome: making a ``Path`` of each of repoagent's sources cost more than their
    stats (:mod:`repoagent.fingerprint`)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def settled_stat(stat: Stat | None) -> Stat | None:
    """``stat`` when it is old enough to vouch for its file's content: a file
    modified less than :data:`RACY_NS` ago could change again within the clock's
    tick, unseen."""
    return stat if stat is not None and stat[1] < time.time_ns() - RACY_NS else None


def listed(folder: Path, suffix: str) -> dict[str, Stat | None]:
    """The files and folders under ``folder`` whose name ends with ``suffix``, by path
    relative to it (``/``-separated, in the order ``sorted(folder.rglob("*" +
    suffix))`` gives: by parts, symlinked folders not entered), each with its
    :data:`Stat` when it is a regular file (``None``: anything else, a symbolic link
    included, or gone).

    One walk of the pages per run: the ``--staged`` stamp's key and the pages
    store share it (each walked and stat'ed the pages with pathlib, 0.04 s on the
    standard library's)."""
    found: dict[str, Stat | None] = {}

    def walk(path: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(path))
        except OSError:
            return
        for entry in entries:
            name = prefix + entry.name
            if entry.name.endswith(suffix):
                try:
                    found[name] = _regular(entry.stat(follow_symlinks=False))  # a link is no page
                except OSError:
                    found[name] = None
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, name + "/")

    if folder.is_dir():
        walk(str(folder), "")
    return {name: found[name] for name in sorted(found, key=_parts)}


def _regular(found: os.stat_result) -> Stat | None:
    if not stat.S_ISREG(found.st_mode):
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def _parts(name: str) -> list[str]:
    return name.split("/")
