"""Whole-graph counts of the causes of audit6's false edges (run after the verdicts).
usage: python3 cause_counts.py   (reads /tmp/audit6/NAME.v1.json)
Each rule lists the edges of one cause; every listed edge was checked by hand against the
source (see RESULTS.txt); the rules are written for these graphs, not in general."""
import json

def edges(name):
    return [(e["caller"], e["callee"], tuple(e["lines"]))
            for e in json.load(open(f"/tmp/audit6/{name}.v1.json"))["edges"]]

causes = {}
def add(cause, name, rows):
    causes.setdefault(cause, []).extend((name, *r) for r in rows)

# --- tenacity ---------------------------------------------------------------------------
T = edges("tenacity")
R = "tenacity.retry."
own = {R + "retry_unless_exception_type.__call__": R + "retry_unless_exception_type._check",
       R + "retry_if_not_exception_message.__call__": R + "retry_if_not_exception_message._check"}
overriders = {R + "retry_unless_exception_type._check", R + "retry_if_not_exception_message._check"}
add("MERGE", "tenacity", [e for e in T if e[1].endswith("._check") and (
    (e[0] in own and e[1] != own[e[0]])              # predicate is always the class's own _check
    or (e[0] == R + "retry_if_exception.__call__" and e[1] in overriders))])  # they override __call__
add("MERGE", "tenacity", [e for e in T if e[1] == "tenacity.asyncio._portable_async_sleep"
                          and not e[0].startswith("tenacity.asyncio.AsyncRetrying")])
sync = ("tenacity.BaseRetrying.", "tenacity.after.", "tenacity.before.")
add("MERGE", "tenacity", [e for e in T if e[0] == "tenacity.asyncio.AsyncRetrying.iter"
                          and e[2] == (171,) and e[1].startswith(sync)])   # wrapped by wrap_to_async_func
add("MERGE", "tenacity", [e for e in T if e[0] == "tenacity.BaseRetrying.iter"
                          and e[1].startswith("tenacity.asyncio.AsyncRetrying._run_")])
add("OVERLOAD-DEFAULT", "tenacity", [e for e in T if e[0] == "tenacity.retry~2" and set(e[2]) <= {759, 760}])

# --- fastapi ----------------------------------------------------------------------------
F = edges("fastapi")
add("MERGE", "fastapi", [e for e in F if e[0] == "fastapi.routing.get_request_handler.app"
                         and e[1] == "fastapi.utils.generate_unique_id"])
add("MERGE", "fastapi", [e for e in F if e[0].startswith("fastapi.routing._IncludedRouter.")
                         and e[1].startswith("fastapi.routing._FrontendRouteGroup.")])

# --- structlog --------------------------------------------------------------------------
S = edges("structlog")
now = "structlog.processors._make_stamper.now"
add("FLOW", "structlog", [e for e in S if (e[0].endswith("_local") and e[1] == now)
                          or (e[0].endswith("_utc") and e[1] == now + "~2")])
builtin_not_last = {"structlog.contextvars.merge_contextvars", "structlog._log_levels.add_log_level",
                    "structlog.processors.StackInfoRenderer.__call__", "structlog.dev.set_exc_info",
                    "structlog.processors.TimeStamper.__call__"}
ea = [e for e in S if e[0] == "structlog.twisted.EventAdapter.__call__" and 326 in e[2]]
add("INDEX", "structlog", [e for e in ea if e[1] in builtin_not_last])
add("SLICE", "structlog", [e for e in ea if e[1] not in builtin_not_last
                           and e[1] != "structlog.dev.ConsoleRenderer.__call__"])
add("PROTOCOL-TYPE", "structlog", [e for e in S if e[1].startswith("structlog.typing.")])

# --- urllib3 ----------------------------------------------------------------------------
U = edges("urllib3")
add("FLOW", "urllib3", [e for e in U if e[0].startswith("urllib3.response.MultiDecoder.")
                        and e[1].startswith("urllib3.response.MultiDecoder.")])
add("FLOW", "urllib3", [e for e in U if e[0].startswith("urllib3.contrib.pyopenssl.")
                        and e[1].startswith("urllib3.util.ssltransport.")])

# --- rxjs -------------------------------------------------------------------------------
X = edges("rxjs")
add("ANNOT", "rxjs", [e for e in X if ".ConsumerObserver." in e[1]
                      and not e[0].startswith("internal.Subscriber_ts.SafeSubscriber")])

for cause, rows in causes.items():
    per = {}
    for r in rows:
        per[r[0]] = per.get(r[0], 0) + 1
    print(f"{cause}: {len(rows)} edges  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    for r in rows:
        print(f"    {r[0]}: {r[1]} -> {r[2]} {list(r[3])}")
