"""Which implementation of a ``functools.singledispatch`` function a call runs, when
the call's argument has a type known for certain.

``to_json({"a": 1})`` runs what is registered for ``dict`` (or for the first of its
ABCs that has a registration, else the generic function), never the ``list`` or
``Decimal`` implementations; ``visit(Num(2))`` runs what is registered for ``Num``
or the nearest base. The value flow holds no outside values (a ``Decimal``, an
``int``), so a variable's type is never certain: only a display written at the call
(``{...}``, ``[...]``, ``(..., x)``, ``{x}``, a generator expression) or a call of a
repository class is. Everything else still reaches every implementation.

The registrations are read from the code, not from the flow: a decorator
``@f.register(T)``, or ``@f.register`` with the annotation of the dispatched
parameter (``T``, ``A | B``). The resolver narrows a call only when every
implementation the flow found registered has its types so written
(:meth:`~repoagent.graph.resolvers.python_flow.Flow._narrow_dispatches`).
"""

from __future__ import annotations

import re

from repoagent.models import Definition

#: Each display's type and the ABCs ``singledispatch`` sees it as, nearest first
#: (``functools._compose_mro`` over ``collections.abc``, Python 3.11).
DISPLAY_MROS: dict[str, tuple[str, ...]] = {
    "D": ("dict", "Reversible", "MutableMapping", "Mapping", "Collection", "Sized", "Iterable", "Container", "object"),
    "L": ("list", "MutableSequence", "Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container", "object"),
    "T": ("tuple", "Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container", "Hashable", "object"),
    "S": ("set", "MutableSet", "Set", "Collection", "Sized", "Iterable", "Container", "object"),
    "G": ("generator", "Generator", "Iterator", "Iterable", "Hashable", "object"),
}

_REGISTER = re.compile(r"(?P<head>[\w.]+)\.register(?:\((?P<types>[^()]*)\))?")


def registered_types(implementation: Definition, dispatcher: str, method: bool) -> tuple[str, ...] | None:
    """The type names ``implementation`` is registered for on ``dispatcher`` by its
    own decorators, written in the same scope (``@to_json.register(list)``, or a bare
    ``@to_json.register`` and the dispatched parameter's annotation); ``None`` when
    a registration says no type this can read (a generic alias, a string)."""
    scope = implementation.id.rpartition(".")[0]
    found: list[str] = []
    for decorator in implementation.decorators:
        match = _REGISTER.fullmatch(decorator)
        if match is None or f"{scope}.{match['head']}" != dispatcher.partition("~")[0]:
            continue
        written = match["types"]
        if written is None:
            parameters = implementation.parameters[1:] if method else implementation.parameters
            written = parameters[0].annotation if parameters else None
        names = [name.strip() for name in (written or "").split("|")]
        if not all(re.fullmatch(r"[A-Za-z_][\w.]*", name) for name in names):
            return None
        found.extend(names)
    return tuple(found)


def picked(mro: tuple[str, ...], registrations: dict[str, tuple[str, ...]]) -> list[str]:
    """The implementations registered for the first entry of ``mro`` that has any
    (entries and registered names compared by their last dotted part); none when
    no entry has one (the generic function runs)."""
    by_type: dict[str, list[str]] = {}
    for implementation, names in registrations.items():
        for name in names:
            by_type.setdefault(name.rpartition(".")[2], []).append(implementation)
    for entry in mro:
        chosen = by_type.get(entry.rpartition(".")[2])
        if chosen:
            return chosen
    return []
