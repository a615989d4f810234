"""Small Markdown helpers for writers: code spans, fences, escaped prose.

Text taken from code (docstrings, defaults, annotations) must never turn into a
link, raw HTML or a heading by accident: the pages must build with
``mkdocs build --strict``.
"""

from __future__ import annotations

import re

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_SPECIAL = re.compile(r"([\\*_\[\]#])")
_BACKTICKS = re.compile(r"`+")


def code(text: str) -> str:
    """``text`` as one inline code span, whatever backticks it holds."""
    text = " ".join(text.split())
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{padding}{text}{padding}{ticks}"


def fence(text: str, info: str = "") -> str:
    """``text`` as a fenced block that no line of it can close early."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{info}\n{text}\n{ticks}"


def prose(text: str) -> str:
    """One line of plain text made inert: no links, HTML (so no comment and no
    marker), emphasis or block syntax (a fence above all, which would swallow the
    rest of the page). Code spans already in the text are kept as they are."""
    pieces = []
    cursor = 0
    for match in _CODE_SPAN.finditer(text):
        pieces.append(_escape(text[cursor : match.start()]))
        pieces.append(match.group(0))
        cursor = match.end()
    pieces.append(_escape(text[cursor:]))
    line = "".join(pieces)
    if re.match(r"[-+>=]|\d+[.)]|`{3}|~{3}", line):  # a list, quote, heading rule or fence
        line = "\\" + line if not line[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", line)
    return line


def _escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")
