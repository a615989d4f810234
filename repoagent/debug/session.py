"""The repair loop: run, read the failure, localize, propose, judge by running, repeat.

A round asks the engine for candidates and runs them in order until one passes.
If none passes, the round keeps the candidate that got furthest (more tests
passed, or a milder failure: a syntax error turned into a runtime error, a crash
into a wrong answer) and the next round starts from it with its output as the new
feedback: that is how several bugs are fixed one after another. A round stops
early a few candidates after its first improvement, and the whole session stops
at its deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from repoagent.debug.engine import Engine
from repoagent.debug.failure import Failure, Kind, read_failure
from repoagent.debug.localize import CodeIndex, localize
from repoagent.debug.sandbox import RunResult

Check = Callable[[Mapping[str, str]], RunResult]
"""Runs the test command with the given files written over the project copy."""

_AFTER_IMPROVEMENT = 8


@dataclass
class Round:
    """One round: how many candidates ran and the failure it ended on."""

    tried: int
    failure: Failure


@dataclass
class SessionResult:
    """The final files (only the changed ones), whether they pass, and the rounds."""

    original: dict[str, str]
    files: dict[str, str]
    failure: Failure
    rounds: list[Round] = field(default_factory=list)
    runs: int = 0

    @property
    def fixed(self) -> bool:
        """The test command passed on the final files."""
        return self.failure.kind == Kind.PASSED

    @property
    def changed(self) -> dict[str, str]:
        """Paths whose text differs from the original, with the new text."""
        return {p: t for p, t in self.files.items() if self.original.get(p) != t}


def repair(
    files: Mapping[str, str],
    check: Check,
    engine: Engine,
    *,
    max_rounds: int = 4,
    deadline: float | None = None,
    index_factory: Callable[[Mapping[str, str]], CodeIndex] = CodeIndex,
) -> SessionResult:
    """Repair ``files`` until ``check`` passes, rounds run out, or ``deadline`` (monotonic) passes."""
    current = dict(files)
    failure = read_failure(check(current))
    result = SessionResult(dict(files), current, failure, runs=1)
    for _ in range(max_rounds):
        if failure.kind == Kind.PASSED or _late(deadline):
            break
        suspects = localize(current, failure, index_factory(current))
        best: tuple[dict[str, str], Failure] | None = None
        tried = since_best = 0
        for candidate in engine.propose(current, failure, suspects):
            if _late(deadline) or (best and since_best >= _AFTER_IMPROVEMENT):
                break
            merged = {**current, **candidate}
            outcome = read_failure(check(merged))
            tried += 1
            since_best += 1
            if outcome.kind == Kind.PASSED:
                best = (merged, outcome)
                break
            if outcome.score > (best[1] if best else failure).score:
                best, since_best = (merged, outcome), 0
        result.runs += tried
        if best is None:
            result.rounds.append(Round(tried, failure))
            break
        current, failure = best
        result.rounds.append(Round(tried, failure))
    result.files, result.failure = current, failure
    return result


def propose_blind(files: Mapping[str, str], engine: Engine) -> dict[str, str]:
    """The no-feedback setting: the engine's first candidate, nothing run (the code as is if none)."""
    for candidate in engine.propose(files, None, []):
        return {**files, **candidate}
    return dict(files)


def _late(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline
