"""Reading a run's output, without running anything: how many cases raised is the
partial credit that shows one of several bugs fixed before any case passes."""

from __future__ import annotations

import time

import pytest

from repoagent.debug import supervisor
from repoagent.debug.failure import Kind, read_failure
from repoagent.debug.llm import failing_cases
from repoagent.debug.sandbox import RunResult

_KEPT = supervisor.HEAD_BYTES + supervisor.TAIL_BYTES  # what a run's stream keeps at most

_TRACE = (
    "Traceback (most recent call last):\n"
    '  File "solution.py", line {line}, in f\n'
    "{error}\n"
)


def _judge(*cases: str) -> RunResult:
    """The bench judge's output for failing cases ('raise:LINE:ERROR' or 'wrong')."""
    out = []
    for number, case in enumerate(cases, start=1):
        if case.startswith("raise"):
            _, line, error = case.split(":", 2)
            out.append(f"case {number}: Solution().f(x={number}) raised:\n" + _TRACE.format(line=line, error=error))
        else:
            out.append(f"case {number}: Solution().f(x={number}) returned 0, expected 1\n")
    return RunResult(1, "".join(out) + f"passed 0/{len(cases)}\n", "")


def test_cases_that_raise_are_counted():
    failure = read_failure(_judge("raise:3:IndexError: list index out of range", "raise:3:IndexError: x", "wrong"))

    assert failure.kind == Kind.EXCEPTION and failure.raised == 2


def test_a_case_that_answers_instead_of_raising_is_progress():
    before = read_failure(_judge("raise:3:NameError: name 'y' is not defined", "raise:3:NameError: x"))
    after = read_failure(_judge("raise:9:IndexError: list index out of range", "wrong"))

    assert after.score > before.score
    assert read_failure(_judge("wrong", "wrong")).score > after.score


def test_a_crash_before_any_case_counts_every_case():
    crashed = RunResult(1, _TRACE.format(line=1, error="NameError: name 'List' is not defined") + "passed 0/3\n", "")

    assert read_failure(crashed).raised == 3


def test_pytest_failures_count_only_exceptions_other_than_assertions():
    summary = (
        "=========================== short test summary info ============================\n"
        "FAILED test_m.py::test_a - ZeroDivisionError: division by zero\n"
        "FAILED test_m.py::test_b - assert 1 == 2\n"
        "FAILED test_m.py::test_c - AssertionError: wrong\n"
        "========================= 3 failed, 1 passed in 0.02s =========================\n"
    )
    failure = read_failure(RunResult(1, _TRACE.format(line=2, error="ZeroDivisionError: division by zero") + summary, ""))

    assert (failure.passed, failure.total, failure.raised) == (1, 4, 1)


def test_a_wrong_answer_or_a_timeout_raised_nothing():
    assert read_failure(_judge("wrong")).raised == 0
    assert read_failure(RunResult(None, "", "", timed_out=True)).raised == 0


def test_without_a_count_of_cases_the_tracebacks_other_than_assertions_count():
    output = (_TRACE.format(line=2, error="KeyError: 'a'") + _TRACE.format(line=3, error="KeyError: 'b'")
              + _TRACE.format(line=4, error="AssertionError"))

    assert read_failure(RunResult(1, output, "")).raised == 2



@pytest.mark.parametrize("flood", ["\n", " returned ", "expected got "], ids=["blank-lines", "returned", "expected"])
def test_output_as_large_as_a_run_keeps_is_read_in_linear_time(flood: str):
    """Blank lines (``^\\s*File`` scanned all of them from every line) or one line
    repeating ``returned`` (`` returned .*, expected`` tried every occurrence to the
    line's end): quadratic, minutes per candidate at the size a run keeps."""
    text = flood * (_KEPT // len(flood)) + "\n" + _TRACE.format(line=3, error="ValueError: x") + "passed 0/5\n"
    started = time.monotonic()
    failure = read_failure(RunResult(1, text, ""))
    cases = failing_cases(failure.output)
    assert time.monotonic() - started < 10
    assert failure.kind == Kind.EXCEPTION and failure.exc_type == "ValueError"
    assert [frame.line for frame in failure.frames] == [3]
    assert cases == ["ValueError: x"]
