"""Print what the solved Python value flow holds in given variables (used after the verdicts,
to find the causes).  usage: python probe.py DIR "n|scope|name" "a|class|attr" "('e', 'mod|{L2')" ...
(delete DIR/.repoagent first: a warm store resolves nothing)."""
import sys, ast
from pathlib import Path
import repoagent.graph.resolvers.python_flow as pf
saved = []
orig = pf.solve
def solve(files):
    f = orig(files); saved.append(f); return f
pf.solve = solve
from repoagent.graph.build import build_graph
from repoagent.config import load_settings
root = Path(sys.argv[1])
try:
    settings = load_settings(root)
except TypeError:
    settings = load_settings()
build_graph(root, settings)
for f in saved:
    for spec in sys.argv[2:]:
        var = ast.literal_eval(spec) if spec.startswith("(") else tuple(spec.split("|"))
        try:
            vals = list(f.worklist.values(var))
        except Exception as e:
            vals = repr(e)
        print(spec, "=>", vals)
