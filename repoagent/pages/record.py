"""What the last plan saw, so the next one compares only what changed.

A plan's verdict on a section depends on the section (its page), on its object's
own code and its callees' signatures, and on what the page draws around it: links
to the callers and callees that have sections, and a module's call diagram. All of
that is local to the object's file and its neighbours in the graph. So the record
(``.repoagent/pages.msgpack``, written by each plan of the whole repository) keeps,
per source file, a hash of that graph neighbourhood (:func:`graph_keys`), a hash of
which of those neighbours had sections (:func:`documented_key`) and whether every
section of its page was current; and per page, its :class:`~repoagent.pages.lazy.PageFacts`.

A file whose neighbourhood hashes are as recorded, whose page is unchanged and whose
sections were all current is *settled*: its sections are current again, without
reading its page or comparing them (:func:`settled`). Everything else is compared
as a run without the record would: the record only skips work whose answer it
already holds, and a test checks, commit by commit, that pages and reports equal a
run from scratch. Anything odd in the record (it is read from ``.repoagent/``, which
anyone may have written) makes it no record: every section is compared.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from repoagent.fileio import Stat, write_atomically
from repoagent.config import Settings
from repoagent.graph.model import CallGraph
from repoagent.hashing import blake2b, short_hash
from repoagent.packed import CacheError, expect, optional_strings, pack, strings, unpack
from repoagent.pages.markers import Marker
from repoagent.pages.parse import Stray
from repoagent.pages.lazy import PageFacts, SectionFacts
from repoagent.workspace import TEMPLATES_FOLDER, Workspace

FORMAT = "pages-record 5"
#: Far above the standard library's record (a few MB): a crafted file is not read.
MAX_RECORD_BYTES = 2**28


class FileFacts(NamedTuple):
    """A source file as the last plan saw it: its neighbourhood's hashes, whether
    every section of its page was current, and what the neighbourhood hash was made
    from (its content hash, its group: a key of the edges around it, the ids around
    it and the files defining them), so that the next plan can tell it is the same without
    making it again (:func:`graph_keys`)."""

    graph: str
    documented: str
    current: bool
    content: str
    group: str | None
    around: tuple[str, ...]
    reads: tuple[str, ...]


class Neighbourhood(NamedTuple):
    """A source file's neighbourhood in the graph: the hash of what its sections'
    verdicts read (:func:`graph_keys`), the ids around it (its definitions, their
    callers and callees; sorted) and the files defining those (sorted)."""

    key: str
    around: tuple[str, ...]
    reads: tuple[str, ...]


class IndexFacts(NamedTuple):
    """``index.md`` as the last plan saw it: its stat, a hash of what it must list
    (:func:`~repoagent.pages.layout.index_listing`) and whether it did not; and the
    listing's module diagram with the key of what it was drawn from
    (:func:`diagram_key`; empty: none to lend)."""

    stat: Stat | None
    listing: str
    stale: bool
    diagram_key: str = ""
    diagram: str = ""


@dataclass
class Record:
    """The last plan's pages, files and index."""

    pages: dict[str, PageFacts]
    files: dict[str, FileFacts]
    index: IndexFacts | None = None


def record_key(root: Path, settings: Settings) -> str:
    """What a record is valid for: repoagent's code and templates, the repository
    (and its template overrides, which draw the pages) and the settings."""
    from repoagent.changes.stamp import CODE

    digest = blake2b(digest_size=16)
    digest.update(f"{FORMAT}\0{CODE}\0{root.resolve()}\0{settings!r}\0".encode())
    templates = root / TEMPLATES_FOLDER
    for path in sorted(templates.rglob("*")) if templates.is_dir() else ():
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load(root: Path, key: str) -> Record | None:
    """The record stored under ``key``; ``None`` when there is none or it is not
    exactly what :func:`save` writes."""
    path = Workspace(root).pages_record
    try:
        if path is None or path.stat().st_size > MAX_RECORD_BYTES:
            return None
        stored_key, pages, files, index = unpack(path.read_bytes())
        if stored_key != key:
            return None
        stat, listing, stale, diagram_key, diagram = index
        return Record({expect(name, str): _page_facts(stat, packed) for name, (stat, packed) in pages.items()},
                      {expect(path, str): _file_facts(value) for path, value in files.items()},
                      IndexFacts(_stat(stat), expect(listing, str), expect(stale, bool), expect(diagram_key, str),
                                 expect(diagram, str)))
    except (OSError, CacheError, TypeError, ValueError, AttributeError):
        return None


def save(root: Path, key: str, record: Record) -> bool:
    """Store ``record`` (best effort: it is only a speed-up); whether it was stored."""
    workspace = Workspace(root)
    if workspace.pages_record is None:
        return False
    pages = {}
    for name, facts in record.pages.items():
        packed = facts.packed if facts.packed is not None else _packed_page(facts)
        if packed is not None:  # else (a NUL in a field) the page is read again next time
            pages[name] = [list(facts.stat) if facts.stat else None, packed]
    files = {path: _encode_file(facts) for path, facts in record.files.items()}
    index = record.index or IndexFacts(None, "", True)
    blob = pack([key, pages, files, [list(index.stat) if index.stat else None, *index[1:]]])
    if blob is None:
        return False  # a name msgpack cannot spell (not UTF-8): no record, every run compares all
    try:
        write_atomically(workspace.pages_record, blob, workspace.scratch())
    except OSError:
        return False
    return True


