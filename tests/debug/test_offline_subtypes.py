"""The offline engine repairs a self-written program of every DebugBench subtype,
each candidate judged for real by running the program's tests in the sandbox."""

from __future__ import annotations

import pytest

from tests.support.debug_programs import PROGRAMS, repaired


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_offline_engine_fixes_each_subtype(tmp_path, program):
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"
