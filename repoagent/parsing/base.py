"""What a language module provides, and the tree-sitter plumbing they share.

A language module is small: a :class:`Language` that names it (its module ids, its
parser, its resolver) and a :class:`FileParser` subclass with a grammar, a query and the hooks that
turn captured nodes into :class:`RawDefinition` and the other model objects.
:meth:`FileParser.parse` runs the outline every file follows, and the shared
:func:`assemble` does the work every language needs the same way: nesting
definitions into qualified ids, hashing each one's own code with nested bodies
replaced by their signatures, and assigning calls, imports and assignments to the
innermost enclosing definition.
"""

from __future__ import annotations

import bisect
import functools
import operator
import os
import re
from dataclasses import KW_ONLY, dataclass
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, ClassVar, NamedTuple

import tree_sitter as ts

from repoagent.hashing import short_hash
from repoagent.models import CallSite, Declaration, Definition, Kind, ParsedFile, Span

if TYPE_CHECKING:
    from repoagent.graph.resolvers.base import Resolver


def grammar_binding(package: str) -> Callable[[], object]:
    """The ``language`` function of the tree-sitter grammar ``package``, loaded on
    its first call from the package's ``_binding`` extension alone. The package's
    ``__init__`` imports ``importlib.resources`` (and with it ``tempfile`` and
    ``zipfile``: 7-9 ms of every run that parses) for query files repoagent does not
    read. A package laid out otherwise is imported as usual."""
    return lambda: _language_function(package)()


@functools.cache
def _language_function(package: str) -> Callable[[], object]:
    import importlib
    import sys
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec, PathFinder

    name = f"{package}._binding"
    try:
        if name not in sys.modules:
            spec = PathFinder.find_spec(package)
            folders = list(spec.submodule_search_locations or ()) if spec is not None else []
            path = next(f"{folder}/_binding{suffix}" for folder in folders for suffix in EXTENSION_SUFFIXES
                        if os.path.isfile(f"{folder}/_binding{suffix}"))
            loader = ExtensionFileLoader(name, path)
            module = loader.create_module(ModuleSpec(name, loader, origin=path))
            loader.exec_module(module)
            sys.modules[name] = module  # the package, if imported later, finds it
        return sys.modules[name].language
    except Exception:  # any other layout: the package's own way
        return importlib.import_module(package).language


class Grammar:
    """A tree-sitter grammar and the query a language runs over it, both built on
    first use: compiling a query costs milliseconds, and a repository without Rust
    files should not pay Rust's."""

    def __init__(self, language: Callable[[], object], query: str) -> None:
        self._language = language
        self._query = query

    @functools.cached_property
    def language(self) -> ts.Language:
        return ts.Language(self._language())

    @functools.cached_property
    def query(self) -> ts.Query:
        return ts.Query(self.language, self._query)


class FileParser:
    """One file's parse: :meth:`parse` is the outline every language follows, the
    other methods are the hooks a language fills.

    The outline: parse with the grammar, run the query once, turn the captures into
    raw definitions (:meth:`definitions`), assemble them with the module's docstring
    (:meth:`module_doc`) into ids and hashes, adjust what the language names its own
    way (:meth:`named`), record the calls, imports and assignments (:meth:`uses`),
    then the lines tree-sitter had to recover and the calls in line order. The hooks
    read the file through ``self``; ``assembly``, ``scope`` and ``parsed`` exist once
    the definitions are assembled.
    """

    grammar: ClassVar[Grammar]
    assembly: Assembly
    scope: Callable[[int], str]  # the id of the innermost definition holding a byte
    parsed: ParsedFile

    def __init__(self, language: str, source: bytes, path: str, module: str, content_hash: str) -> None:
        self.language = language
        self.source = _lone_returns_as_newlines(source)
        self.path = path
        self.module = module
        self.content_hash = content_hash

    @classmethod
    def variant(cls, path: str) -> type[FileParser]:
        """The parser for ``path``: this one, unless the language reads some of its
        files another way (TSX's grammar, Go's ``go.mod``)."""
        return cls

    def parse(self) -> ParsedFile:
        tree = ts.Parser(self.grammar.language).parse(self.source)
        captures = _cursor(self.grammar.query).captures(tree.root_node)
        for nodes in captures.values():
            # Among nested captures (``f(g())``) tree-sitter's order varies with memory
            # layout, so two runs gave two orders of one line's calls, and a resolver
            # capped at 16 candidates two graphs; document order, outer first, is one.
            _sort_in_document_order(nodes)
        raws = self.definitions(captures)
        self.assembly = assemble(self.source, self.path, self.language, self.module, self.module_doc(tree.root_node, captures), raws)
        self.scope = self.assembly.scopes.innermost
        self.parsed = ParsedFile(self.path, self.language, self.module, self.content_hash, self.named(captures))
        self.uses(captures)
        self.parsed.errors = error_lines(tree, captures.get("error", []))
        self.parsed.calls.sort(key=_LINE)
        return self.parsed

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        """The file's definitions, before nesting and hashing."""
        raise NotImplementedError

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        """The docstring of the file's module definition; none by default."""
        return None

    def named(self, captures: dict[str, list[ts.Node]]) -> list[Definition]:
        """The assembled definitions as the language names them (its file header as
        the module's signature, members declared away from their type); as
        assembled by default."""
        return self.assembly.definitions

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        """Record the file's calls, imports and assignments in ``self.parsed``."""
        raise NotImplementedError


