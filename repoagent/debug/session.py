"""The repair loop: run, read the failure, localize, propose, judge by running, repeat.

A round asks the engine for candidates and runs them in order until one passes.
If none passes, the round keeps the first candidate that got further than the
round's start (more tests passed, or a milder failure: a syntax error turned into
a runtime error, a crash into a wrong answer) unless a later one passes more
tests (see ``_beats``), and the next round starts from it with its output as the new
feedback: that is how several bugs are fixed one after another. A round stops
early a few candidates after its first improvement. When a round finds nothing
better, the session goes back to the other improvements of the rounds before
(latest first): the first choice can be a wrong turn that only a later bug shows.
The session stops after ``max_rounds`` rounds or at its deadline and returns the
furthest state it reached. Candidates that special-case a test's input are never
run (:mod:`overfit`); a passing patch is cut down to the changed blocks the tests
need, so a detour an early round took does not stay in it.

Candidates that loop forever are common (a mutated loop condition), so a candidate
may run at most ``_SLOWDOWN`` times as long as the slowest finished run so far
(at least ``_MIN_CANDIDATE_SECONDS``): a hung candidate costs about a second, not
the whole per-run limit.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from repoagent.debug.engine import Engine
from repoagent.debug.failure import Failure, Kind, read_failure, same_file
from repoagent.debug.localize import CodeIndex, Suspect, localize
from repoagent.debug.overfit import special_cases
from repoagent.debug.sandbox import RunResult
from repoagent.debug.spectrum import Entry, instrument, read_spectrum

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
    suspects: list[Suspect] = field(default_factory=list)
    """The first round's ranked suspects (for reporting localization quality)."""
    start: Failure | None = None
    """The failure of the files as given."""

    @property
    def fixed(self) -> bool:
        """The test command passed on the final files."""
        return self.failure.kind == Kind.PASSED

    @property
    def changed(self) -> dict[str, str]:
        """Paths whose text differs from the original, with the new text."""
        return {p: t for p, t in self.files.items() if self.original.get(p) != t}


_State = tuple[dict[str, str], Failure]
"""Files and the failure running them gave."""


def repair(
    files: Mapping[str, str],
    check: Check,
    engine: Engine,
    *,
    max_rounds: int = 6,
    deadline: float | None = None,
    index_factory: Callable[[Mapping[str, str]], CodeIndex] = CodeIndex,
) -> SessionResult:
    """Repair ``files`` until ``check`` passes, rounds run out, or ``deadline`` (monotonic) passes."""
    clock = _RunClock(check, deadline)
    state: _State = (dict(files), read_failure(clock.run(files, limited=False)))
    result = SessionResult(dict(files), *state, runs=1, start=state[1])
    best = state
    untried: list[list[_State]] = []  # per round on the current path, the other improvements
    for _ in range(max_rounds):
        if state[1].kind == Kind.PASSED or _late(deadline):
            break
        improvements, tried, suspects = _round(state, clock, engine, deadline, index_factory)
        result.suspects = result.suspects or suspects
        result.runs += tried
        result.rounds.append(Round(tried, improvements[0][1] if improvements else state[1]))
        if improvements:
            state, others = improvements[0], improvements[1:]
            untried.append(others)
            best = state if state[1].score > best[1].score else best
            continue
        while untried and not untried[-1]:
            untried.pop()
        if not untried:
            break
        state = untried[-1].pop(0)  # stuck: go back to the latest round's next improvement
    result.files, result.failure = state if state[1].kind == Kind.PASSED else best
    if result.fixed:
        result.files, runs = _smallest(result.original, result.files, result.failure, clock, deadline)
        result.runs += runs
    return result


def _smallest(original: dict[str, str], files: dict[str, str], passed: Failure, clock: _RunClock,
              deadline: float | None) -> tuple[dict[str, str], int]:
    """The passing files with every changed block that the tests do not need put
    back as it was (an early round's detour, ``n += 2`` before the real fix): the
    smallest patch that passes wins. Returns the files and the runs it took."""
    runs = 0
    for path in [p for p in files if original.get(p) not in (None, files[p])]:
        old = original[path].splitlines(keepends=True)
        matcher = difflib.SequenceMatcher(None, old, files[path].splitlines(keepends=True), autojunk=False)
        hunks = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        if len(hunks) < 2:
            continue
        kept = list(hunks)
        for hunk in hunks:
            if _late(deadline):
                break
            trial = [h for h in kept if h is not hunk]
            text = _apply(old, files[path].splitlines(keepends=True), trial)
            runs += 1
            if read_failure(clock.run({**files, path: text})).kind == Kind.PASSED:
                kept = trial
        files = {**files, path: _apply(old, files[path].splitlines(keepends=True), kept)}
    return files, runs


