"""The resolved call graph of a repository, as plain data plus networkx views."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from repoagent.models import Definition, Edge, SourceFile

if TYPE_CHECKING:
    import networkx as nx


@dataclass
class CallGraph:
    """Definitions (nodes, by id) and the calls between them (edges).

    ``files`` maps repository-relative POSIX paths to what they define;
    ``skipped`` the files (and folders, ending in ``/``) that exist but were not
    read as code, to why: their pages stay as they are; ``parse_warnings`` the
    one-line notes about files only partly parsed.

    ``groups`` gives each file the key of the resolution component it was resolved
    in (:mod:`repoagent.graph.build`): files of equal keys have edges between the
    same ids as when that key was last resolved (their lines aside), since a caller
    and its callees are always in one component. The planner reuses a file's
    neighbourhood hash on that ground (:mod:`repoagent.pages.record`); a graph whose
    edges may cross components (``--precise``) has no groups.
    """

    root: Path
    files: dict[str, SourceFile]
    nodes: dict[str, Definition]
    edges: list[Edge]
    parse_warnings: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        """One line per skipped or partly parsed file."""
        return [f"{path}: skipped, {why}" for path, why in sorted(self.skipped.items())] + self.parse_warnings

    def skipped_because(self, path: str) -> str | None:
        """Why ``path`` was skipped (itself or its folder); ``None`` when it was not."""
        if path in self.skipped:
            return self.skipped[path]
        return next(
            (why for folder, why in self.skipped.items()
             if folder.endswith("/") and (folder == "./" or path.startswith(folder))),
            None,
        )

    @cached_property
    def _callees(self) -> dict[str, list[Edge]]:
        index: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.edges:
            index[edge.caller].append(edge)
        return index

    @cached_property
    def _callers(self) -> dict[str, list[Edge]]:
        index: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.edges:
            index[edge.callee].append(edge)
        return index

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = defaultdict(list)
        for node in self.nodes.values():
            if node.parent is not None:
                index[node.parent].append(node.id)
        return index

    def callees(self, node_id: str) -> list[Edge]:
        """Edges from ``node_id`` to what it calls."""
        return self._callees.get(node_id, [])

    def callers(self, node_id: str) -> list[Edge]:
        """Edges into ``node_id`` from what calls it."""
        return self._callers.get(node_id, [])

    def children(self, node_id: str) -> list[str]:
        """Ids of the definitions directly nested in ``node_id``, in source order."""
        return self._children.get(node_id, [])

    def to_networkx(self) -> nx.DiGraph:
        """A DiGraph with one node per definition and an edge per caller -> callee."""
        import networkx as nx  # slow to import; only ordering needs it, not every command

        graph = nx.DiGraph()
        graph.add_nodes_from(self.nodes)
        graph.add_edges_from((edge.caller, edge.callee, {"lines": edge.lines}) for edge in self.edges)
        return graph
