"""The data model of code objects that every stage shares.

Parsers fill these plain, typed objects (the caches store them as plain values
through :mod:`repoagent.codec`; parser processes send them back pickled); the resolver turns call sites
into edges; change detection, writers and pages only read them. Nothing here knows
about tree-sitter, git or Markdown (griffe's split: a model apart from its loaders).

The records that neither extend another nor change (spans, parameters, imports,
calls, assignments, returns, source files, heads, edges) are named tuples: every
hook run imports this module, and a frozen slotted dataclass costs about 1 ms of
CPU to make there (its generated methods are compiled), a named tuple 0.1 ms.
:class:`Declaration` and :class:`Definition` (one extends the other, with
keyword-only fields) and :class:`ParsedFile` (filled in place) stay dataclasses.
"""

from __future__ import annotations

import dataclasses
import enum
import operator
from dataclasses import KW_ONLY, dataclass, field
from typing import Any, NamedTuple

from repoagent.hashing import short_hash


def _fast_pickle(cls: type) -> type:
    """Pickle as ``cls(*fields)``: parser processes send hundreds of thousands of
    these back to the main one, and the dataclass default for frozen slotted
    classes is 3x slower. (Pickle only ever crosses between repoagent's own
    processes; nothing on disk is pickled.) Keyword-only fields travel apart,
    named."""
    positional = operator.attrgetter(*cls.__match_args__)
    keywords = tuple(f.name for f in dataclasses.fields(cls) if f.kw_only)
    if not keywords:
        cls.__reduce__ = lambda self: (cls, positional(self))  # type: ignore[method-assign]
        return cls
    named = operator.attrgetter(*keywords)
    cls.__reduce__ = lambda self: (_construct, (cls, positional(self), keywords, named(self)))  # type: ignore[method-assign]
    return cls


def _construct(cls: type, values: tuple[object, ...], keywords: tuple[str, ...], named: tuple[object, ...]) -> object:
    """Unpickle what :func:`_fast_pickle` gave a class with keyword-only fields."""
    return cls(*values, **dict(zip(keywords, named)))


class Kind(enum.StrEnum):
    """What a documented object is, across languages.

    The language's own word for it (``struct``, ``trait``, ``interface``,
    ``async def`` ...) is kept in :attr:`Definition.keyword`.
    """

    MODULE = "module"
    CLASS = "class"
    FUNCTION = "function"
    METHOD = "method"


class Span(NamedTuple):
    """Where an object sits in its file: 1-based inclusive lines, 0-based bytes."""

    start_line: int
    end_line: int
    start_byte: int
    end_byte: int


class Parameter(NamedTuple):
    """One parameter as written: ``name: annotation = default``.

    ``prefix`` is ``*`` or ``**`` for Python's variadics (``...`` for rest
    parameters elsewhere), empty otherwise.
    """

    name: str
    annotation: str | None = None
    default: str | None = None
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class Declaration:
    """What an object's own source says about it, before it has a place: its name,
    kind and signature, and what its header and docstring state.

    Parsers fill it (``RawDefinition`` in :mod:`repoagent.parsing.base` adds the
    tree-sitter nodes); assembly gives it an id, a span and a hash
    (:class:`Definition`). ``keyword`` is the language's own word for the kind
    (``async def``, ``struct``, ``trait``). ``overloads`` are the signatures of the
    typing stubs (Python's ``@overload``) that fold into this implementation: one
    object, one section, one id. A ``typing_only`` definition sits under Python's
    ``if TYPE_CHECKING:``: documented, but never bound when the code runs.
    """

    name: str
    kind: Kind
    signature: str
    keyword: str = ""
    docstring: str | None = None
    decorators: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    returns: str | None = None
    raises: tuple[str, ...] = ()
    overloads: tuple[str, ...] = ()
    typing_only: bool = False

    def declared(self) -> tuple[Any, ...]:
        """The declaration's fields in order: ``Definition(*raw.declared(), id=...)``
        places any declaration without naming its fields again."""
        return _DECLARED(self)


_DECLARED = operator.attrgetter(*Declaration.__match_args__)


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Definition(Declaration):
    """A documented object: module, class (struct, interface, trait ...),
    function or method — a :class:`Declaration` placed in the repository.

    ``id`` is the dotted qualified name (``pkg.mod.Class.method``), unique in a
    repository; a module's id is its module name. ``code_hash`` covers the object's
    own source with the bodies of nested definitions replaced by their signatures, so
    a method body change stales the method, not its class (ARCHITECTURE.md, Invariants).
    """

    _: KW_ONLY
    id: str
    path: str
    language: str
    span: Span
    code_hash: str
    parent: str | None = None

    @property
    def signature_hash(self) -> str:
        """A short hash of the signature and the overloads' signatures: callers go
        stale when any of them changes, since each is a way to call the object."""
        return short_hash("\n".join((*self.overloads, self.signature)))


