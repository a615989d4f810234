"""Recall from the code side (audit6, optional step): random call sites of a package.
usage: python3 recall.py NAME [N=60]
Lists call expressions (ast.Call) of /tmp/audit6/NAME/**/*.py in an order drawn with
random.Random(20261210).shuffle over the calls sorted by (file, line, col), each with the
callees the graph (/tmp/audit6/NAME.v1.json) lists on that line for the caller in that file.
The auditor takes the first 20 whose target is the package's own function/method/class and
records HIT (the graph has the edge to the right callee) or MISS in NAME.recall."""
import ast, json, os, random, sys
name = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
root = f"/tmp/audit6/{name}"
g = json.load(open(f"{root}.v1.json"))
nodes = {x["id"]: x for x in g["nodes"]}
online = {}
for e in g["edges"]:
    c = nodes[e["caller"]]
    for ln in e["lines"]:
        online.setdefault((c["file"], ln), []).append(e["callee"])
calls = []
for dp, dn, fn in os.walk(root):
    dn[:] = sorted(d for d in dn if d != ".repoagent")
    for f in sorted(fn):
        if not f.endswith(".py"):
            continue
        p = os.path.join(dp, f); rel = os.path.relpath(p, root)
        src = open(p, encoding="utf-8").read()
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Call):
                calls.append((rel, node.lineno, node.col_offset, ast.get_source_segment(src, node.func) or "?"))
calls.sort()
random.Random(20261210).shuffle(calls)
for i, (rel, ln, col, func) in enumerate(calls[:n], 1):
    print(f"#{i} {rel}:{ln}:{col}  {func[:80]}(...)  graph: {sorted(set(online.get((rel, ln), [])))}")
