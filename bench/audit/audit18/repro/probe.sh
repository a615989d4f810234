#!/bin/sh
# Graph each repro with the branch's repoagent (run from a folder with no repoagent/ in it)
# and print its edges.
R=$(cd "$(dirname "$0")" && pwd)
WT=${WT:-/work/h-audit18}
PY=${PY:-/work/main/.venv/bin/python}
cd /tmp || exit 1
for n in cls_attr_merge setter_attr_merge self_cone_return shared_wrapper_func; do
  echo "== $n"
  PYTHONPATH=$WT $PY -m repoagent graph "$R/$n/$n" --format json -o "/tmp/audit18_repro_$n.json" --jobs 1 >/dev/null 2>&1
  $PY -c "import json,sys; g=json.load(open(sys.argv[1])); [print(e['caller'],'->',e['callee'],e['lines']) for e in g['edges']]; print('warnings', g['warnings'])" "/tmp/audit18_repro_$n.json"
  (cd "$R/$n" && $PY -c "import $n; print('main() ->', $n.main())")
done
