"""What ``repoagent status`` and ``repoagent docs`` do, as plain functions of their
options that return the exit code.

click parses a command line into these calls (:mod:`repoagent.cli.status`,
:mod:`repoagent.cli.docs`), and so does :mod:`repoagent.cli.hook_lines` for the
command lines a pre-commit hook runs, without importing click: one behaviour
whichever parsed the line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from repoagent.cli.common import repository, show_warnings
from repoagent.cli.printing import plan_json, print_plan, say_json, stamped_line, summary_line
from repoagent.config import load_settings
from repoagent.terminal import say

if TYPE_CHECKING:
    from repoagent.run import Report

PROGRESS_THRESHOLD = 20  # sections; below this a run is over before a bar is worth drawing


def status(path: str, staged: bool, base: str | None, head: str | None, as_json: bool) -> int:
    """Show which documented objects of the repository at ``path`` are stale, and why."""
    from repoagent.run import Mode, View, run

    root = repository(path)
    report = run(root, load_settings(root), View(staged, base, head), Mode.STATUS)
    if report.plan is None:
        if as_json:
            say_json({"view": "index", "sections": report.stamped, "stale": [], "counts": {}, "edited": []})
        else:
            say(stamped_line(report.stamped), lines=True)
        return 0
    show_warnings(report.plan.warnings, count_unlinked=True)
    if as_json:
        say_json(plan_json(report.plan))
    else:
        print_plan(report.plan)
    return 0


def docs(
    path: str, staged: bool, base: str | None, head: str | None, check: bool, dry_run: bool,
    writer: str | None, model: str | None, base_url: str | None, jobs: int | None, for_hook: bool,
) -> int:
    """Write the documentation pages of the repository at ``path`` for what went stale."""
    from repoagent.run import Mode, View, run

    root = repository(path)
    settings = load_settings(root, writer=writer, model=model, base_url=base_url, jobs=jobs)
    mode = Mode.CHECK if check else Mode.DRY_RUN if dry_run else Mode.WRITE
    if mode is Mode.WRITE:
        from repoagent.githook.aside import recover_for_command

        recovered = recover_for_command(root)  # unstaged work a killed hook run set aside
        if recovered:
            say(f"repoagent: {recovered}", err=True)
    report = run(root, settings, View(staged, base, head), mode, _progress)
    found = report.plan
    if found is None:
        say(stamped_line(report.stamped))
    elif mode is not Mode.WRITE:
        show_warnings(found.warnings, count_unlinked=True)
        print_plan(found)
        if report.estimate is not None:
            say(report.estimate.line())
        if found.stale:
            return 1 if check else 0
    elif report.outcome is None:
        show_warnings(found.warnings, count_unlinked=True)
        say(summary_line(found))
    else:
        show_warnings(found.warnings, count_unlinked=True)
        _print_outcome(report)
    return _unstaged_exit(report.unstaged, settings.out, quiet=for_hook)


def _print_outcome(report: Report) -> None:
    """The notes and the writer's report of a run that wrote, then its summary line."""
    found, outcome = report.plan, report.outcome
    show_warnings(outcome.notes)
    for line in report.writer_lines:
        say(line)
    say(
        f"docs ({found.scope.label}): {outcome.written} written by the {report.writer}; "
        f"{outcome.kept} moved, {outcome.removed} removed; "
        f"{outcome.pages_written} pages written, {outcome.pages_removed} removed"
        + (f"; {outcome.edited} edited by hand, kept" if outcome.edited else "")
        + (f"; {len(found.kept_pages)} skipped file(s), pages kept" if found.kept_pages else "")
    )


def _unstaged_exit(pending: list[str], out: str, quiet: bool) -> int:
    """Exit 1 with one line (unless ``quiet``) when a ``--staged`` run leaves pages
    unstaged (see :func:`repoagent.run.run`)."""
    if not pending:
        return 0
    if quiet:
        return 1
    folder = Path(out).as_posix()
    say(
        f"repoagent: {len(pending)} page(s) under {folder} are not staged; review them, "
        f"run `git add {folder}` and commit again",
        err=True,
    )
    return 1


def _progress(total: int, writer: str) -> _Progress:
    """A bar for runs long enough to want one: any LLM run, a long static one."""
    return _Progress(total, writer != "static" or total >= PROGRESS_THRESHOLD)


class _Progress:
    """A rich progress bar on stderr for long runs on a terminal; a no-op otherwise."""

    def __init__(self, total: int, wanted: bool) -> None:
        self._bar = None
        if wanted and total and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._task = self._bar.add_task("writing sections", total=total)

    def __enter__(self):
        if self._bar is not None:
            self._bar.start()
        return self._advance

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)
