"""Sections written ahead, while the call graph resolves: a first run's.

A writer that reads nothing but the definition (not its callees' summaries: the
static writer) writes the same section whatever the edges are. On a first run,
every section is to be written, and the graph's resolution keeps one process busy
for seconds while the machine's other core waits (the standard library: 9 s of
resolution, then 3 s of writing). So a process forked once the files are parsed
writes every section of the files parsed in this run that have no page yet while
this one resolves, and sends them back through a pipe; the run then files them
instead of writing them.

What it wrote is only taken for the graph it was started on (a graph built again
after a bad cache row is another); anything that goes wrong in it (a crash, a
signal) costs only the head start: the run writes the sections itself.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable
from pathlib import Path

from repoagent.graph.model import CallGraph, Files
from repoagent.models import Definition
from repoagent.pages.layout import page_of
from repoagent.sources import Snapshot, SourceTexts
from repoagent.writers.base import WriteRequest, WrittenSection, Writer


#: Fewer sections than this are written in the run (an edit's few: a fork would cost more).
MANY = 1_000


class WrittenAhead:
    """A head start for the writer ``make_writer`` makes (made only when there is a
    start to make): :meth:`start` forks the process writing, :meth:`take` collects
    what it wrote; leaving the ``with`` block stops a process not taken from."""

    def __init__(self, make_writer: Callable[[], Writer], out: Path) -> None:
        self._make_writer = make_writer
        self._out = out
        #: The writer of the sections written ahead (``None``: none were).
        self.writer: Writer | None = None
        self._files: Files | None = None  # the graph's files it was started on
        self._pid = 0
        self._pipe = -1

    def __enter__(self) -> WrittenAhead:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pid:
            os.close(self._pipe)
            os.kill(self._pid, signal.SIGKILL)
            self._reap()

    def start(self, graph: CallGraph, paths: list[str], snapshot: Snapshot) -> None:
        """Fork a process writing the sections of those of ``paths`` that have no page
        yet (a first run's: all of them), from ``graph``'s definitions (its edges not
        there yet) and ``snapshot``'s code; once per run (a graph built again after a
        bad row does without), and only for :data:`MANY` sections or more."""
        if self._files is not None:
            return
        self._files = graph.files
        new = [path for path in paths if path in graph.files.heads and not (self._out / page_of(path)).exists()]
        ids = [node_id for path in new for node_id in graph.ids_of(path)]
        if len(ids) < MANY:
            return
        writer = self._make_writer()
        if writer.waits or writer.reads_summaries:
            return  # its sections need the edges (callees' summaries)
        self.writer = writer
        code_of = SourceTexts(snapshot).text
        reading, writing = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child's coverage is not collected; its sections are tested
            os.close(reading)
            _write_and_exit(writer, graph, ids, code_of, writing)
        os.close(writing)
        self._pid, self._pipe = pid, reading

    def take(self, graph: CallGraph) -> dict[str, WrittenSection]:
        """The sections written ahead, by id; none when ``graph`` is not the one they
        were written for or the process failed."""
        if not self._pid:
            return {}
        with os.fdopen(self._pipe, "rb") as pipe:
            data = pipe.read()
        if not self._reap() or graph.files is not self._files:
            return {}
        try:
            sections = pickle.loads(data)  # this process's own child's, not the repository's, bytes
        except (pickle.UnpicklingError, EOFError, ValueError):
            return {}
        return {section.node_id: section for section in sections}

    def _reap(self) -> bool:
        """Wait for the process; whether it ended well."""
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        return os.waitstatus_to_exitcode(status) == 0


def _write_and_exit(writer: Writer, graph: CallGraph, ids: list[str], code_of: Callable[[Definition], str],
                    pipe: int) -> None:  # pragma: no cover - runs in the forked child
    """In the child: write every section, send them, and leave without running any of
    the parent's clean-up (its store, its temporary files)."""
    code = 1
    try:
        sections = [writer.write(WriteRequest(graph.nodes[node_id], code_of(graph.nodes[node_id]), graph, {}))
                    for node_id in ids]
        with os.fdopen(pipe, "wb") as out:
            out.write(pickle.dumps(sections, protocol=pickle.HIGHEST_PROTOCOL))
        code = 0
    finally:
        os._exit(code)
