"""Build the call graph of a repository: parse every file, then resolve each language.

Two caches in the workspace (:mod:`repoagent.workspace`; data-only msgpack, see
:mod:`repoagent.codec`) make repeated runs cheap. The parse cache keeps each
file's parse by content hash. The graph cache keeps the last resolved graph, keyed
by every file's path, module and content hash (and the code that resolved it): when
nothing changed, a run reads files and hashes them, and skips both parsing and
resolution — loading every call site of a large repository costs more than the
graph itself.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from repoagent.codec import CacheError, decode_edge, decode_list, decode_source_file, encode_edge, encode_source_file, read_cache, write_cache
from repoagent.config import Settings
from repoagent.graph.ids import separate_ids
from repoagent.graph.model import CallGraph
from repoagent.graph.resolvers import RESOLVERS
from repoagent.graph.resolvers.base import Resolver
from repoagent.hashing import code_fingerprint, content_hash
from repoagent.models import Definition, Edge, ParsedFile, SourceFile
from repoagent.parsing.cache import FORMAT as PARSER_FORMAT
from repoagent.parsing.cache import ParseCache
from repoagent.parsing.run import Job, parse_jobs, read_snapshot
from repoagent.sources import Snapshot, WorkingTree
from repoagent.workspace import Workspace

RESOLVER_FORMAT = code_fingerprint(Path(__file__).parent)


def build_graph(root: Path, settings: Settings, snapshot: Snapshot | None = None) -> CallGraph:
    """The call graph of ``snapshot`` (default: the working tree under ``root``)."""
    snapshot = snapshot if snapshot is not None else WorkingTree(root, settings.exclude)
    prefix = root.resolve().name if (root / "__init__.py").is_file() else ""
    todo, skipped = read_snapshot(snapshot, settings.max_file_size, prefix)
    key = _graph_key(todo, settings.precise)
    workspace = Workspace(root)
    with _gc_paused():
        cached = _read_graph(workspace.graph_cache, key)
        if cached is not None:
            files, edges, parse_warnings, duplicates = cached
            nodes = {d.id: d for f in files.values() for d in f.definitions}
            return CallGraph(root, files, nodes, edges, parse_warnings, skipped | duplicates)
        _prepare(workspace)
        parsed, parse_warnings = parse_jobs(todo, ParseCache(workspace.parse_cache), settings.jobs)
        duplicates = _drop_duplicate_modules(parsed)
        parse_warnings += separate_ids(parsed)
        nodes = {d.id: d for f in parsed.values() for d in f.definitions}
        resolved, resolve_warnings = _resolve(root, parsed, nodes, settings.precise)
        edges = _merge(resolved, nodes)
        parse_warnings = parse_warnings + resolve_warnings
        files = {path: parsed_file.source_file() for path, parsed_file in sorted(parsed.items())}
        if workspace.graph_cache is not None:
            stored = [
                [encode_source_file(f) for f in files.values()],
                [encode_edge(e) for e in edges],
                parse_warnings,
                [[path, why] for path, why in sorted(duplicates.items())],
            ]
            write_cache(workspace.graph_cache, key, stored)
    return CallGraph(root, files, nodes, edges, parse_warnings, skipped | duplicates)


def _read_graph(
    file: Path | None, key: str
) -> tuple[dict[str, SourceFile], list[Edge], list[str], dict[str, str]] | None:
    """The graph stored under ``key``: its files, edges, parse warnings and the files
    dropped as duplicate modules (path -> why); ``None`` when there is none or it is
    not what :func:`build_graph` writes."""
    stored = read_cache(file, key) if file is not None else None
    if stored is None:
        return None
    try:
        files, edges, parse_warnings, duplicates = stored
        sources = decode_list(files, decode_source_file)
        dropped = dict(decode_list(duplicates, _duplicate))
        return {f.path: f for f in sources}, decode_list(edges, decode_edge), decode_list(parse_warnings, _warning), dropped
    except (CacheError, TypeError, ValueError):
        return None


def _duplicate(value: object) -> tuple[str, str]:
    if not (isinstance(value, list) and len(value) == 2 and all(type(item) is str for item in value)):
        raise CacheError("a dropped file is not a [path, why] pair")
    return value[0], value[1]


def _prepare(workspace: Workspace) -> None:
    """Make the folder the caches go to; a read-only checkout only loses the speed-up."""
    if workspace.trusted:
        try:
            workspace.ensure()
        except OSError:
            pass


def _warning(value: object) -> str:
    if type(value) is not str:
        raise CacheError("a warning is not a string")
    return value


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while caches load and the resolver runs.

    They make millions of small acyclic objects, and each collection rescans all of
    them: on the standard library that was 40% of the resolution time. Nothing made
    here forms cycles; the collector runs again as soon as the graph is built.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _graph_key(todo: list[Job], precise: bool) -> str:
    """Everything the graph depends on: the files as read, and the code reading them."""
    listing = "\n".join(f"{path}\0{module}\0{digest}" for path, module, _, digest in sorted(todo))
    return content_hash(f"{PARSER_FORMAT}\n{RESOLVER_FORMAT}\n{precise}\n{listing}".encode())


def _resolve(
    root: Path, parsed: dict[str, ParsedFile], nodes: dict[str, Definition], precise: bool
) -> tuple[list[Edge], list[str]]:
    """The edges of every language's resolver, and their warnings (calls left out)."""
    by_language: dict[str, list[ParsedFile]] = defaultdict(list)
    for parsed_file in parsed.values():
        by_language[parsed_file.language].append(parsed_file)
    # One call per resolver, not per language: JavaScript and TypeScript share one,
    # and a .ts file may import a .js file.
    by_resolver: dict[int, tuple[Resolver, list[ParsedFile]]] = {}
    for language, language_files in sorted(by_language.items()):
        resolver = RESOLVERS.get(language)
        if resolver is not None:
            by_resolver.setdefault(id(resolver), (resolver, []))[1].extend(language_files)
    found: list[Edge] = []
    warnings: list[str] = []
    for resolver, resolver_files in by_resolver.values():
        result = resolver.resolve(resolver_files, nodes)
        found.extend(result)
        warnings.extend(getattr(result, "warnings", ()))
    if precise:
        from repoagent.graph.precise import precise_edges  # jedi is optional: import it only when asked

        found.extend(precise_edges(root, by_language.get("python", []), nodes))
    return found, warnings


def _drop_duplicate_modules(parsed: dict[str, ParsedFile]) -> list[str]:
    """Drop files whose module id another file already has (``a.py`` beside ``a/``);
    returns them (path -> why)."""
    owners: dict[str, str] = {}
    dropped = {}
    # Packages (``a/__init__.py``) win over modules (``a.py``), as in Python's import system.
    for path, parsed_file in sorted(parsed.items(), key=lambda item: (not item[0].endswith("__init__.py"), item[0])):
        owner = owners.setdefault(parsed_file.module, path)
        if owner != path:
            dropped[path] = f"its module name {parsed_file.module} is taken by {owner}"
            del parsed[path]
    return dropped


def _merge(edges: list[Edge], nodes: dict[str, Definition]) -> list[Edge]:
    """One edge per (caller, callee) with all its call lines; only edges between known nodes."""
    lines: dict[tuple[str, str], set[int]] = defaultdict(set)
    for edge in edges:
        if edge.caller in nodes and edge.callee in nodes:
            lines[(edge.caller, edge.callee)].update(edge.lines)
    return [Edge(caller, callee, tuple(sorted(found))) for (caller, callee), found in sorted(lines.items())]
