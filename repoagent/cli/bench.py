"""``repoagent bench debug DATASET``: DebugBench-style pass rates of a repair engine."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from repoagent.bench.dataset import PARTS, load
from repoagent.bench.report import summarize, table
from repoagent.bench.runner import BenchSettings, run_bench
from repoagent.cli.group import cli
from repoagent.config import load_settings
from repoagent.debug.engines import engine_factory
from repoagent.debug.sandbox import Limits
from repoagent.errors import UsageError
from repoagent.fileio import write_atomically
from repoagent.terminal import say


@cli.group()
def bench() -> None:
    """Benchmarks of repoagent's engines."""


@bench.command("debug")
@click.argument("dataset", type=click.Path(path_type=Path))
@click.option("--engine", type=click.Choice(["offline", "llm", "auto"]), default="offline", show_default=True)
@click.option("--no-feedback", "no_feedback", is_flag=True, help="Only the code-only setting.")
@click.option("--feedback-only", is_flag=True, help="Only the runtime-feedback setting.")
@click.option("--part", type=click.Choice(PARTS), default=None,
              help="Only the tuning or the checking part (split by a hash of the problem's slug, about 2:1).")
@click.option("--limit", type=int, default=None, help="Run the first N instances only.")
@click.option("--category", multiple=True, help="Only these categories (syntax, reference, logic, multiple).")
@click.option("--only", multiple=True, metavar="ID",
              help="Only the instances with these ids (a flip rerun alone, to tell a gain from the load).")
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Instances run in parallel.")
@click.option("--time-limit", type=float, default=18.0, show_default=True, help="Seconds of repair per instance (judging comes on top).")
@click.option("--run-timeout", type=float, default=5.0, show_default=True, help="Seconds per test run.")
@click.option("--json", "json_file", type=click.Path(path_type=Path), default=None, help="Write the JSON report here.")
@click.option("--model", default=None, help="LLM model (llm/auto engines).")
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint (llm/auto engines).")
def bench_debug(dataset: Path, engine: str, no_feedback: bool, feedback_only: bool, part: str | None, limit: int | None,
                category: tuple[str, ...], only: tuple[str, ...], jobs: int, time_limit: float, run_timeout: float,
                json_file: Path | None, model: str | None, base_url: str | None) -> int:
    """Repair every instance of DATASET (a DebugBench folder or a .jsonl file) and report pass rates."""
    if no_feedback and feedback_only:
        raise UsageError("--no-feedback and --feedback-only exclude each other; give one")
    if jobs < 1 or time_limit <= 0 or run_timeout <= 0:
        raise UsageError("--jobs, --time-limit and --run-timeout must be positive")
    instances = load(dataset)
    if part:
        instances = [i for i in instances if i.part == part]
    if category:
        instances = [i for i in instances if i.category in category]
    if only:
        unknown = sorted(set(only) - {i.id for i in instances})
        if unknown:
            raise UsageError(f"no instance {unknown[0]!r} in {dataset} (after --part and --category); give an id of its records")
        instances = [i for i in instances if i.id in only]
    instances = instances[:limit] if limit is not None else instances
    settings = BenchSettings(
        instance_seconds=time_limit,
        run_limits=Limits(timeout=run_timeout, memory_mb=1024),
        feedback=not no_feedback,
        blind=not feedback_only,
    )
    factory = engine_factory(engine, load_settings(Path.cwd(), model=model, base_url=base_url))
    outcomes = []
    with click.progressbar(length=len(instances), label="bench debug", file=sys.stderr) as bar:
        for outcome in run_bench(instances, factory, settings, jobs=min(jobs, os.cpu_count() or 1)):
            outcomes.append(outcome)
            bar.update(1)
    summary = summarize(outcomes)
    say(table(summary), lines=True)
    if json_file:
        write_atomically(json_file, json.dumps(summary, indent=1))
    return 0