class Import(NamedTuple):
    """One name an import binds in a scope.

    ``module`` is the imported module as the language spells it, already made
    absolute where the parser can (Python relative imports are resolved against the
    importing module). ``name`` is the imported member (``from m import name``),
    ``None`` when the module itself is bound. ``local`` is the name bound in
    ``scope`` (the id of the module or function holding the import); ``*`` for
    star imports.
    """

    scope: str
    local: str
    module: str
    name: str | None
    line: int


class CallSite(NamedTuple):
    """A call found in the body of ``caller`` (the innermost enclosing definition).

    ``target`` is the called expression normalised to a dotted chain where possible
    (``f``, ``self.m``, ``mod.Class``, ``super().m``); resolvers decide what it
    names. ``constructs`` is true for ``new C()`` in languages that spell it so.
    ``arguments`` are the values passed, where the language's parser records them
    (Python: see :mod:`repoagent.parsing.languages.python_flow`), so the value flow
    can connect them to the callee's parameters.
    """

    caller: str
    target: str
    line: int
    constructs: bool = False
    arguments: tuple[str, ...] = ()


class Assignment(NamedTuple):
    """``target = value`` in ``scope`` where the value is a plain name, dotted name
    or call of one; lets resolvers follow simple aliases of callables and the
    classes of instances (``h = Handler(); h.run()``). ``value`` ends in ``()``
    when the assigned value is a call's result."""

    scope: str
    target: str
    value: str
    line: int


class Return(NamedTuple):
    """``return value`` in function ``scope`` (``kind`` ``return``), or a value it
    gives as a generator (``yield``, or ``yield from`` its elements), so the
    resolver can follow what a call of the function evaluates to. ``unless`` names
    the parameter ``p`` of ``if p is None: return value``: a call that passes a
    value there never returns this; ``!p`` one whose default is ``None`` for a
    return that runs only when ``p`` is not ``None``: a call that passes nothing
    there never returns this (Python only)."""

    scope: str
    value: str
    line: int
    kind: str = "return"
    unless: str = ""


@_fast_pickle
@dataclass(slots=True)
class ParsedFile:
    """Everything one tree-sitter pass over a file yields.

    ``definitions`` starts with the module itself, then the rest in source order.
    ``exports`` is the explicit export list (Python's ``__all__``), ``None`` if the
    file has none. ``errors`` lists the lines where the parser had to recover.
    """

    path: str
    language: str
    module: str
    content_hash: str
    definitions: list[Definition] = field(default_factory=list)
    imports: list[Import] = field(default_factory=list)
    calls: list[CallSite] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    returns: list[Return] = field(default_factory=list)
    exports: tuple[str, ...] | None = None
    errors: list[int] = field(default_factory=list)

    def source_file(self) -> SourceFile:
        """The part of this file the graph keeps after resolution."""
        return SourceFile(self.path, self.language, self.module, self.content_hash, tuple(self.definitions), tuple(self.errors))


class SourceFile(NamedTuple):
    """What the call graph keeps of a parsed file once its calls are resolved:
    what it defines and which content that was parsed from."""

    path: str
    language: str
    module: str
    content_hash: str
    definitions: tuple[Definition, ...]
    errors: tuple[int, ...] = ()


class FileHead(NamedTuple):
    """What placing a file in the graph and keying it need, without its definitions:
    where it is, its module, its content hash, its definitions' ids and parents (the
    module first, ids as separated across files) and its syntax-error lines."""

    path: str
    language: str
    module: str
    content_hash: str
    ids: tuple[str, ...]
    parents: tuple[str | None, ...]
    errors: tuple[int, ...]


class Edge(NamedTuple):
    """``caller`` calls ``callee`` (both definition ids) on ``lines``. A named tuple:
    a run reads the standard library's 30,000 from the store, made from the stored
    arrays by ``tuple.__new__`` with no Python call each (:func:`~repoagent.codec.decode_edges`;
    0.03 s as a frozen dataclass)."""

    caller: str
    callee: str
    lines: tuple[int, ...]
