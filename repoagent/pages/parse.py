"""Read pages back into sections: the marker, the writer's body, the links.

Only the marker and the body are state; the heading and the link lines are
re-rendered from the graph. The body lies between the section's first Markdown
heading and its trailing ``**Calls:**`` / ``**Called by:**`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from repoagent.pages.layout import INDEX_PAGE, PAGE_SUFFIX
from repoagent.pages.markers import MARKER_LINE, Marker, parse_marker

LINK_PREFIXES = ("**Calls:**", "**Called by:**")
_HREF = re.compile(r"\]\(([^)\s]+)\)")


@dataclass
class Section:
    """One section as found on ``page`` (relative to the output folder).

    ``body`` and ``links`` are split out of ``text`` on first use: a run with
    nothing stale only needs the markers, and most sections of most runs are fresh.
    """

    marker: Marker
    page: str
    text: str

    @cached_property
    def _parts(self) -> tuple[str, tuple[str, ...]]:
        return _split(self.text.splitlines()[1:])

    @property
    def body(self) -> str:
        """The writer's text, between the heading and the link lines."""
        return self._parts[0]

    @cached_property
    def links(self) -> tuple[str, ...]:
        """The hrefs of the ``**Calls:**`` / ``**Called by:**`` lines."""
        if "**Call" not in self.text:
            return ()
        return self._parts[1]

    @property
    def summary(self) -> str:
        """The body's first line: the one-line summary callers' prompts reuse."""
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()
        return ""


def parse_page(text: str, page: str) -> list[Section]:
    """The sections of a page, in page order; text before the first marker is ignored."""
    starts = [(match.start(), match.group(1)) for match in MARKER_LINE.finditer(text)]
    sections = []
    for number, (start, fields) in enumerate(starts):
        marker = parse_marker(fields)
        if marker is None:
            continue
        end = starts[number + 1][0] if number + 1 < len(starts) else len(text)
        sections.append(Section(marker, page, text[start:end].rstrip()))
    return sections


def _split(lines: list[str]) -> tuple[str, tuple[str, ...]]:
    heading = next((n for n, line in enumerate(lines) if line.startswith("#")), -1)
    rest = lines[heading + 1 :]
    end = len(rest)
    links: list[str] = []
    while end and (not rest[end - 1].strip() or rest[end - 1].startswith(LINK_PREFIXES)):
        links[:0] = _HREF.findall(rest[end - 1])
        end -= 1
    return "\n".join(rest[:end]).strip("\n"), tuple(links)


def read_pages(out: Path) -> dict[str, list[Section]]:
    """Every page under ``out`` that has at least one marker, by relative path."""
    pages: dict[str, list[Section]] = {}
    if not out.is_dir():
        return pages
    for path in sorted(out.rglob("*" + PAGE_SUFFIX)):
        page = path.relative_to(out).as_posix()
        if page == INDEX_PAGE:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "<!-- repoagent:" in text:
            pages[page] = parse_page(text, page)
    return pages
