"""Edits everyday bugs need beyond one-token mutations, each named by its mechanism.

* swapped operands or arguments: ``gcd(a % b, b)`` for ``gcd(b, a % b)``,
  ``n - have`` for ``have - n``, ``[i, j]`` for ``[j, i]``;
* a lost call around a value: ``abs(x - y)``, ``len(w)``, ``int(d)``, ``sorted(xs)``;
* a function that computes a value and never returns it: ``return <local>``;
* a mutable default argument (one list shared by every call): ``=None`` and a
  fresh value in the body;
* a set or dict tested for membership and never filled: ``seen.add(node)``
  after the test (the visit that never marks);
* a recursive function with no base case: a guard on a parameter, returning it,
  ``0`` or, once a sequence is used up (``not parts``), the other parameter
  (``lookup(context, parts)`` returns ``context``);
* ``dict.get`` or another lookup that gave ``None``: a guard that returns early;
* a handler that catches another exception than the one raised in its ``try``:
  both types, or the raised one;
* a statement one place too early: moved after the compound statement below it;
* a method of a builtin type replaced by a sibling of the same family
  (``isalpha``/``isalnum``, ``split``/``splitlines``, ``keys``/``values``,
  ``append``/``extend``), or a repository class's method by another of that class
  taking as many arguments;
* a string literal one typo away from a string the failing run expected;
* a statement lost that the function's own statements spell: a copy of one of
  them, its names renamed the way two parallel statements differ
  (``out.extend(a[i:])`` gives ``out.extend(b[j:])`` when the function also has
  ``out.append(a[i])`` and ``out.append(b[j])``), inserted after it or before a
  suspect statement (``seen.add(start)`` gives ``seen.add(nxt)`` before the
  recursive call);
* an empty input not handled: a guard that returns early when a parameter the
  function indexes is empty;
* a number joined to a string that lost its quotes (``com += 0`` where ``com``
  is a string): the number quoted, each alone and all of the function's at once
  (the same slip is usually made on every branch), a name as ``str(name)``;
* a number written as a string (``ans != 'inf'``, ``x < '10'``): the number;
* a sort in the wrong order: ``sorted(xs)`` and ``xs.sort()`` with
  ``reverse=True`` added, or dropped;
* a predicate whose answers are all inverted (``return True`` where each
  ``return False`` is, and back): every boolean the function returns flipped at
  once, as one edit.

Each yields ``(cost, whole new text)``; costs share the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import builtins
import copy
import difflib
import re
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source, indent_of, lines_of

Candidate = tuple[int, str]

_NON_COMMUTATIVE = (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.Add)
_WRAPPERS = ("len", "int", "sorted", "abs")
_MUTABLE = (ast.List, ast.Dict, ast.Set)
_EMPTY = ("0", "None", "[]", "0.0", '""', "False", "{}")
_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("isalnum", "isalpha", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle"),
    ("lower", "upper", "capitalize", "title", "casefold", "swapcase"),
    ("split", "rsplit", "splitlines", "partition", "rpartition"),
    ("strip", "lstrip", "rstrip"),
    ("find", "rfind", "index", "rindex", "count"),
    ("startswith", "endswith"),
    ("keys", "values", "items"),
    ("append", "extend", "insert", "add", "update"),
    ("pop", "popleft", "remove", "discard"),
    ("sort", "reverse"),
)
_SIBLINGS = {name: [m for m in family if m != name] for family in _FAMILIES for name in family}


def edits(text: str, lines: Iterable[int], exc_type: str | None = None, output: str = "") -> Iterator[Candidate]:
    """Whole-file candidates on ``lines``; ``exc_type``: the exception the run
    raised; ``output``: what it printed."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    members = _class_methods(tree)
    expected = set(re.findall(r"'([^'\n]{2,40})'|\"([^\"\n]{2,40})\"", output))
    expected_strings = {a or b for a, b in expected}
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in wanted:
            yield from _swaps(source, node)
            yield from _wraps(source, node, parents.get(node))
            yield from _sibling_methods(source, node, members)
            yield from _literal_typo(source, node, expected_strings)
            yield from _numeral_string(source, node, parents.get(node))
            yield from _sort_order(source, node)
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and wanted & lines_of(function):
            yield from _lost_return(source, function)
            yield from _mutable_default(source, function)
            yield from _never_filled(source, function)
            yield from _base_case(source, function)
            yield from _none_guard(source, function)
            yield from _empty_guard(source, function)
            yield from _copied_statements(source, function, wanted)
            yield from _number_joined_to_string(source, function, wanted)
            yield from _answers_inverted(source, function)
    if exc_type and hasattr(builtins, exc_type):
        yield from _handler_type(source, tree, exc_type)
    yield from _moved_later(source, tree, wanted)


