"""Stored data as msgpack, read back with every type checked.

A workspace file (a cache, the stamp, the pages record) holds only what msgpack can
spell (lists, strings, integers, ``None``), so reading one cannot build an arbitrary
object the way ``pickle`` does, and whoever reads it checks each value's type on
the way in: a file someone else wrote that decodes to nonsense raises
:class:`CacheError` (the caller then treats it as no file) instead of failing
somewhere later. A leaf module: the stamp, which answers a pre-commit hook's
common case, reads its file without importing the model classes (``codec.py``).
"""

from __future__ import annotations

from typing import Any, TypeVar

import msgpack

T = TypeVar("T")


class CacheError(ValueError):
    """A cache's content is not what repoagent writes."""


def pack(data: Any) -> bytes | None:
    """``data`` as msgpack, ``None`` when it holds something msgpack cannot spell (a
    file name that is not UTF-8): that part is simply not cached."""
    try:
        return msgpack.packb(data)
    except (TypeError, ValueError, OverflowError):
        return None


def unpack(blob: bytes) -> Any:
    """What :func:`pack` made; :class:`CacheError` for anything else."""
    try:
        return msgpack.unpackb(blob, raw=False, use_list=False, ext_hook=_refuse_extension)
    except Exception as error:
        raise CacheError(f"not msgpack: {error}") from error


def _refuse_extension(code: int, data: bytes) -> Any:
    raise CacheError(f"msgpack extension type {code}")


def expect(value: Any, kind: type[T]) -> T:
    """``value``, if its type is exactly ``kind`` (a ``bool`` is no ``int``, a
    subclass is not the class): what every decoder of stored data checks."""
    if type(value) is not kind:
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def array(value: Any) -> tuple[Any, ...]:
    """An array (msgpack arrays are read as tuples; a ``TypeError`` otherwise)."""
    return expect(value, tuple)


def strings(value: Any) -> tuple[str, ...]:
    """An array of strings (a ``TypeError`` otherwise). The items' types are
    checked in C, not by a Python call each (a run reads 20,000 ids this way)."""
    if not _STR.issuperset(map(type, array(value))):
        raise TypeError("expected an array of strings")
    return value


def ints(value: Any) -> tuple[int, ...]:
    """An array of integers (a ``TypeError`` otherwise; a ``bool`` is no ``int``)."""
    if not _INT.issuperset(map(type, array(value))):
        raise TypeError("expected an array of integers")
    return value


def optional_strings(value: Any) -> tuple[str | None, ...]:
    """An array of strings and nils (a ``TypeError`` otherwise)."""
    if not _OPTIONAL_STR.issuperset(map(type, array(value))):
        raise TypeError("expected an array of strings and nils")
    return value


_STR, _INT, _OPTIONAL_STR = frozenset({str}), frozenset({int}), frozenset({str, type(None)})
