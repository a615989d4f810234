"""The pages under the output folder, each read only when something asks for it.

A run after one edited function needs the text of a few pages, not of all of them.
:class:`PageStore` lists the pages and knows the :class:`PageFacts` of each (the
markers, lines, hand-edit flags and summaries of its sections, and its strays:
everything the planner needs of a section without its text). Facts come from the
pages record (:mod:`repoagent.pages.record`) for a page whose file is as recorded
(size, modification and change time, inode), else from reading the page; a page's
text is read the first time one of its sections or its preamble is asked for.
:class:`SectionIndex` is the sections of all pages by id, on top of it.

A page read late must say what its recorded facts said; when it does not (it
changed under the run, or the record lies), :class:`StaleFacts` is raised and the
planner starts again without the record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import count, repeat
from pathlib import Path
from typing import NamedTuple

from repoagent.errors import UsageError
from repoagent.fileio import Stat, listed, settled_stat
from repoagent.pages.layout import INDEX_PAGE, PAGE_SUFFIX
from repoagent.pages.markers import Marker, written_by_repoagent
from repoagent.pages.parse import Page, Section, Stray, decode_page, parse_page


class StaleFacts(Exception):
    """A page read late does not hold what its recorded facts say."""


class SectionFacts(NamedTuple):
    """What the planner knows of a section without its text (a named tuple, as
    :class:`~repoagent.pages.markers.Marker`: cheap to decode by the thousand)."""

    marker: Marker
    line: int
    edited: bool
    summary: str


class EditedSection(NamedTuple):
    """Where a section edited by hand is: its marker, its page and line."""

    marker: Marker
    page: str
    line: int


class PageFacts:
    """A page's sections and strays as last read, and its file's :data:`Stat` then
    (``None``: too recent to vouch for the content, see :func:`stat_of`). ``packed``
    is how the pages record spelled the sections and strays when they came from it:
    written again as it is, not encoded again (:mod:`repoagent.pages.record`).

    Facts from the record make their sections only when asked (``decode``, checked
    whole when the record was read, so it cannot fail): a plan after one edit needs
    the sections of a few pages, and of the others only their ids (``ids``), whether
    one was edited by hand (``edited``) and a section's summary (:meth:`summary`),
    which the record's columns give without making 20,000 named tuples (0.04 s of
    the standard library's)."""

    __slots__ = ("stat", "strays", "packed", "ids", "edited", "_sections", "_decode", "_summary")

    def __init__(self, stat: Stat | None, sections: tuple[SectionFacts, ...] | None, strays: tuple[Stray, ...],
                 packed: bytes | None = None, *, ids: tuple[str, ...] | list[str] | None = None, edited: bool | None = None,
                 decode: Callable[[], tuple[SectionFacts, ...]] | None = None,
                 summary: Callable[[int], str] | None = None) -> None:
        self.stat = stat
        self.strays = strays
        self.packed = packed
        self._sections = sections
        self._decode = decode
        self._summary = summary
        if sections is not None:
            ids = [s.marker.id for s in sections] if ids is None else ids
            edited = any(s.edited for s in sections) if edited is None else edited
        assert ids is not None and edited is not None and (sections is not None or decode is not None)
        self.ids = ids
        self.edited = edited

    @property
    def sections(self) -> tuple[SectionFacts, ...]:
        if self._sections is None:
            assert self._decode is not None
            self._sections = self._decode()
        return self._sections

    def summary(self, index: int) -> str:
        """The summary of the page's ``index``-th section."""
        if self._sections is None and self._summary is not None:
            return self._summary(index)
        return self.sections[index].summary

    def with_stat(self, stat: Stat | None) -> PageFacts:
        """The same facts with another stat (sections made or not, as these are)."""
        return PageFacts(stat, self._sections, self.strays, self.packed, ids=self.ids, edited=self.edited,
                         decode=self._decode, summary=self._summary)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageFacts):
            return NotImplemented
        if self.stat != other.stat:
            return False
        if self.packed is not None and self.packed == other.packed:
            return True  # the same record columns: the same sections and strays
        return self.strays == other.strays and self.sections == other.sections

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PageFacts(stat={self.stat!r}, sections={self.sections!r}, strays={self.strays!r})"


def facts_of(page: Page, stat: Stat | None) -> PageFacts:
    """The facts of a page just read."""
    sections = tuple(SectionFacts(s.marker, s.line, s.edited, s.summary) for s in page.sections)
    return PageFacts(stat, sections, tuple(page.strays))


