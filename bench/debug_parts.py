"""The honest protocol's table: tuning part, checking part and the own bug set,
side by side, from the JSON reports of ``repoagent bench debug``.

    repoagent bench debug ../shared/data/debugbench-python3-dev --part tuning --json tuning.json
    repoagent bench debug ../shared/data/debugbench-python3-dev --part checking --json checking.json
    repoagent bench debug bench/bugs/realistic.jsonl --json own.json
    .venv/bin/python bench/debug_parts.py tuning=tuning.json checking=checking.json own=own.json

The second table is localization quality: per part and category, the rank of the
first suspect on a line the correct code changes, with the tests' spectrum and
from the traceback and call graph alone.

Reports written before a field existed are read as they are (rates are
recomputed from the per-instance outcomes), so an older baseline renders in the
same table.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

from repoagent.bench.dataset import CATEGORIES
from repoagent.bench.report import parts_table, summarize
from repoagent.bench.runner import Outcome


def load_summary(path: Path) -> dict:
    """The summary of a JSON report, recomputed from its outcomes."""
    known = {f.name for f in fields(Outcome)}
    outcomes = [Outcome(**{k: v for k, v in row.items() if k in known}) for row in json.loads(path.read_text())["outcomes"]]
    return summarize(outcomes)


def localization_table(summaries: dict[str, dict]) -> str:
    """Top-1, top-5 and median rank of the fix line per part and category, with
    the spectrum and from the traceback alone (instances with a known fix line)."""
    lines = ["| part | category | n | top-1 % spectrum | top-5 % spectrum | median rank spectrum "
             "| top-1 % traceback | top-5 % traceback | median rank traceback |", "|---|---|" + "---:|" * 7]
    for name, summary in summaries.items():
        groups: dict[str, list[dict]] = defaultdict(list)
        for row in summary["outcomes"]:
            if row.get("kept") and (row.get("fix_rank") is not None or row.get("fix_rank_traceback") is not None):
                groups[row["category"]].append(row)
                groups["**all**"].append(row)
        for category in [c for c in (*CATEGORIES, "**all**") if c in groups]:
            rows = groups[category]
            cells = [str(len(rows))]
            for key in ("fix_rank", "fix_rank_traceback"):
                ranks = [r[key] if r[key] is not None else 10**6 for r in rows]
                cells += [f"{100 * sum(k == 1 for k in ranks) / len(ranks):.1f}", f"{100 * sum(k <= 5 for k in ranks) / len(ranks):.1f}",
                          f"{statistics.median(ranks):g}"]
            lines.append(f"| {name} | {category} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    runs = dict(arg.split("=", 1) for arg in sys.argv[1:])
    summaries = {name: load_summary(Path(path)) for name, path in runs.items()}
    print(parts_table(summaries))
    print()
    print(localization_table(summaries))
