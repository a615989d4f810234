"""Which files make up the repository, and their bytes.

A :class:`Snapshot` is a view of the repository's files at one point: the working
tree (here), or the index or a commit (:mod:`repoagent.changes.git`). Everything
downstream reads through it, so ``--staged`` parses exactly what a commit will
contain.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

from repoagent.fileio import write_atomically
from repoagent.fingerprint import code_fingerprint
from repoagent.hashing import blake2b
from repoagent.packed import CacheError, pack, strings, unpack
from repoagent.parsing.registry import language_name
from repoagent.workspace import SKIPPED_FOLDERS, Workspace

if TYPE_CHECKING:
    import pathspec

    from repoagent.models import Definition

#: Far above the excluded paths of a repository of 100,000 files: a crafted file is not read.
MAX_EXCLUDED_BYTES = 2**26

#: Gitignore patterns of test code, left out of the pages unless ``document_tests``
#: is set: tests are not the product, and their pages would outnumber the code's.
#: The conventions of pytest, go test, Jest/Vitest/Mocha, Maven/Gradle and cargo.
TEST_FILES = (
    "tests/",
    "test/",
    "__tests__/",
    "test_*.py",
    "*_test.py",
    "conftest.py",
    "*_test.go",
    "*.test.*",
    "*.spec.*",
    "*Test.java",
    "*Tests.java",
)


def documented_exclude(exclude: tuple[str, ...], document_tests: bool, out: str) -> tuple[str, ...]:
    """The exclude patterns of a docs run: the user's, the pages folder ``out`` (what
    a site serves beside the pages, such as ``init --mermaid``'s script, is not the
    product's code), plus :data:`TEST_FILES` unless tests are to be documented too."""
    return exclude + (folder_pattern(posixpath.normpath(out)),) + (() if document_tests else TEST_FILES)


def folder_pattern(folder: str) -> str:
    """The gitignore pattern of exactly the folder ``folder`` (relative to the root):
    its wildcards and other special characters escaped, so a name such as ``[z-a]``
    or ``*`` (in ``out``, or a submodule's path in ``.gitmodules``) means itself."""
    return "/" + re.sub(r"([\\*?\[\]!# ])", r"\\\1", folder.strip("/")) + "/"


def excluded(root: Path, paths: list[str], patterns: tuple[str, ...]) -> set[str]:
    """Which of ``paths`` (relative to ``root``) the gitignore ``patterns`` match.

    A snapshot of git's index or a commit asks this of every file on every run, and
    the answer needs pathspec (0.016 s to import, 0.006 s to compile the usual
    patterns, then a match per file). It depends on nothing but the patterns and the
    paths, which an edit leaves as they are, so it is remembered in the workspace by
    a hash of both (and of this module): the answer again, without pathspec, until a
    file is added, removed or renamed. Only a speed-up: any doubt, and it is computed.
    """
    digest = blake2b(digest_size=16)
    for part in (_OWN_CODE, *patterns, "", *paths):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    key = digest.hexdigest()
    workspace = Workspace(root)
    stored = _stored_exclusions(workspace.exclusions, key)
    if stored is not None and stored.issubset(paths):
        return stored
    import pathspec  # only when the paths or the patterns changed since the last run

    spec = pathspec.GitIgnoreSpec.from_lines(patterns)
    found = {path for path in paths if spec.match_file(path)}
    target, blob = workspace.exclusions, pack([key, sorted(found)])
    if target is not None and blob is not None:  # else (untrusted workspace, a name msgpack cannot spell) not kept
        try:
            write_atomically(target, blob, workspace.scratch())
        except OSError:
            pass  # a read-only checkout only loses the speed-up
    return found


def _stored_exclusions(path: Path | None, key: str) -> set[str] | None:
    """The paths :func:`excluded` stored under ``key``; ``None`` when there are none,
    they are for other paths, or the file is anything else (every field is checked)."""
    try:
        if path is None or path.stat().st_size > MAX_EXCLUDED_BYTES:
            return None
        stored_key, found = unpack(path.read_bytes())
        return set(strings(found)) if stored_key == key and type(stored_key) is str else None
    except (OSError, CacheError, TypeError, ValueError):
        return None


class Snapshot(Protocol):
    """The source files of a repository at one point in its history."""

    def paths(self) -> list[str]:
        """Repository-relative POSIX paths of the files a language can parse."""
        ...

    def read(self, path: str) -> bytes:
        """The bytes of ``path`` as this snapshot has them."""
        ...

    def blob_id(self, path: str) -> str | None:
        """git's id of the bytes of ``path`` when the snapshot knows it without reading
        them (git's index or a commit lists it), else ``None``."""
        ...

    @property
    def skipped(self) -> dict[str, str]:
        """Files (or folders, ending in ``/``) left out while listing, and why: they
        exist but cannot be read as code, so their pages are kept as they are."""
        ...


