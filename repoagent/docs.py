"""The docs loop: compare the code with the pages, then rewrite what went stale.

:func:`plan` builds the call graph of the chosen view (working tree, index or a
range), reads the pages' provenance markers and lists the stale nodes;
:func:`apply` runs a writer over them in topological order (callees first) and
rewrites only the affected pages, each atomically, as soon as its last section is
written, so an interrupted run keeps what it finished. Pages of untouched files
are neither rendered nor written, which keeps a run with nothing stale fast.

The pages are always read from and written to the working tree, whichever view of
the code is documented: they are what the next commit will carry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from repoagent.changes.detect import (
    REWRITTEN, Aside, Change, Layout, LayoutCheck, Reason, Recorded, RetryChoice, deps_hash, detachable, detect, documented,
)
from repoagent.changes.scope import Scope, choose_scope
from repoagent.config import Settings
from repoagent.errors import UsageError
from repoagent.fileio import Stat, remove_leftovers, settled_stat, stat_of, write_atomically
from repoagent.graph.build import StaleRow, WhileResolving, build_graph, gc_paused
from repoagent.graph.model import CallGraph
from repoagent.pages.layout import (
    INDEX_PAGE, anchor_current, dangles, index_listing, index_modules, layout_matches, page_of, source_of,
)
from repoagent.pages.diagrams import dependency_diagram
from repoagent.pages.markers import Marker, index_edited
from repoagent.pages import record
from repoagent.pages.parse import Section, refuse_foreign
from repoagent.pages.lazy import EditedSection, PageStore, SectionFacts, SectionIndex, StaleFacts
from repoagent.sources import SourceTexts, documented_exclude
from repoagent.workspace import Workspace

if TYPE_CHECKING:
    from repoagent.pages.update import Outcome
    from repoagent.writers.base import Writer, WrittenSection  # the writer's classes: only a run that writes


@dataclass
class Plan:
    """What a run found: the graph, the existing sections and the stale nodes.

    ``pages`` and ``sections`` read a page only when one of its sections' text is
    asked for (:mod:`repoagent.pages.lazy`); the plan has read those it needs.
    """

    root: Path
    out: Path
    scope: Scope
    graph: CallGraph
    pages: PageStore
    sections: SectionIndex
    changes: list[Change]
    warnings: list[str] = field(default_factory=list)
    index_stale: bool = False
    #: What the index check saw of ``index.md``: its stat (``None`` when too recent to
    #: vouch for the file) and the hash of the listing it showed.
    index: record.IndexFacts | None = None
    #: Sections of existing objects whose text was edited by hand (kept as if locked), in page order.
    edited: list[EditedSection] = field(default_factory=list)
    #: What :func:`replan` starts from instead of loading and hashing again: the
    #: record as this plan left it in the workspace (``None``: not known to be there)
    #: and the graph's :func:`~repoagent.pages.record.graph_keys` with the
    #: documented keys made of them.
    recorded: record.Record | None = None
    documented: DocumentedKeys | None = None
    #: A record made but not stored yet (``plan(defer_record=True)``): stores it; ``None``
    #: once stored or when there is none to store.
    store_record: Callable[[], None] | None = None

    @property
    def keys(self) -> dict[str, record.Neighbourhood]:
        """The graph's :func:`~repoagent.pages.record.graph_keys` this plan used."""
        return self.documented.keys if self.documented is not None else {}

    @property
    def stale(self) -> bool:
        """Whether a run would write anything: a stale node, or an index page that
        does not list the pages as they are (a run killed before writing it)."""
        return bool(self.changes) or self.index_stale

    @property
    def kept_pages(self) -> dict[str, str]:
        """Pages of skipped files (page -> why the file was skipped): kept untouched."""
        return {name: why for name in self.pages if (why := self.graph.skipped_because(source_of(name))) is not None}

    def code_changed(self, section: EditedSection) -> bool:
        """Whether the code of an edited section's object changed since repoagent last
        wrote the section (its marker's hash): the text is kept, but may no longer be
        true, so ``status`` says so."""
        return self.graph.nodes[section.marker.id].code_hash != section.marker.hash

    def counts(self) -> dict[str, int]:
        """Stale nodes per reason, in the order of :class:`Reason`."""
        found = Counter(change.reason for change in self.changes)
        return {reason.value: found[reason] for reason in Reason if found[reason]}


