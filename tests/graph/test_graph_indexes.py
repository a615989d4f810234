"""A node's callees found by bisection over the graph's edges (sorted by caller, as
built) are those of an index of every edge; edges in another order, or a graph asked
for many nodes' callees, use the index."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path

import pytest

from repoagent.graph import model
from tests.support.graphs import graph_of

FILES = {
    "pkg/__init__.py": "",
    "pkg/a.py": "from pkg.b import g, h\n\n\ndef f():\n    g()\n    h()\n    return k()\n\n\ndef k():\n    return g()\n",
    "pkg/b.py": "def g():\n    return h()\n\n\ndef h():\n    return 1\n\n\ndef alone():\n    return 2\n",
}


def _indexed(edges) -> dict:  # type: ignore[no-untyped-def]
    index = defaultdict(list)
    for edge in edges:
        index[edge.caller].append(edge)
    return index


def test_callees_by_bisection_are_the_index_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = graph_of(tmp_path, FILES)
    assert graph._sorted_callers is not None and len(graph.edges) >= 5
    index = _indexed(graph.edges)
    for node_id in [*graph.nodes, "pkg.nothing", "", "zzz"]:
        assert graph.callees(node_id) == index.get(node_id, []), node_id
    monkeypatch.setattr(model, "BISECTIONS", 3)  # past it, the index: the same answers
    fresh = dataclasses.replace(graph)
    for node_id in [*graph.nodes, "pkg.nothing"]:
        assert fresh.callees(node_id) == index.get(node_id, []), node_id
    assert fresh._bisected == 4 and "_callees" in vars(fresh)
    shuffled = dataclasses.replace(graph, edges=list(reversed(graph.edges)))
    assert shuffled._sorted_callers is None
    for node_id in graph.nodes:
        assert shuffled.callees(node_id) == _indexed(shuffled.edges).get(node_id, [])
