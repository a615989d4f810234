"""Small semantic mutations near a failure, for bugs that still run.

DebugBench's logic bugs (and many reference bugs that do not crash) are one-token
slips: ``<`` for ``<=``, ``+`` for ``-``, ``k+1`` for ``k``, the wrong variable,
``True`` for ``False``, ``[0]`` for ``[-1]``, ``min`` for ``max``, a line too many.
Each mutation rewrites one node (``ast.unparse`` of a changed copy, spliced over
the node's own text so the rest of the file keeps its layout) and carries a cost
from how often that kind of slip happens; the session runs them cheapest first.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source

Candidate = tuple[int, str]

_COMPARE: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE, ast.Gt, ast.GtE, ast.NotEq), ast.LtE: (ast.Lt, ast.GtE, ast.Gt),
    ast.Gt: (ast.GtE, ast.Lt, ast.LtE, ast.NotEq), ast.GtE: (ast.Gt, ast.LtE, ast.Lt),
    ast.Eq: (ast.NotEq, ast.LtE, ast.GtE), ast.NotEq: (ast.Eq, ast.Gt, ast.Lt),
    ast.In: (ast.NotIn,), ast.NotIn: (ast.In,), ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,),
}
_BINOP: dict[type, tuple[type, ...]] = {
    ast.Add: (ast.Sub, ast.Mult), ast.Sub: (ast.Add,), ast.Mult: (ast.FloorDiv, ast.Add, ast.Pow),
    ast.FloorDiv: (ast.Div, ast.Mult, ast.Mod), ast.Div: (ast.FloorDiv, ast.Mult), ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,), ast.BitAnd: (ast.BitOr, ast.BitXor), ast.BitOr: (ast.BitAnd, ast.BitXor),
    ast.BitXor: (ast.BitOr, ast.BitAnd), ast.LShift: (ast.RShift,), ast.RShift: (ast.LShift,),
}
SWAPS = {
    "min": "max", "max": "min", "any": "all", "all": "any", "append": "appendleft", "appendleft": "append",
    "pop": "popleft", "popleft": "pop", "floor": "ceil", "ceil": "floor", "left": "right", "right": "left",
    "bisect_left": "bisect_right", "bisect_right": "bisect_left", "heappop": "heappush", "remove": "pop",
    "and_": "or_", "or_": "and_",
}


def mutations(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file mutants that change one node on one of ``lines``, with costs."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    scope = scope_names(tree)
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) not in wanted or id(node) in in_fstring:
            continue
        for cost, new in _node_mutants(node, parents.get(node), scope):
            yield cost, source.replace_expression(node, new)
        if isinstance(node, ast.stmt):
            yield from if_to_for(source, node)
            yield from _block_moves(source, node, parents.get(node))
            if node.lineno == node.end_lineno:
                yield from _statement_moves(source, node, parents.get(node))
    for line in sorted(wanted):
        yield from _shifted_subscripts(source, tree, line)
    yield from _uncomment(source, wanted)
    yield from _unquote(source, tree, wanted)


def _node_mutants(node: ast.AST, parent: ast.AST | None, scope: dict[int, list[str]]) -> Iterator[tuple[int, str]]:
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            for rank, other in enumerate(_COMPARE.get(type(op), ())):
                yield 1 + min(rank, 2), _with(node, lambda n, i=index, o=other: n.ops.__setitem__(i, o()))
    elif isinstance(node, ast.BinOp):
        for rank, other in enumerate(_BINOP.get(type(node.op), ())):
            yield 2 + rank, _with(node, lambda n, o=other: setattr(n, "op", o()))
        if isinstance(node.right, ast.Constant) and node.right.value in (1, 2) and isinstance(node.op, (ast.Add, ast.Sub)):
            atom = isinstance(node.left, (ast.Name, ast.Call, ast.Subscript, ast.Attribute, ast.Constant))
            yield 1, ast.unparse(node.left) if atom else "(" + ast.unparse(node.left) + ")"
    elif isinstance(node, ast.AugAssign):
        for rank, other in enumerate(_BINOP.get(type(node.op), ())):
            yield 2 + rank, _with(node, lambda n, o=other: setattr(n, "op", o()), wrap=False)
    elif isinstance(node, ast.BoolOp):
        other = ast.Or if isinstance(node.op, ast.And) else ast.And
        yield 2, _with(node, lambda n: setattr(n, "op", other()))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        yield 2, "(" + ast.unparse(node.operand) + ")"
    elif isinstance(node, ast.Constant):
        yield from _constant_mutants(node)
    elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        yield from _name_mutants(node, parent, scope)
    elif isinstance(node, ast.Attribute) and node.attr in SWAPS:
        yield 2, ast.unparse(node.value) + "." + SWAPS[node.attr]
    elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        yield 4, ast.unparse(node.value)
        if not isinstance(node.slice, (ast.Slice, ast.Constant, ast.Tuple)):
            yield 4, ast.unparse(node.slice)  # the element where its index was meant: 'nums[left]' for 'left'
    elif isinstance(node, ast.Return) and node.value is None:
        # A return whose value was lost: try each local the function computes.
        for rank, name in enumerate(reversed(scope.get(node.lineno, []))):
            yield 2 + min(rank, 3), f"return {name}"
    elif isinstance(node, (ast.Break, ast.Continue)):
        yield 3, "continue" if isinstance(node, ast.Break) else "break"
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Name):
        # A statement that is only a name lost the rest of its line: 'n' was 'n = str(n)'.
        for rank, convert in enumerate(("str", "list", "int", "sorted", "set")):
            yield 3 + rank // 2, f"{node.value.id} = {convert}({node.value.id})"
    if isinstance(parent, (ast.If, ast.While, ast.IfExp)) and parent.test is node:
        yield 3, "not (" + ast.unparse(node) + ")"
    if isinstance(getattr(node, "ctx", None), (ast.Store, ast.Del)):
        return  # a target: 'key, value = ...' has no value to shift (and '(key - 1), value =' does not compile)
    if _is_index(node, parent) and not isinstance(node, ast.Constant):
        yield 2, "(" + ast.unparse(node) + " - 1)"
        yield 2, "(" + ast.unparse(node) + " + 1)"
    elif _is_passed_value(node, parent) and not isinstance(node, ast.Constant):
        # a value one off where it is stored or passed: 'lo = mid' for 'lo = mid + 1',
        # 'hi = len(xs)' for 'len(xs) - 1', 'push((nxt, dist))' for 'dist + 1'
        yield 3, "(" + ast.unparse(node) + " - 1)"
        yield 3, "(" + ast.unparse(node) + " + 1)"


_ATOMS = (ast.Name, ast.Attribute, ast.Call, ast.Subscript)


def _shifted_subscripts(source: Source, tree: ast.Module, line: int) -> Iterator[Candidate]:
    """Every index of one line off by the same one (``a[i+1][j+1]`` for ``a[i][j]``,
    ``w1[i] == w2[j]`` for ``w1[i-1] == w2[j-1]``): both shifts, each as one edit,
    when the line has two indices or more (one alone is a single mutation). Dearer
    than one shifted index: shifting every index of a crash line out of range also
    ends the crash while the bound that overran is elsewhere (``range(51)``)."""
    indices = [n.slice for n in ast.walk(tree) if isinstance(n, ast.Subscript) and n.lineno == line
               and not isinstance(n.slice, (ast.Slice, ast.Tuple, ast.Constant))]
    spans = sorted((source.span(n), n) for n in indices)
    outer = [(span, n) for i, (span, n) in enumerate(spans) if not any(o[0] <= span[0] and span[1] <= o[1] for o, _ in spans[:i])]
    if len(outer) < 2:
        return
    for delta in (-1, 1):
        text = source.text
        for (start, end), node in reversed(outer):
            text = text[:start] + _shifted(source.segment(node), node, delta) + text[end:]
        yield 3, text


def _shifted(written: str, node: ast.expr, delta: int) -> str:
    """``written`` (the text of ``node``) plus ``delta``, folding a constant it adds
    (``i + 1`` minus one is ``i``)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) and isinstance(node.right, ast.Constant) \
            and type(node.right.value) is int:
        offset = (node.right.value if isinstance(node.op, ast.Add) else -node.right.value) + delta
        left = ast.unparse(node.left)
        return left if offset == 0 else f"{left} + {offset}" if offset > 0 else f"{left} - {-offset}"
    base = written if isinstance(node, _ATOMS) or isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) else f"({written})"
    return f"{base} + 1" if delta > 0 else f"{base} - 1"