def plan(
    root: Path,
    settings: Settings,
    staged: bool = False,
    base: str | None = None,
    head: str | None = None,
    retry_fallbacks: bool = False,
    listing: bytes | None = None,
    pages: Mapping[str, Stat | None] | None = None,
    defer_record: bool = False,
    ahead: WhileResolving | None = None,
) -> Plan:
    """Compare the chosen view of the code with the pages under ``settings.out``.

    ``retry_fallbacks`` (a run with the LLM writer) also counts sections the LLM
    could not write before as stale, as far as :func:`choose_retries` allows, so a
    rerun asks for what is missing without re-asking hopeless sections forever.

    Files the pages record (:mod:`repoagent.pages.record`) finds settled are not
    compared again; a record that turns out not to match the pages is dropped and
    the plan made again without it. A ``staged`` plan reads the index from
    ``listing`` when the run has it (:func:`~repoagent.changes.scope.choose_scope`),
    and takes the pages as ``pages`` lists them when the run listed them already
    (the stamp's key: :func:`~repoagent.fileio.listed`); a plan made again lists them anew.
    With ``defer_record``, the record is not stored but left to ``Plan.store_record``:
    a run that writes and plans again (:func:`replan`) stores only the second one's.
    ``ahead`` is given the graph before its edges are resolved (see
    :func:`~repoagent.graph.build.build_graph`).
    """
    exclude = documented_exclude(settings.exclude, settings.document_tests, settings.out)
    scope = choose_scope(root, exclude, staged, base, head, listing)
    try:
        return _built(root, settings, scope, retry_fallbacks, pages, defer_record, ahead)
    except StaleRow:
        return _built(root, settings, scope, retry_fallbacks, defer_record=defer_record, ahead=ahead)


def replan(written: Plan, settings: Settings, retry_fallbacks: bool = False,
           pages: Mapping[str, Stat | None] | None = None) -> Plan:
    """:func:`plan` again after ``written`` was applied: the same view of the code and
    so the same graph, compared with the pages as they are now (as ``pages`` lists
    them, when given). The record ``written`` left, its graph keys and the
    documented keys made of them are reused, not loaded and hashed again (0.2 s of
    the standard library's)."""
    try:
        return _compared(written.root, settings, written.scope, written.graph, retry_fallbacks, written, pages)
    except StaleRow:
        return _built(written.root, settings, written.scope, retry_fallbacks)


def _built(root: Path, settings: Settings, scope: Scope, retry_fallbacks: bool,
           pages: Mapping[str, Stat | None] | None = None, defer_record: bool = False,
           ahead: WhileResolving | None = None) -> Plan:
    """The plan of a graph built now. Made again when it raises
    :class:`~repoagent.graph.build.StaleRow` (a file's stored definitions and head
    were both bad; its row is its parse's now, so the graph built again is whole)."""
    return _compared(root, settings, scope, build_graph(root, settings, scope.snapshot, ahead), retry_fallbacks, None, pages,
                     defer_record)


def _compared(root: Path, settings: Settings, scope: Scope, graph: CallGraph, retry_fallbacks: bool,
              written: Plan | None = None, pages: Mapping[str, Stat | None] | None = None,
              defer_record: bool = False) -> Plan:
    key = record.record_key(root, settings)
    with gc_paused():  # tens of thousands of acyclic facts over the graph's millions of objects
        last = written.recorded if written is not None and written.recorded is not None else record.load(root, key)
        # The record ``last`` is what the workspace holds, unless it is a plan's not stored yet.
        stored = written is None or written.recorded is None or written.store_record is None
        reused = written.documented if written is not None else None
        documented = reused if reused is not None else DocumentedKeys(record.graph_keys(graph, last))
        try:
            return _plan(root, settings, scope, graph, key, documented, last, retry_fallbacks, pages, stored, defer_record)
        except StaleFacts:  # a page changed under the run: listed again
            return _plan(root, settings, scope, graph, key, documented, None, retry_fallbacks, defer_record=defer_record)


