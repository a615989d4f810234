"""Reproducible edge sampling for the audit3 call-graph precision audit.

usage: python3 sample.py NAME [N=60]
Reads /tmp/audit3/NAME.json (repoagent graph --format json), sorts edges by
(caller, callee), samples N uniformly with random.Random(20261206), and writes
/tmp/audit3/NAME.samples.txt with, per edge, the caller/callee locations and the
source lines of each call line, plus a blank VERDICT field to fill in.
"""
import json, random, sys, os

name = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
root = f"/tmp/audit3/{name}"
g = json.load(open(f"{root}.json"))
nodes = {x["id"]: x for x in g["nodes"]}
edges = sorted(g["edges"], key=lambda e: (e["caller"], e["callee"]))
print(f"{name}: nodes={len(g['nodes'])} edges={len(edges)} warnings={len(g['warnings'])}")
sample = random.Random(20261206).sample(edges, min(n, len(edges)))
out = []
for i, e in enumerate(sample, 1):
    c, t = nodes[e["caller"]], nodes[e["callee"]]
    src = open(os.path.join(root, c["file"]), encoding="utf-8", errors="replace").read().splitlines()
    out.append(f"#{i} {e['caller']} -> {e['callee']}")
    out.append(f"   caller {c['file']}:{c['lines'][0]}-{c['lines'][1]}  callee {t['kind']} {t['file']}:{t['lines'][0]}")
    for ln in e["lines"]:
        out.append(f"   L{ln}: {src[ln-1].strip()}")
    out.append("   VERDICT: ")
open(f"{root}.samples.txt", "w").write("\n".join(out) + "\n")
