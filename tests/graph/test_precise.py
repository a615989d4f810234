"""``--precise``: jedi resolves what the fast resolver drops, inside the repository only."""

from __future__ import annotations

from pathlib import Path

from repoagent.graph.precise import precise_edges
from tests.support.graphs import parse_tree, precise_call_edges


def test_jedi_follows_a_standard_library_return_type_the_fast_resolver_does_not(tmp_path: Path) -> None:
    fast, extra = precise_call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/service.py": """
                import weakref

                class Helper:
                    def run(self): pass

                PROTOTYPE = Helper()

                def make():
                    return weakref.proxy(PROTOTYPE)
            """,
            "app.py": """
                import os
                from pkg.service import make

                def main():
                    helper = make()
                    helper.run()
                    os.path.join("a", "b")
                    print(helper)
            """,
        },
    )
    assert fast == {("app.main", "pkg.service.make"), ("pkg.service", "pkg.service.Helper")}
    # The standard library's os.path.join is outside the repository: no edge.
    assert extra == {("app.main", "pkg.service.Helper.run")}


def test_jedi_answers_a_call_chained_on_a_resolved_one(tmp_path: Path) -> None:
    fast, extra = precise_call_edges(tmp_path, {"mod.py": _ANNOTATED})
    assert fast == {("mod.main", "mod.make"), ("mod.make", "mod.Helper")}
    assert extra == {("mod.main", "mod.Helper.run")}


def test_jedi_skips_files_changed_since_they_were_parsed(tmp_path: Path) -> None:
    parsed = parse_tree(tmp_path, {"mod.py": _ANNOTATED})
    (tmp_path / "mod.py").write_text("\n" + (tmp_path / "mod.py").read_text())
    nodes = {d.id: d for f in parsed for d in f.definitions}
    assert precise_edges(tmp_path, parsed, nodes) == []


_ANNOTATED = """
    import weakref

    class Helper:
        def run(self): pass

    def make():
        return weakref.proxy(Helper())

    def main():
        make().run()
"""
