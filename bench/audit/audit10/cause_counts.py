"""Whole-graph counts of the causes of audit9's false edges (run after the verdicts).
usage: python3 cause_counts.py   (reads /tmp/audit9/NAME.v1.json and the sources in /tmp/audit9/NAME)
Each rule lists the edges of one cause; the rules are written for these graphs, not in general;
every listed edge was checked against the source (see RESULTS.txt)."""
import ast, json, os, re

ROOT = "/tmp/audit9"

def graph(name):
    return json.load(open(f"{ROOT}/{name}.v1.json"))

def edges(g):
    return [(e["caller"], e["callee"], tuple(e["lines"])) for e in g["edges"]]

causes = {}
def add(cause, name, rows):
    causes.setdefault(cause, []).extend((name, *r) for r in rows)

_src = {}
def line(name, g, caller, ln):
    f = next(n["file"] for n in g["nodes"] if n["id"] == caller)
    if (name, f) not in _src:
        _src[name, f] = open(os.path.join(ROOT, name, f), encoding="utf-8").read().splitlines()
    return _src[name, f][ln - 1]

# PROPERTY-CALL-MERGE: `a = property(fa, sa)` and `b = property(fb, sb)` in one class body merge,
# so a read of `.a` also runs fb and a store into `.a` also runs sb.  An edge to a getter/setter
# is listed when none of its lines reads (stores) that getter's (setter's) property by name nor
# calls the function by name.
def property_merge(name):
    g = graph(name)
    roles = {}
    for n in g["nodes"]:
        if n["kind"] != "class":
            continue
        tree = ast.parse(open(os.path.join(ROOT, name, n["file"]), encoding="utf-8").read())
        for c in ast.walk(tree):
            if isinstance(c, ast.ClassDef) and c.lineno == n["lines"][0]:
                for st in c.body:
                    if (isinstance(st, ast.Assign) and isinstance(st.value, ast.Call)
                            and isinstance(st.value.func, ast.Name) and st.value.func.id == "property"):
                        for i, a in enumerate(st.value.args[:2]):
                            if isinstance(a, ast.Name):
                                roles.setdefault(f"{n['id']}.{a.id}", []).append(
                                    (st.targets[0].id, "get" if i == 0 else "set"))
    out = []
    for caller, callee, lines in edges(g):
        if callee not in roles:
            continue
        fn = callee.rsplit(".", 1)[1]
        ok = False
        for ln in lines:
            s = line(name, g, caller, ln)
            ok |= bool(re.search(r"\b" + re.escape(fn) + r"\s*\(", s))
            for prop, role in roles[callee]:
                if role == "get":
                    ok |= bool(re.search(r"\." + prop + r"\b(?!\s*=[^=])", s))
                else:
                    ok |= bool(re.search(r"\." + prop + r"\s*=[^=]", s))
        if not ok:
            out.append((caller, callee, lines))
    return out

for name in ("deepdiff", "html5lib", "mako", "sortedcontainers", "voluptuous"):
    add("PROPERTY-CALL-MERGE", name, property_merge(name))

# VISITOR-DISPATCH (mako): Node.accept_visitor calls getattr(visitor, "visit" + class name);
# every visit* method gets the Node cone as `node`.  visitX's node is an X (visitCallTag also
# gets CallNamespaceTag from visitCallNamespaceTag); an edge to a parsetree method that X's MRO
# does not resolve the name to is false.  Downstream: check_declared(node) is called only from
# visitExpression/ControlLine/Code/IncludeTag/PageTag; write_toplevel's module_code holds Code.
M = graph("mako")
tree = ast.parse(open(f"{ROOT}/mako/parsetree.py").read())
bases, methods = {}, {}
for c in tree.body:
    if isinstance(c, ast.ClassDef):
        bases[c.name] = [b.id for b in c.bases if isinstance(b, ast.Name)]
        methods[c.name] = {s.name for s in c.body if isinstance(s, ast.FunctionDef)} | {
            t.id for s in c.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)}
