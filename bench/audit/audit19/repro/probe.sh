#!/bin/sh
# Graph each repro with the branch's repoagent (run from a folder with no repoagent/ in it)
# and print its edges (for deepcopy_tuple_crash, the graph's last stderr line).
R=$(cd "$(dirname "$0")" && pwd)
WT=${WT:-/work/h-audit19}
PY=${PY:-/work/main/.venv/bin/python}
cd /tmp || exit 1
for n in typing_stub_body fstring_error_subject partial_merge deepcopy_tuple_crash; do
  echo "== $n"
  rm -f "/tmp/audit19_repro_$n.json"
  PYTHONPATH=$WT $PY -m repoagent graph "$R/$n/$n" --format json -o "/tmp/audit19_repro_$n.json" --jobs 1 >/dev/null 2>"/tmp/audit19_repro_$n.err"
  echo "graph exit code $?; last stderr line: $(tail -n 1 /tmp/audit19_repro_$n.err | sed "s#$R#REPRO#")"
  if [ -s "/tmp/audit19_repro_$n.json" ]; then
    $PY -c "import json,sys; g=json.load(open(sys.argv[1])); [print(e['caller'],'->',e['callee'],e['lines']) for e in g['edges']]; print('warnings', g['warnings'])" "/tmp/audit19_repro_$n.json"
  fi
  (cd "$R/$n" && $PY -c "import $n; print('main() ->', $n.main())")
done
