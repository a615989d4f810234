"""Count edges of the OVERRIDE cause in a graph: caller C.m reaches, through a `self.` call,
a method of a subclass D of C although D (or a class between D and C in D's MRO) overrides m
without calling super() -- so C.m never runs with self a D.
usage: python3 override_count.py NAME   (reads /tmp/audit5/NAME.v1.json and the source in /tmp/audit5/NAME)"""
import ast, json, os, sys
name = sys.argv[1]
root = f"/tmp/audit5/{name}"
g = json.load(open(f"{root}.v1.json"))
nodes = {n["id"]: n for n in g["nodes"]}
classes = {}   # qualified id -> (bases simple names, {method: calls super?})
simple = {}
for n in g["nodes"]:
    if n["kind"] != "class":
        continue
    src = open(os.path.join(root, n["file"])).read()
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.lineno == n["lines"][0] or (isinstance(node, ast.ClassDef) and node.decorator_list and node.decorator_list[0].lineno == n["lines"][0]):
            bases = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else None for b in node.bases]
            meths = {}
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    sup = any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == item.name
                              and (isinstance(c.func.value, ast.Call) and getattr(c.func.value.func, "id", "") == "super"
                                   or isinstance(c.func.value, ast.Name) and c.func.value.id != "self")
                              for c in ast.walk(item))
                    meths[item.name] = sup
                elif isinstance(item, ast.Assign):
                    for t in item.targets:
                        if isinstance(t, ast.Name):
                            meths[t.id] = False
            classes[n["id"]] = (bases, meths)
            simple.setdefault(n["id"].rsplit(".", 1)[1], []).append(n["id"])
            break
def mro_chain(d, c, seen=()):
    """classes from d up to (excluding) c along some base path, or None if c is not an ancestor"""
    if d == c:
        return []
    for b in classes.get(d, ([], {}))[0]:
        for bid in simple.get(b, []):
            if bid in seen:
                continue
            r = mro_chain(bid, c, seen + (d,))
            if r is not None:
                return [d] + r
    return None
hits = []
for e in g["edges"]:
    a, t = e["caller"], e["callee"]
    if "." not in a:
        continue
    cc, m = a.rsplit(".", 1)
    tc = t.rsplit(".", 1)[0]
    if cc not in classes or tc not in classes or cc == tc:
        continue
    chain = mro_chain(tc, cc)
    if not chain:
        continue
    if any(m in classes[k][1] and not classes[k][1][m] for k in chain):
        src = open(os.path.join(root, nodes[a]["file"])).read().splitlines()
        if any("self" in src[l - 1] for l in e["lines"]):
            hits.append((a, t, e["lines"]))
for h in hits:
    print(*h)
print(name, "OVERRIDE edges:", len(hits))
