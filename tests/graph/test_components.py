"""Resolution components follow the Python resolver's own module resolution."""

from __future__ import annotations

from pathlib import Path

from repoagent.graph.components import python_components
from repoagent.models import FileHead
from repoagent.parsing.cache import ParseCache
from repoagent.parsing.run import parse_jobs, read_snapshot
from repoagent.sources import WorkingTree
from tests.support.git_repo import GitRepo


def components_of(root: Path) -> list[list[str]]:
    todo, _ = read_snapshot(WorkingTree(root, []), 1_000_000)
    parsed = parse_jobs(todo, ParseCache(None), workers=1)
    imports = {path: tuple(i.module for i in p.imports) for path, p in parsed.items()}
    return python_components([FileHead(p.path, p.language, p.module, p.content_hash, (), (), ()) for p in parsed.values()], imports)


def test_files_that_cannot_reach_each_other_are_apart(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path)
    repo.write("a/__init__.py", "")
    repo.write("a/one.py", "from a import two\n")
    repo.write("a/two.py", "def f():\n    pass\n")
    repo.write("b/__init__.py", "import os\n")
    repo.write("b/three.py", "import json\n")  # outside the repository: no link
    repo.write("lone.py", "def g():\n    pass\n")
    # A package's modules link to it: whether it exists decides how their imports read.
    assert components_of(tmp_path) == [
        ["a/__init__.py", "a/one.py", "a/two.py"], ["b/__init__.py", "b/three.py"], ["lone.py"],
    ]


def test_an_import_links_the_module_and_everything_under_it(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path)
    repo.write("ns/deep/x.py", "def f():\n    pass\n")  # a namespace folder: no __init__.py
    repo.write("ns/y.py", "def g():\n    pass\n")
    repo.write("user.py", "import ns\n\nns.deep.x.f()\n")
    repo.write("other.py", "")
    assert components_of(tmp_path) == [["ns/deep/x.py", "ns/y.py", "user.py"], ["other.py"]]


def test_a_script_imports_its_siblings_by_bare_name(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path)
    repo.write("scripts/run.py", "import helper\n\nhelper.h()\n")
    repo.write("scripts/helper.py", "def h():\n    pass\n")
    repo.write("helper.py", "def h():\n    pass\n")  # the top-level one is not what the script imports...
    # ...but the script's import is read both ways, so both are linked: safe, if coarser.
    assert components_of(tmp_path) == [["helper.py", "scripts/helper.py", "scripts/run.py"]]
