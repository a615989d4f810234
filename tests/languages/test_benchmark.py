"""The per-language call-graph benchmark (bench/callgraph_languages/): the scorer
counts what it should, and repoagent does not fall below its floors per language."""

from __future__ import annotations

from pathlib import Path

from tests.support.bench import load_bench, write_program

bench = load_bench("callgraph_languages_bench")

# (precision, recall) per language, rounded down from a measurement; raise them as
# the resolvers improve, never lower them. First measured at 9d4bcbc (2026-12-06),
# before the rules of issue 13 item 4's second round; raised with each rule since
# (bench/RESULTS.md, "Per-language call-graph benchmark").
FLOORS = {
    "go": (1.0, 1.0),
    "java": (1.0, 1.0),
    "rust": (1.0, 1.0),
    "javascript": (1.0, 1.0),
    "typescript": (1.0, 1.0),
}
# The holdout (bench/callgraph_languages_holdout/), written after the rules, scored
# once before any change for it (2026-12-06): 33 of 35 edges, none wrong. TypeScript
# raised to 5/5 by a rule made after its miss was seen (this reaches overrides). A
# second round of 15 programs (arrays, maps, fields of functions, lambdas, closures)
# added on 2026-12-06 before any rule for it: 40 of 76 of its edges, one wrong; 68
# of 76, none wrong, after the rules made for its misses (bench/RESULTS.md). A third
# round of 11 programs added on 2026-12-06 the same way: 42 of its 59 edges, two
# wrong (one an id the expectation misspelled: `Cache` for the `Cache.constructor` it
# declares, corrected after); the floors are the whole holdout's measurement then,
# raised by the rules made after (bench/RESULTS.md). A fourth round of 22 programs
# added on 2026-12-06 the same way: 80 of its 129 edges, two wrong (a Go interface
# variable known to hold one type, a JavaScript prototype method's body); 127 of 129,
# none wrong, after the rules made for its misses; Go's last two (an embedded
# interface field given a composite literal) on 2026-12-07.
HOLDOUT_FLOORS = {
    "go": (1.0, 1.0),
    "java": (1.0, 1.0),
    "rust": (1.0, 1.0),
    "javascript": (1.0, 1.0),
    "typescript": (1.0, 1.0),
}


def test_the_scorer_counts_per_language_and_feature(tmp_path: Path) -> None:
    write_program(tmp_path, "go/direct/call", {"main.go": "package main\n\nfunc a() {}\n\nfunc main() { a() }\n"}, "main_go.main -> main_go.a\n")
    write_program(tmp_path, "go/interfaces/none", {"main.go": "package main\n"}, "main_go.x -> main_go.y\n")
    tallies, misses = bench.score(("go",), folder=tmp_path)
    assert (tallies[("go", "direct")].found, tallies[("go", "direct")].wrong) == (1, 0)
    assert tallies[("go", "interfaces")].missed == 1
    assert tallies[("go", "total")].recall == 0.5
    assert misses == {"go/interfaces/none": ({("main_go.x", "main_go.y")}, set())}
    assert "missed: main_go.x -> main_go.y" in bench.report(tallies, misses, show_misses=True)


def test_a_wrong_edge_lowers_precision(tmp_path: Path) -> None:
    write_program(tmp_path, "rust/direct/call", {"main.rs": "fn main() {}\n"}, "main_rs.main -> main_rs.main\n")
    tallies, _ = bench.score(("rust",), lambda folder: {("main_rs.main", "main_rs.main"), ("main_rs.main", "x")}, tmp_path)
    assert tallies[("rust", "total")].precision == 0.5 and tallies[("rust", "total")].recall == 1.0


def test_every_language_has_its_dispatch_and_callback_features() -> None:
    features = {(language, program.category) for language in bench.LANGUAGES for program in bench.load(language)}
    assert features >= {
        ("go", "interfaces"), ("go", "embedding"), ("java", "interfaces"), ("java", "abstract"), ("java", "locals"),
        ("rust", "traits"), ("rust", "generics"), ("javascript", "callbacks"), ("javascript", "objects"),
        ("typescript", "annotations"), ("typescript", "callbacks"),
    }


def test_repoagent_does_not_fall_below_its_floors() -> None:
    tallies, misses = bench.score()
    table = bench.report(tallies, misses, show_misses=True)
    for language, (precision, recall) in FLOORS.items():
        assert tallies[(language, "total")].precision >= precision, table
        assert tallies[(language, "total")].recall >= recall, table


def test_repoagent_does_not_fall_below_its_floors_on_the_holdout() -> None:
    tallies, misses = bench.score(folder=bench.HOLDOUT)
    table = bench.report(tallies, misses, show_misses=True)
    for language, (precision, recall) in HOLDOUT_FLOORS.items():
        assert tallies[(language, "total")].precision >= precision, table
        assert tallies[(language, "total")].recall >= recall, table
