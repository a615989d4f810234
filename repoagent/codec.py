"""The model objects as plain values, and back, for the caches in the workspace.

Each object is a list of its fields in declaration order (what :mod:`repoagent.packed`
stores and reads back as data, never code). Inside a file's list of definitions, the
file's path and language are left out: they are the file's. Decoding checks every
value's type, so a row someone else wrote that decodes to nonsense raises
:class:`~repoagent.packed.CacheError` (the caller then treats it as no row).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from itertools import chain, repeat
from typing import Any, TypeVar

from repoagent.models import Assignment, CallSite, Definition, Edge, Import, Kind, Parameter, ParsedFile, Return, Span
from repoagent.packed import CacheError, array, ints, strings

T = TypeVar("T")

_KINDS = {kind.value: kind for kind in Kind}


# --- encoding: objects to lists -------------------------------------------------


def encode_parsed_file(parsed: ParsedFile) -> list[Any]:
    """A parse, every part of it."""
    return [
        *_encode_head(parsed),
        [[i.scope, i.local, i.module, i.name, i.line] for i in parsed.imports],
        [[c.caller, c.target, c.line, c.constructs, list(c.arguments)] for c in parsed.calls],
        [[a.scope, a.target, a.value, a.line] for a in parsed.assignments],
        [[r.scope, r.value, r.line, r.kind, r.unless] for r in parsed.returns],
        None if parsed.exports is None else list(parsed.exports),
        list(parsed.errors),
    ]


def encode_definitions(definitions: Iterable[Definition]) -> list[Any]:
    """A file's definitions (without its path and language, which are the file's)."""
    return [_encode_definition(d) for d in definitions]


def _encode_head(file: ParsedFile) -> list[Any]:
    """Where a parse is, what, and its definitions."""
    return [file.path, file.language, file.module, file.content_hash, encode_definitions(file.definitions)]


def _encode_definition(d: Definition) -> list[Any]:
    span = d.span
    return [
        d.id,
        d.name,
        d.kind.value,
        [span.start_line, span.end_line, span.start_byte, span.end_byte],
        d.signature,
        d.code_hash,
        d.parent,
        d.keyword,
        d.docstring,
        list(d.decorators),
        list(d.bases),
        [[p.name, p.annotation, p.default, p.prefix] for p in d.parameters],
        d.returns,
        list(d.raises),
        list(d.overloads),
        d.typing_only,
    ]


# --- decoding: arrays to objects, every type checked ------------------------------
#
# msgpack arrays are read as tuples (``use_list=False``), so tuple fields need no
# copy. The checks are spelled out inline: the standard library's graph holds some
# 70,000 definitions, and a helper call per field would cost a tenth of a second.


def decode_parsed_file(value: Any) -> ParsedFile:
    """The :class:`ParsedFile` :func:`encode_parsed_file` made; :class:`CacheError` otherwise."""
    try:
        path, language, module, digest, definitions, imports, calls, assignments, returns, exports, errors = value
        strings((path, language, module, digest))
        return ParsedFile(
            path,
            language,
            module,
            digest,
            [_decode_definition(d, path, language) for d in array(definitions)],
            [_decode_import(i) for i in array(imports)],
            [_decode_call(c) for c in array(calls)],
            [_decode_assignment(a) for a in array(assignments)],
            [_decode_return(r) for r in array(returns)],
            None if exports is None else strings(exports),
            list(ints(errors)),
        )
    except (TypeError, ValueError, LookupError) as error:
        raise CacheError(f"not a parsed file: {error}") from error


def decode_definitions(value: Any, path: str, language: str) -> tuple[Definition, ...]:
    """The definitions :func:`encode_definitions` made, placed in ``path``;
    :class:`CacheError` otherwise."""
    try:
        return tuple([_decode_definition(d, path, language) for d in array(value)])
    except (TypeError, ValueError, LookupError) as error:
        raise CacheError(f"not a file's definitions: {error}") from error


def decode_edges(value: Any) -> list[Edge]:
    """The edges a stored array of ``[caller, callee, lines]`` holds (as msgpack spells
    an :class:`Edge`); :class:`CacheError` otherwise. Each check runs over all edges
    at once (the types of every end, of every line), none in Python per edge."""
    try:
        if type(value) is not tuple or not set(map(type, value)) <= {tuple} or not set(map(len, value)) <= {3}:
            raise TypeError("not an array of three-item arrays")
        if not {*map(type, map(_first, value)), *map(type, map(_second, value))} <= {str}:
            raise TypeError("an edge's ends are not strings")
        lines = tuple(map(_third, value))
        if not set(map(type, lines)) <= {tuple} or not set(map(type, chain.from_iterable(lines))) <= {int}:
            raise TypeError("an edge's lines are not integers")
        return list(map(tuple.__new__, repeat(Edge), value))
    except (TypeError, ValueError, LookupError) as error:
        raise CacheError(f"not an edge: {error}") from error


_first, _second, _third = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


def decode_list(value: Any, decode: Callable[[Any], T]) -> list[T]:
    """A list of objects, each decoded by ``decode``."""
    if type(value) is not tuple:
        raise CacheError(f"expected an array, found {type(value).__name__}")
    return [decode(item) for item in value]


def _decode_definition(value: Any, path: str, language: str) -> Definition:
    (id_, name, kind, span, signature, code_hash, parent, keyword, docstring, decorators, bases, parameters, returns, raises, overloads, typing_only) = value
    if not (
        type(typing_only) is bool
        and type(id_) is str
        and type(name) is str
        and type(signature) is str
        and type(code_hash) is str
        and type(keyword) is str
        and (parent is None or type(parent) is str)
        and (docstring is None or type(docstring) is str)
        and (returns is None or type(returns) is str)
    ):
        raise TypeError(f"a field of definition {id_!r} has the wrong type")
    start_line, end_line, start_byte, end_byte = ints(span)
    return Definition(
        name,
        _KINDS[kind],
        signature,
        keyword,
        docstring,
        strings(decorators) if decorators else (),
        strings(bases) if bases else (),
        _decode_parameters(parameters) if parameters else (),
        returns,
        strings(raises) if raises else (),
        strings(overloads) if overloads else (),
        typing_only,
        id=id_,
        path=path,
        language=language,
        span=Span(start_line, end_line, start_byte, end_byte),
        code_hash=code_hash,
        parent=parent,
    )


@functools.lru_cache(maxsize=2**16)
def _decode_parameters(value: Any) -> tuple[Parameter, ...]:
    """A definition's parameters, decoded once per distinct value: the standard
    library's 35,000 are 4,500 distinct (12,000 of them a plain ``self``), and being
    frozen they can be shared (a plan decoding every file's row saves 0.03 s). What
    is not hashable, as what is not an array, is a ``TypeError``."""
    return tuple([_decode_parameter(p) for p in array(value)])


def _decode_parameter(value: Any) -> Parameter:
    name, annotation, default, prefix = value
    if not (
        type(name) is str
        and type(prefix) is str
        and (annotation is None or type(annotation) is str)
        and (default is None or type(default) is str)
    ):
        raise TypeError("a field of a parameter has the wrong type")
    return Parameter(name, annotation, default, prefix)


def _decode_import(value: Any) -> Import:
    scope, local, module, name, line = value
    strings((scope, local, module))
    if not (name is None or type(name) is str) or type(line) is not int:
        raise TypeError("a field of an import has the wrong type")
    return Import(scope, local, module, name, line)


def _decode_call(value: Any) -> CallSite:
    caller, target, line, constructs, arguments = value
    if not (type(caller) is str and type(target) is str and type(line) is int and type(constructs) is bool):
        raise TypeError("a field of a call site has the wrong type")
    return CallSite(caller, target, line, constructs, strings(arguments) if arguments else ())


def _decode_assignment(value: Any) -> Assignment:
    scope, target, assigned, line = value
    if not (type(scope) is str and type(target) is str and type(assigned) is str and type(line) is int):
        raise TypeError("a field of an assignment has the wrong type")
    return Assignment(scope, target, assigned, line)


def _decode_return(value: Any) -> Return:
    scope, returned, line, kind, unless = value
    if not (type(scope) is str and type(returned) is str and type(line) is int and type(kind) is str and type(unless) is str):
        raise TypeError("a field of a return has the wrong type")
    return Return(scope, returned, line, kind, unless)
