"""Writing files so that a crash never leaves one half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new, never half.

    The new file keeps the old one's permissions (a script stays executable), or
    gets the usual ones for a new file; a temporary file alone would be private
    (0600). Devices and pipes (``-o /dev/null``) are written to directly: replacing
    them with a regular file would break every program that uses them.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.exists() and not path.is_file():
        path.write_bytes(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
