"""Call graphs of small hand-written repositories: source text in, graph or edges out.

The one way tests build a graph from files: :func:`graph_of` writes them under a
folder and runs the graph builder ``repoagent graph`` runs (one process, fresh
cache). :func:`parse_tree` stops before resolution, for tests that hand the parsed
files to a resolver themselves.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.graph.model import CallGraph
from repoagent.graph.precise import precise_edges
from repoagent.graph.resolvers.python_flow import PythonResolver
from repoagent.hashing import content_hash
from repoagent.models import ParsedFile
from repoagent.parsing.languages.python import Python
from tests.support.files import write_tree


def graph_of(root: Path, files: dict[str, str]) -> CallGraph:
    """The call graph of ``files`` written under ``root``."""
    return build_graph(write_tree(root, files), Settings(jobs=1))


def edges_of(graph: CallGraph) -> set[tuple[str, str]]:
    """The graph's edges as (caller, callee) pairs."""
    return {(edge.caller, edge.callee) for edge in graph.edges}


def call_edges(root: Path, files: dict[str, str]) -> set[tuple[str, str]]:
    """The (caller, callee) pairs of the call graph of ``files`` written under ``root``."""
    return edges_of(graph_of(root, files))


def parse_tree(root: Path, files: dict[str, str]) -> list[ParsedFile]:
    """Write ``files`` under ``root`` and parse every one with the Python parser, so a
    test can hand the parsed files to a resolver itself."""
    write_tree(root, files)
    language = Python()
    parsed = []
    for relative in sorted(files):
        source = (root / relative).read_bytes()
        parsed.append(language.parse(source, relative, language.module_name(PurePosixPath(relative)), content_hash(source)))
    return parsed


def precise_call_edges(root: Path, files: dict[str, str]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The fast resolver's (caller, callee) pairs, and the ones jedi adds to them."""
    parsed = parse_tree(root, files)
    nodes = {d.id: d for f in parsed for d in f.definitions}
    fast = list(PythonResolver().resolve(list(parsed), nodes))  # the resolver empties its list
    extra = precise_edges(root, parsed, nodes)
    return {(e.caller, e.callee) for e in fast}, {(e.caller, e.callee) for e in extra}
