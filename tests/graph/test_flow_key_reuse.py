"""An edit that only moves lines reuses the stored resolution, its lines mapped.

Each test builds a small git repository, builds its graph (the store fills), edits
it, and builds again counting the Python resolver's runs; the graph must equal the
one built with ``.repoagent/`` deleted.
"""

from __future__ import annotations

import shutil

from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.graph.flow_key import shifted
from repoagent.graph.model import CallGraph
from repoagent.graph.resolvers.base import unlinked_call
from repoagent.models import Edge
from repoagent.workspace import FOLDER
from tests.support.git_repo import GitRepo

A = """\
from pkg import b


def run():
    b.helper()
    b.other()
    return b.helper()
"""
B = """\
def helper():
    return other()


def other():
    return 1
"""
C = """\
from pkg.a import run


def main():
    run()
"""


def _repo(tmp_path, files: dict[str, str]) -> GitRepo:  # type: ignore[no-untyped-def]
    repo = GitRepo.init(tmp_path / "repo")
    for path, text in files.items():
        repo.write(path, text)
    repo.commit("code")
    return repo


def _graph(repo: GitRepo) -> CallGraph:
    return build_graph(repo.root, Settings(jobs=1))


def _data(graph: CallGraph) -> tuple[object, ...]:
    return (list(graph.files.items()), list(graph.nodes.items()), graph.edges, graph.warnings)


def _lines(graph: CallGraph) -> dict[tuple[str, str], tuple[int, ...]]:
    return {(e.caller, e.callee): e.lines for e in graph.edges}


def _full(repo: GitRepo) -> CallGraph:
    shutil.rmtree(repo.root / FOLDER)
    return _graph(repo)


