"""Compare the edges and warnings of two ``repoagent graph --format json`` outputs.

Usage: python bench/graph_diff.py BEFORE.json AFTER.json

A resolver optimisation must leave both exactly as they were: prints what was
lost and what was gained (edges with their lines, and warnings) and exits 1 if
anything differs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def facts(path: Path) -> set[str]:
    """Every edge (caller, callee, lines) and warning of one graph, as printable lines."""
    graph = json.loads(path.read_text(encoding="utf-8"))
    edges = {f"edge {e['caller']} -> {e['callee']} {e['lines']}" for e in graph["edges"]}
    return edges | {f"warning {w}" for w in graph["warnings"]}


def main() -> None:
    before, after = (facts(Path(p)) for p in sys.argv[1:3])
    for line in sorted(before - after):
        print("-", line)
    for line in sorted(after - before):
        print("+", line)
    print(f"{len(before)} facts before, {len(after)} after, {len(before ^ after)} differ")
    sys.exit(1 if before != after else 0)


if __name__ == "__main__":
    main()
