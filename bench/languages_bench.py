"""Graph build throughput per language (issue 7): cold builds, MB of source per second.

Usage::

    python bench/languages_bench.py python=/usr/lib/python3.11/asyncio \\
        go=/usr/share/go-1.19/src/net java=/tmp/jdk/java.base/java/util/concurrent \\
        rust=/usr/share/cargo/registry [--runs 5] [--jobs 1]

Each tree's files of that language are copied into a temporary folder (so no
cache is written into the source tree), then ``build_graph`` runs ``--runs`` times
with ``.repoagent/`` deleted before each run: parse + resolve, nothing cached.
Prints one Markdown table row per language (median seconds, MB/s, and the ratio
of Python's MB/s to the language's: the target is at most 2), and the median CPU
seconds (user + sys of this process and of the git processes it ran): on a shared
machine, compare those.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.workspace import FOLDER
from repoagent.parsing.registry import ENTRIES


def copy_sources(source: Path, language: str, target: Path) -> int:
    """Copy ``language``'s files under ``source`` into ``target``; their total bytes."""
    extensions = next(entry.extensions for entry in ENTRIES if entry.name == language)
    total = 0
    for path in source.rglob("*"):
        if path.suffix in extensions and path.is_file() and not path.is_symlink():
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
            total += path.stat().st_size
    return total


def measure(root: Path, runs: int, jobs: int) -> tuple[float, float, int, int, int]:
    """Median seconds and median CPU seconds of cold builds, and the files, nodes and
    edges found."""
    times, cpu = [], []
    for _ in range(runs):
        shutil.rmtree(root / FOLDER, ignore_errors=True)
        start, start_cpu = time.perf_counter(), _cpu()
        graph = build_graph(root, Settings(jobs=jobs, max_file_size=10_000_000))
        times.append(time.perf_counter() - start)
        cpu.append(_cpu() - start_cpu)
    return statistics.median(times), statistics.median(cpu), len(graph.files), len(graph.nodes), len(graph.edges)


def _cpu() -> float:
    """CPU seconds so far of this process and its finished children."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", metavar="LANGUAGE=PATH")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for spec in args.trees:
        language, _, path = spec.partition("=")
        with tempfile.TemporaryDirectory() as folder:
            size = copy_sources(Path(path), language, Path(folder))
            seconds, cpu, files, nodes, edges = measure(Path(folder), args.runs, args.jobs)
        rows.append((language, path, size, files, nodes, edges, seconds, cpu, size / 1e6 / seconds))
    python = next((row[8] for row in rows if row[0] == "python"), None)
    print("| language | tree | MB | files | nodes | edges | median s | median CPU s | MB/s | Python MB/s ÷ this |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for language, path, size, files, nodes, edges, seconds, cpu, rate in rows:
        ratio = f"{python / rate:.2f}" if python else "–"
        print(f"| {language} | `{path}` | {size / 1e6:.2f} | {files} | {nodes} | {edges} | {seconds:.2f} | {cpu:.2f} | {rate:.2f} | {ratio} |")


if __name__ == "__main__":
    main()
