"""The Markdown report the GitHub Action writes to the job summary and a PR comment.

It says what was compared, which documented objects were stale and why, and which
pages changed (or would change) and what became of them. The first line is a
hidden marker so the comment step can find and update its own earlier comment
instead of adding a new one on every push.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from repoagent.cli.action_event import Range

MARKER = "<!-- repoagent-report -->"
MAX_ROWS = 200  # a PR comment holds at most 65536 characters


@dataclass(frozen=True)
class StaleNode:
    """One documented object that is out of date, and why (new, changed, ...)."""

    id: str
    reason: str
    page: str = ""


@dataclass(frozen=True)
class Outcome:
    """Everything the report shows about one run of the action."""

    mode: str
    compared: Range
    stale: list[StaleNode]
    pages: list[str]
    notes: list[str] = field(default_factory=list)


def render(outcome: Outcome) -> str:
    """The report as Markdown."""
    lines = [MARKER, f"## {_headline(outcome)}", "", f"Compared {_compared(outcome.compared)}.", ""]
    if outcome.stale:
        lines += ["| Object | Why it is stale |", "| --- | --- |"]
        lines += [f"| {_cell(code_span(node.id))} | {_cell(node.reason)} |" for node in outcome.stale[:MAX_ROWS]]
        if len(outcome.stale) > MAX_ROWS:
            lines.append(f"| … | and {len(outcome.stale) - MAX_ROWS} more |")
        lines.append("")
    if outcome.pages:
        lines += [f"**{_pages_heading(outcome.mode)}** ({len(outcome.pages)}):", ""]
        lines += [f"- {code_span(page)}" for page in outcome.pages[:MAX_ROWS]]
        if len(outcome.pages) > MAX_ROWS:
            lines.append(f"- … and {len(outcome.pages) - MAX_ROWS} more")
        lines.append("")
    lines += [f"> {note}" for note in outcome.notes]
    return "\n".join(lines).rstrip("\n") + "\n"


def _compared(compared: Range) -> str:
    """How the report names what was compared."""
    what = f"pull request #{compared.number}" if compared.number is not None else f"branch {code_span(compared.branch)}"
    return f"`{compared.base[:7]}`…`{compared.head[:7]}` ({what})"


def code_span(text: str) -> str:
    """``text`` as a Markdown code span nothing in it can end.

    Object ids, page paths and branch names come from the pull request: a file
    named ``x`<img src=x>`[a](https://evil).py`` closed a single-backtick span and
    put HTML and a link into the PR comment. The span's fence is one backtick
    longer than the longest run inside (CommonMark), padded with a space when the
    text has backticks, and line breaks become spaces.
    """
    text = text.replace("\r", " ").replace("\n", " ")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence, pad = "`" * (longest + 1), " " if longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _headline(outcome: Outcome) -> str:
    count = len(outcome.stale)
    if count == 0:
        return "repoagent: docs are up to date"
    objects = "object" if count == 1 else "objects"
    if outcome.mode == "update":
        return f"repoagent: refreshed the docs of {count} {objects}"
    return f"repoagent: docs of {count} {objects} are stale"


def _pages_heading(mode: str) -> str:
    return "Pages rewritten" if mode == "update" else "Pages that `repoagent docs` would rewrite"


def _cell(text: str) -> str:
    """``text`` made safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
