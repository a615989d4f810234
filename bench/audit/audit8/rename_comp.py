"""Copy a package tree, giving every comprehension's target names a unique suffix
(Python 3 semantics unchanged; line numbers unchanged)."""
import ast, sys, shutil, os
src, dst = sys.argv[1], sys.argv[2]
if os.path.exists(dst): shutil.rmtree(dst)
shutil.copytree(src, dst, ignore=shutil.ignore_patterns('.repoagent'))
COMPS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
def targets(node):
    out = set()
    for g in node.generators:
        for n in ast.walk(g.target):
            if isinstance(n, ast.Name): out.add(n.id)
    return out
def collect(node, names, acc):
    # Name nodes in node referring to comprehension-bound `names`
    if isinstance(node, COMPS):
        inner = targets(node)
        # first iterable evaluated in our scope
        collect(node.generators[0].iter, names, acc)
        rest = names - inner
        for g in node.generators:
            collect(g.target, rest, acc)
            for i in g.ifs: collect(i, rest, acc)
        for g in node.generators[1:]: collect(g.iter, rest, acc)
        for f in ('elt', 'key', 'value'):
            if getattr(node, f, None) is not None: collect(getattr(node, f), rest, acc)
        return
    if isinstance(node, ast.Lambda):
        args = {a.arg for a in node.args.args + node.args.kwonlyargs + node.args.posonlyargs}
        names = names - args
    if isinstance(node, ast.Name) and node.id in names:
        acc.append(node); return
    for c in ast.iter_child_nodes(node): collect(c, names, acc)
counter = [0]
def process(path):
    text = open(path, encoding='utf-8').read()
    try: tree = ast.parse(text)
    except SyntaxError: return 0
    edits = []
    for node in ast.walk(tree):
        if isinstance(node, COMPS):
            names = targets(node)
            counter[0] += 1
            acc = []
            for g in node.generators:
                collect(g.target, names, acc)
                for i in g.ifs: collect(i, names, acc)
            for g in node.generators[1:]: collect(g.iter, names, acc)
            for f in ('elt', 'key', 'value'):
                if getattr(node, f, None) is not None: collect(getattr(node, f), names, acc)
            for n in acc:
                edits.append((n.lineno, n.col_offset, n.id, f'{n.id}_c{counter[0]}'))
    if not edits: return 0
    lines = text.splitlines(keepends=True)
    # apply right to left per line; dedupe
    for ln, col, old, new in sorted(set(edits), key=lambda e: (e[0], -e[1])):
        s = lines[ln-1]
        b = s.encode('utf-8')
        assert b[col:col+len(old)].decode() == old, (path, ln, col, old)
        lines[ln-1] = (b[:col] + new.encode() + b[col+len(old):]).decode('utf-8')
    open(path, 'w', encoding='utf-8').write(''.join(lines))
    return len(edits)
tot = 0
for root, _, files in os.walk(dst):
    for f in files:
        if f.endswith('.py'): tot += process(os.path.join(root, f))
print(dst, 'renamed', tot, 'names in', counter[0], 'comprehensions')