def _apply(old: list[str], new: list[str], hunks: list[tuple[str, int, int, int, int]]) -> str:
    """``old`` with only ``hunks`` (difflib opcodes from ``old`` to ``new``) applied."""
    out, at = [], 0
    for _, start, end, new_start, new_end in hunks:
        out += old[at:start] + new[new_start:new_end]
        at = end
    return "".join(out + old[at:])


def _round(state: _State, clock: _RunClock, engine: Engine, deadline: float | None,
           index_factory: Callable[[Mapping[str, str]], CodeIndex]) -> tuple[list[_State], int, list[Suspect]]:
    """Run the engine's candidates for ``state``; the improvements found, best first
    (a passing candidate alone), how many runs it took, and the suspects."""
    current, failure = state
    spectrum = _spectrum(current, failure, clock)
    suspects = localize(current, failure, index_factory(current), spectrum)
    improvements: list[_State] = []
    tried, since_best = int(failure.kind != Kind.SYNTAX), 0
    for candidate in engine.propose(current, failure, suspects):
        if _late(deadline) or (improvements and since_best >= _AFTER_IMPROVEMENT):
            break
        if any(special_cases(current.get(path, ""), text, failure.output) for path, text in candidate.items()):
            continue  # green on the tests, wrong elsewhere
        merged = {**current, **candidate}
        outcome = read_failure(clock.run(merged))
        tried += 1
        since_best += 1
        if outcome.kind == Kind.PASSED:
            return [(merged, outcome)], tried, suspects
        if _improves(outcome, failure, current):
            if not improvements:
                since_best = 0
            elif _beats(outcome, improvements[0][1]):
                since_best = 0
                improvements.insert(0, (merged, outcome))
                continue
            improvements.append((merged, outcome))
    return improvements, tried, suspects


def _spectrum(files: dict[str, str], failure: Failure, clock: _RunClock) -> list[Entry]:
    """The tests' line coverage, from one run with the probe (none for code that
    does not compile: the parser localizes that)."""
    if failure.kind == Kind.SYNTAX:
        return []
    return read_spectrum(clock.run({**files, **instrument(files)}, learn=False).output, files)


def _improves(outcome: Failure, start: Failure, files: Mapping[str, str]) -> bool:
    """More tests passed or a milder failure; or, at the same score, a missing name
    that no longer stops the run where it did: one of several bugs fixed, which the
    tests cannot count until the next one is ('Array(1)' -> '[1]' runs on into
    'now.push(1)')."""
    if outcome.score != start.score:
        return outcome.score > start.score
    return start.kind == Kind.EXCEPTION and start.missing_name is not None and _where(outcome, files) != _where(start, files)


def _where(failure: Failure, files: Mapping[str, str]) -> tuple[str, int] | None:
    """The innermost traceback frame in the edited files."""
    for frame in reversed(failure.frames):
        if any(same_file(frame.path, path) for path in files):
            return frame.path, frame.line
    return None


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
    """Runs checks and remembers the slowest run that finished, to limit candidates;
    no candidate may run past the session's deadline."""

    def __init__(self, check: Check, deadline: float | None) -> None:
        self._check = check
        self._deadline = deadline
        self._slowest = 0.0

    def run(self, files: Mapping[str, str], limited: bool = True, learn: bool = True) -> RunResult:
        """Run ``files``; ``learn``: let this run's time raise the candidates' limit
        (a traced run is slower than the code it traces, so it does not)."""
        timeout = None
        if limited:
            timeout = max(_MIN_CANDIDATE_SECONDS, _SLOWDOWN * self._slowest)
            if self._deadline is not None:
                timeout = max(0.1, min(timeout, self._deadline - time.monotonic()))
        started = time.monotonic()
        result = self._check(files, timeout)
        if learn and not result.timed_out:
            self._slowest = max(self._slowest, time.monotonic() - started)
        return result


def propose_blind(files: Mapping[str, str], engine: Engine) -> dict[str, str]:
    """The no-feedback setting: the engine's first candidate, nothing run (the code as is if none)."""
    for candidate in engine.propose(files, None, []):
        return {**files, **candidate}
    return dict(files)


def _late(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline
