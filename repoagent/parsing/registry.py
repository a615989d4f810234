"""The one registry of languages, keyed by name and by file extension.

A language is registered once, here: its name, the files it parses and the module
that declares the rest (a :class:`~repoagent.parsing.base.Language` with its file
parser and its resolver). That module is imported, and its grammar and queries
built, only when a file of that language is first met: a Python repository never
pays for the JavaScript grammar (a tenth of a second of a run with nothing stale),
which is why the files a language parses are said here and not in its module.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from repoagent.graph.resolvers.base import Resolver
    from repoagent.parsing.base import Language


class Entry(NamedTuple):
    """One language as the registry knows it before loading it: its module under
    :mod:`repoagent.parsing.languages`, its class there, the extensions it parses
    and the whole file names it also parses (Go's ``go.mod``)."""

    name: str
    module: str
    cls: str
    extensions: tuple[str, ...]
    file_names: tuple[str, ...] = ()


ENTRIES: tuple[Entry, ...] = (
    Entry("python", "python", "Python", (".py",)),
    Entry("javascript", "javascript", "JavaScript", (".js", ".jsx", ".mjs", ".cjs")),
    Entry("typescript", "typescript", "TypeScript", (".ts", ".tsx", ".mts", ".cts")),
    Entry("go", "go", "Go", (".go",), ("go.mod",)),
    Entry("java", "java", "Java", (".java",)),
    Entry("rust", "rust", "Rust", (".rs",)),
)

_BY_NAME: dict[str, Entry] = {entry.name: entry for entry in ENTRIES}
_BY_EXTENSION: dict[str, Entry] = {ext: entry for entry in ENTRIES for ext in entry.extensions}
_BY_FILE_NAME: dict[str, Entry] = {name: entry for entry in ENTRIES for name in entry.file_names}


@functools.cache
def load(name: str) -> Language:
    """The language ``name`` (one of :data:`ENTRIES`), its module imported and its
    grammar built on the first call."""
    entry = _BY_NAME[name]
    module = importlib.import_module(f"repoagent.parsing.languages.{entry.module}")
    return getattr(module, entry.cls)()


def language_name(path: PurePosixPath | str) -> str | None:
    """The name of the language that parses ``path`` (by file name or extension),
    without loading it; ``None`` when none does. Listing a repository's files asks
    this of every file: a ``/``-separated string is read as such, with no path
    object made (0.02 s of the standard library's listing)."""
    name = path.rpartition("/")[2] if isinstance(path, str) else path.name
    dot = name.rfind(".")
    suffix = name[dot:] if 0 < dot < len(name) - 1 else ""  # as PurePosixPath.suffix
    entry = _BY_FILE_NAME.get(name) or _BY_EXTENSION.get(suffix.lower())
    return entry.name if entry is not None else None


def language_for(path: PurePosixPath) -> Language | None:
    """The language that parses ``path``, loaded; ``None`` when none does."""
    name = language_name(path)
    return load(name) if name is not None else None


def resolver_for(name: str) -> Resolver | None:
    """The resolver of the language ``name``; ``None`` for a name no entry has (a
    cache written by something else)."""
    return load(name).resolver if name in _BY_NAME else None
