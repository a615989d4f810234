"""The offline engine repairs a self-written program of every DebugBench subtype,
each candidate judged for real by running the program's tests in the sandbox."""

from __future__ import annotations

import pytest

from repoagent.bench.dataset import load
from repoagent.bench.runner import BenchSettings, run_instance
from repoagent.debug.offline import OfflineEngine
from tests.support.debug_programs import PROGRAMS, jsonl_line


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_offline_engine_fixes_each_subtype(tmp_path, program):
    dataset = tmp_path / "one.jsonl"
    dataset.write_text(jsonl_line(*program) + "\n", encoding="utf-8")
    [instance] = load(dataset)

    outcome = run_instance(instance, OfflineEngine, BenchSettings(instance_seconds=60))

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"
