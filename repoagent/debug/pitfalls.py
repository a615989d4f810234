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
  appended): a new list bound instead;
* ``x or default`` where an explicit ``0`` or ``""`` is a value: ``default if x
  is None else x``;
* a container changed while a loop iterates over it (``for k in d:`` with ``del
  d[k]``, a generator over ``d.items()``: "dictionary changed size during
  iteration"): the loop over a list made first;
* a method named but never called (``key.strip`` as a value, pylint's
  comparison-with-callable and bugbear's B015 kind): ``key.strip()``;
* internal state handed out (``return self.items``: the caller's changes reach
  the object): a copy returned; a parameter emptied in place (``grid.pop(0)``): a
  copy of it taken first;
* ``heapq``, a min-heap, fed the key of a max-heap: the key negated;
* a number's width without its zero fill (``f"{n:2d}"`` pads with spaces):
  ``:02d``;
* ``sorted(xs)`` as a statement (its new list dropped): ``xs.sort()`` or ``xs =
  sorted(xs)``;
* ``max(gen)`` of what may be empty ("max() arg is an empty sequence"):
  ``default=0``;
* an exception swallowed (``try: x() except E: pass``, pylint's
  try-except-pass): the call alone;
* two chained calls in the wrong order (``s.replace('"', '\\"').replace('\\',
  '\\\\')`` escapes its own escapes): the two swapped;
* a builtin shadowed by a local (``sum = sum(...)``, pylint's redefined-builtin):
  the local renamed;
* a parameter never read (pylint's unused-argument) where the function returns
  ``None`` or a constant: the parameter returned there;
* a generator function's result read twice (the second pass sees nothing):
  ``list(...)`` around the call.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source, lines_of

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


def pitfall_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the pitfalls above on ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    names = _names_by_line(tree)
    optional = _none_defaults_by_line(tree)
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
        yield from _or_default(source, node, parent, optional.get(line, set()))
        yield from _changed_while_iterated(source, node)
        yield from _never_called(source, node, parent)
        yield from _state_handed_out(source, node)
        yield from _min_heap(source, node)
        yield from _zero_fill(source, node)
        yield from _new_sequence_dropped(source, node)
        yield from _empty_extreme(source, node)
        yield from _exception_swallowed(source, node)
        yield from _chained_calls_reordered(source, node)
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and wanted & lines_of(function):
            yield from _argument_emptied(source, function)
            yield from _builtin_shadowed(source, function)
            yield from _argument_unused(source, function, wanted)
            yield from _generator_reused(source, function, tree)


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
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) and (_value_like(node.operand) or _own_call(node.operand)) and (
            isinstance(parent, tests) and parent.test is node or isinstance(parent, ast.Return)):
        # 'return not first_error(s)' where index 0 is an error too
        yield 3, source.replace_expression(node, f"({ast.unparse(node.operand)} is None)")
    elif _value_like(node) and isinstance(parent, (*tests, ast.BoolOp)) and (
            isinstance(parent, ast.BoolOp) or parent.test is node):  # type: ignore[union-attr]
        yield 3, source.replace_expression(node, f"({ast.unparse(node)} is not None)")


def _value_like(node: ast.AST) -> bool:
    return isinstance(node, (ast.Name, ast.Subscript, ast.Attribute))


def _own_call(node: ast.AST) -> bool:
    """A call of a function that is not a builtin: builtins like ``len`` or
    ``any`` never answer ``None``, so only the code's own calls may mean "none"."""
    return isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and hasattr(builtins, node.func.id))


def _split_on_one_space(source: Source, node: ast.AST) -> Iterator[Candidate]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and node.args[0].value == " ":
        yield 2, source.replace_node(node, f"{source.segment(node.func)}()")


def _default_mutated(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """``d.get(k, []).append(v)`` or ``x = d.get(k, Node())``: the default is a new
    object each time, never stored."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" and len(node.args) == 2):
        return
    if isinstance(parent, ast.Attribute) and parent.value is node:
        yield 2, source.replace_node(node.func, f"{source.segment(node.func.value)}.setdefault")
    elif isinstance(parent, ast.Assign) and _new_object(node.args[1]):
        # 'node = children.get(ch, Trie())': the new node is filled in and lost
        yield 3, source.replace_node(node.func, f"{source.segment(node.func.value)}.setdefault")


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
    fields = [_field_names(f) for f in re.findall(r"\{([^{}]+)\}", node.value)]
    written = source.segment(node)
    known = names | {"self"} | set(dir(builtins))
    if fields and all(f is not None and f <= known and f & (names | {"self"}) for f in fields) and written[:1] in "'\"":
        yield 2, source.replace_node(node, "f" + written)


def _field_names(field: str) -> set[str] | None:
    """The names a replacement field's expression reads (``price - self.credit``,
    ``n:>3``), or ``None`` when it is no expression."""
    for expression in (field, re.split(r"[!:](?![=])", field, maxsplit=1)[0]):
        try:
            tree = ast.parse(expression.strip(), mode="eval")
        except SyntaxError:
            continue
        return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return None


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


def _new_object(node: ast.expr) -> bool:
    """A display or a call of a class (a capitalised name) or of a container type."""
    if isinstance(node, (ast.List, ast.Dict, ast.Set)):
        return True
    name = node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else ""
    return name[:1].isupper() or name in ("list", "dict", "set")


def _or_default(source: Source, node: ast.AST, parent: ast.AST | None, optional: set[str]) -> Iterator[Candidate]:
    """``ttl or self.ttl`` as a value (not a condition): an explicit ``0`` is
    replaced too; only ``None`` should be. Cheapest when ``ttl`` is a parameter
    whose default is ``None``: the caller may leave it out, and any other value it
    passes was meant."""
    condition = isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)) and parent.test is node or isinstance(
        parent, (ast.BoolOp, ast.UnaryOp))
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and len(node.values) == 2 and _value_like(node.values[0]) \
            and not condition:
        value, default = (source.segment(v) for v in node.values)
        yield 1 if value in optional else 3, source.replace_expression(node, f"({default} if {value} is None else {value})")


def _none_defaults_by_line(tree: ast.Module) -> dict[int, set[str]]:
    """For each line of a function, its parameters whose default is ``None``."""
    table: dict[int, set[str]] = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = function.args
            pairs = [*zip(args.args[len(args.args) - len(args.defaults):], args.defaults), *zip(args.kwonlyargs, args.kw_defaults)]
            names = {a.arg for a, d in pairs if isinstance(d, ast.Constant) and d.value is None}
            for line in range(function.lineno, (function.end_lineno or function.lineno) + 1):
                table[line] = names
    return table


_VIEWS = ("keys", "values", "items")
_CHANGES = ("pop", "popitem", "remove", "discard", "add", "append", "insert", "clear", "update", "setdefault")


def _changed_while_iterated(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``for k in d:`` (or over ``d.items()``, or a generator over it) whose body
    deletes from, adds to or pops ``d``: iterate over a list made first."""
    if not isinstance(node, ast.For):
        return
    loop = node.iter
    inner = loop.generators[0].iter if isinstance(loop, ast.GeneratorExp) else loop
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr in _VIEWS and not inner.args:
        inner = inner.func.value
    container = ast.unparse(inner)
    if not any(_changes(n, container) for stmt in node.body for n in ast.walk(stmt)):
        return
    if isinstance(loop, ast.GeneratorExp):
        yield 1, source.replace_node(loop, "[" + source.segment(loop)[1:-1] + "]")
    else:
        yield 1, source.replace_node(loop, f"list({source.segment(loop)})")


def _changes(node: ast.AST, container: str) -> bool:
    """Whether ``node`` deletes from or changes the size of ``container``."""
    if isinstance(node, ast.Delete):
        return any(isinstance(t, ast.Subscript) and ast.unparse(t.value) == container for t in node.targets)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _CHANGES \
        and ast.unparse(node.func.value) == container


#: Methods of builtin types called with no argument that return a value: named
#: without a call, they are a bound method, always true and never equal to a string.
_NO_ARGUMENT = frozenset({
    "strip", "lstrip", "rstrip", "lower", "upper", "title", "casefold", "capitalize", "split", "splitlines",
    "keys", "values", "items", "copy", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
})


def _never_called(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """``FILTERS[name.strip]``, ``if s.isdigit:``: the method called."""
    if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and node.attr in _NO_ARGUMENT):
        return
    if isinstance(parent, ast.Call) and parent.func is node:
        return
    if isinstance(node.value, ast.Name) and node.value.id in ("str", "bytes", "dict", "list", "set"):
        return  # 'str.upper' names the function on purpose
    yield 2, source.replace_node(node, source.segment(node) + "()")


def _state_handed_out(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``return self.items`` (a snapshot that is the live object): a copy."""
    if isinstance(node, ast.Return) and isinstance(node.value, ast.Attribute) and isinstance(node.value.value, ast.Name) \
            and node.value.value.id == "self":
        yield 3, source.replace_node(node.value, f"{source.segment(node.value)}.copy()")


def _argument_emptied(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """A parameter that the function pops or clears (the caller's list emptied):
    a copy taken first."""
    params = {a.arg for a in function.args.args if a.arg not in ("self", "cls")}
    emptied = [n.func.value.id for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in ("pop", "popleft", "remove", "clear") and isinstance(n.func.value, ast.Name)
               and n.func.value.id in params]
    first = function.body[0]
    indent = source.line(first.lineno)[: first.col_offset]
    for name in dict.fromkeys(emptied):
        yield 4, source.replace_lines(first.lineno, first.lineno - 1, [f"{indent}{name} = {name}.copy()\n"])


def _min_heap(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``heappush(q, (priority, ...))`` where the highest priority should come first:
    ``heapq`` pops the smallest, so the key negated."""
    if not (isinstance(node, ast.Call) and len(node.args) == 2 and _called(node) == "heappush"):
        return
    item = node.args[1]
    key = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item
    if isinstance(key, ast.UnaryOp) and isinstance(key.op, ast.USub):
        return  # already negated: the mutations drop the sign
    if isinstance(key, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)):
        yield 3, source.replace_node(key, f"-{source.segment(key)}")


def _called(node: ast.Call) -> str:
    """The name a call calls (``heappush`` of ``heapq.heappush(...)``)."""
    return node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""


def _zero_fill(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """A width for a number written without its ``0`` (``{n:2d}`` gives `` 5``,
    ``%2d`` too): each such width zero-filled."""
    if isinstance(node, ast.JoinedStr):
        parts = [v.format_spec for v in node.values if isinstance(v, ast.FormattedValue) and v.format_spec is not None]
        for spec in parts:
            written = source.segment(node)
            text = "".join(str(c.value) for c in spec.values if isinstance(c, ast.Constant))  # type: ignore[attr-defined]
            if re.fullmatch(r"[1-9]\d*[dxXob]?", text):
                for found in re.finditer(rf":{re.escape(text)}}}", written):
                    start = source.span(node)[0] + found.start() + 1
                    yield 2, source.text[:start] + "0" + source.text[start:]
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        written = source.segment(node)
        start = source.span(node)[0]
        for found in re.finditer(r"(?<=:)[1-9]\d*[dxXob]?(?=\})|(?<=%)[1-9]\d*(?=[dxXo])", written):
            at = start + found.start()
            yield 2, source.text[:at] + "0" + source.text[at:]


def _new_sequence_dropped(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``sorted(xs)`` as a statement: ``xs.sort()``, or ``xs = sorted(xs)``."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
            and node.value.func.id in ("sorted", "reversed") and node.value.args):
        return
    call, target = node.value, node.value.args[0]
    if isinstance(target, (ast.Name, ast.Attribute)):
        keywords = ", ".join(source.segment(k) for k in call.keywords)
        method = "sort" if call.func.id == "sorted" else "reverse"  # type: ignore[attr-defined]
        yield 2, source.replace_node(node, f"{source.segment(target)}.{method}({keywords})")
        yield 3, source.replace_node(node, f"{source.segment(target)} = {source.segment(call)}")


def _empty_extreme(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``max(x for x in xs)`` with no ``default``: empty input raises; ``default=0``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("max", "min") \
            and len(node.args) == 1 and not any(k.arg == "default" for k in node.keywords):
        argument = node.args[0]
        written = source.segment(argument)
        if isinstance(argument, ast.GeneratorExp) and not written.startswith("("):
            written = f"({written})"
        yield 3, source.replace_node(node, f"{node.func.id}({written}, default=0)")


def _exception_swallowed(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``try: body except E: pass`` with no ``else``/``finally``: the body alone,
    so the error reaches the caller."""
    if not (isinstance(node, ast.Try) and len(node.handlers) == 1 and not node.orelse and not node.finalbody
            and all(isinstance(s, ast.Pass) for s in node.handlers[0].body)):
        return
    first, last = node.body[0].lineno, node.body[-1].end_lineno or node.body[-1].lineno
    shift = node.col_offset - node.body[0].col_offset
    body = Source(source.shift_lines(first, last, shift)).lines[first - 1 : last]
    yield 3, source.replace_lines(node.lineno, node.end_lineno or node.lineno, body)


def _chained_calls_reordered(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``x.m(a).m(b)`` where ``x.m(b).m(a)`` was meant: two calls of one method
    chained, their arguments swapped."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call)):
        return
    inner = node.func.value
    if isinstance(inner.func, ast.Attribute) and inner.func.attr == node.func.attr and inner.args and node.args:
        (a_start, _), (_, a_end) = source.span(inner.args[0]), source.span(inner.args[-1])
        (b_start, _), (_, b_end) = source.span(node.args[0]), source.span(node.args[-1])
        text = source.text
        yield 3, text[:a_start] + text[b_start:b_end] + text[a_end:b_start] + text[a_start:a_end] + text[b_end:]


def _builtin_shadowed(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """``sum = sum(...)``: every use of the local renamed, the builtin's calls kept."""
    stored = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
              and isinstance(getattr(builtins, n.id, None), type(len))}
    for name in sorted(stored):
        called = {id(n.func) for n in ast.walk(function) if isinstance(n, ast.Call)}
        uses = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name and id(n) not in called]
        text = source.text
        for node in sorted(uses, key=source.span, reverse=True):
            start, end = source.span(node)
            text = text[:start] + f"{name}_" + text[end:]
        yield 2, text


def _argument_unused(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef, lines: set[int]) -> Iterator[Candidate]:
    """A parameter nothing reads (``default``) and a ``return None`` on a suspect
    line: the parameter returned there."""
    read = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    unused = [a.arg for a in (*function.args.args, *function.args.kwonlyargs) if a.arg not in read and a.arg not in ("self", "cls")]
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.lineno in lines and isinstance(node.value, ast.Constant) and node.value.value is None:
            for name in unused:
                yield 3, source.replace_node(node.value, name)


def _generator_reused(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef, tree: ast.Module) -> Iterator[Candidate]:
    """``xs = gen(...)`` read twice, where ``gen`` yields: the second pass finds it
    spent; ``list(gen(...))``."""
    generators = {f.name for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                  and any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(f))}
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) and node.value.func.id in generators):
            continue
        name = node.targets[0].id
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
        if len(reads) >= 2:
            yield 3, source.replace_node(node.value, f"list({source.segment(node.value)})")
