"""The repair loop: run, read the failure, localize, propose, judge by running, repeat.

A round asks the engine for candidates and runs them in order until one passes.
If none passes, the round keeps the first candidate that got further than the
round's start (more tests passed, or a milder failure: a syntax error turned into
a runtime error, a crash into a wrong answer) unless a later one passes more
tests (see ``_beats``), and the next round starts from it with its output as the new
feedback: that is how several bugs are fixed one after another. A round stops
early a few candidates after its first improvement, and the whole session stops
at its deadline.

Candidates that loop forever are common (a mutated loop condition), so a candidate
may run at most ``_SLOWDOWN`` times as long as the slowest finished run so far
(at least ``_MIN_CANDIDATE_SECONDS``): a hung candidate costs about a second, not
the whole per-run limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from repoagent.debug.engine import Engine
from repoagent.debug.failure import Failure, Kind, read_failure
from repoagent.debug.localize import CodeIndex, localize
from repoagent.debug.sandbox import RunResult

Check = Callable[[Mapping[str, str], float | None], RunResult]
"""Runs the test command with the given files written over the project copy, within
the given seconds (``None``: the command's own limit)."""

_AFTER_IMPROVEMENT = 8
_SLOWDOWN = 10
_MIN_CANDIDATE_SECONDS = 1.0


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
    clock = _RunClock(check)
    failure = read_failure(clock.run(current, limited=False))
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
            outcome = read_failure(clock.run(merged))
            tried += 1
            since_best += 1
            if outcome.kind == Kind.PASSED:
                best = (merged, outcome)
                break
            if _beats(outcome, best[1]) if best else outcome.score > failure.score:
                best, since_best = (merged, outcome), 0
        result.runs += tried
        if best is None:
            result.rounds.append(Round(tried, failure))
            break
        current, failure = best
        result.rounds.append(Round(tried, failure))
    result.files, result.failure = current, failure
    return result


def _beats(outcome: Failure, best: Failure) -> bool:
    """Whether a candidate displaces the round's best so far (which already improved
    on the round's start): more tests passed, or the best still does not run. Among
    candidates that run, an exception and a wrong answer count the same, so the
    cheaper edit, proposed first, stays (a syntax repair with '==' that crashes later
    is a better start than one with '<' that quietly answers wrong)."""
    def tier(failure: Failure) -> int:
        return min(int(failure.kind), int(Kind.EXCEPTION))

    return (outcome.passed, tier(outcome)) > (best.passed, tier(best))


class _RunClock:
    """Runs checks and remembers the slowest run that finished, to limit candidates."""

    def __init__(self, check: Check) -> None:
        self._check = check
        self._slowest = 0.0

    def run(self, files: Mapping[str, str], limited: bool = True) -> RunResult:
        timeout = max(_MIN_CANDIDATE_SECONDS, _SLOWDOWN * self._slowest) if limited else None
        started = time.monotonic()
        result = self._check(files, timeout)
        if not result.timed_out:
            self._slowest = max(self._slowest, time.monotonic() - started)
        return result


def propose_blind(files: Mapping[str, str], engine: Engine) -> dict[str, str]:
    """The no-feedback setting: the engine's first candidate, nothing run (the code as is if none)."""
    for candidate in engine.propose(files, None, []):
        return {**files, **candidate}
    return dict(files)


def _late(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline
