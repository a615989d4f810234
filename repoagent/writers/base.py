"""What every writer takes and gives back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, Protocol

from repoagent.graph.model import CallGraph
from repoagent.models import Definition


class WriteRequest(NamedTuple):
    """One section to write.

    ``code`` is the object's own source text as the analysed snapshot has it;
    ``callee_summaries`` holds the one-line summaries of its direct callees that are
    known when it is written (fresh ones for callees written earlier in this run,
    the pages' for the rest).
    """

    node: Definition
    code: str
    graph: CallGraph
    callee_summaries: Mapping[str, str]


class WrittenSection(NamedTuple):
    """A section body and where it came from.

    ``summary`` is the body's first line, the line callers' prompts reuse.
    ``note`` says what went wrong when a writer had to fall back (shown to the user).
    """

    node_id: str
    body: str
    summary: str
    writer: str
    model: str | None = None
    note: str | None = None


class Writer(Protocol):
    """Writes one section; must be safe to call from several threads at once."""

    name: str
    #: Whether a write waits on something outside the process (an endpoint): only
    #: then are a level's sections written in threads side by side. A writer that
    #: computes in Python holds the interpreter's lock, and threads only add their
    #: cost (3-4 s of CPU for the standard library's 20,000 static sections).
    waits: bool
    #: Whether a section's text reads its callees' and members' summaries (the LLM
    #: writer's prompt holds them): only then are sections written callees first,
    #: one level at a time (:mod:`repoagent.writers.schedule`). The static writer
    #: writes from the definition alone.
    reads_summaries: bool

    def write(self, request: WriteRequest) -> WrittenSection:
        """The section for ``request.node``."""
        ...

    def report(self) -> list[str]:
        """Lines for the end of a run (calls, tokens, checks); may be empty."""
        ...
