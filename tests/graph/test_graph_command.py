"""``repoagent graph``: formats, files it reads or skips, bad input, the parse cache."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from repoagent.cli import main
from tests.support.files import write_tree


def run_graph(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["graph", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small_repo(tmp_path: Path) -> Path:
    return write_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/core.py": '''
                """Core."""
                def helper(x: int) -> int:
                    """Double it."""
                    return x * 2

                def run():
                    return helper(1)
                ''',
            "main.py": """
                from app.core import run
                run()
                """,
        },
    )


def test_json_has_nodes_and_edges(capsys: pytest.CaptureFixture[str], small_repo: Path) -> None:
    code, out, _ = run_graph(capsys, str(small_repo), "--format", "json")
    assert code == 0
    data = json.loads(out)
    helper = next(n for n in data["nodes"] if n["id"] == "app.core.helper")
    assert helper == {
        "id": "app.core.helper",
        "kind": "function",
        "language": "python",
        "file": "app/core.py",
        "lines": [2, 4],
        "signature": "def helper(x: int) -> int",
        "docstring": "Double it.",
    }
    edges = {(e["caller"], e["callee"]) for e in data["edges"]}
    assert {("app.core.run", "app.core.helper"), ("main", "app.core.run")} <= edges


def test_pycg_dot_and_mermaid(capsys: pytest.CaptureFixture[str], small_repo: Path, tmp_path: Path) -> None:
    code, out, _ = run_graph(capsys, str(small_repo), "--format", "pycg")
    assert code == 0
    adjacency = json.loads(out)
    assert adjacency["app.core.run"] == ["app.core.helper"]
    assert adjacency["main"] == ["app.core.run"]
    assert adjacency["app.core.helper"] == []
    code, out, _ = run_graph(capsys, str(small_repo), "--format", "dot")
    assert out.startswith("digraph calls {") and '"app.core.run" -> "app.core.helper";' in out
    target = tmp_path / "graph.mmd"
    code, out, _ = run_graph(capsys, str(small_repo), "--format", "mermaid", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text().startswith("flowchart LR")


def test_mermaid_labels_survive_odd_file_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_tree(tmp_path, {"new\nline.py": "def f():\n    g()\n\ndef g():\n    pass\n", 'x"]>y.py': "def h():\n    pass\n"})
    code, out, _ = run_graph(capsys, str(tmp_path), "--format", "mermaid")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "flowchart LR"
    assert all(re.fullmatch(r'  n\d+\["[^"\[\]]*"\]|  n\d+ --> n\d+', line) for line in lines[1:]), lines
    assert '  n1["new%0Aline.f"]' in lines and any(line.endswith('["x%22%5D%3Ey.h"]') for line in lines)


def test_the_analysed_package_names_its_modules(capsys: pytest.CaptureFixture[str], small_repo: Path) -> None:
    _, out, _ = run_graph(capsys, str(small_repo / "app"), "--format", "pycg")
    assert json.loads(out)["app.core.run"] == ["app.core.helper"]


def test_gitignore_and_exclude_are_honoured(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            ".gitignore": "build/\n*_gen.py\n",
            "sub/.gitignore": "local.py\n",
            "pyproject.toml": '[tool.repoagent]\nexclude = ["vendor/"]\n',
            "keep.py": "def a(): pass\n",
            "build/out.py": "def b(): pass\n",
            "x_gen.py": "def c(): pass\n",
            "sub/local.py": "def d(): pass\n",
            "sub/ok.py": "def e(): pass\n",
            "vendor/lib.py": "def f(): pass\n",
        },
    )
    _, out, _ = run_graph(capsys, str(tmp_path))
    files = {n["file"] for n in json.loads(out)["nodes"]}
    assert files == {"keep.py", "sub/ok.py"}


def test_bad_input_gives_a_graph_of_the_rest_and_one_line_warnings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    deep = tmp_path / "/".join(f"d{i}" for i in range(60))
    write_tree(
        tmp_path,
        {
            "good.py": "def ok():\n    return 1\n",
            "broken.py": "def fine():\n    pass\n\ndef bad(:\n    pass\n",
            "nul.py": b"def x():\n    pass\n\0\0\0",
            "latin.py": "def caf\xe9():\n    return '\xe9'\n".encode("latin-1"),
            "huge.py": "x = 1\n" * (5 * 1024 * 1024 // 6 + 1),
            "nested.py": "def f():\n" + "".join("    " * i + f"def f{i}():\n" for i in range(1, 500)) + "    " * 500 + "pass\n",
        },
    )
    deep.mkdir(parents=True)
    (deep / "deep.py").write_text("def bottom(): pass\n")
    os.symlink(tmp_path / "loop_b", tmp_path / "loop_a")
    os.symlink(tmp_path / "loop_a", tmp_path / "loop_b")
    os.symlink(tmp_path / "loop_a.py", tmp_path / "loop_b.py")
    os.symlink(tmp_path / "loop_b.py", tmp_path / "loop_a.py")
    os.symlink("/etc/hostname", tmp_path / "outside.py")
    code, out, err = run_graph(capsys, str(tmp_path))
    assert code == 0
    ids = {n["id"] for n in json.loads(out)["nodes"]}
    assert {"good.ok", "broken.fine", "latin", "nested.f"} <= ids
    assert "nested." + ".".join(["f"] + [f"f{i}" for i in range(1, 500)]) in ids
    assert any(i.endswith(".deep.bottom") for i in ids)
    assert not any(i.startswith(("nul", "huge", "outside", "loop")) for i in ids)
    lines = err.strip().splitlines()
    assert all(line.startswith("repoagent: warning: ") for line in lines)
    for expected in ("broken.py: syntax errors", "nul.py: skipped, looks binary", "huge.py: skipped", "outside.py: skipped", "loop_a.py: skipped"):
        assert any(expected in line for line in lines), expected
    assert "Traceback" not in err


def test_a_resolver_that_recurses_too_deep_leaves_its_component_unlinked_with_one_warning(
    capsys: pytest.CaptureFixture[str], small_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile code may nest what a rule of the resolver descends into (tomlkit's tuple
    holding itself did): the graph keeps every node, its calls get no edges, and one
    warning says so, rather than no graph at all. (No input is known to recurse since
    that was mended, so the resolver is made to fail here.)"""
    from repoagent.graph.resolvers.python_flow import PythonResolver

    def recursing(self: PythonResolver, files: object, nodes: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(PythonResolver, "resolve", recursing)
    code, out, err = run_graph(capsys, str(small_repo))
    assert code == 0
    graph = json.loads(out)
    assert {"app.core.helper", "app.core.run"} <= {n["id"] for n in graph["nodes"]}
    assert graph["edges"] == []
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "could not be resolved (the resolver recursed too deep" in lines[0]
    assert "Traceback" not in err


def test_second_run_uses_the_store(capsys: pytest.CaptureFixture[str], small_repo: Path) -> None:
    _, first, _ = run_graph(capsys, str(small_repo))
    cache = small_repo / ".repoagent" / "store.sqlite"
    assert cache.is_file()
    stamp = cache.stat().st_mtime_ns
    _, second, _ = run_graph(capsys, str(small_repo))
    assert first == second
    assert cache.stat().st_mtime_ns == stamp  # nothing new to store
    (small_repo / "app" / "core.py").write_text("def helper():\n    pass\n")
    _, third, _ = run_graph(capsys, str(small_repo))
    assert "app.core.run" not in third and cache.stat().st_mtime_ns != stamp


def test_a_corrupt_store_and_old_caches_are_ignored(capsys: pytest.CaptureFixture[str], small_repo: Path) -> None:
    (small_repo / ".repoagent").mkdir()
    (small_repo / ".repoagent" / "store.sqlite").write_bytes(b"not a database")
    (small_repo / ".repoagent" / "parse.msgpack").write_bytes(b"not msgpack")
    (small_repo / ".repoagent" / "graph.msgpack").write_bytes(b"\x92\xa3bad")
    code, out, _ = run_graph(capsys, str(small_repo))
    assert code == 0 and "app.core.run" in out
    # The old whole-file caches are gone, the store is a database again.
    assert sorted(p.name for p in (small_repo / ".repoagent").iterdir()) == [".gitignore", "store.sqlite"]
    assert run_graph(capsys, str(small_repo))[1] == out


def test_usage_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_graph(capsys, str(tmp_path / "missing"))
    assert code == 2 and err.count("\n") == 1 and "no such folder" in err
    (tmp_path / "pyproject.toml").write_text("[tool.repoagent]\njobs = 'many'\n")
    code, _, err = run_graph(capsys, str(tmp_path))
    assert code == 2 and "jobs" in err and err.count("\n") == 1
    code, _, err = run_graph(capsys, str(tmp_path), "--format", "svg")
    assert code == 2


def test_an_unwritable_output_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], small_repo: Path) -> None:
    code, _, err = run_graph(capsys, str(small_repo), "-o", str(small_repo / "app"))  # a folder
    assert code == 2 and err.count("\n") == 1 and err.startswith("repoagent: error: ")
    assert "Traceback" not in err
