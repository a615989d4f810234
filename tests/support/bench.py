"""The scripts of ``bench/`` as modules, for the tests that run them.

``bench/`` is not a package: its scripts import each other by bare name, as they do
when run, so the folder goes on ``sys.path`` first.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load_bench(name: str) -> ModuleType:
    """``bench/NAME.py`` as the module ``NAME``."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def write_program(root: Path, name: str, files: dict[str, str], expected: str) -> Path:
    """A benchmark program ``root/NAME/``: ``files`` and its ``expected.txt``."""
    folder = root / name
    folder.mkdir(parents=True)
    for relative, text in files.items():
        (folder / relative).write_text(text)
    (folder / "expected.txt").write_text(expected)
    return folder
