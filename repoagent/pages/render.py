"""Render sections and the index page from Jinja2 templates.

Templates ship in ``templates/``; a repository overrides any of them by putting a
file of the same name in its templates folder (committed and shared, unlike the
git-ignored workspace). They render in the sandbox of :mod:`repoagent.templating`,
as the LLM writer's prompt templates do.

A repository that does not override ``section.md.j2`` (``index.md.j2``) has its
sections (its index) rendered by :func:`shipped_section` (:func:`shipped_index`), the
shipped template written out in Python, without importing jinja2 (0.05-0.08 s of
CPU, most of a one-edit ``docs`` run's imports). Each stands in only while the
shipped file is the one it was written from (:data:`SHIPPED_DIGESTS`); a test
renders many sections and indexes both ways.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from repoagent.hashing import content_hash
from repoagent.pages.markers import index_marker
from repoagent.workspace import SHIPPED_TEMPLATES, TEMPLATES_FOLDER

if TYPE_CHECKING:
    import jinja2

#: The content hashes of the shipped templates that :func:`shipped_section` and
#: :func:`shipped_index` render; another file (an edit of the template) is rendered by jinja2.
SHIPPED_DIGESTS = {"section.md.j2": "895d358dcdb0ea4c97e75f083245c52f", "index.md.j2": "14b5f387111522d6ed7d7f8e3fdf5667"}


class Link(NamedTuple):
    """A link to another section: its id and the relative href (both percent-encoded,
    as every name on a page is: :mod:`repoagent.names`)."""

    id: str
    href: str
    one_of: str = ""  # "one of 3 on line 12" when the call site may run another callee instead


class SectionView(NamedTuple):
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


class IndexEntry(NamedTuple):
    """One page listed on the index page (its source path and href percent-encoded)."""

    source: str
    href: str
    summary: str


class TreeItem(NamedTuple):
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
        self._root = root.resolve()
        self._loaded: dict[str, jinja2.Template] = {}
        self._shipped: dict[str, bool] = {}  # template -> whether it renders in Python

    def _template(self, name: str) -> jinja2.Template:
        import jinja2  # only a template rendered by jinja2 needs it

        from repoagent.templating import template_error

        if name not in self._loaded:
            try:
                self._loaded[name] = self._environment.get_template(name)
            except jinja2.TemplateError as error:
                raise template_error(error, "page") from error
        return self._loaded[name]

    @functools.cached_property
    def _environment(self) -> jinja2.Environment:
        """One sandbox for both templates, made when jinja2 first renders one."""
        from repoagent.templating import environment

        return environment(self._root)

    def section(self, view: SectionView) -> str:
        """One section's text, without trailing blank lines; the template sees the
        view's fields (the variables section.md.j2 documents), nothing else."""
        if self._in_python("section.md.j2") and 1 <= view.level <= 6:
            return shipped_section(view).rstrip()
        return _one_section(self._rendered("section.md.j2", "section.md.j2 page", **view._asdict()).rstrip(), view)

    def index(self, entries: Sequence[IndexEntry], diagram: str = "") -> str:
        """The index page: the package tree with summaries, and the modules' diagram;
        led by its marker whatever the template says (the marker is how a later run
        knows the file is its own to rewrite)."""
        tree = package_tree(entries)
        if self._in_python("index.md.j2"):
            text = shipped_index(tree, diagram)
        else:
            text = self._rendered("index.md.j2", "index.md.j2 page", pages=entries, tree=tree, diagram=diagram)
        body = text.rstrip() + "\n"
        return index_marker(body) + "\n" + body

    def _in_python(self, name: str) -> bool:
        """Whether template ``name`` renders by its Python twin: the repository has no
        file (nor link, broken or not) of that name to override it, and the shipped
        one is the file the twin was written from."""
        if name not in self._shipped:
            self._shipped[name] = not os.path.lexists(self._root / TEMPLATES_FOLDER / name) and _shipped_unchanged(name)
        return self._shipped[name]

    def _rendered(self, name: str, what: str, **variables: object) -> str:
        import jinja2

        from repoagent.templating import template_error

        template = self._template(name)
        try:
            return template.render(**variables)
        except jinja2.TemplateError as error:
            raise template_error(error, what) from error


def _one_section(text: str, view: SectionView) -> str:
    """``text``, the override's rendering of ``view``, when it reads back as that one
    section: its marker first, no other marker. A template without the marker (or
    with a marker of its own) wrote text the next run took for the user's own, above
    the first section or inside another one, and kept for ever."""
    from repoagent.errors import UsageError
    from repoagent.pages.parse import parse_page

    page = parse_page(text + "\n", "section")
    if text.partition("\n")[0] != view.marker or len(page.sections) > 1 or page.strays:
        raise UsageError(f"section.md.j2 page template error: a section must start with its marker ({{{{ marker }}}}) "
                         f"and hold no other; fix it in {TEMPLATES_FOLDER}/ or remove it")
    return text


def shipped_section(view: SectionView) -> str:
    """What the shipped ``section.md.j2`` renders of ``view`` (its whitespace control
    included: the tags' ``-`` strip the line breaks before them), written out."""
    parts = [f'{view.marker}\n<a id="{view.id}"></a>\n{"#" * view.level} `{view.title}`\n\n{view.body}']
    if view.diagram:
        parts.append(f"\n\n```mermaid\n{view.diagram}\n```")
    if view.calls:
        links = ", ".join(f"[`{link.id}`]({link.href})" + (f" ({link.one_of})" if link.one_of else "") for link in view.calls)
        parts.append(f"\n\n**Calls:** {links}")
    if view.callers:
        parts.append("\n\n**Called by:** " + ", ".join(f"[`{link.id}`]({link.href})" for link in view.callers))
    return "".join(parts)


def shipped_index(tree: Sequence[TreeItem], diagram: str) -> str:
    """What the shipped ``index.md.j2`` renders of the package ``tree`` and ``diagram``, written out."""
    parts = ["# Code documentation\n\nGenerated by repoagent from the code; each section records what it was "
             "written from.\n\n## Overview\n"]
    for item in tree:
        if item.href:
            line = f"[`{item.name}`]({item.href})" + (f" — {item.summary}" if item.summary else "")
        else:
            line = f"`{item.name}`"
        parts.append(f"\n{'    ' * item.depth}- {line}")
    if diagram:
        parts.append(f"\n\n## Module dependencies\n\n```mermaid\n{diagram}\n```")
    return "".join(parts)


def _shipped_unchanged(name: str) -> bool:
    try:
        return content_hash((SHIPPED_TEMPLATES / name).read_bytes()) == SHIPPED_DIGESTS[name]
    except OSError:
        return False


def join_sections(sections: Sequence[str]) -> str:
    """A page's text from its sections' texts."""
    return "\n\n".join(sections) + "\n"