def mro(c):
    out = [c]
    for b in bases.get(c, []):
        out += [x for x in mro(b) if x not in out]
    return out
def runs(classes, meth):
    return {next((k for k in mro(c) if meth in methods.get(k, ())), None) for c in classes}
rows = []
for caller, callee, lines in edges(M):
    parts = callee.split(".")
    if not callee.startswith("mako.parsetree.") or len(parts) != 4 or parts[2] not in bases:
        continue
    last = caller.rsplit(".", 1)[1]
    m = re.match(r"visit([A-Z]\w*)$", last)
    if m and m[1] in bases and caller.startswith("mako.codegen._Identifiers."):
        node = {m[1]} | ({"CallNamespaceTag"} if m[1] == "CallTag" else set())
    elif caller == "mako.codegen._Identifiers.check_declared":
        node = {"Expression", "ControlLine", "Code", "IncludeTag", "PageTag"}
    elif caller == "mako.codegen._GenerateRenderMethod.write_toplevel" and lines == (207,):
        node = {"Code"}
    else:
        continue
    if parts[2] not in runs(node, parts[3]):
        rows.append((caller, callee, lines))
add("VISITOR-DISPATCH", "mako", rows)

# DESCRIPTOR-MERGE (mako): one memoized_property.__get__ returns what every fget returns, so
# Template.reserved_names / Template.cache reads may give Namespace.attr's _NSAttr, and an
# attribute read on them runs _NSAttr.__getattr__.  No code of the package reads `.attr`.
add("DESCRIPTOR-MERGE", "mako", [e for e in edges(M) if e[1] == "mako.runtime._NSAttr.__getattr__"])

# METACLASS-REBIND (mako): _TagMeta.__call__'s `cls` is Tag when Tag(...) is called, then rebound
# to a registered subclass; every registered subclass writes its own __init__.
add("METACLASS-REBIND", "mako", [e for e in edges(M)
    if e[0] == "mako.parsetree._TagMeta.__call__" and e[1] == "mako.parsetree.Tag.__init__"])

# MERGE-ATTR: one attribute for all instances of a class.
V = graph("voluptuous")
# Schema._compiled of the Schema whose _compile makes the Self lambda is a container's validator
# (or a _WithSubValidators' _run), never a scalar one
add("MERGE-ATTR", "voluptuous", [e for e in edges(V) if e[0] == "voluptuous.schema_builder.Schema._compile"
    and e[2] == (216,) and e[1].startswith("voluptuous.schema_builder._compile_scalar.")])
H = graph("html5lib")
# base.TreeBuilder.document holds every tree builder's document; the dom builder's is a proxy of
# itself, etree_lxml overrides insertRoot/insertDoctype
wrong = {("html5lib.treebuilders.base.TreeBuilder.insertDoctype", "html5lib.treebuilders.etree_lxml.Document.appendChild"),
         ("html5lib.treebuilders.base.TreeBuilder.insertRoot", "html5lib.treebuilders.etree_lxml.Document.appendChild"),
         ("html5lib.treebuilders.dom.getDomBuilder.TreeBuilder.insertDoctype", "html5lib.treebuilders.etree.getETreeBuilder.Element.appendChild"),
         ("html5lib.treebuilders.dom.getDomBuilder.TreeBuilder.insertDoctype", "html5lib.treebuilders.etree_lxml.Document.appendChild")}
add("MERGE-ATTR", "html5lib", [e for e in edges(H) if (e[0], e[1]) in wrong])

for cause, rows in causes.items():
    per = {}
    for r in rows:
        per[r[0]] = per.get(r[0], 0) + 1
    print(f"{cause}: {len(rows)} edges  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    for r in rows:
        print(f"    {r[0]}: {r[1]} -> {r[2]} {list(r[3])}")
