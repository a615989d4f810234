"""Slips that change a whole expression's meaning while every token is a valid
one: more than one node changes at once, so :mod:`mutate`'s one-node mutations
never reach them. Bug studies file them under wrong operator precedence, wrong
sign, off-by-one and wrong order.

* ``and``/``or`` mixed up in a nested condition (``k == 3 and (k == 2 or c)``
  for ``k == 3 or (k == 2 and c)``): both operators swapped together;
* a sign lost on an exponent (``(1 + r) ** months`` for ``** -months``);
* a one-based number used as a zero-based factor (``page * size`` for ``(page -
  1) * size``): the factor less one;
* two lookups of one table with their keys exchanged (``t[target] / t[source]``);
* alternatives tried in an order where a shorter one shadows a longer one it
  begins (``('=', '==')`` in a tokenizer: ``==`` never matches): each shorter one
  moved after the last alternative it is a prefix of;
* arithmetic grouped the wrong way for want of parentheses (``value - 32 * 5 / 9``
  for ``(value - 32) * 5 / 9``, ``a / b + c`` for ``a / (b + c)``): the other
  grouping of two operators of different precedence;
* the wrong dimension of a grid: ``range(len(grid))`` for the columns, where
  ``len(grid[0])`` was meant;
* a multiple assignment whose targets depend on each other, in the wrong order
  (``node, node.next, prev = node.next, prev, node`` reads ``node`` after it
  changed): each other order of the target-value pairs.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source

Candidate = tuple[int, str]


def slip_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the slips above on ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) not in wanted:
            continue
        yield from _precedence(source, node)
        yield from _sign_of_exponent(source, node)
        yield from _one_based_factor(source, node)
        yield from _keys_exchanged(source, node)
        yield from _shadowed_alternatives(source, node)
        yield from _other_dimension(source, node)
        yield from _regrouped(source, node)
        yield from _assignment_order(source, node)


def _precedence(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``a and (b or c)`` -> ``a or (b and c)``: both operators swapped, one edit."""
    if not (isinstance(node, ast.BoolOp) and any(isinstance(v, ast.BoolOp) and type(v.op) is not type(node.op) for v in node.values)):
        return
    edits: list[tuple[int, int, str]] = []
    for owner in (node, *(v for v in node.values if isinstance(v, ast.BoolOp))):
        word, new = ("and", "or") if isinstance(owner.op, ast.And) else ("or", "and")
        for left, right in zip(owner.values, owner.values[1:]):
            start, end = source.span(left)[1], source.span(right)[0]
            at = source.text.find(word, start, end)  # between two operands only the operator is a word
            if at < 0:
                return
            edits.append((at, at + len(word), new))
    text = source.text
    for start, end, word in sorted(edits, reverse=True):
        text = text[:start] + word + text[end:]
    yield 3, text


