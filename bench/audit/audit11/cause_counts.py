"""Whole-graph counts of the causes of audit11's false edges (run after the verdicts).
usage: python3 cause_counts.py   (reads /tmp/audit11/NAME.v1.json and the sources /tmp/audit11/NAME)
The rules are written for these graphs, not in general; every listed edge was checked against
the source (see RESULTS.txt).  ANNOT-TUPLE is counted by a rewriting probe (annot_tuple_probe.py)
and read from /tmp/audit11/annot_tuple_probe.txt when it exists."""
import ast, json, os, re

ROOT = "/tmp/audit11"
PKGS = ["jmespath", "icalendar", "statemachine", "dogpile", "rsa"]


def graph(name):
    return json.load(open(f"{ROOT}/{name}.v1.json"))


def edges(name):
    return [(e["caller"], e["callee"], tuple(e["lines"])) for e in graph(name)["edges"]]


def classes(name):
    """class id -> list of base class ids (bases matched by simple name within the graph)."""
    g = graph(name)
    cls = [n for n in g["nodes"] if n["kind"] == "class"]
    by_simple = {}
    for n in cls:
        by_simple.setdefault(n["id"].rsplit(".", 1)[1], []).append(n["id"])
    out = {}
    for n in cls:
        m = re.match(r"class \w+\((.*)\)", n["signature"] or "")
        bases = []
        if m:
            for b in m[1].split(","):
                b = b.strip().split("[")[0].rsplit(".", 1)[-1]
                bases += by_simple.get(b, [])
        out[n["id"]] = bases
    return out


def ancestors(c, hier, seen=None):
    seen = set() if seen is None else seen
    for b in hier.get(c, []):
        if b not in seen:
            seen.add(b)
            ancestors(b, hier, seen)
    return seen


def body_kind(name, node):
    """'doc' for a body of only a docstring/pass/..., 'raise' for only raise NotImplementedError."""
    src = open(os.path.join(ROOT, name, node["file"]), encoding="utf-8").read()
    for f in ast.walk(ast.parse(src)):
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.lineno <= node["lines"][0] <= f.body[0].lineno \
                and f.name == node["id"].rsplit(".", 1)[1].split("~")[0]:
            body = f.body
            if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
                    and isinstance(body[0].value.value, str):
                body = body[1:]
            if all(isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                                               and s.value.value is Ellipsis) for s in body):
                return "doc"
            if len(body) == 1 and isinstance(body[0], ast.Raise) and body[0].exc is not None:
                e = body[0].exc
                e = e.func if isinstance(e, ast.Call) else e
                if isinstance(e, ast.Name) and e.id == "NotImplementedError":
                    return "raise"
            return None
    return None


def instantiated(name, C):
    """`Simple(` appears in the package's source other than as `class Simple(`."""
    simple = C.rsplit(".", 1)[1]
    for dp, _, fs in os.walk(os.path.join(ROOT, name)):
        for f in fs:
            if f.endswith(".py"):
                for line in open(os.path.join(dp, f), encoding="utf-8"):
                    if re.search(r"(?<![\w.])" + simple + r"\(", line) and not line.lstrip().startswith("class "):
                        return True
    return False


causes = {}


def add(cause, name, rows):
    causes.setdefault(cause, []).extend((name, *r) for r in rows)


# CTX-HELPER-RETURN (rsa): AbstractKey.load_pkcs1 and save_pkcs1 both pass their dict of bound
# methods to the static _assert_format_exists, whose return (methods[fmt]) merges both dicts.
K = "rsa.key."
add("CTX-HELPER-RETURN", "rsa", [e for e in edges("rsa")
    if (e[0] == K + "AbstractKey.load_pkcs1" and "._save_pkcs1_" in e[1])
    or (e[0] == K + "AbstractKey.save_pkcs1" and "._load_pkcs1_" in e[1])])

# CTX-CLS-SUPER (icalendar): `x = super().new(...)` in a component's classmethod `new`; the
# base Component.new's `cls(...)` merges every class that calls it, so attribute writes/reads
# on x reach other components' properties.  Rule: caller a classmethod .new of class C, callee
# a method of a component class D that is neither C, an ancestor of C, nor a subclass of C.
for name in PKGS:
    hier = classes(name)
    nodes = {n["id"]: n for n in graph(name)["nodes"]}
    rows = []
    for e in edges(name):
        if not e[0].endswith(".new"):
            continue
        C = e[0].rsplit(".", 1)[0]
        if C not in hier:
            continue
        D = e[1].split("~")[0].rsplit(".", 1)[0]
        if not D.startswith("icalendar.cal.") or D not in hier or D == C or D in ancestors(C, hier) or C in ancestors(D, hier):
            continue
        rows.append(e)
    add("CTX-CLS-SUPER", name, rows)

