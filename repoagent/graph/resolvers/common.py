"""What the Go, Java, Rust and JavaScript resolvers share: walking a caller's
enclosing scopes, the declared types of variables where they are certain, and the
cap on the implementations one call may reach; and what every resolver, Python's
too, returns (:class:`Resolved`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from repoagent.graph.resolvers.base import unlinked_call
from repoagent.models import CallSite, Definition, Edge, ParsedFile

MAX_TARGETS = 16  # implementations one call may reach; more say nothing certain, so none are linked


class Resolved(list[Edge]):
    """A resolver's edges, and its warnings: the calls it left out on purpose."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def capped(self, call: CallSite, targets: list[str]) -> list[str]:
        """``targets`` when at most :data:`MAX_TARGETS`; else none, and a warning with
        the count (``repoagent graph`` shows it), as the Python resolver does."""
        if len(targets) <= MAX_TARGETS:
            return targets
        self.warnings.append(unlinked_call(call.caller, call.line, call.target, f"may run {len(targets)} callees"))
        return []


def enclosing(nodes: Mapping[str, Definition], node_id: str) -> Iterator[Definition]:
    """``node_id``'s definition, then its parents up to the file's module."""
    node = nodes.get(node_id)
    while node is not None:
        yield node
        node = nodes.get(node.parent) if node.parent is not None else None


class DeclaredTypes:
    """``Assignment(scope, x, "T()")`` records, kept only where unambiguous.

    The parsers record a variable's type only where the source spells it; a name
    declared with two different types in one scope (shadowing in inner blocks)
    has no certain type, so it is dropped rather than guessed.
    """

    def __init__(self, files: list[ParsedFile]) -> None:
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for parsed in files:
            for assignment in parsed.assignments:
                if assignment.value.endswith("()"):
                    found[(assignment.scope, assignment.target)].add(assignment.value[:-2])
        self._types = {key: next(iter(values)) for key, values in found.items() if len(values) == 1}
        self._ambiguous = {key for key, values in found.items() if len(values) > 1}

    def type_of(self, nodes: Mapping[str, Definition], caller: str, variable: str) -> str | None:
        """The declared type of ``variable`` as seen from ``caller``; None if unknown."""
        for scope in enclosing(nodes, caller):
            key = (scope.id, variable)
            if key in self._ambiguous:
                return None
            if key in self._types:
                return self._types[key]
        return None
