"""Localize a failure: test spectrum x traceback frames x call graph -> ranked suspect lines.

The frames that point into editable files come first (the innermost frame is the
most suspect); then the whole function holding that frame; then the functions
that call it (from the call graph: a bad argument is the caller's bug); then what
it calls.
With no usable frame (a wrong answer, a failed assertion in a test file) the
suspects are the functions whose names the run printed and the definitions the
failing test calls. The call graph (``repoagent.graph``) answers "what does this
call"; when it is not available or fails on the project, a plain ``ast`` index of
the editable files answers it by name, so localization degrades, never breaks.

When the tests' line coverage is known (:mod:`spectrum`), it decides the order:
lines by Ochiai score (a traceback frame adds a little; a module-level constant
or class attribute gets half the score of the lines that read it), then, among equal
scores, the order above (the failing frame's function, its callers, its callees),
then the lines with more operations; lines no failing case ran come after every
line one did. Without a spectrum, the order above decides, operations breaking
ties.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass

from repoagent.debug.failure import Failure, same_file
from repoagent.debug.spectrum import Entry, ochiai


@dataclass(frozen=True, slots=True)
class Function:
    """A function or method in an editable file: where it is and what it calls."""

    name: str
    path: str
    first: int
    last: int
    calls: frozenset[str]


@dataclass(frozen=True, slots=True)
class Suspect:
    """A line worth changing, with a rank (0 is the most suspect)."""

    path: str
    line: int
    rank: int


class CodeIndex:
    """Functions of the editable files; callees come from the call graph when given."""

    def __init__(self, files: Mapping[str, str], callees: Mapping[str, set[str]] | None = None) -> None:
        self.functions = [f for path, text in files.items() for f in _functions(path, text)]
        self._callees = callees

    def enclosing(self, path: str, line: int) -> Function | None:
        """The innermost function holding ``line`` of ``path``."""
        holding = [f for f in self.functions if f.path == path and f.first <= line <= f.last]
        return min(holding, key=lambda f: f.last - f.first, default=None)

    def callees(self, function: Function) -> list[Function]:
        """Functions ``function`` calls: from the graph if known, else by name."""
        names = set(function.calls)
        if self._callees is not None:
            names |= {callee.rsplit(".", 1)[-1] for callee in self._callees.get(function.name, set())}
        return [f for f in self.functions if f.name in names and f is not function]

    def callers(self, function: Function) -> list[Function]:
        """Functions that call ``function``: a bad argument is often the caller's bug."""
        return [f for f in self.functions if f is not function and function in self.callees(f)]


_FRAME_WEIGHT = 0.1
"""What a traceback frame adds to a line's Ochiai score: enough to order equal
scores, not enough to outrank a line the failing cases single out."""
_LAST = 50


def localize(files: Mapping[str, str], failure: Failure, index: CodeIndex | None = None,
             spectrum: list[Entry] | None = None) -> list[Suspect]:
    """Ranked suspect lines in ``files`` for ``failure`` (best first, no duplicates)."""
    index = index or CodeIndex(files)
    ranked: dict[tuple[str, int], int] = {}

    def add(path: str, first: int, last: int, rank: int) -> None:
        for line in range(first, last + 1):
            ranked.setdefault((path, line), rank)

    frames = [(path, frame) for frame in reversed(failure.frames) for path in files if same_file(frame.path, path)]
    for depth, (path, frame) in enumerate(frames):
        add(path, frame.line, frame.line, depth)
    for path, frame in frames:
        function = index.enclosing(path, frame.line)
        if function:
            add(function.path, function.first, function.last, 10)
            for caller in index.callers(function):
                add(caller.path, caller.first, caller.last, 15)
            for callee in index.callees(function):
                add(callee.path, callee.first, callee.last, 20)
    for function in _mentioned(index, failure.output):
        add(function.path, function.first, function.last, 30)
        for callee in index.callees(function):
            add(callee.path, callee.first, callee.last, 40)
    for path, text in files.items():
        add(path, 1, text.count("\n") + 1, _LAST)
    trees = _trees(files)
    operations = _operations(trees)
    scores = ochiai(spectrum or [])
    if scores:
        scores = {**_constants_read(trees, scores), **scores}
        ranked = _by_spectrum(ranked, scores, {(path, frame.line): depth for depth, (path, frame) in enumerate(frames)}, operations)
    order = sorted(ranked.items(), key=lambda item: (item[1], -operations.get(item[0], 0), item[0]))
    return [Suspect(path, line, rank) for (path, line), rank in order]


