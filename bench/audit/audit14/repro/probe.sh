#!/bin/bash
# usage: probe.sh DIR  -- graphs DIR (a one-module package directory, kept under its own name)
# with the worktree's code and prints every edge.  Run from a directory without repoagent/.
OUT=/tmp/audit14/repro_$(basename "$1").json
cd /tmp && PYTHONPATH=/work/wt-audit14 /work/main/.venv/bin/python -m repoagent graph "$1" --format json -o "$OUT" --jobs 1 >/dev/null 2>&1
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); [print(" ", e["caller"], "->", e["callee"], e["lines"]) for e in g["edges"]]' "$OUT"
