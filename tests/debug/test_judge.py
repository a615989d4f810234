"""The DebugBench judge: examples parsed, hidden cases derived from the correct
solution, and the check (correct passes, buggy fails) enforced."""

from __future__ import annotations

import json

import pytest

from repoagent.bench.dataset import load
from repoagent.bench.judge import SOLUTION, Unsupported, build_judge, parse_example
from repoagent.bench.report import summarize, table
from repoagent.bench.runner import BenchSettings, run_bench
from repoagent.debug.offline import OfflineEngine
from repoagent.debug.sandbox import Limits

ORACLE = "class Solution:\n    def maxGap(self, nums: List[int], k: int) -> int:\n        return max(nums) - min(nums) + k\n"
BUGGY = "class Solution:\n    def maxGap(self, nums: List[int], k: int) -> int:\n        return max(nums) - min(nums) - k\n"
EXAMPLES = ["Input: nums = [3,1,4], k = 2\nOutput: 5\nExplanation: 4 - 1 + 2.", "Input: nums = [7], k = 0\nOutput: 0"]


def _dataset(tmp_path, buggy=BUGGY):
    row = {"slug": "max-gap", "examples": EXAMPLES, "oracle_code": ORACLE, "buggy_code": buggy,
           "description": "", "constraints": "", "release_time": 0, "content": "", "level": "easy", "explanations": "secret"}
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "python3_operation error.json").write_text(json.dumps([row]), encoding="utf-8")
    return folder


def test_parse_example_reads_json_literals():
    assert parse_example('Input: s = "a,b", flag = true, xs = [1,null]\nOutput: false') == (
        {"s": "a,b", "flag": True, "xs": [1, None]}, False)


def test_judge_keeps_instance_with_hidden_cases(tmp_path):
    [instance] = load(_dataset(tmp_path))
    limits = Limits(timeout=10)

    judge = build_judge(instance, limits)

    visible = json.loads(judge.visible["cases.json"])["cases"]
    full = json.loads(judge.full["cases.json"])["cases"]
    assert len(visible) == 2 and len(full) > 2
    assert judge.run(ORACLE, limits, hidden=True).ok
    assert not judge.run(BUGGY, limits, hidden=True).ok
    assert "secret" not in json.dumps(judge.visible) and ORACLE not in json.dumps(judge.visible)


def test_judge_drops_instance_whose_bug_it_cannot_see(tmp_path):
    [instance] = load(_dataset(tmp_path, buggy=ORACLE.replace("+ k", "+ k * 1")))
    with pytest.raises(Unsupported, match="buggy code passes"):
        build_judge(instance, Limits(timeout=10))


def test_bench_reports_rates_per_category(tmp_path):
    instances = load(_dataset(tmp_path))
    outcomes = list(run_bench(instances, OfflineEngine, BenchSettings(instance_seconds=60)))

    summary = summarize(outcomes)

    assert summary["judged"] == 1
    assert summary["groups"]["category:logic"]["feedback"] == 100.0
    assert summary["groups"]["category:logic"]["no_feedback"] == 0.0
    assert "| **logic** | 1 | 100.0 | 0.0 |" in table(summary)
    assert SOLUTION == "solution.py"


def _jsonl(tmp_path):
    """Two plain instances of one off-by-one, ``a`` and ``b``."""
    rows = [
        {"id": name, "category": "logic", "subtype": "operation error", "slug": "add",
         "buggy_code": "def add(a, b):\n    return a - b\n", "fixed_code": "def add(a, b):\n    return a + b\n",
         "test_code": "from solution import add\nassert add(1, 2) == 3\n"}
        for name in ("a", "b")
    ]
    path = tmp_path / "bugs.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_bench_debug_runs_only_the_instances_named(tmp_path, capsys):
    from repoagent.cli import main

    dataset, report = _jsonl(tmp_path), tmp_path / "report.json"
    assert main(["bench", "debug", str(dataset), "--feedback-only", "--only", "b", "--json", str(report)]) == 0
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert [outcome["id"] for outcome in summary["outcomes"]] == ["b"]

    capsys.readouterr()
    assert main(["bench", "debug", str(dataset), "--only", "c"]) == 2
    assert "no instance 'c'" in capsys.readouterr().err
