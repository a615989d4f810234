"""Which files of a real project the engines may edit, and the call graph for localizing.

Only Python files are repaired. In a small project every source file is
editable; in a larger one, the files the failing run's output names. Test files
(``test_*.py``, ``*_test.py``, ``conftest.py``) are left alone unless nothing
else is named: a failing test usually means the code under test is wrong. Links
are left alone too (the file they point to is edited where it is): writing a fix
over a link would replace the user's link with a file.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path

from repoagent.debug.localize import CodeIndex
from repoagent.workspace import SKIPPED_FOLDERS, Workspace

_SKIP_DIRS = SKIPPED_FOLDERS | {"build", "dist"}
_SMALL_PROJECT = 30


def editable_files(root: Path, output: str) -> dict[str, str]:
    """Relative path -> text of the Python files the engines may change."""
    paths = [p for p in root.rglob("*.py") if not _SKIP_DIRS & set(p.relative_to(root).parts) and not p.is_symlink()]
    rels = sorted(p.relative_to(root).as_posix() for p in paths)
    if len(rels) > _SMALL_PROJECT:
        named = [rel for rel in rels if rel in output or re.search(rf"\b{re.escape(Path(rel).name)}\b", output)]
        rels = named or rels[:_SMALL_PROJECT]
    sources = [rel for rel in rels if not _is_test(rel)]
    return {rel: (root / rel).read_text(encoding="utf-8", errors="replace") for rel in (sources or rels)}


def _is_test(rel: str) -> bool:
    name = Path(rel).name
    return name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"


def code_index_factory(copy: Path) -> Callable[[Mapping[str, str]], CodeIndex]:
    """A CodeIndex factory whose callees come from the project's call graph.

    The graph is built once, on the sandbox's ``copy`` of the project: building it
    writes caches, and nothing may be written into the user's tree without
    ``--apply``. The caches are removed from the copy again, so the tests see the
    project as it is. When the graph cannot be built the index falls back to calls
    matched by name (localization degrades, never fails).
    """
    callees = _graph_callees(copy)
    return lambda files: CodeIndex(files, callees)


def _graph_callees(root: Path) -> dict[str, set[str]] | None:
    try:
        from repoagent.config import load_settings
        from repoagent.graph.build import build_graph

        graph = build_graph(root, load_settings(root))
        table: dict[str, set[str]] = defaultdict(set)
        for edge in graph.edges:  # definitions are decoded as asked for: inside the guard
            caller = graph.nodes[edge.caller]
            table[caller.name].add(graph.nodes[edge.callee].name)
    except Exception:  # noqa: BLE001 - any graph failure means: localize without it
        return None
    finally:
        shutil.rmtree(Workspace(root).folder, ignore_errors=True)
    return dict(table)
