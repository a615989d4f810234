"""Render sections and the index page from Jinja2 templates.

Templates ship in ``templates/``; a repository overrides any of them by putting a
file of the same name in ``.repoagent-templates/`` (not ``.repoagent/``, which is a
git-ignored cache, while overrides must be committed and shared). The LLM writer's
prompt templates use the same folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from repoagent.pages.markers import INDEX_MARKER
from repoagent.workspace import TEMPLATES_FOLDER

SHIPPED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
OVERRIDE_FOLDER = TEMPLATES_FOLDER


@dataclass(frozen=True)
class Link:
    """A link to another section: its id and the relative href."""

    id: str
    href: str


@dataclass(frozen=True)
class SectionView:
    """Everything a section template shows."""

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
    """One page listed on the index page."""

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
    """The section and index templates of one repository, loaded once per run."""

    def __init__(self, root: Path) -> None:
        loader = jinja2.FileSystemLoader([str(root / OVERRIDE_FOLDER), str(SHIPPED_TEMPLATES)])
        environment = jinja2.Environment(
            loader=loader, autoescape=False, keep_trailing_newline=False, undefined=jinja2.StrictUndefined
        )
        try:
            self._section = environment.get_template("section.md.j2")
            self._index = environment.get_template("index.md.j2")
        except jinja2.TemplateError as error:
            from repoagent.errors import UsageError

            raise UsageError(f"page template error: {error}; fix it in {OVERRIDE_FOLDER}/") from error

    def section(self, view: SectionView) -> str:
        """One section's text, without trailing blank lines."""
        return self._section.render(view=view, **vars(view)).rstrip()

    def index(self, entries: Sequence[IndexEntry], diagram: str = "") -> str:
        """The index page: the package tree with summaries, and the modules' diagram;
        led by its marker whatever the template says (the marker is how a later run
        knows the file is its own to rewrite)."""
        text = self._index.render(pages=entries, tree=package_tree(entries), diagram=diagram)
        return INDEX_MARKER + "\n" + text.rstrip() + "\n"


def join_sections(sections: Sequence[str]) -> str:
    """A page's text from its sections' texts."""
    return "\n\n".join(sections) + "\n"
