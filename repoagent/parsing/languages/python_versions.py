"""A local name rebound in a function's straight-line code gets a name per binding, and
a name an ``isinstance`` test narrows gets one in the test's block.

``conn = connect(url)`` then ``conn = conn.wrap()`` at the top of a function body: each
read runs with the value the last of them gave before it, so ``conn.query()`` after the
second reads ``conn@v2``, not what both ever held (the flow is otherwise blind to
order). Only where the order is certain: every binding of the name in the function is
an assignment of the whole name at the top level of its body (not under an ``if``, a
loop, a ``try``, a ``with``; not ``+=``, an unpacking, an annotation, ``for``, ``as``,
``:=``, ``global``, ``del``, an import or a ``match`` capture), and no nested function,
class, lambda or comprehension names it. A read before the first assignment keeps the
plain name (the parameter's, if it is one). ``vN`` is the binding's ordinal, not its
line, so that a comment above leaves the facts as they were (``graph/flow_key.py``).
"""

from __future__ import annotations

import re

import tree_sitter as ts

from repoagent.parsing.base import text
from repoagent.parsing.languages.python_comprehensions import COMPREHENSIONS, bound_parameters, named_field

#: Scopes of their own: a name they read or bind may run at any time.
_NESTED = ("function_definition", "class_definition", "lambda", *COMPREHENSIONS)
#: Statements and patterns whose names are all bound (or unbound) by them.
_BINDING = ("global_statement", "nonlocal_statement", "delete_statement", "import_statement",
            "import_from_statement", "case_pattern", "as_pattern_target")
#: What binds the names in one of its fields: ``x += 1``, ``for x in``, ``(x := v)``, ``x = v``.
_BINDING_FIELDS = {"augmented_assignment": "left", "for_statement": "left", "named_expression": "name", "assignment": "left"}


def version_names(functions: list[ts.Node], source: bytes, renamed: dict[int, str]) -> dict[int, str]:
    """The start byte of each binding and read of a name rebound in straight-line code
    (see the module) -> its name there; ``source`` is the file's bytes; ``renamed`` (a
    comprehension's or a lambda's names) is left as it is."""
    found: dict[int, str] = {}
    for function in functions:
        body = function.child_by_field_name("body")
        if body is not None:
            _version(function, body, source, renamed, found)
    return found


def _version(function: ts.Node, body: ts.Node, source: bytes, renamed: dict[int, str], found: dict[int, str]) -> None:
    statements = [(s, _simple_target(s)) for s in body.named_children if s.type != "comment"]
    assigned: dict[str, list[ts.Node]] = {}  # name -> its top-level ``name = value`` targets
    for _, target in statements:
        if target is not None:
            assigned.setdefault(text(target), []).append(target)
    if not assigned:
        return
    parameters = {text(name) for name in bound_parameters(function.child_by_field_name("parameters"))}
    names = {name for name, targets in assigned.items() if len(targets) + (name in parameters) >= 2}
    if not names:
        return
    targets = {target.start_byte for name in names for target in assigned[name]}
    for name in sorted(names):
        nodes = [node for node in _occurrences(body, source, name) if node.start_byte not in renamed]
        if any(node.start_byte not in targets and not _plain_read(node, body) for node in nodes):
            continue  # bound another way, or named by a nested scope: no order is certain
        version = 0
        reads = {node.start_byte for node in nodes if node.start_byte not in targets}
        for statement, target in statements:
            current = f"{name}@v{version}" if version else None
            for node in nodes:
                if statement.start_byte <= node.start_byte < statement.end_byte and node.start_byte in reads and current:
                    found[node.start_byte] = current
            if target is not None and target.start_byte in targets and text(target) == name:
                version += 1
                found[target.start_byte] = f"{name}@v{version}"


