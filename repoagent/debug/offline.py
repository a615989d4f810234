"""The offline repair engine: a search over small edits chosen by the failure.

No LLM: syntax errors go to :mod:`syntax` (the parser's location), missing names
to :mod:`names` (all of them before any mutation), everything else to the rule
modules on the suspect lines, cheapest and most suspect first: :mod:`mutate`
(one node), :mod:`edits`, :mod:`pitfalls` (Python's own), :mod:`lapses` (a step
left out), :mod:`slips` (an expression wrong in more than one node),
:mod:`classes` and :mod:`library` (the standard library's conventions misread).
The session runs every candidate and goes on from the first that gets further
(backtracking when that leads nowhere), so several bugs are fixed over several
rounds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from repoagent.debug.engine import Files
from repoagent.debug.failure import Failure, Kind, same_file
from repoagent.debug.localize import Suspect
from repoagent.debug.classes import class_fixes
from repoagent.debug.edits import edits
from repoagent.debug.lapses import lapse_fixes
from repoagent.debug.library import library_fixes
from repoagent.debug.mutate import mutations
from repoagent.debug.names import name_repairs
from repoagent.debug.pitfalls import pitfall_fixes
from repoagent.debug.slips import slip_fixes
from repoagent.debug.syntax import repair_syntax
from repoagent.debug.text import compile_error, first_changed_line


_FIX_UP_EXPANSIONS = 40
_UNRANKED = 50
"""The rank of a line localization did not rank."""
_NAME_FIRST = 10
"""Name repairs rank before every mutation: while the name is missing, the run
stops there, so an edit elsewhere cannot be judged."""


class OfflineEngine:
    """Proposes syntax, name and mutation repairs; see the module docstring."""

    name = "offline"

    def __init__(self, max_candidates: int = 1000) -> None:
        self.max_candidates = max_candidates

    def propose(self, files: Files, failure: Failure | None, suspects: list[Suspect]) -> Iterator[dict[str, str]]:
        """Candidates for ``failure``; with no feedback, only what the parser shows."""
        broken = [path for path, text in files.items() if path.endswith(".py") and compile_error(text)]
        if broken:
            path = broken[0]
            for text in repair_syntax(files[path]):
                yield {path: text}
            return
        if failure is None:
            return
        ranked = sorted(self._candidates(files, failure, suspects), key=lambda item: item[0])
        seen: set[tuple[str, str]] = set()
        for _, path, text in ranked:
            if compile_error(text):
                # An edit that needs a syntax repair to stand (uncommented code whose
                # body lost its indentation): the cheapest one that compiles.
                text = next(repair_syntax(text, limit=1, expansions=_FIX_UP_EXPANSIONS), None)
            if text is None or (path, text) in seen or text == files[path]:
                continue
            seen.add((path, text))
            yield {path: text}
            if len(seen) >= self.max_candidates:
                return

    def _candidates(self, files: Files, failure: Failure, suspects: list[Suspect]) -> Iterator[tuple[tuple[int, int], str, str]]:
        """(order, path, text): order is (cost band, suspect rank)."""
        rank = {(s.path, s.line): s.rank for s in suspects}
        name = failure.missing_name
        site = _crash_site(files, failure)
        if failure.kind == Kind.EXCEPTION and name and site:
            path, line = site
            for cost, text in name_repairs(files[path], line, name, failure.owner_type, failure.suggestion):
                yield (cost - _NAME_FIRST, -1), path, text
        for path, group in itertools.groupby(sorted(suspects, key=lambda s: s.path), key=lambda s: s.path):
            lines = {s.line for s in group}
            text = files[path]
            try:
                found = [*mutations(text, lines), *edits(text, lines, failure.exc_type, failure.output), *pitfall_fixes(text, lines),
                         *lapse_fixes(text, lines), *slip_fixes(text, lines), *class_fixes(text, lines),
                         *library_fixes(text, lines)]
            except SyntaxError:
                continue
            for cost, new in found:
                place = _edit_rank(rank, path, text, new)
                yield (cost + place // 10, place), path, new


def _edit_rank(rank: dict[tuple[str, int], int], path: str, old: str, new: str) -> int:
    """How suspect an edit's place is: the rank of the first line it changes; for
    a line inserted where no test ran (after a method's last statement, a blank
    line), the rank of the line it follows: a statement left out belongs to the
    code before it (``return True`` after the last statement of ``union``)."""
    changed = first_changed_line(old, new)
    place = min(rank.get((path, changed), _UNRANKED), _UNRANKED)
    if place >= _UNRANKED and new.count("\n") > old.count("\n"):
        place = min(rank.get((path, changed - 1), _UNRANKED), _UNRANKED)
    return place


def _crash_site(files: Files, failure: Failure) -> tuple[str, int] | None:
    """The innermost traceback frame in an editable file: where the name is missing
    (the spectrum may rank other lines first)."""
    for frame in reversed(failure.frames):
        path = next((p for p in files if same_file(frame.path, p)), None)
        if path is not None:
            return path, frame.line
    return None
