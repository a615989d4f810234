"""Which sampled edges are calls by name and which needed a receiver or value.
usage: python3 composition.py   (reads NAME.v1.samples.txt beside this file; writes composition.txt)
By name: direct calls of module functions (also qualified/aliased/re-exported), nested functions and
recursion by name, constructions and raise X(...) of a named class, explicit Base.__init__(self),
class-body calls.  Everything else (self/cls/super(), properties, descriptors, parameters,
attributes, containers, returned closures, getattr tables, dunders) needed a receiver or value."""
import re, math

def wilson(k, n, z=1.96):
    p = k / n; d = 1 + z*z/n
    c = (p + z*z/(2*n)) / d; h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    return c - h, c + h

BY_NAME = re.compile(r"^(module fn|module function|ast\.\w+|transform fn|core fn|common fn|compat fn|randnum fn|"
                     r"core\.\w+|common\.\w+|transform\.\w+|rsa\.[\w.]+|raise [\w.]+\(|raise exception|ctor|"
                     r"[\w.]+\(\S*\) ctor|[\w.]+\(\.\.\.\) (ctor|dataclass|instantiation)|.*dataclass instantiation|"
                     r"ParseError ctor|Parser\(\) ctor|GraphvizVisitor\(\) ctor|ast\.|nested fn|recursion|recursive|"
                     r"explicit AbstractKey|class body|called in class body|NamedTuple instantiation|"
                     r"raise \w+|.*Error\(\.\.\.\)|Parameters\(params\) ctor|Alarms\(self\) ctor|TransitionList\(\.\.\.\) ctor|"
                     r"State\(\) ctor|InState\(\.\.\.\) ctor|PubKeyHeader\(\) in class body|AsnPubKey\(\) instantiation|"
                     r"classmethod$|classmethod by class name|classmethod context manager|IncompleteExpressionError inherits|L89 ArityError|@memoized_property decorator|direct and via map|"
                     r"DiagramGraph\(\.\.\.\) instantiation|LogAction\(\.\.\.\)|SendAction\(\.\.\.\))")
rows, out = [], []
for name in ["jmespath", "icalendar", "statemachine", "dogpile", "rsa"]:
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
