"""Reusing stored components gives exactly the graph a full resolution gives.

Real code (four packages of the standard library, copied into a git
repository) goes through a random sequence of edits of the kinds that move
component borders: a function deleted, a call added across modules, an import added
or removed, a file renamed. After each, the graph built with the store of the
previous runs must equal, field for field and in order, the graph built with the
workspace deleted; and the store must have been used (fewer files re-resolved than
exist).
"""

from __future__ import annotations

import ast
import random
import shutil
import sysconfig
from pathlib import Path

import pytest

from repoagent.config import Settings
from repoagent.graph import build
from repoagent.graph.build import build_graph
from repoagent.graph.model import CallGraph
from repoagent.workspace import FOLDER
from tests.support.git_repo import GitRepo

STDLIB = Path(sysconfig.get_paths()["stdlib"])
STEPS = 14
PACKAGES = ("json", "html", "http", "tomllib", "zoneinfo")


def as_data(graph: CallGraph) -> tuple[object, ...]:
    return (list(graph.files.items()), list(graph.nodes.items()), graph.edges, graph.warnings, graph.groups)


class Editor:
    """Random edits to the Python files of a repository, each one still valid Python."""

    def __init__(self, repo: GitRepo, seed: int) -> None:
        self.repo = repo
        self.random = random.Random(seed)
        self.count = 0

    def modules(self) -> dict[str, Path]:
        files = sorted(self.repo.root.rglob("*.py"))
        return {_module(f.relative_to(self.repo.root)): f for f in files if FOLDER not in f.parts}

    def functions(self, file: Path) -> list[ast.FunctionDef]:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        return [node for node in tree.body if isinstance(node, ast.FunctionDef)]

    def edit(self) -> str:
        self.count += 1
        kind = self.random.choice(["delete", "call", "import", "unimport", "rename"])
        return getattr(self, f"_{kind}")()

    def _delete(self) -> str:
        file = self.random.choice([f for f in self.modules().values() if self.functions(f)])
        node = self.random.choice(self.functions(file))
        lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
        start = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
        del lines[start : node.end_lineno]
        file.write_text("".join(lines), encoding="utf-8")
        return f"deleted {node.name} from {file.name}"

    def _pair(self) -> tuple[Path, str]:
        """A file, and a module to import in it: mostly of the same package, as edits go."""
        modules = self.modules()
        file = self.random.choice(list(modules.values()))
        package = file.relative_to(self.repo.root).parts[0]
        near = [m for m in modules if m.split(".")[0] == package]
        return file, self.random.choice(near if self.random.random() < 0.8 else list(modules))

    def _call(self) -> str:
        caller, module = self._pair()
        target = self.modules()[module]
        if not self.functions(target):
            return self._import()
        function = self.random.choice(self.functions(target)).name
        with caller.open("a", encoding="utf-8") as stream:
            stream.write(f"\n\nimport {module}\n\n\ndef _edit_{self.count}():\n    return {module}.{function}()\n")
        return f"{caller.name} calls {module}.{function}"

    def _import(self) -> str:
        file, module = self._pair()
        with file.open("a", encoding="utf-8") as stream:
            stream.write(f"\nimport {module}\n")
        return f"{file.name} imports {module}"

    def _unimport(self) -> str:
        candidates = []
        for file in self.modules().values():
            tree = ast.parse(file.read_text(encoding="utf-8"))
            candidates += [(file, node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom) and node.lineno == node.end_lineno]
        file, node = self.random.choice(candidates)
        lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[node.lineno - 1] = "\n"
        file.write_text("".join(lines), encoding="utf-8")
        return f"removed line {node.lineno} (an import) of {file.name}"

    def _rename(self) -> str:
        file = self.random.choice([f for f in self.modules().values() if f.name != "__init__.py"])
        file.rename(file.with_name(f"renamed_{self.count}.py"))
        return f"renamed {file.name}"


def _module(path: Path) -> str:
    parts = list(path.with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.fixture
def stdlib_repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    for package in PACKAGES:
        shutil.copytree(STDLIB / package, repo.root / package, ignore=shutil.ignore_patterns("__pycache__"))
    repo.commit("packages")
    return repo


def test_reused_components_equal_a_full_resolution(stdlib_repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    resolved: list[int] = []  # files re-resolved by each run
    resolve = build._resolve_components

    def counting(store, dirty, full, nodes):  # type: ignore[no-untyped-def]
        resolved.append(sum(len(component.paths) for component in dirty))
        return resolve(store, dirty, full, nodes)

    monkeypatch.setattr(build, "_resolve_components", counting)
    root, settings = stdlib_repo.root, Settings()
    build_graph(root, settings)
    editor = Editor(stdlib_repo, seed=17)
    reused = 0
    for _ in range(STEPS):
        what = editor.edit()
        stdlib_repo.commit(what)
        incremental = build_graph(root, settings)
        shutil.rmtree(root / FOLDER)
        full = build_graph(root, settings)
        assert as_data(incremental) == as_data(full), what
        reused += resolved[-2] < resolved[-1]
    assert reused >= STEPS // 2, resolved  # most edits leave some component as it was


def test_a_warm_run_resolves_nothing(stdlib_repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_graph(stdlib_repo.root, Settings())
    resolve = build._resolve_components

    def nothing_dirty(store, dirty, full, nodes):  # type: ignore[no-untyped-def]
        assert not dirty and not full
        return resolve(store, dirty, full, nodes)

    monkeypatch.setattr(build, "_resolve_components", nothing_dirty)
    for parse in ("parse_jobs", "parse_derived"):
        monkeypatch.setattr(build, parse, lambda todo, *_: {} if not todo else pytest.fail(f"parsed {todo[0][0]}"))
    assert as_data(build_graph(stdlib_repo.root, Settings())) == as_data(first)


def test_a_file_whose_edges_a_new_solve_leaves_as_they_were_keeps_its_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's group is a key of the edges around it, not of its component: an edit
    that makes the component be solved again changes only the groups of the files
    whose edges or ids it changed, so the planner keeps the others' neighbourhoods."""
    solved: list[list[str]] = []
    resolve = build._resolve_components

    def counting(store, dirty, full, nodes):  # type: ignore[no-untyped-def]
        solved.append([path for component in dirty for path in component.paths])
        return resolve(store, dirty, full, nodes)

    monkeypatch.setattr(build, "_resolve_components", counting)
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/a.py", "from pkg import b\n\n\ndef run():\n    return b.helper()\n")
    repo.write("pkg/b.py", "def helper():\n    return 1\n\n\ndef spare():\n    return 2\n")
    repo.write("pkg/c.py", "from pkg.b import helper\n\n\ndef other():\n    return helper()\n")
    repo.commit()
    first = build_graph(repo.root, Settings())
    repo.write("pkg/a.py", "from pkg import b\n\n\ndef run():\n    limit = 3\n    return b.helper()\n")  # a new local: new facts
    local = build_graph(repo.root, Settings())
    assert "pkg/c.py" in solved[-1]  # the component was solved again
    assert local.groups == first.groups and [e[:2] for e in local.edges] == [e[:2] for e in first.edges]
    repo.write("pkg/a.py", "from pkg import b\n\n\ndef run():\n    b.spare()\n    return b.helper()\n")  # a new edge a -> b
    called = build_graph(repo.root, Settings())
    changed = {path for path in called.groups if called.groups[path] != first.groups[path]}
    assert changed == {"pkg/a.py", "pkg/b.py"}
    shutil.rmtree(repo.root / FOLDER)
    assert as_data(build_graph(repo.root, Settings())) == as_data(called)
