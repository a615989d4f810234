"""Benchmark the LLM writer's cost on a real ~12k-line repository, with a loopback server.

    .venv/bin/python bench/llm_bench.py [--package click] [--runs 3]

Copies an installed package (default ``click``, 12.7k lines) into a temporary
folder, builds its call graph and writes every node from scratch with the LLM
writer against ``tests/support/llm_server.py`` (no network, answers in ~0 ms), then:

* reports LLM calls, total and largest prompt characters (the reference tool: 807
  calls, 4.73M characters, largest 93k on such a repository; target: at most half its
  characters, no prompt over the budget);
* edits one function body and rewrites only the stale nodes with the first run's
  summaries, counting calls (target: exactly one per stale node);
* reruns from scratch on the same cache, counting calls (a resumed run pays nothing
  twice).

Characters and calls are deterministic; wall times are medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from repoagent.config import Settings  # noqa: E402
from repoagent.graph.build import build_graph  # noqa: E402
from repoagent.graph.model import CallGraph  # noqa: E402
from repoagent.writers.llm import LLMWriter  # noqa: E402
from repoagent.writers.schedule import write_in_order  # noqa: E402
from tests.support.llm_server import LLMServer  # noqa: E402

REFERENCE = {"calls": 807, "characters": 4_730_000, "largest": 93_000}


def code_reader(graph: CallGraph):
    def code_of(node_id: str) -> str:
        node = graph.nodes[node_id]
        return (graph.root / node.path).read_bytes()[node.span.start_byte : node.span.end_byte].decode("utf-8", "replace")

    return code_of


def copy_package(name: str, into: Path) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not an installed package")
    source = Path(next(iter(spec.submodule_search_locations)))
    shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    return into


def edit_one_function(graph: CallGraph) -> str:
    """Add a statement at the end of the largest plain function; returns its id."""
    functions = [n for n in graph.nodes.values() if n.kind.value == "function" and n.span.end_line - n.span.start_line > 3]
    node = max(functions, key=lambda n: (n.span.end_line - n.span.start_line, n.id))
    path = graph.root / node.path
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    last = lines[node.span.end_line - 1]
    indent = last[: len(last) - len(last.lstrip())]
    lines.insert(node.span.end_line, f"{indent}_edited_by_bench = True\n")
    path.write_text("".join(lines), encoding="utf-8")
    return node.id


def stale_after_edit(before: CallGraph, after: CallGraph) -> set[str]:
    """Changed nodes, new nodes, and callers of nodes whose signature changed."""
    stale = {i for i, n in after.nodes.items() if i not in before.nodes or before.nodes[i].code_hash != n.code_hash}
    moved = {i for i in stale if i in before.nodes and before.nodes[i].signature != after.nodes[i].signature}
    stale |= {edge.caller for i in moved for edge in after.callers(i)}
    return stale


def one_run(package: str, settings: Settings) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = copy_package(package, Path(folder))
        graph = build_graph(root, settings)
        lines = sum(len((root / p).read_text(encoding="utf-8").splitlines()) for p in graph.files)
        writer = LLMWriter(settings)
        started = time.perf_counter()
        written = write_in_order(graph, graph.nodes, writer, code_reader(graph), {}, settings.jobs)
        full_seconds = time.perf_counter() - started
        summaries = {node_id: section.summary for node_id, section in written.items()}
        resumed = LLMWriter(settings)
        write_in_order(graph, graph.nodes, resumed, code_reader(graph), {}, settings.jobs)

        edited = edit_one_function(graph)
        after = build_graph(root, settings)
        stale = stale_after_edit(graph, after)
        incremental = LLMWriter(settings)
        write_in_order(after, stale, incremental, code_reader(after), summaries, settings.jobs)
        return {
            "lines": lines,
            "nodes": len(graph.nodes),
            "edges": len(graph.edges),
            "calls": writer.usage.calls,
            "characters": writer.usage.prompt_characters,
            "largest": writer.usage.largest_prompt,
            "fallbacks": writer.usage.fallbacks,
            "full_seconds": full_seconds,
            "edited": edited,
            "stale": len(stale),
            "incremental_calls": incremental.usage.calls,
            "incremental_cache_hits": incremental.usage.cache_hits,
            "rerun_calls": resumed.usage.calls,
            "rerun_cache_hits": resumed.usage.cache_hits,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", default="click")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget", type=int, default=Settings().prompt_budget)
    options = parser.parse_args()
    with LLMServer() as server:
        settings = Settings(base_url=server.url, api_key="bench", model="loopback", prompt_budget=options.budget)
        runs = [one_run(options.package, settings) for _ in range(options.runs)]
    first = runs[0]
    print(f"machine: {platform.machine()}, {platform.python_version()}, {options.runs} runs")
    print(f"repository: {options.package}, {first['lines']} lines, {first['nodes']} nodes, {first['edges']} edges")
    print(
        f"from scratch: {first['calls']} calls, {first['characters']} prompt chars "
        f"({first['characters'] / REFERENCE['characters']:.1%} of the reference's 4.73M), "
        f"largest {first['largest']} (budget {options.budget}), {first['fallbacks']} fallbacks, "
        f"median {statistics.median(r['full_seconds'] for r in runs):.2f} s wall"
    )
    print(
        f"incremental after editing {first['edited']}: {first['stale']} stale nodes, "
        f"{first['incremental_calls']} calls, {first['incremental_cache_hits']} cache hits"
    )
    print(f"rerun from scratch on the cache: {first['rerun_calls']} calls, {first['rerun_cache_hits']} cache hits")


if __name__ == "__main__":
    main()
