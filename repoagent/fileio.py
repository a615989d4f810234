"""Writing files so that a crash never leaves one half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new, never half.

    Devices and pipes (``-o /dev/null``) are written to directly: replacing them
    with a regular file would break every program that uses them.
    """
    if path.exists() and not path.is_file():
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
