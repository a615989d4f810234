"""Module ids: the name a file is known by.

Most languages' ids follow the file's path (their language module's
``module_name``). Python's follow the import path, since that is what users type:
in a src layout (``src/pkg/__init__.py``) the folder holding the top package is a
source root, so ``src/pkg/utils.py`` is ``pkg.utils``, not ``src.pkg.utils``. Pages
stay where the files are; only ids and anchors change.
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath

from repoagent.parsing.registry import language_for, language_name


def module_ids(paths: list[str], prefix: str = "") -> dict[str, str]:
    """Each path's module id.

    ``prefix`` is put before every id: when the analysed folder is itself a Python
    package, its modules are ``pkg.mod``, as its own imports say (and nothing in it
    is a source root). A package under a source root whose modules would take an id
    another file already has (``src/pkg`` beside ``lib/pkg`` or ``pkg.py``) keeps
    its folders in the ids, so ids stay unique.
    """
    roots = {} if prefix else _source_roots(paths)
    ids = {path: _module(path, roots.get(path, ""), prefix) for path in paths}
    taken = Counter(ids.values())
    clashing = {_top(path, roots[path]) for path, module in ids.items() if taken[module] > 1 and path in roots}
    for path, root in roots.items():
        if _top(path, root) in clashing:
            ids[path] = _module(path, "", prefix)
    return ids


def _top(path: str, root: str) -> str:
    """The top package folder holding ``path`` under ``root``."""
    return f"{root}/{PurePosixPath(path).relative_to(root).parts[0]}"


def _source_roots(paths: list[str]) -> dict[str, str]:
    """Python files under a source root, with the root: the folder holding a file's
    top package, when neither it nor a folder above it is a package itself."""
    packages = {path.removesuffix("/__init__.py") for path in paths if path.endswith("/__init__.py")}
    roots: dict[str, str] = {}
    for path in paths:
        if not _is_python(path):
            continue
        folder, top = _parent(path), None
        while folder in packages:
            folder, top = _parent(folder), folder
        if top is None or not folder or _inside_package(folder, packages):
            continue
        roots[path] = folder
    return roots


def _inside_package(folder: str, packages: set[str]) -> bool:
    while folder:
        folder = _parent(folder)
        if folder in packages:
            return True
    return False


def _parent(path: str) -> str:
    """The folder holding ``path`` (a path as git lists it: ``/``-separated, no
    ``.`` or empty parts), ``""`` at the top; string work, as every file of the
    repository asks it of each of its folders."""
    return path.rpartition("/")[0]


def _is_python(path: str) -> bool:
    return language_name(path) == "python"


def _module(path: str, root: str, prefix: str) -> str:
    text = path[len(root) + 1 :] if root else path  # root: a folder holding path
    if _is_python(text):
        name = python_module(text)
    else:
        relative = PurePosixPath(text)
        language = language_for(relative)
        name = language.module_name(relative) if language is not None else path
    if not prefix:
        return name
    return prefix if name == "__init__" else f"{prefix}.{name}"


def python_module(path: str) -> str:
    """A Python file's module id: its path's parts, the last one's suffix dropped and
    ``__init__`` dropped below a folder; empty and ``.`` parts skipped, as a path
    object reads them. By string work: every file of the repository asks it (0.01 s
    of path objects on the standard library)."""
    parts = path.split("/")
    if "" in parts or "." in parts:
        parts = [part for part in parts if part not in ("", ".")]
    name = parts[-1]
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:  # as PurePosixPath.suffix
        parts[-1] = name[:dot]
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)
