"""Localization without runs: the call graph's callers of the failing frame, and
operations breaking ties among lines the tests cannot tell apart."""

from __future__ import annotations

from repoagent.debug.failure import Failure, Frame, Kind
from repoagent.debug.localize import CodeIndex, localize
from repoagent.debug.spectrum import Entry

PATH = "m.py"
CODE = (
    "def pick(xs, i):\n"          # 1
    "    return xs[i]\n"          # 2
    "\n"
    "\n"
    "def last(xs):\n"             # 5
    "    n = len(xs)\n"           # 6
    "    return pick(xs, n)\n"    # 7
    "\n"
    "\n"
    "def unrelated(xs):\n"        # 10
    "    return sorted(xs)[0] + 1\n"  # 11: more operations than last() has
)


def _order(failure: Failure, spectrum: list[Entry] | None = None) -> list[int]:
    return [s.line for s in localize({PATH: CODE}, failure, CodeIndex({PATH: CODE}), spectrum)]


def test_the_callers_of_the_failing_function_come_before_unrelated_code() -> None:
    """The traceback stops in pick(); last() passed it a bad index and is not on
    the stack (a test called pick with last's result): the call graph names it."""
    failure = Failure(Kind.EXCEPTION, "IndexError: list index out of range", "IndexError", "", (Frame(PATH, 2, "pick"),))

    order = _order(failure)

    assert order[0] == 2
    assert order.index(7) < order.index(11) and order.index(6) < order.index(11)


def test_the_index_knows_callers_by_name_or_from_the_graph() -> None:
    index = CodeIndex({PATH: CODE})
    pick = next(f for f in index.functions if f.name == "pick")
    assert [f.name for f in index.callers(pick)] == ["last"]

    graph = CodeIndex({PATH: CODE}, callees={"unrelated": {"m.pick"}})
    assert sorted(f.name for f in graph.callers(pick)) == ["last", "unrelated"]


def test_among_lines_every_case_ran_the_one_with_more_operations_goes_first() -> None:
    code = "def f(xs):\n    total = 0\n    for x in xs:\n        total += x * x - 1\n    return total\n"
    every = frozenset({2, 3, 4, 5})
    spectrum = [Entry(PATH, every, True), Entry(PATH, every, True)]

    order = [s.line for s in localize({PATH: code}, Failure(Kind.WRONG, ""), None, spectrum)]

    assert order[0] == 4


def test_a_module_constant_the_failing_lines_read_is_a_suspect() -> None:
    """Run at import, a table is covered by no test case; the lines reading it
    lend it half their score, so it ranks above code no failing case ran."""
    code = "OPS = ('=', '==')\n\n\ndef first(s):\n    return next(o for o in OPS if s.startswith(o))\n\n\ndef other(s):\n    return s[1:] + s[:1] * 2 + s[-1] * 3\n"
    spectrum = [Entry(PATH, frozenset({5}), True), Entry(PATH, frozenset({9}), False)]

    order = [s.line for s in localize({PATH: code}, Failure(Kind.WRONG, ""), None, spectrum)]

    assert order[:2] == [5, 1]