def _with(node: ast.AST, change, wrap: bool = True) -> str:  # noqa: ANN001 - a small setter lambda
    changed = copy.deepcopy(node)
    change(changed)
    text = ast.unparse(changed)
    return f"({text})" if wrap else text


def _constant_mutants(node: ast.Constant) -> Iterator[tuple[int, str]]:
    value = node.value
    if isinstance(value, bool):
        yield 1, repr(not value)
    elif isinstance(value, int):
        yield 2, repr(value + 1)
        yield 2, repr(value - 1)
        if value not in (0, 1, -1):
            yield 3, "0"
            yield 3, "1"
        if value >= 10 and value % 10 == 0:
            yield 3, repr(value // 10)
        if value in (1, 10, 100, 1000, 10**4, 10**5, 10**6, 10**9):
            yield 4, repr(value * 10)
        yield 4, repr(-value)
    elif isinstance(value, str) and value in ("0", "1"):
        yield 2, repr("1" if value == "0" else "0")


def _name_mutants(node: ast.Name, parent: ast.AST | None, scope: dict[int, list[str]]) -> Iterator[tuple[int, str]]:
    if node.id in SWAPS:
        yield 2, SWAPS[node.id]
    for other in scope.get(node.lineno, []):
        if other != node.id:
            yield 5, other


def _is_passed_value(node: ast.AST, parent: ast.AST | None) -> bool:
    """Whether ``node`` is a number-like value assigned or passed: an assignment's
    value, an argument, or an element of a tuple that is one of those."""
    if not isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.BinOp, ast.Subscript)):
        return False
    if isinstance(parent, ast.Call) and isinstance(node, ast.Call):
        return False  # 'f(g(x))': the inner call's result is rarely the number that is off
    if isinstance(parent, ast.Tuple):
        return True  # a tuple assigned, passed or returned ('lo, hi = 0, len(xs)')
    return isinstance(parent, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and parent.value is node or (
        isinstance(parent, ast.Call) and node in parent.args)


def _is_index(node: ast.AST, parent: ast.AST | None) -> bool:
    """Whether ``node`` is an index, a slice bound, a ``range`` argument or a compared value."""
    if not isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.BinOp, ast.Subscript)):
        return False
    if isinstance(parent, ast.Subscript):
        return parent.slice is node
    if isinstance(parent, ast.Slice):
        return True
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "range":
        return True
    return isinstance(parent, ast.Compare) or isinstance(parent, ast.Return)


def if_to_for(source: Source, node: ast.AST, cost: int = 3) -> Iterator[Candidate]:
    """'if i in range(n):' where 'for i in range(n):' was meant."""
    test = getattr(node, "test", None)
    if not (isinstance(node, ast.If) and isinstance(test, ast.Compare) and len(test.ops) == 1):
        return
    if isinstance(test.ops[0], ast.In) and isinstance(test.left, (ast.Name, ast.Tuple)):
        line = source.line(node.lineno)
        at = node.col_offset
        if line[at : at + 3] == "if ":
            yield cost, source.replace_lines(node.lineno, node.lineno, [line[:at] + "for " + line[at + 3 :] + "\n"])


def _statement_moves(source: Source, node: ast.stmt, parent: ast.AST | None) -> Iterator[Candidate]:
    """Delete a one-line statement, or swap it with its next sibling."""
    body = next((getattr(parent, f) for f in ("body", "orelse", "finalbody") if node in getattr(parent, f, [])), None)
    if body is None:
        return
    line = source.line(node.lineno)
    indent = line[: len(line) - len(line.lstrip())]
    if len(body) > 1 and not isinstance(node, (ast.Return, ast.FunctionDef)):
        yield 5, source.replace_lines(node.lineno, node.lineno, [])
    elif len(body) == 1:
        yield 6, source.replace_lines(node.lineno, node.lineno, [indent + "pass\n"])
    index = body.index(node)
    if index + 1 < len(body):
        nxt = body[index + 1]
        if nxt.lineno == nxt.end_lineno == node.lineno + 1:
            yield 5, source.replace_lines(node.lineno, nxt.lineno, [source.lines[nxt.lineno - 1], source.lines[node.lineno - 1]])


