"""The honest protocol's table: tuning part, checking part and the own bug set,
side by side, from the JSON reports of ``repoagent bench debug``.

    repoagent bench debug ../shared/data/debugbench-python3-dev --part tuning --json tuning.json
    repoagent bench debug ../shared/data/debugbench-python3-dev --part checking --json checking.json
    repoagent bench debug bench/bugs/realistic.jsonl --json own.json
    .venv/bin/python bench/debug_parts.py tuning=tuning.json checking=checking.json own=own.json

Reports written before a field existed are read as they are (rates are
recomputed from the per-instance outcomes), so an older baseline renders in the
same table.
"""

from __future__ import annotations

import json
import sys
from dataclasses import fields
from pathlib import Path

from repoagent.bench.report import parts_table, summarize
from repoagent.bench.runner import Outcome


def load_summary(path: Path) -> dict:
    """The summary of a JSON report, recomputed from its outcomes."""
    known = {f.name for f in fields(Outcome)}
    outcomes = [Outcome(**{k: v for k, v in row.items() if k in known}) for row in json.loads(path.read_text())["outcomes"]]
    return summarize(outcomes)


if __name__ == "__main__":
    runs = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(parts_table({name: load_summary(Path(path)) for name, path in runs.items()}))
