"""Write stale sections in topological order: callees first, one level at a time.

The call graph's strongly connected components are condensed into a DAG; a node's
level is the length of the longest path below it, so every callee outside its cycle
is written at a lower level and its fresh summary is in the caller's request.
Members of a cycle share a level: they see each other's code, not each other's new
docs. Classes come after their methods and modules after their members, because a
parent depends on its children's summaries the way a caller does on its callees'.
"""

from __future__ import annotations

import itertools
from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from repoagent.forking import cores, forked_map
from repoagent.graph.model import CallGraph
from repoagent.writers.base import WriteRequest, WrittenSection, Writer

if TYPE_CHECKING:
    import networkx as nx

#: Up to this many stale nodes, their order is found by a search from each, not in networkx.
FEW = 16
#: From this many sections on, a writer that computes writes in forked processes.
MANY = 1_000
CHUNK = 250  # sections a forked process writes before sending them


def levels(graph: CallGraph, stale: Iterable[str]) -> list[list[str]]:
    """The stale node ids grouped into levels, lowest (callees) first.

    Levels are computed over the whole graph, so a stale caller waits for its stale
    callee even when the path between them passes through fresh nodes. A few stale
    nodes (an edit's usual handful: a function and its module) are ordered by a
    search from each, without building the whole graph or importing networkx (0.1 s
    of a hook's run).
    """
    stale_set = set(stale)
    if len(stale_set) <= FEW:
        return _few_levels(graph, stale_set)
    import networkx as nx

    condensed = nx.condensation(_dependencies(graph))
    height: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        height[component] = 1 + max((height[c] for c in condensed.successors(component)), default=-1)
    mapping = condensed.graph["mapping"]
    return _grouped({node_id: height[mapping[node_id]] for node_id in stale_set})


def _few_levels(graph: CallGraph, stale: set[str]) -> list[list[str]]:
    """Levels of a few stale nodes: a node's level is the longest chain of stale nodes
    strictly below it (members of a cycle are below each other, so they share one).
    Fresh nodes do not count, so nodes that need nothing stale form one level."""
    below = {node_id: _stale_below(graph, node_id, stale) for node_id in stale}
    height: dict[str, int] = {}

    def height_of(node_id: str) -> int:  # the strictly-below relation is acyclic: the recursion ends
        if node_id not in height:
            strictly = (other for other in below[node_id] if node_id not in below[other])
            height[node_id] = 1 + max((height_of(other) for other in strictly), default=-1)
        return height[node_id]

    return _grouped({node_id: height_of(node_id) for node_id in stale})


def _grouped(height: Mapping[str, int]) -> list[list[str]]:
    grouped: dict[int, list[str]] = {}
    for node_id in sorted(height):
        grouped.setdefault(height[node_id], []).append(node_id)
    return [grouped[level] for level in sorted(grouped)]


def _needs(graph: CallGraph, node_id: str) -> list[str]:
    """Whose summaries ``node_id``'s section needs: its callees' (but an enclosing
    class's or module's, see :func:`_dependencies`) and its members'. The one
    definition of the relation: :func:`_dependencies` is every node's."""
    return [edge.callee for edge in graph.callees(node_id) if not _is_ancestor(graph, edge.callee, node_id)] + graph.children(node_id)


