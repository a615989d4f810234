"""Work split between processes forked from this one, each inheriting its state.

Some of a large run's work is per item, pure Python that holds the interpreter's
lock (a static section's text, a page's rendering) and reads state far too big to
send (the graph, the sections written): threads give it nothing, and a spawned
process would need it all pickled. A process *forked* from this one has it all, as
it is at the fork: so the work and its items are set aside here, the pool forks,
and only a chunk's bounds go to a worker and its results (strings, counts) come
back. Where fork is not the platform's way (Windows), the caller does the work in
its own process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: The work and items of the map in progress, set before the pool forks: what a
#: worker inherits (never pickled).
_job: tuple[Callable[[list[Any]], list[Any]], list[Any], int] | None = None


def cores(jobs: int) -> int:
    """How many processes can work side by side for ``jobs`` (the setting): no more
    than the machine's cores; one where fork is not available. A caller with work
    of its own while the pool works (filing what it sends back) forks one fewer."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(jobs, os.cpu_count() or 1))


def forked_map(work: Callable[[list[T]], list[R]], items: list[T], workers: int, chunk: int) -> Iterator[R]:
    """``work`` of ``items``, a ``chunk`` at a time, done by ``workers`` forked
    processes; the results in the items' order, each chunk's as soon as it is done
    (the caller files them meanwhile).

    A worker that dies (the kernel's out-of-memory killer, a signal) breaks the pool:
    the chunks not yet given back are done here then (the dead worker may have done
    part of its chunk: ``work`` must be safe to do again)."""
    global _job
    import multiprocessing  # only a large run pays for the imports (an edit's run does not)
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    starts = range(0, len(items), chunk)
    done = 0  # chunks given back
    _job = (work, items, chunk)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for results in pool.map(_chunk, starts):
                done += 1
                yield from results
    except BrokenProcessPool:
        for start in starts[done:]:
            yield from work(items[start : start + chunk])
    finally:
        _job = None


def _chunk(start: int) -> list[Any]:
    """In a worker: the inherited work of the chunk of items from ``start``."""
    assert _job is not None, "a worker is forked after the job is set"
    work, items, chunk = _job
    return work(items[start : start + chunk])
