"""CPU time of the Python resolution alone, on saved parses: the solver's own instrument.

Usage:
  python bench/resolve_bench.py save PARSES [TREE]   parse TREE once (default: the running
                                                     Python's ``Lib/``) and pickle its Python parses
  python bench/resolve_bench.py time PARSES          resolve them in-process, collector paused as
                                                     ``build_graph`` runs it
  python bench/resolve_bench.py phases PARSES        the same, CPU seconds per phase (the index, the
                                                     facts made constraints, the fixed point, the
                                                     edges) and the peak RSS

``time`` prints the CPU seconds (user + system) of ``PythonResolver().resolve`` and a
digest of its sorted edges and warnings, so that runs of two versions of the code
(``PYTHONPATH`` pointing at each) on the same parses can be interleaved and
compared: the digest must not change, the CPU should fall. A whole cold run mixes
in parsing, the store and rendering; this times only what the solver does.
"""

from __future__ import annotations

import hashlib
import pickle
import resource
import sys
import sysconfig
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def save(target: Path, tree: Path) -> None:
    """Parse ``tree`` as ``build_graph`` would (no cache) and pickle the Python parses."""
    from repoagent.parsing.cache import ParseCache
    from repoagent.parsing.run import parse_jobs, read_snapshot
    from repoagent.sources import WorkingTree

    todo, _ = read_snapshot(WorkingTree(tree), 1_000_000, tree.name if (tree / "__init__.py").is_file() else "")
    parsed = parse_jobs(todo, ParseCache(None), workers=2)
    files = [parsed[path] for path in sorted(parsed) if parsed[path].language == "python"]
    target.write_bytes(pickle.dumps(files, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"{len(files)} Python files saved to {target}")


def time_resolution(source: Path) -> None:
    from repoagent.graph.build import gc_paused
    from repoagent.graph.resolvers.python_flow import PythonResolver

    files = pickle.loads(source.read_bytes())
    nodes = {d.id: d for f in files for d in f.definitions}
    with gc_paused():
        start = cpu_seconds()
        result = PythonResolver().resolve(files, nodes)
        spent = cpu_seconds() - start
    lines = sorted(f"{e.caller} {e.callee} {e.lines}" for e in result)
    digest = hashlib.sha256("\n".join(lines + ["--"] + result.warnings).encode("utf-8", "surrogatepass")).hexdigest()
    print(f"{spent:.2f} s CPU, {len(lines)} edges, {len(result.warnings)} warnings, digest {digest[:16]}")


def time_phases(source: Path) -> None:
    """What ``time`` measures, phase by phase: ``add_facts`` includes the rules a
    constraint runs at once for the values its variable already holds."""
    from repoagent.graph.build import gc_paused
    from repoagent.graph.resolvers.python import Index
    from repoagent.graph.resolvers.python_flow import Flow

    files = pickle.loads(source.read_bytes())
    nodes = {d.id: d for f in files for d in f.definitions}
    spent: dict[str, float] = {}
    with gc_paused():
        start = cpu_seconds()
        flow = Flow(Index(files))
        spent["index"], start = cpu_seconds() - start, cpu_seconds()
        flow.add_facts(files)
        spent["add_facts"], start = cpu_seconds() - start, cpu_seconds()
        flow.solve()
        spent["solve"], start = cpu_seconds() - start, cpu_seconds()
        flow.edges(nodes)
        spent["edges"] = cpu_seconds() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(" ".join(f"{phase}={seconds:.2f}" for phase, seconds in spent.items()), f"total={sum(spent.values()):.2f} peak={peak}MB")


def main() -> None:
    command, parses, *rest = sys.argv[1:]
    if command == "save":
        save(Path(parses), Path(rest[0]) if rest else Path(sysconfig.get_paths()["stdlib"]))
    elif command == "phases":
        time_phases(Path(parses))
    else:
        time_resolution(Path(parses))


if __name__ == "__main__":
    main()
