"""Build the call graph of a repository: parse every file, then resolve each language.

Everything reusable lives in the workspace's store (:mod:`repoagent.store`; data-only
msgpack rows, see :mod:`repoagent.codec`), read by the row:

* ``parses``: each file's full parse, by path and content hash;
* ``files``: what the graph keeps of each file (its definitions), the modules
  it imports, its flow key and positions (:mod:`repoagent.graph.flow_key`), by path
  and content hash: enough to place it in a component and key it without its parse;
* ``components``: the edges and warnings of each resolution component
  (:mod:`repoagent.graph.components`) and, per file, the positions it was solved
  with, by a hash of its files' paths, modules, flow keys and definition ids.

A run reads every file's ``files`` row and every component's row; only the
components holding a file whose flow key changed, or an added or removed file, are
resolved again, from the parses of their own files. A component whose files only
moved lines reuses its row with the lines mapped by rank. A change can merge or
split components: their keys then differ, so they are resolved again. The result
equals a full resolution exactly.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from repoagent.codec import decode_edge, decode_list, decode_source_file, encode_edge, encode_source_file
from repoagent.config import Settings
from repoagent.graph.components import python_components
from repoagent.graph.flow_key import flow_key, line_maps, shifted
from repoagent.graph.ids import separate_ids
from repoagent.graph.model import CallGraph
from repoagent.graph.resolvers.base import Resolver
from repoagent.hashing import code_fingerprint, content_hash
from repoagent.models import Definition, Edge, ParsedFile, SourceFile
from repoagent.packed import CacheError, ints, pack, strings, unpack
from repoagent.parsing.cache import FORMAT as PARSER_FORMAT
from repoagent.parsing.cache import TABLE as PARSES
from repoagent.parsing.cache import ParseCache, parse_key
from repoagent.parsing.registry import resolver_for
from repoagent.parsing.run import Job, parse_derived, parse_jobs, read_snapshot, syntax_warnings
from repoagent.sources import Snapshot, WorkingTree
from repoagent.store import Store, open_store
from repoagent.workspace import Workspace

RESOLVER_FORMAT = code_fingerprint(Path(__file__).parent)
FILES = "files"
COMPONENTS = "components"
FLOW_FORMAT = code_fingerprint(Path(__file__).parent / "flow_key.py")
FORMATS = {PARSES: PARSER_FORMAT, FILES: f"{PARSER_FORMAT}-{FLOW_FORMAT}", COMPONENTS: f"{PARSER_FORMAT}-{RESOLVER_FORMAT}"}


class Summary(NamedTuple):
    """A file's ``files`` row: what the graph keeps of it, the modules it imports, and
    its flow key with the positions the key ranks."""

    source: SourceFile
    imports: tuple[str, ...]
    flow: str
    positions: tuple[int, ...]


class Component:
    """Files one resolver resolves together, apart from all others; keyed by what
    the resolver reads of them (their flow keys), so lines moving keep the key."""

    def __init__(self, resolver: Resolver, label: str, files: list[SourceFile], summaries: dict[str, Summary]) -> None:
        self.resolver = resolver
        self.paths = [f.path for f in files]
        self.positions = [summaries[f.path].positions for f in files]
        listing = "\n".join(f"{f.path}\0{f.module}\0{summaries[f.path].flow}\0{_ids_digest(f)}" for f in files)
        self.key = content_hash(f"{label}\n{listing}".encode("utf-8", "surrogatepass"))


def build_graph(root: Path, settings: Settings, snapshot: Snapshot | None = None) -> CallGraph:
    """The call graph of ``snapshot`` (default: the working tree under ``root``)."""
    with gc_paused():  # all of it, the edges' sorting and the graph's indexes too
        return _built(root, settings, snapshot)


def _built(root: Path, settings: Settings, snapshot: Snapshot | None) -> CallGraph:
    snapshot = snapshot if snapshot is not None else WorkingTree(root, settings.exclude)
    prefix = root.resolve().name if (root / "__init__.py").is_file() else ""
    todo, skipped = read_snapshot(snapshot, settings.max_file_size, prefix)
    workspace = Workspace(root)
    _prepare(workspace)
    with open_store(workspace.store, FORMATS) as store:
        parses = ParseCache(store)
        fresh: dict[str, ParsedFile] = {}  # parsed this run: their rows are new
        summaries = _summaries(todo, store, parses, fresh, settings.jobs)
        originals = {path: _shell(summary.source) for path, summary in sorted(summaries.items())}
        duplicates = _drop_duplicate_modules(originals)
        shells = dict(originals)
        id_warnings = separate_ids(shells)
        files = {path: shell.source_file() for path, shell in shells.items()}
        nodes = {d.id: d for f in files.values() for d in f.definitions}
        components = _components(files, summaries)
        edges: list[Edge] = []
        warnings_of: dict[str, list[str]] = {}  # by component key
        dirty = []
        for component in components:
            stored = _reused(_read_component(store, component.key), component, nodes)
            if stored is None:
                dirty.append(component)
            else:
                edges.extend(stored[0])
                warnings_of[component.key] = stored[1]
        kept = [parse_key(path, digest) for path, _, _, digest in todo]
        todo_by_path = {job[0]: job for job in todo}
        wanted = [path for component in dirty for path in component.paths]
        if settings.precise:
            wanted += [path for path, f in files.items() if f.language == "python"]
        full = _full_parses(wanted, todo_by_path, parses, fresh, settings.jobs)
        # The sources (31 MB for the standard library) and the parses not wanted are
        # not read again: they go before the resolver's peak.
        fresh.clear()
        todo.clear()
        todo_by_path.clear()
        if any(shells[path] is not originals[path] for path in full):
            full = _renamed({**originals, **full}, full.keys())
        python = [full[path] for path, f in files.items() if f.language == "python"] if settings.precise else []
        found = _resolve_components(store, dirty, full, nodes)
        for component in components:  # the same order, reused or not
            if component.key in found:
                edges.extend(found[component.key][0])
                warnings_of[component.key] = found[component.key][1]
        resolve_warnings = [w for component in components for w in warnings_of[component.key]]
        if settings.precise:
            from repoagent.graph.precise import precise_edges  # jedi is optional: import it only when asked

            edges.extend(precise_edges(root, python, nodes))
        store.commit({PARSES: kept, FILES: kept, COMPONENTS: [component.key for component in components]})
    parse_warnings = syntax_warnings(files.values()) + id_warnings + resolve_warnings
    # Each component's edges are merged already, and a caller and its callees are
    # always in one component: only jedi's edges can add lines to another's.
    edges = _merge(edges, nodes) if settings.precise else sorted(edges, key=_ends)
    groups = {} if settings.precise else {path: c.key for c in components for path in c.paths}
    return CallGraph(root, files, nodes, edges, parse_warnings, skipped | duplicates, groups)


def _summaries(todo: list[Job], store: Store, parses: ParseCache, fresh: dict[str, ParsedFile], jobs: int) -> dict[str, Summary]:
    """Each file's summary: from the store where it has it, else from its parse
    (parsed now when the store has none; kept in ``fresh``)."""
    found: dict[str, Summary] = {}
    missing: list[Job] = []
    for job in todo:
        path, module, _, digest = job
        summary = _decode_summary(store.get(FILES, parse_key(path, digest)))
        if summary is not None and (summary.source.path, summary.source.module, summary.source.content_hash) == (path, module, digest):
            found[path] = summary
        else:
            missing.append(job)
    for path, (parsed, (summary, blob)) in parse_derived(missing, parses, jobs, _summary_row).items():
        fresh[path] = parsed
        if blob is not None:
            store.put(FILES, parse_key(path, parsed.content_hash), blob)
        found[path] = summary
    return found


def _summary_row(parsed: ParsedFile) -> tuple[Summary, bytes | None]:
    """The summary of ``parsed`` and its ``files`` row; made in the parser workers
    (:func:`~repoagent.parsing.run.parse_derived`)."""
    summary = Summary(parsed.source_file(), tuple(sorted({i.module for i in parsed.imports})), *flow_key(parsed))
    return summary, pack([encode_source_file(summary.source), list(summary.imports), summary.flow, list(summary.positions)])


def _decode_summary(blob: bytes | None) -> Summary | None:
    if blob is None:
        return None
    try:
        source, imports, flow, positions = unpack(blob)
        if type(flow) is not str:
            return None
        return Summary(decode_source_file(source), strings(imports), flow, ints(positions))
    except (CacheError, TypeError, ValueError):
        return None


def _shell(source: SourceFile) -> ParsedFile:
    """A parsed file holding only what ``source`` keeps: enough to drop duplicate
    modules and separate ids, which look at nothing else."""
    return ParsedFile(source.path, source.language, source.module, source.content_hash, list(source.definitions), errors=list(source.errors))


def _components(files: dict[str, SourceFile], summaries: dict[str, Summary]) -> list[Component]:
    """The resolution components, each resolver's in turn (JavaScript and TypeScript
    share one resolver: a .ts file may import a .js file)."""
    by_resolver: dict[int, tuple[Resolver, str, list[SourceFile]]] = {}
    for language in sorted({f.language for f in files.values()}):
        resolver = resolver_for(language)
        if resolver is not None:
            by_resolver.setdefault(id(resolver), (resolver, language, []))
    for source in files.values():
        resolver = resolver_for(source.language)
        if resolver is not None:
            by_resolver[id(resolver)][2].append(source)
    components = []
    for resolver, label, group in by_resolver.values():
        if label == "python":
            imports = {path: summary.imports for path, summary in summaries.items()}
            parts = python_components(group, imports)
            components.extend(Component(resolver, label, [files[path] for path in part], summaries) for part in parts)
        else:
            components.append(Component(resolver, label, group, summaries))
    return components


def _read_component(store: Store, key: str) -> tuple[list[Edge], list[str], list[tuple[int, ...]]] | None:
    blob = store.get(COMPONENTS, key)
    if blob is None:
        return None
    try:
        edges, warnings, positions = unpack(blob)
        return decode_list(edges, decode_edge), list(strings(warnings)), decode_list(positions, ints)
    except (CacheError, TypeError, ValueError):
        return None


def _reused(
    stored: tuple[list[Edge], list[str], list[tuple[int, ...]]] | None, component: Component, nodes: dict[str, Definition]
) -> tuple[list[Edge], list[str]] | None:
    """A stored row's edges and warnings at the component's lines now: as stored when
    no file moved, else mapped by rank (:mod:`repoagent.graph.flow_key`); ``None``
    when there is no row or it cannot be mapped (solve again)."""
    if stored is None or len(stored[2]) != len(component.paths):
        return None
    edges, warnings, positions = stored
    maps = line_maps(component.paths, positions, component.positions)
    if not maps:
        return None if maps is None else (edges, warnings)
    return shifted(edges, warnings, maps, nodes)


def _full_parses(
    paths: list[str], todo: dict[str, Job], parses: ParseCache, fresh: dict[str, ParsedFile], jobs: int
) -> dict[str, ParsedFile]:
    """The full parses of ``paths``: parsed this run, stored, or parsed now."""
    full = {path: fresh[path] for path in paths if path in fresh}
    full.update(parse_jobs([todo[path] for path in paths if path not in full], parses, jobs))
    return full


def _renamed(mixed: dict[str, ParsedFile], wanted: Iterable[str]) -> dict[str, ParsedFile]:
    """The files of ``wanted`` with their ids separated as in the whole graph:
    separating ids looks only at each file's module and definitions, so shells
    stand in for the files not wanted."""
    separate_ids(mixed)
    return {path: mixed[path] for path in wanted}


def _resolve_components(
    store: Store, dirty: list[Component], full: dict[str, ParsedFile], nodes: dict[str, Definition]
) -> dict[str, tuple[list[Edge], list[str]]]:
    """Resolve each component apart, and store its edges and warnings. Each parse
    leaves ``full`` as its component is resolved: the resolver may free it early."""
    found = {}
    for component in dirty:
        result = component.resolver.resolve([full.pop(path) for path in component.paths], nodes)
        edges = _merge(list(result), nodes)
        warnings = list(getattr(result, "warnings", ()))
        found[component.key] = (edges, warnings)
        blob = pack([[encode_edge(e) for e in edges], warnings, [list(p) for p in component.positions]])
        if blob is not None:
            store.put(COMPONENTS, component.key, blob)
    return found


def _ends(edge: Edge) -> tuple[str, str]:
    return edge.caller, edge.callee


def _ids_digest(source: SourceFile) -> str:
    """The definitions' ids (which another file can make a file rename): part of a
    component's key, so a rename re-resolves the component."""
    return content_hash("\n".join(f"{d.id}\0{d.parent}" for d in source.definitions).encode("utf-8", "surrogatepass"))


