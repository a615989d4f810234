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
parameter (``T``, ``A | B``). A call is narrowed only when every implementation the
flow found registered has its types so written (:meth:`Dispatches.narrow`, once the
flow is solved: the flow through the implementations dropped stays, only edges go).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, cast

from repoagent.graph.resolvers.python import EXTERNAL, Evaluator, Index, Value
from repoagent.models import Definition

if TYPE_CHECKING:
    from repoagent.graph.resolvers.python_flow import Arguments, Site, Var

#: Registered types by implementation: a repository class's id, else ``?`` and a name.
Registrations = dict[str, tuple[str, ...]]
#: What a variable of the flow holds (the worklist's ``values``).
Values = Callable[[Hashable], Iterable[Hashable]]

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


class Dispatches:
    """The calls a flow makes of ``singledispatch`` functions, and the functions
    registering with them, so that each call's callees can be narrowed once the flow
    is solved."""

    def __init__(self, index: Index, static: Evaluator, classes: set[str]) -> None:
        self.index = index
        self.static = static
        self.classes = classes  # the repository's class ids
        self.registering: list[Definition] = []  # definitions under a ``.register`` decorator
        #: By site: the dispatcher and the arguments of each of its calls there
        #: (``visit(node.left) + visit(node.right)`` is one site).
        self.calls: dict[Site, tuple[str, list[Arguments]]] = {}

    def note(self, definitions: Iterable[Definition]) -> None:
        self.registering.extend(d for d in definitions if any(".register" in x for x in d.decorators))

    def called(self, site: Site, dispatcher: str, arguments: Arguments) -> None:
        self.calls.setdefault(site, (dispatcher, []))[1].append(arguments)

    def narrow(
        self,
        dispatchers: set[str],
        callees: dict[Site, list[str]],
        values: Values,
        classes_of: Callable[[Value], list[str]],
    ) -> None:
        """Drop from ``callees`` what each dispatcher's call cannot run (see the module)."""
        registrations = self._registrations(dispatchers)
        for site, (dispatcher, calls) in self.calls.items():
            known = registrations.get(dispatcher)
            found = cast(list[Value], list(values(("sd", dispatcher))))
            listed = callees.get(site)
            if known is None or listed is None or any(v.kind == "top" or v.ref not in known for v in found):
                continue
            runs: set[str] = set()
            for arguments in calls:
                argument = next((var for key, var in arguments if key == 0), None)
                ran = self._runs_for(site.caller, dispatcher, argument, known, values, classes_of)
                if ran is None:
                    break
                runs |= ran
            else:
                callees[site] = [c for c in listed if c in runs or (c != dispatcher and c not in known)]

    def _runs_for(
        self, scope: str, dispatcher: str, argument: Var | None, known: Registrations,
        values: Values, classes_of: Callable[[Value], list[str]],
    ) -> set[str] | None:
        """What a call with first argument ``argument`` may run (``None``: anything)."""
        mro = self._certain_type(scope, argument, known)
        if mro is not None:
            return set(picked(mro, known)) or {dispatcher}
        held = cast(list[Value], list(values(argument))) if argument is not None else []
        if any(value.kind == "top" for value in held):
            return None
        # An implementation registered for a repository class runs only for an instance
        # of it or of a subclass, and the flow sees every instance the repository makes;
        # one registered for an outside type may run for an outside value, which it does
        # not (kept), as the function itself.
        runs = {implementation for implementation, names in known.items() if any(name.startswith("?") for name in names)}
        ours = {implementation: names for implementation, names in known.items() if implementation not in runs}
        for value in held:
            if value.kind in ("instance", "cone"):
                for cls in classes_of(value):
                    runs.update(picked(tuple(self.static.mro(cls)), ours))
        return runs | {dispatcher}

    def _registrations(self, dispatchers: set[str]) -> dict[str, Registrations]:
        """Each dispatcher's implementations written beside it with the types they are
        registered for; a dispatcher with a registration this cannot read is left out."""
        found: dict[str, Registrations] = {dispatcher: {} for dispatcher in dispatchers}
        for implementation in self.registering:
            for dispatcher, registered in list(found.items()):
                method = self.index.first_parameter(self.index.defs[dispatcher]) is not None
                names = registered_types(implementation, dispatcher, method)
                if names is None:
                    del found[dispatcher]
                elif names:
                    scope = implementation.id.rpartition(".")[0]
                    registered[implementation.id] = tuple(self._type_key(scope, name) for name in names)
        return found

    def _type_key(self, scope: str, name: str) -> str:
        """A type named in ``scope``: the repository class's id, else ``?`` and its last name."""
        value = self.static.evaluate(scope, name)
        if value is not None and value.kind == "def" and value.ref in self.classes:
            return value.ref
        return "?" + name.rpartition(".")[2]

    def _certain_type(self, scope: str, argument: Var | None, known: Registrations) -> tuple[str, ...] | None:
        """The dispatch order of ``argument``'s type when it is certain: a display
        (its type and ABCs), or a call of a repository class (its MRO, when no
        registration names an outside type it may match by its methods)."""
        if argument is None or argument[0] != "x":
            return None
        text = argument[2]
        if text[:1] == "{" and text[1:2] in DISPLAY_MROS:
            return tuple("?" + name for name in DISPLAY_MROS[text[1:2]])
        if not (text.endswith("()") and text[:-2].isidentifier()):
            return None
        made = self.static.evaluate(scope, text[:-2])
        if made is None or made.kind != "def" or made.ref not in self.classes:
            return None
        if any(name.startswith("?") and name != "?object" for names in known.values() for name in names):
            return None
        mro = self.static.mro(made.ref)
        if any(entry.startswith(EXTERNAL) and entry.rpartition(".")[2] not in ("object", "?object") for entry in mro):
            return None
        return (*mro, "?object")
