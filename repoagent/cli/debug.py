"""``repoagent debug [PATH] --test CMD``: repair failing code, verified by its tests.

The test command runs on a temporary copy (see :mod:`repoagent.debug.sandbox`);
the diff of a fix is shown and written to PATH only with ``--apply``. Exit 0 when
the tests pass at the end (``--apply`` wrote the fix if given), 1 when they still
fail, 2 on bad input.
"""

from __future__ import annotations

import difflib
import time
from pathlib import Path

import click

from repoagent.cli.group import cli
from repoagent.config import load_settings
from repoagent.debug.engines import engine_factory
from repoagent.debug.environment import check_names
from repoagent.debug.repo import editable_files, code_index_factory
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.session import repair
from repoagent.errors import UsageError
from repoagent.fileio import write_atomically
from repoagent.terminal import say
from repoagent.workspace import Workspace


@cli.command()
@click.argument("path", type=click.Path(path_type=Path), default=".")
@click.option("--test", "test_command", required=True, help="The failing test command, e.g. 'pytest -x -q'.")
@click.option("--engine", type=click.Choice(["auto", "offline", "llm"]), default="auto", show_default=True)
@click.option("--max-rounds", type=int, default=6, show_default=True, help="Repair rounds (about one per bug, more when the search backtracks).")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per test run.")
@click.option("--time-limit", type=float, default=600.0, show_default=True, help="Seconds for the whole session.")
@click.option("--apply", "apply_fix", is_flag=True, help="Write the fix into PATH (only if the tests pass).")
@click.option("--env", "passed_env", multiple=True, metavar="NAME",
              help="Also give the test this variable of your environment (repeatable); by default it gets only "
                   "PATH, HOME, the locale, the temporary folder, TERM and a few Python settings.")
@click.option("--model", default=None, help="LLM model (llm/auto engines).")
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint (llm/auto engines).")
def debug(path: Path, test_command: str, engine: str, max_rounds: int, timeout: float, time_limit: float,
          apply_fix: bool, passed_env: tuple[str, ...], model: str | None, base_url: str | None) -> int:
    """Run CMD on a copy of PATH, repair what fails, and show the verified diff."""
    if not path.is_dir():
        raise UsageError(f"{path} is not a folder; give the project to debug")
    if max_rounds < 1 or timeout <= 0 or time_limit <= 0:
        raise UsageError("--max-rounds, --timeout and --time-limit must be positive")
    root = path.resolve()
    limits = Limits(timeout=timeout)
    with Sandbox(root, passed_env=check_names(passed_env)) as box:
        first = box.run(test_command, limits)
        if first.ok:
            say("The tests already pass; nothing to repair.")
            return 0
        files = editable_files(root, first.output)
        if not files:
            raise UsageError(f"no Python files to repair under {path}")
        session = repair(
            files,
            box.checker(test_command, limits),
            engine_factory(engine, load_settings(root, model=model, base_url=base_url))(),
            max_rounds=max_rounds,
            deadline=time.monotonic() + time_limit,
            index_factory=code_index_factory(box.root),
        )
    for rel, text in session.changed.items():
        say("".join(difflib.unified_diff(
            files[rel].splitlines(keepends=True), text.splitlines(keepends=True), f"a/{rel}", f"b/{rel}")), lines=True)
    rounds = ", ".join(f"{r.tried} tried -> {r.failure.kind.name.lower()}" for r in session.rounds)
    if not session.fixed:
        say(f"Not fixed after {len(session.rounds)} round(s) ({rounds}). Last output:", err=True)
        say(session.failure.output[-2000:], err=True, lines=True)
        return 1
    say(f"Fixed: the tests pass ({session.runs} runs; {rounds}).")
    if apply_fix:
        for rel, text in session.changed.items():
            write_atomically(root / rel, text, Workspace(root).scratch())
        say(f"Applied to {len(session.changed)} file(s).")
    else:
        say("Run again with --apply to write the fix.")
    return 0