def graph_keys(graph: CallGraph, last: Record | None = None) -> dict[str, Neighbourhood]:
    """Per source file, its :class:`Neighbourhood`: a hash of what its sections'
    verdicts read from the graph (its definitions' ids, kinds, parents and hashes;
    their callers' and callees' ids and files; the callees' signatures), and the
    ids and files of that neighbourhood.

    A file the ``last`` record saw with the same content and the same group
    (``CallGraph.groups``: the same edges between the same ids around it), among
    files of the same content (which fix the definitions' hashes and signatures)
    has the neighbourhood recorded: it is taken as recorded, not made again, so an
    edit costs its files and their neighbours, not the whole graph (0.14 s on the
    standard library; 0.7 s when the edit changed what the resolver reads, while
    groups were whole components' keys). The equality tests of incremental and
    full runs hold this to a run without the record."""
    keys = _recorded_neighbourhoods(graph, last)
    nodes, callees, callers = graph.nodes, graph.callees, graph.callers
    # Each node's line as a callee and as a caller is spelled once, when first
    # reached, and reused by every other edge that reaches it.
    as_callee: dict[str, str] = {}
    as_caller: dict[str, str] = {}
    for path in graph.files:
        if path in keys:
            continue
        parts: list[str] = []
        around: set[str] = set()
        for d in graph.files[path].definitions:
            parts.append(f"{d.id}\0{d.kind.value}\0{d.parent}\0{d.code_hash}\0{d.signature_hash}")
            around.add(d.id)
            for edge in callees(d.id):
                callee = edge.callee
                spelled = as_callee.get(callee)
                if spelled is None:
                    node = nodes[callee]
                    spelled = as_callee[callee] = f">{callee}\0{node.path}\0{node.signature_hash}"
                parts.append(spelled)
                around.add(callee)
            for edge in callers(d.id):
                caller = edge.caller
                spelled = as_caller.get(caller)
                if spelled is None:
                    spelled = as_caller[caller] = f"<{caller}\0{graph.path_of(caller)}"
                parts.append(spelled)
                around.add(caller)
        keys[path] = Neighbourhood(short_hash("\n".join(parts)), tuple(sorted(around)),
                                   tuple(sorted({graph.path_of(node_id) for node_id in around})))
    return keys


def _recorded_neighbourhoods(graph: CallGraph, last: Record | None) -> dict[str, Neighbourhood]:
    """The neighbourhoods ``last`` recorded that are still what the graph has: the
    file's content and group as recorded, and every file of the neighbourhood's
    content too."""
    if last is None or not graph.groups:
        return {}
    recorded = last.files
    content = {path: head.content_hash for path, head in graph.files.heads.items()}
    same = {path for path, digest in content.items() if (facts := recorded.get(path)) is not None and facts.content == digest}
    found = {}
    for path in same:
        facts = recorded[path]
        group = graph.groups.get(path)
        if group is not None and facts.group == group and same.issuperset(facts.reads):
            found[path] = Neighbourhood(facts.graph, facts.around, facts.reads)
    return found


def listing_key(listing: object) -> str:
    """A hash of what ``index.md`` must show (:func:`~repoagent.pages.layout.index_listing`)."""
    return short_hash(repr(listing))


def diagram_key(graph: CallGraph, paths: list[str]) -> str:
    """What the index's module diagram of ``paths`` is drawn from, as a key: the
    files' groups (equal groups: edges between the same ids of the same files and
    modules, so the same module pairs) and the paths. Empty when some file has no
    group (a ``--precise`` graph has none): the diagram is drawn."""
    if len(graph.groups) != len(graph.files):
        return ""
    return short_hash("\n".join(sorted(set(graph.groups.values()))) + "\0" + "\n".join(paths))


def documented_key(around: Iterable[str], documented: set[str]) -> str:
    """A hash of which ids of a neighbourhood have sections (spelled without a Python
    call per id: a plan of the standard library asks it of 60,000 ids)."""
    return short_hash("".join(map("01".__getitem__, map(documented.__contains__, around))))


def settled(record: Record | None, keys: Mapping[str, Neighbourhood], unchanged_pages: set[str]) -> set[str]:
    """Files whose sections were all current, whose graph neighbourhood is as it was
    and whose page is unchanged (``unchanged_pages``: by page name)."""
    from repoagent.pages.layout import page_of

    if record is None:
        return set()
    found = set()
    for path, (key, _, _) in keys.items():
        facts = record.files.get(path)
        if facts is not None and facts.current and facts.graph == key and page_of(path) in unchanged_pages:
            found.add(path)
    return found


