"""The graph in the formats ``repoagent graph --format`` offers, one function each."""

from __future__ import annotations

import enum
import json

from repoagent.graph.model import CallGraph
from repoagent.models import Kind
from repoagent.names import quote_name


class GraphFormat(enum.StrEnum):
    """Output formats of ``repoagent graph``."""

    JSON = "json"
    PYCG = "pycg"
    DOT = "dot"
    MERMAID = "mermaid"


def render(graph: CallGraph, form: GraphFormat) -> str:
    """The graph as text in ``form``."""
    return _RENDERERS[form](graph)


def to_json(graph: CallGraph) -> str:
    """Nodes (id, kind, language, file, lines, signature, docstring) and edges."""
    nodes = [
        {
            "id": node.id,
            "kind": node.kind,  # a str enum: encoded as its value
            "language": node.language,
            "file": node.path,
            "lines": [node.span.start_line, node.span.end_line],
            "signature": node.signature,
            "docstring": node.docstring,
        }
        for node in graph.nodes.values()
    ]
    edges = [{"caller": e.caller, "callee": e.callee, "lines": e.lines} for e in graph.edges]
    parts = {"nodes": _items_per_line(nodes), "edges": _items_per_line(edges), "warnings": _items_per_line(graph.warnings)}
    return "{\n" + ",\n".join(f'"{key}": {value}' for key, value in parts.items()) + "\n}\n"


def to_pycg(graph: CallGraph) -> str:
    """PyCG's adjacency format: every function, method and module, with its callees.

    Classes are not keys (PyCG models a class by its ``__init__``), but their body
    calls are folded into the enclosing module, where that code runs.
    """
    adjacency: dict[str, set[str]] = {}
    for node in graph.nodes.values():
        if node.kind is not Kind.CLASS:
            adjacency[node.id] = set()
    for edge in graph.edges:
        caller = _pycg_owner(graph, edge.caller)
        adjacency.setdefault(caller, set()).add(edge.callee)
    encoded = json.dumps({k: sorted(v) for k, v in sorted(adjacency.items())})
    return "{\n" + encoded[1:-1].replace('], "', '],\n"') + "\n}\n"


def _pycg_owner(graph: CallGraph, node_id: str) -> str:
    node = graph.nodes[node_id]
    while node.kind is Kind.CLASS and node.parent is not None:
        node = graph.nodes[node.parent]
    return node.id


def _items_per_line(items: list[dict[str, object]] | list[str]) -> str:
    """A JSON list with one item per line, for diffs and grep.

    Encoded in one call (the C encoder; ``indent=`` falls back to the pure-Python one,
    10x slower on a large graph), then split where one item ends and the next begins.
    An unescaped quote is always structural in JSON, so ``}, {"`` and ``", "`` never
    occur inside a string and the split is exact.
    """
    if not items:
        return "[]"
    encoded = json.dumps(items)[1:-1]
    boundary = '}, {"' if isinstance(items[0], dict) else '", "'  # lists hold dicts or strings
    return "[\n  " + encoded.replace(boundary, boundary[0] + ",\n  " + boundary[3:]) + "\n]"


def to_dot(graph: CallGraph) -> str:
    """Graphviz: one cluster per file, an arrow per call."""
    lines = ["digraph calls {", "  rankdir=LR;", "  node [shape=box, fontsize=10];"]
    by_file: dict[str, list[str]] = {}
    for node in graph.nodes.values():
        by_file.setdefault(node.path, []).append(node.id)
    for index, (path, ids) in enumerate(sorted(by_file.items())):
        lines.append(f"  subgraph cluster_{index} {{ label={json.dumps(path)};")
        lines.extend(f"    {json.dumps(i)} [label={json.dumps(graph.nodes[i].name)}];" for i in ids)
        lines.append("  }")
    lines.extend(f"  {json.dumps(e.caller)} -> {json.dumps(e.callee)};" for e in graph.edges)
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(graph: CallGraph) -> str:
    """A Mermaid flowchart: nodes get short ids, and labels the ids percent-encoded as
    on the pages (a newline, quote or bracket from a file name would end the label)."""
    safe = {node_id: f"n{index}" for index, node_id in enumerate(graph.nodes)}
    lines = ["flowchart LR"]
    lines.extend(f'  {short}["{quote_name(node_id)}"]' for node_id, short in safe.items())
    lines.extend(f"  {safe[e.caller]} --> {safe[e.callee]}" for e in graph.edges)
    return "\n".join(lines) + "\n"


_RENDERERS = {
    GraphFormat.JSON: to_json,
    GraphFormat.PYCG: to_pycg,
    GraphFormat.DOT: to_dot,
    GraphFormat.MERMAID: to_mermaid,
}
