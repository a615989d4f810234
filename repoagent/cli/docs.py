"""``repoagent docs``: rewrite the documentation of stale objects, and only those."""

from __future__ import annotations

import click

from repoagent.cli import commands
from repoagent.cli.group import cli
from repoagent.cli.status import view_options


@cli.command()
@view_options
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when anything is stale (for CI).")
@click.option("--dry-run", is_flag=True, help="Print what would be written; write nothing.")
@click.option("--writer", type=click.Choice(["auto", "llm", "static"]), help="auto: the LLM when an endpoint or key is configured, else static.")
@click.option("--model", help="The LLM model name.")
@click.option("--base-url", help="An OpenAI-compatible endpoint.")
@click.option("--jobs", type=int, help="Sections written at once (and processes: parsing, a large static run).")
@click.option("--for-hook", is_flag=True, hidden=True, help="Run by the git hook, which says what to do with unstaged pages.")
def docs(
    path: str, staged: bool, base: str | None, head: str | None, check: bool, dry_run: bool,
    writer: str | None, model: str | None, base_url: str | None, jobs: int | None, for_hook: bool,
) -> int:
    """Write the documentation pages of the repository at PATH for what went stale."""
    return commands.docs(path, staged, base, head, check, dry_run, writer, model, base_url, jobs, for_hook)
