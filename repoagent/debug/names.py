"""Repairs for names that do not exist at run time (NameError, AttributeError).

The candidates for a missing name are, in order: Python's own ``Did you mean``
hint, a keyword mistyped (``beak``, ``Ture``: :mod:`keywords`), the rewrites of foreign keywords on the failing line, the defined names
closest in spelling (the file's own names, ``self.`` attributes, builtins, the
attributes of the receiving type), then what the function itself has (the mirror
of an attribute path it uses, ``root.right`` beside ``root.left``; its locals; its
attribute paths), and structural edits for names that should not be there at all:
``x,split()`` for ``x.split()``, unwrapping ``Undefined(x)`` to ``x``, dropping
``self.`` or an unknown receiver, dropping an argument or a whole call statement,
``for`` for an ``if i in ...`` that reads ``i`` before it is bound, moving a block
back into the deeper code above it, and last a definition or a constant. A helper
that was never written (``self.count_of(xs)``) may stand for a builtin of one
value (``sum(xs)``), for a constant of the function's return type, or, called as
the function's last statement, for returning its argument.
"""

from __future__ import annotations

import ast
import builtins
import collections
import difflib
from collections.abc import Iterator

from repoagent.debug.idioms import rewrites
from repoagent.debug.keywords import BARE_STATEMENTS, VALUES, misspelled
from repoagent.debug.mutate import SWAPS, if_to_for, scope_names
from repoagent.debug.text import Source, body_indent_after, indent_of

Candidate = tuple[int, str]

_TYPES: dict[str, type] = {
    "list": list, "dict": dict, "str": str, "set": set, "int": int, "float": float, "tuple": tuple,
    "deque": collections.deque, "collections.deque": collections.deque,
    "defaultdict": collections.defaultdict, "collections.defaultdict": collections.defaultdict,
    "Counter": collections.Counter, "collections.Counter": collections.Counter, "frozenset": frozenset,
}

_CONTAINERS = ("list", "set", "dict", "tuple")
_GENERICS = ("List", "Dict", "Set", "Optional", "Tuple")
_REDUCERS = ("sum", "len", "max", "min", "sorted", "abs", "int", "str")
_RETURN_CONSTANTS = {"bool": ("False", "True"), "int": ("0", "-1", "1"), "float": ("0", "0.0"), "str": ('""',),
                     "List": ("[]",), "list": ("[]",)}
_METHOD_NAMES = frozenset(name for kind in (str, list, dict, set) for name in dir(kind) if not name.startswith("_"))


def name_repairs(text: str, lineno: int, name: str, owner: str | None, hint: str | None) -> Iterator[Candidate]:
    """Whole-file candidates for ``name`` missing on line ``lineno``, with costs."""
    source = Source(text)
    tree = ast.parse(text)
    nodes = [n for n in ast.walk(tree) if _names(n, name) and getattr(n, "lineno", 0) == lineno]
    everywhere = [n for n in ast.walk(tree) if _names(n, name)]
    if hint:
        yield from _rename(source, nodes, hint, 0)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    if owner is None and not _bound(tree, name):
        yield from _keyword_slips(source, parents, nodes, name)
    if owner is None and name in _self_members(tree, lineno):
        # a member used without 'self.': 'items.append(x)' in a method of a class with self.items
        yield from _rename(source, nodes, f"self.{name}", 0)
    line = source.line(lineno)
    for cost, new in rewrites(line):
        yield cost, source.replace_lines(lineno, lineno, [new + "\n"])
    for rank, other in enumerate(_closest(name, _known_names(tree, owner))):
        yield 2 + rank // 3, _rename_all(source, nodes, other)
        if len(everywhere) > len(nodes):
            yield 3 + rank // 3, _rename_all(source, everywhere, other)
    never_bound = owner is None and nodes and not any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) for n in everywhere)
    receiver = any(isinstance(parents.get(n), ast.Attribute) and parents[n].value is n for n in everywhere)  # type: ignore[attr-defined]
    if never_bound and receiver:
        # 'lst.append(x)' where 'lst' is bound nowhere: its definition was lost (a
        # name whose methods are called is a value, not a type to rename it to)
        yield from _define(source, parents, nodes[0], name, cost=2)
    if owner is None:
        # Nothing close in spelling: each local of the function, then each attribute
        # path it uses and its mirror ('f' for 'root.right' beside 'root.left').
        paths, mirrors = _attribute_paths(tree, lineno)
        for path in mirrors:
            yield 3, _rename_all(source, nodes, path)
        locals_ = [n for n in scope_names(tree).get(lineno, []) if n != name]
        for rank, other in enumerate(locals_[::-1]):
            yield 3 + rank // 4, _rename_all(source, nodes, other)
        for rank, path in enumerate(paths):
            yield 4 + rank // 4, _rename_all(source, nodes, path)
    for node in nodes:
        yield from _structural(source, parents, node)
    if owner is None:
        yield from _into_block_above(source, lineno)
    if never_bound:
        yield from _define(source, parents, nodes[0], name, cost=4)
        # a value the bug deleted: a common constant, or a literal the function itself
        # writes ('com += x' beside 'com += "1"')
        for value in dict.fromkeys(("0", "1", "None", "[]", '""', *_literals(_enclosing_function(parents, nodes[0])))):
            yield 4, _rename_all(source, nodes, value)


