"""Which Python functions give each call its own argument back: found from the facts
before any constraint is made (bindings and call arguments, no values flow here).

``return p`` of a parameter nothing rebinds (a decorator that registers a function and
returns it), and ``return g(p)`` where ``g`` gives back what it is passed there (a class
decorator that calls the one doing the work: ``return replace(cls, x)``), to any
depth. A call of such a function gets back what it passed, not every argument any call
passed: without it, ``g``'s result merged every class any caller decorated, and each
decorated name held them all. The flow (:mod:`repoagent.graph.resolvers.python_flow`)
reads what this finds when it binds a call's arguments and makes its result.

A return under ``if p is None:`` (or after ``if p is not None:`` that returns) is
*guarded* by ``p``: what it gives goes to a variable of its own, which a call takes
unless it passes there what a decorator is applied to (never ``None``). One that runs
only when ``p`` is not ``None`` (the parser's ``unless`` ``!p``, ``p`` defaulting to
``None``) is *given* ``p``: a call that passes nothing there does not take it
(``@attrs(repr=False)`` gets the decorator ``wrap``, not ``wrap(maybe_cls)``, every
class the factory ever built).
"""

from __future__ import annotations

import re
from collections import defaultdict

from repoagent.graph.resolvers.python import CALL, Evaluator, Index, Value
from repoagent.models import Kind, ParsedFile, Return

#: A chain's subscript step: an unknown key, a literal name, or a position.
_SUBSCRIPT = re.compile(r"\[(?::\w+|\d+)?\]")
#: How many lines after a call its arguments' own calls are looked for.
_NESTED_LINES = 10
Parameter = tuple[int, str]  # position and name
CallBack = tuple[Parameter, str, int, tuple[str, ...]]  # the parameter, its attribute called, the line, the arguments
ReturnKey = tuple[str, int, str]  # scope, line, the returned value (a chain)


