"""Read pages back into sections, losing nothing.

A page is its preamble (whatever the user put above the first marker) and its
sections, each running from its marker line up to the next marker; joining them
gives back exactly the text read. Pages are read as bytes and decoded with
``surrogateescape`` (and written back the same way, :func:`encode_page`), so a byte
that is not UTF-8, in a locked section say, survives byte for byte.

Markers count only outside fenced code blocks, as Markdown reads the page: a
docstring quoted in a fence cannot open a section. Text that cannot be attributed
to one section stops the run with one line naming the page and the line: a marker
with fields missing, a second section for the same id. An anchor found in another
section's text (its marker line deleted) or a marker inside a code fence (left open
above it) is listed in :attr:`Page.strays`: the caller stops when it names an
object that exists, since writing that object again would show its text twice.

Only the marker and the body are state; the heading and the link lines are
re-rendered from the graph. The body lies between the section's first Markdown
heading and its trailing ``**Calls:**`` / ``**Called by:**`` lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from repoagent.errors import UsageError
from repoagent.pages.diagrams import DIAGRAM_TAG
from repoagent.names import quote_name, unquote_name
from repoagent.pages.markers import MARKER_LINE, Marker, body_hash, parse_marker, written_by_repoagent

LINK_PREFIXES = ("**Calls:**", "**Called by:**")
_HREF = re.compile(r"\]\(([^)\s]+)\)")
_SAME_PAGE_HREF = re.compile(r"\]\(#([^)\s]+)\)")
#: A code span or fenced block: a link spelled inside one is text, not a link.
_CODE = re.compile(r"(`+)[\s\S]*?(?<!`)\1(?!`)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_ANCHOR = re.compile(r'<a id="([^"]*)"></a>[ \t]*')
#: The first line git writes into a file whose merge it could not finish.
_CONFLICT = re.compile(r"^<<<<<<<(?:[ \t][^\n]*)?\r?$", re.MULTILINE)


@dataclass
class Section:
    """One section as found on ``page`` (relative to the output folder), from its
    marker line (``line``, counted from 1) to the next marker, exactly as read.

    ``body`` and ``links`` are split out of ``text`` on first use: a run with
    nothing stale only needs the markers, and most sections of most runs are fresh.
    """

    marker: Marker
    page: str
    text: str
    line: int = 1

    @property
    def after_marker(self) -> str:
        """The section's text below its marker line."""
        return self.text.partition("\n")[2]

    @cached_property
    def edited(self) -> bool:
        """Whether someone changed the text repoagent wrote (a locked section is the
        user's by declaration, so it is not called edited)."""
        return not self.marker.lock and self.marker.body is not None and self.marker.body != body_hash(self.after_marker)

    @property
    def anchor(self) -> str | None:
        """The id of the HTML anchor on the line below the marker, as written
        (percent-encoded); ``None`` when that line is not an anchor."""
        found = _ANCHOR.fullmatch(self.after_marker.partition("\n")[0].rstrip("\r"))
        return found.group(1) if found else None

    @property
    def kept(self) -> bool:
        """Whether the section's text is the user's to keep: locked or edited."""
        return self.marker.lock or self.edited

    @cached_property
    def _parts(self) -> tuple[str, tuple[str, ...], str]:
        return _split(self.after_marker.rstrip().split("\n"))

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
    def body_anchors(self) -> set[str]:
        """The anchors the body's own links point to on its page (``[x](#id)``); one
        spelled in code (a docstring that shows the syntax) links nowhere."""
        return set(_SAME_PAGE_HREF.findall(_CODE.sub("", self.body))) if "](#" in self.text else set()

    @property
    def diagram(self) -> str:
        """The call diagram the layout drew under the body (module sections)."""
        return self._parts[2] if DIAGRAM_TAG in self.text else ""

    @property
    def summary(self) -> str:
        """The body's first line: the one-line summary callers' prompts and the index
        reuse (bytes that are not UTF-8 shown as U+FFFD there)."""
        return summary_of(self.body)


def summary_of(body: str) -> str:
    """A section body's first non-blank line, as the index page and prompts show it."""
    for line in body.splitlines():
        if line.strip():
            return line.strip().encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return ""


