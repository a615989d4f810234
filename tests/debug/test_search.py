"""The beam search's order over partial repairs, without a subprocess: the check
runs ``m.py``'s ``f`` in this process on a few cases and prints what the bench
judge prints (a traceback or ``returned X, expected Y`` per failing case, then
``passed k/n``), and a scripted engine proposes the candidates."""

from __future__ import annotations

import traceback
from collections.abc import Mapping

from repoagent.debug.sandbox import RunResult
from repoagent.debug.session import _PATIENCE, repair
from tests.support.debug_programs import Scripted, function_f

CASES = [(1, 2), (2, 4), (3, 6)]
"""f(x) == 2 * x."""


def check(files: Mapping[str, str], timeout: float | None = None) -> RunResult:
    """Run ``f`` of ``m.py`` on :data:`CASES` in process, printed like the bench judge.
    The spectrum probe the session appends would trace this process: it is cut off
    (the search then has no spectrum, as for code it cannot trace)."""
    text = files["m.py"]
    if "<repoagent-probe>" in text:
        text = text[: text.rindex("exec(compile(")]
    lines, passed = [], 0
    for number, (arg, want) in enumerate(CASES, start=1):
        try:
            namespace: dict = {}
            exec(compile(text, "m.py", "exec"), namespace)  # noqa: S102 - the test's own code
            got = namespace["f"](arg)
        except Exception:  # noqa: BLE001 - a raising case is what the judge reports
            lines += [f"case {number}: f({arg}) raised:", traceback.format_exc()]
            continue
        if got == want:
            passed += 1
        else:
            lines.append(f"case {number}: f({arg}) returned {got!r}, expected {want!r}")
    lines.append(f"passed {passed}/{len(CASES)}")
    return RunResult(0 if passed == len(CASES) else 1, "\n".join(lines) + "\n", "")


def test_a_partial_repair_that_leads_nowhere_yields_to_one_that_passes_a_test_fewer() -> None:
    """Two bugs: a missing name and a wrong factor. Repairing the name wrongly
    (``x + 1``) passes a case; the right repair (``x * 3``) passes none until the
    factor is fixed. After a fruitless turn the wrong one yields to the right one
    instead of resuming turn after turn."""
    start = function_f("return undefined * 3")
    wrong, right = function_f("return x + 1"), function_f("return x * 3")
    useless = [function_f(f"return x + {n}") for n in range(2, 3 * _PATIENCE + 2)]
    plan = {start: [wrong, right], wrong: useless, right: [function_f("return x * 2")]}

    result = repair({"m.py": start}, check, Scripted(plan), max_rounds=6)

    assert result.fixed and result.files["m.py"] == function_f("return x * 2")
    assert result.runs < 2 * _PATIENCE


def test_a_crash_repaired_that_runs_on_to_a_missing_name_is_progress() -> None:
    """An index out of range repaired lets the run reach the next bug, a helper no
    code defines: the tests count the same, and it is a partial repair."""
    start = function_f("v = [x][1]; return double(v)")
    first = function_f("v = [x][0]; return double(v)")
    plan = {start: [first], first: [function_f("v = [x][0]; return 2 * v")]}

    result = repair({"m.py": start}, check, Scripted(plan), max_rounds=6)

    assert result.fixed


def test_a_crash_that_runs_on_to_a_name_the_edit_brought_in_is_not_progress() -> None:
    start = function_f("v = [x][1]; return 2 * v")
    typo = function_f("v = [x][0]; return 2 * w")
    plan = {start: [typo], typo: [function_f("v = [x][0]; return 2 * v")]}

    result = repair({"m.py": start}, check, Scripted(plan), max_rounds=6)

    assert not result.fixed


def test_the_beam_keeps_partial_repairs_the_tests_tell_apart() -> None:
    """Four partial repairs pass one case each; three of them answer the same
    (``x + 1`` spelled three ways), the last answers otherwise and leads on. The
    beam's three places go to repairs that differ, so the last one is expanded."""
    start = function_f("return undefined")
    same = [function_f("return x + 1"), function_f("return 1 + x"), function_f("return x - -1")]
    other = function_f("return x * x")
    plan = {start: [*same, other], other: [function_f("return 2 * x")]}

    result = repair({"m.py": start}, check, Scripted(plan), max_rounds=6)

    assert result.fixed
