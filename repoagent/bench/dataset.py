"""Read benchmark instances: DebugBench's JSON files, or the plain JSONL format.

DebugBench ships one JSON list per bug subtype, ``<language>_<subtype>.json``; the
subtype's major category follows DebugBench's taxonomy (:data:`CATEGORIES`).
The JSONL format (one object per line) is for bugs that come with their own
tests; see the README's debug section for its fields.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from repoagent.errors import UsageError

CATEGORIES: dict[str, tuple[str, ...]] = {
    "syntax": ("missing colons", "unclosed parentheses", "illegal indentation", "unclosed string", "illegal comment", "misused == or ="),
    "reference": ("faulty indexing", "undefined objects", "undefined methods", "illegal keywords"),
    "logic": ("condition error", "operation error", "variable error", "other error"),
    "multiple": ("double", "triple", "quadruple"),
}
PARTS = ("tuning", "checking")
"""The honest protocol: rules are developed on the tuning part only; the checking
part (about a third of the problems) is run to measure, never to find the next rule."""
_CATEGORY_OF = {subtype: category for category, subtypes in CATEGORIES.items() for subtype in subtypes}


@dataclass(frozen=True)
class Instance:
    """One buggy program to repair.

    DebugBench instances carry ``examples`` and ``oracle_code`` (for the judge
    only; engines never see it); JSONL instances carry ``test_code`` (shown to the
    engine as the test it runs) and optionally ``hidden_test_code`` and
    ``fixed_code`` (for the judge only).
    """

    id: str
    category: str
    subtype: str
    buggy_code: str
    examples: tuple[str, ...] = ()
    oracle_code: str | None = None
    test_code: str | None = None
    hidden_test_code: str | None = None
    slug: str = ""

    @property
    def part(self) -> str:
        """``tuning`` or ``checking``, fixed by a hash of the problem's slug (about
        2:1), so every bug of one problem lands in the same part."""
        digest = hashlib.sha256((self.slug or self.id).encode("utf-8")).digest()
        return PARTS[1] if int.from_bytes(digest, "big") % 3 == 2 else PARTS[0]


def load(path: Path) -> list[Instance]:
    """Instances from a DebugBench folder or JSON file, or from a ``.jsonl`` file."""
    if not path.exists():
        raise UsageError(f"{path} does not exist; give a DebugBench folder or a .jsonl file")
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise UsageError(f"{path} holds no DebugBench *.json files")
        return [instance for file in files for instance in _debugbench_file(file)]
    if path.suffix == ".jsonl":
        return _jsonl(path)
    return _debugbench_file(path)


def category_of(subtype: str) -> str:
    """DebugBench's major category of a subtype (``other`` when unknown)."""
    return _CATEGORY_OF.get(subtype, "other")


def _debugbench_file(path: Path) -> list[Instance]:
    subtype = path.stem.split("_", 1)[-1]
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise UsageError(f"cannot read {path}: {error}") from error
    return [
        Instance(
            id=f"{subtype}/{row['slug']}#{number}",
            category=category_of(subtype),
            subtype=subtype,
            buggy_code=row["buggy_code"],
            examples=tuple(row.get("examples") or ()),
            oracle_code=row["oracle_code"],
            slug=row["slug"],
        )
        for number, row in enumerate(rows)
    ]


def _jsonl(path: Path) -> list[Instance]:
    instances = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            instances.append(
                Instance(
                    id=str(row.get("id", number)),
                    category=row["category"],
                    subtype=row.get("subtype", row["category"]),
                    buggy_code=row["buggy_code"],
                    oracle_code=row.get("fixed_code"),
                    test_code=row["test_code"],
                    hidden_test_code=row.get("hidden_test_code"),
                    slug=str(row.get("slug", "")),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise UsageError(f"{path}:{number}: not a valid instance ({error}); see README 'debug'") from error
    return instances


def case_script(cases: list[tuple[str, object]]) -> str:
    """A ``test_code`` for the JSONL format: each case is a call, evaluated with
    ``solution.py``'s names, and its expected answer. It prints a traceback or a
    ``call returned X, expected Y`` line per failing case and ``passed X/Y`` at the
    end (what the session reads as partial progress), and exits 0 only when all pass."""
    return (
        "import traceback\n"
        "import solution\n"
        f"CASES = {cases!r}\n"
        "ok = 0\n"
        "for call, want in CASES:\n"
        "    try:\n"
        "        got = eval(call, vars(solution))\n"
        "    except Exception:\n"
        "        traceback.print_exc()\n"
        "        continue\n"
        "    if got == want:\n"
        "        ok += 1\n"
        "    else:\n"
        "        print(f'{call} returned {got!r}, expected {want!r}')\n"
        "print(f'passed {ok}/{len(CASES)}')\n"
        "raise SystemExit(0 if ok == len(CASES) else 1)\n"
    )