class Language:
    """One programming language once loaded: how to name its modules, the
    :class:`FileParser` that reads its files and the resolver that turns their call
    sites into edges. Which files it reads is the registry's to say
    (:mod:`repoagent.parsing.registry`), so that routing a file loads nothing."""

    name: ClassVar[str]
    parser: ClassVar[type[FileParser]]
    resolver: ClassVar[Resolver]  # one instance per family: TypeScript shares JavaScript's

    def module_name(self, path: PurePosixPath) -> str:
        """The dotted module id of the file at repository-relative ``path``."""
        raise NotImplementedError

    def parse(self, source: bytes, path: str, module: str, content_hash: str) -> ParsedFile:
        """Parse ``source`` (the bytes of ``path``, hashing to ``content_hash``) in
        one tree-sitter pass."""
        return self.parser.variant(path)(self.name, source, path, module, content_hash).parse()


#: How deep in a syntax tree a capture may start. tree-sitter's query cursor slows to
#: a crawl past 65,535 levels (a file of ``1+1+...+1`` 80,000 terms long took 28 s,
#: 200,000 terms minutes, each run): far below that, and far above any code a person
#: writes, the rest of such an expression is not read.
MAX_QUERY_DEPTH = 10_000


def _cursor(query: ts.Query) -> ts.QueryCursor:
    """A cursor over ``query`` that starts no capture deeper than :data:`MAX_QUERY_DEPTH`."""
    cursor = ts.QueryCursor(query)
    cursor.set_max_start_depth(MAX_QUERY_DEPTH)
    return cursor


def _lone_returns_as_newlines(source: bytes) -> bytes:
    """``source`` with each carriage return not followed by a line feed made one, byte
    for byte: Python and JavaScript end a line at a lone ``\r`` (old Mac files), the
    grammars do not, and a file of them parsed as one line lost every definition after
    its first line. Offsets stay as they were."""
    return _LONE_RETURN.sub(b"\n", source) if b"\r" in source else source


_LONE_RETURN = re.compile(rb"\r(?!\n)")


@dataclass(frozen=True, slots=True)
class RawDefinition(Declaration):
    """A declaration as a language hook sees it, before nesting and hashing.

    ``node`` spans everything that belongs to the object (decorators and doc
    comments included); ``body`` is the part replaced by ``...`` when the object is
    nested in another one's hash. A ``None`` body means nothing is hidden.
    """

    _: KW_ONLY
    node: ts.Node
    body: ts.Node | None
    parent_id: str | None = None  # set when the parent is not the lexical container (Go, Rust impls)
    extra_start: int | None = None  # start byte of leading doc comments, when before ``node``


def decode(data: bytes) -> str:
    """Text from source bytes; invalid UTF-8 (a latin-1 file) becomes U+FFFD, never an error."""
    return data.decode("utf-8", errors="replace")


def text(node: ts.Node | None) -> str:
    """The source text of ``node`` ("" for none). Called millions of times on a large
    repository: ``node.text`` copies the bytes each time it is read, so it is read once."""
    if node is None:
        return ""
    data = node.text
    return "" if data is None else data.decode("utf-8", errors="replace")


def source_text(source: bytes) -> Callable[[ts.Node | None], str]:
    """:func:`text` for the nodes of a tree parsed from ``source``, sliced from it:
    ``node.text`` copies the bytes through a memoryview, twice the time, and the
    Python parser reads the text of a few hundred names and attributes per file."""

    def text_of(node: ts.Node | None) -> str:
        return "" if node is None else source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")  # :func:`decode`, inlined

    return text_of


def squash(text: str) -> str:
    """Collapse whitespace runs, so a signature is one line however it was wrapped."""
    return " ".join(text.split())


