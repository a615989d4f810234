"""Docstrings parsed with griffe's parsers and rendered as Markdown sections.

A docstring's style (Google, NumPy or Sphinx) is detected per docstring unless the
``docstring_style`` setting forces one; griffe turns it into sections (text,
parameters, returns, raises, examples, notes ...). The static writer shows them as
Markdown, the way mkdocstrings does, and the LLM prompt gets the same reading.

Everything from a docstring is hostile input: prose goes through
:func:`~repoagent.writers.markdown.prose` (no links, HTML, headings, markers or
fences), code goes into fences no line can close, and text whose layout Markdown
cannot keep (literal blocks, tables, directives) stays fenced as it was written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from repoagent.models import Definition, Kind
from repoagent.writers.markdown import code, fence, prose

if TYPE_CHECKING:
    import griffe

_QUIET = {"warnings": False}  # griffe warns about every undocumented type: noise here
# In a Google ``Returns:`` section, ``str: A string.`` names the type, as Napoleon and
# Google's guide read it; griffe would read ``str`` as the value's name, and the page
# said "`str`: `str`" under a ``-> str``.
_OPTIONS = {"google": {**_QUIET, "returns_named_value": False}}
_BULLET = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
# A reStructuredText title (``requests.sessions`` over a line of ``~``), with or
# without an overline, at the very start of a docstring.
_TITLE = re.compile(r"\A\s*(?:([=~^\-\"'`#*+:.])\1+\n)?[ \t]*(\S[^\n]*?)[ \t]*\n([=~^\-\"'`#*+:.])\3+[ \t]*(?:\n|\Z)")
_NAMED_SECTIONS = {
    "other parameters": "Other parameters",
    "type parameters": "Type parameters",
    "warns": "Warns",
    "yields": "Yields",
    "receives": "Receives",
    "attributes": "Attributes",
    "functions": "Functions",
    "classes": "Classes",
    "type aliases": "Type aliases",
    "modules": "Modules",
}


class Item(NamedTuple):
    """One documented name (parameter, returned value, exception ...)."""

    name: str
    annotation: str
    description: str


class Docstring(NamedTuple):
    """A docstring as griffe reads it: the free text before the first section, the
    items the writer merges with what the code says, and the remaining sections in
    their order, as griffe sections."""

    text: str
    parameters: tuple[Item, ...]
    returns: tuple[Item, ...]
    raises: tuple[Item, ...]
    rest: tuple[griffe.DocstringSection, ...]

    def parameter(self, name: str) -> Item | None:
        """The documented parameter ``name`` (``*args`` and ``args`` are one)."""
        bare = name.lstrip("*")
        return next((item for item in self.parameters if item.name.lstrip("*") == bare), None)


def docstring_of(node: Definition, style: str) -> Docstring | None:
    """``node``'s Python docstring read by griffe; ``None`` when it has none or is in
    another language (doc comments there are not griffe's to read)."""
    text = readable_text(node)
    if node.language != "python" or not text:
        return None
    return parse(text, style)


def readable_text(node: Definition) -> str:
    """``node``'s docstring as a reader wants it first: without the reST title many
    module docstrings open with (``requests.sessions`` underlined with ``~``), which
    only repeats the page's heading and would become the module's summary. A
    title's underline is at least as long as its text, as reST requires; only
    modules are read so, since a NumPy section heading looks the same."""
    text = node.docstring or ""
    title = _TITLE.match(text) if node.kind is Kind.MODULE else None
    if title and len(title.group(0).rstrip().rsplit("\n", 1)[-1].strip()) >= len(title.group(2)):
        text = text[title.end():]
    return text if text.strip() else ""


def parse(text: str, style: str = "auto") -> Docstring:
    """``text`` read with griffe in ``style`` (``auto``: detected per docstring).

    griffe is imported here, by the first docstring read: its 0.1 s of import is
    not paid by a run whose stale sections have no docstring."""
    import griffe

    source = griffe.Docstring(text)
    parser = griffe.infer_docstring_style(source)[0] if style == "auto" else style
    options = _OPTIONS.get(parser, _QUIET) if parser else {}
    sections = griffe.parse(source, parser, **options)  # type: ignore[arg-type]
    first_text = sections[0].value if sections and sections[0].kind.value == "text" else ""
    picked = {kind: _items(sections, kind) for kind in ("parameters", "returns", "raises")}
    rest = tuple(
        section for index, section in enumerate(sections)
        if section.kind.value not in picked and not (index == 0 and first_text)
    )
    return Docstring(first_text, picked["parameters"], picked["returns"], picked["raises"], rest)


def _items(sections: list[griffe.DocstringSection], kind: str) -> tuple[Item, ...]:
    return tuple(_item(element) for section in sections if section.kind.value == kind for element in section.value)


def _item(element: griffe.DocstringElement) -> Item:
    annotation = element.annotation
    name = getattr(element, "name", "") or ""
    return Item(name, str(annotation) if annotation else "", element.description or "")


def description(text: str, summary: str) -> list[str]:
    """The free text after the summary line, as Markdown blocks."""
    return blocks(_after_summary(text, summary))


def _after_summary(text: str, summary: str) -> str:
    """``text`` after its start spelling ``summary``'s words (any whitespace between
    them, a full stop after them or not); all of ``text`` when it does not start so.

    Matched word by word, not by a pattern made of the words: each docstring's
    pattern was compiled anew (8,300 on the standard library, 6-7 s of its cold run)."""
    words = summary.rstrip(".").split()
    if not words:
        return text
    at = _past_space(text, 0)
    for number, word in enumerate(words):
        if number:
            after = _past_space(text, at)
            if after == at:
                return text
            at = after
        if not text.startswith(word, at):
            return text
        at += len(word)
    if text.startswith(".", at):
        at += 1
    return text[at:].lstrip(" \t")


def _past_space(text: str, at: int) -> int:
    """Where the whitespace from ``at`` in ``text`` ends: what a pattern's ``\\s*``
    reads, and what ``str.split`` splits on (both ask ``str.isspace``'s table)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def blocks(text: str) -> list[str]:
    """Free docstring text as Markdown blocks: paragraphs and lists as inert prose,
    doctests and literal blocks as code, anything laid out otherwise fenced as is."""
    rendered: list[str] = []
    literal_next = False
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.splitlines()
        if not block.strip():
            continue
        if lines[0].lstrip().startswith(">>>"):
            rendered.append(fence(_dedent(lines), "pycon"))
        elif literal_next or _laid_out(lines):
            rendered.append(fence(_dedent(lines), "text"))
        elif _BULLET.match(lines[0]):
            rendered.append("\n".join(f"- {prose(item)}" for item in _list_items(lines)))
        else:
            rendered.append(prose(_paragraph(lines)))
        literal_next = lines[-1].rstrip().endswith("::")
    return rendered


def _paragraph(lines: list[str]) -> str:
    joined = " ".join(" ".join(lines).split())
    return joined[:-1] if joined.endswith("::") else joined  # reST's literal-block marker


def _laid_out(lines: list[str]) -> bool:
    """Whether the layout carries meaning prose would lose: indented text, a reST
    directive or table, or lines that are neither prose nor a simple list."""
    first = lines[0]
    if first != first.lstrip() and not _BULLET.match(first.lstrip()):
        return True
    if first.startswith(("..", "|", "+-", "==", "--")):
        return True
    if _BULLET.match(first):
        return any(line != line.lstrip() and _BULLET.match(line.lstrip()) for line in lines)
    return any(line != line.lstrip() for line in lines[1:])


def _list_items(lines: list[str]) -> list[str]:
    items: list[list[str]] = []
    for line in lines:
        if _BULLET.match(line):
            items.append([_BULLET.sub("", line)])
        else:
            items[-1].append(line.strip())
    return [" ".join(" ".join(item).split()) for item in items]


def _dedent(lines: list[str]) -> str:
    margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[margin:].rstrip() for line in lines)


def item_line(item: Item) -> str:
    """```name`: `type` — description`` on one line (each part when there is one)."""
    head = code(item.name) if item.name else ""
    if item.annotation:
        head = f"{head}: {code(item.annotation)}" if head else code(item.annotation)
    return with_description(head, item.description)


def with_description(head: str, description: str) -> str:
    """``head — description``, the description made one line of inert prose."""
    text = prose(" ".join(description.split())) if description else ""
    return f"{head} — {text}" if head and text else head or text


def sections(docstring: Docstring) -> list[str]:
    """The sections the writer does not merge with the code, in docstring order."""
    rendered: list[str] = []
    for section in docstring.rest:
        kind = section.kind.value
        if kind == "text":
            rendered.extend(blocks(section.value))
        elif kind == "examples":
            rendered.append("**Examples**")
            for part_kind, part in section.value:
                is_code = part_kind.value == "examples"
                rendered.extend([fence(part, "pycon")] if is_code else blocks(part))
        elif kind == "admonition":
            rendered.append(f"**{prose(section.title or section.value.kind)}**")
            rendered.extend(blocks(section.value.description))
        elif kind == "deprecated":
            since = f" since {code(section.value.version)}" if section.value.version else ""
            rendered.append(f"**Deprecated**{since}: {prose(' '.join(section.value.description.split()))}")
        elif kind in _NAMED_SECTIONS:
            lines = "\n".join(f"- {item_line(_item(element))}" for element in section.value)
            rendered.append(f"**{_NAMED_SECTIONS[kind]}**\n\n{lines}")
    return rendered


def markdown(docstring: Docstring) -> str:
    """The whole docstring as Markdown, on its own: how the LLM prompt shows it."""
    parts = blocks(docstring.text)
    for label, items in (("Parameters", docstring.parameters), ("Returns", docstring.returns), ("Raises", docstring.raises)):
        if items:
            parts.append(f"**{label}**\n\n" + "\n".join(f"- {item_line(item)}" for item in items))
    parts.extend(sections(docstring))
    return "\n\n".join(parts)
