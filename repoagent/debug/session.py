"""The repair loop: run, read the failure, localize, propose, judge by running, repeat.

Several bugs at once are repaired by a best-first beam search over partial
repairs. A *node* is a version of the files with the failure running them gave.
Expanding a node asks the engine for candidates and runs them in order until one
passes; a candidate that gets further than the node (more tests passed, or a
milder failure: a syntax error turned into a runtime error, a crash into a wrong
answer) is an *improvement*, a partial repair, and becomes a node one edit
deeper. An expansion stops early a few candidates after its first improvement.
The next node expanded is the best of the frontier (every node found and not
expanded yet), ranked by tests passed, then by how mild the failure is, then by
localization (the suspect rank of the line its last edit changed: an edit on a
line the tests single out is likelier a real fix than one elsewhere that happens
to pass a test more), then the deepest. The frontier keeps the ``beam`` best
nodes of each depth. So the search goes as deep as a greedy one while the first
choice keeps improving, and when it leads nowhere (one bug's wrong repair that
passes a test more can hide the way to the next bug) it resumes from the best
runner-up of any depth, not only the latest. A turn that runs ``_PATIENCE``
candidates without an improvement while other nodes wait pauses; the node goes
back to the frontier one test lower per fruitless turn (so after the runner-ups
that pass a test fewer: the right repair of one bug often passes none until the
next is fixed, while a wrong one passes a test more by chance) and resumes where
it stopped, so one fruitless expansion cannot spend the whole session. Two paths that reach the same files
(fix A then B, or B then A) are expanded once, and a text already run is not run
again. A wider beam that expands every node of a level before the next level
was measured and lost: with a session's seconds spent three ways per level,
triple and quadruple bugs ran out of time (tuning part, 50 multiple-bug
instances: 15 fixed against 20 greedy).

The session stops after ``max_rounds`` expansions of new nodes (and the resumed
turns of those) or at its deadline and returns
the furthest node it reached. Candidates that special-case a test's input are
never run (:mod:`overfit`); a passing patch is cut down to the changed blocks the
tests need, so a detour a partial repair took does not stay in it, and its
changed lines are simplified (:mod:`simplify`: ``n - 1 + 1`` -> ``n``,
parentheses it added for nothing) when the tests still pass that way.

Candidates that loop forever are common (a mutated loop condition), so a candidate
may run at most ``_SLOWDOWN`` times as long as the slowest finished run so far
(at least ``_MIN_CANDIDATE_SECONDS``): a hung candidate costs about a second, not
the whole per-run limit.
"""

from __future__ import annotations

import ast
import difflib
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from repoagent.debug.engine import Engine
from repoagent.debug.failure import Failure, Kind, read_failure, same_file
from repoagent.debug.localize import CodeIndex, Suspect, localize
from repoagent.debug.overfit import special_cases
from repoagent.debug.sandbox import RunResult
from repoagent.debug.simplify import simplify
from repoagent.debug.spectrum import Entry, instrument, read_spectrum
from repoagent.debug.text import first_changed_line

Check = Callable[[Mapping[str, str], float | None], RunResult]
"""Runs the test command with the given files written over the project copy, within
the given seconds (``None``: the command's own limit)."""

_AFTER_IMPROVEMENT = 8
_BEAM = 3
"""Partial repairs kept per depth for when the best one leads nowhere."""
_PATIENCE = 40
"""Candidates a turn runs with no improvement before it pauses for another node."""
_UNRANKED = 50
"""The suspect rank of an edit on a line localization did not rank."""
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


@dataclass(eq=False)
class _Node:
    """A partial repair: the files, the failure running them gave, how suspect
    the line its last edit changed was (its suspect rank: lower is more suspect),
    and how many edits it is from the start; once expanded, its suspects and the
    engine's candidates not run yet (an expansion can pause and resume)."""

    files: dict[str, str]
    failure: Failure
    suspicion: int = 0
    depth: int = 0
    suspects: list[Suspect] = field(default_factory=list)
    pending: Iterator[dict[str, str]] | None = None
    turns: int = 0
    fruitless: int = 0
    """Turns that paused with no improvement found."""

    @property
    def key(self) -> tuple[tuple[str, str], ...]:
        """The files as a hashable value (two paths to the same files are one node)."""
        return tuple(sorted(self.files.items()))


