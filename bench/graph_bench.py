"""Wall time, CPU time and peak memory of ``repoagent graph``: cold, warm, one function edited.

Usage: python bench/graph_bench.py [--runs N] [TREE ...]

Each TREE is copied to a temporary folder first, so the store is the bench's own.
Per run: cold (no ``.repoagent/``), warm (nothing changed), and one function edited
(a line added to the last function of the tree's median-sized module that has one:
that file is parsed again), once per kind of :data:`EDITS`, each on top of the one
before: a comment line (only lines move: the component's resolution is reused, its
lines mapped), a constant assigned (a new local name: the component is solved again)
and a call of the function itself (new facts, a new edge). Then,
in-process: the store's size, its components, and how many rows of each table a
one-edit run reads; and, without a store, parsing on one core and resolving timed
apart. Defaults: the standard library's ``email`` package and the whole ``Lib/``
folder of the running Python (site-packages left out). CPU time is user + system of
the process and the parser workers it waited for. Peak memory is the largest sum of
resident memory over the process tree (parser workers included), sampled from /proc
every 20 ms.
"""

from __future__ import annotations

import argparse
import ast
import os
import resource
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


def run_once(tree: Path) -> tuple[float, float, int]:
    """One ``repoagent graph`` run: (wall seconds, CPU seconds, peak tree RSS in KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen([*REPOAGENT, "graph", str(tree), "-o", os.devnull], stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"repoagent graph failed on {tree} (exit {process.returncode})")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, peak


#: The kinds of one-function edit, each a line added at the end of the function's body.
EDITS = {"comment": "# bench {run}", "constant": "_bench_edit = {run}", "call": "{function}()"}


def edit_target(files: list[Path]) -> tuple[Path, int, str, str]:
    """The median-sized module with a top-level function: the line after its last
    function's body, that body's indentation, and the function's name."""
    candidates = []
    for file in sorted(files, key=lambda f: (f.stat().st_size, str(f))):
        try:
            tree = ast.parse(file.read_bytes())
        except (SyntaxError, ValueError):
            continue
        functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
        if functions:
            last = functions[-1].body[-1]
            candidates.append((file, last.end_lineno or last.lineno, " " * last.col_offset, functions[-1].name))
    return candidates[len(candidates) // 2]


def edit_function(target: tuple[Path, int, str, str], run: int, kind: str = "constant") -> None:
    """Add one line of ``kind`` at the end of the target function (one function edited)."""
    file, line, indent, function = target
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(line, indent + EDITS[kind].format(run=run, function=function) + "\n")
    file.write_text("".join(lines), encoding="utf-8")


def store_profile(tree: Path, target: tuple[Path, int, str, str]) -> dict[str, object]:
    """The store's size and components, and the rows a one-edit run reads, per table."""
    from repoagent.config import Settings
    from repoagent.graph import build
    from repoagent.store import Store

    rows: dict[str, int] = {}
    components: list[int] = []
    get, components_of = Store.get, build._components

    def counting_get(self: Store, table: str, key: str) -> bytes | None:
        rows[table] = rows.get(table, 0) + 1
        return get(self, table, key)

    def recording(files, imports):  # type: ignore[no-untyped-def]
        found = components_of(files, imports)
        components[:] = sorted((len(c.paths) for c in found), reverse=True)
        return found

    build_graph_settings = Settings()
    build.build_graph(tree, build_graph_settings)
    Store.get, build._components = counting_get, recording  # type: ignore[method-assign]
    try:
        edit_function(target, 999)
        build.build_graph(tree, build_graph_settings)
    finally:
        Store.get, build._components = get, components_of  # type: ignore[method-assign]
    store = tree / ".repoagent" / "store.sqlite"
    return {"store_mb": store.stat().st_size / 1e6, "rows": rows, "components": components}


def breakdown(tree: Path) -> tuple[float, float]:
    """Seconds of parsing on one core and of resolving, measured in-process, no cache."""
    from repoagent.graph.build import gc_paused
    from repoagent.parsing.cache import ParseCache
    from repoagent.parsing.registry import resolver_for
    from repoagent.parsing.run import parse_jobs, read_snapshot
    from repoagent.sources import WorkingTree

    todo, _ = read_snapshot(WorkingTree(tree), 1_000_000, tree.name if (tree / "__init__.py").is_file() else "")
    with gc_paused():  # as build_graph runs them
        start = time.perf_counter()
        parsed = parse_jobs(todo, ParseCache(None), workers=1)
        parsing = time.perf_counter() - start
        nodes = {d.id: d for f in parsed.values() for d in f.definitions}
        start = time.perf_counter()
        resolver_for("python").resolve([f for f in parsed.values() if f.language == "python"], nodes)
        return parsing, time.perf_counter() - start


def measure(source: Path, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / source.name
        shutil.copytree(source, tree, ignore=shutil.ignore_patterns("site-packages", "__pycache__", "*.pyc"))
        files = list(tree.rglob("*.py"))
        size = sum(f.stat().st_size for f in files)
        target = edit_target(files)
        cold, warm = [], []
        changed: dict[str, list[tuple[float, float, int]]] = {kind: [] for kind in EDITS}
        for run in range(runs):
            shutil.rmtree(tree / ".repoagent", ignore_errors=True)
            cold.append(run_once(tree))
            warm.append(run_once(tree))
            for kind, results in changed.items():
                edit_function(target, run, kind)
                results.append(run_once(tree))
            print(f"  {source.name} run {run + 1}: cold {cold[-1]}, warm {warm[-1]}, edited {[r[-1] for r in changed.values()]} "
                  f"(wall s, CPU s, peak KiB); load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
        profile = store_profile(tree, target)
        parse_s, resolve_s = breakdown(tree)
    return {
        "parse_1core_s": parse_s,
        "resolve_s": resolve_s,
        "tree": str(source),
        "edited": str(target[0].relative_to(tree)),
        "files": len(files),
        "mb": size / 1e6,
        **{f"{name}_{what}": statistics.median(r[i] for r in results) for name, results in (("cold", cold), ("warm", warm), *changed.items()) for i, what in ((0, "s"), (1, "cpu"))},
        **{f"{name}_peak_mb": statistics.median(r[2] for r in results) / 1024 for name, results in (("cold", cold), ("warm", warm), *changed.items())},
        **profile,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("trees", nargs="*", type=Path)
    args = parser.parse_args()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    trees = args.trees or [stdlib / "email", stdlib]
    print(f"load average before: {os.getloadavg()}", flush=True)
    print("| tree | files | MB | cold s (CPU) | warm s (CPU) | edited: comment s (CPU) | constant s (CPU) | call s (CPU) | peak MB cold / warm / call | store MB | parse, 1 core, s | resolve s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    details = []
    for tree in trees:
        r = measure(tree, args.runs)
        print(
            f"| {r['tree']} | {r['files']} | {r['mb']:.1f} | {r['cold_s']:.2f} ({r['cold_cpu']:.2f}) | {r['warm_s']:.2f} ({r['warm_cpu']:.2f}) "
            f"| {r['comment_s']:.2f} ({r['comment_cpu']:.2f}) | {r['constant_s']:.2f} ({r['constant_cpu']:.2f}) | {r['call_s']:.2f} ({r['call_cpu']:.2f}) "
            f"| {r['cold_peak_mb']:.0f} / {r['warm_peak_mb']:.0f} / {r['call_peak_mb']:.0f} "
            f"| {r['store_mb']:.1f} | {r['parse_1core_s']:.2f} | {r['resolve_s']:.2f} |",
            flush=True,
        )
        details.append(r)
    for r in details:
        sizes = r["components"]
        print(f"{r['tree']}: edited {r['edited']}; {len(sizes)} components, largest {sizes[:5]}; rows read by a one-edit run: {r['rows']}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
