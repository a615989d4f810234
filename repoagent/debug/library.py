"""Fixes for the standard library's conventions misread: arguments that are
valid but mean something else than the code wants.

* a ``strftime``/``strptime`` directive of the wrong case (``%M`` minutes for
  ``%m`` month, ``%y`` for ``%Y``, ``%I`` for ``%H``): each directive whose other
  case is a directive too, flipped;
* a regular expression's character class with no quantifier in ``re.sub``,
  ``re.split`` or ``re.findall`` (``[^a-z0-9]`` replaces each character, not a
  run): ``+`` added;
* ``OrderedDict.popitem()``, which pops the newest item, where the oldest was
  meant (a least-recently-used cache): ``popitem(last=False)``.

Each yields ``(cost, whole new text)`` on the scale of :mod:`mutate`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from repoagent.debug.text import Source

Candidate = tuple[int, str]
_DIRECTIVES = frozenset("aAbBcdHIjmMpSUwWxXyYzZfGuV")
_PATTERN_FUNCTIONS = frozenset({"sub", "subn", "split", "findall", "finditer"})


def library_fixes(text: str, lines: Iterable[int]) -> Iterator[Candidate]:
    """Whole-file fixes of the misread conventions above on ``lines``."""
    source = Source(text)
    tree = ast.parse(text)
    wanted = set(lines)
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in wanted and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            yield from _directive_case(source, node)
            yield from _run_of_a_class(source, node)
            yield from _oldest_item(source, node)


def _string_argument(node: ast.Call, index: int) -> ast.Constant | None:
    """The call's positional argument ``index`` when it is a string literal."""
    argument = node.args[index] if len(node.args) > index else None
    return argument if isinstance(argument, ast.Constant) and isinstance(argument.value, str) else None


def _directive_case(source: Source, node: ast.Call) -> Iterator[Candidate]:
    """``strftime('%Y-%M-%d')``: each directive with its case flipped."""
    name = node.func.attr  # type: ignore[attr-defined]
    if name not in ("strftime", "strptime"):
        return
    pattern = _string_argument(node, 1 if name == "strptime" and len(node.args) > 1 else 0)
    if pattern is None:
        return
    start = source.span(pattern)[0]
    written = source.segment(pattern)
    for found in re.finditer(r"%([A-Za-z])", written):
        other = found.group(1).swapcase()
        if other in _DIRECTIVES and found.group(1) in _DIRECTIVES:
            at = start + found.start(1)
            yield 3, source.text[:at] + other + source.text[at + 1 :]


def _run_of_a_class(source: Source, node: ast.Call) -> Iterator[Candidate]:
    """``re.sub(r'[^a-z]', '-', s)``: ``[^a-z]+``, one replacement per run."""
    if node.func.attr not in _PATTERN_FUNCTIONS or not (isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):  # type: ignore[attr-defined]
        return
    pattern = _string_argument(node, 0)
    if pattern is None:
        return
    start = source.span(pattern)[0]
    for found in re.finditer(r"(?<!\\)\[[^\]]+\](?![+*?{])", source.segment(pattern)):
        at = start + found.end()
        yield 3, source.text[:at] + "+" + source.text[at:]


def _oldest_item(source: Source, node: ast.Call) -> Iterator[Candidate]:
    """``data.popitem()`` of an ordered dict used as a queue: ``last=False``."""
    if node.func.attr == "popitem" and not node.args and not node.keywords:  # type: ignore[attr-defined]
        end = source.span(node)[1] - 1
        yield 3, source.text[:end] + "last=False" + source.text[end:]