class Stray(NamedTuple):
    """Where a section's text may have been taken for another's: the section's anchor
    (``line``) outside it, its marker line having been deleted; or its marker inside
    a code fence opened at line ``fence``, that someone left open above it."""

    line: int
    id: str
    fence: int | None = None

    def problem(self) -> str:
        if self.fence is None:
            return (f"{self.line}: the section of {self.id} has lost its marker line; "
                    "put the marker back (git diff shows it) or delete the section")
        return (f"{self.fence}: a code fence opened here hides the section of {self.id} "
                f"(line {self.line}); close the fence")


@dataclass
class Page:
    """A page as read: ``preamble + ''.join(section texts)`` is its whole text.

    ``path`` is the page as the user sees it (relative to the repository);
    ``strays`` are the places where another section's text may hide in a section.
    """

    name: str
    path: str
    preamble: str
    sections: list[Section]
    strays: list[Stray]

    @property
    def text(self) -> str:
        return self.preamble + "".join(section.text for section in self.sections)


def decode_page(data: bytes) -> str:
    """A page's text; bytes that are not UTF-8 become lone surrogates, kept as they are."""
    return data.decode("utf-8", "surrogateescape")


def encode_page(text: str) -> bytes:
    """The bytes of a page's text (the inverse of :func:`decode_page`)."""
    return text.encode("utf-8", "surrogateescape")


def parse_page(text: str, name: str, path: str | None = None) -> Page:
    """The preamble and sections of the page ``name``, in page order; errors name
    ``path`` (default: ``name``)."""
    path = path or name
    starts: list[tuple[int, int, Marker]] = []
    strays = []
    for offset, number, line, fence in _lines(text):
        found = MARKER_LINE.fullmatch(line)
        if fence is not None:
            if found and (marker := parse_marker(found.group(1))):
                strays.append(Stray(number, marker.id, fence))
        elif found:
            marker = parse_marker(found.group(1))
            if marker is None:
                raise UsageError(f"{path}:{number}: a repoagent marker lacks id, hash, deps or writer; "
                                 "restore it (git diff shows it) or delete the marker line and its section")
            starts.append((offset, number, marker))
        elif (anchor := _ANCHOR.fullmatch(line)) and (not starts or anchor.group(1) != quote_name(starts[-1][2].id)):
            strays.append(Stray(number, unquote_name(anchor.group(1))))
    sections = [
        Section(marker, name, text[offset : starts[index + 1][0] if index + 1 < len(starts) else len(text)], number)
        for index, (offset, number, marker) in enumerate(starts)
    ]
    preamble = text[: starts[0][0]] if starts else text
    _refuse_conflicts(text, sections, [offset for offset, _, _ in starts], path)
    return Page(name, path, preamble, sections, strays)


def _refuse_conflicts(text: str, sections: list[Section], offsets: list[int], path: str) -> None:
    """Stop at a merge conflict git left in the page (two branches wrote the same
    section). Its two sides are not repoagent's to choose between, and read as they
    are they would be a hand edit kept for good, conflict lines and all. A
    ``<<<<<<<`` line inside a section that is repoagent's own, byte for byte, is text
    it wrote (a docstring quoting a conflict), not one. ``offsets``: where each
    section starts in ``text``."""
    for found in _CONFLICT.finditer(text):
        index = bisect.bisect_right(offsets, found.start()) - 1
        if index < 0 or sections[index].kept:  # the preamble, or text a person keeps
            line = text.count("\n", 0, found.start()) + 1
            raise UsageError(f"{path}:{line}: a merge conflict is not resolved; resolve it, or take one side "
                             f"(git checkout --ours -- {path}, or --theirs), then run repoagent again")


def retarget_anchor(text: str, old_anchor: str | None, new_id: str) -> str:
    """``text`` with the anchor ``old_anchor`` (as written, on a line of its own)
    made the anchor of ``new_id``; as it is when there is no old anchor."""
    if old_anchor is None:
        return text
    line = re.compile(r'^<a id="' + re.escape(old_anchor) + r'"></a>', re.MULTILINE)
    return line.sub(lambda _: f'<a id="{quote_name(new_id)}"></a>', text, count=1)


