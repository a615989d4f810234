"""A package that becomes a module and back, and ids two files share (issue 12 item 13).

``pkg/x/__init__.py`` and ``pkg/x.py`` give their objects the same ids, on another
page: the old page must go, the user's text must follow (``moved``). ``def run()``
in ``pkg/__init__.py`` and the module ``pkg/run.py`` are both ``pkg.run``: both are
kept, the function as ``pkg.run~2``, with a warning."""

from __future__ import annotations

import json

from tests.support.mkdocs import build_strict

X = "def f():\n    return 1\n\n\ndef g():\n    return 5\n\n\ndef h():\n    return g()\n"
FOLDER = "docs/repoagent"


def _edit(repo, page: str, old: str, new: str) -> None:
    path = repo.root / FOLDER / page
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _documented(repo, run, source: str) -> None:
    repo.write("pkg/__init__.py", "")
    repo.write(source, X)
    repo.commit("code")
    assert run("docs")[0] == 0
    page = source + ".md"
    _edit(repo, page, "id=pkg.x.f hash=", "id=pkg.x.f lock hash=")
    _edit(repo, page, "## `f`\n\nFunction `f` taking no arguments.", "## `f`\n\nLocked words on f.")
    _edit(repo, page, "## `g`\n\nFunction `g` taking no arguments.", "## `g`\n\nMy own words on g.")
    repo.commit("docs")


def _rests(repo, run, tmp_path) -> None:
    assert run("docs", "--check")[0] == 0
    before = run.pages()
    assert run("docs")[0] == 0
    assert run.pages() == before
    assert build_strict(repo.root, tmp_path / "site").returncode == 0


def test_a_package_become_a_module_takes_its_pages_text_along(repo, run, tmp_path):
    _documented(repo, run, "pkg/x/__init__.py")
    repo.git("mv", "pkg/x/__init__.py", "pkg/x.py")  # as click did with its parser
    repo.write("pkg/x.py", X.replace("return 1", "return 2"))
    repo.commit("package to module")
    assert run.status() == {"pkg.x": "moved", "pkg.x.f": "moved", "pkg.x.g": "moved", "pkg.x.h": "moved"}
    code, out, _ = run("status")
    assert f"{'moved':<14}pkg.x.f  pkg/x.py\n" in out  # no "(was pkg.x.f)": the id did not change
    code, out, _ = run("docs")
    assert code == 0 and "1 removed" in out
    assert not (repo.root / FOLDER / "pkg/x").exists()
    page = run.page("pkg/x.py")
    f_marker = next(line for line in page.splitlines() if line.startswith("<!-- repoagent: id=pkg.x.f "))
    assert f_marker.endswith(" lock -->")
    assert "Locked words on f." in page and "My own words on g." in page
    assert run.status() == {}
    assert "pkg/x.py.md" in run.page("index") and "__init__.py.md)" not in run.page("index").replace("pkg/__init__.py.md)", "")
    _rests(repo, run, tmp_path)


def test_a_module_become_a_package_removes_the_old_page(repo, run, tmp_path):
    _documented(repo, run, "pkg/x.py")
    repo.write("pkg/x/__init__.py", X.replace("return 1", "return 3").replace("return g()", "return g() + 1"))
    repo.remove("pkg/x.py")
    repo.commit("module to package")
    # locked and edited sections move whatever their code says; h's code changed
    assert run.status() == {"pkg.x": "moved", "pkg.x.f": "moved", "pkg.x.g": "moved", "pkg.x.h": "changed"}
    assert run("docs")[0] == 0
    assert not (repo.root / FOLDER / "pkg/x.py.md").exists()
    page = run.page("pkg/x/__init__.py")
    assert "Locked words on f." in page and "My own words on g." in page  # edited counts as locked
    assert run.status() == {}
    _rests(repo, run, tmp_path)


def test_a_function_and_a_module_of_one_id_are_both_kept_with_a_warning(repo, run, tmp_path):
    repo.write("pkg/__init__.py", "from pkg.run import go\n\n\ndef run():\n    return go()\n\n\n"
                                  "class helper:\n    def go(self):\n        return run()\n")
    repo.write("pkg/run.py", "def go():\n    return 1\n")
    repo.write("pkg/helper/__init__.py", "def go():\n    return 2\n")
    repo.commit()
    code, out, err = run("graph")
    graph = json.loads(out)
    ids = {node["id"] for node in graph["nodes"]}
    assert {"pkg.run", "pkg.run~2", "pkg.run.go", "pkg.helper", "pkg.helper~2", "pkg.helper~2.go", "pkg.helper.go"} <= ids
    warning = "pkg/__init__.py: pkg.run is also the id of the module in pkg/run.py; this one is documented as pkg.run~2"
    assert warning in graph["warnings"] and f"warning: {warning}" in err
    assert {"caller": "pkg.run~2", "callee": "pkg.run.go", "lines": [5]} in graph["edges"]
    assert json.loads(run("graph")[1]) == graph  # the cached graph says the same
    code, _, err = run("status")
    assert warning in err
    assert run("docs")[0] == 0
    page = run.page("pkg/__init__.py")
    assert '<a id="pkg.run~2"></a>' in page and '<a id="pkg.helper~2.go"></a>' in page
    assert '<a id="pkg.run"></a>' in run.page("pkg/run.py")
    _rests(repo, run, tmp_path)
    # the module gone, the function takes the plain id back, its page text with it
    _edit(repo, "pkg/__init__.py.md", "## `run`\n\nFunction `run` taking no arguments.", "## `run`\n\nMine.")
    repo.remove("pkg/run.py")
    repo.commit()
    stale = json.loads(run("status", "--json")[1])["stale"]
    assert [(entry["id"], entry["reason"], entry.get("previous")) for entry in stale] == [
        ("pkg", "changed", None),  # its text links to pkg.run~2
        ("pkg.helper~2.go", "deps-changed", None),
        ("pkg.run", "moved", "pkg.run~2"),
        ("pkg.run", "deleted", None),  # the module's section
        ("pkg.run.go", "deleted", None),
    ]
    assert run("docs")[0] == 0
    assert "Mine." in run.page("pkg/__init__.py") and '<a id="pkg.run"></a>' in run.page("pkg/__init__.py")
    assert run("docs", "--check")[0] == 0
