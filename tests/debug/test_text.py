"""Splicing a mutated expression: parentheses only where the context needs them,
decided on the expression alone (no whole-file parse per candidate)."""

from __future__ import annotations

import ast

import pytest

from repoagent.debug.text import Source


@pytest.mark.parametrize(("code", "name", "new", "spliced"), [
    ("y = a * b\n", "b", "(b - 1)", "y = a * (b - 1)\n"),
    ("y = f(b)\n", "b", "(b - 1)", "y = f(b - 1)\n"),
    ("y = xs[b]\n", "b", "(b + 1)", "y = xs[b + 1]\n"),
    ("if a < b:\n    pass\n", None, "(a <= b)", "if a <= b:\n    pass\n"),
    ("y = a == b\n", "b", "(b or c)", "y = a == (b or c)\n"),
    ("y = -b ** 2\n", "b", "(b - 1)", "y = -(b - 1) ** 2\n"),
])
def test_parentheses_stay_only_where_the_context_needs_them(code: str, name: str | None, new: str, spliced: str) -> None:
    tree = ast.parse(code)
    node = next(n for n in ast.walk(tree) if (isinstance(n, ast.Name) and n.id == name) or (name is None and isinstance(n, ast.Compare)))

    assert Source(code).replace_expression(node, new) == spliced
