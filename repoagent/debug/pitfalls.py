"""Fixes for Python's own pitfalls: what linters (pylint, flake8-bugbear) warn of and
the language's documentation and FAQ explain, not slips of one token.

Each rule is found by the shape of the code on a suspect line, never by its names:

* the ``None`` an in-place method returns, used (``xs = xs.sort()``, ``for x in
  items.reverse()``): ``sorted(xs)``, ``reversed(items)`` (pylint's
  assignment-from-none);
* the new string a method returns, dropped (``name.strip()`` as a statement):
  assigned back to what it was made from (pylint's expression-not-assigned);
* two unpacked targets the wrong way round (``secs, mins = divmod(total, 60)``);
* a comparison with a singleton by ``==`` (``x == None``, ``flag == True``, which
  ``1`` passes) or with a literal by ``is``: the other operator (pylint's
  singleton-comparison and literal-comparison);
* a value tested for truth where ``0`` or ``""`` is a value (``if best[v]:``):
  ``is not None``, and ``not x`` as ``is None``;
* ``split(" ")``, which gives empty words between two spaces: ``split()``;
* the default of ``get`` mutated (``d.get(k, []).append(v)``): ``setdefault``;
* ``copy.copy`` where the nested objects must not be shared: ``copy.deepcopy``;
* a list of rows made by multiplying one row (``[[0] * n] * m``, every row the
  same list): a comprehension (Python's programming FAQ);
* a string with ``{name}`` fields of names in scope, never formatted: an f-string;
* a list emptied with ``clear()`` after it was handed out (yielded, returned,
  appended): a new list bound instead.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source

Candidate = tuple[int, str]

#: In-place methods of builtin types that return ``None``, and what gives the result
#: the code expected (``{}``: the receiver).
_IN_PLACE = {"sort": "sorted({})", "reverse": "list(reversed({}))"}
#: Methods that return a new object and change nothing: a statement calling one
#: alone throws its work away.
_NEW_OBJECT = frozenset({
    "strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "casefold", "swapcase", "replace",
    "removeprefix", "removesuffix", "zfill", "center", "ljust", "rjust", "expandtabs", "format",
})
_SINGLETONS = (True, False, None)
_FIELD = re.compile(r"\{([A-Za-z_]\w*)(?:[.\[!:][^{}]*)?\}")


def pitfall_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the pitfalls above on ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    names = _names_by_line(tree)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line not in wanted:
            continue
        parent = parents.get(node)
        yield from _none_used(source, node, parent)
        yield from _result_dropped(source, node)
        yield from _targets_swapped(source, node)
        yield from _identity_or_equality(source, node)
        yield from _truth_of_a_value(source, node, parent)
        yield from _split_on_one_space(source, node)
        yield from _default_mutated(source, node, parent)
        yield from _shallow_copy(source, node)
        yield from _rows_shared(source, node)
        yield from _never_formatted(source, node, parent, names.get(line, set()))
        yield from _cleared_after_handing_out(source, node, parents)


def _none_used(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """``xs.sort()`` whose result is used: the builtin that returns it."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _IN_PLACE):
        return
    if isinstance(parent, ast.Expr) or node.args:
        return  # a statement: the in-place call is right
    keywords = "".join(f", {ast.unparse(k)}" for k in node.keywords)
    yield 2, source.replace_node(node, _IN_PLACE[node.func.attr].format(ast.unparse(node.func.value) + keywords))


def _result_dropped(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``s.strip()`` as a statement: assigned back to ``s``."""
    if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Call):
        return
    call = node.value
    target = _root(call.func.value) if isinstance(call.func, ast.Attribute) and call.func.attr in _NEW_OBJECT else None
    if target is not None:
        yield 2, source.replace_node(node, f"{ast.unparse(target)} = {source.segment(call)}")


def _root(node: ast.expr) -> ast.expr | None:
    """The name or attribute a chain of method calls starts from (``s`` of
    ``s.strip().upper()``), or ``None``."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        node = node.func.value
    return node if isinstance(node, (ast.Name, ast.Attribute)) else None


def _targets_swapped(source: Source, node: ast.AST) -> Iterator[Candidate]:
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple)):
        return
    elements = node.targets[0].elts
    if len(elements) == 2 and all(isinstance(e, (ast.Name, ast.Attribute, ast.Subscript)) for e in elements):
        (start, middle), (after, end) = (source.span(e) for e in elements)
        text = source.text
        yield 3, text[:start] + text[after:end] + text[middle:after] + text[start:middle] + text[end:]


