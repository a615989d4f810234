"""Build a repository from source text and get its call edges: code in, edges out."""

from __future__ import annotations

from pathlib import Path

from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.graph.model import CallGraph
from tests.support.files import write_tree


def graph_of(root: Path, files: dict[str, str]) -> CallGraph:
    """The call graph of ``files`` written under ``root`` (one process, fresh cache)."""
    return build_graph(write_tree(root, files), Settings(jobs=1))


def edges_of(graph: CallGraph) -> set[tuple[str, str]]:
    """The graph's edges as (caller, callee) pairs."""
    return {(edge.caller, edge.callee) for edge in graph.edges}
