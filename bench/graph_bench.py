"""Wall time and peak memory of ``repoagent graph``, cold (no parse cache) and warm.

Usage: python bench/graph_bench.py [--runs N] [TREE ...]

Each TREE is copied to a temporary folder first, so the caches are the bench's own.
Per run: cold (no ``.repoagent/``), warm (nothing changed), and one file changed
(the largest gets a comment appended: it is re-parsed and everything re-resolved).
Then, in-process and without caches, parsing on one core and resolving are timed
apart, since resolution should cost no more than parsing. Defaults: the standard library's ``email`` package and the whole ``Lib/``
folder of the running Python (site-packages left out). Peak memory is the largest
sum of resident memory over the process tree (parser workers included), sampled
from /proc every 20 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

REPOAGENT = [sys.executable, "-m", "repoagent"]


def tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in KiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as children:
                stack.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_once(tree: Path) -> tuple[float, int]:
    """One ``repoagent graph`` run: (wall seconds, peak tree RSS in KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen([*REPOAGENT, "graph", str(tree), "-o", os.devnull], stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"repoagent graph failed on {tree} (exit {process.returncode})")
    return elapsed, peak


def breakdown(tree: Path) -> tuple[float, float]:
    """Seconds of parsing on one core and of resolving, measured in-process, no cache."""
    from repoagent.graph.build import _gc_paused
    from repoagent.graph.resolvers import RESOLVERS
    from repoagent.parsing.cache import ParseCache
    from repoagent.parsing.run import parse_jobs, read_snapshot
    from repoagent.sources import WorkingTree

    todo, _ = read_snapshot(WorkingTree(tree), 1_000_000, tree.name if (tree / "__init__.py").is_file() else "")
    with _gc_paused():  # as build_graph runs them
        start = time.perf_counter()
        parsed = parse_jobs(todo, ParseCache(None), workers=1)
        parsing = time.perf_counter() - start
        nodes = {d.id: d for f in parsed.values() for d in f.definitions}
        start = time.perf_counter()
        RESOLVERS["python"].resolve([f for f in parsed.values() if f.language == "python"], nodes)
        return parsing, time.perf_counter() - start


def measure(source: Path, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / source.name
        shutil.copytree(source, tree, ignore=shutil.ignore_patterns("site-packages", "__pycache__", "*.pyc"))
        files = list(tree.rglob("*.py"))
        size = sum(f.stat().st_size for f in files)
        cold, warm, changed = [], [], []
        edited = max(files, key=lambda f: f.stat().st_size)
        for run in range(runs):
            shutil.rmtree(tree / ".repoagent", ignore_errors=True)
            cold.append(run_once(tree))
            warm.append(run_once(tree))
            with edited.open("a") as stream:
                stream.write(f"\n# edit {run}\n")  # one file changed: re-parse it, re-resolve all
            changed.append(run_once(tree))
        parse_s, resolve_s = breakdown(tree)
    return {
        "parse_1core_s": parse_s,
        "resolve_s": resolve_s,
        "tree": str(source),
        "files": len(files),
        "mb": size / 1e6,
        "cold_s": statistics.median(t for t, _ in cold),
        "warm_s": statistics.median(t for t, _ in warm),
        "changed_s": statistics.median(t for t, _ in changed),
        "cold_peak_mb": max(m for _, m in cold) / 1024,
        "warm_peak_mb": max(m for _, m in warm) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("trees", nargs="*", type=Path)
    args = parser.parse_args()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    trees = args.trees or [stdlib / "email", stdlib / "asyncio", stdlib / "idlelib", stdlib]
    print("| tree | files | MB | cold s | warm s | one file changed s | peak MB cold | peak MB warm | parse, 1 core, s | resolve s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for tree in trees:
        r = measure(tree, args.runs)
        print(
            f"| {r['tree']} | {r['files']} | {r['mb']:.1f} | {r['cold_s']:.2f} | {r['warm_s']:.2f} | {r['changed_s']:.2f} "
            f"| {r['cold_peak_mb']:.0f} | {r['warm_peak_mb']:.0f} | {r['parse_1core_s']:.2f} | {r['resolve_s']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
