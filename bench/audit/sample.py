"""Reproducible edge sampling for the call-graph precision audits, rounds 6 to 22 (one
script for all: each round differs only by its folder and its seed, SEEDS).

usage: python3 bench/audit/sample.py ROUND NAME VERSION [N=60]   (ROUND: audit6 ... audit22; VERSION: v1 or v2)
Reads /tmp/ROUND/NAME.VERSION.json (repoagent graph --format json), sorts edges by
(caller, callee), samples N uniformly with random.Random(SEEDS[ROUND]), and writes
/tmp/ROUND/NAME.VERSION.samples.txt with, per edge, the caller/callee locations (the
callee's signature too) and the source lines of each call line. Verdicts already in /tmp/ROUND/NAME.verdicts
(`caller -> callee: TRUE|FALSE|UNSURE: reason`, keyed by the pair) are filled in;
a reused verdict is marked `(reused; lines changed: ...)` when the pair's call lines
differ from the lines recorded with it (NAME.verdict_lines), so it gets re-checked.
"""
import json, random, sys, os, re

#: Each round's seed, as its RESULTS.txt records it (audit6: 20261210, audit7: 20261211,
#: audit8: 20261207, audit9: 20261208 ... audit16: 20261215, audit17: 20261216,
#: audit18: 20261217, audit19: 20261218, audit20: 20261219, audit21: 20261220,
#: audit22: 20261221).
SEEDS = {"audit6": 20261210, "audit7": 20261211, "audit8": 20261207} | {
    f"audit{number}": 20261199 + number for number in range(9, 23)
}

audit, name, ver = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 60
root = f"/tmp/{audit}/{name}"
g = json.load(open(f"{root}.{ver}.json"))
nodes = {x["id"]: x for x in g["nodes"]}
edges = sorted(g["edges"], key=lambda e: (e["caller"], e["callee"]))
print(f"{name} {ver}: nodes={len(g['nodes'])} edges={len(edges)} warnings={len(g['warnings'])}")
sample = random.Random(SEEDS[audit]).sample(edges, min(n, len(edges)))
verdicts, vlines = {}, {}
if os.path.exists(f"{root}.verdicts"):
    for line in open(f"{root}.verdicts"):
        m = re.match(r"(\S+) -> (\S+): (TRUE|FALSE|UNSURE): ?(.*)", line.rstrip("\n"))
        if m:
            verdicts[(m[1], m[2])] = (m[3], m[4])
if os.path.exists(f"{root}.verdict_lines"):
    for line in open(f"{root}.verdict_lines"):
        a, b, ls = line.split()
        vlines[(a, b)] = ls
out, reused = [], 0
for i, e in enumerate(sample, 1):
    c, t = nodes[e["caller"]], nodes[e["callee"]]
    src = open(os.path.join(root, c["file"]), encoding="utf-8", errors="replace").read().splitlines()
    out.append(f"#{i} {e['caller']} -> {e['callee']}")
    out.append(f"   caller {c['file']}:{c['lines'][0]}-{c['lines'][1]}  callee {t['kind']} {t['file']}:{t['lines'][0]}  {(t.get('signature') or '')[:140]}")
    for ln in e["lines"]:
        out.append(f"   L{ln}: {src[ln-1].strip()}")
    key = (e["caller"], e["callee"])
    ls = ",".join(map(str, e["lines"]))
    if key in verdicts:
        v, why = verdicts[key]
        note = ""
        if key in vlines and vlines[key] != ls:
            note = f" (reused; lines changed: {vlines[key]} -> {ls})"
        elif ver != "v1":
            note = " (reused)"
        out.append(f"   VERDICT: {v}{note}" + (f" -- {why}" if why else ""))
        reused += 1
    else:
        out.append("   VERDICT: ")
open(f"{root}.{ver}.samples.txt", "w").write("\n".join(out) + "\n")
# record the call lines of every sampled pair (for later reuse checks)
with open(f"{root}.{ver}.sample_lines", "w") as f:
    for e in sample:
        f.write(f"{e['caller']} {e['callee']} {','.join(map(str, e['lines']))}\n")
print(f"  reused verdicts: {reused}/{len(sample)}")