class ChainSyntax(NamedTuple):
    """How a grammar spells the links of a called expression, for :func:`chain`.

    ``members`` maps a member-access node type to its (object field, member field,
    separator); ``calls`` a call node type to its function field; ``transparent``
    node types are looked through, to the given field or their first named child.
    """

    names: frozenset[str]
    members: dict[str, tuple[str, str, str]]
    calls: dict[str, str]
    transparent: dict[str, str | None] = {"parenthesized_expression": None}  # never changed: one shared mapping


def uncommented(node: ts.Node) -> list[ts.Node]:
    """The named children of ``node`` but its comments: a comment inside a multi-line
    tuple, target list or parenthesized expression is a named child too, and counting
    it would shift positions (a comment line added there must change no fact)."""
    return [child for child in node.named_children if child.type != "comment"]


def first_named(node: ts.Node) -> ts.Node | None:
    """The first named child of ``node`` that is no comment: what parentheses hold
    (``(\n  # why\n  x)``: a comment is a named child too, and moving it must
    change no fact)."""
    return next((child for child in node.named_children if child.type != "comment"), None)


def chain(node: ts.Node | None, syntax: ChainSyntax) -> str | None:
    """The called expression as a chain (``f``, ``a.b``, ``self.m``, ``f().g``,
    ``a::b``), or ``None`` when it is something else (a subscript, a lambda).

    Iterative on purpose: generated and minified code nests member accesses deeper
    than Python's recursion limit.
    """
    suffix: list[str] = []
    while node is not None:
        kind = node.type
        if kind in syntax.names:
            suffix.append(decode(node.text or b""))
            return "".join(reversed(suffix))
        if kind in syntax.members:
            object_field, member_field, separator = syntax.members[kind]
            member = node.child_by_field_name(member_field)
            if member is None:
                return None
            suffix.append(separator + decode(member.text or b""))
            node = node.child_by_field_name(object_field)
        elif kind in syntax.calls:
            suffix.append("()")
            node = node.child_by_field_name(syntax.calls[kind])
        elif kind in syntax.transparent:
            inner = syntax.transparent[kind]
            node = node.child_by_field_name(inner) if inner else first_named(node)
        else:
            return None
    return None


def call_sites(callees: list[ts.Node], syntax: ChainSyntax, scope: Callable[[int], str]) -> list[CallSite]:
    """A call site per called expression that is a chain, in the scope holding it."""
    found = []
    for node in callees:
        target = chain(node, syntax)
        if target is not None:
            found.append(CallSite(scope(node.start_byte), target, node.start_point[0] + 1))
    return found


def error_lines(tree: ts.Tree, error_nodes: list[ts.Node]) -> list[int]:
    """Lines where tree-sitter had to recover (its ERROR nodes); line 1 when it only
    reports an error somewhere (a MISSING node)."""
    lines = sorted({node.start_point[0] + 1 for node in error_nodes})
    return lines or ([1] if tree.root_node.has_error else [])


