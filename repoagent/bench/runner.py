"""Run an engine on every instance, with and without runtime feedback.

Each instance runs in a worker process (``--jobs``): build and check the judge,
then (feedback on) the repair session against the visible cases, then (feedback
off) the engine's blind answer; both answers are judged on all cases, hidden
ones included. The engine sees only ``solution.py`` and, with feedback, what the
visible run printed.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field

from repoagent.bench.dataset import Instance
from repoagent.bench.judge import SOLUTION, Unsupported, build_judge
from repoagent.debug.engine import Engine
from repoagent.debug.localize import Suspect, localize
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.session import propose_blind, repair

EngineFactory = Callable[[], Engine]


@dataclass(frozen=True)
class BenchSettings:
    """Per-instance limits: session seconds, seconds and megabytes per run, rounds."""

    instance_seconds: float = 18.0
    run_limits: Limits = field(default_factory=lambda: Limits(timeout=5.0, memory_mb=1024))
    max_rounds: int = 8
    feedback: bool = True
    blind: bool = True


@dataclass
class Outcome:
    """What happened to one instance (``kept`` false: the judge could not run it)."""

    id: str
    category: str
    subtype: str
    kept: bool
    reason: str = ""
    fixed: bool | None = None
    fixed_blind: bool | None = None
    seconds: float = 0.0
    runs: int = 0
    rounds: int = 0
    fix_rank: int | None = None
    """Position (1 = first) of the first suspect on a line the correct code changes."""
    fix_rank_traceback: int | None = None
    """The same, localizing from the traceback and the call graph only."""

    def to_json(self) -> dict:
        """A plain dict for the JSON report."""
        return asdict(self)


def run_bench(
    instances: list[Instance], engine: EngineFactory, settings: BenchSettings, jobs: int = 1
) -> Iterator[Outcome]:
    """Outcomes in input order; ``jobs`` > 1 runs instances in parallel processes."""
    if jobs <= 1:
        for instance in instances:
            yield run_instance(instance, engine, settings)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(run_instance, instances, [engine] * len(instances), [settings] * len(instances))


def run_instance(instance: Instance, engine_factory: EngineFactory, settings: BenchSettings) -> Outcome:
    """Judge, repair and verify one instance."""
    started = time.monotonic()
    outcome = Outcome(instance.id, instance.category, instance.subtype, kept=False)
    try:
        judge = build_judge(instance, settings.run_limits)
    except Unsupported as why:
        outcome.reason = str(why)
        return outcome
    outcome.kept = True
    engine = engine_factory()
    files = {SOLUTION: instance.buggy_code}
    verdicts = {instance.buggy_code: False}  # the judge check ran the buggy code already

    def verdict(code: str) -> bool:
        if code not in verdicts:
            verdicts[code] = judge.run(code, settings.run_limits, hidden=True).ok
        return verdicts[code]

    if settings.feedback:
        with Sandbox(files=judge.visible) as box:
            session = repair(
                files,
                box.checker(judge.command, settings.run_limits),
                engine,
                max_rounds=settings.max_rounds,
                deadline=started + settings.instance_seconds,
            )
        outcome.fixed = verdict(session.files[SOLUTION])
        outcome.runs, outcome.rounds = session.runs, len(session.rounds)
        if instance.oracle_code is not None and session.start is not None and session.suspects:
            changed = fix_lines(instance.buggy_code, instance.oracle_code)
            outcome.fix_rank = _rank(session.suspects, changed)
            outcome.fix_rank_traceback = _rank(localize(files, session.start), changed)
    if settings.blind:
        answer = propose_blind(files, engine)
        outcome.fixed_blind = verdict(answer[SOLUTION])
    outcome.seconds = round(time.monotonic() - started, 2)
    return outcome


def fix_lines(buggy: str, fixed: str) -> set[int]:
    """Lines of ``buggy`` (1-based) that the fix changes; an insertion counts the
    lines on both sides of it."""
    changed: set[int] = set()
    matcher = difflib.SequenceMatcher(None, buggy.splitlines(), fixed.splitlines(), autojunk=False)
    for tag, start, end, _, _ in matcher.get_opcodes():
        if tag != "equal":
            changed.update(range(start + 1, end + 1) if end > start else (start, start + 1))
    return changed


def _rank(suspects: list[Suspect], lines: set[int]) -> int | None:
    return next((n for n, s in enumerate(suspects, start=1) if s.path == SOLUTION and s.line in lines), None)