class SourceTexts:
    """Definitions' own source text from a snapshot, each file read once."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._files: dict[str, bytes] = {}

    def text(self, node: Definition) -> str:
        if node.path not in self._files:
            self._files[node.path] = self._snapshot.read(node.path)
        return self._files[node.path][node.span.start_byte : node.span.end_byte].decode("utf-8", errors="replace")


class WorkingTree:
    """The files on disk under ``root``, honouring ``.gitignore`` files and ``exclude``.

    Symlinked directories are not followed (no loops, no duplicates); a symlinked
    file is read only when it points inside the repository.
    """

    def __init__(self, root: Path, exclude: tuple[str, ...] = ()) -> None:
        import pathspec  # not for a snapshot of git's index, which remembers what it excluded

        self.root = root.resolve()
        self._exclude = pathspec.GitIgnoreSpec.from_lines(exclude)
        self._skipped: dict[str, str] = {}
        self._paths: list[str] | None = None

    @property
    def skipped(self) -> dict[str, str]:
        return self._skipped

    def paths(self) -> list[str]:
        if self._paths is None:
            self._paths = sorted(self._walk())
        return self._paths

    def read(self, path: str) -> bytes:
        return (self.root / path).read_bytes()

    def blob_id(self, path: str) -> None:
        return None  # the working tree's bytes are only known by reading them

    def _walk(self):
        ignores: list[tuple[str, pathspec.GitIgnoreSpec]] = []
        info_exclude = self.root / ".git" / "info" / "exclude"
        if info_exclude.is_file():
            ignores.append(("", _spec(info_exclude)))
        for directory, dirnames, filenames in os.walk(self.root, onerror=self._walk_error):
            relative = Path(directory).relative_to(self.root).as_posix()
            prefix = "" if relative == "." else relative + "/"
            ignores = [(base, spec) for base, spec in ignores if prefix.startswith(base)]
            if ".gitignore" in filenames:
                ignores.append((prefix, _spec(Path(directory) / ".gitignore")))
            dirnames[:] = sorted(
                d
                for d in dirnames
                if d not in SKIPPED_FOLDERS
                and not (Path(directory) / d).is_symlink()
                and not self._ignored(prefix + d + "/", ignores)
            )
            for name in filenames:
                path = prefix + name
                if language_name(PurePosixPath(name)) is None or self._ignored(path, ignores):
                    continue
                if self._usable(Path(directory) / name, path):
                    yield path

    def _ignored(self, path: str, ignores: list[tuple[str, pathspec.GitIgnoreSpec]]) -> bool:
        if self._exclude.match_file(path):
            return True
        return any(spec.match_file(path[len(base) :]) for base, spec in ignores)

    def _usable(self, full: Path, path: str) -> bool:
        if not full.is_symlink():
            return True
        try:
            target = full.resolve(strict=True)
        except (OSError, RuntimeError):
            self._skipped[path] = "a broken or looping symlink"
            return False
        if not target.is_relative_to(self.root):
            self._skipped[path] = "a symlink that leaves the repository"
            return False
        return target.is_file()

    def _walk_error(self, error: OSError) -> None:
        folder = Path(error.filename).relative_to(self.root).as_posix() if error.filename else "."
        self._skipped[f"{folder}/"] = error.strerror or str(error)


def _spec(path: Path) -> pathspec.GitIgnoreSpec:
    """The patterns of the ignore file at ``path``; none when it is a symbolic link,
    which git does not follow either (one to ``/dev/zero`` was read until memory ran out)."""
    try:
        lines = [] if path.is_symlink() else path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return ignore_spec(lines)


def ignore_spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    """The patterns of an ignore file, less those :func:`pattern_problem` finds
    unusable. A repository's ``.gitignore`` is hostile input, and git itself passes
    over a pattern it cannot use (``[z-a]``, a lone ``\\``) where pathspec raised,
    which stopped every run with a traceback."""
    import pathspec

    few = [line for line in lines if not _too_many_wildcards(line)]
    try:
        return pathspec.GitIgnoreSpec.from_lines(few)
    except (ValueError, re.error):
        return pathspec.GitIgnoreSpec.from_lines([line for line in few if pattern_problem(line) is None])


#: The most runs of ``*`` (``**`` included) a pattern may have. pathspec matches
#: with regular expressions, where each run multiplies the ways a long path can fail
#: to match: two cost milliseconds, three ``**`` took 20 s on one deep path, five
#: ``*`` 13 s on one long name, six hours (git's own matcher does not backtrack).
MAX_WILDCARDS = 2
_WILDCARD = re.compile(r"(?<!\\)\*+")


def pattern_problem(pattern: str) -> str | None:
    """Why the gitignore ``pattern`` cannot be used, or ``None``: pathspec cannot
    compile it, or it has more than ``MAX_WILDCARDS`` wildcards."""
    import pathspec

    if _too_many_wildcards(pattern):
        return f"has more than {MAX_WILDCARDS} wildcards (* or **), which can take hours to match against a long path"
    try:
        pathspec.GitIgnoreSpec.from_lines([pattern])
    except (ValueError, re.error):
        return "is not a gitignore pattern"
    return None


def _too_many_wildcards(pattern: str) -> bool:
    return len(_WILDCARD.findall(pattern)) > MAX_WILDCARDS


#: What decides :func:`excluded`'s answers besides its arguments: this module's code.
_OWN_CODE = code_fingerprint(Path(__file__))