def _class_methods(tree: ast.Module) -> dict[str, list[tuple[str, int]]]:
    """For each method name of the file's classes, the class's methods (name, arity)."""
    table: dict[str, list[tuple[str, int]]] = {}
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            methods = [(n.name, len(n.args.args)) for n in cls.body
                       if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and not n.name.startswith("__")]
            for name, _ in methods:
                table.setdefault(name, []).extend(methods)
    return table


def _sibling_methods(source: Source, node: ast.AST, members: dict[str, list[tuple[str, int]]]) -> Iterator[Candidate]:
    """``x.m(...)`` with ``m`` replaced by a method of the same family or class."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return
    name, start = node.func.attr, source.span(node.func)[1] - len(node.func.attr)
    arity = len(node.args) + 1
    others = [(3, m) for m in _SIBLINGS.get(name, [])]
    others += [(4, m) for m, n in members.get(name, []) if m != name and n == arity]
    for cost, other in dict.fromkeys(others):
        yield cost, source.text[:start] + other + source.text[start + len(name) :]


def _literal_typo(source: Source, node: ast.AST, expected: set[str]) -> Iterator[Candidate]:
    """A string literal close to, but not, a string the failing run expected."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and 2 <= len(node.value) <= 40):
        return
    for word in difflib.get_close_matches(node.value, expected - {node.value}, n=2, cutoff=0.75):
        yield 3, source.replace_node(node, repr(word))


def _swaps(source: Source, node: ast.AST) -> Iterator[Candidate]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, _NON_COMMUTATIVE):
        op = source.text[source.span(node.left)[1] : source.span(node.right)[0]]
        yield 3, source.replace_node(node, source.segment(node.right) + op + source.segment(node.left))
    elif isinstance(node, ast.Call) and len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args):
        for a, b in zip(node.args, node.args[1:]):
            yield 3, _swap_two(source, a, b)
    elif isinstance(node, (ast.List, ast.Tuple)) and isinstance(node.ctx, ast.Load) and 2 <= len(node.elts) <= 8:
        for a, b in zip(node.elts, node.elts[1:]):
            yield 3, _swap_two(source, a, b)


def _swap_two(source: Source, a: ast.AST, b: ast.AST) -> str:
    (a_start, a_end), (b_start, b_end) = source.span(a), source.span(b)
    text = source.text
    return text[:a_start] + text[b_start:b_end] + text[a_end:b_start] + text[a_start:a_end] + text[b_end:]


