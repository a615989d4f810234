"""Run the DebugBench-style evaluation of the debugging mode and print its table.

    .venv/bin/python bench/debugbench.py [DATASET] [--jobs 2] [--engine offline]

DATASET defaults to ../shared/data/debugbench-python3-dev (the data is read in
place, never copied). The JSON report goes to .repoagent/debugbench.json; the
table is what bench/RESULTS.md keeps (section "debug").
"""

from __future__ import annotations

import sys
from pathlib import Path

from repoagent.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "debugbench-python3-dev"

if __name__ == "__main__":
    args = sys.argv[1:]
    dataset = args.pop(0) if args and not args[0].startswith("-") else str(DEFAULT)
    (ROOT / ".repoagent").mkdir(exist_ok=True)
    report = ["--json", str(ROOT / ".repoagent" / "debugbench.json")] if "--json" not in args else []
    jobs = [] if "--jobs" in args or "-j" in args else ["--jobs", "2"]
    raise SystemExit(main(["bench", "debug", dataset, *jobs, *report, *args]))
