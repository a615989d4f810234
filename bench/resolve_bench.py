"""CPU time of the Python resolution alone, on saved parses: the solver's own instrument.

Usage:
  python bench/resolve_bench.py save PARSES [TREE]   parse TREE once (default: the running
                                                     Python's ``Lib/``) and pickle its Python parses
  python bench/resolve_bench.py time PARSES          resolve them in-process, collector paused as
                                                     ``build_graph`` runs it

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


def main() -> None:
    command, parses, *rest = sys.argv[1:]
    if command == "save":
        save(Path(parses), Path(rest[0]) if rest else Path(sysconfig.get_paths()["stdlib"]))
    else:
        time_resolution(Path(parses))


if __name__ == "__main__":
    main()
