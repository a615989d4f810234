"""Make untrusted Markdown safe to put in a page: :func:`sanitize_markdown`.

An LLM answer (or any text nobody vouches for) may hold what would take over a
page: raw HTML (``<script>``, forged ``<a id>`` anchors), HTML comments shaped like
repoagent's provenance markers, a fence that never closes and swallows the rest of
the page, lines that look like the page's ``**Calls:**`` link lines, links to
``javascript:`` or to pages that do not exist. Pages are read back and built with
``mkdocs build --strict``, so each of these would break the docs for good.

The text keeps its Markdown (paragraphs, lists, emphasis, code) but:

* top-level fences are re-emitted from markdown-it's tokens as backtick fences that
  are closed and that no line inside can close (both CommonMark and mkdocs'
  Python-Markdown then agree on where code starts and ends);
* outside those fences every ``<`` is escaped (no raw HTML, no comment, no
  marker), except in code spans and ``<https://...>`` autolinks;
* a link stays a link only to ``http(s)`` or to an anchor in ``anchors``; other
  links and all images become their plain text, reference definitions are escaped;
* a line that would read as a page's link line is escaped.

The result is checked with markdown-it; what the line rules missed (odd nesting of
brackets, code spans split over lines) falls back to escaping every bracket and
``<``, and a text that still is not safe
raises :class:`UnsafeMarkdown`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

from repoagent.pages.parse import open_fence
from repoagent.writers.markdown import fence

#: Lines starting so end a section's body when a page is read back (pages/parse.py).
LINK_LINE_PREFIXES = ("**Calls:**", "**Called by:**")
_HTML_COMMENT = "<!--"
_SAFE_INFO = re.compile(r"[\w+#.-]*")
_ALLOWED_SCHEME = re.compile(r"https?://[^\s<>]+\Z", re.IGNORECASE)
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>", re.IGNORECASE)
_INLINE_LINK = re.compile(r"(!?)\[([^\[\]]*)\]\(\s*(<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
_REFERENCE_DEFINITION = re.compile(r"^((?:\s*>)*\s*(?:(?:[-*+]|\d+[.)])\s+)?\s*)\[(?=[^\]]*\]:)")
_BACKTICKS = re.compile(r"`+")


class UnsafeMarkdown(ValueError):
    """The text could not be made safe; the caller rejects it."""


def sanitize_markdown(text: str, anchors: Collection[str] = ()) -> str:
    """``text`` with raw HTML, marker-like comments, open fences and disallowed links made inert.

    ``anchors`` are the ids a ``#id`` link may point to (the page's own sections).
    """
    text = "\n".join(text.splitlines())  # one kind of line break, the one markdown-it counts
    cleaned = _rewrite(text, anchors, strict=False)
    if _problems(cleaned, anchors):
        cleaned = _rewrite(text, anchors, strict=True)
        problems = _problems(cleaned, anchors)
        if problems:
            raise UnsafeMarkdown(problems[0])
    # markdown-it stops reading past its nesting limit (ten nested lists), so a fence
    # below such a list was never re-emitted closed: the page reader has the last word.
    left_open = open_fence(cleaned)
    if left_open is not None:
        raise UnsafeMarkdown(f"a code fence opened on line {left_open} is never closed")
    return cleaned


def _parser() -> MarkdownIt:
    """CommonMark, reporting every link: its own filter would hide ``javascript:``
    links that Python-Markdown (mkdocs) renders."""
    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True
    return parser


def _rewrite(text: str, anchors: Collection[str], strict: bool) -> str:
    lines = text.split("\n")
    fences = {token.map[0]: token for token in _parser().parse(text) if token.type == "fence" and token.level == 0 and token.map}
    out: list[str] = []
    number = 0
    while number < len(lines):
        token = fences.get(number)
        if token is not None and token.map is not None:
            out.append(_code_block(token))
            number = token.map[1]
            continue
        out.append(_text_line(lines[number], anchors, strict))
        number += 1
    return "\n".join(out)


def _code_block(token: Token) -> str:
    """A fence as a closed backtick fence; nothing in it can read as a marker."""
    info = _SAFE_INFO.match(token.info.strip().split(" ")[0] if token.info.strip() else "")
    content = token.content.removesuffix("\n").replace(_HTML_COMMENT, "< !--")
    return fence(content, info.group(0) if info else "")


def _text_line(line: str, anchors: Collection[str], strict: bool) -> str:
    """One line outside fences; ``strict``: no links, no code spans trusted."""
    if strict:
        line = line.replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]")
    else:
        line = _REFERENCE_DEFINITION.sub(r"\1\\[", line)
        line = _escape_outside_code(line, lambda piece: _escape_html(_INLINE_LINK.sub(lambda m: _link(m, anchors), piece)))
    if line.lstrip().startswith(LINK_LINE_PREFIXES):
        indent = line[: len(line) - len(line.lstrip())]
        line = indent + "\\" + line.lstrip()
    return line


def _link(match: re.Match[str], anchors: Collection[str]) -> str:
    image, label, target = match.group(1), match.group(2), match.group(3).strip("<>")
    if not image and _allowed(target, anchors):
        return match.group(0)
    return label


def _allowed(href: str, anchors: Collection[str]) -> bool:
    if href.startswith("#"):
        return href[1:] in anchors
    return bool(_ALLOWED_SCHEME.match(href))


def _escape_html(piece: str) -> str:
    """``<`` as an entity, except where it opens an http(s) autolink."""
    parts = _AUTOLINK.split(piece)
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("<", "&lt;")
    for index in range(1, len(parts), 2):
        parts[index] = f"<{parts[index]}>"
    return "".join(parts)


def _escape_outside_code(line: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to the parts of ``line`` that are not code spans.

    Code spans follow CommonMark: a run of backticks not escaped by a backslash,
    closed by a run of the same length on the same line.
    """
    pieces: list[str] = []
    text_start = cursor = 0
    while cursor < len(line):
        char = line[cursor]
        if char == "\\" and cursor + 1 < len(line):
            cursor += 2
            continue
        if char != "`":
            cursor += 1
            continue
        run_end = cursor
        while run_end < len(line) and line[run_end] == "`":
            run_end += 1
        closing = _closing_run(line, run_end, run_end - cursor)
        if closing is None:
            cursor = run_end
            continue
        pieces.append(change(line[text_start:cursor]))
        pieces.append(line[cursor:closing])
        text_start = cursor = closing
    pieces.append(change(line[text_start:]))
    return "".join(pieces)


def _closing_run(line: str, start: int, length: int) -> int | None:
    """The end of the first backtick run of exactly ``length`` from ``start``."""
    for run in _BACKTICKS.finditer(line, start):
        if len(run.group(0)) == length:
            return run.end()
    return None


def _problems(text: str, anchors: Collection[str]) -> list[str]:
    """What is still unsafe in ``text`` as markdown-it reads it (empty: nothing)."""
    environment: dict = {}
    tokens = _parser().parse(text, environment)
    found = ["a link reference definition"] if environment.get("references") else []
    for token in _walk(tokens):
        if token.type in ("html_block", "html_inline"):
            found.append(f"raw HTML {token.content.strip()[:40]!r}")
        elif token.type == "image":
            found.append("an image")
        elif token.type == "link_open" and not _allowed(str(token.attrGet("href") or ""), anchors):
            found.append(f"a link to {token.attrGet('href')!r}")
    if any(line.startswith(_HTML_COMMENT) for line in text.splitlines()):
        found.append("a line shaped like an HTML comment")
    return found


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)