def _sign_of_exponent(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``base ** n`` where ``base ** -n`` was meant (a discount, a decay)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and not (
            isinstance(node.right, ast.UnaryOp) and isinstance(node.right.op, ast.USub)):
        right = source.segment(node.right)
        atom = isinstance(node.right, (ast.Name, ast.Attribute, ast.Constant, ast.Call, ast.Subscript))
        yield 3, source.replace_node(node.right, f"-{right}" if atom else f"-({right})")


def _one_based_factor(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``page * size`` where pages count from one: ``(page - 1) * size`` (each factor)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for factor in (node.left, node.right):
            if isinstance(factor, (ast.Name, ast.Attribute)):
                yield 3, source.replace_node(factor, f"({source.segment(factor)} - 1)")


def _keys_exchanged(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``t[a] * x / t[b]`` where ``t[b] * x / t[a]`` was meant: the two keys of one
    table exchanged within one arithmetic expression."""
    if not isinstance(node, ast.BinOp):
        return
    lookups = [n for n in ast.walk(node) if isinstance(n, ast.Subscript) and isinstance(n.slice, (ast.Name, ast.Attribute))]
    for i, first in enumerate(lookups):
        for second in lookups[i + 1 :]:
            if ast.unparse(first.value) == ast.unparse(second.value) and ast.unparse(first.slice) != ast.unparse(second.slice):
                (a_start, a_end), (b_start, b_end) = sorted((source.span(first.slice), source.span(second.slice)))
                text = source.text
                yield 3, text[:a_start] + text[b_start:b_end] + text[a_end:b_start] + text[a_start:a_end] + text[b_end:]


def _shadowed_alternatives(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """A tuple or list of strings tried in order, where one is a prefix of a later
    one: every such shorter string moved after the last one it begins."""
    if not (isinstance(node, (ast.Tuple, ast.List)) and len(node.elts) >= 2
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value for e in node.elts)):
        return
    order = list(node.elts)
    moved = False
    for element in list(order):
        longer = [i for i, other in enumerate(order) if other is not element and other.value.startswith(element.value)]  # type: ignore[attr-defined]
        if longer and max(longer) > order.index(element):
            order.remove(element)
            order.insert(max(longer), element)  # max(longer) shifted down by one: right after it
            moved = True
    if moved:
        written = ", ".join(source.segment(e) for e in order)
        brackets = "[]" if isinstance(node, ast.List) else "()"
        tail = "," if isinstance(node, ast.Tuple) and len(order) == 1 else ""
        yield 2, source.replace_node(node, brackets[0] + written + tail + brackets[1]) if source.segment(node)[:1] in "([" \
            else source.replace_node(node, written)


def _other_dimension(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``range(len(grid))`` where the columns were meant: ``len(grid[0])``."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"):
        return
    for argument in node.args:
        if isinstance(argument, ast.Call) and isinstance(argument.func, ast.Name) and argument.func.id == "len" \
                and len(argument.args) == 1 and isinstance(argument.args[0], (ast.Name, ast.Attribute)):
            yield 3, source.replace_node(argument.args[0], f"{source.segment(argument.args[0])}[0]")


def _assignment_order(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``a, a.next, b = x, y, z`` with a target that another target reads
    (``a`` of ``a.next``): the pairs in each other order, since Python assigns
    left to right."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple)
            and isinstance(node.value, ast.Tuple) and 3 <= len(node.targets[0].elts) == len(node.value.elts) <= 4):
        return
    targets, values = node.targets[0].elts, node.value.elts
    names = {t.id for t in targets if isinstance(t, ast.Name)}
    if not any(isinstance(t, (ast.Attribute, ast.Subscript)) and {n.id for n in ast.walk(t) if isinstance(n, ast.Name)} & names
               for t in targets):
        return
    pairs = [(source.segment(t), source.segment(v)) for t, v in zip(targets, values)]
    for order in itertools.permutations(pairs):
        if list(order) != pairs:
            line = f"{', '.join(t for t, _ in order)} = {', '.join(v for _, v in order)}"
            yield 3, source.replace_node(node, line)


_TIGHTER = (ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)


def _regrouped(source: Source, node: ast.AST) -> Iterator[Candidate]:
    """``a - b * c`` read as ``(a - b) * c``, and ``a / b + c`` as ``a / (b + c)``:
    an operand of a looser operator regrouped with the tighter one next to it,
    where the code wrote no parentheses."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))):
        return
    text = source.text
    for inner, right in ((node.right, True), (node.left, False)):
        if not (isinstance(inner, ast.BinOp) and isinstance(inner.op, _TIGHTER)) or _parenthesized(source, inner):
            continue
        start, end = source.span(node)
        if right:  # a - b * c / d -> (a - b) * c / d, or (a - b * c) / d
            operand: ast.AST = inner
            while isinstance(operand, ast.BinOp) and isinstance(operand.op, _TIGHTER) and not _parenthesized(source, operand):
                split = source.span(operand.left)[1]
                yield 3, text[:start] + "(" + text[start:split] + ")" + text[split:end] + text[end:]
                operand = operand.left
        else:  # a / b + c -> a / (b + c)
            split = source.span(inner.right)[0]
            yield 3, text[:split] + "(" + text[split:end] + ")" + text[end:]


def _parenthesized(source: Source, node: ast.AST) -> bool:
    """Whether ``node`` is written in parentheses of its own."""
    start, end = source.span(node)
    return source.text[:start].rstrip().endswith("(") and source.text[end:].lstrip().startswith(")")