def _refuse_clashes(sources: Iterable[str]) -> None:
    """Stop before anything is written when one page would be the folder of another:
    ``pkg/mod.py`` beside a folder ``pkg/mod.py.md/`` of code (or a folder
    ``index.md/``) wrote some pages, then failed on the file where a folder goes."""
    pages = {page_of(path): path for path in sources}
    taken = {INDEX_PAGE: "the index", **pages}
    for page, source in pages.items():
        parts = page.split("/")
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            if folder in taken:
                raise UsageError(f"{source}: its page would go under {folder}/, which is the page of {taken[folder]}; "
                                 "rename one of them")


def _plan(root: Path, settings: Settings, scope: Scope, graph: CallGraph, key: str,
          documented: DocumentedKeys, last: record.Record | None, retry_fallbacks: bool,
          listed: Mapping[str, Stat | None] | None = None, stored: bool = True, defer_record: bool = False) -> Plan:
    keys = documented.keys
    out = root / settings.out
    pages = PageStore(root, out, last.pages if last is not None else {}, listed)
    _refuse_clashes(graph.files)
    refuse_foreign(root, out, [INDEX_PAGE] + [page_of(path) for path in graph.files if page_of(path) not in pages])
    sections = SectionIndex(pages)
    _refuse_strays(pages, graph, sections)
    settled = _Settled(record.settled(last, keys, pages.unchanged), documented, last)
    retry = _fallback_retries(root, settings.retry_fallbacks) if retry_fallbacks else None
    aside = set() if retry is not None else detachable(graph, settled.paths)
    aside_pages = {page_of(path) for path in aside}
    # Only the sections of pages not set aside: an edit's few, not the whole repository's.
    recorded = {s.marker.id: _recorded(name, s) for name, facts in pages.facts.items() if name not in aside_pages
                for s in facts.sections}

    def reopened(ids: set[str]) -> list[Recorded]:
        return [_recorded(page_of(path), s) for path in sorted(aside) if not settled.neighbours_same(path, ids)
                for s in pages.facts[page_of(path)].sections]

    sources = SourceTexts(scope.snapshot)
    changes = detect(graph, recorded, sources.text, scope.paths, retry=retry,
                     layout=_layout_check(graph, sections, settled),
                     settled={node_id for path in settled.paths - aside for node_id in graph.ids_of(path)},
                     aside=Aside(aside, reopened))
    index_stale, index = _index_stale(root, out, graph, pages, sections, last)
    index = index._replace(stat=settled_stat(index.stat))  # as it was seen: a stat too recent vouches for nothing
    found = Plan(root, out, scope, graph, pages, sections, changes, graph.warnings, index_stale=index_stale, index=index,
                 edited=[s for s in sections.edited() if s.marker.id in graph.nodes], documented=documented)
    touched = _touched_pages(found)
    for page in touched:  # what apply will rewrite, read now that a stale record can still be dropped
        pages.get(page)
    if scope.paths is None:
        seen = _record(found, keys, index, touched, settled)
        if seen == last and stored:
            found.recorded = seen
        elif defer_record:
            found.recorded = seen

            def store() -> None:
                found.store_record = None
                if not record.save(found.root, key, seen):
                    found.recorded = None

            found.store_record = store
        else:
            found.recorded = seen if record.save(found.root, key, seen) else None
    return found


def _touched_pages(found: Plan) -> set[str]:
    """Pages holding a change's node now or before."""
    touched = set()
    for change in found.changes:
        touched.add(page_of(change.path))
        for node_id in (change.id, change.previous):
            if node_id is not None and node_id in found.sections:
                touched.add(found.sections.page(node_id))
    return touched


