"""The value-flow solver's core: interned variables, capped value sets, copies, rules.

The flow of a large repository has about a million variables and as many copy
constraints; its worklist loop runs millions of times. Variables are named by
tuples of strings (readable, and built from the parser's facts), but Python does
not cache a tuple's hash, and equal tuples built apart compare string by string: so
each variable gets a small integer once (:class:`_Ids`: a dict whose ``__missing__``
makes it, so a known name costs one subscript and no Python call) and every table
of the loop is a list indexed by it, or keyed by plain integers.

A variable's values are a plain list (a list of at most :data:`MAX_VALUES` is
searched as fast as a dict and is a third of its size), and so are the variables it
is copied into and its rules. Most variables hold one value or none, flow into one
other and have one rule: a table entry is ``None``, the one item itself, or a list
once there are two (``type(entry) is list`` tells; values are never lists, nor are
rules or ids). On the standard library that saves 1.2 million lists of one, 85 MB.

A rule is a tuple ``(function, a, b, c)``: for each value the worklist calls
``function(owner, value, a, b, c)``, ``owner`` being the solver that made the
worklist. The standard library makes over a million rules: a closure costs a
function and a cell per captured name, a ``functools.partial`` three objects (itself,
its arguments, an empty keyword dict, about 200 bytes), a tuple of four 88 bytes; and
a plain function of the solver's class, shared by all its rules, needs no bound
method per rule. A variable with several rules keeps them in one flat list,
``[function, a, b, c, function, a, b, c, ...]``: a tuple per rule would cost 88
bytes more than its four slots (60 MB on the standard library). Once the fixed point is reached, :meth:`Worklist.finish` drops the
copies, the rules and the owner: the worklist refers back to its solver, a cycle the
paused garbage collector (``graph/build.py``) would keep alive to the end of the build.

A variable past :data:`MAX_VALUES` values holds the owner's *top* value instead, "too
many to mean anything", and keeps it: top is absorbing. It travels like any value:
every variable a top one is copied into becomes top, and each rule is run once with
top, so that the rule gives top to what it fills (the owner's rules know it). Values
are so sets of at most :data:`MAX_VALUES`, or top, and what a variable ends with no
longer depends on the order its values arrive (which 16 a capped variable kept did).
What a rule did with a variable's values before it became top stays done (see
ARCHITECTURE.md, "Bounds").

Everything is kept in insertion order (lists and dicts, no sets iterated), so that
the order in which rules run, and what they did before a variable became top, is the
same in every process (the order of a set of strings changes from one process to the
next: hash randomisation).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable
from typing import Any

MAX_VALUES = 16  # a variable that would hold more values holds top instead
_SEARCHED = 16  # a variable copied into fewer variables finds a copy made before by searching them

#: ``(function, a, b, c)``, run as ``function(owner, value, a, b, c)`` for each value.
Rule = tuple[Callable[[Any, Any, Any, Any, Any], None], Any, Any, Any]


class _Ids(dict[Hashable, int]):
    """Variable name -> id; a new name gets the next id, and ``None`` in each of the
    three tables (values, targets, rules): three ``append`` methods kept bound, not a
    loop over the tables (a million new variables on the standard library: 0.4 s)."""

    def __init__(self, values: list[Any], targets: list[Any], rules: list[Any]) -> None:
        super().__init__()
        self.tables(values.append, targets.append, rules.append)

    def tables(self, values: Callable[[None], None], targets: Callable[[None], None], rules: Callable[[None], None]) -> None:
        """Where a new id's entries go (``append`` of each table)."""
        self._values, self._targets, self._rules = values, targets, rules

    def new(self, var: Hashable) -> int:
        found = self[var] = len(self)  # ids are never dropped: the next is the count
        self._values(None)
        self._targets(None)
        self._rules(None)
        return found

    #: ``new`` itself, not a method calling it: about a million variables of the
    #: standard library are made this way, each one Python call fewer.
    __missing__ = new


def _dropped(_: None) -> None:
    """A table :meth:`Worklist.finish` dropped: a variable made later has no entry there."""