class Scopes:
    """Finds the innermost definition containing a byte offset, in O(log n).

    Definitions nest properly (tree-sitter guarantees it), so a sorted list of
    start offsets and a parent walk is enough.
    """

    def __init__(self, definitions: list[Definition], module_id: str) -> None:
        ordered = sorted((d for d in definitions if d.kind is not Kind.MODULE), key=lambda d: d.span.start_byte)
        self._starts = [d.span.start_byte for d in ordered]
        self._defs = ordered
        self._by_id = {d.id: d for d in ordered}
        self._module_id = module_id

    def innermost(self, offset: int) -> str:
        """Id of the innermost definition whose span holds ``offset`` (the module if none)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        candidate = self._defs[index] if index >= 0 else None
        while candidate is not None and candidate.span.end_byte <= offset:
            candidate = self._by_id.get(candidate.parent or "")
        return candidate.id if candidate is not None else self._module_id

    def container(self, offset: int) -> str:
        """Id of the definition holding the innermost one at ``offset``: where that one
        is made (the module if none). Its decorators and defaults run there; an
        ``@overload`` stub's too, though its span is folded into the implementation's."""
        found = self._by_id.get(self.innermost(offset))
        return (found.parent or self._module_id) if found is not None else self._module_id


class Assembly(NamedTuple):
    """What :func:`assemble` returns: the definitions and a scope finder for them."""

    definitions: list[Definition]
    scopes: Scopes
    ids_by_node: dict[int, str]


def assemble(
    source: bytes,
    path: str,
    language: str,
    module: str,
    module_docstring: str | None,
    raws: list[RawDefinition],
) -> Assembly:
    """Nest raw definitions under the module, give them ids and own-code hashes."""
    raws = sorted(raws, key=lambda r: (_start(r), -r.node.end_byte))
    module_def_children: list[RawDefinition] = []
    children: dict[int, list[RawDefinition]] = {}
    containers: dict[int, RawDefinition | None] = {}
    depths: dict[int, int] = {}
    ids: dict[int, str] = {}
    parents: dict[int, str] = {}
    definitions: list[Definition] = []
    stack: list[RawDefinition] = []
    seen: set[str] = {module}
    for raw in raws:
        while stack and stack[-1].node.end_byte <= _start(raw):
            stack.pop()
        container = stack[-1] if stack else None
        (children.setdefault(id(container), []) if container else module_def_children).append(raw)
        containers[id(raw)], depths[id(raw)] = container, len(stack)
        stack.append(raw)
    # Parents get their ids before their members; among twins of one name the first
    # runtime one gets the plain id (a ``typing_only`` twin is one only type checkers
    # see), the rest ``~2``, ``~3``... in source order.
    for raw in sorted(raws, key=lambda r: (depths[id(r)], r.typing_only)):
        container = containers[id(raw)]
        parent_id = raw.parent_id or (ids[id(container)] if container else module)
        parents[id(raw)] = parent_id
        ids[id(raw)] = _unique(f"{parent_id}.{raw.name}", seen)
    # ``raws`` go by start: each definition's line counts the newlines since the
    # previous one's start (counting from the file's start each time cost 4% of a parse).
    line, counted = 1, 0
    for raw in raws:
        hidden = [c.body for c in children.get(id(raw), []) if c.body is not None]
        start = _start(raw)
        line += source.count(b"\n", counted, start)
        counted = start
        definitions.append(
            Definition(
                *raw.declared(),
                id=ids[id(raw)],
                path=path,
                language=language,
                span=Span(line, raw.node.end_point[0] + 1, start, raw.node.end_byte),
                code_hash=_own_hash(source, start, raw.node.end_byte, hidden),
                parent=parents[id(raw)],
            )
        )
    top_bodies = [r.body for r in module_def_children if r.body is not None]
    module_def = Definition(
        module.rsplit(".", 1)[-1],
        Kind.MODULE,
        "",
        docstring=module_docstring,
        id=module,
        path=path,
        language=language,
        span=Span(1, source.count(b"\n") + 1, 0, len(source)),
        code_hash=_own_hash(source, 0, len(source), top_bodies),
    )
    all_defs = [module_def, *definitions]
    return Assembly(all_defs, Scopes(all_defs, module), {raw.node.id: ids[id(raw)] for raw in raws})


def _sort_in_document_order(nodes: list[ts.Node]) -> None:
    """Sort ``nodes`` by start, then end descending (outer first), then type: three
    stable sorts on one attribute each, a C getter per node, where one sort on a
    key tuple called a Python function per node (a third of the time of the sort)."""
    nodes.sort(key=_TYPE)
    nodes.sort(key=_END, reverse=True)  # a reversed sort is stable too
    nodes.sort(key=_START)


_START, _END, _TYPE = (operator.attrgetter(name) for name in ("start_byte", "end_byte", "type"))
_LINE = operator.attrgetter("line")


def _start(raw: RawDefinition) -> int:
    return raw.extra_start if raw.extra_start is not None else raw.node.start_byte


def _unique(candidate: str, seen: set[str]) -> str:
    """Ids must be unique: a redefinition (``if``/``else`` variants) gets ``~2``, ``~3``..."""
    unique, counter = candidate, 1
    while unique in seen:
        counter += 1
        unique = f"{candidate}~{counter}"
    seen.add(unique)
    return unique


def _own_hash(source: bytes, start: int, end: int, hidden: list[ts.Node]) -> str:
    """Hash of source[start:end] with each hidden body replaced by ``...``."""
    pieces: list[bytes] = []
    cursor = start
    for body_start, body_end in sorted(_body_range(body) for body in hidden):
        if body_start < cursor:
            continue
        pieces.append(source[cursor:body_start])
        pieces.append(b"...")
        cursor = body_end
    pieces.append(source[cursor:end])
    return short_hash(decode(b"".join(pieces)))


def _body_range(body: ts.Node) -> tuple[int, int]:
    """The bytes a nested body covers, with the comments between its header and its
    first statement: Python's grammar hangs ``def f():  # note`` and a comment above
    the first statement on the definition, not on its block, yet they belong to the
    nested object's code, not to its container's."""
    start = body.start_byte
    previous = body.prev_sibling
    while previous is not None and previous.type == "comment":
        start = previous.start_byte
        previous = previous.prev_sibling
    return start, body.end_byte