def _record(found: Plan, keys: dict[str, record.Neighbourhood], index: record.IndexFacts, touched: set[str],
            settled: _Settled) -> record.Record:
    """What this plan of the whole repository saw, to record for the next one;
    ``touched`` pages will be rewritten."""
    ids = documented(found.graph, found.sections, found.changes)
    graph = found.graph
    files = {path: record.FileFacts(graph_key, settled.documented_key(path, ids), page_of(path) not in touched,
                                    graph.files.heads[path].content_hash, graph.groups.get(path), around, reads)
             for path, (graph_key, around, reads) in keys.items()}
    return record.Record(found.pages.recordable(), files, index)


def _index_stale(root: Path, out: Path, graph: CallGraph, pages: PageStore, sections: SectionIndex,
                 last: record.Record | None) -> tuple[bool, record.IndexFacts]:
    """Whether ``index.md`` differs from the index of the pages as they are, and what
    to record of it: an index file and a listing as recorded keep the recorded
    verdict without rendering anything."""
    drawn: list[tuple[str, str]] = []  # the diagram's key and text

    def diagram(paths: list[str]) -> str:
        # Drawn from every edge (0.015-0.03 s on the standard library) unless the last
        # plan drew it from the same groups and paths.
        key = record.diagram_key(graph, paths)
        if key and last is not None and last.index is not None and last.index.diagram_key == key:
            text = last.index.diagram
        else:
            text = dependency_diagram(graph, paths)
        drawn.append((key, text))
        return text

    listing = index_listing(graph, index_modules(graph, pages), sections.summary, pages.is_file, diagram)
    facts = record.IndexFacts(stat_of(out / INDEX_PAGE), record.listing_key(listing), True, *drawn[0])
    if last is not None and last.index is not None and facts.stat is not None and last.index[:2] == facts[:2]:
        return last.index.stale, last.index
    from repoagent.pages.render import Renderer
    from repoagent.pages.update import index_text

    try:
        on_disk = (out / INDEX_PAGE).read_bytes()
    except OSError:
        return True, facts
    if index_edited(on_disk):
        raise UsageError(f"{(out / INDEX_PAGE).relative_to(root)} was edited by hand (its text is not what repoagent "
                         "wrote, and the next run would replace it); move your text to a page of your own, "
                         "or restore the file (git checkout), then run again")
    stale = on_disk != index_text(Renderer(root), listing).encode("utf-8")
    return stale, facts._replace(stale=stale)


def _refuse_strays(pages: PageStore, graph: CallGraph, sections: SectionIndex) -> None:
    """Stop when a section of an existing object lost its marker line or hides in a
    fence left open: its text sits in the section above, and writing the object
    again would show it twice."""
    for name, facts in pages.facts.items():
        for stray in facts.strays:
            if stray.id in graph.nodes and stray.id not in sections:
                raise UsageError(f"{pages.shown(name)}:{stray.problem()}")


def _fallback_retries(root: Path, limit: int) -> RetryChoice:
    """Which sections the LLM could not write before to ask for again: as far as
    :func:`~repoagent.writers.fallbacks.choose_retries` allows, so a rerun asks for
    what is missing without re-asking hopeless sections forever."""

    def choose(candidates: list[Recorded]) -> list[str]:
        from repoagent.writers.fallbacks import FALLBACK_WRITER, UNASKED_WRITER, FallbackTries, choose_retries

        failed = [(c.id, c.writer, c.hash) for c in candidates if c.writer in (FALLBACK_WRITER, UNASKED_WRITER)]
        return choose_retries(failed, FallbackTries(root), limit) if failed else []

    return choose


def _recorded(page: str, s: SectionFacts) -> Recorded:
    """What the detector compares of a section on ``page``."""
    return Recorded(s.marker.id, s.marker.hash, s.marker.deps, source_of(page), s.marker.lock or s.edited, s.marker.writer)


