"""``repoagent docs``: rewrite the documentation of stale objects, and only those."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from repoagent.cli import cli
from repoagent.cli.common import repository, show_warnings
from repoagent.cli.status import current_by_stamp, print_plan, remember_if_current, summary_line, view_options
from repoagent.config import Settings, load_settings
from repoagent.workspace import Workspace

PROGRESS_THRESHOLD = 20  # sections; below this a run is over before a bar is worth drawing


@cli.command()
@view_options
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when anything is stale (for CI).")
@click.option("--dry-run", is_flag=True, help="Print what would be written; write nothing.")
@click.option("--writer", type=click.Choice(["auto", "llm", "static"]), help="auto: the LLM when an endpoint or key is configured, else static.")
@click.option("--model", help="The LLM model name.")
@click.option("--base-url", help="An OpenAI-compatible endpoint.")
@click.option("--jobs", type=int, help="Sections written at once (and parser processes).")
def docs(
    path: str, staged: bool, base: str | None, head: str | None, check: bool, dry_run: bool,
    writer: str | None, model: str | None, base_url: str | None, jobs: int | None,
) -> int:
    """Write the documentation pages of the repository at PATH for what went stale."""
    root = repository(path)
    settings = load_settings(root, writer=writer, model=model, base_url=base_url, jobs=jobs)
    if check or dry_run:  # writes no page: its caches are written atomically, no lock needed
        return _docs(root, settings, staged, base, head, check, dry_run)
    with Workspace(root).locked(settings.lock_wait):
        return _docs(root, settings, staged, base, head, check, dry_run)


def _docs(
    root: Path, settings: Settings, staged: bool, base: str | None, head: str | None, check: bool, dry_run: bool
) -> int:
    key, sections = current_by_stamp(root, settings, staged and not base and not head)
    if sections is not None:
        click.echo(f"docs are current: {sections} sections (index)")
        return _staged_pages_check(root, settings)
    from repoagent.docs import apply, code_reader, known_summaries, plan, to_write
    from repoagent.writers.llm import LLMWriter, choose_writer, estimate
    from repoagent.writers.static import StaticWriter

    chosen, description = choose_writer(settings, lambda: StaticWriter(settings.docstring_style))
    found = plan(root, settings, staged, base, head, retry_fallbacks=isinstance(chosen, LLMWriter))
    remember_if_current(root, key, found)
    show_warnings(found.warnings)
    if check or dry_run:
        print_plan(found)
        if dry_run and isinstance(chosen, LLMWriter) and found.stale:
            stale = to_write(found)
            click.echo(estimate(found.graph, stale, code_reader(found), known_summaries(found), settings).line())
        if check and found.stale:
            return 1
        return _staged_pages_check(root, settings) if check and staged else 0
    if not found.stale:
        click.echo(summary_line(found))
        return _staged_pages_check(root, settings) if staged else 0
    rewrites = len(to_write(found))
    with _Progress(rewrites, chosen.name != "static" or rewrites >= PROGRESS_THRESHOLD) as advance:
        outcome = apply(found, chosen, settings.jobs, lambda section: advance())
    show_warnings(outcome.notes)
    for line in chosen.report():
        click.echo(line)
    click.echo(
        f"docs ({found.scope.label}): {outcome.written} written by the {description}; "
        f"{outcome.kept} moved, {outcome.removed} removed; "
        f"{outcome.pages_written} pages written, {outcome.pages_removed} removed"
        + (f"; {outcome.edited} edited by hand, kept" if outcome.edited else "")
        + (f"; {len(found.kept_pages)} skipped file(s), pages kept" if found.kept_pages else "")
    )
    return _staged_pages_check(root, settings) if staged else 0


def _staged_pages_check(root: Path, settings: Settings) -> int:
    """With ``--staged`` (the pre-commit hook) the docs that count are the staged ones:
    exit 1 with one line when pages in the working tree are not staged. repoagent
    never stages for you, as formatters in pre-commit do not."""
    from repoagent.changes.git import unstaged

    out = root / settings.out
    pending = unstaged(root, out)
    if not pending:
        return 0
    folder = out.relative_to(root).as_posix()
    click.echo(
        f"repoagent: {len(pending)} page(s) under {folder} are not staged; review them, "
        f"run `git add {folder}` and commit again",
        err=True,
    )
    return 1


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