def _identity_or_equality(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``x == None`` -> ``x is None``; ``x is 1`` -> ``x == 1``."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
        return
    other = node.comparators[0]
    singleton = isinstance(other, ast.Constant) and any(other.value is s for s in _SINGLETONS)
    swaps = {ast.Eq: ast.Is, ast.NotEq: ast.IsNot} if singleton else {ast.Is: ast.Eq, ast.IsNot: ast.NotEq}
    op = swaps.get(type(node.ops[0]))
    if op is not None and (singleton or isinstance(other, ast.Constant)):
        yield 2, source.replace_expression(node, "(" + ast.unparse(ast.Compare(node.left, [op()], [other])) + ")")


def _truth_of_a_value(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """``if x:`` where ``x`` may be ``0``: ``x is not None``; ``not x``: ``x is None``."""
    tests = (ast.If, ast.While, ast.IfExp, ast.Assert)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) and _value_like(node.operand) \
            and isinstance(parent, tests) and parent.test is node:
        yield 3, source.replace_expression(node, f"({ast.unparse(node.operand)} is None)")
    elif _value_like(node) and isinstance(parent, (*tests, ast.BoolOp)) and (
            isinstance(parent, ast.BoolOp) or parent.test is node):  # type: ignore[union-attr]
        yield 3, source.replace_expression(node, f"({ast.unparse(node)} is not None)")


def _value_like(node: ast.AST) -> bool:
    return isinstance(node, (ast.Name, ast.Subscript, ast.Attribute))


def _split_on_one_space(source: Source, node: ast.AST) -> Iterator[Candidate]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and node.args[0].value == " ":
        yield 2, source.replace_node(node, f"{source.segment(node.func)}()")


def _default_mutated(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """``d.get(k, []).append(v)``: the default is a new list each time, never stored."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
            and len(node.args) == 2 and isinstance(parent, ast.Attribute) and parent.value is node:
        yield 2, source.replace_node(node.func, f"{source.segment(node.func.value)}.setdefault")


def _shallow_copy(source: Source, node: ast.AST) -> Iterator[Candidate]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "copy" \
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "copy":
        yield 3, source.replace_node(node.func, f"{node.func.value.id}.deepcopy")


def _rows_shared(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``[[0] * n] * m`` (or ``[row] * m`` of a list display): one comprehension row each."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(node.left, ast.List) \
            and len(node.left.elts) == 1 and isinstance(node.left.elts[0], (ast.List, ast.BinOp, ast.Dict, ast.Set)):
        row = source.segment(node.left.elts[0])
        yield 1, source.replace_node(node, f"[{row} for _ in range({source.segment(node.right)})]")


def _never_formatted(source: Source, node: ast.AST, parent: ast.AST | None, names: set[str]) -> Iterator[Candidate]:
    """``"{name}"`` outside an f-string, with ``name`` in scope and no ``.format``."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(parent, (ast.JoinedStr, ast.Attribute, ast.Expr)):
        return
    fields = _FIELD.findall(node.value)
    written = source.segment(node)
    if fields and set(fields) <= names and written[:1] in "'\"":
        yield 2, source.replace_node(node, "f" + written)


def _cleared_after_handing_out(source: Source, node: ast.AST, parents: dict[ast.AST, ast.AST]) -> Iterator[Candidate]:
    """``batch.clear()`` where ``batch`` was yielded, returned or stored: the one
    handed out is emptied too; ``batch = []`` starts a new one."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute)
            and node.value.func.attr == "clear" and isinstance(node.value.func.value, ast.Name) and not node.value.args):
        return
    name = node.value.func.value.id
    function = parents.get(node)
    while function is not None and not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        function = parents.get(function)
    if function is None:
        return
    handed = any(
        isinstance(n, (ast.Yield, ast.Return)) and isinstance(n.value, ast.Name) and n.value.id == name
        or isinstance(n, ast.Call) and any(isinstance(a, ast.Name) and a.id == name for a in n.args)
        for n in ast.walk(function)
    )
    if handed:
        yield 2, source.replace_node(node, f"{name} = []")


def _names_by_line(tree: ast.Module) -> dict[int, set[str]]:
    """For each line of a function, the names bound in it (its parameters included)."""
    table: dict[int, set[str]] = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            bound = {a.arg for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)}
            bound |= {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            for line in range(function.lineno, (function.end_lineno or function.lineno) + 1):
                table[line] = bound
    return table