def _bound(tree: ast.Module, name: str) -> bool:
    """Whether anything in the file binds ``name`` (assignment, parameter,
    definition, import)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, (ast.Store, ast.Del)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, ast.arg) and node.arg == name:
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name).split(".")[0] == name:
            return True
    return False


def _keyword_slips(source: Source, parents: dict[ast.AST, ast.AST], nodes: list[ast.AST], name: str) -> Iterator[Candidate]:
    """A name bound nowhere that is a keyword mistyped (``beak``, ``Ture``): as a
    statement of its own, each keyword that is one and is valid there
    (``break``/``continue`` in a loop, ``return`` in a function); in an
    expression, each keyword that is a value."""
    for node in nodes:
        if not isinstance(node, ast.Name):
            continue
        statement = parents.get(node)
        if isinstance(statement, ast.Expr):
            for word in misspelled(name, BARE_STATEMENTS):
                if _valid_statement(parents, statement, word):
                    yield 1, source.replace_node(statement, word)
        else:
            for word in misspelled(name, VALUES):
                yield 1, source.replace_node(node, word)


def _valid_statement(parents: dict[ast.AST, ast.AST], statement: ast.AST, word: str) -> bool:
    """Whether the keyword statement ``word`` may stand where ``statement`` is."""
    node = parents.get(statement)
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and word in ("break", "continue"):
            return True
        node = parents.get(node)
    if word == "return":
        return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    return word == "pass"


def _self_members(tree: ast.Module, lineno: int) -> set[str]:
    """Attributes (``self.x = ...``) and methods of the class whose method holds ``lineno``."""
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.lineno <= lineno <= (cls.end_lineno or cls.lineno):
            members = {n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
            members |= {n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)
                        and isinstance(n.value, ast.Name) and n.value.id == "self"}
            return members
    return set()


def _names(node: ast.AST, name: str) -> bool:
    return (isinstance(node, ast.Name) and node.id == name) or (isinstance(node, ast.Attribute) and node.attr == name)


def _rename(source: Source, nodes: list[ast.AST], new: str, cost: int) -> Iterator[Candidate]:
    if nodes:
        yield cost, _rename_all(source, nodes, new)


def _rename_all(source: Source, nodes: list[ast.AST], new: str) -> str:
    text = source.text
    for node in sorted(nodes, key=lambda n: source.span(n), reverse=True):
        start, end = Source(text).span(node)
        if isinstance(node, ast.Attribute):
            start = end - len(node.attr)
        text = text[:start] + new + text[end:]
    return text


def _known_names(tree: ast.Module, owner: str | None) -> list[str]:
    """Names a fix could mean: the receiving type's attributes, else the file's names."""
    if owner in _TYPES:
        return [a for a in dir(_TYPES[owner]) if not a.startswith("_")]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    if owner is None:
        names |= {n for n in dir(builtins) if not n.startswith("_")}
    return sorted(names)


def _closest(name: str, known: list[str]) -> list[str]:
    """Known names by spelling similarity, then those that one spells inside the
    other (``LCA`` and ``undefinedLCA``)."""
    close = difflib.get_close_matches(name, known, n=6, cutoff=0.5)
    lowered = [k for k in known if k not in close and len(k) > 1
               and (k.lower() in name.lower() or (len(name) > 2 and name.lower() in k.lower()))]
    return close + lowered[:4]


def _structural(source: Source, parents: dict[ast.AST, ast.AST], node: ast.AST) -> Iterator[Candidate]:
    parent = parents.get(node)
    start, _ = source.span(node)
    before = source.text[:start].rstrip(" ")
    if isinstance(node, ast.Name) and before.endswith(",") and node.id in _METHOD_NAMES:
        # a comma where a dot was: 'x[0],split(" ")' -> 'x[0].split(" ")'
        yield 1, before[:-1] + "." + source.text[start:]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        # self.helper(...) -> helper(...)
        yield 2, source.replace_node(node, node.attr)
    if isinstance(parent, ast.Attribute) and parent.value is node:
        # the unknown name is the receiver: undefined.m -> m
        yield 2, source.replace_node(parent, parent.attr)
    if isinstance(parent, ast.Call) and parent.func is node:
        if len(parent.args) == 1 and not parent.keywords:
            yield 3, source.replace_node(parent, "(" + source.segment(parent.args[0]) + ")")
            # an unknown constructor: a one-element list, or a builtin container
            yield 3, source.replace_node(parent, "[" + source.segment(parent.args[0]) + "]")
        one_value = len(parent.args) == 1 and not parent.keywords
        for kind in _CONTAINERS + _REDUCERS if one_value else _CONTAINERS if isinstance(node, ast.Name) else ():
            # a helper never written that stands for a builtin ('self.count_of(xs)' -> 'sum(xs)')
            yield 4, source.replace_node(parent.func, kind)
        if len(parent.args) == 2 and not parent.keywords:
            yield from _as_operator(source, parent, node)
        statement = parents.get(parent)
        function = _enclosing_function(parents, parent)
        if isinstance(statement, ast.Expr):
            yield 4, source.replace_node(statement, "pass")
            if function is not None and function.body[-1] is statement:
                # the function's last line called what it should have returned: 'self.report(count)'
                for arg in parent.args:
                    yield 3, source.replace_node(statement, f"return {source.segment(arg)}")
        elif function is not None:
            # a value from a helper never written: each constant of the function's return type
            for value in _constants_for(function.returns):
                yield 3, source.replace_node(parent, value)
    if isinstance(parent, ast.Call) and node in parent.args:
        kept = [source.segment(arg) for arg in parent.args if arg is not node]
        kept += [source.segment(kw) for kw in parent.keywords]
        yield 3, source.replace_node(parent, source.segment(parent.func) + "(" + ", ".join(kept) + ")")
    if isinstance(parent, ast.Compare):
        # read before it is bound, in what reads like a loop header: 'if i in range(n):'
        yield from if_to_for(source, parents.get(parent), cost=1)
    if isinstance(parent, ast.Subscript) and parent.value is node:
        # an unknown generic in an annotation ('Vec[int]') -> each typing generic
        for kind in _GENERICS:
            yield 3, source.replace_node(node, kind)


_OPERATORS = ("+", "-", "*", "/", "//", "%", "<", "<=", ">", ">=", "==", "!=", "and", "or")
_OPERATOR_WORDS = {"+": ("add", "sum", "plus"), "-": ("sub", "minus", "diff"), "*": ("mul", "times", "product"),
                   "/": ("div",), "//": ("floordiv", "intdiv"), "%": ("mod", "remainder"), "<": ("less",),
                   "<=": ("lessequal", "lessorequal", "atmost"), ">": ("greater", "more"),
                   ">=": ("greaterequal", "greaterorequal", "atleast"), "==": ("equal", "same"), "!=": ("notequal", "differ"),
                   "and": ("both",), "or": ("either",)}
"""Words a helper's name uses for an operator, to try that operator first."""


