"""Python 3 gives each comprehension and each lambda a scope of its own: the names they
bind get names apart.

``[to_text(cell) for row in data for cell in row]`` then ``[len(row) for row in
texts]`` in one function bind two different ``row``s; the facts name scopes by
definition, and a comprehension is none, so both were one variable of the function
(as in Python 2) holding both comprehensions' rows, and ``len(row)`` reached
``__len__`` of what only the first iterates (boltons' ``Table.to_text``, eighth blind
audit). Each comprehension's targets, and every read of them inside it, are renamed
``name@n``, ``n`` the comprehension's ordinal in the file: a name no code can spell,
so it meets neither the function's own ``row`` nor another comprehension's. An
ordinal, not a line: lines moving (a comment above) must leave the facts as they were,
or the file's flow key changes and its component is solved again
(:mod:`repoagent.graph.flow_key`; with lines, a comment line above a comprehension
cost the standard library a 10 s solve).

What stays the enclosing scope's: the first ``for`` clause's iterable (evaluated
before the comprehension's scope exists), names it does not bind, an attribute's or
a keyword argument's name, and, inside a ``lambda``, its own parameters.

A lambda is no definition either, and its body's facts are its enclosing scope's, so
its parameters and their reads are renamed ``name@f<n>`` (``n`` its ordinal among the
file's lambdas) by :func:`lambda_names`: ``lambda acc, mw: mw(acc)`` calls ``mw@f0``,
which a call of the lambda fills (:mod:`repoagent.graph.resolvers.python_flow`), and
``lambda item: item.rank()`` in a function with a parameter ``item`` reads the
lambda's, not the function's.
"""

from __future__ import annotations

import tree_sitter as ts

from repoagent.parsing.base import text

#: The tree-sitter node types of Python's comprehensions.
COMPREHENSIONS = ("list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression")
_PATTERNS = {"pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern", "parenthesized_expression", "tuple", "list"}


def comprehension_names(comprehensions: list[ts.Node]) -> dict[int, str]:
    """The start byte of each identifier read or bound in a comprehension's own scope
    -> its name there. ``comprehensions`` in document order: an outer one is renamed
    first, so a nested one binding the same name renames its own reads again."""
    renamed: dict[int, str] = {}
    for ordinal, comprehension in enumerate(comprehensions):
        clauses = [c for c in comprehension.named_children if c.type == "for_in_clause"]
        names = {text(n) for clause in clauses for n in _targets(clause.child_by_field_name("left"))}
        if not names:
            continue
        first = clauses[0].child_by_field_name("right")
        skipped = (first.start_byte, first.end_byte) if first is not None else None
        _rename(comprehension, names, str(ordinal), skipped, renamed)
    return renamed


def lambda_names(lambdas: list[ts.Node]) -> dict[int, str]:
    """The start byte of each lambda parameter, and of each read of one in its
    lambda's body -> its name there. ``lambdas`` in document order: an outer one is
    renamed first; an inner one binding the same name shadows it
    (:func:`_rename`). Comprehensions are renamed after, over this."""
    renamed: dict[int, str] = {}
    for ordinal, node in enumerate(lambdas):
        parameters = bound_parameters(node.child_by_field_name("parameters"))
        body = node.child_by_field_name("body")
        if not parameters or body is None:
            continue
        suffix = f"f{ordinal}"
        for parameter in parameters:
            renamed[parameter.start_byte] = f"{text(parameter)}@{suffix}"
        _rename(body, {text(parameter) for parameter in parameters}, suffix, None, renamed)
    return renamed


def _targets(node: ts.Node | None) -> list[ts.Node]:
    """The identifiers a ``for`` clause's target binds (through tuples and ``*rest``)."""
    if node is None:
        return []
    if node.type == "identifier":
        return [node]
    if node.type in _PATTERNS:
        return [found for child in node.named_children for found in _targets(child)]
    return []  # ``for self.x in``: an attribute, bound where it always was


def _rename(root: ts.Node, names: set[str], suffix: str, skipped: tuple[int, int] | None, renamed: dict[int, str]) -> None:
    """Give every read of ``names`` under ``root`` (but in ``skipped``, the first
    iterable) its comprehension's name; a loop, not recursion: an expression may be
    nested deeper than the interpreter's stack."""
    todo: list[tuple[ts.Node, frozenset[str]]] = [(root, frozenset())]
    while todo:
        node, shadowed = todo.pop()
        if skipped is not None and (node.start_byte, node.end_byte) == skipped:
            continue
        kind = node.type
        if kind == "identifier":
            name = text(node)
            if name in names and name not in shadowed and not named_field(node):
                renamed[node.start_byte] = f"{name}@{suffix}"
            continue
        if kind == "lambda":
            parameters = node.child_by_field_name("parameters")
            own = frozenset(text(p) for p in bound_parameters(parameters))
            for default in _lambda_defaults(parameters):  # evaluated where the lambda is made
                todo.append((default, shadowed))
            body = node.child_by_field_name("body")
            if body is not None:
                todo.append((body, shadowed | own))
            continue
        todo.extend((child, shadowed) for child in node.named_children)


def named_field(node: ts.Node) -> bool:
    """Whether identifier ``node`` names an attribute (``x.row``) or a keyword
    argument (``f(row=1)``) rather than reading a variable."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "attribute":
        return parent.child_by_field_name("attribute") == node
    return parent.type == "keyword_argument" and parent.child_by_field_name("name") == node


def bound_parameters(parameters: ts.Node | None) -> list[ts.Node]:
    """The names a lambda's or a function's parameters bind, in order (a function's may
    be typed; ``*`` and ``/`` bind nothing)."""
    found = []
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type == "identifier":
            found.append(parameter)
        elif parameter.type in ("default_parameter", "typed_default_parameter", "typed_parameter",
                                "list_splat_pattern", "dictionary_splat_pattern"):
            name = parameter.child_by_field_name("name") if parameter.type.endswith("default_parameter") else None
            name = name or next((c for c in parameter.named_children if c.type == "identifier"), None)
            if name is not None:
                found.append(name)
    return found


def _lambda_defaults(parameters: ts.Node | None) -> list[ts.Node]:
    """A lambda's default values."""
    return [
        value
        for parameter in (parameters.named_children if parameters is not None else ())
        if parameter.type == "default_parameter" and (value := parameter.child_by_field_name("value")) is not None
    ]
