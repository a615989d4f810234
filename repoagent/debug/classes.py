"""Fixes for the pitfalls of Python classes, as pylint names them:

* a mutable class attribute that methods change (``history = []`` in the class
  body, ``self.history.append(...)``): one list shared by every instance; made
  per instance in ``__init__`` instead;
* a subclass ``__init__`` that never calls its base's (pylint's
  super-init-not-called): the attributes the base sets are missing;
  ``super().__init__(...)`` with the parameters the base takes.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source, indent_of, lines_of

Candidate = tuple[int, str]
_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "setdefault", "pop", "remove", "clear"})


def class_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the class pitfalls above, for classes holding ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    classes = {c.name: c for c in ast.walk(tree) if isinstance(c, ast.ClassDef)}
    for cls in classes.values():
        if not wanted & lines_of(cls):
            continue
        init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        if init is None:
            continue
        yield from _shared_attribute(source, cls, init)
        base = next((classes[b.id] for b in cls.bases if isinstance(b, ast.Name) and b.id in classes), None)
        if base is not None:
            yield from _base_init_skipped(source, init, base)


def _shared_attribute(source: Source, cls: ast.ClassDef, init: ast.FunctionDef) -> Iterator[Candidate]:
    """``history = []`` in the class body, mutated through ``self``: moved into
    ``__init__`` as ``self.history = []``."""
    mutated = {n.func.value.attr for n in ast.walk(cls) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in _MUTATORS and isinstance(n.func.value, ast.Attribute)
               and isinstance(n.func.value.value, ast.Name) and n.func.value.value.id == "self"}
    for node in cls.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, (ast.List, ast.Dict, ast.Set)) and node.targets[0].id in mutated):
            continue
        line = f"{indent_of(source.line(init.body[0].lineno))}self.{node.targets[0].id} = {source.segment(node.value)}\n"
        added = Source(source.replace_lines(init.body[0].lineno, init.body[0].lineno - 1, [line]))
        yield 2, added.replace_lines(node.lineno, node.end_lineno or node.lineno, [])


def _base_init_skipped(source: Source, init: ast.FunctionDef, base: ast.ClassDef) -> Iterator[Candidate]:
    """A subclass ``__init__`` that never calls ``super().__init__``: the call,
    passing the subclass's parameters of the same names as the base's (else the
    first ones)."""
    if any(isinstance(n, ast.Attribute) and n.attr == "__init__" for n in ast.walk(init)):
        return
    base_init = next((n for n in base.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    if base_init is None:
        return
    wanted = [a.arg for a in base_init.args.args[1:]]
    have = [a.arg for a in init.args.args[1:]]
    passed = [w for w in wanted if w in have] if set(wanted) <= set(have) else have[: len(wanted)]
    if len(passed) < len(wanted) - len(base_init.args.defaults):
        return
    indent = indent_of(source.line(init.body[0].lineno))
    yield 2, source.replace_lines(init.body[0].lineno, init.body[0].lineno - 1, [f"{indent}super().__init__({', '.join(passed)})\n"])
