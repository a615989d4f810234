"""Recall sample: list every call expression (ast.Call) in NAME's .py files,
shuffle with random.Random(20261206), print the first N with their line, for manual
judgement (keep the first 20 whose target is a function/method of the package).
usage: python3 recall.py NAME [N=80]"""
import ast, os, random, sys, json
name = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 80
root = f"/tmp/audit3/{name}"
calls = []
for d, _, fs in os.walk(root):
    if '.repoagent' in d: continue
    for f in sorted(fs):
        if not f.endswith('.py'): continue
        p = os.path.join(d, f); rel = os.path.relpath(p, root)
        src = open(p, encoding='utf-8').read()
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Call):
                calls.append((rel, node.lineno, ast.unparse(node.func)))
calls.sort()
random.Random(20261206).shuffle(calls)
g = json.load(open(f"{root}.json"))
nodes = {x['id']: x for x in g['nodes']}
byline = {}
for e in g['edges']:
    f = nodes[e['caller']]['file']
    for ln in e['lines']:
        byline.setdefault((f, ln), []).append(e['callee'])
for i, (rel, ln, fn) in enumerate(calls[:n], 1):
    print(f"{i:3} {rel}:{ln}  {fn}(...)   graph: {byline.get((rel, ln), [])}")
