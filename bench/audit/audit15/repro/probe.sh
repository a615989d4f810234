#!/bin/sh
# Graph each repro with the worktree's repoagent (run from a folder with no repoagent/ in it)
# and print its edges; then run the program to show what really happens.
R=$(cd "$(dirname "$0")" && pwd)
WT=${WT:-/work/wt-audit15}
PY=${PY:-/work/main/.venv/bin/python}
cd /tmp || exit 1
for n in rebind_param dict_key_param classbody_order; do
  echo "== $n"
  PYTHONPATH=$WT $PY -m repoagent graph "$R/$n/$n" --format json -o "/tmp/audit15_repro_$n.json" --jobs 1 >/dev/null 2>&1
  $PY -c "import json,sys; g=json.load(open(sys.argv[1])); [print(e['caller'],'->',e['callee'],e['lines']) for e in g['edges']]; print('warnings', g['warnings'])" "/tmp/audit15_repro_$n.json"
done