def _enclosing_function(parents: dict[ast.AST, ast.AST], node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The innermost function around ``node``, if any."""
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        node = parents.get(node)  # type: ignore[assignment]
    return node


def _literals(function: ast.FunctionDef | ast.AsyncFunctionDef | None) -> list[str]:
    """The short number and string literals ``function`` writes, first seen first
    (at most six; its docstring aside)."""
    if function is None:
        return []
    body = function.body[1:] if isinstance(function.body[0], ast.Expr) else function.body
    found = [repr(n.value) for statement in body for n in ast.walk(statement) if isinstance(n, ast.Constant)
             and type(n.value) in (int, str) and len(repr(n.value)) <= 12]
    return list(dict.fromkeys(found))[:6]


def _constants_for(annotation: ast.expr | None) -> tuple[str, ...]:
    """Constants of a return annotation's type (``bool``: ``False``, ``True``); the
    common ones when there is none or it is another type."""
    name = annotation.value.id if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name) else (
        annotation.id if isinstance(annotation, ast.Name) else "")
    return _RETURN_CONSTANTS.get(name, ("0", "None", "False", "True", "[]"))


def _as_operator(source: Source, call: ast.Call, function: ast.AST) -> Iterator[Candidate]:
    """An unknown helper of two values stands for an operator between them
    ('self.lessThan(a, b)' -> 'a < b', 'add(x, y)' -> 'x + y'): every binary,
    comparison and boolean operator, the ones the helper's name spells first."""
    name = (function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")).lower().replace("_", "")
    spelled = [op for op in _OPERATORS if any(word in name for word in _OPERATOR_WORDS[op])]
    spelled.sort(key=lambda op: -max(len(word) for word in _OPERATOR_WORDS[op] if word in name))
    left, right = (source.segment(arg) for arg in call.args)
    for op in spelled + [op for op in _OPERATORS if op not in spelled]:
        yield (3 if op in spelled else 4), source.replace_node(call, f"({left} {op} {right})")


def _attribute_paths(tree: ast.Module, lineno: int) -> tuple[list[str], list[str]]:
    """``name.attr`` paths used in the function around ``lineno``, and their mirrors
    that it does not use (``root.right`` beside ``root.left``)."""
    function = next((f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and f.lineno <= lineno <= (f.end_lineno or f.lineno) and f.name != "__init__"), None)
    if function is None:
        return [], []
    paths = {ast.unparse(n): n for n in ast.walk(function)
             if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id != "self"}
    mirrors = {f"{n.value.id}.{SWAPS[n.attr]}": None for n in paths.values() if n.attr in SWAPS}  # type: ignore[attr-defined]
    return list(paths), [m for m in mirrors if m not in paths]


def _into_block_above(source: Source, lineno: int) -> Iterator[Candidate]:
    """A block that lost a level of indentation left the scope its names live in
    ('self.x = 1' at class level, a loop fallen out of a nested function): move the
    failing line's block, or a block around it, into the deeper code just above it."""
    line = source.line(lineno)
    level = indent_of(line)
    for number in range(lineno, 0, -1):
        current = source.line(number)
        if not current.strip() or current.lstrip().startswith("#") or len(indent_of(current)) > len(level):
            continue
        if current.lstrip().startswith(("def ", "class ", "async def ")):
            return
        level = indent_of(current)
        above = next((source.line(i) for i in range(number - 1, 0, -1) if source.line(i).strip()), "")
        deeper = body_indent_after(above)
        if len(deeper) > len(level):
            end = number
            while end < len(source.lines) and (not source.line(end + 1).strip() or len(indent_of(source.line(end + 1))) > len(level)):
                end += 1
            while end > number and not source.line(end).strip():
                end -= 1
            yield 3, source.shift_lines(number, end, len(deeper) - len(level))
            return


def _define(source: Source, parents: dict[ast.AST, ast.AST], node: ast.AST, name: str, cost: int) -> Iterator[Candidate]:
    """A variable used but never assigned (its line was lost): define it at the top
    of the function that uses it, as each common initial value."""
    function = _enclosing_function(parents, node)
    if function is None or not function.body:
        return
    first = function.body[0]
    line = source.line(first.lineno)
    indent = line[: len(line) - len(line.lstrip())]
    for value in ("[]", "0", "{}", "set()", '""', "1"):
        yield cost, source.replace_lines(first.lineno, first.lineno - 1, [f"{indent}{name} = {value}\n"])
