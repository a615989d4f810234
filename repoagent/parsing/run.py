"""Parse every file of a snapshot: filter, consult the cache, fan out to processes.

Tree-sitter parsing is CPU-bound and holds the GIL in the Python bindings' callers,
so large cold runs parse in this process and a pool of worker processes (fork start)
together; small ones stay in-process, where a pool's start-up would cost more than
it saves. Whoever parses a file also encodes its cache row and derives from it what
the caller asks (the graph's ``files`` row): per-file work, done side by side.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Generic, TypeVar

from repoagent.hashing import content_hash
from repoagent.models import FileHead, ParsedFile
from repoagent.parsing.blobs import BlobHashes
from repoagent.parsing.cache import ParseCache, row
from repoagent.parsing.modules import module_ids
from repoagent.parsing.registry import language_for
from repoagent.sources import Snapshot

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

POOL_THRESHOLD_BYTES = 2_000_000
CHUNK_BYTES = 500_000


#: path, module id, source, content hash; the source is ``None`` when the hash came
#: from :class:`~repoagent.parsing.blobs.BlobHashes` (read when it must be parsed).
Job = tuple[str, str, bytes | None, str]
T = TypeVar("T")


def read_snapshot(
    snapshot: Snapshot, max_file_size: int, module_prefix: str = "", blobs: BlobHashes | None = None
) -> tuple[list[Job], dict[str, str]]:
    """The files worth parsing, as jobs, and the files left out (path -> why).

    ``module_prefix`` is put before every module id: when the analysed folder is
    itself a Python package, its modules are ``pkg.mod``, as its own imports say.
    A file whose blob id ``blobs`` knows is not read: its job has no source.
    """
    paths = snapshot.paths()
    skipped = dict(snapshot.skipped)  # listing the paths is what finds these
    modules = module_ids(paths, module_prefix)
    todo: list[Job] = []
    for path in paths:
        blob = snapshot.blob_id(path) if blobs is not None else None
        digest = blobs.get(blob, max_file_size) if blobs is not None and blob is not None else None
        if digest is not None:  # neither read nor hashed
            todo.append((path, modules[path], None, digest))
            continue
        source = _read(snapshot, path, max_file_size, skipped)
        if source is not None:
            digest = content_hash(source)
            todo.append((path, modules[path], source, digest))
            if blobs is not None and blob is not None:
                blobs.add(blob, digest, len(source))
    return todo, skipped


def parse_jobs(
    todo: list[Job], cache: ParseCache, workers: int, source: Callable[[Job], bytes] | None = None
) -> dict[str, ParsedFile]:
    """Parsed files by path, from the cache where it has them; the new parses are
    put in the cache. A job to parse that has no source gets it from ``source``."""
    return {path: parsed for path, (parsed, _) in parse_derived(todo, cache, workers, _nothing, source).items()}


def parse_derived(
    todo: list[Job], cache: ParseCache, workers: int, derive: Callable[[ParsedFile], T],
    source: Callable[[Job], bytes] | None = None,
) -> dict[str, tuple[ParsedFile, T]]:
    """Parsed files by path as :func:`parse_jobs` gives them, each with what
    ``derive`` (a module-level function: workers are given it) makes of it; a job
    to parse that has no source (its hash vouched by its blob id) gets it from
    ``source``, only then.

    A new parse is derived and encoded for the cache by the process that parsed it
    (this one or a worker): per-file work, done side by side by the parsers instead
    of by this process alone after them (on the standard library, 2.3 s of a cold
    run's serial part: the parse rows' encoding and the graph's flow keys)."""
    parsed: dict[str, tuple[ParsedFile, T]] = {}
    missing: list[Job] = []
    for job in todo:
        path, module, _, digest = job
        cached = cache.get(path, digest)
        if cached is not None and cached.module == module:
            parsed[path] = (cached, derive(cached))
        elif job[2] is None and source is not None:
            missing.append((path, module, source(job), digest))
        else:
            missing.append(job)
    for result, encoded, derived in _parse_all(missing, workers, _Work(cache.stores, derive)):
        cache.put(result, encoded)
        parsed[result.path] = (result, derived)
    return parsed


def syntax_warnings(files: Iterable[FileHead]) -> list[str]:
    """One warning line per file tree-sitter could only partly parse, by path."""
    warnings = []
    for file in sorted(files, key=lambda f: f.path):
        if file.errors:
            lines = ", ".join(map(str, file.errors[:3])) + (", ..." if len(file.errors) > 3 else "")
            warnings.append(f"{file.path}: syntax errors near line {lines}; kept what parsed")
    return warnings


def _read(snapshot: Snapshot, path: str, max_file_size: int, skipped: dict[str, str]) -> bytes | None:
    try:
        source = snapshot.read(path)
    except OSError as error:
        skipped[path] = f"cannot read it ({error.strerror or error})"
        return None
    if len(source) > max_file_size:
        skipped[path] = f"{len(source):,} bytes is over max_file_size ({max_file_size:,})"
        return None
    if b"\0" in source[:8192]:
        skipped[path] = "looks binary (NUL byte)"
        return None
    return source


class _Work(Generic[T]):
    """What a parser (this process or a worker) does with a batch of jobs: parse
    each, encode its cache row (when there is a cache) and derive from it."""

    def __init__(self, encode: bool, derive: Callable[[ParsedFile], T]) -> None:
        self.encode = encode
        self.derive = derive

    def __call__(self, batch: list[Job]) -> list[tuple[ParsedFile, bytes | None, T]]:
        results = []
        for parsed in parse_batch(batch):
            encoded = row(parsed) if self.encode else None
            results.append((parsed, encoded, self.derive(parsed)))
        return results


def _parse_all(todo: list[Job], jobs: int, work: _Work[T]) -> list[tuple[ParsedFile, bytes | None, T]]:
    total = sum(len(source) for _, _, source, _ in todo)
    workers = min(jobs, os.cpu_count() or 1)
    if workers < 2 or total < POOL_THRESHOLD_BYTES:
        return work(todo)
    # Big files first, then chunks of about CHUNK_BYTES, so the processes finish together.
    todo = sorted(todo, key=lambda item: -len(item[2]))
    chunks: list[list[Job]] = [[]]
    size = 0
    for item in todo:
        if size > CHUNK_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append(item)
        size += len(item[2])
    from concurrent.futures import ProcessPoolExecutor  # with multiprocessing, 0.02 s a hook's run need not pay

    with ProcessPoolExecutor(max_workers=workers - 1) as pool:
        return _Shared(pool, work, chunks).run(workers - 1)


class _Shared(Generic[T]):
    """Chunks parsed by the main process and the pool's workers together, each
    taking the next chunk when done with one.

    The main process is one of the parsers: it would otherwise only wait, and what
    it parses itself is neither pickled nor unpickled (the standard library's parses
    cost about 2.4 s of pickling in the workers and 1.7 s of unpickling here). A
    worker is sent its next chunk by the callback of its last one (run in the
    pool's own thread), and holds two, so that it has the next while the main
    process, busy parsing, gets round to taking its results: with one, the workers
    of a cold run of the standard library idled 40% of the time.
    """

    def __init__(self, pool: Executor, work: _Work[T], chunks: list[list[Job]]) -> None:
        self._pool = pool
        self._work = work
        self._left = list(enumerate(chunks))[::-1]  # popped from the end: biggest first
        self._lock = threading.Lock()  # the pool's thread sends chunks while this one takes them
        self._sent: list[tuple[int, Future[list[tuple[ParsedFile, bytes | None, T]]]]] = []

    def run(self, workers: int) -> list[tuple[ParsedFile, bytes | None, T]]:
        """Every chunk's results, in the chunks' order."""
        for _ in range(2 * workers):
            self._send()
        done = []
        while True:
            with self._lock:
                if not self._left:
                    break
                number, chunk = self._left.pop()
            done.append((number, self._work(chunk)))
        # Every chunk taken is in ``_sent`` by now: a chunk is taken and sent under the lock.
        done.extend((number, future.result()) for number, future in self._sent)
        return [result for _, batch in sorted(done, key=lambda item: item[0]) for result in batch]

    def _send(self, _: object = None) -> None:
        with self._lock:
            if not self._left:
                return
            number, chunk = self._left.pop()
            try:
                future = self._pool.submit(self._work, chunk)
            except RuntimeError:  # a broken pool: this process parses the chunk, ``run`` raises the pool's error
                self._left.append((number, chunk))
                return
            self._sent.append((number, future))
        future.add_done_callback(self._send)  # outside the lock: a finished future calls back at once


def _nothing(parsed: ParsedFile) -> None:
    """Derive nothing (:func:`parse_jobs`)."""


def parse_batch(batch: list[Job]) -> list[ParsedFile]:
    """Parse jobs; runs in worker processes too."""
    results = []
    for path, module, source, digest in batch:
        language = language_for(PurePosixPath(path))
        if language is None:
            continue
        results.append(language.parse(source, path, module, digest))
    return results
