"""The resolved call graph of a repository, as plain data plus networkx views."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from repoagent.models import Definition, Edge, FileHead, SourceFile

if TYPE_CHECKING:
    import networkx as nx


class Files(Mapping[str, SourceFile]):
    """The graph's files by path, each made (its definitions decoded) the first time
    it is asked for: a plan after a one-line edit needs a few files' definitions, not
    the standard library's 20,000 (0.25 s to decode). ``heads`` has what every file
    needs without them; ``definitions(head)`` gives a file's, with the head's ids."""

    def __init__(self, heads: dict[str, FileHead], definitions: Callable[[FileHead], tuple[Definition, ...]]) -> None:
        self.heads = heads
        self._definitions = definitions
        self._made: dict[str, SourceFile] = {}
        self._making = threading.Lock()  # the writers' threads ask for nodes side by side

    def __getitem__(self, path: str) -> SourceFile:
        made = self._made.get(path)
        if made is None:
            head = self.heads[path]
            with self._making:
                made = self._made.get(path)
                if made is None:
                    definitions = self._definitions(head)
                    made = SourceFile(head.path, head.language, head.module, head.content_hash, definitions, head.errors)
                    self._made[path] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.heads)

    def __len__(self) -> int:
        return len(self.heads)

    def __contains__(self, path: object) -> bool:
        return path in self.heads

    @property
    def made(self) -> set[str]:
        """The files whose definitions were asked for so far (for tests and benchmarks)."""
        return set(self._made)


class Nodes(Mapping[str, Definition]):
    """The graph's definitions by id, in file order; ``paths`` gives each id's file
    without making it, a definition is made with its file (:class:`Files`)."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.paths: dict[str, str] = {}
        for path, head in files.heads.items():  # a file's ids at once, in C (20,000 ids on the standard library)
            self.paths.update(dict.fromkeys(head.ids, path))
        self._made: dict[str, Definition] = {}

    def __getitem__(self, node_id: str) -> Definition:
        made = self._made.get(node_id)
        if made is None:
            for definition in self._files[self.paths[node_id]].definitions:
                self._made[definition.id] = definition
            made = self._made[node_id]
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.paths


#: How many nodes' callees a graph finds by bisection before it makes the index of
#: every edge: an edit's plan asks a few dozen, a run writing everything every node.
BISECTIONS = 2000


@dataclass
class CallGraph:
    """Definitions (nodes, by id) and the calls between them (edges).

    ``files`` maps repository-relative POSIX paths to what they define, ``nodes``
    ids to definitions, both made on demand (:class:`Files`, :class:`Nodes`): what
    needs only ids, parents, paths and modules asks :meth:`path_of`, :meth:`ids_of`
    and ``files.heads``, so a plan touches the definitions of the files it compares;
    ``skipped`` the files (and folders, ending in ``/``) that exist but were not
    read as code, to why: their pages stay as they are; ``parse_warnings`` the
    one-line notes about files only partly parsed.

    ``groups`` gives each file a key of the edges that reach its definitions, with
    their ends' files, its module and its ids (:func:`repoagent.graph.build.file_groups`):
    a file of an equal key has the same edges between the same ids around it as when
    that key was made (their lines aside). The planner reuses a file's neighbourhood
    hash on that ground (:mod:`repoagent.pages.record`); a graph whose edges may
    cross components (``--precise``) has no groups.
    """

    root: Path
    files: Files
    nodes: Nodes
    edges: list[Edge]
    parse_warnings: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    #: Callees found by bisection so far: past :data:`BISECTIONS`, the index is made
    #: (a run that writes every section asks 100,000 times).
    _bisected: int = field(default=0, init=False, repr=False, compare=False)

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
    def _sorted_callers(self) -> list[str] | None:
        """Each edge's caller, in order, when the edges are sorted by caller (as
        :mod:`repoagent.graph.build` makes them; checked in C): :meth:`callees` is
        then a slice found by bisection, and no index of every edge is made (0.01 s of
        the standard library's 30,000 on every run). ``None``: use the index."""
        callers = list(map(itemgetter(0), self.edges))
        return callers if callers == sorted(callers) else None

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
    def module_calls(self) -> set[tuple[str, str]]:
        """The caller's and the callee's module of every edge: what the index's
        diagram draws, made once per graph (a writing run draws it twice, in its plan
        and in the plan after writing: 30,000 edges on the standard library)."""
        heads, paths = self.files.heads, self.nodes.paths  # plain dicts: read once per edge
        return {(heads[paths[edge.caller]].module, heads[paths[edge.callee]].module) for edge in self.edges}

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = defaultdict(list)
        for head in self.files.heads.values():
            for node_id, parent in zip(head.ids, head.parents):
                if parent is not None:
                    index[parent].append(node_id)
        return index

    def path_of(self, node_id: str) -> str:
        """The file defining ``node_id``, without making its definitions."""
        return self.nodes.paths[node_id]

    def ids_of(self, path: str) -> tuple[str, ...]:
        """The ids ``path`` defines (its module first), without making its definitions."""
        return self.files.heads[path].ids

    def callees(self, node_id: str) -> list[Edge]:
        """Edges from ``node_id`` to what it calls."""
        callers = self._sorted_callers
        if callers is None or self._bisected > BISECTIONS:
            return self._callees.get(node_id, [])
        self._bisected += 1
        start = bisect_left(callers, node_id)
        return self.edges[start : bisect_right(callers, node_id, start)]

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