class PageStore(Mapping[str, Page]):
    """repoagent's pages under ``out`` by name (relative to ``out``), read lazily;
    ``recorded`` holds facts of earlier reads, trusted for files whose stat matches.
    ``found`` is the pages as listed and stat'ed earlier in the run
    (:func:`~repoagent.fileio.listed`), else they are listed now."""

    def __init__(self, root: Path, out: Path, recorded: Mapping[str, PageFacts],
                 found: Mapping[str, Stat | None] | None = None) -> None:
        self.root = root
        self.out = out
        self.facts: dict[str, PageFacts] = {}
        self.unchanged: set[str] = set()  # pages whose facts came from the record
        self._pages: dict[str, Page] = {}
        found = found if found is not None else listed(out, PAGE_SUFFIX)
        self._files = {name for name, stat in found.items() if stat is not None}
        for name, stat in found.items():
            if name == INDEX_PAGE or stat is None:
                continue
            old = recorded.get(name)
            if old is not None and old.stat == stat:
                self.facts[name] = old
                self.unchanged.add(name)
                continue
            page = self._parse(name, (out / name).read_bytes())
            if page is not None:
                self._pages[name] = page
                self.facts[name] = facts_of(page, stat)
        self._refuse_twins()

    def _parse(self, name: str, data: bytes) -> Page | None:
        if not written_by_repoagent(data):
            return None  # the user's own Markdown: not a page (refuse_foreign guards overwrites)
        return parse_page(decode_page(data), name, self.shown(name))

    def is_file(self, name: str) -> bool:
        """Whether a file ``name`` is under ``out``: as listed (no stat each), else
        asked (a page under a symlinked folder is not listed)."""
        return name in self._files or (self.out / name).is_file()

    def shown(self, name: str) -> str:
        """The page's path as the user sees it (relative to the repository)."""
        return (self.out / name).relative_to(self.root).as_posix()

    def _refuse_twins(self) -> None:
        """Stop at a second section for an id seen on this or another page (the ids
        compared as sets, in C; the sections looked at only when two ids meet)."""
        seen: set[str] = set()
        total = 0
        for facts in self.facts.values():
            seen.update(facts.ids)
            total += len(facts.ids)
        if len(seen) == total:
            return
        first_seen: dict[str, tuple[str, int]] = {}
        for name, facts in self.facts.items():
            for section in facts.sections:
                if section.marker.id in first_seen:
                    first, line = first_seen[section.marker.id]
                    raise UsageError(f"{self.shown(name)}:{section.line}: a second section for {section.marker.id} "
                                     f"(the first is at {self.shown(first)}:{line}); keep one and delete the other")
                first_seen[section.marker.id] = (name, section.line)

    def __getitem__(self, name: str) -> Page:
        if name not in self._pages:
            if name not in self.facts:
                raise KeyError(name)
            try:
                page = self._parse(name, (self.out / name).read_bytes())
            except OSError as error:
                raise StaleFacts(name) from error
            if page is None or facts_of(page, None).sections != self.facts[name].sections:
                raise StaleFacts(name)
            self._pages[name] = page
        return self._pages[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def __contains__(self, name: object) -> bool:
        return name in self.facts

    @property
    def read(self) -> set[str]:
        """The pages read so far (what a run cost, for tests and benchmarks)."""
        return set(self._pages)

    def recordable(self) -> dict[str, PageFacts]:
        """Every page's facts, to record (a stat only where :func:`settled_stat` keeps it)."""
        return {name: facts.with_stat(settled_stat(facts.stat)) for name, facts in self.facts.items()}


class SectionIndex(Mapping[str, Section]):
    """Every page's sections by id, in page order; a section's page is read when
    the section itself is asked for, its marker, summary and edit flag never need it.
    Only the ids of every page are read to index them (:class:`PageFacts`)."""

    def __init__(self, store: PageStore) -> None:
        self.store = store
        self._where: dict[str, tuple[str, int]] = {}  # id -> its page and place there
        for name, facts in store.facts.items():
            self._where.update(zip(facts.ids, zip(repeat(name), count())))

    def __getitem__(self, node_id: str) -> Section:
        name, _ = self._where[node_id]
        return next(s for s in self.store[name].sections if s.marker.id == node_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._where

    def all_facts(self) -> Iterator[tuple[str, tuple[str, SectionFacts]]]:
        """``(id, (page, facts))`` of every section, unread (every page's sections made)."""
        return ((node_id, self.facts(node_id)) for node_id in self._where)

    def facts(self, node_id: str) -> tuple[str, SectionFacts]:
        """The page holding ``node_id``'s section and what it says, unread."""
        name, index = self._where[node_id]
        return name, self.store.facts[name].sections[index]

    def page(self, node_id: str) -> str:
        """The page holding ``node_id``'s section (its sections not made)."""
        return self._where[node_id][0]

    def summary(self, node_id: str) -> str:
        """The one-line summary of ``node_id``'s section; empty without one."""
        if node_id not in self._where:
            return ""
        name, index = self._where[node_id]
        return self.store.facts[name].summary(index)

    def edited(self) -> list[EditedSection]:
        """The sections edited by hand, in page order, unread (only the pages that
        have one make their sections)."""
        return [EditedSection(s.marker, name, s.line) for name, facts in self.store.facts.items() if facts.edited
                for s in facts.sections if s.edited]