def _wraps(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id in _WRAPPERS:
        return
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
        yield 3, source.replace_node(node, f"abs({source.segment(node)})")
    elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and not isinstance(parent, (ast.Call, ast.Attribute)):
        for rank, wrapper in enumerate(_WRAPPERS[:3]):
            yield 4 + rank // 2, source.replace_node(node, f"{wrapper}({node.id})")


def _locals(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    names: dict[str, None] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names[node.id] = None
    return list(names)


def _body_indent(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    return indent_of(source.line(function.body[0].lineno))


def _lost_return(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """A function that builds a value and returns nothing: return each local, the last assigned first."""
    if any(isinstance(n, ast.Return) and n.value is not None for n in ast.walk(function)) or isinstance(function.body[-1], ast.Return):
        return
    indent = _body_indent(source, function)
    end = function.end_lineno or function.lineno
    for rank, name in enumerate(reversed(_locals(function))):
        yield 3 + min(rank, 2), source.replace_lines(end + 1, end, [f"{indent}return {name}\n"])


def _mutable_default(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """``def f(x, seen=[])``: one list for every call; make it ``None`` and build it per call."""
    positional = function.args.args[len(function.args.args) - len(function.args.defaults) :]
    pairs = list(zip(positional, function.args.defaults)) + [
        (a, d) for a, d in zip(function.args.kwonlyargs, function.args.kw_defaults) if d is not None]
    for arg, default in pairs:
        mutable = isinstance(default, _MUTABLE) or (
            isinstance(default, ast.Call) and isinstance(default.func, ast.Name) and default.func.id in ("list", "dict", "set"))
        if not mutable:
            continue
        fresh = source.segment(default)
        first = _first_statement(function)
        indent = indent_of(source.line(first.lineno))
        guard = [f"{indent}if {arg.arg} is None:\n", f"{indent}    {arg.arg} = {fresh}\n"]
        text = Source(source.replace_lines(first.lineno, first.lineno - 1, guard))
        start, end = source.span(default)
        yield 2, text.text[:start] + "None" + text.text[end:]


def _never_filled(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """``if node in seen: return`` with nothing ever added to ``seen``: add after the test."""
    filled = {n.func.value.id for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
              and isinstance(n.func.value, ast.Name) and n.func.attr in ("add", "append", "update", "setdefault")}
    filled |= {n.value.id for n in ast.walk(function) if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store)
               and isinstance(n.value, ast.Name)}
    for node in ast.walk(function):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare) and len(node.test.ops) == 1
                and isinstance(node.test.ops[0], (ast.In, ast.NotIn)) and isinstance(node.test.comparators[0], ast.Name)):
            continue
        store, item = node.test.comparators[0].id, source.segment(node.test.left)
        if store in filled:
            continue
        indent = indent_of(source.line(node.lineno))
        end = node.end_lineno or node.lineno
        for method in ("add", "append"):
            if isinstance(node.test.ops[0], ast.In):
                yield 3, source.replace_lines(end + 1, end, [f"{indent}{store}.{method}({item})\n"])
            else:
                inner = indent_of(source.line(node.body[0].lineno))
                yield 3, source.replace_lines(node.body[0].lineno, node.body[0].lineno - 1, [f"{inner}{store}.{method}({item})\n"])


def _base_case(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """A function that calls itself with no early return before: guard a parameter."""
    recursive = any(isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))
                    and getattr(n.func, "id", getattr(n.func, "attr", None)) == function.name for n in ast.walk(function))
    if not recursive:
        return
    params = [a.arg for a in function.args.args if a.arg != "self"][:2]
    first = function.body[0]
    indent = indent_of(source.line(first.lineno))
    for param in params:
        # an emptied sequence ends a walk down a path: what was reached so far, the other parameter
        others = [(f"not {param}", o) for o in params if o != param]
        for test, value in ((f"{param} < 2", param), (f"{param} <= 0", "0"), (f"not {param}", param), *others):
            guard = [f"{indent}if {test}:\n", f"{indent}    return {value}\n"]
            yield 4, source.replace_lines(first.lineno, first.lineno - 1, guard)


def _none_guard(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """``x = d.get(k)`` used as if always there: return early when it is ``None``."""
    for node in function.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "get"):
            continue
        name = node.targets[0].id
        indent = indent_of(source.line(node.lineno))
        end = node.end_lineno or node.lineno
        for rank, value in enumerate(_EMPTY):
            yield 4 + rank // 3, source.replace_lines(end + 1, end, [f"{indent}if {name} is None:\n", f"{indent}    return {value}\n"])


def _handler_type(source: Source, tree: ast.Module, exc_type: str) -> Iterator[Candidate]:
    """``except TypeError:`` around code that raised ``ValueError``: catch both, first
    (``int(x)`` raises either, and the handler was written for one), or only what
    is raised."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name) and node.type.id != exc_type:
            yield 2, source.replace_node(node.type, f"({node.type.id}, {exc_type})")
            yield 2, source.replace_node(node.type, exc_type)


def _moved_later(source: Source, tree: ast.Module, lines: set[int]) -> Iterator[Candidate]:
    """A one-line statement placed before the compound statement it should follow."""
    for node in ast.walk(tree):
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if not isinstance(body, list):
                continue
            for stmt, after in zip(body, body[1:]):
                if (stmt.lineno in lines and stmt.lineno == stmt.end_lineno and isinstance(after, (ast.If, ast.For, ast.While, ast.With, ast.Try))
                        and indent_of(source.line(stmt.lineno)) == indent_of(source.line(after.lineno))):
                    end = after.end_lineno or after.lineno
                    moved = source.lines[stmt.lineno : end] + [source.lines[stmt.lineno - 1]]
                    yield 5, source.replace_lines(stmt.lineno, end, moved)


def _empty_guard(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """``nums[0]`` on an empty list: return early when a parameter the function
    indexes is empty, with each empty value of the return's kinds."""
    indexed = {n.value.id for n in ast.walk(function) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)}
    params = [a.arg for a in function.args.args if a.arg in indexed]
    if not params:
        return
    first = _first_statement(function)
    indent = indent_of(source.line(first.lineno))
    for param in params[:2]:
        for rank, value in enumerate(_EMPTY):
            yield 4 + rank // 3, source.replace_lines(first.lineno, first.lineno - 1,
                                                       [f"{indent}if not {param}:\n", f"{indent}    return {value}\n"])


