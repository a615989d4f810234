"""Parse every file of a snapshot: filter, consult the cache, fan out to processes.

Tree-sitter parsing is CPU-bound and holds the GIL in the Python bindings' callers,
so large cold runs use a process pool (fork start); small ones stay in-process,
where a pool's start-up would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import PurePosixPath

from repoagent.hashing import content_hash
from repoagent.models import ParsedFile, SourceFile
from repoagent.parsing.cache import ParseCache
from repoagent.parsing.modules import module_ids
from repoagent.parsing.registry import language_for
from repoagent.sources import Snapshot

POOL_THRESHOLD_BYTES = 2_000_000
CHUNK_BYTES = 1_000_000


Job = tuple[str, str, bytes, str]  # path, module id, source, content hash


def read_snapshot(snapshot: Snapshot, max_file_size: int, module_prefix: str = "") -> tuple[list[Job], dict[str, str]]:
    """The files worth parsing, as jobs, and the files left out (path -> why).

    ``module_prefix`` is put before every module id: when the analysed folder is
    itself a Python package, its modules are ``pkg.mod``, as its own imports say.
    """
    paths = snapshot.paths()
    skipped = dict(snapshot.skipped)  # listing the paths is what finds these
    modules = module_ids(paths, module_prefix)
    todo: list[Job] = []
    for path in paths:
        source = _read(snapshot, path, max_file_size, skipped)
        if source is not None:
            todo.append((path, modules[path], source, content_hash(source)))
    return todo, skipped


def parse_jobs(todo: list[Job], cache: ParseCache, workers: int) -> dict[str, ParsedFile]:
    """Parsed files by path, from the cache where it has them; the new parses are
    put in the cache."""
    parsed: dict[str, ParsedFile] = {}
    missing: list[Job] = []
    for job in todo:
        path, module, _, digest = job
        cached = cache.get(path, digest)
        if cached is not None and cached.module == module:
            parsed[path] = cached
        else:
            missing.append(job)
    for result in _parse_all(missing, workers):
        cache.put(result)
        parsed[result.path] = result
    return parsed


def syntax_warnings(files: Iterable[SourceFile]) -> list[str]:
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


def _parse_all(todo: list[Job], jobs: int) -> list[ParsedFile]:
    total = sum(len(source) for _, _, source, _ in todo)
    workers = min(jobs, os.cpu_count() or 1)
    if workers < 2 or total < POOL_THRESHOLD_BYTES:
        return parse_batch(todo)
    # Big files first, then chunks of about CHUNK_BYTES, so the workers finish together.
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

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [result for batch in pool.map(parse_batch, chunks) for result in batch]


def parse_batch(batch: list[Job]) -> list[ParsedFile]:
    """Parse jobs; runs in worker processes too."""
    results = []
    for path, module, source, digest in batch:
        language = language_for(PurePosixPath(path))
        if language is None:
            continue
        results.append(language.parse(source, path, module, digest))
    return results
