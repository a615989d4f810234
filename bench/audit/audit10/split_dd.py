"""Probe for BUILTIN-CTOR-MERGE: give each defaultdict(...) / empty set()/list()/dict() call its own helper function."""
import re, sys, pathlib
n = 0
for p in pathlib.Path(sys.argv[1]).rglob("*.py"):
    s = p.read_text(encoding="utf-8")
    helpers = []
    def rep(m):
        global n
        n += 1
        kind = m[1]
        if kind == "defaultdict":
            helpers.append(f"def _audit10_h{n}(f):\n    import collections\n    return collections.defaultdict(f)\n")
            return f"_audit10_h{n}("
        helpers.append(f"def _audit10_h{n}():\n    return {kind}()\n")
        return f"_audit10_h{n}("
    t = re.sub(r"(?<![\w.])(defaultdict)\(", rep, s)
    t = re.sub(r"(?<![\w.])(set|list|dict)\((?=\))", rep, t)
    if t != s:
        p.write_text(t + "\n\n" + "\n\n".join(helpers), encoding="utf-8")
        print("rewrote", p)
