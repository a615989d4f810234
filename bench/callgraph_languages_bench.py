"""Precision and recall of repoagent's call graph in Go, Java, Rust, JavaScript and
TypeScript, per language feature (issue 13 item 4).

Usage: python bench/callgraph_languages_bench.py [--language NAME] [--holdout [FOLDER]] [--show-misses]

``bench/callgraph_languages/LANGUAGE/FEATURE/NAME/`` holds one small program and its
``expected.txt``: its exact internal call edges written by hand, one
``caller -> callee`` per line in repoagent's ids, in the format of
``bench/callgraph/`` (the Python benchmark, whose loader and scorer this reuses).
A call through an interface, trait or abstract type expects the declared method
(the contract the page documents) and every implementation a value can bring there.
Some features are there to show a limit (Go function values, Java fields, Rust
locals): their misses are the table's "not linked".

``bench/callgraph_languages_holdout/`` (``--holdout``), same layout, was written
after the resolvers had been tuned on the programs above, in shapes they do not
have, its expectations final before any run: its first measurement
(bench/RESULTS.md) is the one on programs the rules were not made for. A second
round (arrays, maps, fields holding functions, lambdas, closures) was added the
same way before the rules made for those shapes, and a third (closures and ``Fn``
parameters, ``fn`` fields, method values on literals, chained ``new``, defaults
and destructured parameters, bounded generics) after those rules.
``bench/callgraph_languages_holdout5/`` (``--holdout bench/callgraph_languages_holdout5``)
is a fifth round, written blind by a helper who read no resolver code; its README
gives its first score and the two id conventions it guessed otherwise.

Prints one Markdown row per language and feature, then one per language.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from callgraph_bench import Edge, Program, Resolver, Tally, load_programs, repoagent_edges

PROGRAMS = Path(__file__).resolve().parent / "callgraph_languages"
HOLDOUT = Path(__file__).resolve().parent / "callgraph_languages_holdout"
LANGUAGES = ("go", "java", "rust", "javascript", "typescript")


def load(language: str, folder: Path = PROGRAMS) -> list[Program]:
    """The programs of ``language`` (their category is the feature)."""
    return load_programs(folder / language)


def score(
    languages: tuple[str, ...] = LANGUAGES, resolve: Resolver = repoagent_edges, folder: Path = PROGRAMS
) -> tuple[dict[tuple[str, str], Tally], dict[str, tuple[set[Edge], set[Edge]]]]:
    """A tally per (language, feature) and per (language, "total"); and each program's
    missed and wrong edges, by ``language/FEATURE/NAME``."""
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    misses: dict[str, tuple[set[Edge], set[Edge]]] = {}
    for language in languages:
        for program in load(language, folder):
            got = resolve(program.folder)
            tallies[(language, program.category)].add(program.expected, got)
            tallies[(language, "total")].add(program.expected, got)
            if got != program.expected:
                misses[f"{language}/{program.name}"] = (set(program.expected - got), got - program.expected)
    return tallies, misses


def report(tallies: dict[tuple[str, str], Tally], misses: dict[str, tuple[set[Edge], set[Edge]]], show_misses: bool) -> str:
    """The table (features first, each language's total last), then the misses if asked."""
    lines = ["| language | feature | edges | precision | recall |", "|---|---|---|---|---|"]
    for (language, feature), tally in sorted(tallies.items(), key=lambda item: (item[0][0], item[0][1] == "total", item[0][1])):
        label = "**total**" if feature == "total" else feature
        lines.append(f"| {language} | {label} | {tally.found + tally.missed} | {tally.precision:.1%} | {tally.recall:.1%} |")
    if show_misses:
        for name, (missed, wrong) in sorted(misses.items()):
            lines.append(name)
            lines += [f"  missed: {caller} -> {callee}" for caller, callee in sorted(missed)]
            lines += [f"  wrong:  {caller} -> {callee}" for caller, callee in sorted(wrong)]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, action="append", help="score only this language (repeatable)")
    parser.add_argument("--holdout", nargs="?", type=Path, const=HOLDOUT, metavar="FOLDER",
                        help="score the holdout's programs instead (or those of FOLDER, laid out alike)")
    parser.add_argument("--show-misses", action="store_true", help="list every missed and wrong edge")
    options = parser.parse_args(argv)
    tallies, misses = score(tuple(options.language or LANGUAGES), folder=options.holdout or PROGRAMS)
    print(report(tallies, misses, options.show_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