def _first_statement(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.stmt:
    """The function's first statement after its docstring."""
    first = function.body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
    return function.body[1] if docstring and len(function.body) > 1 else first


_COPYABLE = (ast.Expr, ast.AugAssign, ast.Assign)


def _copied_statements(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef, lines: set[int]) -> Iterator[Candidate]:
    """A lost statement rebuilt from the function's own one-line statements (see
    the module docstring): renamed copies right after their model, then each
    copy before a suspect statement of the function."""
    statements = [n for n in ast.walk(function) if isinstance(n, _COPYABLE) and n.lineno == n.end_lineno
                  and not (isinstance(n, ast.Expr) and not isinstance(n.value, ast.Call))]
    renamings = _parallel_renamings(statements)
    places = [(n.lineno, indent_of(source.line(n.lineno))) for n in ast.walk(function)
              if isinstance(n, ast.stmt) and n is not function and n.lineno in lines]
    places += [(body[-1].end_lineno + 1, indent_of(source.line(body[-1].lineno))) for body in _blocks(function)
               if body[-1].lineno in lines and body[-1].end_lineno is not None]
    written = {source.line(n.lineno).strip() for n in statements}
    for model in statements:
        copies = [_renamed(model, renaming) for renaming in renamings]
        copies = [c for c in dict.fromkeys(copies) if c is not None and c not in written]
        indent = indent_of(source.line(model.lineno))
        for copy_ in copies:
            yield 4, source.replace_lines(model.lineno + 1, model.lineno, [f"{indent}{copy_}\n"])
        for copy_ in [source.line(model.lineno).strip(), *copies]:
            for line, indent in places:
                if line not in (model.lineno, model.lineno + 1):
                    yield 6, source.replace_lines(line, line - 1, [f"{indent}{copy_}\n"])


def _blocks(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[list[ast.stmt]]:
    """Each statement list inside ``function``, its own body included."""
    for node in ast.walk(function):
        for name in ("body", "orelse", "finalbody"):
            body = getattr(node, name, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                yield body


def _parallel_renamings(statements: list[ast.stmt]) -> list[dict[str, str]]:
    """Name maps between statements of the same shape that differ only in names
    (``out.append(a[i])`` and ``out.append(b[j])``: ``a -> b, i -> j`` and back)."""
    found: list[dict[str, str]] = []
    shapes: dict[str, list[list[str]]] = {}
    for node in statements:
        names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]
        shape = ast.dump(_Anonymous().visit(copy.deepcopy(node)))
        for other in shapes.get(shape, []):
            forward = dict(zip(other, names))
            backward = dict(zip(names, other))
            consistent = len(set(forward.items())) == len(set(forward)) == len(set(backward))
            if consistent and any(a != b for a, b in forward.items()):
                found += [{a: b for a, b in forward.items() if a != b}, {b: a for a, b in forward.items() if a != b}]
        shapes.setdefault(shape, []).append(names)
    return [dict(r) for r in dict.fromkeys(tuple(sorted(r.items())) for r in found)][:6]


class _Anonymous(ast.NodeTransformer):
    """Every name the same, so two statements compare by shape alone."""

    def visit_Name(self, node: ast.Name) -> ast.Name:  # noqa: N802 - ast's visitor naming
        return ast.Name(id="_", ctx=node.ctx)


def _renamed(statement: ast.stmt, renaming: dict[str, str]) -> str | None:
    """``statement`` with ``renaming`` applied to its names; ``None`` when it touches none."""
    names = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)}
    if not names & renaming.keys():
        return None
    changed = copy.deepcopy(statement)
    for node in ast.walk(changed):
        if isinstance(node, ast.Name):
            node.id = renaming.get(node.id, node.id)
    return ast.unparse(changed)


