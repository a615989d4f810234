"""A Python file's module id, made by string work, is what a path object reads of its
path, for every shape of path (the one rule both the module ids of a snapshot and the
Python language use)."""

from __future__ import annotations

import itertools
from pathlib import PurePosixPath

from repoagent.parsing.languages.python import Python
from repoagent.parsing.modules import python_module

PARTS = ["pkg", "__init__.py", "mod.py", "a.b.py", ".hidden.py", "x.", "__init__", "é.py", "m.PY", "", ".", "..", "a b.py"]


def _by_path_object(path: PurePosixPath) -> str:
    """The reading by path object: its parts, the suffix dropped, ``__init__`` below a folder dropped."""
    parts = list(path.with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def test_a_python_module_by_string_work_is_what_a_path_object_reads() -> None:
    language = Python()
    checked = 0
    for length in (1, 2, 3):
        for parts in itertools.product(PARTS, repeat=length):
            path = "/".join(parts)
            relative = PurePosixPath(path)
            if relative.is_absolute() or not relative.name:
                continue  # git lists neither
            expected = _by_path_object(relative)
            assert python_module(path) == expected, path
            assert language.module_name(relative) == expected, path
            checked += 1
    assert checked > 1000
