"""Render sections and the index page from Jinja2 templates.

Templates ship in ``templates/``; a repository overrides any of them by putting a
file of the same name in its templates folder (committed and shared, unlike the
git-ignored workspace). They render in the sandbox of :mod:`repoagent.templating`,
as the LLM writer's prompt templates do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from repoagent.pages.markers import INDEX_MARKER
from repoagent.templating import environment, template_error


@dataclass(frozen=True)
class Link:
    """A link to another section: its id and the relative href (both percent-encoded,
    as every name on a page is: :mod:`repoagent.names`)."""

    id: str
    href: str
    one_of: str = ""  # "one of 3 on line 12" when the call site may run another callee instead


@dataclass(frozen=True)
class SectionView:
    """Everything a section template shows; ``id``, ``title`` and the links' ids are
    percent-encoded (:mod:`repoagent.names`), so no file name can break the page."""

    marker: str
    id: str
    level: int
    title: str
    kind: str
    body: str
    calls: Sequence[Link]
    callers: Sequence[Link]
    diagram: str = ""


@dataclass(frozen=True)
class IndexEntry:
    """One page listed on the index page (its source path and href percent-encoded)."""

    source: str
    href: str
    summary: str


@dataclass(frozen=True)
class TreeItem:
    """One line of the index's package tree: a folder (no ``href``) or a page."""

    depth: int
    name: str
    href: str = ""
    summary: str = ""


def package_tree(entries: Sequence[IndexEntry]) -> list[TreeItem]:
    """The pages as a tree of folders, each folder listed once before its pages
    (``entries`` sorted by source path)."""
    items: list[TreeItem] = []
    opened: tuple[str, ...] = ()
    for entry in entries:
        *folders, name = entry.source.split("/")
        shared = 0
        while shared < min(len(opened), len(folders)) and opened[shared] == folders[shared]:
            shared += 1
        items += [TreeItem(depth, folders[depth] + "/") for depth in range(shared, len(folders))]
        items.append(TreeItem(len(folders), name, entry.href, entry.summary))
        opened = tuple(folders)
    return items


class Renderer:
    """The section and index templates of one repository, each loaded on its first
    use (compiling one costs about 10 ms; a run that changes a section and not the
    index's text never renders the index)."""

    def __init__(self, root: Path) -> None:
        self._templates = environment(root.resolve())
        self._loaded: dict[str, jinja2.Template] = {}

    def _template(self, name: str) -> jinja2.Template:
        if name not in self._loaded:
            try:
                self._loaded[name] = self._templates.get_template(name)
            except jinja2.TemplateError as error:
                raise template_error(error, "page") from error
        return self._loaded[name]

    def section(self, view: SectionView) -> str:
        """One section's text, without trailing blank lines; the template sees the
        view's fields (the variables section.md.j2 documents), nothing else."""
        try:
            return self._template("section.md.j2").render(**vars(view)).rstrip()
        except jinja2.TemplateError as error:
            raise template_error(error, "section.md.j2 page") from error

    def index(self, entries: Sequence[IndexEntry], diagram: str = "") -> str:
        """The index page: the package tree with summaries, and the modules' diagram;
        led by its marker whatever the template says (the marker is how a later run
        knows the file is its own to rewrite)."""
        try:
            text = self._template("index.md.j2").render(pages=entries, tree=package_tree(entries), diagram=diagram)
        except jinja2.TemplateError as error:
            raise template_error(error, "index.md.j2 page") from error
        return INDEX_MARKER + "\n" + text.rstrip() + "\n"


def join_sections(sections: Sequence[str]) -> str:
    """A page's text from its sections' texts."""
    return "\n\n".join(sections) + "\n"