def _string_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names the function assigns a string to (a literal, an f-string, ``str(...)``)."""
    names = set()
    for node in ast.walk(function):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = node.value
            text = (isinstance(value, ast.Constant) and isinstance(value.value, str)) or isinstance(value, ast.JoinedStr) or (
                isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "str")
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if text and isinstance(t, ast.Name)}
    return names


def _is_string(node: ast.AST, strings: set[str]) -> bool:
    return (isinstance(node, ast.Name) and node.id in strings) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _number_joined_to_string(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef, lines: set[int]) -> Iterator[Candidate]:
    """``com += 0`` or ``s + 1`` where ``com`` and ``s`` are strings (see the module docstring)."""
    strings = _string_names(function)
    joined: list[ast.AST] = []
    for node in ast.walk(function):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add) and _is_string(node.target, strings):
            joined.append(node.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            joined += [b for a, b in ((node.left, node.right), (node.right, node.left)) if _is_string(a, strings)]
    numbers = [n for n in joined if isinstance(n, ast.Constant) and type(n.value) in (int, float)]
    if not any(n.lineno in lines for n in joined):  # type: ignore[attr-defined]
        return
    for node in joined:
        if node in numbers:
            yield 3, source.replace_node(node, repr(str(node.value)))  # type: ignore[attr-defined]
        elif isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)) and not _is_string(node, strings):
            yield 4, source.replace_node(node, f"str({source.segment(node)})")
    if len(numbers) > 1:
        text = source.text
        for node in sorted(numbers, key=source.span, reverse=True):
            start, end = source.span(node)
            text = text[:start] + repr(str(node.value)) + text[end:]  # type: ignore[attr-defined]
        yield 3, text


_NUMERALS = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|inf|infinity|nan)", re.IGNORECASE)


def _numeral_string(source: Source, node: ast.AST, parent: ast.AST | None) -> Iterator[Candidate]:
    """A string spelling a number, compared or computed with (``ans != 'inf'``): the number."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and _NUMERALS.fullmatch(node.value.strip())):
        return
    if not (isinstance(parent, ast.Compare) or isinstance(parent, ast.BinOp) and not isinstance(parent.op, ast.Mod)):
        return
    value = node.value.strip()
    number = value if re.fullmatch(r"[-+]?\d+(?:\.\d*)?", value) else f"float({value!r})"
    yield 3, source.replace_node(node, number)


def _sort_order(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``sorted(xs)`` / ``xs.sort()`` with ``reverse=True`` added, or dropped."""
    if not (isinstance(node, ast.Call) and (getattr(node.func, "id", None) == "sorted" or getattr(node.func, "attr", None) == "sort")):
        return
    reverse = next((k for k in node.keywords if k.arg == "reverse"), None)
    if reverse is None:
        end = source.span(node)[1] - 1  # the closing parenthesis
        separator = ", " if node.args or node.keywords else ""
        yield 3, source.text[:end] + separator + "reverse=True" + source.text[end:]
    else:
        kept = [source.segment(a) for a in node.args] + [source.segment(k) for k in node.keywords if k is not reverse]
        yield 3, source.replace_node(node, f"{source.segment(node.func)}({', '.join(kept)})")


def _answers_inverted(source: Source, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[Candidate]:
    """Each ``return True``/``return False`` of the function flipped, all at once
    (two or more of them; one alone is a single mutation)."""
    answers = [n.value for n in ast.walk(function) if isinstance(n, ast.Return) and isinstance(n.value, ast.Constant)
               and isinstance(n.value.value, bool)]
    if len(answers) < 2:
        return
    text = source.text
    for node in sorted(answers, key=source.span, reverse=True):
        start, end = source.span(node)
        text = text[:start] + repr(not node.value) + text[end:]  # type: ignore[attr-defined]
    yield 4, text