def _encode_file(facts: FileFacts) -> list[Any]:
    # The ids around a file are one string (60,000 ids on the standard library,
    # which one split reads back faster than a checked list). Ids that would not
    # come back as they were (one holding a NUL, from a hostile source; one empty
    # id) are recorded with no group: that neighbourhood is never lent.
    around = "\0".join(facts.around)
    group = facts.group if _splits_back(around, facts.around) else None
    return [facts.graph, facts.documented, facts.current, facts.content, group, around, list(facts.reads)]


def _splits_back(joined: str, parts: tuple[str, ...]) -> bool:
    """Whether :func:`_split` gives ``parts`` back from ``joined``, their join: no part
    holds a NUL (the separators are all there is) and they are not one empty id;
    counted in C, not split again (0.01 s of the standard library's every save)."""
    return not parts or (joined.count("\0") == len(parts) - 1 and parts != ("",))


def _split(around: str) -> tuple[str, ...]:
    return tuple(around.split("\0")) if around else ()


def _stat(value: Any) -> Stat | None:
    if value is not None and (len(value) != 4 or not all(type(n) is int for n in value)):
        raise ValueError("stat")
    return tuple(value) if value is not None else None


def _packed_page(facts: PageFacts) -> bytes | None:
    """A page's sections and strays as the record keeps them: a column per field (the
    strings of one joined by NULs, the lines as machine integers, the flags as a
    string of 0s and 1s), decoded with no Python call per section (0.1 s of the
    standard library's 20,000 as a list each); ``None`` when a string holds a NUL,
    which would not come back as it was."""
    sections = facts.sections
    markers = [s.marker for s in sections]
    columns = [_joined([m.id for m in markers]), _joined([m.hash for m in markers]), _joined([m.deps for m in markers]),
               _joined([m.writer for m in markers]), _joined([s.summary for s in sections])]
    if any(column is None for column in columns):
        return None
    return pack([len(sections), *columns, [m.model for m in markers], [m.body for m in markers],
                 "".join("1" if m.lock else "0" for m in markers), "".join("1" if s.edited else "0" for s in sections),
                 array("q", [s.line for s in sections]).tobytes(), [[s.line, s.id, s.fence] for s in facts.strays]])


def _joined(strings: list[str]) -> str | None:
    joined = "\0".join(strings)
    return joined if joined.count("\0") == max(len(strings) - 1, 0) else None


def _page_facts(stat: Any, packed: Any) -> PageFacts:
    """What :func:`_packed_page` made of a page (kept as ``packed``), every column
    checked now, as a whole (of strings, of the page's number of sections), so that
    the sections made later, when asked for (:class:`~repoagent.pages.lazy.PageFacts`),
    are made without a check that could fail; only the ids are split now."""
    count, ids, hashes, deps, writers, summaries, models, bodies, locks, edited, lines, strays = unpack(expect(packed, bytes))
    for column in (ids, hashes, deps, writers, summaries):
        _check_column(column, count)
    if not (len(optional_strings(models)) == len(optional_strings(bodies)) == len(expect(lines, bytes)) // 8 == count
            and len(lines) % 8 == 0 and len(expect(locks, str)) == len(expect(edited, str)) == count
            and not locks.strip("01") and not edited.strip("01")):
        raise ValueError("the columns of a page's sections differ in length")

    id_list = _split_column(ids, count)

    def decode() -> tuple[SectionFacts, ...]:
        # Named tuples made by tuple.__new__ over the columns: no Python call per section.
        numbers = array("q")
        numbers.frombytes(lines)
        markers = map(tuple.__new__, repeat(Marker), zip(id_list, _split_column(hashes, count),
                                                         _split_column(deps, count), _split_column(writers, count),
                                                         models, map("1".__eq__, locks), bodies))
        return tuple(map(tuple.__new__, repeat(SectionFacts),
                         zip(markers, numbers.tolist(), map("1".__eq__, edited), _split_column(summaries, count))))

    return PageFacts(_stat(stat), None,
                     tuple(Stray(expect(line, int), expect(node_id, str), None if fence is None else expect(fence, int))
                           for line, node_id, fence in expect(strays, tuple)),
                     packed, ids=id_list, edited="1" in edited, decode=decode,
                     summary=lambda index: summaries.split("\0", index + 1)[index])


def _check_column(column: Any, count: Any) -> None:
    """A string column of :func:`_packed_page` that splits into ``count`` strings."""
    expect(column, str)
    if expect(count, int) < 0 or (count and column.count("\0") != count - 1):
        raise ValueError("a column of a page's sections has another length")


def _split_column(column: str, count: int) -> list[str]:
    """A column checked by :func:`_check_column` as the ``count`` strings it joined."""
    return column.split("\0") if count else []


def _file_facts(value: Any) -> FileFacts:
    graph, documented, current, content, group, around, reads = value
    return FileFacts(expect(graph, str), expect(documented, str), expect(current, bool), expect(content, str),
                     None if group is None else expect(group, str), _split(expect(around, str)),
                     strings(reads))


