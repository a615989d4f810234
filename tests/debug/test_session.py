"""The repair session's search, with a scripted engine and real runs in the sandbox:
hung candidates are cut short, a missing name that moves counts as progress, and a
wrong turn is undone by going back to another improvement."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from repoagent.debug.sandbox import Limits, RunResult, Sandbox
from repoagent.debug.session import repair
from tests.support.debug_programs import Scripted, function_f

TEST = (
    "import sys\n"
    "from m import f\n"
    "ok = 0\n"
    "for x, want in [(1, [1, 1]), (2, [2, 2])]:\n"
    "    ok += f(x) == want\n"
    "print(f'passed {ok}/2')\n"
    "sys.exit(ok != 2)\n"
)


def _session(start: str, plan: dict[str, list[str]]):
    timeouts: list[float | None] = []
    with Sandbox(files={"test_m.py": TEST}) as box:
        check = box.checker([sys.executable, "test_m.py"], Limits(timeout=20))

        def recording(files: Mapping[str, str], timeout: float | None = None) -> RunResult:
            timeouts.append(timeout)
            return check(files, timeout)

        return repair({"m.py": start}, recording, Scripted(plan), max_rounds=6), timeouts


def test_a_hung_candidate_is_stopped_long_before_the_run_limit():
    start = function_f("return [x]")
    hung = function_f("while True: pass")
    fixed = function_f("return [x, x]")

    result, timeouts = _session(start, {start: [hung, fixed]})

    assert result.fixed and result.files["m.py"] == fixed
    assert timeouts[0] is None  # the first run has the command's own limit (20 s)
    assert timeouts[1] is not None and timeouts[1] < 5


def test_a_missing_name_that_moves_on_is_progress():
    start = function_f("out = Array(x); out.push(x); return out")
    first = function_f("out = [x]; out.push(x); return out")  # still an exception, one line later
    fixed = function_f("out = [x]; out.append(x); return out")

    result, _ = _session(start, {start: [first], first: [fixed]})

    assert result.fixed and result.files["m.py"] == fixed
    assert len(result.rounds) == 2


def test_a_missing_name_fixed_on_a_line_that_misses_another_is_progress():
    start = function_f("return [dfn(s), x]")
    first = function_f("return [abs(s), x]")  # the same line now stops at 's'
    fixed = function_f("return [abs(x), x]")

    result, _ = _session(start, {start: [first], first: [fixed]})

    assert result.fixed and result.files["m.py"] == fixed


def test_another_error_where_the_name_was_missing_is_not_progress():
    start = function_f("out = Array(x); out.push(x); return out")
    other_error = function_f("out = list(x); out.push(x); return out")  # TypeError on the same line
    unbound = function_f("out == Array(x); out.push(x); return out")  # now misses 'out', which it bound
    follow = function_f("out = [x]; out.append(x); return out")
    plan = {start: [other_error, unbound], other_error: [follow], unbound: [follow]}

    result, _ = _session(start, plan)

    assert not result.fixed and len(result.rounds) == 1


def test_a_wrong_turn_is_undone_by_backtracking():
    start = function_f("return undefined")
    wrong_turn = function_f("return [0]")  # runs (an improvement), but leads nowhere
    detour = function_f("return [x]")
    fixed = function_f("return [x, x]")
    plan = {start: [wrong_turn, detour], wrong_turn: [function_f("return [1]")], detour: [fixed]}

    result, _ = _session(start, plan)

    assert result.fixed and result.files["m.py"] == fixed
    assert [round.failure.kind.name for round in result.rounds] == ["WRONG", "WRONG", "PASSED"]


def test_a_candidate_that_special_cases_a_test_input_is_never_run() -> None:
    """'if x == 7: return [7, 7]' passes the test and is wrong elsewhere."""
    from repoagent.debug.overfit import special_cases

    test = "import sys\nfrom m import f\ngot = f(7)\nprint(f'f(7) returned {got}, expected [7, 7]')\nsys.exit(got != [7, 7])\n"
    start = function_f("return [x]")
    cheat = "def f(x):\n    if x == 7:\n        return [7, 7]\n    return [x]\n"
    honest = function_f("return [x, x]")
    output = "f(7) returned [7], expected [7, 7]\npassed 0/1"

    assert special_cases(start, cheat, output)
    assert not special_cases(start, honest, output)
    assert not special_cases(function_f("return x > 90"), function_f("return x > 7"), output)  # a bound, not a special case
    with Sandbox(files={"test_m.py": test, "m.py": start}) as box:
        session = repair({"m.py": start}, box.checker([sys.executable, "test_m.py"], Limits(timeout=30)),
                         Scripted({start: [cheat, honest]}))
    assert session.fixed and session.files["m.py"] == honest


def test_a_passing_patch_keeps_only_the_blocks_the_tests_need() -> None:
    """Round 1 takes a step with a detour in it ('y = 0', which the tests do not
    need); round 2 fixes the bug; the final patch is the fix alone."""
    start = "def f(x):\n    y = 1\n    z = 2\n    w = 3\n    return [x]\n"
    step = "def f(x):\n    y = 0\n    z = 2\n    w = 3\n    return [x, 1]\n"
    both = "def f(x):\n    y = 0\n    z = 2\n    w = 3\n    return [x, x]\n"
    with Sandbox(files={"test_m.py": TEST, "m.py": start}) as box:
        session = repair({"m.py": start}, box.checker([sys.executable, "test_m.py"], Limits(timeout=30)),
                         Scripted({start: [step], step: [both]}))

    assert session.fixed
    assert session.files["m.py"] == "def f(x):\n    y = 1\n    z = 2\n    w = 3\n    return [x, x]\n"


def test_the_beam_keeps_the_runner_up_of_a_wrong_turn() -> None:
    """Two partial repairs pass as many tests; the first is a wrong turn. The
    beam expands the runner-up next; a search that keeps one node per depth
    (greedy) is stuck."""
    start = function_f("return undefined")
    wrong_turn = function_f("return [0]")
    right = function_f("return [x]")
    fixed = function_f("return [x, x]")
    plan = {start: [wrong_turn, right], wrong_turn: [function_f("return [1]")], right: [fixed]}

    with Sandbox(files={"test_m.py": TEST}) as box:
        check = box.checker([sys.executable, "test_m.py"], Limits(timeout=20))
        result = repair({"m.py": start}, check, Scripted(plan), max_rounds=3)
        greedy = repair({"m.py": start}, check, Scripted(plan), max_rounds=3, beam=1)

    assert result.fixed and result.files["m.py"] == fixed
    assert not greedy.fixed


def test_two_orders_of_the_same_two_edits_run_once() -> None:
    """Fixing a then b, or b then a, reaches the same files: they run once."""
    start = function_f("y = 0; z = 0; return [x + y, x + z]")
    only_y = function_f("y = 1; z = 0; return [x + y, x + z]")
    only_z = function_f("y = 0; z = 1; return [x + y, x + z]")
    both = function_f("y = 1; z = 1; return [x + y, x + z]")
    plan = {start: [only_y, only_z], only_y: [function_f("y = 1; z = 2; return [x + y, x + z]"), both], only_z: [both]}
    test = ("import sys\nfrom m import f\nok = (f(1)[0] == 2) + (f(1)[1] == 2) + (f(1) == 'never')\n"
            "print(f'passed {ok}/3')\nsys.exit(1)\n")
    ran: list[str] = []
    with Sandbox(files={"test_m.py": test}) as box:
        check = box.checker([sys.executable, "test_m.py"], Limits(timeout=20))

        def recording(files: Mapping[str, str], timeout: float | None = None) -> RunResult:
            ran.append(files["m.py"])
            return check(files, timeout)

        result = repair({"m.py": start}, recording, Scripted(plan), max_rounds=3)

    assert not result.fixed  # the third case can never pass: every node is expanded
    assert ran.count(both) == 1


def test_the_passing_patch_is_simplified() -> None:
    """Two steps leave 'x - 1 + 1' and parentheses nobody needs; the final patch
    says what it means, and only on the lines it changed."""
    start = "def f(x):\n    y = (x)\n    return [x - 1]\n"
    step = "def f(x):\n    y = (x)\n    return [(x - 1 + 1), 1]\n"
    both = "def f(x):\n    y = (x)\n    return [(x - 1 + 1), (x)]\n"
    with Sandbox(files={"test_m.py": TEST}) as box:
        session = repair({"m.py": start}, box.checker([sys.executable, "test_m.py"], Limits(timeout=30)),
                         Scripted({start: [step], step: [both]}))

    assert session.fixed
    assert session.files["m.py"] == "def f(x):\n    y = (x)\n    return [x, x]\n"


def test_simplifying_folds_constants_and_drops_added_parentheses_only() -> None:
    from repoagent.debug.simplify import simplify

    old = "def f(n, xs):\n    if (n > 0):\n        return xs[n]\n    return (n, xs)\n"
    assert simplify(old, old.replace("xs[n]", "xs[(n - 1 + 1)]")) == old
    assert simplify(old, old.replace("xs[n]", "xs[n + 1 + 1]")) == old.replace("xs[n]", "xs[n + 2]")
    assert simplify(old, old.replace("(n > 0)", "(n >= 0)")) == old.replace("(n > 0)", "(n >= 0)")  # the user's own
    assert simplify(old, old.replace("return (n, xs)", "return (xs, n)")) == old.replace("return (n, xs)", "return (xs, n)")  # a tuple's


def test_a_fruitless_expansion_pauses_for_the_runner_up() -> None:
    """The first partial repair's candidates lead nowhere for a long while; after
    _PATIENCE of them the search turns to the runner-up, whose first candidate
    passes, instead of running the rest."""
    from repoagent.debug.session import _PATIENCE

    start = function_f("return undefined")
    first, runner_up = function_f("return [0]"), function_f("return [x]")
    useless = [function_f(f"return [x, {n + 100}]") for n in range(_PATIENCE + 20)]
    plan = {start: [first, runner_up], first: useless, runner_up: [function_f("return [x, x]")]}

    result, _ = _session(start, plan)

    assert result.fixed
    assert result.runs < _PATIENCE + 10
