"""The Markdown report the GitHub Action writes to the job summary and a PR comment.

It says what was compared, which documented objects were stale and why, and which
pages changed (or would change) and what became of them. The first line is a
hidden marker so the comment step can find and update its own earlier comment
instead of adding a new one on every push.
"""

from __future__ import annotations

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
    lines = [MARKER, f"## {_headline(outcome)}", "", f"Compared {outcome.compared.title}.", ""]
    if outcome.stale:
        lines += ["| Object | Why it is stale |", "| --- | --- |"]
        lines += [f"| `{_cell(node.id)}` | {_cell(node.reason)} |" for node in outcome.stale[:MAX_ROWS]]
        if len(outcome.stale) > MAX_ROWS:
            lines.append(f"| … | and {len(outcome.stale) - MAX_ROWS} more |")
        lines.append("")
    if outcome.pages:
        lines += [f"**{_pages_heading(outcome.mode)}** ({len(outcome.pages)}):", ""]
        lines += [f"- `{page}`" for page in outcome.pages[:MAX_ROWS]]
        if len(outcome.pages) > MAX_ROWS:
            lines.append(f"- … and {len(outcome.pages) - MAX_ROWS} more")
        lines.append("")
    lines += [f"> {note}" for note in outcome.notes]
    return "\n".join(lines).rstrip("\n") + "\n"


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
