"""A Python file's module id made by string work equals what the Python language
makes of its path object, for every shape of path."""

from __future__ import annotations

import itertools
from pathlib import PurePosixPath

from repoagent.parsing.languages.python import Python
from repoagent.parsing.modules import _python_module

PARTS = ["pkg", "__init__.py", "mod.py", "a.b.py", ".hidden.py", "x.", "__init__", "é.py", "m.PY", "", ".", "..", "a b.py"]


def test_a_python_module_by_string_work_is_the_language_s() -> None:
    language = Python()
    checked = 0
    for length in (1, 2, 3):
        for parts in itertools.product(PARTS, repeat=length):
            path = "/".join(parts)
            fast = _python_module(path)
            if fast is None:
                continue
            assert fast == language.module_name(PurePosixPath(path)), path
            checked += 1
    assert checked > 1000
