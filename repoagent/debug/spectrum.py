"""Localization from the tests: line coverage of passing and failing test cases,
ranked by the Ochiai formula.

A traceback points at where a failure shows, which is often not where the bug
is (an index out of range because a bound was computed wrong above), and a wrong
answer has no traceback at all. One extra run per repair round, with the probe
of :mod:`spectrum_probe` appended to each editable file, records which lines each
test case (an *entry* into the code) executed and whether it failed. A line run
by many failing cases and few passing ones is suspect:
``ochiai = failed(line) / sqrt(failed_total * (failed(line) + passed(line)))``.
The probe's output comes from the candidate's process, so it is read as
untrusted data: malformed output means no spectrum, never an error.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files as package_files

from repoagent.debug.failure import same_file
from repoagent.debug.text import compile_error

_MARKER = "REPOAGENT-SPECTRUM "


@dataclass(frozen=True, slots=True)
class Entry:
    """One test case's call into the code: the lines it ran, and whether it failed."""

    path: str
    lines: frozenset[int]
    failed: bool


def instrument(files: Mapping[str, str]) -> dict[str, str]:
    """``files`` with the probe appended to each Python file that compiles (the
    probe goes last so every line keeps its number)."""
    probe = package_files("repoagent.debug").joinpath("spectrum_probe.py").read_text(encoding="utf-8")
    line = f"exec(compile({probe!r}, '<repoagent-probe>', 'exec'), {{'__name__': '_repoagent_probe'}})\n"
    return {
        path: text + ("" if text.endswith("\n") else "\n") + line
        for path, text in files.items()
        if path.endswith(".py") and compile_error(text) is None
    }


def read_spectrum(output: str, files: Mapping[str, str]) -> list[Entry]:
    """The entries the probe wrote into ``output``, mapped to the paths of ``files``."""
    at = output.rfind(_MARKER)
    if at < 0:
        return []
    try:
        rows = json.loads(output[at + len(_MARKER) :].split("\n", 1)[0])
        entries = []
        for name, lines, failed in rows:
            path = next((p for p in files if same_file(str(name), p)), None)
            if path is not None:
                entries.append(Entry(path, frozenset(int(n) for n in lines), bool(failed)))
        return entries
    except (ValueError, TypeError, RecursionError):  # RecursionError: ``[[[...`` past the stack
        return []


def ochiai(entries: list[Entry]) -> dict[tuple[str, int], float]:
    """Suspiciousness of each executed line; empty when no case failed."""
    failed_total = sum(e.failed for e in entries)
    if not failed_total:
        return {}
    failed: dict[tuple[str, int], int] = {}
    passed: dict[tuple[str, int], int] = {}
    for entry in entries:
        counts = failed if entry.failed else passed
        for line in entry.lines:
            counts[(entry.path, line)] = counts.get((entry.path, line), 0) + 1
    return {
        key: failed.get(key, 0) / math.sqrt(failed_total * (failed.get(key, 0) + passed.get(key, 0)))
        for key in failed.keys() | passed.keys()
    }