class Worklist:
    """Variables (any hashable name) holding at most :data:`MAX_VALUES` values each,
    or ``top`` (a value of the owner's choosing, so that its rules can tell it);
    ``copy`` and ``on`` constraints propagate every value, now and later."""

    def __init__(self, top: Hashable, owner: object = None) -> None:
        self._top = top
        self._owner = owner  # the first argument of every rule's function
        # Tables by id, each entry None, one item or a list of them (see above):
        self._values: list[Any] = []  # the variable's values, in arrival order, or top
        self._targets: list[Any] = []  # the ids of the variables it is copied into
        self._rules: list[Any] = []  # its rules (several: flat, see above)
        self._seen: dict[int, set[int]] = {}  # id -> its targets, once they are many (see ``copy``)
        #: Each queued value as four entries: its variable's id, the value, and how
        #: many of the variable's targets and rule slots it has yet to meet (see
        #: ``_add``). No tuple per value (two million on the standard library: 0.8 s
        #: -> 0.45 s to queue and take them, timed alone).
        self._queue: deque[Any] = deque()
        self._ids = _Ids(self._values, self._targets, self._rules)

    def make(self, var: Hashable) -> bool:
        """Make ``var``'s variable; whether it is new (a caller that sets up how a
        variable gets its values, once, asks here instead of keeping a set of its own)."""
        if var in self._ids:
            return False
        self._ids.new(var)
        return True

    def values(self, var: Hashable) -> Iterable[Hashable]:
        """The values ``var`` holds so far (none for an unknown variable; top alone
        once it overflowed)."""
        found = self._ids.get(var)
        values = self._values[found] if found is not None else None
        if values is None:
            return ()
        return values if type(values) is list else (values,)

    def add(self, var: Hashable, value: Hashable) -> None:
        """``var`` holds ``value`` (top: it holds too many values)."""
        self._add(self._ids[var], value)

    def _add(self, var: int, value: Hashable) -> None:
        values = self._values[var]
        if values is None:
            self._values[var] = value
        elif type(values) is list:
            if value in values:
                return
            if len(values) >= MAX_VALUES or value is self._top:
                self._values[var] = value = self._top  # the list goes: top holds nothing else
            else:
                values.append(value)
        elif values is self._top or value == values:
            return
        else:
            self._values[var] = value if value is self._top else [values, value]
        # How many copies and rules the value has yet to meet: those made from now
        # on replay it themselves (``copy``, ``on``), so ``run`` must not give it to
        # them again. Half a million rules of the standard library are made while
        # their variable's first values wait in the queue (every literal, import and
        # class is queued before solving starts): each ran twice, the second time
        # for nothing (Lib/: solving 6.2 -> 4.6 s CPU).
        targets, rules = self._targets[var], self._rules[var]
        queue = self._queue
        queue.append(var)
        queue.append(value)
        queue.append(0 if targets is None else len(targets) if type(targets) is list else 1)
        queue.append(0 if rules is None else len(rules) if type(rules) is list else 4)

    def copy(self, source: Hashable | None, target: Hashable) -> None:
        """``target`` holds every value of ``source``, now and later (nothing when
        ``source`` is ``None``: an expression without values, which the owner's
        callers need not test for, one Python call fewer each)."""
        if source is None or source == target:
            return
        source_id, target_id = self._ids[source], self._ids[target]
        targets = self._targets[source_id]
        # Copy once. Most variables flow into one or two others: their list is
        # searched. The few that flow into hundreds get a set (one set of all pairs
        # cost the standard library 55 MB).
        if targets is None:
            self._targets[source_id] = target_id
        elif type(targets) is not list:
            if targets == target_id:
                return
            self._targets[source_id] = [targets, target_id]
        else:
            if len(targets) < _SEARCHED:
                if target_id in targets:
                    return
            else:
                seen = self._seen.get(source_id)
                if seen is None:
                    seen = self._seen[source_id] = set(targets)
                if target_id in seen:
                    return
                seen.add(target_id)
            targets.append(target_id)
        values = self._values[source_id]
        if type(values) is list:  # values that arrive meanwhile come through the queue
            for position in range(len(values)):
                self._add(target_id, values[position])
        elif values is not None:
            self._add(target_id, values)

    def on(self, var: Hashable | None, rule: Rule) -> None:
        """Run ``rule`` (see :data:`Rule`) for every value of ``var``, now and later
        (never when ``var`` is ``None``, as in :meth:`copy`)."""
        if var is None:
            return
        var_id = self._ids[var]
        rules = self._rules[var_id]
        if rules is None:
            self._rules[var_id] = rule
        elif type(rules) is list:
            rules.extend(rule)
        else:
            self._rules[var_id] = [*rules, *rule]
        values = self._values[var_id]
        if values is None:
            return
        function, a, b, c = rule  # values that arrive meanwhile come through the queue
        if type(values) is list:
            for position in range(len(values)):
                function(self._owner, values[position], a, b, c)
        else:
            function(self._owner, values, a, b, c)

    def run(self) -> None:
        """Propagate until the queue is empty. Copies and rules added since a value
        was queued were already given it (``copy`` and ``on`` replay the current
        values), so only those present then are run: the counts queued with it.
        A value whose variable became top while it waited goes no further: top
        follows it, and what the value would start is what top stops."""
        queue, targets_of, rules_of, add, owner = self._queue, self._targets, self._rules, self._add, self._owner
        values_of, top, pop = self._values, self._top, self._queue.popleft
        while queue:
            var = pop()
            value = pop()
            copies = pop()
            ruled = pop()
            if values_of[var] is top and value is not top:
                continue
            if copies:
                targets = targets_of[var]
                if type(targets) is list:
                    for position in range(copies):
                        add(targets[position], value)
                else:
                    add(targets, value)
            if ruled:
                rules = rules_of[var]
                if type(rules) is list:
                    for position in range(0, ruled, 4):
                        rules[position](owner, value, rules[position + 1], rules[position + 2], rules[position + 3])
                else:
                    function, a, b, c = rules
                    function(owner, value, a, b, c)

    def finish(self) -> None:
        """The fixed point is reached: drop what only propagation needs (copies and
        rules, and the owner), keeping the values."""
        self._owner = None
        self._targets = []
        self._seen = {}
        self._rules = []
        self._ids.tables(self._values.append, _dropped, _dropped)