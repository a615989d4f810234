"""Fixes for a step left out: code whose every token is right but that misses a
statement or a word the rest of the function implies. Bug studies name these the
omission faults (a missing return, a missing update, a loop written as ``if``).

Each rule reads the shape of the function around a suspect line, never its names:

* a predicate that falls off its end (``return False`` on one path, nothing after
  the last statement): ``return True`` (or ``False``) appended;
* ``if`` where ``while`` was meant: the body assigns what the test reads, so one
  step was meant to repeat (``if parent[root] != root: root = parent[root]``);
* the result of a call thrown away: a function of the file that returns a value,
  called as a statement (``step(alive)``): its result assigned to the argument it
  was computed from; a call as a statement in a function that returns nothing
  else (``func(n)`` inside ``try``): ``return`` of the call;
* a counter never advanced: an attribute or local set to a number once and only
  read (``self.counter`` in a heap entry as a tie-break): ``+= 1`` after the read;
* a timestamp never moved on: ``now - self.updated`` where ``self.updated`` is set
  only in ``__init__``: ``self.updated = now`` at the end of the method;
* a running bound overwritten: ``cursor = end`` in a loop that reads ``cursor``
  (a merge of intervals): ``cursor = max(cursor, end)``, or ``min``;
* a condition left out of a test on an object that carries a flag (an attribute
  the file sets to ``True``/``False``): ``return node is not None`` for ``...
  and node.end``.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source, indent_of, lines_of

Candidate = tuple[int, str]
Function = ast.FunctionDef | ast.AsyncFunctionDef


def lapse_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the omissions above near ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    returning = _returning_functions(tree)
    flags = _flags(tree)
    for function in _functions(tree):
        body_lines = lines_of(function)
        if not wanted & body_lines:
            continue
        yield from _falls_off_the_end(source, function)
        yield from _time_never_moved_on(source, function)
        for node in ast.walk(function):
            if getattr(node, "lineno", None) not in wanted:
                continue
            yield from _if_meant_while(source, node)
            yield from _result_dropped(source, node, function, returning)
            yield from _running_bound(source, node, function)
            yield from _counter_never_advanced(source, node, tree, function)
            yield from _flag_left_out(source, node, flags)


def _functions(tree: ast.Module) -> Iterator[Function]:
    """Every function and method of the file."""
    return (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))


def _own_nodes(function: Function) -> Iterator[ast.AST]:
    """The nodes of ``function`` outside the functions and classes nested in it."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            stack.extend(ast.iter_child_nodes(node))


def _returning_functions(tree: ast.Module) -> set[str]:
    """Names of the file's functions that return a value somewhere."""
    return {f.name for f in _functions(tree)
            if any(isinstance(n, ast.Return) and n.value is not None for n in _own_nodes(f))}


def _append_to_body(source: Source, function: Function, line: str) -> str:
    """``function`` with ``line`` (no indentation) as its last statement."""
    end = function.end_lineno or function.lineno
    return source.replace_lines(end + 1, end, [indent_of(source.line(function.body[0].lineno)) + line + "\n"])


def _falls_off_the_end(source: Source, function: Function) -> Iterator[Candidate]:
    """``return False`` on one path and nothing at the end: the other answer appended."""
    answers = [n.value.value for n in _own_nodes(function) if isinstance(n, ast.Return)
               and isinstance(n.value, ast.Constant) and isinstance(n.value.value, bool)]
    if not answers or isinstance(function.body[-1], (ast.Return, ast.Raise, ast.While)):
        return
    common = max(set(answers), key=answers.count)
    yield 3, _append_to_body(source, function, f"return {not common}")
    yield 4, _append_to_body(source, function, f"return {common}")


