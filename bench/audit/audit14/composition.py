"""Which sampled edges are calls by name and which needed a receiver or value (audit14; from audit13's).
usage: python3 composition.py   (reads NAME.v1.samples.txt beside this file; writes composition.txt)
By name: calls of module functions (also qualified via a module or imported under an alias), nested
functions and recursion by name (also a nested function passed by name to map), constructions and
raise X(...) of a named class (also where the class inherits its __init__, and in a class body),
module-level calls, decorators by name (class bodies, module-level classes), a method called on a
named class (Message.__init__(self, ...), ArrayHandler.handles(...)).
Everything else (self/cls/super(), properties and descriptors, parameters and attributes, values
returned by calls, dict/getattr tables, functions held in attributes or variables, dunders) needed
a receiver or value."""
import re, math

def wilson(k, n, z=1.96):
    p = k / n; d = 1 + z*z/n
    c = (p + z*z/(2*n)) / d; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    return c - h, c + h

BY_NAME = re.compile(r"^(module function|imported|util function|common\.read module function|pub function|"
                     r"module-level|nested function|nested generator function|recursion|construction|raise |"
                     r"class body Instance\(|class body pp = |class body decorator|main\(\) under|"
                     r"map\(get_unicode|explicit Message\.__init__|decode imported|getListenerArgs is|"
                     r"classmethod handles called in module body|ClassDefinition\(\.\.\.\) has)")
rows, out = [], []
for name in ["jsonpickle", "pyflakes", "pystache", "traitlets", "pubsub"]:
    cur = None
    for line in open(f"{name}.v1.samples.txt"):
        m = re.match(r"#(\d+) (\S+) -> (\S+)", line)
        if m: cur = (name, int(m[1]), m[2], m[3])
        m = re.match(r"\s+VERDICT: (\w+) -- (.*)", line)
        if m:
            kind = "name" if BY_NAME.match(m[2]) else "value"
            rows.append((*cur, m[1], kind, m[2]))
for kind in ("name", "value"):
    sel = [r for r in rows if r[5] == kind]
    t = sum(r[4] == "TRUE" for r in sel); f = sum(r[4] == "FALSE" for r in sel)
    lo, hi = wilson(t, t + f)
    out.append(f"{kind:5}: {len(sel)} edges, T={t} F={f} precision={t/(t+f):.1%} Wilson95=[{lo:.1%}, {hi:.1%}]")
out.append("")
for r in rows:
    out.append(f"{r[5]:5} {r[0]} #{r[1]} {r[4]}: {r[2]} -> {r[3]} -- {r[6]}")
open("composition.txt", "w").write("\n".join(out) + "\n")
print("\n".join(out[:2]))
