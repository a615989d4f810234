"""Where things are in the output folder: page paths, anchors and relative links.

A source file ``pkg/mod.py`` has the page ``pkg/mod.py.md`` (the source name is kept
whole, so ``a.py`` and ``a.js`` never share a page); every section carries an HTML
anchor whose id is the object's id, so links survive heading changes. Ids and paths
are percent-encoded wherever they are written (:mod:`repoagent.names`). Around each
section's body the layout draws the links to callers and callees and, on a module's
section, its call diagram: :func:`layout_matches` tells whether a section's are current.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from repoagent.graph.model import CallGraph
from repoagent.models import Kind
from repoagent.names import quote_name
from repoagent.pages.diagrams import dependency_diagram, module_diagram

if TYPE_CHECKING:
    from repoagent.pages.parse import Page, Section

INDEX_PAGE = "index.md"
PAGE_SUFFIX = ".md"


def page_of(source_path: str) -> str:
    """The page (relative to the output folder) documenting ``source_path``."""
    return source_path + PAGE_SUFFIX


def source_of(page: str) -> str:
    """The source path a page documents (inverse of :func:`page_of`)."""
    return page[: -len(PAGE_SUFFIX)]


def href(from_page: str, to_page: str, node_id: str) -> str:
    """A relative link from ``from_page`` to the section of ``node_id`` on ``to_page``."""
    if from_page == to_page:
        return f"#{quote_name(node_id)}"
    return f"{quote_name(relative_path(to_page, from_page.rpartition('/')[0]))}#{quote_name(node_id)}"


def relative_path(target: str, folder: str) -> str:
    """``posixpath.relpath(target, folder or ".")`` for paths as pages have them
    (relative, ``/``-separated, no empty, ``.`` or ``..`` part: source paths as git
    lists them), by string work alone: ``relpath`` asks the working directory twice
    per call (60,000 links, 3 s of the standard library's cold run)."""
    start = folder.split("/") if folder else []
    parts = target.split("/")
    common = len(os.path.commonprefix([start, parts]))
    return "/".join([".."] * (len(start) - common) + parts[common:]) or "."


def links_of(graph: CallGraph, node_id: str, documented: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(href, id)`` pairs from the node's section to its callees' and callers'
    sections, sorted by id; only ``documented`` ids are linked, so no link dangles."""
    page = page_of(graph.path_of(node_id))

    def link(other: str) -> tuple[str, str]:
        return href(page, page_of(graph.path_of(other)), other), other

    calls = sorted({edge.callee for edge in graph.callees(node_id)} & documented)
    callers = sorted({edge.caller for edge in graph.callers(node_id)} & documented)
    return [link(c) for c in calls], [link(c) for c in callers]


def alternatives_of(graph: CallGraph, node_id: str) -> dict[str, str]:
    """Callee id -> a note such as ``one of 3 on line 12`` for the callees that share
    a call site with others: the code picks one of them there at run time."""
    by_line: dict[int, set[str]] = {}
    for edge in graph.callees(node_id):
        for line in edge.lines:
            by_line.setdefault(line, set()).add(edge.callee)
    notes: dict[str, str] = {}
    for line, callees in sorted(by_line.items()):
        if len(callees) > 1:
            for callee in callees:
                notes.setdefault(callee, f"one of {len(callees)} on line {line}")
    return notes


def diagram_of(graph: CallGraph, node_id: str, documented: set[str]) -> str:
    """The call diagram drawn under a module's section; ``""`` for other sections."""
    if graph.nodes[node_id].kind is not Kind.MODULE:
        return ""
    return module_diagram(graph, node_id, documented)


def index_modules(graph: CallGraph, pages: Mapping[str, Page]) -> dict[str, str]:
    """Source path -> module id of every file the index lists: the graph's files,
    and the skipped files whose pages are kept."""
    modules = {source: head.ids[0] for source, head in graph.files.heads.items()}
    for name in pages:
        if graph.skipped_because(source_of(name)) is not None and pages[name].sections:
            modules[source_of(name)] = pages[name].sections[0].marker.id
    return modules


def index_listing(graph: CallGraph, modules: Mapping[str, str], summary: Callable[[str], str],
                  is_page: Callable[[str], bool], diagram: Callable[[list[str]], str] | None = None,
                  ) -> tuple[list[tuple[str, str, str]], str]:
    """What the index page shows: ``(source, page, summary)`` of each page of
    ``modules`` (source path -> module id) that ``is_page`` (a file under the output
    folder, by name), with the ``summary`` of its module, and the modules' dependency
    diagram (drawn by ``diagram`` when given): what the index must say once every
    page is written."""
    listed = [(source, module) for source, module in sorted(modules.items()) if is_page(page_of(source))]
    paths = [source for source, _ in listed if source in graph.files]
    drawn = diagram(paths) if diagram is not None else dependency_diagram(graph, paths)
    return [(source, page_of(source), summary(module)) for source, module in listed], drawn


def dangles(section: Section, graph: CallGraph, node_id: str) -> bool:
    """Whether the section's text links to an anchor its page no longer has: written
    by an earlier version that spelled the anchor otherwise, or naming a member gone."""
    wanted = section.body_anchors
    if not wanted:
        return False
    anchors = {quote_name(other) for other in graph.ids_of(graph.path_of(node_id))}
    return not wanted <= anchors


def anchor_current(section: Section, node_id: str) -> bool:
    """Whether the section's anchor is spelled as this version spells ``node_id``'s
    (a template may leave the anchor out)."""
    return section.anchor in (None, quote_name(node_id))


def layout_matches(section: Section, graph: CallGraph, node_id: str, documented: set[str]) -> bool:
    """Whether the anchor, links and diagram around ``section``'s body are what the
    graph draws now (a template may leave the anchor out)."""
    if not anchor_current(section, node_id):
        return False
    calls, callers = links_of(graph, node_id, documented)
    if sorted(section.links) != sorted(link for link, _ in calls + callers):
        return False
    return section.diagram == diagram_of(graph, node_id, documented)
