"""Probe (audit10, BUILTIN-CTOR-MERGE): rewrite empty list()/dict()/set() calls and builtin defaultdict factories to literal forms; made no difference to the five graphs (set() stays merged, and defaultdict calls merge too; see split_dd.py)."""
import re, sys, pathlib
for p in pathlib.Path(sys.argv[1]).rglob("*.py"):
    s = p.read_text(encoding="utf-8")
    t = re.sub(r"defaultdict\(set\)", "defaultdict(lambda: {*()})", s)
    t = re.sub(r"defaultdict\(list\)", "defaultdict(lambda: [])", t)
    t = re.sub(r"defaultdict\(dict\)", "defaultdict(lambda: {})", t)
    t = re.sub(r"(?<![\w.])set\(\)", "{*()}", t)
    t = re.sub(r"(?<![\w.])list\(\)", "[]", t)
    t = re.sub(r"(?<![\w.])dict\(\)", "{}", t)
    if t != s:
        p.write_text(t, encoding="utf-8")
        print("rewrote", p)
