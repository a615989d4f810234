"""The writing order: callees first, cycles together, parents after members, levels concurrent."""

from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path

import pytest

from repoagent.graph.model import CallGraph
from repoagent.writers.base import WriteRequest, WrittenSection
from repoagent.writers.schedule import levels, write_in_order
from tests.llm.conftest import code_reader
from tests.support.graphs import graph_of


def level_of(order: list[list[str]]) -> dict[str, int]:
    return {node_id: index for index, level in enumerate(order) for node_id in level}


class Recorder:
    """A writer that records each request and answers "summary of <id>"."""

    name = "recorder"
    waits = True
    reads_summaries = True

    def __init__(self) -> None:
        self.requests: dict[str, WriteRequest] = {}
        self._lock = threading.Lock()

    def write(self, request: WriteRequest) -> WrittenSection:
        with self._lock:
            self.requests[request.node.id] = request
        summary = f"summary of {request.node.id}"
        return WrittenSection(request.node.id, summary, summary, self.name)


def test_callees_come_before_callers(geometry: CallGraph) -> None:
    order = level_of(levels(geometry, geometry.nodes))
    assert order["pkg.geometry.square"] < order["pkg.geometry.area"] < order["pkg.geometry.Shape.size"]


def test_members_of_a_cycle_share_a_level(geometry: CallGraph) -> None:
    order = level_of(levels(geometry, geometry.nodes))
    assert order["pkg.geometry.even"] == order["pkg.geometry.odd"]


def test_classes_after_methods_and_modules_after_members(geometry: CallGraph) -> None:
    order = level_of(levels(geometry, geometry.nodes))
    assert order["pkg.geometry.Shape.size"] < order["pkg.geometry.Shape"]
    assert order["pkg.geometry.Shape.__init__"] < order["pkg.geometry.Shape"]
    assert all(order[member] < order["pkg.geometry"] for member in geometry.children("pkg.geometry"))


def test_a_stale_caller_waits_for_a_stale_callee_through_fresh_nodes(geometry: CallGraph) -> None:
    # Shape.size -> area (fresh) -> square: size still goes after square.
    order = levels(geometry, ["pkg.geometry.Shape.size", "pkg.geometry.square"])
    assert order == [["pkg.geometry.square"], ["pkg.geometry.Shape.size"]]


def test_stale_nodes_none_of_which_needs_another_are_one_level(geometry: CallGraph) -> None:
    # square and Shape.__init__ are not below each other; with size, square is below it.
    assert levels(geometry, ["pkg.geometry.square", "pkg.geometry.Shape.__init__"]) == [
        ["pkg.geometry.Shape.__init__", "pkg.geometry.square"]]
    assert levels(geometry, ["pkg.geometry.square"]) == [["pkg.geometry.square"]] and levels(geometry, []) == []


def test_a_method_building_its_own_class_does_not_tie_it_to_the_class(tmp_path: Path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "shapes.py": """
                class Box:
                    def __init__(self, side):
                        self.side = side

                    def grown(self):
                        return Box(self.side + 1)
                """
        },
    )
    order = level_of(levels(graph, graph.nodes))
    assert order["shapes.Box.grown"] < order["shapes.Box"]


def test_a_caller_sees_its_callees_fresh_summaries(geometry: CallGraph) -> None:
    recorder = Recorder()
    write_in_order(geometry, geometry.nodes, recorder, code_reader(geometry), {}, jobs=2)
    area = recorder.requests["pkg.geometry.area"]
    assert area.callee_summaries == {"pkg.geometry.square": "summary of pkg.geometry.square"}
    shape = recorder.requests["pkg.geometry.Shape"]
    assert shape.callee_summaries["pkg.geometry.Shape.size"] == "summary of pkg.geometry.Shape.size"


def test_cycle_members_see_old_summaries_not_each_others_new_ones(geometry: CallGraph) -> None:
    recorder = Recorder()
    old = {"pkg.geometry.odd": "the old odd summary"}
    write_in_order(geometry, ["pkg.geometry.even", "pkg.geometry.odd"], recorder, code_reader(geometry), old, jobs=2)
    assert recorder.requests["pkg.geometry.even"].callee_summaries == {"pkg.geometry.odd": "the old odd summary"}
    assert recorder.requests["pkg.geometry.odd"].callee_summaries == {}


def test_fresh_callees_contribute_their_known_summaries(geometry: CallGraph) -> None:
    recorder = Recorder()
    known = {"pkg.geometry.square": "Squares a number."}
    write_in_order(geometry, ["pkg.geometry.area"], recorder, code_reader(geometry), known, jobs=1)
    assert recorder.requests["pkg.geometry.area"].callee_summaries == known


def test_the_nodes_of_one_level_are_written_concurrently(tmp_path: Path) -> None:
    jobs = 3
    graph = graph_of(tmp_path, {"leaves.py": "".join(f"def leaf{i}():\n    return {i}\n\n\n" for i in range(jobs))})
    # Every leaf waits at the barrier: the level completes only if all run at once.
    barrier = threading.Barrier(jobs, timeout=30)

    class Waiting(Recorder):
        def write(self, request: WriteRequest) -> WrittenSection:
            if request.node.id.startswith("leaves.leaf"):
                barrier.wait()
            return super().write(request)

    leaves = [f"leaves.leaf{i}" for i in range(jobs)]
    written = write_in_order(graph, leaves, Waiting(), code_reader(graph), {}, jobs=jobs)
    assert sorted(written) == leaves
    assert not barrier.broken


