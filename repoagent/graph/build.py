"""Build the call graph of a repository: parse every file, then resolve each language.

Everything reusable lives in the workspace's store (:mod:`repoagent.store`; data-only
msgpack rows, see :mod:`repoagent.codec`), read by the row:

* ``parses``: each file's full parse, by path and content hash;
* ``files``: what the graph keeps of each file, the modules it imports, its flow
  key and positions (:mod:`repoagent.graph.flow_key`), by path and content hash:
  enough to place it in a component and key it without its parse. Its head (path,
  module, ids and parents, error lines: :class:`~repoagent.models.FileHead`) is read
  with the row, its definitions are a blob of their own, decoded when the graph is
  first asked for one of them (:class:`_Definitions`);
* ``components``: the edges and warnings of each resolution component
  (:mod:`repoagent.graph.components`) and, per file, the positions it was solved
  with, by a hash of its files' paths, modules, flow keys and definition ids.

A run reads every file's ``files`` row (but its definitions) and every component's row; only the
components holding a file whose flow key changed, or an added or removed file, are
resolved again, from the parses of their own files. A component whose files only
moved lines reuses its row with the lines mapped by rank. A change can merge or
split components: their keys then differ, so they are resolved again. The result
equals a full resolution exactly.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from repoagent.codec import decode_definitions, decode_edges, decode_list, encode_definitions
from repoagent.config import Settings
from repoagent.graph.components import python_components
from repoagent.graph.flow_key import flow_key, line_maps, shifted, stored_positions
from repoagent.graph.ids import Renames, renamed_definitions, renamed_head, renamed_parse, separate_ids
from repoagent.graph.model import CallGraph, Files, Nodes
from repoagent.graph.resolvers.base import Resolver
from repoagent.graph.resolvers.common import Resolved
from repoagent.graph.states import kept_components
from repoagent.fingerprint import code_fingerprint
from repoagent.hashing import content_hash
from repoagent.models import Definition, Edge, FileHead, ParsedFile
from repoagent.packed import CacheError, ints, optional_strings, pack, strings, unpack
from repoagent.parsing.blobs import BlobHashes, Lied
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
#: ``files 3``: a row is the file's head, its imports, flow key and packed positions
#: (:data:`~repoagent.graph.flow_key.POSITION`), and its definitions as a msgpack
#: blob of their own, decoded when first asked for.
FORMATS = {PARSES: PARSER_FORMAT, FILES: f"files 3-{PARSER_FORMAT}-{FLOW_FORMAT}", COMPONENTS: f"{PARSER_FORMAT}-{RESOLVER_FORMAT}"}


class Summary(NamedTuple):
    """What a file's ``files`` row holds but its definitions: its head, the modules
    it imports, and its flow key with the positions the key ranks (packed)."""

    head: FileHead
    imports: tuple[str, ...]
    flow: str
    positions: bytes


class StaleRow(Exception):
    """A file's stored definitions could not be read, and the file parsed again is
    not the summary the graph was built from: the graph must be built again. The
    ``files`` rows, which no longer vouch for anything, are dropped first (all but
    that file's, now its parse's), so the graph built again makes every row afresh.
    Raised too when a file read for its parse does not have the content hash its
    blob id was remembered with; that record is forgotten first."""


class Component:
    """Files one resolver resolves together, apart from all others; keyed by what
    the resolver reads of them (their flow keys), so lines moving keep the key."""

    def __init__(self, resolver: Resolver, label: str, files: list[FileHead], summaries: dict[str, Summary]) -> None:
        self.resolver = resolver
        self.paths = [f.path for f in files]
        self.positions = [summaries[f.path].positions for f in files]
        ids = [_ids_digest(f) for f in files]
        #: Each file's place and ids: with the edges that reach it, its group (:func:`file_groups`).
        self.places = [f"{f.path}\0{f.module}\0{digest}" for f, digest in zip(files, ids)]
        listing = "\n".join(f"{place}\0{summaries[f.path].flow}" for f, place in zip(files, self.places))
        self.key = content_hash(f"{label}\n{listing}".encode("utf-8", "surrogatepass"))


def file_groups(component: Component, edges: list[Edge], paths: Mapping[str, str]) -> list[str]:
    """Per file of ``component``, a key of the edges that reach its definitions (as
    caller or callee; each end with its file, lines aside), its module and its ids
    (``paths``: each id's file): two graphs that give a file one key have the same
    edges between the same ids around it (:attr:`~repoagent.graph.model.CallGraph.groups`).

    Per file, not the component's key: an edit that changes what the resolver reads
    solves the component again (the standard library's one of 733 files), but most
    of its files keep their edges, and so their recorded neighbourhoods
    (:func:`~repoagent.pages.record.graph_keys`: 0.7 s of a 12 s run made again for
    every file, before). A caller and its callees are always in one component."""
    touching: dict[str, list[str]] = {path: [] for path in component.paths}
    for caller, callee, _ in edges:  # sorted: each file's list is in one order
        caller_path, callee_path = paths[caller], paths[callee]
        spelled = f"{caller}\0{caller_path}\0{callee}\0{callee_path}"
        touching[caller_path].append(spelled)
        if callee_path != caller_path:
            touching[callee_path].append(spelled)
    return [content_hash("\n".join([place, *touching[path]]).encode("utf-8", "surrogatepass"))
            for path, place in zip(component.paths, component.places)]


#: Given the graph before its edges are resolved (its files and definitions), the
#: files parsed in this run (their definitions are in memory) and the snapshot: work
#: that needs no edge can start beside the resolution (:mod:`repoagent.writers.ahead`).
WhileResolving = Callable[[CallGraph, list[str], Snapshot], None]


def build_graph(root: Path, settings: Settings, snapshot: Snapshot | None = None,
                ahead: WhileResolving | None = None) -> CallGraph:
    """The call graph of ``snapshot`` (default: the working tree under ``root``).

    Its files' definitions are decoded from the store when first asked for
    (:class:`~repoagent.graph.model.Files`); one that cannot be is parsed again, and
    :class:`StaleRow` raised if that parse is not the file the graph was built from.
    ``ahead`` is called once the files are parsed, before their edges are resolved."""
    with gc_paused():  # all of it, the edges' sorting and the graph's indexes too
        return _built(root, settings, snapshot, ahead)


def _built(root: Path, settings: Settings, snapshot: Snapshot | None, ahead: WhileResolving | None) -> CallGraph:
    snapshot = snapshot if snapshot is not None else WorkingTree(root, settings.exclude)
    prefix = root.resolve().name if (root / "__init__.py").is_file() else ""
    blobs = BlobHashes(root)
    todo, skipped = read_snapshot(snapshot, settings.max_file_size, prefix, blobs)
    workspace = Workspace(root)
    _prepare(workspace)
    blobs.save()
    source = _Source(snapshot, blobs)
    with open_store(workspace.store, FORMATS) as store:
        parses = ParseCache(store)
        fresh: dict[str, ParsedFile] = {}  # parsed this run: their rows are new
        summaries, tails = _summaries(todo, store, parses, fresh, settings.jobs, source)  # by path, sorted
        duplicates = _drop_duplicate_modules(summaries)
        renames, id_warnings = separate_ids({path: summary.head for path, summary in summaries.items()})
        heads = {path: renamed_head(s.head, renames[path]) if path in renames else s.head for path, s in summaries.items()}
        files = Files(heads, _Definitions(tails, renames, summaries, snapshot, workspace.store))
        nodes = Nodes(files)
        if ahead is not None and fresh:
            ahead(CallGraph(root, files, nodes, []), sorted(fresh), snapshot)
        components = _components(heads, summaries)
        edges: list[Edge] = []
        warnings_of: dict[str, list[str]] = {}  # by component key
        groups_of: dict[str, list[str]] = {}  # by component key: its files' groups, in order
        dirty = []
        for component in components:
            stored = _reused(_read_component(store, component.key), component, nodes.paths)
            if stored is None:
                dirty.append(component)
            else:
                edges.extend(stored[0])
                warnings_of[component.key], groups_of[component.key] = stored[1:]
        kept = [parse_key(path, digest) for path, _, _, digest in todo]
        todo_by_path = {job[0]: job for job in todo}
        wanted = [path for component in dirty for path in component.paths]
        if settings.precise:
            wanted += [path for path, head in heads.items() if head.language == "python"]
        full = _full_parses(wanted, todo_by_path, parses, fresh, settings.jobs, source)
        # The sources (31 MB for the standard library) and the parses not wanted are
        # not read again: they go before the resolver's peak.
        fresh.clear()
        todo.clear()
        todo_by_path.clear()
        full = {path: renamed_parse(parsed, renames[path]) if path in renames else parsed for path, parsed in full.items()}
        python = [full[path] for path, head in heads.items() if head.language == "python"] if settings.precise else []
        found = _resolve_components(store, dirty, full, nodes)
        for component in components:  # the same order, reused or not
            if component.key in found:
                edges.extend(found[component.key][0])
                warnings_of[component.key], groups_of[component.key] = found[component.key][1:]
        resolve_warnings = [w for component in components for w in warnings_of[component.key]]
        if settings.precise:
            from repoagent.graph.precise import precise_edges  # jedi is optional: import it only when asked

            edges.extend(precise_edges(root, python, nodes))
        store.commit({PARSES: kept, FILES: kept, COMPONENTS: kept_components(store, COMPONENTS, [c.key for c in components])})
    parse_warnings = syntax_warnings(heads.values()) + id_warnings + resolve_warnings
    # Each component's edges are merged already, and a caller and its callees are
    # always in one component: only jedi's edges can add lines to another's.
    edges = _merge(edges, nodes) if settings.precise else sorted(edges, key=_ENDS)
    groups = {} if settings.precise else {path: group for c in components for path, group in zip(c.paths, groups_of[c.key])}
    return CallGraph(root, files, nodes, edges, parse_warnings, skipped | duplicates, groups)


#: A file's definitions as stored (a msgpack blob, decoded when asked for) or as
#: parsed in this run.
Tail = bytes | tuple[Definition, ...]


def _summaries(
    todo: list[Job], store: Store, parses: ParseCache, fresh: dict[str, ParsedFile], jobs: int, source: _Source
) -> tuple[dict[str, Summary], dict[str, Tail]]:
    """Each file's summary and its definitions' tail: from the store where it has
    them, else from its parse (parsed now when the store has none; kept in ``fresh``)."""
    found: dict[str, Summary] = {}
    tails: dict[str, Tail] = {}
    missing: list[Job] = []
    rows = store.get_many(FILES, [parse_key(path, digest) for path, _, _, digest in todo])
    for job in todo:
        path, module, _, digest = job
        row = _decode_row(rows.get(parse_key(path, digest)))
        if row is not None and (row[0].head.path, row[0].head.module, row[0].head.content_hash) == (path, module, digest):
            found[path], tails[path] = row
        else:
            missing.append(job)
    for path, (parsed, (summary, blob)) in parse_derived(missing, parses, jobs, _summary_row, source).items():
        fresh[path] = parsed
        if blob is not None:
            store.put(FILES, parse_key(path, parsed.content_hash), blob)
        found[path], tails[path] = summary, tuple(parsed.definitions)
    return dict(sorted(found.items())), tails


def _summary_row(parsed: ParsedFile) -> tuple[Summary, bytes | None]:
    """The summary of ``parsed`` and its ``files`` row; made in the parser workers
    (:func:`~repoagent.parsing.run.parse_derived`)."""
    definitions = parsed.definitions
    head = FileHead(parsed.path, parsed.language, parsed.module, parsed.content_hash, tuple(d.id for d in definitions),
                    tuple(d.parent for d in definitions), tuple(parsed.errors))
    summary = Summary(head, tuple(sorted({i.module for i in parsed.imports})), *flow_key(parsed))
    tail = pack(encode_definitions(definitions))
    if tail is None:
        return summary, None
    return summary, pack([*head[:4], list(head.ids), list(head.parents), list(head.errors), list(summary.imports),
                          summary.flow, summary.positions, tail])


def _decode_row(blob: bytes | None) -> tuple[Summary, bytes] | None:
    """A ``files`` row's summary, every field checked, and its definitions' blob
    (checked when decoded: :class:`_Definitions`); ``None`` for anything else."""
    if blob is None:
        return None
    try:
        path, language, module, digest, ids, parents, errors, imports, flow, positions, tail = unpack(blob)
        strings((path, language, module, digest, flow))
        strings(ids)
        if type(tail) is not bytes or not ids or len(optional_strings(parents)) != len(ids):
            return None
        head = FileHead(path, language, module, digest, ids, parents, ints(errors))
        return Summary(head, strings(imports), flow, stored_positions(positions)), tail
    except (CacheError, TypeError, ValueError):
        return None


class _Definitions:
    """Each file's definitions, made when :class:`~repoagent.graph.model.Files`
    first asks: decoded from the row's blob and renamed as the graph's ids are.

    The blob is hostile input read late: one that does not decode, or whose ids and
    parents are not the head's, is a miss. The file is parsed again and its row
    replaced; the parse's definitions stand in when it has the summary the graph was
    built from, else :class:`StaleRow` asks for the graph again."""

    def __init__(self, tails: dict[str, Tail], renames: Renames, summaries: dict[str, Summary], snapshot: Snapshot,
                 store: Path | None) -> None:
        self._tails = tails
        self._renames = renames
        self._summaries = summaries
        self._snapshot = snapshot
        self._store = store

    def __call__(self, head: FileHead) -> tuple[Definition, ...]:
        tail = self._tails[head.path]
        if type(tail) is bytes:
            try:
                tail = decode_definitions(unpack(tail), head.path, head.language)
            except CacheError:
                tail = ()
        definitions = self._renamed(head.path, tail)
        if not _placed(definitions, head):
            definitions = self._parsed_again(head)
        del self._tails[head.path]  # made once: :class:`~repoagent.graph.model.Files` keeps it
        return definitions

    def _renamed(self, path: str, definitions: tuple[Definition, ...]) -> tuple[Definition, ...]:
        return renamed_definitions(definitions, self._renames[path]) if path in self._renames else definitions

    def _parsed_again(self, head: FileHead) -> tuple[Definition, ...]:
        """The definitions of ``head``'s file parsed again, its row replaced."""
        summary = self._summaries[head.path]
        try:
            source = self._snapshot.read(head.path)
        except OSError as error:
            raise StaleRow(head.path) from error
        if content_hash(source) != summary.head.content_hash:
            raise StaleRow(head.path)
        key = parse_key(head.path, summary.head.content_hash)
        with open_store(self._store, FORMATS) as store:
            job = (head.path, summary.head.module, source, summary.head.content_hash)
            parsed, (again, blob) = parse_derived([job], ParseCache(store), 1, _summary_row)[head.path]
            if blob is not None:
                store.put(FILES, key, blob)
            definitions = self._renamed(head.path, tuple(parsed.definitions))
            whole = again == summary and _placed(definitions, head)
            store.commit({} if whole else {FILES: [key]})
        if not whole:
            raise StaleRow(head.path)
        return definitions


def _placed(definitions: tuple[Definition, ...], head: FileHead) -> bool:
    """Whether ``definitions`` are those ``head`` places: its ids and parents, in order."""
    return tuple(d.id for d in definitions) == head.ids and tuple(d.parent for d in definitions) == head.parents


def _components(heads: dict[str, FileHead], summaries: dict[str, Summary]) -> list[Component]:
    """The resolution components, each resolver's in turn (JavaScript and TypeScript
    share one resolver: a .ts file may import a .js file)."""
    by_resolver: dict[int, tuple[Resolver, str, list[FileHead]]] = {}
    for language in sorted({head.language for head in heads.values()}):
        resolver = resolver_for(language)
        if resolver is not None:
            by_resolver.setdefault(id(resolver), (resolver, language, []))
    for head in heads.values():
        resolver = resolver_for(head.language)
        if resolver is not None:
            by_resolver[id(resolver)][2].append(head)
    components = []
    for resolver, label, group in by_resolver.values():
        if label == "python":
            imports = {path: summary.imports for path, summary in summaries.items()}
            parts = python_components(group, imports)
            components.extend(Component(resolver, label, [heads[path] for path in part], summaries) for part in parts)
        else:
            components.append(Component(resolver, label, group, summaries))
    return components


class _Row(NamedTuple):
    """A component's stored resolution: its edges and warnings, and per file (in the
    component's order) the positions it was solved with and its group (:func:`file_groups`)."""

    edges: list[Edge]
    warnings: list[str]
    positions: list[bytes]
    groups: list[str]


def _read_component(store: Store, key: str) -> _Row | None:
    blob = store.get(COMPONENTS, key)
    if blob is None:
        return None
    try:
        edges, warnings, positions, groups = unpack(blob)
        return _Row(decode_edges(edges), list(strings(warnings)), decode_list(positions, stored_positions), list(strings(groups)))
    except (CacheError, TypeError, ValueError):
        return None


def _reused(stored: _Row | None, component: Component, paths: Mapping[str, str]) -> tuple[list[Edge], list[str], list[str]] | None:
    """A stored row's edges and warnings at the component's lines now (as stored when
    no file moved, else mapped by rank: :mod:`repoagent.graph.flow_key`; ``paths``:
    each id's file), and its files' groups, which no line is part of; ``None`` when
    there is no row or it cannot be mapped (solve again)."""
    if stored is None or not len(stored.positions) == len(stored.groups) == len(component.paths):
        return None
    maps = line_maps(component.paths, stored.positions, component.positions)
    if not maps:
        return None if maps is None else (stored.edges, stored.warnings, stored.groups)
    moved = shifted(stored.edges, stored.warnings, maps, paths)
    return None if moved is None else (*moved, stored.groups)


def _full_parses(
    paths: list[str], todo: dict[str, Job], parses: ParseCache, fresh: dict[str, ParsedFile], jobs: int, source: _Source
) -> dict[str, ParsedFile]:
    """The full parses of ``paths``: parsed this run, stored, or parsed now."""
    full = {path: fresh[path] for path in paths if path in fresh}
    full.update(parse_jobs([todo[path] for path in paths if path not in full], parses, jobs, source))
    return full


class _Source:
    """The source of a job that has none (its content hash was vouched by its blob
    id, :class:`~repoagent.parsing.blobs.BlobHashes`), read when it must be parsed.
    Bytes of another hash mean the blob record lied (it is forgotten): the graph,
    built on that hash so far, is built again (:class:`StaleRow`)."""

    def __init__(self, snapshot: Snapshot, blobs: BlobHashes) -> None:
        self._snapshot = snapshot
        self._blobs = blobs

    def __call__(self, job: Job) -> bytes:
        path, _, _, digest = job
        try:
            return self._blobs.verified(self._snapshot.read(path), digest)
        except Lied as error:
            raise StaleRow(path) from error


def _resolve_components(
    store: Store, dirty: list[Component], full: dict[str, ParsedFile], nodes: Nodes
) -> dict[str, tuple[list[Edge], list[str], list[str]]]:
    """Resolve each component apart, and store its edges, warnings and files' groups.
    Each parse leaves ``full`` as its component is resolved: the resolver may free it early."""
    found = {}
    for component in dirty:
        result = _resolved(component, [full.pop(path) for path in component.paths], nodes)
        edges = _merge(list(result), nodes)
        warnings = list(getattr(result, "warnings", ()))
        groups = file_groups(component, edges, nodes.paths)
        found[component.key] = (edges, warnings, groups)
        blob = pack([edges, warnings, component.positions, groups])  # an edge, a named tuple, is spelled as an array
        if blob is not None:
            store.put(COMPONENTS, component.key, blob)
    return found


def _resolved(component: Component, files: list[ParsedFile], nodes: Nodes) -> Iterable[Edge]:
    """The component's edges, or none and one warning when its resolver recursed too
    deep: hostile code may nest what a rule descends into (tomlkit's tuple holding itself
    did, through ``copy.deepcopy``), and a repository's pages must not depend on that."""
    try:
        return component.resolver.resolve(files, nodes)
    except RecursionError:
        failed = Resolved()
        failed.warnings.append(
            f"{component.paths[0]}: the calls of its {len(component.paths)} file(s) could not be resolved "
            "(the resolver recursed too deep; please report it); they have no edges"
        )
        return failed


#: An edge's caller and callee, the order of a graph's edges (read in C: 30,000 edges).
_ENDS = operator.itemgetter(0, 1)


def _ids_digest(head: FileHead) -> str:
    """The definitions' ids (which another file can make a file rename): part of a
    component's key, so a rename re-resolves the component."""
    return content_hash("\n".join(map("{}\0{}".format, head.ids, head.parents)).encode("utf-8", "surrogatepass"))


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
    gc.unfreeze()  # what an earlier pause froze may be collected again, in the oldest generation
    try:
        yield
    finally:
        if enabled:
            # The objects made here outlive the pause (the graph, the plan): frozen, the
            # first collection after it does not scan them all (0.06 s of a comment
            # edit's plan of the standard library).
            gc.freeze()
            gc.enable()


def _drop_duplicate_modules(summaries: dict[str, Summary]) -> dict[str, str]:
    """Drop files whose module id another file already has (``a.py`` beside ``a/``);
    returns them (path -> why)."""
    owners: dict[str, str] = {}
    dropped = {}
    # Packages (``a/__init__.py``) win over modules (``a.py``), as in Python's import system.
    for path in sorted(summaries, key=lambda path: (not path.endswith("__init__.py"), path)):
        module = summaries[path].head.module
        owner = owners.setdefault(module, path)
        if owner != path:
            dropped[path] = f"its module name {module} is taken by {owner}"
            del summaries[path]
    return dropped


def _merge(edges: list[Edge], nodes: Mapping[str, Definition]) -> list[Edge]:
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
