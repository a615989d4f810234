"""Which stored resolutions a build keeps: the code's state now, and the last other.

A component's row is keyed by what the resolver reads of its files
(:mod:`repoagent.graph.build`), so an edit that changes that needs its component
solved again: 9-10 s for the standard library's component of 733 files. Someone
who goes back and forth between two states of the code would pay it at each switch
if the store kept only the rows of the state built last: ``repoagent status`` on the
working tree and the hook on the index while an edit is not staged, an edit undone,
two branches checked out in turn. So the store keeps the rows of two states: the
current one and the last one that differed from it. A third state drops the oldest,
so the store holds at most the rows of two resolutions.

The two states are a row of the components table under :data:`STATES`, a key no
component has (theirs are digests): the current state's component keys, then the
other's. Like every row it is hostile input, read with its types checked; a row
that is not two arrays of strings counts as no earlier state. Keys it lists that
have no row keep nothing.
"""

from __future__ import annotations

from repoagent.packed import CacheError, array, pack, strings, unpack
from repoagent.store import Store

#: The key of the states' row in the components table.
STATES = "states"


def kept_components(store: Store, table: str, current: list[str]) -> list[str]:
    """The keys of ``table`` (the components') to keep after a build whose
    components are ``current``: theirs and the last other state's. Records the
    states for the next build when they changed."""
    before = _states(store.get(table, STATES))
    if before and set(before[0]) == set(current):
        states = before
    else:
        states = (tuple(current), *before[:1])
        blob = pack(states)
        if blob is not None:
            store.put(table, STATES, blob)
    return [STATES, *(key for state in states for key in state)]


def _states(blob: bytes | None) -> tuple[tuple[str, ...], ...]:
    """The states recorded in ``blob``, the current first; none for anything else."""
    if blob is None:
        return ()
    try:
        states = tuple(strings(state) for state in array(unpack(blob)))
    except (CacheError, TypeError):
        return ()
    return states if 1 <= len(states) <= 2 else ()
