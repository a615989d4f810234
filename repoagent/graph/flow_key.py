"""What the resolvers see of a file, without where it is: the flow key, and the
mapping of a stored resolution's lines onto the file's lines now.

A resolution component (:mod:`repoagent.graph.build`) is keyed by its files' flow
keys, not their content hashes, so an edit that only moves lines (a comment, a
blank line, a docstring, a constant's value, a line before a function) keeps the
component's key: its stored edges and warnings are reused with their lines mapped,
instead of solving the component again (issue 17; on the standard library, one
giant component, that solve is 6 s of a one-edit run).

**The key** hashes every field a resolver reads of a :class:`ParsedFile`, with each
line replaced by its *rank* among the file's positions (the distinct lines of its
imports, calls, assignments, returns and definitions' starts; :func:`flow_key`
returns them). Left out, because no resolver (Python, Go, Java, Rust, JavaScript
and TypeScript; checked field by field) reads them:

* ``content_hash``: the point of the key;
* ``errors``: syntax-error lines only become warnings of the parse, from the
  ``files`` row, never through a resolver;
* a definition's ``code_hash`` and ``docstring``: they stale sections, they name
  no value;
* in a Python file, a definition's ``signature`` and ``overloads``: the Python
  resolver reads the parsed parameters, returns and decorators instead (the Go, Java
  and JavaScript resolvers read signatures, so theirs count). A signature's text
  runs up to the body's first statement, so a comment at the top of a body is in it;
* a definition's ``span`` except ``start_line``, and a module's span whole: no
  resolver reads ``end_line`` or bytes, or a module's lines (the parser has already used them to place each call in its caller).
  Python's resolver reads ``start_line`` (a class's ``__init_subclass__`` call)
  and computes each decorator's line from it (``start_line + k``, one line a
  decorator): those lines are positions too.

Literal values carry per-file ordinals, not byte offsets (``{L3``: the file's
third literal; :mod:`repoagent.parsing.languages.python_flow`), and so do a
comprehension's targets (``row@3``: :mod:`repoagent.parsing.languages.python_comprehensions`),
so they are part of the key as they are; comments inside brackets are no part of any
fact (``bench/flow_key_stability.py`` checks that a comment line changes no key).

**Why ranks are enough.** The resolvers read a line only to put it on an edge or a
warning, to tell sites apart (Python's ``Site``), or to compare it with another line
of the same file (Go's and Java's locals declared before a call; sorting sites by
caller, then line). A map that keeps the order of one file's positions keeps all of
that, so a component solved with the old lines gives, mapped, exactly what solving
it with the new ones gives. (A resolver that did arithmetic on lines, or compared
lines of two files, would break this: ARCHITECTURE.md, "What lives in
.repoagent/", says so to whoever writes one.)

**The map is always a bijection when the keys are equal**: the key holds every
position's rank, so equal keys have as many positions, each in the same place. An
edit that would make it not one (a line holding two calls split in two, two lines
joined) changes some rank, so the key differs and the component is solved again.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from operator import itemgetter

import msgpack

from repoagent.hashing import content_hash
from repoagent.models import Definition, Edge, Kind, ParsedFile


#: How positions are stored and compared: packed machine integers. A run reads every
#: file's (150,000 on the standard library: as a checked list, 0.05 s of a comment
#: edit's run); packed, equal positions are equal bytes, and they are unpacked only
#: for a file whose lines moved.
POSITION = "i"
_POSITION_BYTES = array(POSITION).itemsize


def stored_positions(value: object) -> bytes:
    """Positions as :func:`flow_key` packs them, read back from a row (a ``TypeError``
    for anything else)."""
    if type(value) is not bytes or len(value) % _POSITION_BYTES:
        raise TypeError("not packed positions")
    return value


def flow_key(parsed: ParsedFile) -> tuple[str, bytes]:
    """The flow key of ``parsed`` and its positions (its distinct lines, ascending,
    packed: :data:`POSITION`)."""
    lines = {record.line for records in (parsed.imports, parsed.calls, parsed.assignments, parsed.returns) for record in records}
    for definition in parsed.definitions:
        lines.update(_definition_lines(definition))
    positions = tuple(sorted(lines))
    rank = {line: number for number, line in enumerate(positions)}
    python = parsed.language == "python"
    # Packed at once (msgpack): a repr of it all costs twice as much, a repr per record more.
    read = (
        (parsed.path, parsed.language, parsed.module, parsed.exports),
        [(*_read(d, python), [rank[line] for line in _definition_lines(d)]) for d in parsed.definitions],
        [(i.scope, i.local, i.module, i.name, rank[i.line]) for i in parsed.imports],
        [(c.caller, c.target, rank[c.line], c.constructs, c.arguments) for c in parsed.calls],
        [(a.scope, a.target, a.value, rank[a.line]) for a in parsed.assignments],
        [(r.scope, r.value, rank[r.line], r.kind, r.unless) for r in parsed.returns],
    )
    return content_hash(msgpack.packb(read, unicode_errors="surrogatepass")), array(POSITION, positions).tobytes()


def _read(d: Definition, python: bool) -> tuple[object, ...]:
    """What resolvers read of a definition, but its lines (see the module's docstring
    for what is left out and why)."""
    parameters = tuple((p.name, p.annotation, p.default, p.prefix) for p in d.parameters)
    signatures = None if python else (d.signature, d.overloads)
    return (d.id, d.parent, d.name, d.kind.value, signatures, d.keyword, d.decorators, d.bases, parameters, d.returns, d.raises, d.typing_only)


def _definition_lines(d: Definition) -> range:
    """The definition's first line, and one line per decorator from there (Python's
    resolver places a decorator's call on ``start_line + k``); none for a module,
    whose first line is always 1 and read by no resolver (a line added above a file's
    first ``def`` would otherwise change the ranks)."""
    if d.kind is Kind.MODULE:
        return range(0)
    return range(d.span.start_line, d.span.start_line + max(1, len(d.decorators)))


#: An :class:`~repoagent.models.Edge`'s caller (read in C).
_CALLER = itemgetter(0)

#: How a warning names its call's line (:func:`repoagent.graph.resolvers.base.unlinked_call`).
_LINE = re.compile(r" line (\d+): call of ")


def shifted(
    edges: list[Edge], warnings: list[str], lines: Mapping[str, Mapping[int, int]], paths: Mapping[str, str]
) -> tuple[list[Edge], list[str]] | None:
    """A component's stored ``edges`` and ``warnings`` with the lines of each file of
    ``lines`` (path -> old line -> new line) mapped (``paths``: each node id's file);
    ``None`` when some line cannot be mapped or some warning cannot be read (then the
    component is solved again).

    An edge's lines and a warning's line are lines of its caller's file. The map
    keeps each file's order, so edges' lines stay sorted and warnings in order."""
    # Which ids moved and which edges have such a caller are found in C (an edit's
    # few of the standard library's 20,000 ids and 30,000 edges): only those are remade.
    moved = set(compress(paths.keys(), map(lines.__contains__, paths.values())))
    new_edges = list(edges)
    for number in compress(range(len(edges)), map(moved.__contains__, map(_CALLER, edges))):
        edge = edges[number]
        mapping = lines[paths[edge.caller]]
        if not all(line in mapping for line in edge.lines):
            return None
        new_edges[number] = Edge(edge.caller, edge.callee, tuple(mapping[line] for line in edge.lines))
    new_warnings = []
    # A warning starts with its caller's id: one that starts with no moved id is
    # kept as it is, as every warning is when no file moved, without reading it (a
    # regular expression per warning: 8,000 on the standard library, the edit's few).
    prefixes = tuple(moved)
    for warning in warnings:
        if not warning.startswith(prefixes):
            new_warnings.append(warning)
            continue
        found = _caller_line(warning, paths)
        if found is None:
            return None
        caller, match = found
        if caller in moved:
            mapping = lines[paths[caller]]
            line = int(match.group(1))
            if line not in mapping:
                return None
            warning = f"{warning[: match.start(1)]}{mapping[line]}{warning[match.end(1) :]}"
        new_warnings.append(warning)
    return new_edges, new_warnings


def _caller_line(warning: str, nodes: Mapping[str, str]) -> tuple[str, re.Match[str]] | None:
    """The warning's caller and the match of its line: the one ``" line N: call of "``
    whose text before it is a known id. Repository text is hostile (a target may hold
    those words): none or several such readings is no reading."""
    found = [(warning[: m.start()], m) for m in _LINE.finditer(warning) if warning[: m.start()] in nodes]
    return found[0] if len(found) == 1 else None


def line_maps(paths: Iterable[str], old: Sequence[bytes], new: Sequence[bytes]) -> dict[str, dict[int, int]] | None:
    """Per file whose positions (packed) moved, old line -> new line by rank; ``None``
    if some file's count of positions differs (a stored row not of this key)."""
    maps = {}
    for path, before, after in zip(paths, old, new, strict=True):
        if len(before) != len(after):
            return None
        if before != after:
            maps[path] = dict(zip(array(POSITION, before), array(POSITION, after)))
    return maps
