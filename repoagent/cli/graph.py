"""``repoagent graph``: the repository's call graph in JSON, PyCG, DOT or Mermaid."""

from __future__ import annotations

from pathlib import Path

import click

from repoagent.cli.group import cli
from repoagent.cli.common import repository, show_warnings
from repoagent.fileio import write_atomically
from repoagent.config import Settings, load_settings
from repoagent.errors import UsageError
from repoagent.graph.build import StaleRow, build_graph, gc_paused
from repoagent.graph.export import GraphFormat, render
from repoagent.terminal import say


@cli.command()
@click.argument("path", default=".")
@click.option("--format", "form", type=click.Choice([f.value for f in GraphFormat]), default="json", show_default=True)
@click.option("--precise", is_flag=True, help="Let jedi resolve what the fast resolver could not (slower).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@click.option("--jobs", type=int, help="Parser processes (default: setting jobs).")
def graph(path: str, form: str, precise: bool, output: str | None, jobs: int | None) -> int:
    """Print the call graph of the repository at PATH."""
    root = repository(path)
    settings = load_settings(root, precise=precise or None, jobs=jobs)
    if settings.precise:
        _require_jedi()
    try:
        text = _rendered(root, settings, GraphFormat(form))
    except StaleRow:  # a file's stored definitions were bad, and its stored head: its row is its parse's now
        text = _rendered(root, settings, GraphFormat(form))
    if output is None:
        say(text, lines=True, newline=False)
    else:
        write_atomically(Path(output), text)
    return 0


def _rendered(root: Path, settings: Settings, form: GraphFormat) -> str:
    """The graph built and rendered (its warnings shown)."""
    call_graph = build_graph(root, settings)
    show_warnings(call_graph.warnings)
    with gc_paused():
        return render(call_graph, form)


def _require_jedi() -> None:
    try:
        import jedi  # noqa: F401
    except ImportError as error:
        raise UsageError("--precise needs jedi; install it with: pip install 'repoagent[precise]'") from error
