"""Rewrite the pages a run affects, and the index page.

A page is rebuilt from its file's definitions in source order, below the page's
preamble: a section written in this run gets its new body; a moved section keeps
its old body under its new id (a locked or hand-edited one keeps its whole text,
only its marker and anchor follow the new id); a locked, edited or untouched
section is copied byte for byte; a section the detector found ``links-changed`` is
re-rendered around its unchanged body. Every section repoagent renders is signed with the hash
of its text (``body=`` in the marker), which is how a later hand edit shows. A page
is written only when its bytes differ, atomically; a page left without definitions
is removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from repoagent.changes.detect import Change, Reason
from repoagent.fileio import stat_of, write_atomically
from repoagent.forking import cores, forked_map
from repoagent.graph.model import CallGraph
from repoagent.models import Definition, Kind
from repoagent.names import quote_name
from repoagent.pages.layout import (
    INDEX_PAGE, alternatives_of, diagram_of, index_listing, index_modules, links_of, page_of, source_of,
)
from repoagent.pages.markers import Marker, written_by_repoagent
from repoagent.pages.parse import Page, Section, encode_page, retarget_anchor, summary_of
from repoagent.pages.render import IndexEntry, Link, Renderer, SectionView, join_sections
from repoagent.pages.lazy import SectionIndex
from repoagent.pages.record import IndexFacts, listing_key
from repoagent.workspace import Workspace
from repoagent.writers.base import WrittenSection


@dataclass
class Outcome:
    """What a docs run did, for its one-line summary."""

    written: int = 0
    kept: int = 0
    removed: int = 0
    edited: int = 0
    pages_written: int = 0
    pages_removed: int = 0
    notes: list[str] = field(default_factory=list)


#: From this many pages on, :meth:`PageUpdater.flush_all` forks.
MANY_PAGES = 64
PAGES_CHUNK = 16  # pages a forked process writes before reporting them


class _Flushed(NamedTuple):
    """What flushing a chunk of pages in a forked process did, for this one to add up."""

    pages_written: int
    notes: list[str]
    summaries: dict[str, str]
    created: bool


class PageUpdater:
    """Collects written sections and writes the pages that hold them."""

    def __init__(
        self,
        root: Path,
        out: Path,
        graph: CallGraph,
        pages: Mapping[str, Page],
        sections: SectionIndex,
        changes: list[Change],
        keep_moved: dict[str, Section],
        documented: set[str],
    ) -> None:
        self._out = out
        self._graph = graph
        self._pages = pages
        self._sections = sections
        self._changes = changes
        self._relinked = {change.id for change in changes if change.reason is Reason.LINKS_CHANGED}
        self._keep_moved = keep_moved
        self._documented = documented
        self._written: dict[str, tuple[Marker, str]] = {}
        self._summaries: dict[str, str] = {}
        self._created = False  # a page made by this run: the index lists one more
        self._renderer = Renderer(root)
        self._scratch = Workspace(root).scratch()

    def affected_pages(self) -> tuple[set[str], set[str]]:
        """Pages holding a changed node now, and the other pages that held one before
        the change. The second are to be written last: a run killed between the two
        then leaves a moved section on both pages (the next run names it), never on
        neither."""
        gaining, losing = set(), set()
        for change in self._changes:
            if change.id in self._graph.nodes:
                gaining.add(page_of(self._graph.nodes[change.id].path))
            if change.reason is Reason.DELETED:
                losing.add(self._sections[change.id].page)
            if change.previous:
                losing.add(self._sections[change.previous].page)
        return gaining, losing - gaining

    def add(self, section: WrittenSection, marker: Marker) -> None:
        self._written[section.node_id] = (marker, section.body)

    def flush(self, page: str, outcome: Outcome) -> None:
        """Write ``page`` from the graph and the sections known now."""
        path = self._out / page
        parsed = self._graph.files.get(source_of(page))
        if self._graph.skipped_because(source_of(page)) is not None:
            return  # the file is there but was not read: its page stays as it is
        if parsed is None:
            self._remove(page, outcome)
            return
        texts = [text for node in parsed.definitions if (text := self._section_text(node, page)) is not None]
        if not texts:
            return
        preamble = self._pages[page].preamble if page in self._pages else ""
        data = encode_page(preamble + join_sections(texts))
        existed = path.is_file()
        if not existed or path.read_bytes() != data:
            write_atomically(path, data, self._scratch)
            outcome.pages_written += 1
            self._created = self._created or not existed

    def flush_all(self, pages: list[str], outcome: Outcome, jobs: int) -> None:
        """:meth:`flush` each of ``pages``, pages of files that still exist (none is
        removed: removing a page may remove its folder, which another process may
        be writing into). :data:`MANY_PAGES` or more are shared with processes forked
        from this one (:mod:`repoagent.forking`): rendering a page's sections is
        Python that holds the interpreter's lock, two seconds of a first run of the
        standard library's 740 pages."""
        workers = cores(jobs) if len(pages) >= MANY_PAGES else 1  # this process only adds up what they did
        if workers < 2:
            for page in pages:
                self.flush(page, outcome)
            return
        for flushed in forked_map(self._flushed, pages, workers, PAGES_CHUNK):
            outcome.pages_written += flushed.pages_written
            outcome.notes.extend(flushed.notes)
            self._summaries.update(flushed.summaries)
            self._created = self._created or flushed.created

    def _flushed(self, pages: list[str]) -> list[_Flushed]:
        """Flush ``pages`` and say what that changed (in a forked process, for this
        one to add up; here, when the pool broke: a page the dead process made is then
        not counted as made, but its module's new summary still lists it again)."""
        outcome = Outcome()
        kept = self._summaries, self._created
        self._summaries, self._created = {}, False
        try:
            for page in pages:
                self.flush(page, outcome)
            return [_Flushed(outcome.pages_written, outcome.notes, self._summaries, self._created)]
        finally:
            self._summaries, self._created = kept

    def _remove(self, page: str, outcome: Outcome) -> None:
        """Remove the page of a deleted source file, if it is ours; text the user put
        above its first section stays, as a file of the user's own."""
        path = self._out / page
        if not path.is_file() or not written_by_repoagent(path.read_bytes()):
            return
        preamble = self._pages[page].preamble if page in self._pages else ""
        if preamble.strip():
            write_atomically(path, encode_page(preamble), self._scratch)
            outcome.notes.append(f"{page}: its source file is gone; its sections were removed, your text above them kept")
            return
        path.unlink()
        outcome.pages_removed += 1
        _remove_empty_parents(path.parent, self._out)

    def write_index(self, outcome: Outcome, planned: IndexFacts | None = None) -> None:
        """The index page, listing every page; written last, and only when its text
        differs from what is on disk (whatever this run changed: a run killed before
        the index was renamed leaves pages the old index does not match). Not even
        rendered when the plan found the file (``planned``: its stat, old enough to
        vouch for it) showing this very listing; not even listed when this run cannot
        have changed the listing the plan made (no page made, no module's summary
        changed: 0.03 s of the standard library's pages to look at)."""
        path = self._out / INDEX_PAGE
        vouched = planned is not None and not planned.stale and planned.stat is not None and stat_of(path) == planned.stat
        if vouched and not self._listing_changed():
            return
        listing = index_listing(self._graph, index_modules(self._graph, self._pages),
                                lambda module: self._summaries.get(module) or self._sections.summary(module),
                                lambda page: (self._out / page).is_file())
        if vouched and planned is not None and listing_key(listing) == planned.listing:
            return
        text = index_text(self._renderer, listing)
        if not path.is_file() or path.read_bytes() != text.encode("utf-8"):
            write_atomically(path, text, self._scratch)
            outcome.pages_written += 1

    def _listing_changed(self) -> bool:
        """Whether this run may have changed what the index lists since the plan
        listed it: the same graph and pages, so only a page it made or a module
        section it gave another summary can."""
        if self._created:
            return True
        files = self._graph.files
        return any(
            (summary or self._sections.summary(node_id)) != self._sections.summary(node_id)
            for node_id, summary in self._summaries.items()
            if files[self._graph.nodes[node_id].path].definitions[0].id == node_id
        )

    def _section_text(self, node: Definition, page: str) -> str | None:
        if node.id in self._written:
            marker, body = self._written[node.id]
            self._summaries[node.id] = summary_of(body)
            return self._render(node, marker, body)
        if node.id in self._keep_moved:
            old = self._keep_moved[node.id]
            self._summaries[node.id] = old.summary
            marker = old.marker.moved_to(node.id, node.code_hash)
            if old.kept:  # the user's text; a stale hash keeps an edited one edited
                old_anchor = old.anchor or quote_name(old.marker.id)
                return marker.render() + "\n" + retarget_anchor(old.after_marker, old_anchor, node.id).rstrip()
            return self._render(node, marker, old.body)
        section = self._sections.get(node.id)
        if section is None:
            return None  # not documented yet and outside this run's scope
        self._summaries[node.id] = section.summary
        if node.id not in self._relinked:  # the detector judged its links (links-changed)
            return section.text.rstrip()
        if section.kept:  # the user's text: only an anchor an earlier version spelled otherwise
            return retarget_anchor(section.text, section.anchor, node.id).rstrip()
        return self._render(node, section.marker, section.body)

    def _render(self, node: Definition, marker: Marker, body: str) -> str:
        """The section's text from the template, its marker signed with the hash of
        the text below it."""
        calls, callers = links_of(self._graph, node.id, self._documented)
        alternatives = alternatives_of(self._graph, node.id)
        view = SectionView(
            marker=marker.render(),
            id=quote_name(node.id),
            level=min(6, _depth(self._graph, node)),
            title=quote_name(node.id if node.kind is Kind.MODULE else node.name),
            kind=node.kind.value,
            body=body.strip(),
            calls=[Link(quote_name(i), h, alternatives.get(i, "")) for h, i in calls],
            callers=[Link(quote_name(i), h) for h, i in callers],
            diagram=diagram_of(self._graph, node.id, self._documented),
        )
        before, line, after = self._renderer.section(view).partition(marker.render())
        return before + (marker.signed(after).render() if line else "") + after


def index_text(renderer: Renderer, listing: tuple[list[tuple[str, str, str]], str]) -> str:
    """The index page of ``listing`` (:func:`~repoagent.pages.layout.index_listing`)."""
    pages, diagram = listing
    return renderer.index([IndexEntry(quote_name(source), quote_name(page), summary) for source, page, summary in pages], diagram)


def _depth(graph: CallGraph, node: Definition) -> int:
    depth = 1
    while node.parent is not None and node.parent in graph.nodes:
        node = graph.nodes[node.parent]
        depth += 1
    return depth


def _remove_empty_parents(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
