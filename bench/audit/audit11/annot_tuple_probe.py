"""Probe for ANNOT-TUPLE: copy each package to /tmp/audit11/probe_tuple/NAME, turn every
`x: <annotation naming tuple[...]/Tuple[...]> = value` (an assignment, not a parameter) into
`x = value` (same lines), graph the copy and diff its edges with the original graph.
usage: python3 annot_tuple_probe.py   (writes /tmp/audit11/annot_tuple_probe.txt)"""
import ast, json, os, shutil, subprocess

ROOT = "/tmp/audit11"
REPOAGENT = "/work/wt-audit11/.venv/bin/repoagent"
out = []
for name in ["jmespath", "icalendar", "statemachine", "dogpile", "rsa"]:
    dst = f"{ROOT}/probe_tuple/{name}"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(f"{ROOT}/{name}", dst)
    n_rewritten = 0
    for dp, _, fs in os.walk(dst):
        for f in fs:
            if not f.endswith(".py"):
                continue
            p = os.path.join(dp, f)
            src = open(p, encoding="utf-8").read()
            lines = src.splitlines(keepends=True)
            edits = []
            for node in ast.walk(ast.parse(src)):
                if isinstance(node, ast.AnnAssign) and node.value is not None:
                    ann = ast.get_source_segment(src, node.annotation) or ""
                    if "tuple[" in ann or "Tuple[" in ann:
                        edits.append(node)
            for node in sorted(edits, key=lambda n: (n.lineno, n.col_offset), reverse=True):
                if node.target.end_lineno != node.value.lineno:
                    continue  # multi-line annotation: left as is
                i = node.value.lineno - 1
                line = lines[i]
                lines[i] = line[:node.target.end_col_offset] + " = " + line[node.value.col_offset:]
                n_rewritten += 1
            open(p, "w", encoding="utf-8").write("".join(lines))
    subprocess.run([REPOAGENT, "graph", dst, "--format", "json", "-o", f"{ROOT}/probe_tuple/{name}.json",
                    "--jobs", "1"], cwd="/tmp", capture_output=True)
    key = lambda e: (e["caller"], e["callee"], tuple(e["lines"]))
    a = {key(e) for e in json.load(open(f"{ROOT}/{name}.v1.json"))["edges"]}
    b = {key(e) for e in json.load(open(f"{ROOT}/probe_tuple/{name}.json"))["edges"]}
    out.append(f"ANNOT-TUPLE probe {name}: {n_rewritten} annotated assignments rewritten; "
               f"{len(a - b)} edges gone, {len(b - a)} new")
    for e in sorted(a - b):
        out.append(f"    gone {name}: {e[0]} -> {e[1]} {list(e[2])}")
    for e in sorted(b - a):
        out.append(f"    new  {name}: {e[0]} -> {e[1]} {list(e[2])}")
open(f"{ROOT}/annot_tuple_probe.txt", "w").write("\n".join(out) + "\n")
print("\n".join(out))
