"""Slips of a whole expression: each rule proposes the expression as meant, and the
offline engine repairs programs that make one (judged in the sandbox)."""

from __future__ import annotations

import pytest

from repoagent.debug.slips import slip_fixes
from tests.support.debug_programs import repaired

FIXES = [
    ("and/or mixed up", "ok = k == 3 and (k == 2 or c)", "ok = k == 3 or (k == 2 and c)"),
    ("exponent's sign", "p = r / (1 - (1 + r) ** n)", "p = r / (1 - (1 + r) ** -n)"),
    ("one-based factor", "start = page * size", "start = (page - 1) * size"),
    ("keys exchanged", "v = x * t[a] / t[b]", "v = x * t[b] / t[a]"),
    ("grouped to the right", "v = r - 32 * 5 / 9", "v = (r - 32) * 5 / 9"),
    ("grouped to the left", "v = 2 * x / len(a) + len(b)", "v = 2 * x / (len(a) + len(b))"),
    ("other dimension", "for c in range(len(t)): pass", "for c in range(len(t[0])): pass"),
    ("assignment order", "k, k.c, r = k.c, r, k", "k.c, r, k = r, k, k.c"),
    ("shorter alternative first", "ops = ('=', '==', '!', '!=', '+')", "ops = ('==', '=', '!=', '!', '+')"),
]


@pytest.mark.parametrize(("rule", "line", "fixed"), FIXES, ids=[f[0] for f in FIXES])
def test_each_slip_has_its_fix_among_the_candidates(rule: str, line: str, fixed: str) -> None:
    header = "def f(k, c, r, n, page, size, x, t, a, b):\n"
    assert header + f"    {fixed}\n" in {candidate for _, candidate in slip_fixes(header + f"    {line}\n", [2])}, rule


def test_alternatives_in_a_working_order_are_left_alone() -> None:
    assert not list(slip_fixes("OPS = ('==', '=', 'ab', 'a')\n", [1]))


PROGRAMS = [
    ("and/or mixed up", "def alive(k, was):\n    return k == 3 and (k == 2 or was)\n",
     "def alive(k, was):\n    return k == 3 or (k == 2 and was)\n", "alive",
     [((3, False), True), ((2, True), True), ((2, False), False), ((4, True), False)]),
    ("shorter alternative first",
     "OPS = ('=', '==', '+')\n\n\ndef tokens(s):\n    out, i = [], 0\n    while i < len(s):\n        op = next(o for o in OPS if s.startswith(o, i))\n"
     "        out.append(op)\n        i += len(op)\n    return out\n",
     "OPS = ('==', '=', '+')\n\n\ndef tokens(s):\n    out, i = [], 0\n    while i < len(s):\n        op = next(o for o in OPS if s.startswith(o, i))\n"
     "        out.append(op)\n        i += len(op)\n    return out\n", "tokens",
     [(("==+",), ["==", "+"]), (("=",), ["="]), (("+==",), ["+", "=="])]),
]


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_the_offline_engine_repairs_a_slip(tmp_path, program) -> None:
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"