def test_lines_moved_in_one_file_of_a_component_shift_its_edges_without_solving(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    repo = _repo(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": A, "pkg/b.py": B, "pkg/c.py": C})
    before = _lines(_graph(repo))
    assert before[("pkg.a.run", "pkg.b.helper")] == (5, 7)
    assert solves == [4]
    # Comment lines (one at the top of the body: in the signature's text) and a blank line: only positions move.
    edited = A.replace("def run():\n", "# a comment\n\ndef run():\n    # the body\n").replace("return b.helper()", "\n    return b.helper()")
    repo.write("pkg/a.py", edited)
    after = _graph(repo)
    assert solves == [4]  # the component of a, b and c was not solved again
    lines = _lines(after)
    assert lines[("pkg.a.run", "pkg.b.helper")] == (8, 11)
    assert lines[("pkg.a.run", "pkg.b.other")] == (9,)
    assert lines[("pkg.c.main", "pkg.a.run")] == before[("pkg.c.main", "pkg.a.run")]
    assert lines[("pkg.b.helper", "pkg.b.other")] == before[("pkg.b.helper", "pkg.b.other")]
    assert _data(after) == _data(_full(repo))


def test_a_line_of_two_calls_split_in_two_is_solved_again(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    two = "from pkg import b\n\n\ndef run():\n    b.helper(); b.other()\n"
    repo = _repo(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": two, "pkg/b.py": B})
    assert _lines(_graph(repo))[("pkg.a.run", "pkg.b.other")] == (5,)
    repo.write("pkg/a.py", two.replace("; ", "\n    "))
    after = _graph(repo)
    assert solves == [3, 3]  # the ranks changed: the rank map would not be a bijection
    assert _lines(after)[("pkg.a.run", "pkg.b.helper")] == (5,)
    assert _lines(after)[("pkg.a.run", "pkg.b.other")] == (6,)
    assert _data(after) == _data(_full(repo))


CROWDED = "".join(f"class K{n}:\n    def m(self):\n        return {n}\n\n\n" for n in range(17)) + (
    "def run():\n"
    f"    for item in [{', '.join(f'K{n}()' for n in range(17))}]:\n"
    "        item.m()\n"
)


def test_a_warnings_line_is_shifted(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    repo = _repo(tmp_path, {"crowded.py": CROWDED, "other.py": "def f():\n    return 1\n"})
    line = CROWDED.splitlines().index("        item.m()") + 1
    assert [w for w in _graph(repo).warnings if w.startswith(f"crowded.run line {line}: call of item.m ")]
    repo.write("crowded.py", "# one\n# two\n" + CROWDED)
    after = _graph(repo)
    assert solves == [1, 1]  # two components, each solved once, by the first run
    assert [w for w in after.warnings if w.startswith(f"crowded.run line {line + 2}: call of item.m ")]
    assert not [w for w in after.warnings if w.startswith(f"crowded.run line {line}:")]
    assert _data(after) == _data(_full(repo))


def test_a_decorators_line_moves_with_the_definition(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    text = "def deco(f):\n    return f\n\n\ndef factory():\n    return deco\n\n\n@deco\n@factory()\ndef g():\n    pass\n"
    repo = _repo(tmp_path, {"d.py": text})
    before = _lines(_graph(repo))
    repo.write("d.py", text.replace("@deco\n", "\n\n@deco\n"))
    after = _graph(repo)
    assert solves == [1]
    assert _lines(after) == {ends: tuple(line + 2 if line >= 9 else line for line in lines) for ends, lines in before.items()}
    assert _data(after) == _data(_full(repo))


def test_a_warning_read_two_ways_or_a_line_not_solved_with_is_solved_again() -> None:
    nodes = {"m.f": "m.py", "m.g": "m.py"}  # each id's file
    maps = {"m.py": {3: 5}}
    warning = unlinked_call("m.f", 3, "x", "has 17 possible callees")
    assert shifted([Edge("m.f", "m.g", (3,))], [warning], maps, nodes) == (
        [Edge("m.f", "m.g", (5,))], [unlinked_call("m.f", 5, "x", "has 17 possible callees")])
    # Repository text is hostile: an id that spells a second reading leaves the line unknown.
    hostile = "m.f line 3: call of m.g line 3: call of z; no edge drawn"
    assert shifted([], [hostile], maps, {**nodes, "m.f line 3: call of m.g": "m.py"}) is None
    # Those words in a target alone are no second reading: the text before them is no id.
    spelled = unlinked_call("m.f", 3, "y line 3: call of m.g", "has 17 possible callees")
    assert shifted([], [spelled], maps, nodes) == ([], [unlinked_call("m.f", 5, "y line 3: call of m.g", "has 17 possible callees")])
    assert shifted([Edge("m.f", "m.g", (4,))], [], maps, nodes) is None  # 4 was no position


def test_a_warning_of_a_caller_whose_file_did_not_move_is_kept_unread() -> None:
    nodes = {"m.f": "m.py", "n.h": "n.py", "n.h line 3: call of x": "n.py"}
    maps = {"m.py": {3: 5}}
    two_readings = "n.h line 3: call of x line 4: call of y; no edge drawn"  # as a file that did not move keeps it
    moved = unlinked_call("m.f", 3, "x", "has 17 possible callees")
    assert shifted([], [two_readings, moved], maps, nodes) == (
        [], [two_readings, unlinked_call("m.f", 5, "x", "has 17 possible callees")])


def test_a_comment_above_a_comprehension_shifts_its_edges_without_solving(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    """A comprehension's targets are named by its ordinal in the file, not its line:
    with lines in the names, a comment above one changed the facts, so the key."""
    code = "def f(rows):\n    return [g(r) for r in rows if {h(x) for x in r}]\n\n\ndef g(x):\n    return x\n\n\ndef h(x):\n    return x\n"
    repo = _repo(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": code})
    assert _lines(_graph(repo)) == {("pkg.a.f", "pkg.a.g"): (2,), ("pkg.a.f", "pkg.a.h"): (2,)}
    repo.write("pkg/a.py", "# a comment\n\n" + code)
    after = _graph(repo)
    assert solves == [2]  # not solved again
    assert _lines(after) == {("pkg.a.f", "pkg.a.g"): (4,), ("pkg.a.f", "pkg.a.h"): (4,)}
    assert _data(after) == _data(_full(repo))


def test_a_comment_line_inside_brackets_changes_no_fact(tmp_path, solves: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Inside a multi-line tuple, parentheses or a class's bases a comment is a node of
    the tree: counted, it shifted the tuple's positions, took the parentheses' place
    or became a base."""
    code = (
        "class Base:\n    def run(self):\n        return pair()\n\n\n"
        "class Mixin:\n    pass\n\n\n"
        "class Job(Base,\n          Mixin):\n    pass\n\n\n"
        "def pair():\n    return (Job,\n            Base)\n\n\n"
        "def main():\n    first, second = (\n        pair())\n    return first().run(), second\n"
    )
    commented = (code.replace("          Mixin)", "          # the mixin\n          Mixin)")
                 .replace("            Base)", "            # the base\n            Base)")
                 .replace("        pair())", "        # the pair\n        pair())"))
    repo = _repo(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": code})
    _graph(repo)
    repo.write("pkg/a.py", commented)
    after = _graph(repo)
    assert solves == [2]  # not solved again
    assert ("pkg.a.main", "pkg.a.Base.run") in _lines(after)
    assert _data(after) == _data(_full(repo))
