# usage: probe.sh DIR OUTNAME PATTERN... ; graphs DIR, prints edges whose "caller -> callee" contains every pattern
cd /tmp && PYTHONPATH=/work/wt-audit13 /work/main/.venv/bin/python -m repoagent graph "$1" --format json -o "/tmp/audit13/$2" --jobs 1 >/dev/null 2>&1
OUT="/tmp/audit13/$2" python3 -c '
import json,sys,os
g=json.load(open(os.environ["OUT"]))
for e in g["edges"]:
    s=e["caller"]+" -> "+e["callee"]
    if all(p in s for p in sys.argv[1:]): print(s, e["lines"])
' "${@:3}"