def _by_spectrum(ranked: dict[tuple[str, int], int], scores: dict[tuple[str, int], float],
                 frames: dict[tuple[str, int], int], operations: dict[tuple[str, int], int]) -> dict[tuple[str, int], int]:
    """Ranks by Ochiai score plus a small weight for traceback frames, then by
    the traceback and call graph's order, then by operations; lines no failing
    case ran rank last."""
    def suspicion(key: tuple[str, int]) -> float:
        depth = frames.get(key)
        return scores.get(key, 0.0) + (_FRAME_WEIGHT / (1 + depth) if depth is not None else 0.0)

    order = sorted(ranked, key=lambda key: (-suspicion(key), ranked[key], -operations.get(key, 0), key))
    return {key: min(position, _LAST - 1) if suspicion(key) > 0 else _LAST for position, key in enumerate(order)}


_CONSTANT_SHARE = 0.5
"""A module constant's share of the score of the lines that read it: a table of
data can be the bug (an operator list in the wrong order), but the code reading
it is likelier to be."""


def _trees(files: Mapping[str, str]) -> dict[str, ast.Module]:
    """Each file's syntax tree, parsed once for the scores below (none for a file
    that does not parse)."""
    trees: dict[str, ast.Module] = {}
    for path, text in files.items():
        try:
            trees[path] = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError):
            continue
    return trees


def _constants_read(trees: Mapping[str, ast.Module], scores: dict[tuple[str, int], float]) -> dict[tuple[str, int], float]:
    """Scores for module-level and class-level assignments (run at import, so no
    test case covers them): half the best score of a line that reads the name
    they bind (as a name, or as an attribute: ``self.history``)."""
    found: dict[tuple[str, int], float] = {}
    for path, tree in trees.items():
        bodies = [tree.body, *(c.body for c in ast.walk(tree) if isinstance(c, ast.ClassDef))]
        bound = {t.id: node for body in bodies for node in body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Load)):
                continue
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in bound:
                score = scores.get((path, node.lineno), 0.0) * _CONSTANT_SHARE
                assignment = bound[name]
                for line in range(assignment.lineno, (assignment.end_lineno or assignment.lineno) + 1):
                    if score > found.get((path, line), 0.0):
                        found[(path, line)] = score
    return found


_OPERATIONS = (ast.Compare, ast.BinOp, ast.BoolOp, ast.UnaryOp, ast.AugAssign, ast.Subscript, ast.Constant, ast.Call)


def _operations(trees: Mapping[str, ast.Module]) -> dict[tuple[str, int], int]:
    """Per line, how many operations it holds (comparisons, arithmetic, indexing,
    constants, calls). A function's lines that every test case runs get the
    same spectrum score (few cases cannot tell them apart); among them, a line
    with more operations has more ways to be wrong than ``total = 0`` or
    ``for x in xs:``, so it goes first."""
    counts: dict[tuple[str, int], int] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, _OPERATIONS):
                counts[(path, node.lineno)] = counts.get((path, node.lineno), 0) + 1
    return counts


def _mentioned(index: CodeIndex, output: str) -> list[Function]:
    words = set(re.findall(r"[A-Za-z_]\w*", output))
    return [f for f in index.functions if f.name in words]


def _functions(path: str, text: str) -> list[Function]:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            calls = {
                call.func.id if isinstance(call.func, ast.Name) else call.func.attr
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and isinstance(call.func, (ast.Name, ast.Attribute))
            }
            found.append(Function(node.name, path, node.lineno, node.end_lineno or node.lineno, frozenset(calls)))
    return found
