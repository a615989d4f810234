"""The change detector on hand-written records: the two reasons that depend on the
pages (``links-changed``, ``fallback``) come out of ``detect()`` through the checks
it is given, and only for sections nothing else made stale."""

from __future__ import annotations


from repoagent.changes.detect import Layout, Reason, Recorded, deps_hash, detect
from tests.support.graphs import graph_of


def three_functions(tmp_path):
    return graph_of(tmp_path, {"a.py": "def f():\n    return g()\n\n\ndef g():\n    return 1\n\n\ndef h():\n    return 2\n"})


def current(graph) -> dict[str, Recorded]:
    return {i: Recorded(i, n.code_hash, deps_hash(graph, i), n.path, writer="static") for i, n in graph.nodes.items()}


def no_source(node) -> str:
    return ""


def test_the_layout_check_gives_links_changed_and_changed(tmp_path):
    graph = three_functions(tmp_path)
    recorded = current(graph)
    recorded["a.h"] = recorded["a.h"]._replace(lock=True)
    assert detect(graph, recorded, no_source) == []
    judged = {}

    def layout(node_id: str, documented: set[str]) -> Layout:
        judged[node_id] = documented
        return {"a.f": Layout.LINKS_STALE, "a": Layout.TEXT_DANGLES}.get(node_id, Layout.CURRENT)

    changes = detect(graph, recorded, no_source, layout=layout)
    assert [(c.id, c.reason) for c in changes] == [("a", Reason.CHANGED), ("a.f", Reason.LINKS_CHANGED)]
    assert set(judged) == {"a", "a.f", "a.g", "a.h"}  # a locked one too (docs.plan's check: only its anchor)
    assert judged["a.f"] == {"a", "a.f", "a.g", "a.h"}


def test_fallbacks_are_retried_among_untouched_sections_only(tmp_path):
    graph = three_functions(tmp_path)
    recorded = current(graph)
    recorded["a.f"] = recorded["a.f"]._replace(hash="0" * 8, writer="llm-fallback")  # changed anyway
    recorded["a.g"] = recorded["a.g"]._replace(writer="llm-fallback")
    offered = []

    def retry(candidates: list[Recorded]) -> list[str]:
        offered.extend(c.id for c in candidates)
        return [c.id for c in candidates if c.writer == "llm-fallback"]

    changes = detect(graph, recorded, no_source, retry=retry)
    assert [(c.id, c.reason) for c in changes] == [("a.f", Reason.CHANGED), ("a.g", Reason.FALLBACK)]
    assert sorted(offered) == ["a", "a.g", "a.h"]


def test_a_group_of_twins_is_set_aside_whole_or_not_at_all(tmp_path):
    from repoagent.changes.detect import detachable

    twins = "if True:\n    def f():\n        return 1\nelse:\n    def f():\n        return 2\n"
    graph = graph_of(tmp_path, {"a.py": twins, "b.py": "def g():\n    return 3\n"})
    assert "a.f~2" in graph.nodes
    assert detachable(graph, {"a.py", "b.py"}) == {"a.py", "b.py"}
    assert detachable(graph, {"a.py"}) == {"a.py"}  # the group's files (a.py) all settled


def test_a_settled_file_sharing_a_group_of_twins_with_a_file_not_settled_is_not_set_aside():
    from types import SimpleNamespace

    from repoagent.changes.detect import detachable

    # Two files holding one group (module ids that clashed): f in a.py, f~2 in b.py.
    paths = {"m": "a.py", "m.f": "a.py", "m.f~2": "b.py", "n": "c.py"}
    graph = SimpleNamespace(nodes=paths, path_of=paths.__getitem__)
    assert detachable(graph, {"a.py", "c.py"}) == {"c.py"}
    assert detachable(graph, {"a.py", "b.py", "c.py"}) == {"a.py", "b.py", "c.py"}