class DocumentedKeys:
    """The :func:`~repoagent.pages.record.documented_key` of each file's neighbourhood
    (``keys``: the graph's :func:`~repoagent.pages.record.graph_keys`) for one set of
    documented ids, made once per file and set: the record made after the detector
    asks it of every file again, most often with an equal set, and so does the plan
    after writing (:func:`replan`: the same graph and keys, and the ids its sections
    hold are the ones the plan before counted on; 0.015-0.02 s of the standard
    library's 738 files each time). A set not equal to the last one asked starts anew."""

    def __init__(self, keys: dict[str, record.Neighbourhood]) -> None:
        self.keys = keys
        self._ids: set[str] = set()
        self._made: dict[str, str] = {}  # path -> documented key, for ``_ids``

    def __call__(self, path: str, ids: set[str]) -> str:
        if ids is not self._ids:  # compared once per set (20,000 ids), not per file
            if ids != self._ids:
                self._made = {}
            self._ids = ids
        if path not in self._made:
            self._made[path] = record.documented_key(self.keys[path].around, ids)
        return self._made[path]


class _Settled:
    """The files the record finds settled (:func:`~repoagent.pages.record.settled`),
    and whether each one's neighbours have sections as the record says, once the
    changes are applied (``ids``: the ids documented then; asked once per file)."""

    def __init__(self, paths: set[str], documented: DocumentedKeys, last: record.Record | None) -> None:
        self.paths = paths
        self.documented_key = documented
        self._last = last
        self._same: dict[str, bool] = {}

    def neighbours_same(self, path: str, ids: set[str]) -> bool:
        if path not in self._same:
            assert self._last is not None
            self._same[path] = self.documented_key(path, ids) == self._last.files[path].documented
        return self._same[path]


def _layout_check(graph: CallGraph, sections: SectionIndex, settled: _Settled) -> LayoutCheck:
    """The detector's judge of a current section's page: its text's own links, then
    the links and diagram drawn around it; of a locked or edited one, only its anchor
    (an earlier version spelled some otherwise). A section of a settled file whose
    neighbours have sections as they had is current without looking."""

    def check(node_id: str, documented_ids: set[str]) -> Layout:
        path = graph.path_of(node_id)
        if path in settled.paths and sections.page(node_id) == page_of(path):
            if settled.neighbours_same(path, documented_ids):
                return Layout.CURRENT
        section = sections[node_id]
        if section.kept:
            return Layout.CURRENT if anchor_current(section, node_id) else Layout.LINKS_STALE
        if dangles(section, graph, node_id):
            return Layout.TEXT_DANGLES
        return Layout.CURRENT if layout_matches(section, graph, node_id, documented_ids) else Layout.LINKS_STALE

    return check


def apply(
    plan: Plan,
    writer: Writer,
    jobs: int,
    on_written: Callable[[WrittenSection], None] = lambda section: None,
    written_ahead: Mapping[str, WrittenSection] | None = None,
) -> Outcome:
    """Rewrite the stale sections with ``writer`` and the pages holding them
    (``written_ahead``: sections ``writer`` wrote for this graph already)."""
    from repoagent.pages.update import Outcome, PageUpdater  # jinja2 only when pages change

    remove_leftovers(Workspace(plan.root).temp)
    outcome = Outcome()
    graph = plan.graph
    keep_moved = _kept_moved(plan)
    rewrite = to_write(plan)
    updater = PageUpdater(plan.root, plan.out, graph, plan.pages, plan.sections, plan.changes, keep_moved,
                          documented(graph, plan.sections, plan.changes))
    pending = Counter(page_of(graph.nodes[node_id].path) for node_id in rewrite)
    outcome.notes.extend(_keep_removed_text(plan))
    gaining, losing = updater.affected_pages()
    for page in sorted(gaining - set(pending)):
        updater.flush(page, outcome)
    if rewrite:
        from repoagent.writers.schedule import write_in_order  # networkx only when something is written

        whole: list[str] = []  # pages all of whose sections are written, not yet flushed

        def written(section: WrittenSection) -> None:
            updater.add(section, Marker(section.node_id, graph.nodes[section.node_id].code_hash,
                                        deps_hash(graph, section.node_id), section.writer, section.model))
            if section.note:
                outcome.notes.append(f"{section.node_id}: {section.note}")
            on_written(section)
            page = page_of(graph.nodes[section.node_id].path)
            pending[page] -= 1
            if pending[page] == 0:
                whole.append(page)
            if writer.waits:  # an LLM run keeps each page as soon as it is whole: a crash loses no answer
                updater.flush_all(whole, outcome, 1)
                whole.clear()

        write_in_order(graph, rewrite, writer, code_reader(plan), known_summaries(plan), jobs, written, written_ahead)
        updater.flush_all(whole, outcome, jobs)  # a writer that computes: every page at the end, side by side
    for page in sorted(losing):
        updater.flush(page, outcome)
    outcome.written = len(rewrite)
    outcome.kept = len(keep_moved)
    outcome.removed = sum(1 for c in plan.changes if c.reason is Reason.DELETED)
    outcome.edited = len(plan.edited)
    updater.write_index(outcome, plan.index)
    return outcome