def open_fence(text: str) -> int | None:
    """The line (counted from 1) of a code fence ``text`` leaves open, as a page is
    read back; ``None`` when every fence closes. Put in a page, such text would hide
    every section below it."""
    fence = None
    for _, _, _, fence in _lines(text + "\n"):
        pass
    return fence


# A page saved by an editor that writes a byte order mark (Notepad, some Windows
# setups) starts with one: the marker behind it is still the page's first line.
_BOM = "\ufeff"


def _lines(text: str) -> Iterator[tuple[int, int, str, int | None]]:
    """``(offset, line number, line, fence)`` of each line of ``text``; ``fence`` is
    the line number of the opening fence when the line is inside a fenced code block
    (CommonMark's rules: a fence closes with a run of the same character at least as
    long, and nothing after it). A dozen lines here rather than a Markdown parser,
    which would cost more than the rest of a run on large pages."""
    fence: tuple[str, int, int] | None = None
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if number == 1 and line.startswith(_BOM):  # an editor's byte order mark: the preamble's
            line, offset = line[1:], 1
        bare = line.rstrip("\r")
        run = _FENCE.fullmatch(bare)
        if fence is None:
            if run and not (run.group(1)[0] == "`" and "`" in run.group(2)):
                fence = (run.group(1)[0], len(run.group(1)), number)
            yield offset, number, bare, None
        elif run and run.group(1)[0] == fence[0] and len(run.group(1)) >= fence[1] and not run.group(2).strip():
            fence = None
            yield offset, number, bare, None
        else:
            yield offset, number, bare, fence[2]
        offset += len(line) + 1


def _split(lines: list[str]) -> tuple[str, tuple[str, ...], str]:
    """(body, link hrefs, diagram): the link lines and the layout's diagram fence
    (tagged by its first line) are peeled off the end; the rest is the body."""
    heading = next((n for n, line in enumerate(lines) if line.startswith("#")), -1)
    rest = lines[heading + 1 :]
    end = len(rest)
    links: list[str] = []
    while end and (not rest[end - 1].strip() or rest[end - 1].startswith(LINK_PREFIXES)):
        links[:0] = _HREF.findall(rest[end - 1])
        end -= 1
    diagram = ""
    bare = [line.rstrip("\r") for line in rest]  # a page checked out with CRLF (core.autocrlf)
    if end >= 3 and bare[end - 1] == "```":
        start = next((n for n in range(end - 2, 0, -1) if bare[n - 1] == "```mermaid" and bare[n] == DIAGRAM_TAG), None)
        if start is not None:
            diagram, end = "\n".join(bare[start : end - 1]), start - 1
    return "\n".join(rest[:end]).strip("\n"), tuple(links), diagram


def refuse_foreign(root: Path, out: Path, pages: Iterable[str]) -> None:
    """Stop before anything is written when a file repoagent would write (``pages``,
    relative to ``out``) is in the way and is not one of its own: the user's
    ``docs/index.md`` with ``out = "docs"``, say. A symbolic link is never one of its
    own: the page would be written through it (to a device, or to a folder outside
    the repository that a committed ``docs/repoagent/pkg -> /elsewhere`` names)."""
    inside: dict[Path, bool] = {}  # each folder resolved once
    top = out.resolve()
    for page in pages:
        path = out / page
        shown = path.relative_to(root).as_posix()
        if path.parent not in inside:
            inside[path.parent] = path.parent.resolve().is_relative_to(top)
        if not inside[path.parent]:
            raise UsageError(f"{shown}: a symbolic link on the way leads out of {out.relative_to(root).as_posix()}; "
                             "remove the link, repoagent writes pages only inside the pages folder")
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise UsageError(f"{shown} is a symbolic link or not a regular file, where repoagent would write a page; "
                             "remove it")
        if path.is_file() and not written_by_repoagent(path.read_bytes()):
            raise UsageError(f"{shown} is not a repoagent page (no repoagent marker) "
                             "and would be overwritten; move it away or set `out` to another folder")
