"""What a method stores on ``self`` from a parameter, kept apart per receiver class.

``self.predicate = predicate`` in ``Base.__init__`` is one attribute per class for a
context-insensitive flow: every subclass that passes its own bound ``self._check`` up
with ``super().__init__(self._check)`` put it into the one parameter, so a call of
``self.predicate(x)`` on any subclass reached every subclass's ``_check`` (tenacity's
``retry_if_exception`` family: 25 of its 284 edges false). Such a store is *split*: a
call whose receiver class is known (``C(...)`` reaching an inherited ``__init__``,
``super().m(...)`` in a method of ``C``, or ``x.name = v`` running a property's setter on
an instance of ``C``) puts its argument in a variable of its own,
keyed by that class; a read of the attribute on an instance of ``D`` takes only the
variables of the receivers whose objects may be a ``D`` (:meth:`ReceiverStores.applies`).
Every other call (receiver unknown, ``*args`` or ``**kwargs`` passed) reaches the
parameter as before, and the attribute through the plain store. A read that no
receiver it applies to was seen giving anything by the fixed point takes what every
receiver gave (:meth:`ReceiverStores.starved`): its class is made where the flow does
not see (through too many values, or outside the repository), and before the split
it took them all too.

A store is split only where that is all it is: a method's ``self.name = p`` for a
plain parameter ``p`` that nothing else binds (no assignment, no ``nonlocal``), of a
class with subclasses in the repository (else every receiver is the class itself),
and a name no class on its MRO binds (a property's setter or a descriptor runs on the
store) nor any property setter of the repository is named. The flow
(:mod:`repoagent.graph.resolvers.python_flow`) asks this module which stores and
calls those are, and gives it the copies to make.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from repoagent.graph.resolvers.python import EXTERNAL, Evaluator, Index

#: A receiver: its class, and whether it is exactly that class (``C(...)``) or any
#: subclass too (``self`` in a method of ``C``, which ``super()`` passes up).
Receiver = tuple[str, bool]
#: A read: the class read on, whether exactly, and the subclasses it is restricted
#: to (those that run the method whose ``self`` is read), or ``None`` for all.
Reader = tuple[str, bool, Mapping[str, None] | None]


class ReceiverStores:
    """The split stores (found once, from the index) and, while the flow runs, the
    receivers each split parameter was given by and the reads waiting for them."""

    def __init__(
        self, index: Index, static: Evaluator, subclasses: Mapping[str, Mapping[str, None]], setter_names: set[str]
    ) -> None:
        self.subclasses = subclasses
        #: Method -> its split parameters (whose reads take the attributed values too).
        self.parameters: dict[str, set[str]] = {}
        #: (method, ``self.name``, the parameter) of each split store, as written.
        self.stores: set[tuple[str, str, str]] = set()
        #: (class, attribute name) -> the (method, parameter) pairs storing it split.
        self.attributes: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._given: dict[tuple[str, str], list[Receiver]] = {}  # (method, parameter) -> receivers, in order
        #: (method, parameter) -> its reads: each [reader, target, whether a receiver fed it].
        self._readers: dict[tuple[str, str], list[list[Any]]] = {}
        rebound = {(owner, name) for (_, name), owner in index.declared.items()}
        for cls, stored in index.attributes.items():
            if not subclasses.get(cls):
                continue
            mro = static.mro(cls)
            for name, values in stored.items():
                if name in setter_names or _bound_on(index, mro, name):
                    continue
                for method, value in values:
                    definition = index.defs[method]
                    first = index.first_parameter(definition)
                    if first is None or not _plain_parameter(definition, value) or (method, value) in rebound:
                        continue
                    if [b.kind for b in index.bindings.get(method, {}).get(value, ())] != ["param"]:
                        continue
                    self.parameters.setdefault(method, set()).add(value)
                    self.stores.add((method, f"{first[1]}.{name}", value))
                    pairs = self.attributes.setdefault((cls, name), [])
                    if (method, value) not in pairs:
                        pairs.append((method, value))

    def given(self, method: str, parameter: str, receiver: Receiver, copy: Callable[[Any, Any], None]) -> tuple[str, ...]:
        """The variable of what calls on ``receiver`` pass to ``parameter``: made known
        to the reads it applies to, now and later."""
        key = (method, parameter)
        var = ("ap", method, parameter, *map(str, receiver))
        receivers = self._given.setdefault(key, [])
        if receiver not in receivers:
            receivers.append(receiver)
            for read in self._readers.get(key, ()):
                if self.applies(receiver, read[0]):
                    read[2] = True
                    copy(var, read[1])
        return var

    def read(self, cls: str, name: str, reader: Reader, target: Any, copy: Callable[[Any, Any], None]) -> None:
        """``target`` is a read of ``name`` that finds class ``cls``'s attribute: it
        takes what each split store of ``cls`` was given by the receivers whose
        objects ``reader`` may read, now and later."""
        for key in self.attributes.get((cls, name), ()):
            read = [reader, target, False]
            self._readers.setdefault(key, []).append(read)
            for receiver in self._given.get(key, ()):
                if self.applies(receiver, reader):
                    read[2] = True
                    copy(("ap", *key, *map(str, receiver)), target)

    def starved(self) -> list[tuple[Any, Any]]:
        """At a fixed point: (what every receiver gave, the read) for each read that
        no receiver it applies to fed, each once (see the module's docstring)."""
        found = []
        for (method, parameter), reads in self._readers.items():
            for read in reads:
                if not read[2]:
                    read[2] = True
                    found.append((("n2", method, parameter), read[1]))
        return found

    def applies(self, receiver: Receiver, reader: Reader) -> bool:
        """Whether an object given by ``receiver`` may be one that ``reader`` reads:
        the classes each may be share one."""
        given, exactly = receiver
        cls, read_exactly, running = reader
        subclasses = self.subclasses.get(cls, {})
        read = {cls} if read_exactly else {cls, *(s for s in subclasses if running is None or s in running)}
        if given in read:
            return True
        return not exactly and not read.isdisjoint(self.subclasses.get(given, ()))


def _bound_on(index: Index, mro: list[str], name: str) -> bool:
    """Whether a class of ``mro`` (up to one from outside) binds ``name`` in its body."""
    for entry in mro:
        if entry.startswith(EXTERNAL):
            return False
        if name in index.bindings.get(entry, {}):
            return True
    return False


def _plain_parameter(definition: Any, name: str) -> bool:
    """Whether ``name`` is a parameter of ``definition`` after the first, not ``*``/``**``."""
    return any(p.name == name and not p.prefix for p in definition.parameters[1:])
