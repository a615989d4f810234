"""Copy a project for the sandbox so that no symbolic link in the copy leads out of it.

A link copied as it is keeps pointing where it pointed: an absolute link
(``data -> /home/me/project/data``) into the real project, a relative one
(``shared -> ../../elsewhere``) past the copy's edge. A test writing through such a
link writes into the user's real files. So each link is judged by where it
resolves (through every link on the way):

* inside the project: a relative link to the same place in the copy;
* outside, to a regular file: a copy of that file;
* outside, to anything else (a folder, a device, nothing at all), or to a file of
  the kernel's (``/proc``, ``/sys``, ``/dev``): the copy is refused with one line
  naming the link, since copying a folder could mean copying the whole disk, a
  dangling link would let the test create its target, and ``/proc/self/environ``
  is a regular file holding repoagent's own environment (the API key the test's
  allowlisted environment leaves out; ``/proc/self/mem`` cannot even be read).

Folders every walk skips (``.git``, virtual environments, ``.repoagent``, ...) are
left out, as are files and links of those names, and sockets, pipes and devices.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from repoagent.errors import UsageError
from repoagent.workspace import SKIPPED_FOLDERS

# Pseudo-filesystems: their "regular files" describe processes and devices
# (repoagent's own among them), they are not a project's data.
_KERNEL_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))


def copy_project(source: Path, target: Path) -> None:
    """Copy ``source`` to the new folder ``target``, links made safe as above."""
    source = source.resolve()
    for folder, dirs, files in os.walk(source):
        here = Path(folder)
        dirs[:] = [name for name in dirs if name not in SKIPPED_FOLDERS]
        (target / here.relative_to(source)).mkdir()
        for name in [*files, *(d for d in dirs if (here / d).is_symlink())]:  # os.walk lists links to folders with folders
            if name not in SKIPPED_FOLDERS:
                _copy_entry(here / name, target / (here / name).relative_to(source), source, target)


def _copy_entry(path: Path, copy: Path, source: Path, target: Path) -> None:
    if not path.is_symlink():
        if path.is_file():
            shutil.copy2(path, copy)
        return
    resolved = Path(os.path.realpath(path))
    if resolved.is_relative_to(source):
        copy.symlink_to(os.path.relpath(target / resolved.relative_to(source), copy.parent))
    elif _kernel_file(resolved):
        raise UsageError(
            f"{path} links to {os.readlink(path)}, a file of the kernel's (it can hold repoagent's own "
            "environment and keys): remove the link, or link to a copy of what the tests need"
        )
    elif resolved.is_file():
        shutil.copy2(resolved, copy)
    else:
        raise UsageError(
            f"{path} links to {os.readlink(path)}, outside the project; the test could write there "
            "through it: replace the link with a copy of what it points to, or remove it"
        )


def _kernel_file(resolved: Path) -> bool:
    """Whether ``resolved`` lies in ``/proc``, ``/sys`` or ``/dev``: copying
    ``/proc/self/environ`` would hand the test repoagent's environment (its API key)."""
    return any(resolved.is_relative_to(folder) for folder in _KERNEL_FOLDERS)