def _prepare(workspace: Workspace) -> None:
    """Make the folder the store goes to, and remove the caches older versions left;
    a read-only checkout only loses the speed-up."""
    if workspace.trusted:
        try:
            workspace.ensure()
            for old in workspace.legacy_caches:
                old.unlink(missing_ok=True)
        except OSError:
            pass


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while caches load and the resolver runs
    (and while ``repoagent graph`` renders the graph, and while ``docs.plan`` compares
    it with the pages).

    They make millions of small acyclic objects, and each collection rescans all of
    them: on the standard library that was 40% of the resolution time, a quarter
    of rendering its graph as JSON (1.15 -> 0.84 s) and a sixth of planning after a
    one-line edit (0.2 s of 1.3). Nothing made there forms
    cycles; the collector runs again as soon as they are done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _drop_duplicate_modules(parsed: dict[str, ParsedFile]) -> dict[str, str]:
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
    """One edge per (caller, callee) with all its call lines, sorted; only edges
    between known nodes. Most pairs come once, most with one line (the Python
    resolver gives each pair once): such an edge is kept as it is, not rebuilt
    (0.64 -> 0.33 s on the standard library's 157,000 edges)."""
    merged: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        if edge.caller in nodes and edge.callee in nodes:
            key = (edge.caller, edge.callee)
            other = merged.get(key)
            merged[key] = edge if other is None else Edge(edge.caller, edge.callee, other.lines + edge.lines)
    result = []
    for key in sorted(merged):
        edge = merged[key]
        if len(edge.lines) > 1:
            lines = tuple(sorted(set(edge.lines)))
            if lines != edge.lines:
                edge = Edge(edge.caller, edge.callee, lines)
        result.append(edge)
    return result
