"""Edges gone and new between two graphs (audit14; for the source-rewriting probes).
usage: python3 diffg.py OLD.json NEW.json   (edges keyed by (caller, callee, lines))"""
import json, sys
def load(p):
    g = json.load(open(p))
    return {(e["caller"], e["callee"]): tuple(e["lines"]) for e in g["edges"]}, len(g["warnings"])
a, wa = load(sys.argv[1]); b, wb = load(sys.argv[2])
gone = [(k, a[k]) for k in a if k not in b]
new = [(k, b[k]) for k in b if k not in a]
chg = [(k, a[k], b[k]) for k in a if k in b and a[k] != b[k]]
print(f"edges {len(a)} -> {len(b)}, warnings {wa} -> {wb}; gone {len(gone)}, new {len(new)}, lines changed {len(chg)}")
for (c, t), ls in gone: print(f"  - {c} -> {t} {list(ls)}")
for (c, t), ls in new: print(f"  + {c} -> {t} {list(ls)}")
for (c, t), x, y in chg: print(f"  ~ {c} -> {t} {list(x)} -> {list(y)}")