class PassingThrough:
    """The parameters each function gives back as passed, the parameters guarding
    returns, and which returns do so (:meth:`note` fills them)."""

    def __init__(self, index: Index, static: Evaluator) -> None:
        self.index = index
        self.static = static
        #: Each function's parameters that a call gets back as it passed them.
        self.parameters: dict[str, list[Parameter]] = defaultdict(list)
        #: Each function's parameters whose element a return gives back, with the
        #: subscript (``return methods[fmt]``: ``[]``): a call gets the element of what
        #: it passed, not of what every call passed (rsa's ``_assert_format_exists``).
        self.picks: dict[str, list[tuple[Parameter, str]]] = defaultdict(list)
        #: Each function's parameters whose call, or whose method's call, or the call
        #: of whose element, a return gives back (``return hook(expr)``: the attribute
        #: ``""``; ``return node.render()``: ``render``; ``return io[BODY]["x"](data)``,
        #: h11's readers and writers: the subscripts ``[].[:x]``), with the call's line
        #: and arguments: a call gets what the function it passed (or its argument's
        #: method, or element) returns, not what every passed one does.
        self.calls_back: dict[str, list[CallBack]] = defaultdict(list)
        #: Each function's parameters ``p`` that guard returns of ``if p is None:``:
        #: what those return is in ``("r?", function, name)``.
        self.guarded: dict[str, list[Parameter]] = defaultdict(list)
        #: Each function's parameters ``p`` (default ``None``) that returns run only
        #: when not ``None``: what those return is in ``("r!", function, name)``.
        self.given: dict[str, list[Parameter]] = defaultdict(list)
        #: The returns that give each call its own argument back: ``None`` for
        #: ``return p``, else the function whose call passes ``p`` on (``return g(p)``).
        self.returns: dict[ReturnKey, str | None] = {}
        #: While facts are added: each call's arguments by (scope, line, ``target()``),
        #: ``None`` for two such calls on one line.
        self.arguments: dict[ReturnKey, tuple[str, ...] | None] = {}
        #: The *fluent* methods (see :meth:`_note_fluent`), each with its ``self``, and
        #: their names: a call ``r.name()`` gives back its receiver. The flow removes
        #: those it finds are not.
        self.fluent: dict[str, str] = {}
        self.fluent_names: set[str] = set()
        #: The fluent methods that are *factories* (see :meth:`_note_factories`): a
        #: call ``C.name()`` gives an instance of ``C``, not the receiver.
        self.factories: set[str] = set()
        self._generators: set[str] = set()

    def note(self, files: list[ParsedFile], generators: set[str]) -> None:
        """Find them in ``files`` (``generators``: the functions that yield, which give
        back no argument)."""
        self._generators = generators
        calls: dict[ReturnKey, tuple[str, ...] | None] = {}
        methods: dict[ReturnKey, tuple[str, ...] | None] = {}  # ``return p.name(...)``'s calls
        candidates: list[ReturnKey] = []
        called: list[tuple[ReturnKey, Parameter, str]] = []
        for parsed in files:
            returning = {(r.scope, r.line) for r in parsed.returns if r.kind == "return"}
            # ``p[k] = v``: a function that stores into its parameter's elements merges what
            # every call stores there, so returning ``p[k]`` gives no call its own element.
            stored_into = {(a.scope, a.target.partition(".")[0]) for a in parsed.assignments if ".[" in a.target}
            for call in parsed.calls:
                # Only ``g()`` and ``self.g()`` can be such a call (the flow's ``_own_method``).
                if "." not in call.target or (call.target.count(".") == 1 and ":" not in call.target):
                    key = (call.caller, call.line, call.target + CALL)
                    calls[key] = None if key in calls else call.arguments  # two on a line: unknown
                if "." in call.target and (call.caller, call.line) in returning:
                    key = (call.caller, call.line, call.target)
                    methods[key] = None if key in methods else call.arguments
            for returned in parsed.returns:
                if returned.kind != "return":
                    continue
                guard = self.guard(returned.scope, returned.unless)
                if guard is not None and guard not in self.guarded[returned.scope]:
                    self.guarded[returned.scope].append(guard)
                given = self.given_by(returned.scope, returned.unless)
                if given is not None and given not in self.given[returned.scope]:
                    self.given[returned.scope].append(given)
                key = (returned.scope, returned.line, returned.value)
                through = self.parameter(returned.scope, returned.value)
                picked = self._picked(returned, stored_into) if through is None else None
                if through is not None:
                    self.parameters[returned.scope].append(through)
                    self.returns[key] = None
                elif picked is not None:
                    self.picks[returned.scope].append(picked)
                    self.returns[key] = None
                elif returned.value.endswith(CALL):
                    head, _, attribute = returned.value[: -len(CALL)].partition(".")
                    hook = self.parameter(returned.scope, head)
                    if hook is not None and ("." in attribute or attribute.startswith("[")) and not _subscripts(attribute):
                        hook = None  # a longer chain: not a call of the argument, its method or element
                    if hook is not None:
                        called.append((key, hook, attribute))
                    elif not attribute:
                        candidates.append(key)
        self.arguments = calls
        for key, hook, attribute in called:
            scope, line, value = key
            # ``p.get:name()`` is the call of ``p.get`` with a literal key (see the parser).
            written = value.removesuffix(CALL) if _subscripts(attribute) else value.partition(":")[0].removesuffix(CALL)
            arguments = methods.get((scope, line, written)) if attribute else calls.get(key)
            if arguments is not None:  # one such call on its line: its arguments known
                self.calls_back[scope].append((hook, attribute, line, arguments))
                self.returns[key] = None
        self._note_fluent(files)
        self._note_factories(files)
        found = True
        while found:  # a chain of such functions, in any order of files
            found = False
            for key in candidates:
                if key not in self.returns and self._passes_on(key, calls.get(key)):
                    found = True

    def _picked(self, returned: Return, stored_into: set[tuple[str, str]]) -> tuple[Parameter, str] | None:
        """The parameter and subscript of ``return p[k]`` (``p.[]``, ``p.[:name]``,
        ``p.[0]``), ``p`` a parameter nothing rebinds and the function stores no
        element into (``stored_into``: the file's scopes and names ``x[k] = v`` stores
        into); else ``None``."""
        head, dot, operation = returned.value.partition(".")
        if not dot or not _SUBSCRIPT.fullmatch(operation) or (returned.scope, head) in stored_into:
            return None
        found = self.parameter(returned.scope, head)
        return None if found is None else (found, operation)

    def _note_fluent(self, files: list[ParsedFile]) -> None:
        """Find the methods that may be *fluent*: every return is ``return self``
        (``self`` never rebound), undecorated, no dunder (the interpreter calls those,
        on receivers of its own), the one binding of its name in its class. The flow
        keeps one fluent while no chain reads its name as an attribute but to call it
        (``x.name(...)``): then the bound method an instance's class gives for the
        name is called right where it is read, on the receiver read, so ``r.name()``
        gives back ``r``; ``cb = x.name`` or ``getattr(x, "na" + ...)`` could take it
        elsewhere, where the receiver is not known (``Flow._demote``)."""
        returns: dict[str, list[Return] | None] = {}  # ``None``: some return is not ``return self``
        for parsed in files:
            for returned in parsed.returns:
                found = returns.setdefault(returned.scope, [])
                if found is not None and self._returns_self(returned):
                    found.append(returned)
                else:
                    returns[returned.scope] = None
        for method, returned in returns.items():
            if not returned or method in self._generators or not self._fluent_shape(method):
                continue
            definition = self.index.defs[method]
            self.fluent[method] = definition.parameters[0].name
            self.fluent_names.add(definition.name)
            self.returns.update(((r.scope, r.line, r.value), None) for r in returned)

    def _note_factories(self, files: list[ParsedFile]) -> None:
        """Find the classmethods that may be *factories*: every return is an instance
        its ``cls`` makes (``return cls(...)``, or a local name bound once, to
        ``cls(...)``), ``cls`` never rebound, decorated by ``@classmethod`` alone, no
        dunder, the one binding of its name in its class. They are fluent as a
        ``return self`` method is (kept while their name is only read to be
        called): ``Todo.new()`` and ``super().new()`` in ``Todo`` make a ``Todo``,
        not every class whose ``new`` reached the ``cls`` of the one they share
        (icalendar's components)."""
        returns: dict[str, bool] = {}  # False: some return is not an instance cls made
        for parsed in files:
            for returned in parsed.returns:
                returns[returned.scope] = returns.get(returned.scope, True) and self._returns_made(returned)
        for method, made in returns.items():
            if made and method not in self._generators and self._fluent_shape(method, decorators=("classmethod",)):
                self.fluent[method] = self.index.defs[method].parameters[0].name
                self.fluent_names.add(self.index.defs[method].name)
                self.factories.add(method)

    def _returns_made(self, returned: Return) -> bool:
        """Whether ``returned`` gives what ``cls(...)`` makes in a classmethod whose
        ``cls`` nothing rebinds."""
        definition = self.index.defs.get(returned.scope)
        first = self.index.first_parameter(definition) if definition is not None else None
        if first is None or first[0] != "class" or returned.kind != "return" or returned.unless:
            return False
        scope = self.index.bindings.get(returned.scope, {})
        made = first[1] + CALL
        if len(scope.get(first[1], ())) != 1 or scope[first[1]][0].kind != "param":
            return False
        if returned.value == made:
            return True
        bindings = scope.get(returned.value, ())
        return len(bindings) == 1 and bindings[0].kind == "assign" and bindings[0].ref == made

    def _returns_self(self, returned: Return) -> bool:
        """Whether ``returned`` is ``return self`` of a method whose ``self`` nothing rebinds."""
        definition = self.index.defs.get(returned.scope)
        first = self.index.first_parameter(definition) if definition is not None and returned.kind == "return" else None
        if first is None or first[0] != "instance" or returned.value != first[1]:
            return False
        bindings = self.index.bindings.get(returned.scope, {}).get(first[1], ())
        return len(bindings) == 1 and bindings[0].kind == "param"

    def _fluent_shape(self, method: str, decorators: tuple[str, ...] = ()) -> bool:
        """Whether ``method`` is a method with just these ``decorators``, no dunder
        but ``__enter__``/``__aenter__`` (the parser writes ``with C() as x`` as the chain
        ``C().__enter__()``, on its receiver: tqdm's bar is the class made, not any
        subclass, bench/audit/audit21 cause B), and its class binds its name once."""
        definition = self.index.defs[method]
        name = definition.name
        if definition.kind is not Kind.METHOD or tuple(definition.decorators) != decorators:
            return False
        if _dunder(name) and name not in ("__enter__", "__aenter__"):
            return False
        bindings = self.index.bindings.get(definition.parent or "", {}).get(name, ())
        return len(bindings) == 1 and bindings[0].kind == "def" and bindings[0].ref == method

    def guard(self, function: str, name: str) -> Parameter | None:
        """The parameter ``name`` of ``function`` that ``if name is None:`` tests before
        a return, if nothing rebinds it (else the test may be of another value)."""
        return self.parameter(function, name) if name else None

    def given_by(self, function: str, unless: str) -> Parameter | None:
        """The parameter ``p`` of ``function`` (``unless`` ``!p``) whose default is
        ``None`` and that must not be ``None`` for a return to run, if nothing rebinds it.
        None for a dunder: the interpreter calls it with arguments the flow does not
        pass (``round(x, 2)`` calls ``x.__round__()``, ``a + b`` ``a.__add__()``)."""
        found = self.parameter(function, unless[1:]) if unless.startswith("!") else None
        definition = self.index.defs[function]
        if found is None or definition.parameters[found[0]].default != "None":
            return None
        return None if _dunder(definition.name) else found

    def parameter(self, function: str, name: str) -> Parameter | None:
        """The parameter ``name`` of ``function`` if nothing rebinds it and it is an
        argument (not ``self``, not ``*args``)."""
        bindings = self.index.bindings.get(function, {}).get(name, ())
        if len(bindings) == 1 and bindings[0].kind == "assign" and bindings[0].ref[:1] == "~":
            # ``x@i0`` under ``if isinstance(x, C):`` is ``x`` narrowed: what the call passed.
            return self.parameter(function, bindings[0].ref.rpartition("~")[2])
        if len(bindings) != 1 or bindings[0].kind != "param":
            return None
        if bindings[0].position == 0 and self.index.first_parameter(self.index.defs[function]) is not None:
            return None  # ``self`` is no argument
        parameter = self.index.defs[function].parameters[bindings[0].position]
        return None if parameter.prefix else (bindings[0].position, parameter.name)

    def callee(self, scope: str, value: str) -> str | None:
        """The function ``value`` (``g()``) calls, if it is one plain undecorated
        function that gives back some of its arguments, whole, an element or the
        result of calling one."""
        if not value.endswith(CALL) or "." in value:
            return None
        callee = self.static.lookup(scope, value[: -len(CALL)])
        if not isinstance(callee, Value) or callee.kind != "def":
            return None
        if not (self.parameters.get(callee.ref) or self.picks.get(callee.ref) or self.calls_back.get(callee.ref)):
            return None
        definition = self.index.defs[callee.ref]
        if definition.kind is not Kind.FUNCTION or definition.decorators or callee.ref in self._generators:
            return None
        return callee.ref if self.index.first_parameter(definition) is None else None

    def argument(self, function: str, arguments: tuple[str, ...], at: Parameter) -> Parameter | None:
        """The parameter of ``function`` passed as it is at ``at`` of a call's
        ``arguments``, if it is one that passes through; else ``None``."""
        passed = argument_at(arguments, at)
        return self.parameter(function, passed) if isinstance(passed, str) and passed else None

    def nested_line(self, scope: str, arguments: tuple[str, ...], passed: str, line: int) -> int | None:
        """The line of the call ``passed`` (``g()``, a function that gives back what it
        is passed), one of the ``arguments`` of a call on ``line`` in ``scope``: the
        first call of ``g`` in ``scope`` from ``line`` on (an argument may start on a
        later line), if no argument before it may hold a call (which could be that
        first one) and no other call of ``g`` shares its line; else ``None``."""
        values = [a.partition("=")[2] if "=" in a else a for a in arguments]
        if values.count(passed) != 1 or self.callee(scope, passed) is None:
            return None
        if any("(" in v or v.startswith(("{", "*")) for v in values[: values.index(passed)]):
            return None
        for at in range(line, line + _NESTED_LINES):
            key = (scope, at, passed)
            if key in self.arguments:
                return at if self.arguments[key] is not None else None
        return None

    def _passes_on(self, key: ReturnKey, arguments: tuple[str, ...] | None) -> bool:
        """Whether ``return g(...)`` (``key``) gives back a parameter of its function:
        ``g`` is one undecorated function that gives back what it is passed at some
        positions, and the call passes a parameter there. Registers it if so."""
        function, _, value = key
        callee = self.callee(function, value)
        if arguments is None or callee is None or callee in self.picks or callee in self.calls_back:
            return False  # what it gives back is more than an argument
        found = [self.argument(function, arguments, at) for at in self.parameters[callee]]
        if None in found:
            return False
        self.parameters[function].extend(t for t in dict.fromkeys(found) if t is not None)
        for guard in self.guarded.get(callee, ()):
            own = self.argument(function, arguments, guard)
            if own is not None and own not in self.guarded[function]:
                self.guarded[function].append(own)
        self.returns[key] = callee
        return True


def _dunder(name: str) -> bool:
    """Whether ``name`` is a dunder, a method the interpreter calls on its own."""
    return name.startswith("__") and name.endswith("__")


def argument_at(arguments: tuple[str, ...], at: Parameter) -> str | None:
    """What a call's ``arguments`` pass at ``at`` (a parameter's position and name):
    the argument's value, ``""`` when the call passes nothing there, ``None`` when
    that is unknown (after ``*xs``, or with ``**kw``)."""
    position, name = at
    if any(a.startswith("*") for a in arguments):
        return None
    positional = [a for a in arguments if "=" not in a]
    passed = [a.partition("=")[2] for a in arguments if "=" in a and a.partition("=")[0] == name]
    if position < len(positional):
        passed.append(positional[position])
    return passed[0] if len(passed) == 1 else "" if not passed else None


def _subscripts(path: str) -> bool:
    """Whether ``path`` (a chain after its head) is only subscripts: ``[]``, ``[:name]``, ``[0]``."""
    return bool(path) and all(_SUBSCRIPT.fullmatch(step) for step in path.split("."))