# CTX-HOOK-MERGE (statemachine): build_expression's variable_hook parameter merges the
# dispatcher's take_callback partial (which may give allways_true) with the io evaluators'
# variable_hook / cond_variable_hook; callables compiled by io/ evaluators then seem to hold
# allways_true.  Rule: an edge to callbacks.allways_true from statemachine.io.*, or from a
# spec_parser closure only parse_expr builds (collection, dict, subscript, attribute, binop,
# unaryop), which the boolean dispatcher parser never builds.
VALUE_ONLY = tuple(f"statemachine.spec_parser.build_{k}.decorated" for k in
                   ("collection", "dict", "subscript", "attribute", "binop", "unaryop"))
add("CTX-HOOK-MERGE", "statemachine", [e for e in edges("statemachine")
    if e[1] == "statemachine.callbacks.allways_true"
    and (e[0].startswith("statemachine.io.") or e[0] in VALUE_ONLY)])

# DOCSTRING-ONLY-STUB (documented limit): a callee whose body is only a docstring (or pass/...),
# not in a Protocol, that every repository subclass of its class overrides (and has >= 1).
# STUB-MID-CONE (bug): a callee whose body only raises NotImplementedError, that every
# subclass overrides (>= 1), and whose class has a repository ancestor defining the same name
# (the stub sits inside the cone of an annotation/base, not at its root).
for name in PKGS:
    g = graph(name)
    hier = classes(name)
    nodes = {n["id"]: n for n in g["nodes"]}
    subs = {}
    for c in hier:
        for a in ancestors(c, hier):
            subs.setdefault(a, set()).add(c)
    methods = {n["id"] for n in g["nodes"] if n["kind"] == "method"}
    doc_rows, mid_rows = [], []
    kinds = {}
    for e in g["edges"]:
        t = e["callee"]
        if t not in methods:
            continue
        C, m = t.rsplit(".", 1)
        if C not in hier or "Protocol" in (nodes[C]["signature"] or ""):
            continue
        if instantiated(name, C):   # the class itself is made somewhere: its no-op runs
            continue
        if t not in kinds:
            kinds[t] = body_kind(name, nodes[t])
        k = kinds[t]
        if k is None:
            continue
        direct = [s for s in subs.get(C, ()) if C in hier[s]]
        if not direct:
            continue

        def overrides(s):
            return f"{s}.{m}" in methods or any(f"{b}.{m}" in methods for b in ancestors(s, hier)
                                                if b not in ancestors(C, hier) and b != C)
        if not all(overrides(s) for s in direct):
            continue
        row = (e["caller"], t, tuple(e["lines"]))
        if k == "doc":
            doc_rows.append(row)
        elif any(f"{a}.{m}" in methods for a in ancestors(C, hier)):
            mid_rows.append(row)
    add("DOCSTRING-ONLY-STUB", name, doc_rows)
    add("STUB-MID-CONE", name, mid_rows)

# SHADOWED-DESCRIPTOR (dogpile, documented: flow-insensitive): CacheRegion._create_mutex reads
# self.backend only after configure() stored it on the instance, so the non-data
# memoized_property's __get__ never runs there.
add("SHADOWED-DESCRIPTOR", "dogpile", [e for e in edges("dogpile")
    if e[0] == "dogpile.cache.region.CacheRegion._create_mutex"
    and e[1] == "dogpile.util.langhelpers.memoized_property.__get__"])

# NO-NARROWING (documented): dogpile `value.payload` after `_is_cache_miss(value)` raised for
# NO_VALUE (get_or_create.get_value L1046) or under `if value is not NO_VALUE` (get_multi
# L899); the other NoValue.payload edges (get L784, get_or_create_multi.get_value L1165 in the
# miss branch) are true, get_or_create_multi L1252 is left out (not settled); statemachine `func == other` on callables filtered by
# isinstance/callable from a class body (factory._same_callable -> State/InstanceState.__eq__).
add("NO-NARROWING", "dogpile", [e for e in edges("dogpile")
    if e[1] == "dogpile.cache.api.NoValue.payload"
    and e[0] in ("dogpile.cache.region.CacheRegion.get_or_create.get_value",
                 "dogpile.cache.region.CacheRegion.get_multi")])
add("NO-NARROWING", "statemachine", [e for e in edges("statemachine")
    if e[0] == "statemachine.factory._same_callable" and e[1].endswith(".__eq__")])

for cause, rows in causes.items():
    per = {}
    for r in rows:
        per[r[0]] = per.get(r[0], 0) + 1
    print(f"{cause}: {len(rows)} edges  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    for r in rows:
        print(f"    {r[0]}: {r[1]} -> {r[2]} {list(r[3])}")
if os.path.exists(f"{ROOT}/annot_tuple_probe.txt"):
    print(open(f"{ROOT}/annot_tuple_probe.txt").read().rstrip())