def _merit(node: _Node) -> tuple[int, int, int]:
    """Orders partial repairs, best first when sorted descending: tests passed, less
    one per fruitless turn, a milder failure (an exception and a wrong answer count
    the same, see ``_beats``), then localization. The fruitless turns are evidence
    against a partial repair: a wrong repair of one bug that happens to pass a test
    more leads nowhere, and after ``_PATIENCE`` candidates with nothing better it
    yields to the runner-ups that pass a test fewer (the right repair of that bug
    may pass none until the next bug is fixed) instead of resuming turn after turn."""
    return node.failure.passed - node.fruitless, _tier(node.failure), -node.suspicion


def repair(
    files: Mapping[str, str],
    check: Check,
    engine: Engine,
    *,
    max_rounds: int = 6,
    beam: int = _BEAM,
    deadline: float | None = None,
    index_factory: Callable[[Mapping[str, str]], CodeIndex] = CodeIndex,
) -> SessionResult:
    """Repair ``files`` until ``check`` passes, ``max_rounds`` nodes are expanded,
    or ``deadline`` (monotonic) passes; ``beam``: partial repairs kept per depth."""
    clock = _RunClock(check, deadline)
    root = _Node(dict(files), read_failure(clock.run(files, limited=False)))
    result = SessionResult(dict(files), root.files, root.failure, runs=1, start=root.failure)
    frontier, best, known, fresh = [root], root, {root.key}, 0
    while fresh < max_rounds or any(n.turns for n in frontier):
        if best.failure.kind == Kind.PASSED or not frontier or _late(deadline):
            break
        candidates = frontier if fresh < max_rounds else [n for n in frontier if n.turns]
        node = max(candidates, key=lambda n: (*_merit(n), -n.turns, n.depth))  # among equals: fresh, deepest, first found
        frontier.remove(node)
        fresh += not node.turns
        improvements, tried = _expand(node, clock, engine, deadline, index_factory, known, patient=not frontier)
        node.fruitless += not improvements and node.pending is not None
        result.suspects = result.suspects or node.suspects
        result.runs += tried
        result.rounds.append(Round(tried, improvements[0].failure if improvements else node.failure))
        best = max([best, *improvements], key=lambda n: n.failure.score)
        frontier = _beam(frontier + improvements + ([node] if node.pending is not None else []), beam)
    result.files, result.failure = best.files, best.failure
    if result.fixed:
        result.files, runs = _smallest(result.original, result.files, result.failure, clock, deadline)
        result.files, more = _simplified(result.original, result.files, clock, deadline)
        result.runs += runs + more
    return result


def _simplified(original: dict[str, str], files: dict[str, str], clock: _RunClock,
                deadline: float | None) -> tuple[dict[str, str], int]:
    """The passing files with their changed lines simplified (:mod:`simplify`),
    if the tests still pass that way. Returns the files and the runs it took."""
    tidy = {path: simplify(original[path], text) for path, text in files.items() if original.get(path) not in (None, text)}
    tidy = {path: text for path, text in tidy.items() if text != files[path]}
    if not tidy or _late(deadline):
        return files, 0
    trial = {**files, **tidy}
    return (trial if read_failure(clock.run(trial)).kind == Kind.PASSED else files), 1


def _beam(nodes: list[_Node], width: int) -> list[_Node]:
    """The ``width`` best nodes of each depth, in the order found. A node whose run
    printed what a better one of its depth printed (the same answers, the same
    errors: the tests cannot tell the two apart, ``(x)`` and ``pass`` for a call
    dropped) comes after every node that printed something else, so the places
    are spent on partial repairs that differ."""
    kept: set[int] = set()
    for depth in {n.depth for n in nodes}:
        distinct: list[_Node] = []
        repeats: list[_Node] = []
        printed: set[str] = set()
        for node in sorted((n for n in nodes if n.depth == depth), key=_merit, reverse=True):
            (repeats if node.failure.output in printed else distinct).append(node)
            printed.add(node.failure.output)
        kept |= {id(n) for n in (distinct + repeats)[:width]}
    return [n for n in nodes if id(n) in kept]


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


