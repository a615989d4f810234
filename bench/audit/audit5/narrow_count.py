"""Count edges of the NARROW cause: a call on a name x inside the branch where
`isinstance(x, C)` is false, drawn to a method of C (x is never a C there).
usage: python3 narrow_count.py NAME   (reads /tmp/audit5/NAME.v1.json and /tmp/audit5/NAME)"""
import ast, json, os, sys
name = sys.argv[1]
root = f"/tmp/audit5/{name}"
g = json.load(open(f"{root}.v1.json"))
nodes = {n["id"]: n for n in g["nodes"]}
BUILTINS = {"iter", "next", "len", "str", "repr", "bool", "hash", "list", "tuple", "sorted", "int", "float"}
neg = {}   # (file, line) -> set of (class simple names)
def names_in(test):
    """(var, [class names], positive?) for isinstance(var, C|(C1, C2)) / not isinstance(...)"""
    pos = True
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, pos = test.operand, False
    if isinstance(test, ast.Call) and getattr(test.func, "id", "") == "isinstance" and len(test.args) == 2 \
            and isinstance(test.args[0], ast.Name):
        t = test.args[1]
        elts = t.elts if isinstance(t, ast.Tuple) else [t]
        cls = [e.id if isinstance(e, ast.Name) else getattr(e, "attr", None) for e in elts]
        return test.args[0].id, [c for c in cls if c], pos
    return None
def uses(stmts, var):
    lines = set()
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, ast.Call):
                f = n.func
                if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == var:
                    lines.add(n.lineno)
                if isinstance(f, ast.Name) and f.id in BUILTINS and any(isinstance(a, ast.Name) and a.id == var for a in n.args):
                    lines.add(n.lineno)
            if isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.Name) and n.iter.id == var:
                lines.add(getattr(n, "lineno", None) or n.iter.lineno)
    return lines
for f in {n["file"] for n in g["nodes"]}:
    if not f.endswith(".py"):
        continue
    tree = ast.parse(open(os.path.join(root, f)).read())
    for n in ast.walk(tree):
        if isinstance(n, ast.If):
            r = names_in(n.test)
            if not r:
                continue
            var, cls, pos = r
            branch = n.orelse if pos else n.body
            for ln in uses(branch, var):
                neg.setdefault((f, ln), set()).update(cls)
hits = []
for e in g["edges"]:
    c, t = nodes[e["caller"]], e["callee"]
    parts = t.split(".")
    for ln in e["lines"]:
        cls = neg.get((c["file"], ln))
        if cls and any(p in cls for p in parts[:-1] + ([parts[-1]] if nodes[t]["kind"] == "class" else [])):
            hits.append((e["caller"], t, ln))
for h in hits:
    print(*h)
print(name, "NARROW edges:", len(hits))