def _simple_target(statement: ts.Node) -> ts.Node | None:
    """The name of a top-level ``name = value`` (no annotation, no chained target)."""
    if statement.type != "expression_statement" or statement.named_child_count != 1:
        return None
    assignment = statement.named_children[0]
    if assignment.type != "assignment" or assignment.child_by_field_name("type") is not None:
        return None
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or left.type != "identifier" or right is None or right.type == "assignment":
        return None
    return left


def _occurrences(body: ts.Node, source: bytes, name: str) -> list[ts.Node]:
    """The identifiers under ``body`` that name the variable ``name`` (not ``x.name`` nor
    ``f(name=...)``): found in the text, then asked of the tree (walking every node of
    every function in Python cost the standard library's parse 6%)."""
    found = []
    word = re.compile(rb"(?<![\w])" + re.escape(name.encode()) + rb"(?![\w])")
    for match in word.finditer(source, body.start_byte, body.end_byte):
        node = body.descendant_for_byte_range(match.start(), match.end())
        if node is None or node.type != "identifier" or (node.start_byte, node.end_byte) != match.span():
            continue  # in a string, a comment or a longer name
        if not named_field(node):
            found.append(node)
    return found


def _plain_read(node: ts.Node, body: ts.Node) -> bool:
    """Whether ``node`` only reads its name in the function itself: no nested scope,
    no binding form of its own around it (an assignment's target other than the
    top-level ones is one)."""
    outer = node.parent
    while outer is not None and outer != body:
        if outer.type in _NESTED or outer.type in _BINDING:
            return False
        field = _BINDING_FIELDS.get(outer.type)
        if field is not None and _within(node, outer.child_by_field_name(field)):
            return False
        outer = outer.parent
    return True


def _within(node: ts.Node, field: ts.Node | None) -> bool:
    return field is not None and field.start_byte <= node.start_byte and node.end_byte <= field.end_byte


def narrowed_names(tests: list[ts.Node], source: bytes, renamed: dict[int, str]) -> tuple[dict[int, str], list[tuple[ts.Node, str, str, str]]]:
    """``if isinstance(x, C):`` (``C`` a name or a tuple of names): the reads of ``x`` in
    the ``if``'s own block get a name of their own, ``x@iN`` (``N`` the test's ordinal in
    the file), which holds what ``x`` holds that can be a ``C`` (the flow filters it:
    :mod:`repoagent.graph.resolvers.python_flow`). Only where nothing in that block binds
    ``x`` nor names it in a nested scope. The start byte of each read -> its name, and
    for each test ``(if statement, new name, classes as written, x's name)``."""
    found: dict[int, str] = {}
    narrowed: list[tuple[ts.Node, str, str, str]] = []
    for test in tests:
        statement = test.parent
        if statement is None or statement.type not in ("if_statement", "elif_clause") or test.type != "call":
            continue
        function, arguments = test.child_by_field_name("function"), test.child_by_field_name("arguments")
        if function is None or text(function) != "isinstance" or arguments is None:
            continue
        named = [a for a in arguments.named_children if a.type != "comment"]
        if len(named) != 2 or named[0].type != "identifier" or not _class_names(named[1]):
            continue
        block = statement.child_by_field_name("consequence")
        if block is None:
            continue
        name = text(named[0])
        nodes = [node for node in _occurrences(block, source, name) if node.start_byte not in renamed]
        if not nodes or any(not _plain_read(node, block) for node in nodes):
            continue
        source_name = renamed.get(named[0].start_byte, name)
        new = f"{name}@i{len(narrowed)}"
        for node in nodes:
            found[node.start_byte] = new
        narrowed.append((statement, new, text(named[1]), source_name))
    return found, narrowed


def _class_names(node: ts.Node) -> bool:
    """Whether ``node`` is a name, a dotted name or a tuple of them (``(A, b.B)``)."""
    if node.type == "tuple":
        return bool(node.named_children) and all(_class_names(child) for child in node.named_children)
    found: ts.Node | None = node
    while found is not None and found.type == "attribute":
        found = found.child_by_field_name("object")
    return found is not None and found.type == "identifier"