def _expand(node: _Node, clock: _RunClock, engine: Engine, deadline: float | None,
            index_factory: Callable[[Mapping[str, str]], CodeIndex],
            known: set[tuple[tuple[str, str], ...]], patient: bool) -> tuple[list[_Node], int]:
    """Run the engine's candidates for ``node`` (from where its last turn paused);
    the improvements found, best first (a passing candidate alone), and how many
    runs it took. Files in ``known`` (run before) are skipped; the ones run here
    are added. Unless ``patient`` (no other node waits), the turn pauses after
    ``_PATIENCE`` candidates with no improvement; ``node.pending`` is ``None``
    once every candidate has run."""
    current, failure = node.files, node.failure
    tried = 0
    if node.pending is None and not node.turns:
        spectrum = _spectrum(current, failure, clock)
        node.suspects = localize(current, failure, index_factory(current), spectrum)
        node.pending = iter(engine.propose(current, failure, node.suspects))
        tried = int(failure.kind != Kind.SYNTAX)
    node.turns += 1
    rank = {(s.path, s.line): s.rank for s in node.suspects}
    improvements: list[_Node] = []
    since_best = ran = 0
    for candidate in node.pending or ():
        if any(special_cases(current.get(path, ""), text, failure.output) for path, text in candidate.items()):
            continue  # green on the tests, wrong elsewhere
        merged = {**current, **candidate}
        child_key = tuple(sorted(merged.items()))
        if child_key in known:
            continue
        known.add(child_key)
        outcome = read_failure(clock.run(merged))
        tried, ran, since_best = tried + 1, ran + 1, since_best + 1
        suspicion = min(rank.get((path, first_changed_line(current.get(path, ""), text)), _UNRANKED)
                        for path, text in candidate.items())
        child = _Node(merged, outcome, suspicion, node.depth + 1)
        if outcome.kind == Kind.PASSED:
            return [child], tried
        if _improves(outcome, failure, current):
            if not improvements:
                since_best = 0
            elif _beats(outcome, improvements[0].failure):
                since_best = 0
                improvements.insert(0, child)
                continue
            improvements.append(child)
        if _late(deadline) or (improvements and since_best >= _AFTER_IMPROVEMENT) or (
                not patient and not improvements and ran >= _PATIENCE):
            return improvements, tried
    node.pending = None
    return improvements, tried


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
    'now.push(1)'), or stops on the same line at another name that was missing
    before too ('dfn(s)' -> 'fn(s)' misses 's'; another error there, 'list(1)' for
    'Array(1)', or a name the edit unbound, 'now == [1]', is not progress); or
    another crash that now runs on to a name missing from the code before the edit
    (:func:`_reaches_missing_name`)."""
    if outcome.score != start.score:
        return outcome.score > start.score
    if start.kind != Kind.EXCEPTION:
        return False
    if start.missing_name is None:
        return _reaches_missing_name(outcome, files) and _where(outcome, files) != _where(start, files)
    if _where(outcome, files) != _where(start, files):
        return True
    return outcome.missing_name not in (None, start.missing_name) and outcome.missing_name not in _bound_names(files)


def _reaches_missing_name(outcome: Failure, files: Mapping[str, str]) -> bool:
    """Whether a run now stops at a name that the code already used and no code
    binds: a crash elsewhere ('arr[i + 1]' out of range) repaired lets the run
    reach the next bug ('self.accumulate(arr)'), which a missing name shows for
    certain, while the tests still count the same."""
    name = outcome.missing_name
    return (outcome.kind == Kind.EXCEPTION and name is not None and name not in _bound_names(files)
            and any(re.search(rf"\b{re.escape(name)}\b", text) for text in files.values()))


def _bound_names(files: Mapping[str, str]) -> set[str]:
    """Every name the Python files bind (assigned, a parameter, defined, imported)."""
    names: set[str] = set()
    for path, text in files.items():
        try:
            tree = ast.parse(text) if path.endswith(".py") else None
        except SyntaxError:
            continue
        for node in ast.walk(tree) if tree else ():
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.alias):
                names.add((node.asname or node.name).split(".")[0])
    return names


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
    return (outcome.passed, _tier(outcome)) > (best.passed, _tier(best))


def _tier(failure: Failure) -> int:
    """How mild a failure is, an exception and a wrong answer counting the same."""
    return min(int(failure.kind), int(Kind.EXCEPTION))


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