def _if_meant_while(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``if test: x = ...`` where the body assigns what ``test`` reads: a loop."""
    if not (isinstance(node, ast.If) and not node.orelse):
        return
    read = {ast.unparse(n) for n in ast.walk(node.test) if isinstance(n, (ast.Name, ast.Attribute, ast.Subscript))}
    # a step from the value itself ('x = parent[x]', 'n -= 1'), not a clamp ('if n > 9: n = 9')
    stored = {ast.unparse(t) for stmt in node.body for n in ast.walk(stmt) if isinstance(n, (ast.Assign, ast.AugAssign))
              for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
              if isinstance(n, ast.AugAssign) or ast.unparse(t) in {ast.unparse(v) for v in ast.walk(n.value)}}
    line = source.line(node.lineno)
    if read & stored and line[node.col_offset : node.col_offset + 3] == "if ":
        new = line[: node.col_offset] + "while " + line[node.col_offset + 3 :] + "\n"
        yield 3, source.replace_lines(node.lineno, node.lineno, [new])


def _result_dropped(source: Source, node: ast.AST, function: Function, returning: set[str]) -> Iterator[Candidate]:
    """``step(alive)`` as a statement: ``alive = step(alive)``; a plain call in a
    function that returns no value: ``return`` of it."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)):
        return
    call, name = node.value, node.value.func.id
    if hasattr(builtins, name):
        return
    written = source.segment(call)
    if name in returning:
        for argument in dict.fromkeys(a.id for a in call.args if isinstance(a, ast.Name)):
            yield 3, source.replace_node(node, f"{argument} = {written}")
    if not any(isinstance(n, ast.Return) and n.value is not None for n in _own_nodes(function)):
        yield 4, source.replace_node(node, f"return {written}")


def _running_bound(source: Source, node: ast.AST, function: Function) -> Iterator[Candidate]:
    """``cursor = end`` inside a loop of a function that reads ``cursor``: the
    running maximum (or minimum) was meant, not the last value."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], (ast.Name, ast.Attribute))
            and isinstance(node.value, (ast.Name, ast.Attribute, ast.Subscript))):
        return
    target = ast.unparse(node.targets[0])
    loops = [n for n in _own_nodes(function) if isinstance(n, (ast.For, ast.While)) and node.lineno in lines_of(n)]
    read = any(isinstance(n, (ast.Name, ast.Attribute)) and isinstance(n.ctx, ast.Load) and ast.unparse(n) == target
               for n in _own_nodes(function))
    if loops and read:
        value = source.segment(node.value)
        for rank, bound in enumerate(("max", "min")):
            yield 3 + rank, source.replace_node(node.value, f"{bound}({target}, {value})")


def _counter_never_advanced(source: Source, node: ast.AST, tree: ast.Module, function: Function) -> Iterator[Candidate]:
    """A statement reading a counter that is set to a number once and never
    changed: ``counter += 1`` after it."""
    if not isinstance(node, ast.stmt) or isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.Return)):
        return
    stores: dict[str, list[ast.AST]] = {}
    scope = tree if _in_class(function, tree) else function
    for n in ast.walk(scope):
        for target in (n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, (ast.AugAssign, ast.AnnAssign)) else []):
            stores.setdefault(ast.unparse(target), []).append(n)
    indent = indent_of(source.line(node.lineno))
    end = node.end_lineno or node.lineno
    for read in dict.fromkeys(ast.unparse(n) for n in ast.walk(node) if isinstance(n, (ast.Name, ast.Attribute))
                              and isinstance(n.ctx, ast.Load)):
        only = stores.get(read, [])
        if len(only) == 1 and isinstance(only[0], ast.Assign) and isinstance(only[0].value, ast.Constant) \
                and type(only[0].value.value) is int and only[0] is not node:
            yield 3, source.replace_lines(end + 1, end, [f"{indent}{read} += 1\n"])


def _in_class(function: Function, tree: ast.Module) -> bool:
    """Whether ``function`` is a method: its counters are attributes that any
    method of the file may advance."""
    return any(isinstance(c, ast.ClassDef) and function in c.body for c in ast.walk(tree))


def _time_never_moved_on(source: Source, function: Function) -> Iterator[Candidate]:
    """``elapsed = now - self.updated`` with ``self.updated`` never set here: the
    mark moved on to ``now`` at the end of the method."""
    if function.name == "__init__":
        return
    stored = {ast.unparse(t) for n in _own_nodes(function) if isinstance(n, (ast.Assign, ast.AugAssign))
              for t in (n.targets if isinstance(n, ast.Assign) else [n.target])}
    for node in _own_nodes(function):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.left, ast.Name) \
                and isinstance(node.right, ast.Attribute) and ast.unparse(node.right) not in stored:
            last = function.body[-1]
            line = f"{ast.unparse(node.right)} = {node.left.id}"
            if isinstance(last, ast.Return):
                indent = indent_of(source.line(last.lineno))
                yield 3, source.replace_lines(last.lineno, last.lineno - 1, [f"{indent}{line}\n"])
            else:
                yield 3, _append_to_body(source, function, line)


def _flags(tree: ast.Module) -> list[str]:
    """Attributes the file sets to ``True`` or ``False`` (``self.end = False``)."""
    return list(dict.fromkeys(t.attr for n in ast.walk(tree) if isinstance(n, ast.Assign)
                              and isinstance(n.value, ast.Constant) and isinstance(n.value.value, bool)
                              for t in n.targets if isinstance(t, ast.Attribute)))


def _flag_left_out(source: Source, node: ast.AST, flags: list[str]) -> Iterator[Candidate]:
    """``return node is not None`` where the answer also needs ``node.end``: the
    test joined with each flag of each object it names."""
    test = node.value if isinstance(node, ast.Return) else node.test if isinstance(node, (ast.If, ast.While)) else None
    if test is None or not flags or isinstance(test, ast.BoolOp):
        return
    names = dict.fromkeys(n.id for n in ast.walk(test) if isinstance(n, ast.Name) and n.id != "self" and not hasattr(builtins, n.id))
    for name in list(names)[:2]:
        for flag in flags[:3]:
            yield 4, source.replace_node(test, f"{source.segment(test)} and {name}.{flag}")