def scope_names(tree: ast.Module) -> dict[int, list[str]]:
    """For each line, the local variable names of the function holding it."""
    table: dict[int, list[str]] = {}
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        names: dict[str, None] = {a.arg: None for a in function.args.args if a.arg != "self"}
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names[node.id] = None
        for line in range(function.lineno, (function.end_lineno or function.lineno) + 1):
            table[line] = list(names)  # inner functions overwrite: they are walked later
    return table


def _body_of(node: ast.stmt, parent: ast.AST | None) -> list[ast.stmt] | None:
    for name in ("body", "orelse", "finalbody"):
        body = getattr(parent, name, None)
        if isinstance(body, list) and node in body:
            return body
    return None


def _block_moves(source: Source, node: ast.stmt, parent: ast.AST | None) -> Iterator[Candidate]:
    """Indentation slips: move this statement and its later siblings one level out,
    or this statement into the compound statement before it."""
    body = _body_of(node, parent)
    if not body or node is body[0] or isinstance(parent, ast.Module):
        return
    index = body.index(node)
    before = body[index - 1]
    indent = len(source.line(node.lineno)) - len(source.line(node.lineno).lstrip())
    outer = len(source.line(parent.lineno)) - len(source.line(parent.lineno).lstrip())  # type: ignore[attr-defined]
    if not isinstance(parent, ast.ClassDef) and indent > outer:
        dead = isinstance(before, (ast.Return, ast.Break, ast.Continue, ast.Raise))
        # a loop whose body ends in 'return' never runs a second time
        once = isinstance(parent, (ast.For, ast.While)) and isinstance(body[-1], ast.Return) and parent.body is body
        yield (1 if dead or once else 4), source.shift_lines(node.lineno, body[-1].end_lineno or node.lineno, outer - indent)
    inner = getattr(before, "body", None)
    if isinstance(inner, list) and inner and not isinstance(before, (ast.FunctionDef, ast.ClassDef)):
        target = len(source.line(inner[-1].lineno)) - len(source.line(inner[-1].lineno).lstrip())
        yield 4, source.shift_lines(node.lineno, node.end_lineno or node.lineno, target - indent)


def _uncomment(source: Source, lines: set[int]) -> Iterator[Candidate]:
    """Code hidden in a comment: '# return x' -> 'return x' at the comment's indentation."""
    for number in sorted(lines):
        line = source.line(number)
        stripped = line.lstrip()
        if stripped.startswith("#") and len(stripped) > 2:
            code = stripped.lstrip("#").strip()
            yield 3, source.replace_lines(number, number, [line[: len(line) - len(stripped)] + code + "\n"])


def _unquote(source: Source, tree: ast.Module, lines: set[int]) -> Iterator[Candidate]:
    """Code hidden in a string statement that is not a docstring ('"if j == k:"', or a
    block between two lines of triple quotes): the code without its quotes. The
    result may need an indentation repair; the engine completes it."""
    for owner, body in _bodies(tree):
        docstring = isinstance(owner, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        for node in body[1:] if docstring else body:
            if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
                continue
            if not node.value.value.strip() or not lines & set(range(node.lineno, (node.end_lineno or node.lineno) + 2)):
                continue
            yield 2, _without_quotes(source, node)


def _without_quotes(source: Source, node: ast.Expr) -> str:
    text = source.segment(node)
    quote = text[:3] if text[:3] in ('"""', "'''") else text[:1]
    inner = text[len(quote) : len(text) - len(quote)]
    start, end = source.span(node)
    indent = source.line(node.lineno)[: node.col_offset]
    code = inner[1:] if inner.startswith("\n") else indent + inner.strip()
    code = code.rstrip(" \t")
    code += "" if code.endswith("\n") else "\n"
    return source.text[: start - len(indent)] + code + source.text[end:].removeprefix("\n")


def _bodies(tree: ast.Module) -> Iterator[tuple[ast.AST, list[ast.stmt]]]:
    """Each statement list with the node that holds it."""
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody"):
            body = getattr(node, name, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                yield node, body
