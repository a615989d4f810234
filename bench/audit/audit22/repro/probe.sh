#!/bin/sh
# Graph each repro with the branch's repoagent (run from a folder with no repoagent/ in it),
# print its edges and run its main().
R=$(cd "$(dirname "$0")" && pwd)
WT=${WT:-/work/h-audit22}
PY=${PY:-/work/main/.venv/bin/python}
cd /tmp || exit 1
for n in object_setattr new_returns_subclass isinstance_early_return correlated_branch rebound_under_if; do
  echo "== $n"
  rm -f "/tmp/audit22_repro_$n.json"
  PYTHONPATH=$WT $PY -m repoagent graph "$R/$n/$n" --format json -o "/tmp/audit22_repro_$n.json" --jobs 1 >/dev/null 2>"/tmp/audit22_repro_$n.err"
  echo "graph exit code $?; last stderr line: $(tail -n 1 /tmp/audit22_repro_$n.err | sed "s#$R#REPRO#")"
  if [ -s "/tmp/audit22_repro_$n.json" ]; then
    $PY -c "import json,sys; g=json.load(open(sys.argv[1])); [print(e['caller'],'->',e['callee'],e['lines']) for e in g['edges']]; print('warnings', g['warnings'])" "/tmp/audit22_repro_$n.json"
  fi
  (cd "$R/$n" && $PY -c "import $n; print('main() ->', $n.main())")
  rm -rf "$R/$n/$n/.repoagent" "$R/$n/$n/__pycache__"
done