def _stale_below(graph: CallGraph, start: str, stale: set[str]) -> set[str]:
    """The stale nodes below ``start`` in :func:`_dependencies` (``start`` itself
    only when it is on a cycle)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for needed in _needs(graph, todo.pop()):
            if needed not in seen:
                seen.add(needed)
                todo.append(needed)
    return seen & stale


def _dependencies(graph: CallGraph) -> nx.DiGraph:
    """Who needs whose summary: callers their callees', parents their members'.

    A call from a member up to its own enclosing class or module (a method that
    builds an instance of its own class) is left out: the parent is written after its members anyway, and keeping the edge would
    merge class and methods into one cycle where none sees the others' new docs.
    """
    import networkx as nx

    dependencies = nx.DiGraph()
    dependencies.add_nodes_from(graph.nodes)
    dependencies.add_edges_from((node_id, needed) for node_id in graph.nodes for needed in _needs(graph, node_id))
    return dependencies


def _is_ancestor(graph: CallGraph, ancestor: str, node_id: str) -> bool:
    parent = graph.nodes[node_id].parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = graph.nodes[parent].parent if parent in graph.nodes else None
    return False


def write_in_order(
    graph: CallGraph,
    stale: Iterable[str],
    writer: Writer,
    code_of: Callable[[str], str],
    known_summaries: Mapping[str, str],
    jobs: int,
    on_written: Callable[[WrittenSection], None] = lambda section: None,
    written_ahead: Mapping[str, WrittenSection] | None = None,
) -> dict[str, WrittenSection]:
    """Write every stale node with ``writer``; each level's nodes run concurrently.
    A node ``written_ahead`` has (by ``writer``, for this very graph:
    :mod:`repoagent.writers.ahead`) is not written again.

    ``on_written`` is called (from the calling thread) as each section finishes, so
    the caller can show progress and save work as it goes. A writer that reads no
    callee's summary (:attr:`~repoagent.writers.base.Writer.reads_summaries`) gets
    every node in one level, in the order of their ids, and requests without
    summaries: the order is for the summaries alone (the levels and the requests'
    summaries were 1.5-2 s of the standard library's cold static run).
    """
    summaries = ChainMap({}, known_summaries)  # the known ones read as asked; the new ones over them
    written: dict[str, WrittenSection] = {}
    ordered = levels(graph, stale) if writer.reads_summaries else [sorted(set(stale))]
    ahead = written_ahead or {}
    for level in ordered:
        requests = [_request(graph, node_id, code_of, summaries if writer.reads_summaries else None)
                    for node_id in level if node_id not in ahead]
        done = (ahead[node_id] for node_id in level if node_id in ahead)
        for section in itertools.chain(done, _written(writer, requests, jobs)):
            written[section.node_id] = section
            on_written(section)
        # Only after the whole level: members of one cycle never see each other's new docs.
        summaries.update({node_id: written[node_id].summary for node_id in level})
    return written


def _written(writer: Writer, requests: list[WriteRequest], jobs: int) -> Iterator[WrittenSection]:
    """``writer``'s sections for ``requests``, in their order: side by side in threads
    when there are several to write, ``jobs`` allows and the writer waits on an
    endpoint (:attr:`~repoagent.writers.base.Writer.waits`); by forked processes when
    a writer that computes has :data:`MANY` (:mod:`repoagent.forking`: this process
    files each section meanwhile, as long a job as writing it); else here (an
    edit's one section does not pay for a pool, nor a static writer's 20,000 for a
    thread hand-over each)."""
    if len(requests) < 2 or jobs < 2:
        yield from map(writer.write, requests)
        return
    if not writer.waits:
        workers = cores(jobs) - 1  # this process files each section meanwhile
        if workers and len(requests) >= MANY:
            yield from forked_map(lambda batch: list(map(writer.write, batch)), requests, workers, CHUNK)
        else:
            yield from map(writer.write, requests)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(writer.write, requests)


def _request(graph: CallGraph, node_id: str, code_of: Callable[[str], str], summaries: Mapping[str, str] | None) -> WriteRequest:
    """The request for ``node_id``, with its callees' and members' ``summaries`` (none
    for a writer that reads none)."""
    known: dict[str, str] = {}
    if summaries is not None:
        callees = {edge.callee for edge in graph.callees(node_id)} | set(graph.children(node_id))
        known = {callee: summaries[callee] for callee in sorted(callees) if callee in summaries}
    return WriteRequest(node=graph.nodes[node_id], code=code_of(node_id), graph=graph, callee_summaries=known)
