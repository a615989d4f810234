"""The standard library's conventions misread: each rule proposes the argument
the code meant."""

from __future__ import annotations

import pytest

from repoagent.debug.library import library_fixes
from tests.support.debug_programs import repaired

FIXES = [
    ("directive case", "return d.strftime('%Y-%M-%d')", "return d.strftime('%Y-%m-%d')"),
    ("parsed directive case", "return datetime.strptime(d, '%y-%m-%d')", "return datetime.strptime(d, '%Y-%m-%d')"),
    ("run of a class", "return re.sub(r'[^a-z0-9]', '-', d)", "return re.sub(r'[^a-z0-9]+', '-', d)"),
    ("oldest item", "return d.popitem()", "return d.popitem(last=False)"),
]


@pytest.mark.parametrize(("rule", "line", "fixed"), FIXES, ids=[f[0] for f in FIXES])
def test_each_convention_has_its_fix_among_the_candidates(rule: str, line: str, fixed: str) -> None:
    header = "def f(d, re, datetime):\n"
    assert header + f"    {fixed}\n" in {c for _, c in library_fixes(header + f"    {line}\n", [2])}, rule


def test_a_class_with_a_quantifier_is_left_alone() -> None:
    assert not list(library_fixes("import re\nx = re.sub(r'[a-z]+', '', 'ab')\n", [2]))


def test_the_offline_engine_repairs_a_slug(tmp_path) -> None:
    buggy = "import re\n\n\ndef slug(text):\n    return re.sub(r'[^a-z0-9]', '-', text.lower()).strip('-')\n"
    program = ("slug", buggy, buggy.replace("0-9]'", "0-9]+'"), "slug", [(("Hello, World",), "hello-world"), (("a  b",), "a-b"), (("x",), "x")])
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"not fixed after {outcome.runs} runs"