def test_on_written_sees_every_section_once(geometry: CallGraph) -> None:
    seen: list[str] = []
    write_in_order(geometry, geometry.nodes, Recorder(), code_reader(geometry), {}, jobs=2, on_written=lambda s: seen.append(s.node_id))
    assert sorted(seen) == sorted(geometry.nodes)


def test_a_few_stale_nodes_are_ordered_as_the_whole_graph_orders_them(geometry: CallGraph, monkeypatch) -> None:
    # The search from each of a few stale nodes (no networkx) must keep every order
    # the condensation of the whole graph keeps: strictly below -> earlier, a cycle together.
    import networkx as nx

    from repoagent.writers import schedule

    closure = nx.transitive_closure(schedule._dependencies(geometry), reflexive=False)
    everything = level_of(levels(geometry, geometry.nodes))
    for size in (2, 3, 4):
        for stale in itertools.combinations(sorted(geometry.nodes), size):
            order = level_of(levels(geometry, stale))
            for a, b in itertools.permutations(stale, 2):
                if closure.has_edge(b, a) and not closure.has_edge(a, b):
                    assert order[a] < order[b] and everything[a] < everything[b], (a, b)
                elif closure.has_edge(a, b) and closure.has_edge(b, a):
                    assert order[a] == order[b] and everything[a] == everything[b], (a, b)
            assert min(order.values()) == 0 and sorted(set(order.values())) == list(range(len(set(order.values()))))
    monkeypatch.setattr(schedule, "FEW", 0)  # the same graph through networkx
    assert level_of(levels(geometry, geometry.nodes)) == everything


def test_a_writer_that_waits_on_nothing_writes_in_the_calling_thread(geometry: CallGraph) -> None:
    """Threads only help a writer that waits on an endpoint: the static writer's
    sections, computed in Python under the interpreter's lock, are written here."""
    threads: set[int] = set()

    class Computing(Recorder):
        waits = False

        def write(self, request: WriteRequest) -> WrittenSection:
            threads.add(threading.get_ident())
            return super().write(request)

    written = write_in_order(geometry, geometry.nodes, Computing(), code_reader(geometry), {}, jobs=2)
    assert sorted(written) == sorted(geometry.nodes) and threads == {threading.get_ident()}


def test_a_writer_that_reads_no_summaries_is_not_ordered(geometry: CallGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    """The order is for the callees' summaries alone: a writer that reads none (the
    static writer) gets every stale node at once, by id, and no summaries."""
    from repoagent.writers import schedule

    monkeypatch.setattr(schedule, "levels", lambda graph, stale: pytest.fail("ordered"))

    class Plain(Recorder):
        reads_summaries = False

    recorder = Plain()
    seen: list[str] = []
    written = write_in_order(geometry, reversed(list(geometry.nodes)), recorder, code_reader(geometry),
                             {node_id: "known" for node_id in geometry.nodes}, jobs=2, on_written=lambda s: seen.append(s.node_id))
    assert seen == sorted(geometry.nodes) and sorted(written) == sorted(geometry.nodes)
    assert all(not request.callee_summaries for request in recorder.requests.values())


class Pids(Recorder):
    """A writer that computes (waits on nothing, reads no summary) and says which process wrote."""

    waits = False
    reads_summaries = False

    def write(self, request: WriteRequest) -> WrittenSection:
        return WrittenSection(request.node.id, f"{request.node.id} by {os.getpid()}", request.node.id, self.name)


def test_many_sections_of_a_writer_that_computes_are_written_by_forked_processes(
    geometry: CallGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While forked processes write, this one files each section as it comes (its
    marker, its page): two cores busy on a first run instead of one. Same sections,
    same order, as written here."""
    from repoagent import forking
    from repoagent.writers import schedule

    monkeypatch.setattr(forking.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(schedule, "CHUNK", 3)  # chunks and a short last one
    here = write_in_order(geometry, geometry.nodes, Pids(), code_reader(geometry), {}, jobs=2)
    monkeypatch.setattr(schedule, "MANY", 2)
    seen: list[str] = []
    forked = write_in_order(geometry, geometry.nodes, Pids(), code_reader(geometry), {}, jobs=2,
                            on_written=lambda section: seen.append(section.node_id))
    assert seen == sorted(geometry.nodes) == list(forked) and len(geometry.nodes) > 3
    assert all(section.body == f"{node_id} by {os.getpid()}" for node_id, section in here.items())
    pids = {forked[node_id].body.rsplit(" ", 1)[1] for node_id in forked}
    assert str(os.getpid()) not in pids and len(pids) == 1
    assert {node_id: section.body.rsplit(" by ", 1)[0] for node_id, section in forked.items()} == {
        node_id: section.body.rsplit(" by ", 1)[0] for node_id, section in here.items()}


def test_sections_written_ahead_are_not_written_again(geometry: CallGraph) -> None:
    ahead = {"pkg.geometry.square": WrittenSection("pkg.geometry.square", "ahead", "ahead", "pids")}
    seen: list[str] = []
    written = write_in_order(geometry, geometry.nodes, Pids(), code_reader(geometry), {}, jobs=1,
                             on_written=lambda section: seen.append(section.node_id), written_ahead=ahead)
    assert written["pkg.geometry.square"].body == "ahead" and sorted(seen) == sorted(geometry.nodes)
    assert all(section.body.endswith(f" by {os.getpid()}") for node_id, section in written.items() if node_id not in ahead)
