"""Record verdicts for sampled edges into the reusable table /tmp/ROUND/NAME.verdicts
(the call-graph precision audits, rounds 4 to 22: one script for all).
usage: python3 bench/audit/judge.py ROUND NAME VERSION JUDGMENTS   (lines: '<i> T|F|U [reason]', i = sample number)
Each verdict is stored as `caller -> callee: TRUE|FALSE|UNSURE: reason`, keyed by the pair
(a new verdict for a pair replaces the old one), its call lines in NAME.verdict_lines;
then run sample.py ROUND NAME VERSION again to fill the samples file.
"""
import sys, re, os
audit, name, ver, jf = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
root = f"/tmp/{audit}/{name}"
pairs = {}
for line in open(f"{root}.{ver}.samples.txt"):
    m = re.match(r"#(\d+) (\S+) -> (\S+)", line)
    if m: pairs[int(m[1])] = (m[2], m[3])
lines = {}
for line in open(f"{root}.{ver}.sample_lines"):
    a, b, ls = line.split(); lines[(a, b)] = ls
table, tl = {}, {}
if os.path.exists(f"{root}.verdicts"):
    for line in open(f"{root}.verdicts"):
        m = re.match(r"(\S+) -> (\S+): (TRUE|FALSE|UNSURE): ?(.*)", line.rstrip("\n"))
        if m: table[(m[1], m[2])] = (m[3], m[4])
if os.path.exists(f"{root}.verdict_lines"):
    for line in open(f"{root}.verdict_lines"):
        a, b, ls = line.split(); tl[(a, b)] = ls
for line in open(jf):
    line = line.strip()
    if not line or line.startswith('#'): continue
    parts = line.split(None, 2)
    key = pairs[int(parts[0])]
    table[key] = (dict(T='TRUE', F='FALSE', U='UNSURE')[parts[1]], parts[2] if len(parts) > 2 else '')
    tl[key] = lines[key]
with open(f"{root}.verdicts", "w") as f:
    for (a, b), (v, why) in sorted(table.items()):
        f.write(f"{a} -> {b}: {v}: {why}\n")
with open(f"{root}.verdict_lines", "w") as f:
    for (a, b), ls in sorted(tl.items()):
        f.write(f"{a} {b} {ls}\n")
print(name, "verdicts in table:", len(table))
