"""``--precise``: ask jedi about the Python calls the fast resolver left unresolved.

jedi infers types the fast resolver does not try to (``isinstance`` narrowing,
the standard library's return types ...), at a cost of milliseconds per call
rather than microseconds, so it only sees the call sites the fast resolver's
value flow leaves without a callee (solved again here: cheap next to jedi), less those that
start from a builtin or an outside import (``len(x)``, ``os.path.join``). Its
answers are kept only when they name exactly one definition inside the repository,
found back by file, name and line; a class becomes its constructor, as in the fast
resolver.
A file whose bytes on disk differ from what was parsed (a ``--staged`` or
``--base`` snapshot) is skipped: jedi's line numbers would not match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import jedi

from repoagent.graph.resolvers.python_flow import solve
from repoagent.hashing import content_hash
from repoagent.models import CallSite, Definition, Edge, Kind, ParsedFile

_CALLABLE_TYPES = ("function", "class")


def precise_edges(root: Path, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> list[Edge]:
    """Edges jedi justifies for the call sites of ``files`` the fast resolver drops."""
    root = root.resolve()
    locator = _Locator(root, files)
    flow = solve(list(files))  # solve empties its list; the files are read again below
    project = jedi.Project(root)
    never = flow.never_run()  # stubs only type checkers see call nothing
    edges: list[Edge] = []
    for parsed in files:
        todo = [
            call
            for call in parsed.calls
            if call.caller not in never and not flow.resolved(call, nodes) and not flow.outside(call.caller, call.target)
        ]
        source = _source(root / parsed.path, parsed.content_hash) if todo else None
        if source is None:
            continue
        script = jedi.Script(source, path=root / parsed.path, project=project)
        lines = source.split("\n")  # jedi counts only \n as a line end, as tree-sitter does
        for call in todo:
            target = _ask(script, lines, call, locator)
            definition = nodes.get(target) if target is not None else None
            if definition is not None:
                callee = flow.static.constructor(definition.id) if definition.kind is Kind.CLASS else definition.id
                edges.append(Edge(call.caller, callee, (call.line,)))
    return edges


def _source(path: Path, expected_hash: str) -> str | None:
    """The file's text when it is still what was parsed, else ``None``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data.decode("utf-8", errors="replace") if content_hash(data) == expected_hash else None


def _ask(script: jedi.Script, lines: list[str], call: CallSite, locator: _Locator) -> str | None:
    """The one repository definition jedi says ``call`` runs, if there is one."""
    column = _column(lines[call.line - 1] if call.line <= len(lines) else "", call.target)
    if column is None:
        return None
    try:
        names = script.goto(call.line, column, follow_imports=True) or script.infer(call.line, column)
    except Exception:  # noqa: BLE001 - jedi raises many internal errors on odd code; an answer is optional
        return None
    targets = {locator.find(name) for name in names if name.type in _CALLABLE_TYPES}
    targets.discard(None)
    return targets.pop() if len(targets) == 1 else None


def _column(line: str, target: str) -> int | None:
    """Where the called name of ``target`` (its last attribute) sits on ``line``.

    Call sites carry a line, not a column; the name is looked for as ``name(`` (after
    a dot when the chain is dotted) and must occur once, or the site is skipped.
    Chains ending in a call (``make()()``) name nothing jedi can go to.
    """
    if target.endswith(")"):
        return None
    name = target.rsplit(".", 1)[-1]
    dot = r"\.\s*" if "." in target else r"(?<![\w.])"
    matches = list(re.finditer(dot + r"(" + re.escape(name) + r")\s*\(", line))
    return matches[0].start(1) if len(matches) == 1 else None


class _Locator:
    """Maps a jedi name back to a definition id: same file, same name, innermost
    definition whose span holds the name's line."""

    def __init__(self, root: Path, files: list[ParsedFile]) -> None:
        self.root = root
        self.by_path: dict[str, dict[str, list[Definition]]] = {}
        for parsed in files:
            by_name: dict[str, list[Definition]] = {}
            for definition in parsed.definitions[1:]:
                by_name.setdefault(definition.name, []).append(definition)
            self.by_path[parsed.path] = by_name

    def find(self, name: jedi.api.classes.Name) -> str | None:
        if name.module_path is None or name.line is None:
            return None
        try:
            relative = Path(name.module_path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return None  # outside the repository
        named = self.by_path.get(relative, {}).get(name.name, [])
        candidates = [d for d in named if d.span.start_line <= name.line <= d.span.end_line]
        return max(candidates, key=lambda d: d.span.start_line).id if candidates else None
