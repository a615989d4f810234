"""Graph build throughput (MB/s, cold) for JavaScript and TypeScript against Python.

Usage::

    python bench/languages_js_bench.py python=/usr/lib/python3.11/asyncio \\
        javascript=/tmp/lodash/package typescript=/tmp/rxjs/package/src [--runs 5]

Each ``LANGUAGE=PATH`` tree is copied (only that language's files) into a temporary
folder, then the graph is built ``--runs`` times with one job and no parse cache
(``.repoagent/`` is deleted before each run); the median time gives MB/s over the
bytes actually parsed. Sources are fetched, not committed: ``cd /tmp && npm pack
lodash-es rxjs@7`` and untar (the README's languages section says so).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from repoagent.config import Settings
from repoagent.graph.build import CACHE_FOLDER, build_graph
from repoagent.parsing.registry import LANGUAGES


def copy_language(source: Path, language: str, target: Path) -> None:
    """Copy the files of ``language`` under ``source`` into ``target``, keeping the layout."""
    extensions = LANGUAGES[language].extensions
    for path in source.rglob("*"):
        if path.is_file() and path.suffix in extensions and "node_modules" not in path.parts:
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)


def measure(root: Path, runs: int) -> dict[str, float]:
    times: list[float] = []
    graph = None
    for _ in range(runs):
        shutil.rmtree(root / CACHE_FOLDER, ignore_errors=True)
        start = time.perf_counter()
        graph = build_graph(root, Settings(jobs=1))
        times.append(time.perf_counter() - start)
    assert graph is not None
    size = sum((root / path).stat().st_size for path in graph.files)
    median = statistics.median(times)
    return {
        "files": len(graph.files),
        "megabytes": size / 1e6,
        "seconds": median,
        "mb_per_s": size / 1e6 / median,
        "nodes": len(graph.nodes),
        "edges": len(graph.edges),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", help="LANGUAGE=PATH, e.g. typescript=/tmp/rxjs/package/src")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for spec in args.trees:
        language, _, path = spec.partition("=")
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "tree"
            copy_language(Path(path), language, root)
            results[language] = measure(root, args.runs)
    baseline = results.get("python", {}).get("mb_per_s")
    for language, result in results.items():
        ratio = f"{baseline / result['mb_per_s']:.2f}x Python's time per MB" if baseline else ""
        print(
            f"{language:11} {int(result['files']):5} files {result['megabytes']:6.2f} MB "
            f"{result['seconds']:6.2f} s  {result['mb_per_s']:5.2f} MB/s  "
            f"{int(result['nodes'])} nodes {int(result['edges'])} edges  {ratio}"
        )


if __name__ == "__main__":
    main()
