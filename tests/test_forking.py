"""Work shared with forked processes: the same results, in order, even when a worker dies."""

from __future__ import annotations

import os

import pytest

from repoagent import forking
from repoagent.forking import cores, forked_map

PARENT = os.getpid()


def _square_with_pid(batch: list[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in batch]


def test_forked_work_gives_what_the_work_gives_here_in_order() -> None:
    items = list(range(23))  # 5 chunks of 5, the last short
    results = list(forked_map(_square_with_pid, items, 2, 5))
    assert [value for value, _ in results] == [item * item for item in items]
    assert PARENT not in {pid for _, pid in results}


def test_a_worker_that_dies_leaves_its_chunks_to_this_process() -> None:
    """The kernel's out-of-memory killer, or a signal: the run still finishes, with the
    same results, the chunks not given back done here."""
    def dying_on_the_third_chunk(batch: list[int]) -> list[tuple[int, int]]:
        if os.getpid() != PARENT and batch[0] == 10:
            os._exit(1)
        return _square_with_pid(batch)

    results = list(forked_map(dying_on_the_third_chunk, list(range(23)), 1, 5))
    assert [value for value, _ in results] == [item * item for item in range(23)]
    assert {pid for _, pid in results[10:]} == {PARENT} and PARENT not in {pid for _, pid in results[:10]}


def test_cores_are_bounded_by_jobs_and_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 2)
    assert (cores(1), cores(2), cores(8)) == (1, 2, 2)
    monkeypatch.setattr(forking.os, "cpu_count", lambda: None)
    assert cores(8) == 1
