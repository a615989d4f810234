"""One run of the docs loop, as a command asks for it.

``status``, ``docs`` (plain, ``--check``, ``--dry-run``) and so the hooks and the
Action (which run those commands) call :func:`run` with a :class:`View` of the
code and a :class:`Mode`, and print the :class:`Report` it returns: what is stale,
what was written, which pages a commit would leave behind. No command decides any
of that itself.

A ``--staged`` view is first answered from the stamp (:mod:`repoagent.changes.stamp`)
when nothing it depends on changed since a run found the docs current: the pre-commit
hook's common case costs no parsing. A run that writes holds the workspace lock.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ContextManager, NamedTuple

from repoagent.changes import stamp
from repoagent.config import Settings
from repoagent.workspace import Workspace

if TYPE_CHECKING:
    from repoagent.docs import Plan
    from repoagent.writers.ahead import WrittenAhead
    from repoagent.writers.choice import WriterChoice
    from repoagent.pages.update import Outcome
    from repoagent.writers.usage import Estimate

#: Makes the progress display of a run that writes: called with the number of sections
#: to write and the writer's name, it gives a context whose value is called once per
#: section written.
Progress = Callable[[int, str], ContextManager[Callable[[], None]]]


def no_progress(total: int, writer: str) -> ContextManager[Callable[[], None]]:
    """A run shown by nothing."""
    return contextlib.nullcontext(lambda: None)


class Mode(enum.StrEnum):
    STATUS = "status"  # what is stale, and why
    CHECK = "check"  # the same, with the writer's view of it (fallbacks to retry); for CI
    DRY_RUN = "dry-run"  # the same, and what the LLM writer would send
    WRITE = "write"  # write what is stale


class View(NamedTuple):
    """Which code is documented: the working tree, the index (``staged``), or the
    files changed between ``base`` and ``head``."""

    staged: bool = False
    base: str | None = None
    head: str | None = None

    @property
    def index_only(self) -> bool:
        """The index alone: the view the stamp can answer."""
        return self.staged and not self.base and not self.head


@dataclass
class Report:
    """What a run found and did. ``plan`` is ``None`` when the stamp answered: the
    docs are current, ``stamped`` sections of them."""

    plan: Plan | None = None
    stamped: int = 0
    writer: str = ""  # which writer, and why (not for status)
    estimate: Estimate | None = None  # a dry run with the LLM writer
    outcome: Outcome | None = None  # a run that wrote
    writer_lines: list[str] = field(default_factory=list)  # the writer's own report
    unstaged: list[str] = field(default_factory=list)  # pages a --staged commit would leave out

    @property
    def stale(self) -> bool:
        return self.plan is not None and self.plan.stale


#: The reports of this process's runs, kept to its end when it is the program itself
#: (:func:`keep_to_exit`); ``None``: a Python caller, whose reports go when it drops them.
_kept: list[Report] | None = None


def keep_to_exit() -> None:
    """Keep every report (its plan, its graph) until the process ends: the program
    (:func:`repoagent.cli.main`) then exits without freeing them one object at a
    time, which was 0.04-0.06 s of CPU after a one-line edit of the standard library
    (a graph and a plan of millions of objects), and without the interpreter's
    own teardown."""
    global _kept
    _kept = []


def run(root: Path, settings: Settings, view: View, mode: Mode, progress: Progress = no_progress) -> Report:
    """Run the docs loop on the repository at ``root``."""
    if mode is Mode.WRITE:
        with Workspace(root).locked(settings.lock_wait):
            report = _run(root, settings, view, mode, progress)
    else:
        report = _run(root, settings, view, mode, progress)
    if _kept is not None:
        _kept.append(report)
    return report


def _run(root: Path, settings: Settings, view: View, mode: Mode, progress: Progress) -> Report:
    listing = None  # the index, listed once: the stamp's keys and the snapshot are made from it
    if view.index_only:
        from repoagent.changes.git import index_listing

        listing = index_listing(root)
    key = stamp.staged_key(root, settings, listing) if view.index_only else None
    if key is not None and key.vouched is not None:
        return Report(stamped=key.vouched, unstaged=_unstaged(root, settings, view, mode, stale=False))
    from repoagent.docs import apply, code_reader, known_summaries, plan, to_write

    choice = None
    if mode is not Mode.STATUS:  # status names no writer: it does not load the choice (the LLM client's check, redaction)
        from repoagent.writers.choice import choose_writer

        choice = choose_writer(settings)
    llm = choice is not None and choice.llm
    replans = mode is Mode.WRITE and choice is not None and key is not None  # when it writes: _stamp_written
    with _ahead(root, settings, mode, choice) as ahead:
        found = plan(root, settings, view.staged, view.base, view.head, retry_fallbacks=llm, listing=listing,
                     pages=key.listed if key is not None else None, defer_record=replans,
                     ahead=ahead.start if ahead is not None else None)
        written_ahead = ahead.take(found.graph) if ahead is not None and found.stale else None
    if found.store_record is not None and not found.stale:  # else the plan after writing stores its own
        found.store_record()
    _stamp_if_current(root, key, found)
    report = Report(plan=found, writer=choice.description if choice is not None else "")
    if mode is Mode.DRY_RUN and llm and found.stale:
        from repoagent.writers.llm import estimate

        report.estimate = estimate(found.graph, to_write(found), code_reader(found), known_summaries(found), settings)
    if mode is Mode.WRITE and found.stale and choice is not None:
        # imported only when something is written
        writer = (ahead.writer if ahead is not None else None) or choice.make(settings)
        with progress(len(to_write(found)), writer.name) as advance:
            report.outcome = apply(found, writer, settings.jobs, lambda section: advance(), written_ahead)
        report.writer_lines = writer.report()
        if key is not None:
            _stamp_written(root, settings, found, llm, listing)
    report.unstaged = _unstaged(root, settings, view, mode, found.stale)
    return report


def _ahead(root: Path, settings: Settings, mode: Mode, choice: WriterChoice | None) -> ContextManager[WrittenAhead | None]:
    """A head start for a run that writes with the static writer
    (:mod:`repoagent.writers.ahead`) and may use a second process (``jobs``); none for
    others. Its process is taken from or stopped before the plan is used."""
    from repoagent.forking import cores

    if mode is not Mode.WRITE or choice is None or choice.llm or cores(settings.jobs) < 2:
        return contextlib.nullcontext()
    from repoagent.writers.ahead import WrittenAhead

    return WrittenAhead(lambda: choice.make(settings), root / settings.out)


def _stamp_if_current(root: Path, key: stamp.Key | None, found: Plan) -> None:
    """Stamp ``key`` when ``found`` has nothing to write; not with hand-edited
    sections, which the stamp's answer could not list."""
    if key is not None and not found.stale and not found.edited:
        stamp.write(root, key, len(found.sections))


def _stamp_written(root: Path, settings: Settings, written: Plan, llm: bool, listing: bytes | None) -> None:
    """After a ``--staged`` run wrote pages, compare them again with the same graph
    (no parse, no resolution) and stamp what it finds current: the hook's next run,
    once the pages are staged and the commit made, is answered by the stamp instead
    of comparing every page again (1.2 s on the standard library). The key is of the
    index ``listing`` the graph was built from, with the pages as they are now: as
    the key lists them, the plan's pages store too."""
    from repoagent.docs import replan

    key = stamp.staged_key(root, settings, listing)
    found = replan(written, settings, retry_fallbacks=llm, pages=key.listed if key is not None else None)
    _stamp_if_current(root, key, found)


def _unstaged(root: Path, settings: Settings, view: View, mode: Mode, stale: bool) -> list[str]:
    """With ``--staged`` (the pre-commit hook) the docs that count are the staged ones:
    the pages under ``out`` a commit would leave behind, once a run wrote them or a
    check found nothing stale. repoagent never stages for you, as formatters in
    pre-commit do not."""
    if not view.staged or not (mode is Mode.WRITE or (mode is Mode.CHECK and not stale)):
        return []
    from repoagent.changes.git import unstaged

    return unstaged(root, root / settings.out)
