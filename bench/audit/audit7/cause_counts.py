"""Whole-graph counts of the causes of audit7's false edges (run after the verdicts).
usage: python3 cause_counts.py   (reads /tmp/audit7/NAME.v1.json)
Each rule lists the edges of one cause; every listed edge was checked by hand against the
source (see RESULTS.txt); the rules are written for these graphs, not in general."""
import json

def edges(name):
    return [(e["caller"], e["callee"], tuple(e["lines"]))
            for e in json.load(open(f"/tmp/audit7/{name}.v1.json"))["edges"]]

causes = {}
def add(cause, name, rows):
    causes.setdefault(cause, []).extend((name, *r) for r in rows)

# arrow: Arrow.humanize's `other` under `elif isinstance(other, dt_datetime)` is a datetime
A = edges("arrow")
add("ISINSTANCE", "arrow", [e for e in A if e[0] == "arrow.arrow.Arrow.humanize"
                            and e[1] in ("arrow.arrow.Arrow.astimezone", "arrow.arrow.Arrow.replace")
                            and set(e[2]) <= {1173, 1175}])

# typer: TyperGroup's fields come from solve_typer_info_defaults' solved TyperInfo, never a
# DefaultPlaceholder; the one TyperInfo attribute per class holds Typer()'s Default(...) too
T = edges("typer")
P = "typer.models.DefaultPlaceholder.__bool__"
add("MERGE-ATTR", "typer", [e for e in T if e[1] == P and e[0] in (
    "typer.core.TyperGroup.invoke", "typer.core.TyperGroup.parse_args",
    "typer.main.get_group_from_info")])

# paramiko: ServiceRequestingTransport's auth_handler is its get_auth_handler()'s
# AuthOnlyHandler, which overrides all four auth_* methods; the AuthHandler values come from
# the Transport.auth_* methods it overrides and the server-mode branch of _parse_newkeys
M = edges("paramiko")
add("MERGE-ATTR", "paramiko", [e for e in M
    if e[0].startswith("paramiko.transport.ServiceRequestingTransport.auth_")
    and e[1].startswith("paramiko.auth_handler.AuthHandler.auth_")])

for cause, rows in causes.items():
    per = {}
    for r in rows:
        per[r[0]] = per.get(r[0], 0) + 1
    print(f"{cause}: {len(rows)} edges  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    for r in rows:
        print(f"    {r[0]}: {r[1]} -> {r[2]} {list(r[3])}")
