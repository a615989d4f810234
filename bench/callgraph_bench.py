"""Precision and recall of repoagent's Python call graph on the micro-benchmark.

Usage: python bench/callgraph_bench.py [--programs FOLDER] [--holdout FOLDER] [--show-misses]

``bench/callgraph/CATEGORY/NAME/`` holds one small program (``main.py`` and any
modules or packages it imports) and ``expected.txt``, its exact internal call edges
written by hand, one ``caller -> callee`` per line in repoagent's ids (``#`` starts a
comment). ``bench/callgraph_trace.py`` checks each expectation against a run of the
program.

Each program is copied to a temporary folder (so repoagent's caches stay out of the
benchmark) and its graph built with :func:`repoagent.graph.build.build_graph`, as
``repoagent graph`` builds it. An edge found and expected is a true positive, found
and not expected a false positive, expected and not found a false negative; they are
summed per category and in total, over each part apart.

The parts: a program is in the **checking** part when the first byte of the SHA-256
of its name (``CATEGORY/NAME``) is below 86 (about one in three), else in the
**tuning** part. Tune the resolver on the tuning part; the checking part says
whether the gain carries over to programs nobody looked at while tuning. The
**holdout** part (``bench/callgraph_holdout/``, same layout) was written after the
resolver had been tuned on the others, in shapes they do not have, with no resolver
run before its expectations were final: its first measurement (bench/RESULTS.md) is
the one on programs the rules were not made for; later ones count rules made after
its misses were seen, and are recorded as such.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "callgraph"
HOLDOUT = Path(__file__).resolve().parent / "callgraph_holdout"
PARTS = ("tuning", "checking", "holdout")

Edge = tuple[str, str]
Resolver = Callable[[Path], set[Edge]]


@dataclass(frozen=True)
class Program:
    """One benchmark program: its folder, its ``CATEGORY/NAME``, its expected edges,
    and whether it is in the holdout."""

    folder: Path
    name: str
    expected: frozenset[Edge]
    holdout: bool = False

    @property
    def category(self) -> str:
        return self.name.split("/", 1)[0]

    @property
    def part(self) -> str:
        if self.holdout:
            return "holdout"
        return "checking" if hashlib.sha256(self.name.encode()).digest()[0] < 86 else "tuning"


@dataclass
class Tally:
    """True positives, false positives and false negatives, summed."""

    found: int = 0
    wrong: int = 0
    missed: int = 0

    def add(self, expected: frozenset[Edge], got: set[Edge]) -> None:
        self.found += len(expected & got)
        self.wrong += len(got - expected)
        self.missed += len(expected - got)

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.wrong) if self.found + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0


@dataclass
class Score:
    """Per part: a tally per category and one in total; and each program's differences."""

    categories: dict[str, dict[str, Tally]] = field(default_factory=lambda: {p: defaultdict(Tally) for p in PARTS})
    totals: dict[str, Tally] = field(default_factory=lambda: {p: Tally() for p in PARTS})
    misses: dict[str, tuple[set[Edge], set[Edge]]] = field(default_factory=dict)

    @property
    def overall(self) -> Tally:
        both = Tally()
        for tally in self.totals.values():
            both.found += tally.found
            both.wrong += tally.wrong
            both.missed += tally.missed
        return both


def parse_expected(text: str) -> frozenset[Edge]:
    """The ``caller -> callee`` lines of an ``expected.txt``."""
    edges = set()
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        caller, arrow, callee = line.partition("->")
        if not arrow or not caller.strip() or not callee.strip():
            raise ValueError(f"line {number} is not 'caller -> callee': {line!r}")
        edges.add((caller.strip(), callee.strip()))
    return frozenset(edges)


def load_programs(folder: Path = PROGRAMS, holdout: Path | None = None) -> list[Program]:
    """Every ``CATEGORY/NAME/`` under ``folder`` that has an ``expected.txt``, then
    those under ``holdout`` (their part is the holdout)."""
    return [
        Program(path.parent, path.parent.relative_to(root).as_posix(), parse_expected(path.read_text()), root == holdout)
        for root in ([folder] if holdout is None else [folder, holdout])
        for path in sorted(root.glob("*/*/expected.txt"))
    ]


def repoagent_edges(folder: Path) -> set[Edge]:
    """The (caller, callee) pairs of the graph repoagent builds for a copy of ``folder``."""
    from repoagent.config import Settings
    from repoagent.graph.build import build_graph

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "program"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("expected.txt", "__pycache__"))
        return {(edge.caller, edge.callee) for edge in build_graph(copy, Settings(jobs=1)).edges}


def score(programs: Iterable[Program], resolve: Resolver = repoagent_edges) -> Score:
    """Compare what ``resolve`` finds in each program with what it expects."""
    result = Score()
    for program in programs:
        got = resolve(program.folder)
        result.categories[program.part][program.category].add(program.expected, got)
        result.totals[program.part].add(program.expected, got)
        if got != program.expected:
            result.misses[program.name] = (set(program.expected - got), got - program.expected)
    return result


def report(result: Score, show_misses: bool = False) -> str:
    """A table per part that has programs: precision and recall per category, then
    the total."""
    lines = []
    for part in PARTS:
        if not result.categories[part]:
            continue
        lines += [f"{part} part", "| category | edges | precision | recall |", "|---|---|---|---|"]
        for category, tally in sorted(result.categories[part].items()):
            lines.append(_row(category, tally))
        lines += [_row("**total**", result.totals[part]), ""]
    lines.append(f"all parts: {_row('total', result.overall)}")
    if show_misses:
        for name, (missed, wrong) in sorted(result.misses.items()):
            lines.append(name)
            lines += [f"  missed: {caller} -> {callee}" for caller, callee in sorted(missed)]
            lines += [f"  wrong:  {caller} -> {callee}" for caller, callee in sorted(wrong)]
    return "\n".join(lines)


def _row(label: str, tally: Tally) -> str:
    return f"| {label} | {tally.found + tally.missed} | {tally.precision:.1%} | {tally.recall:.1%} |"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=Path, default=PROGRAMS, help="the folder of CATEGORY/NAME/ programs")
    parser.add_argument("--holdout", type=Path, default=HOLDOUT, help="the folder of the holdout's programs")
    parser.add_argument("--show-misses", action="store_true", help="list every missed and wrong edge")
    options = parser.parse_args(argv)
    programs = load_programs(options.programs, options.holdout)
    print(f"{len(programs)} programs")
    print(report(score(programs), options.show_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
