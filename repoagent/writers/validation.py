"""Check an LLM's answer against the section contract before it is accepted.

The contract: Markdown prose, a one-line summary first (the line callers'
prompts reuse), and no parameter the code lacks. A failed check yields a complaint,
one sentence the writer sends back when it asks again. Harmless slips are mended
rather than refused: a fence around the whole answer and leading headings (the page
already has the heading) are removed. Whatever could take over the page (raw HTML,
marker-like comments, open fences, links that lead elsewhere) is made inert by
:func:`repoagent.writers.sanitize.sanitize_markdown` before anything is checked.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from repoagent.writers.sanitize import UnsafeMarkdown, sanitize_markdown

_FENCED = re.compile(r"\A```[\w-]*\n(.*)\n```\Z", re.DOTALL)
_NOT_PROSE = re.compile(r"^(#|[-*+]\s|\d+[.)]\s|```|\||>|<(?!!--)|\{|\[)")
_PARAMETERS_HEADING = re.compile(r"^\s*(#+\s*|\*\*)?(parameters|arguments|args|params)\b", re.IGNORECASE)
_NEXT_SECTION = re.compile(r"^\s*(#+\s|\*\*\w)")
_LIST_NAME = re.compile(r"^\s*[-*+]\s+(?:`|\*\*)?\**([A-Za-z_]\w*)")
MAX_SUMMARY = 300


def check_answer(
    answer: str | None, parameters: Sequence[str], anchors: Collection[str] = (), max_characters: int | None = None
) -> tuple[str, str | None]:
    """(the mended, sanitized answer, a complaint or ``None`` when it is acceptable).

    ``anchors`` are the section ids the answer may link to with ``#id``; an answer
    longer than ``max_characters`` is refused before anything else looks at it.
    """
    if max_characters is not None and len(answer or "") > max_characters:
        return "", f"the answer was too long ({len(answer or '')} characters; at most {max_characters}); write a shorter section."
    try:
        text = sanitize_markdown(_mend(answer or ""), anchors).strip()
    except UnsafeMarkdown as error:
        return "", f"the answer's Markdown could not be made safe ({error}); write plain Markdown without HTML."
    if not text:
        return text, "the answer was empty."
    summary = text.splitlines()[0].strip()
    if _NOT_PROSE.match(summary):
        return text, "the first line must be a one-sentence summary in plain prose, not a heading, list, table or code."
    if len(summary) > MAX_SUMMARY:
        return text, f"the first line must be a one-line summary of at most {MAX_SUMMARY} characters."
    unknown = [name for name in documented_parameters(text) if name not in set(parameters)]
    if unknown:
        names = ", ".join(f"`{name}`" for name in unknown)
        actual = ", ".join(f"`{name}`" for name in parameters) or "none"
        return text, f"it documents parameters the code does not have ({names}); the parameters are: {actual}."
    return text, None


def documented_parameters(text: str) -> list[str]:
    """The names listed under a Parameters heading."""
    names: list[str] = []
    inside = False
    for line in text.splitlines():
        if _PARAMETERS_HEADING.match(line):
            inside = True
            continue
        if inside and _NEXT_SECTION.match(line):
            inside = False
        if inside:
            found = _LIST_NAME.match(line)
            if found:
                names.append(found.group(1))
    return names


def _mend(answer: str) -> str:
    text = answer.strip()
    fenced = _FENCED.match(text)
    if fenced:
        text = fenced.group(1).strip()
    lines = text.splitlines()
    while lines and (lines[0].lstrip().startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()
