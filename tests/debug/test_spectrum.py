"""Localization from the tests: the probe's coverage of passing and failing cases
(real runs in the sandbox, under a plain script and under pytest) and the Ochiai
ranking that puts the faulty line first."""

from __future__ import annotations

import sys

from repoagent.bench.runner import fix_lines
from repoagent.debug.failure import Failure, Kind, read_failure
from repoagent.debug.localize import localize
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.spectrum import Entry, instrument, ochiai, read_spectrum

CODE = (
    "def grade(score):\n"            # 1
    "    if score >= 90:\n"          # 2
    "        return 'A'\n"           # 3
    "    if score > 80:\n"           # 4  bug: >= 80
    "        return 'B'\n"           # 5
    "    return 'C'\n"               # 6
)
SCRIPT = (
    "from solution import grade\n"
    "ok = 0\n"
    "for score, want in [(95, 'A'), (85, 'B'), (80, 'B'), (10, 'C')]:\n"
    "    got = grade(score)\n"
    "    if got == want:\n"
    "        ok += 1\n"
    "    else:\n"
    "        print(f'grade({score}) returned {got!r}, expected {want!r}')\n"
    "print(f'passed {ok}/4')\n"
    "raise SystemExit(ok != 4)\n"
)
PYTEST = (
    "from solution import grade\n\n\n"
    "def test_a():\n    assert grade(95) == 'A'\n\n\n"
    "def test_b_edge():\n    assert grade(80) == 'B'\n\n\n"
    "def test_c():\n    assert grade(10) == 'C'\n"
)


def _entries(test_name: str, test: str, command: list[str]) -> tuple[list[Entry], Failure]:
    files = {"solution.py": CODE}
    with Sandbox(files={test_name: test, **files}) as box:
        plain = read_failure(box.run(command, Limits(timeout=30)))
        traced = box.run(command, Limits(timeout=30), instrument(files))
    return read_spectrum(traced.output, files), plain


def test_script_cases_are_entries_and_the_printed_mismatch_fails_one() -> None:
    entries, failure = _entries("test_grade.py", SCRIPT, [sys.executable, "test_grade.py"])

    assert [e.failed for e in entries] == [False, False, True, False]
    assert entries[2].lines == {2, 4, 6}
    suspects = localize({"solution.py": CODE}, failure, spectrum=entries)
    assert suspects[0].line == 6 or suspects[0].line == 4
    assert {s.line for s in suspects[:2]} == {4, 6}  # only the failing case ran line 6 after line 4


def test_a_failed_assert_under_pytest_fails_the_entry_before_it() -> None:
    entries, _ = _entries("test_grade.py", PYTEST, [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_grade.py"])

    assert sorted(e.failed for e in entries) == [False, False, True]
    assert [e.lines for e in entries if e.failed] == [{2, 4, 6}]


def test_ochiai_prefers_lines_only_failing_cases_run() -> None:
    entries = [Entry("m.py", frozenset({1, 2}), False), Entry("m.py", frozenset({1, 3}), True)]

    scores = ochiai(entries)

    assert scores[("m.py", 3)] == 1.0 and scores[("m.py", 2)] == 0.0 and 0 < scores[("m.py", 1)] < 1
    assert ochiai([Entry("m.py", frozenset({1}), False)]) == {}


def test_probe_output_is_untrusted_data() -> None:
    files = {"m.py": "x = 1\n"}
    deep = "REPOAGENT-SPECTRUM " + "[" * 100_000  # a test may print anything: nested past the stack
    for output in ("", "REPOAGENT-SPECTRUM {not json", 'REPOAGENT-SPECTRUM [["m.py", "x", 1]]', "REPOAGENT-SPECTRUM [[1]]", deep):
        assert read_spectrum(output, files) == []
    assert read_spectrum('REPOAGENT-SPECTRUM [["/tmp/a/m.py", [1], true], ["other.py", [2], false]]', files) == [
        Entry("m.py", frozenset({1}), True)]


def test_the_probe_keeps_line_numbers_and_skips_code_that_does_not_compile() -> None:
    instrumented = instrument({"a.py": CODE, "b.py": "def f(:\n", "notes.txt": "x"})

    assert list(instrumented) == ["a.py"]
    assert instrumented["a.py"].startswith(CODE) and instrumented["a.py"].count("\n") == CODE.count("\n") + 1


def test_fix_lines_are_the_buggy_lines_a_fix_replaces_or_surrounds() -> None:
    assert fix_lines("a\nb\nc\n", "a\nB\nc\n") == {2}
    assert fix_lines("a\nc\n", "a\nb\nc\n") == {1, 2}
    assert fix_lines("a\nx\nc\n", "a\nc\n") == {2}


def test_a_session_reports_the_first_rounds_suspects() -> None:
    from repoagent.debug.offline import OfflineEngine
    from repoagent.debug.session import repair

    with Sandbox(files={"test_grade.py": SCRIPT, "solution.py": CODE}) as box:
        session = repair({"solution.py": CODE}, box.checker([sys.executable, "test_grade.py"], Limits(timeout=30)), OfflineEngine())

    assert session.fixed and session.start is not None and session.start.kind == Kind.WRONG
    assert {s.line for s in session.suspects[:2]} == {4, 6}
    assert "score >= 80" in session.files["solution.py"]
