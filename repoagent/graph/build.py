"""Build the call graph of a repository: parse every file, then resolve each language."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from repoagent.config import Settings
from repoagent.graph.model import CallGraph
from repoagent.graph.resolvers import RESOLVERS
from repoagent.graph.resolvers.base import Resolver
from repoagent.models import Definition, Edge, ParsedFile
from repoagent.parsing.cache import ParseCache
from repoagent.parsing.run import parse_snapshot
from repoagent.sources import Snapshot, WorkingTree

CACHE_FOLDER = ".repoagent"


def build_graph(root: Path, settings: Settings, snapshot: Snapshot | None = None) -> CallGraph:
    """The call graph of ``snapshot`` (default: the working tree under ``root``)."""
    snapshot = snapshot if snapshot is not None else WorkingTree(root, settings.exclude)
    prefix = root.resolve().name if (root / "__init__.py").is_file() else ""
    cache = ParseCache(root / CACHE_FOLDER)
    parsed, warnings = parse_snapshot(snapshot, cache, settings.jobs, settings.max_file_size, prefix)
    files = _unique_modules(parsed, warnings)
    nodes = {d.id: d for f in files.values() for d in f.definitions}
    by_language: dict[str, list[ParsedFile]] = defaultdict(list)
    for parsed_file in files.values():
        by_language[parsed_file.language].append(parsed_file)
    # One call per resolver, not per language: JavaScript and TypeScript share one,
    # and a .ts file may import a .js file.
    by_resolver: dict[int, tuple[Resolver, list[ParsedFile]]] = {}
    for language, language_files in sorted(by_language.items()):
        resolver = RESOLVERS.get(language)
        if resolver is not None:
            by_resolver.setdefault(id(resolver), (resolver, []))[1].extend(language_files)
    found: list[Edge] = []
    for resolver, resolver_files in by_resolver.values():
        found.extend(resolver.resolve(resolver_files, nodes))
    if settings.precise:
        from repoagent.graph.precise import precise_edges  # jedi is optional: import it only when asked

        found.extend(precise_edges(root, by_language.get("python", []), nodes))
    return CallGraph(root, files, nodes, _merge(found, nodes), warnings)


def _unique_modules(parsed: dict[str, ParsedFile], warnings: list[str]) -> dict[str, ParsedFile]:
    """Drop files whose module id another file already has (``a.py`` beside ``a/``)."""
    owners: dict[str, str] = {}
    kept: dict[str, ParsedFile] = {}
    # Packages (``a/__init__.py``) win over modules (``a.py``), as in Python's import system.
    for path, parsed_file in sorted(parsed.items(), key=lambda item: (not item[0].endswith("__init__.py"), item[0])):
        owner = owners.setdefault(parsed_file.module, path)
        if owner != path:
            warnings.append(f"{path}: skipped, its module name {parsed_file.module} is taken by {owner}")
            continue
        kept[path] = parsed_file
    return dict(sorted(kept.items()))


def _merge(edges: list[Edge], nodes: dict[str, Definition]) -> list[Edge]:
    """One edge per (caller, callee) with all its call lines; only edges between known nodes."""
    lines: dict[tuple[str, str], set[int]] = defaultdict(set)
    for edge in edges:
        if edge.caller in nodes and edge.callee in nodes:
            lines[(edge.caller, edge.callee)].update(edge.lines)
    return [Edge(caller, callee, tuple(sorted(found))) for (caller, callee), found in sorted(lines.items())]
