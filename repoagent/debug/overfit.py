"""Right, not only green: reject candidates that special-case a test's input.

A search that only asks "do the tests pass" finds patches like ``if n == 7:
return 13``: green on the tests, wrong everywhere else. A candidate is rejected
when it adds an equality test of a value with a literal that the failing run
printed (a test input or expected output) and that the code did not test before;
orderings (``n > 91``) are bounds, which off-by-one repairs move.
Small literals (``0``, ``1``, ``-1``, ``True``, ``None``, ``""``) are everyday
code, never test data, so they stay allowed.
"""

from __future__ import annotations

import ast
import re
from collections import Counter

_EVERYDAY = {0, 1, -1, 2, True, False, None, "", " "}


def special_cases(old: str, new: str, output: str) -> bool:
    """Whether ``new`` compares with a literal from ``output`` that ``old`` does not."""
    try:
        added = _literal_tests(ast.parse(new)) - _literal_tests(ast.parse(old))
    except (SyntaxError, ValueError, RecursionError):
        return False
    printed = set(re.findall(r"-?\d+(?:\.\d+)?|'[^'\n]*'|\"[^\"\n]*\"", output))
    return any(literal in printed for literal in added.elements())


def _literal_tests(tree: ast.AST) -> Counter[str]:
    """Literals tested for equality (``x == 7``, ``s != 'abc'``), as written."""
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and all(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops):
            for side in (node.left, *node.comparators):
                if isinstance(side, ast.Constant) and not _everyday(side.value):
                    found[ast.unparse(side)] += 1
    return found


def _everyday(value: object) -> bool:
    try:
        return value in _EVERYDAY
    except TypeError:
        return False
