"""Mermaid diagrams for the pages: a module page's calls, and the modules' dependencies.

A module page shows its own definitions and the definitions one call away, capped
at :data:`MAX_NODES` so the picture stays readable (the page's own come first, the
busiest neighbours next). The index shows which module calls into which, folded
into packages when there are too many modules to draw.

Names come from the repository, so nothing in them may reach Mermaid's syntax:
every node has a generated id (``n0``, ``n1``...) and its label is the name
percent-encoded as everywhere on the pages (:mod:`repoagent.names`), which leaves
no quote, bracket, entity, newline or Markdown syntax in it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from repoagent.graph.model import CallGraph
from repoagent.models import Kind
from repoagent.names import quote_name

MAX_NODES = 30
MAX_MODULES = 40
#: The first line of every diagram repoagent draws (a Mermaid comment): tells the
#: page reader the block is the layout's, not the writer's.
DIAGRAM_TAG = "%% repoagent diagram"


def module_diagram(graph: CallGraph, module_id: str, documented: set[str]) -> str:
    """The calls into, out of and within the page of ``module_id``; ``""`` when it
    has none. Only ``documented`` definitions are drawn, as only they have sections."""
    path = graph.path_of(module_id)
    own = [d.id for d in graph.files[path].definitions if d.id in documented and d.kind is not Kind.CLASS]
    own_set = set(own)
    edges = {
        (edge.caller, edge.callee)
        for node_id in own
        for edge in (*graph.callees(node_id), *graph.callers(node_id))
        if edge.caller in documented and edge.callee in documented
    }
    if not edges:
        return ""
    weight = Counter(end for edge in edges for end in edge)
    outside = sorted({end for edge in edges for end in edge} - own_set, key=lambda n: (-weight[n], n))
    shown = [n for n in own if weight[n]][:MAX_NODES]
    shown += outside[: MAX_NODES - len(shown)]
    local = {node_id: _local_name(node_id, module_id) for node_id in own}
    return _flowchart(
        [(node_id, local.get(node_id, node_id)) for node_id in shown],
        edges,
        highlighted=own_set,
    )


def dependency_diagram(graph: CallGraph, documented_paths: Iterable[str]) -> str:
    """Which module calls into which, for the index page; ``""`` without such calls.
    More than :data:`MAX_MODULES` modules are folded into their packages."""
    heads = graph.files.heads
    modules = {heads[path].module: path for path in documented_paths}
    depth = max((module.count(".") + 1 for module in modules), default=1)
    group = {module: module for module in modules}
    while len(set(group.values())) > MAX_MODULES and depth > 1:
        depth -= 1
        group = {module: ".".join(module.split(".")[:depth]) for module in modules}
    edges = set()
    for caller, callee in graph.module_calls:
        if caller in group and callee in group and group[caller] != group[callee]:
            edges.add((group[caller], group[callee]))
    if not edges:
        return ""
    names = sorted({end for edge in edges for end in edge})
    return _flowchart([(name, name) for name in names], edges)


def _local_name(node_id: str, module_id: str) -> str:
    return node_id[len(module_id) + 1 :] if node_id.startswith(module_id + ".") else node_id


def _flowchart(nodes: list[tuple[str, str]], edges: set[tuple[str, str]], highlighted: set[str] = frozenset()) -> str:
    """A left-to-right flowchart of ``nodes`` (key, label) and the ``edges`` between them."""
    ids = {key: f"n{number}" for number, (key, _) in enumerate(nodes)}
    lines = [DIAGRAM_TAG, "flowchart LR"]
    lines += [f'    {ids[key]}["{quote_name(label)}"]' for key, label in nodes]
    lines += [f"    {ids[a]} --> {ids[b]}" for a, b in sorted(edges) if a in ids and b in ids and a != b]
    own = [ids[key] for key, _ in nodes if key in highlighted]
    if own:
        lines.append("    classDef own stroke-width:3px")
        lines.append(f"    class {','.join(own)} own")
    return "\n".join(lines)