def _keep_removed_text(plan: Plan) -> list[str]:
    """Copy each locked or edited section whose object is gone to
    ``.repoagent/removed/PAGE`` before its page loses it, and say so in one line each.

    Such text is a person's; the object it described was deleted, or renamed with its
    code changed beyond recognition. The copy (marker included, so it can be pasted
    back under a new id) is appended, so earlier copies stay."""
    removed = [plan.sections[c.id] for c in plan.changes if c.reason is Reason.DELETED and c.id in plan.sections]
    kept = [section for section in removed if section.kept]
    if not kept:
        return []
    workspace = Workspace(plan.root)
    folder = workspace.removed_sections
    notes = []
    for page, sections in _by_page(kept).items():
        copy = None if folder is None else folder / page
        if copy is not None:
            scratch = workspace.scratch()  # the folder and its ``.gitignore`` first
            copy.parent.mkdir(parents=True, exist_ok=True)
            earlier = copy.read_bytes() if copy.is_file() else b""
            text = "".join(section.text.rstrip("\n") + "\n\n" for section in sections)
            write_atomically(copy, earlier + text.encode("utf-8", errors="surrogateescape"), scratch)
        for section in sections:
            where = f"its text is kept in {copy.relative_to(plan.root).as_posix()}" if copy else "git history has its text"
            notes.append(f"{page}: the section of {section.marker.id}, which you wrote or locked, is removed "
                         f"(no object has that id now); {where}")
    return notes


def _by_page(sections: list[Section]) -> dict[str, list[Section]]:
    grouped: dict[str, list[Section]] = {}
    for section in sections:
        grouped.setdefault(section.page, []).append(section)
    return grouped


def _kept_moved(plan: Plan) -> dict[str, Section]:
    """Moved nodes whose old section keeps its text: a locked or edited one whoever
    wrote it, an LLM's; the static writer's own text is simply written again."""
    kept = {}
    for change in plan.changes:
        if change.reason is Reason.MOVED and change.previous:
            old = plan.sections[change.previous]
            if old.kept or old.marker.writer != "static":
                kept[change.id] = old
    return kept


def to_write(plan: Plan) -> list[str]:
    """Ids of the nodes a writer must write for ``plan``, sorted."""
    kept = _kept_moved(plan)
    return sorted(
        c.id for c in plan.changes if c.reason in REWRITTEN or (c.reason is Reason.MOVED and c.id not in kept)
    )


def code_reader(plan: Plan) -> Callable[[str], str]:
    """Node id -> its own source text in the planned view of the code."""
    reader = SourceTexts(plan.scope.snapshot)
    return lambda node_id: reader.text(plan.graph.nodes[node_id])


def known_summaries(plan: Plan) -> Mapping[str, str]:
    """The one-line summaries the existing pages give, for nodes still in the graph;
    each read from its page's facts when asked (a writer asks for a few callees')."""
    return _KnownSummaries(plan.sections, plan.graph.nodes.paths)


class _KnownSummaries(Mapping[str, str]):
    def __init__(self, sections: SectionIndex, paths: Mapping[str, str]) -> None:
        self._sections = sections
        self._paths = paths

    def __getitem__(self, node_id: str) -> str:
        if node_id not in self._paths or node_id not in self._sections:
            raise KeyError(node_id)
        return self._sections.summary(node_id)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._paths and node_id in self._sections

    def __iter__(self) -> Iterator[str]:
        return (node_id for node_id in self._sections if node_id in self._paths)

    def __len__(self) -> int:
        return sum(1 for _ in self)
