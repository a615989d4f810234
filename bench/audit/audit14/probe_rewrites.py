"""Source-rewriting probes of audit14 (copies under /tmp/audit14/pr/, not committed).
usage: python3 probe_rewrites.py   then graph /tmp/audit14/pr/a/traitlets -> /tmp/audit14/pr/a.json and
/tmp/audit14/pr/c/jsonpickle -> /tmp/audit14/pr/c.json (repoagent graph ... --jobs 1 from /tmp) and
compare with diffg.py.  The pubsub probe (pp1.json) is /tmp/audit14/pp/pubsub with
core/listener.py's stub message made literal (sed, see RESULTS.txt).
a: every `if t.TYPE_CHECKING:` block (without else) directly in a class body of traitlets becomes
   `pass` (blank lines keep the numbering);  c: jsonpickle's BaseHandler stubs lose `% self.__class__`."""
import ast, os, shutil
os.makedirs("/tmp/audit14/pr/a", exist_ok=True); os.makedirs("/tmp/audit14/pr/c", exist_ok=True)
for src, dst in (("/tmp/audit14/traitlets", "/tmp/audit14/pr/a/traitlets"), ("/tmp/audit14/jsonpickle", "/tmp/audit14/pr/c/jsonpickle")):
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".repoagent", "__pycache__"))
for r, ds, fs in os.walk("/tmp/audit14/pr/a/traitlets"):
    for f in fs:
        if not f.endswith(".py"): continue
        p = os.path.join(r, f); text = open(p).read(); lines = text.split("\n"); n = 0
        for cls in ast.walk(ast.parse(text)):
            if isinstance(cls, ast.ClassDef):
                for st in cls.body:
                    if isinstance(st, ast.If) and "TYPE_CHECKING" in ast.unparse(st.test) and not st.orelse:
                        for i in range(st.lineno - 1, st.end_lineno): lines[i] = ""
                        lines[st.lineno - 1] = " " * st.col_offset + "pass"; n += 1
        if n: open(p, "w").write("\n".join(lines)); print(p, n, "blocks")
p = "/tmp/audit14/pr/c/jsonpickle/handlers.py"
open(p, "w").write(open(p).read().replace("% self.__class__)", ")"))
