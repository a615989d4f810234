"""Whole-graph counts of the causes of audit8's false edges (run after the verdicts).
usage: python3 cause_counts.py   (reads /tmp/audit8/NAME.v1.json)
Each rule lists the edges of one cause; every listed edge was checked by hand against the
source (see RESULTS.txt); the rules are written for these graphs, not in general.
COMPREHENSION-SCOPE was also counted mechanically: every package was copied with each
comprehension's target names renamed apart (same lines, same Python 3 meaning) and graphed
again; the only edges that vanished are the two listed (boltons), none appeared."""
import json

def edges(name):
    return [(e["caller"], e["callee"], tuple(e["lines"]))
            for e in json.load(open(f"/tmp/audit8/{name}.v1.json"))["edges"]]

causes = {}
def add(cause, name, rows):
    causes.setdefault(cause, []).extend((name, *r) for r in rows)

B = edges("boltons")
# Table.to_text: the second comprehension's `row` (lists of str) is merged with the first's
# (rows of self._data, whose cells may be nested Tables)
add("COMPREHENSION-SCOPE", "boltons", [e for e in B if e[0] == "boltons.tableutils.Table.to_text"
    and e[1] in ("boltons.tableutils.Table.__len__", "boltons.tableutils.Table.__getitem__")])
# SpooledIOBase.buffer / .len are @abc.abstractproperty stubs; both concrete subclasses
# (SpooledBytesIO, SpooledStringIO) override them; io.IOBase's ABCMeta forbids instantiating the base
add("ABSTRACTPROPERTY", "boltons", [e for e in B
    if e[1] in ("boltons.ioutils.SpooledIOBase.buffer", "boltons.ioutils.SpooledIOBase.len")])
# dummy RLock classes defined under `except Exception:` of `from threading import RLock`,
# which cannot fail on Python >= 3.7 (boltons requires >= 3.7)
add("IMPORT-FALLBACK", "boltons", [e for e in B
    if e[1].split(".")[:3] in (["boltons", "cacheutils", "RLock"], ["boltons", "socketutils", "RLock"])])

C = edges("cachetools")
# self.getsizeof(value) runs only when self.__size is a dict, i.e. when __init__ found
# self.getsizeof is not Cache.getsizeof
add("IDENTITY-GUARD", "cachetools", [e for e in C
    if e[0] == "cachetools.Cache.__setitem__" and e[1] == "cachetools.Cache.getsizeof"])

T = edges("transitions")
# one `machine` attribute per class (Event.machine, EventData.machine) and one `conditions`
# (Transition.conditions): sync Event/Transition code reaches the async machine's methods
# and async code the sync machine's, though each kind only ever runs with its own machines
# (AsyncMachine._process raises for sync events; async machines make AsyncEvent /
# NestedAsyncEvent / AsyncTransition / NestedAsyncTransition, which override these methods)
sync_to_async = {
    ("transitions.core.Event._process", "transitions.extensions.asyncio.AsyncMachine.callbacks"),
    ("transitions.core.Event._trigger", "transitions.extensions.asyncio.AsyncMachine.callbacks"),
    ("transitions.core.Event.trigger", "transitions.extensions.asyncio.AsyncMachine._process"),
    ("transitions.core.Transition._change_state", "transitions.extensions.asyncio.AsyncMachine.callbacks"),
    ("transitions.core.Transition._eval_conditions", "transitions.extensions.asyncio.AsyncCondition.check"),
    ("transitions.core.Transition.execute", "transitions.extensions.asyncio.AsyncMachine.callbacks"),
    ("transitions.extensions.nesting.NestedTransition._change_state", "transitions.extensions.asyncio.AsyncMachine.callbacks"),
    ("transitions.extensions.asyncio.AsyncEvent._process", "transitions.core.Machine.callbacks"),
    ("transitions.extensions.asyncio.AsyncEvent._trigger", "transitions.core.Machine.callbacks"),
    ("transitions.extensions.asyncio.AsyncTimeout._process_timeout", "transitions.core.Machine.callbacks"),
    ("transitions.extensions.asyncio.NestedAsyncTransition._change_state", "transitions.core.Machine.callbacks"),
}
add("MERGE-ATTR", "transitions", [e for e in T if (e[0], e[1]) in sync_to_async])

for cause, rows in causes.items():
    per = {}
    for r in rows:
        per[r[0]] = per.get(r[0], 0) + 1
    print(f"{cause}: {len(rows)} edges  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    for r in rows:
        print(f"    {r[0]}: {r[1]} -> {r[2]} {list(r[3])}")
