"""Resolve JavaScript and TypeScript call sites into edges (one resolver for both).

It reads the conventions of :mod:`repoagent.parsing.languages.javascript`: imports
with repository-absolute specifiers, exports as ``exports.NAME`` assignments in module
scope, ``C()`` for an instance of ``C``, ``:C`` for a value of TypeScript type ``C``,
``#ID`` for a definition bound to an export slot only, ``?`` for a local whose value
is unknown.

A call target is a chain (``f``, ``ns.f``, ``this.h.run``, ``super.m``) evaluated in
the caller's lexical scopes, innermost first (class bodies bind no names). Each step
gives one of three kinds of value: a definition, a module (its namespace, or what
``module.exports`` holds) or an instance of a class. Member lookups on a class or an
instance follow ``extends`` inside the repository. Whatever is not certain stops the
walk and the call is dropped: a name bound twice in one scope, a parameter without a
class type, a base class from a package, a specifier that names no file (packages in
``node_modules``, ``tsconfig`` path aliases).

Values that flow: a function's untyped parameter ``cb`` holds every name, chain or
instance (``new C()``) passed at its position in the calls of that function the repository makes (also
calls of a method on an untyped parameter, ``bus.on(f)`` with ``bus`` given an
``Emitter``: one round, found with the other arguments)
(``apply(save)``, and what was passed to a parameter passed on: ``inner(fn)`` in
``outer(fn)``), so ``cb()`` calls each of them (at most ``MAX_TARGETS``, else none
and a warning);
a ``const`` object literal's keys hold their values (``ops.save()`` with
``const ops = {save}``), and so do the keys of object literals passed as arguments:
``options.onDone()`` on an untyped parameter calls each ``onDone`` of the objects
passed there (``run({onDone: finish})``, ``run(ops)``, and through parameters passed on),
as do those of a parameter annotated with a type of the repository that has no such
member (``opts: Options`` whose ``onError`` is a property);
so does ``onDone()`` where ``onDone`` is destructured from a parameter
(``function run({onDone})``, ``const {onDone} = options``), and a default
(``{onError = fallback}``) where a call passes an object known to lack its key.

A method whose every ``return`` is ``return this`` (or declared ``: this``) gives its
receiver back (a subclass's instance stays one), so chained calls (``app.use(a).use(b)``,
``new Paged().where(..).limit(..)``) resolve.

A function with methods on its prototype (``C.prototype.m = function``) is a class
for ``new C()``: its result is an instance, and ``this`` in those methods a ``C``.

Types: ``this`` in a method of ``T``, and in TypeScript a parameter, variable or field
annotated with a class or interface ``T`` of the repository and the result of a call
of a function whose declared return type is one (``open(): Conn``), hold a value of
type ``T``: a method call on it runs
``T``'s method (or the one ``T`` inherits) and the override in each subtype of ``T``
the repository creates with ``new`` (``extends`` and ``implements``, at most
``MAX_TARGETS``, else only ``T``'s).

A function passed by name to an array method that calls it (``parts.map(escape)``,
``xs.sort(byName)``; no method of the repository), to a promise's ``then``, ``catch``
or ``finally``, or to a timer (``setTimeout(tick)``) is called by the caller there.

A TypeScript map's values are its elements (``m[]``, recorded from ``Map<K, V>``,
``Record<K, V>``, ``new Map<K, V>()``), so ``m.get(k)`` is one of them.

Specifiers are probed like bundlers and TypeScript do: the path as written, then with
each extension, then ``/index`` with each extension; the importing file's own
language's extensions come first, and ``./a.js`` also finds ``a.ts`` (TypeScript's
ESM convention). When an import lands in a file of the other language that this call
does not see (the build resolves one language at a time), its exports are taken to be
its top-level definitions of the same name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from repoagent.graph.resolvers.common import Resolved
from repoagent.models import Definition, Edge, Import, Kind, ParsedFile

# ("def", id) | ("module", path) | ("instance", class id) | ("typed", class id: an instance of it or a
# subtype) | ("object", scope \0 name)
Value = tuple[str, str]

JS_EXTENSIONS = (".js", ".jsx", ".mjs", ".cjs")
TS_EXTENSIONS = (".ts", ".tsx", ".mts", ".cts", ".d.ts")
ESM_TWINS = {".js": (".ts", ".tsx"), ".jsx": (".tsx",), ".mjs": (".mts",), ".cjs": (".cts",)}
LANGUAGES = ("javascript", "typescript")
MAX_DEPTH = 24
# Array methods that call their first argument on the elements, there and then.
ARRAY_CALLBACKS = frozenset({
    "forEach", "map", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex",
    "findLast", "findLastIndex", "flatMap", "sort", "toSorted",
})
# A promise's methods that call their first argument when it settles, and the global
# timers that call theirs later: the passer's calls, as an array method's are.
PROMISE_CALLBACKS = frozenset({"then", "catch", "finally"})
TIMERS = frozenset({"setTimeout", "setInterval", "setImmediate", "queueMicrotask", "requestAnimationFrame"})
NOT_CALLABLE = ("interface", "enum", "namespace")
_TYPE_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")  # a declared return type that names a class
_ARGUMENT = re.compile(r"(.+)\((\d+)\)(?:\.([\w$]+)|(\{\}))?")  # f(0); f(0).key for a key of an object literal passed there, f(0){} for its keys
_DEFAULT = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")  # a parameter's default that names a value: ``defaultLog``, ``utils.noop``
REASSIGNED = "=?"  # a name assigned again in its scope: what was passed to it may be gone
PASSED_PARAMETER = "?=>"  # a parameter of a function passed as an argument: unknown, shadows outer names


class JavaScriptResolver:
    """The :class:`~repoagent.graph.resolvers.base.Resolver` for JavaScript and TypeScript."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Resolved:
        result = Resolved()
        index = _Index(files, nodes)
        for parsed in files:
            for call in parsed.calls:
                callees = index.callees(call.caller, call.target, call.constructs)
                for callee in result.capped(call, callees):
                    result.append(Edge(call.caller, callee, (call.line,)))
                for callee in result.capped(call, index.iterated(call.caller, call.target) if not callees and not call.constructs else []):
                    result.append(Edge(call.caller, callee, (call.line,)))
                for callee in result.capped(call, index.overrides(call.caller, call.target, call.constructs)):
                    result.append(Edge(call.caller, callee, (call.line,)))
        return result


class _Index:
    """Lookup tables for one resolve run, and the evaluation of chains over them."""

    def __init__(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> None:
        self.nodes = nodes
        self.files = {f.path: f for f in files}
        self.modules: dict[str, str] = {}  # path -> module id, both languages
        self.members: dict[tuple[str, str], list[str]] = defaultdict(list)
        for node in nodes.values():
            if node.language not in LANGUAGES:
                continue
            if node.kind is Kind.MODULE:
                self.modules[node.path] = node.id
            elif node.parent is not None:
                self.members[(node.parent, node.name)].append(node.id)
        self.imports: dict[tuple[str, str], list[Import]] = defaultdict(list)
        self.values: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.this_values: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        self.unbound: set[str] = set()
        self.passed: dict[tuple[str, int | str], list[tuple[str, str]]] | None = None  # built on first use
        self.pushed: dict[tuple[str | None, str], list[tuple[str, str]]] | None = None  # built on first use
        # Functions with methods on their prototype (``C.prototype.m = function``): ``new C()`` is an instance.
        self.constructor_functions = {
            node.parent for node in nodes.values()
            if node.language in LANGUAGES and node.kind is Kind.METHOD and node.parent is not None and (owner := nodes.get(node.parent)) is not None and owner.kind is Kind.FUNCTION
        }
        self.constructions = [(call.caller, call.target) for parsed in files for call in parsed.calls if call.constructs]
        self.subtypes: dict[str, list[str]] | None = None  # built on first use
        # Names of methods two classes or interfaces declare: only a call of one of
        # them can reach an override, so only those calls evaluate their receiver again.
        declared = Counter(name for (owner, name) in self.members if (node := nodes.get(owner)) is not None and node.kind is Kind.CLASS)
        self.overridable = {name for name, count in declared.items() if count > 1}
        for parsed in files:
            for imported in parsed.imports:
                self.imports[(imported.scope, imported.local)].append(imported)
            for assignment in parsed.assignments:
                self.values[(assignment.scope, assignment.target)].add(assignment.value)
                if assignment.value.startswith("#"):
                    self.unbound.add(assignment.value[1:])
                if assignment.target.startswith("this."):
                    owner = self.class_of_scope(assignment.scope)
                    if owner is not None:
                        self.this_values[(owner, assignment.target[5:])].add((assignment.value, assignment.scope))

    # -- calls -----------------------------------------------------------------------

    def callees(self, caller: str, target: str, constructs: bool) -> list[str]:
        """What the call may run: one callee, or what an untyped parameter (or a key of
        the objects passed to it: ``options.onDone()``) was given."""
        if _is_element(target):  # ``ops[k]()``: each element
            found = {c for value, scope in self.elements(target, caller, 0) if (c := self.callee(scope, value, constructs)) is not None}
            return sorted(found)
        head, _, key = target.partition(".")
        given = self.given(head, caller) if "." not in key and "(" not in target else None
        if given is not None and key:
            given = self.members_given(head, key, caller)
            given = [pair for value, where in given for pair in (self.given(value, where) or [(value, where)])]
        if given is None and head == "this" and key and "." not in key and "(" not in target:
            given = self.field_given(key, caller)
        elif given is None and "." not in key and "(" not in target:
            held = self.held(head, caller)
            given = [(f"{value}.{key}" if key else value, where) for value, where in held] if held is not None else None
        if given is None and not key and "(" not in target:
            given = self.destructured(head, caller)
        if given is None and key and "." not in key and "(" not in target:
            property_slot = self.property_slot(head, key, caller)
            if property_slot is not None:
                given = [pair for held, at in self.slot_members(property_slot, key) for pair in (self.given(held, at) or [(held, at)])]
        if given is not None:
            found = {c for value, scope in given if (c := self.callee(scope, value, constructs)) is not None}
            return sorted(found)
        callee = self.callee(caller, target, constructs)
        return [callee] if callee is not None else []

    def iterated(self, caller: str, target: str) -> list[str]:
        """For ``xs.map(f)`` (``forEach``, ``filter``, ``reduce``, ``sort``... of an array,
        ``then``, ``catch``, ``finally`` of a promise: a method of no class of the
        repository) and the timers (``setTimeout(f, ms)``, a global the repository does
        not define): the functions passed by name or chain as the first argument, which
        the method calls for the caller (``parts.map(escape)``; an untyped parameter
        passed gives what its callers passed)."""
        receiver, _, method = target.rpartition(".")
        if not (receiver and method in ARRAY_CALLBACKS | PROMISE_CALLBACKS) and not (not receiver and method in TIMERS):
            return []
        found: set[str] = set()
        for value in self.values.get((caller, f"{target}(0)"), ()):
            if not value or value[0] in "?:#[{" or "(" in value:
                continue
            for callee in self.callees(caller, value, False):
                if self.nodes[callee].kind in (Kind.FUNCTION, Kind.METHOD):
                    found.add(callee)
        return sorted(found)

    def property_slot(self, name: str, key: str, scope: str | None) -> tuple[str, int] | None:
        """(function id, position) of the parameter ``name`` seen from ``scope`` when it is
        annotated with a class or interface of the repository that has no member ``key``
        (``opts: Options`` with ``interface Options { onError?: (e: Error) => void }``):
        ``opts.onError()`` then calls the ``onError`` of the objects passed there."""
        while scope is not None:
            node = self.nodes.get(scope)
            if node is None or (scope, name) in self.members or (scope, name) in self.imports:
                return None
            for index, parameter in enumerate(node.parameters):
                if _parameter_name(parameter.name) == name:
                    annotation = parameter.annotation or ""
                    typed = self.typed(self.evaluate(annotation, scope, 0)) if _TYPE_NAME.fullmatch(annotation) else None
                    if parameter.prefix or typed is None or self.member(typed[1], key) is not None:
                        return None
                    return (scope, index)
            if any(not value.startswith(":") for value in self.values.get((scope, name), ())):
                return None
            scope = node.parent
        return None

    def members_given(self, name: str, key: str, scope: str) -> list[tuple[str, str]]:
        """The (chain, scope) pairs the key ``key`` of what the untyped parameter ``name``
        holds may hold: the key of object literals passed there (``run({onDone: f})``)
        and of the objects passed by name (``run(ops)``), also through parameters
        passed on."""
        return self.slot_members(self.slot(name, scope), key)

    def slot_members(self, start: tuple[str, int] | None, key: str) -> list[tuple[str, str]]:
        """The (chain, scope) pairs the key ``key`` of what is passed at the (function id,
        position) ``start`` may hold, through parameters passed on."""
        found: list[tuple[str, str]] = []
        seen: set[tuple[str, int]] = set()
        todo = [start] if start is not None else []
        while todo:
            slot = todo.pop()
            if slot in seen:
                continue
            seen.add(slot)
            found.extend(self.arguments().get((slot[0], f"{slot[1]}.{key}"), []))
            for value, where in self.arguments().get(slot, []):
                onward = self.slot(value, where) if "." not in value and "(" not in value else None
                if onward is not None:
                    todo.append(onward)
                else:
                    found.append((f"{value}.{key}", where))
        return found

    def given(self, name: str, scope: str) -> list[tuple[str, str]] | None:
        """The (chain, scope) pairs the untyped parameter ``name`` may hold, following
        arguments that are themselves parameters passed on (each pair once, so
        functions passing a parameter to each other end); None when no parameter."""
        values = self.parameter_values(name, scope)
        if values is None:
            return None
        found: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        todo = list(values)
        while todo:
            pair = todo.pop()
            if pair in seen:
                continue
            seen.add(pair)
            value, where = pair
            onward = self.parameter_values(value, where) if "." not in value and "(" not in value else None
            if onward is None:
                found.append(pair)
            else:
                todo.extend(onward)
        return found

    def destructured(self, name: str, scope: str) -> list[tuple[str, str]] | None:
        """The (chain, scope) pairs a name destructured from a parameter may hold:
        ``function run({onDone})`` (``@0.onDone``) or ``const {onDone} = options`` on an
        untyped parameter ``options`` hold each ``onDone`` passed there (through
        parameters passed on), and a default (``{onError = fallback}``) its value; None
        when ``name`` is bound otherwise."""
        binding = self.binding(name, scope)
        if binding is None:
            return None
        where, values = binding
        found: list[tuple[str, str]] = []
        expanded = False
        for value in sorted(values):
            taken, _, default = value.partition("=")
            head, _, key = taken.partition(".")
            simple = bool(key) and "." not in key and "(" not in taken
            slot = (where, int(head[1:])) if simple and head.startswith("@") else self.slot(head, where) if simple else None
            if slot is None:
                found.append((taken, where))
                continue
            expanded = True
            found.extend(pair for held, at in self.slot_members(slot, key) for pair in (self.given(held, at) or [(held, at)]))
            if default and self.left_out(slot, key):
                found.append((default, where))
        return found if expanded else None

    def left_out(self, slot: tuple[str, int], key: str) -> bool:
        """Whether a call passes at ``slot`` an object known to lack ``key``: an object
        literal, or a ``const`` one by name, whose keys are all known. What a parameter
        passed on holds is not known, so it takes no default."""
        function, position = slot
        key_sets = [keys for keys, _ in self.arguments().get((function, f"{position}{{}}"), [])]
        for value, where in self.arguments().get(slot, []):
            binding = self.binding(value, where) if "." not in value and "(" not in value else None
            if binding is not None and binding[1] == {"{}"}:
                key_sets.extend(self.values.get((binding[0], value + "{}"), ()))
        return any(key not in keys.split(",") for keys in key_sets)

    def field_given(self, attribute: str, scope: str) -> list[tuple[str, str]] | None:
        """For ``this.onDone()``: what the untyped parameters assigned to ``this.onDone``
        (``this.onDone = onDone`` in the constructor) were given, with the other values
        assigned there; None when no parameter is assigned there."""
        owner = self.this_class(scope)
        pairs = sorted(self.this_values.get((owner, attribute), set())) if owner is not None else []
        found = [(value, where, self.given(value, where) if "." not in value and "(" not in value else None) for value, where in pairs]
        if all(onward is None for _, _, onward in found):
            return None
        given = [pair for value, where, onward in found for pair in (onward if onward is not None else [(value, where)])]
        return [*given, ("this." + attribute, scope)]  # a method of that name too (``this._subscribe = subscribe`` beside a method)

    # -- arrays ----------------------------------------------------------------------

    def held(self, name: str, scope: str) -> list[tuple[str, str]] | None:
        """The (chain, scope) pairs ``name`` may hold when it is bound to elements of
        arrays (a callback's element parameter, a ``for..of`` variable), each of them:
        ``[a, b].forEach(h => h())`` calls ``a`` and ``b``; to what a container the
        repository fills gives (``const f = commands.get(name)`` after
        ``commands.set(name, fn)``: each value set there); or to alternatives (``const f
        = ops[k] || ops.none``, ``a ?? b``, ``c ? a : b``): each of them, an element being
        each element; None when ``name`` is bound to something else. A typed element
        (``:T``) is left to the chain's evaluation, and so is the ``get`` of what holds
        nothing (a method of a class, ``repo.get(id)``) or what is declared with a value
        type (``Map<string, Handler>``)."""
        binding = self.binding(name, scope)
        if binding is None or not all(_is_element(value) or "|" in value or _gotten(value) for value in binding[1]):
            return None
        where = binding[0]
        choices = [(value, self.choices(value, where)) for bound in sorted(binding[1]) for value in bound.split("|")]
        if any(_gotten(value) and (not found or any(held.startswith(":") for held, _ in found)) for value, found in choices):
            return None  # nothing set there, or a map's declared value type, which wins
        pairs = [pair for _, found in choices for pair in found]
        untyped = [(value, where) for value, where in pairs if not value.startswith(":")]
        return untyped if untyped or not pairs else None

    def binding(self, name: str, scope: str | None) -> tuple[str, set[str]] | None:
        """(scope, values) of the assignments that bind ``name`` seen from ``scope``;
        None when a definition, an import or a parameter binds it first."""
        while scope is not None:
            node = self.nodes.get(scope)
            if node is None:
                return None
            if not (node.kind is Kind.CLASS and node.keyword != "namespace"):
                if (scope, name) in self.members or (scope, name) in self.imports:
                    return None
                values = _bound(self.values.get((scope, name), set()))
                if values:
                    return scope, values
                if any(_parameter_name(p.name) == name for p in node.parameters):
                    return None
            scope = node.parent
        return None

    def elements(self, value: str, scope: str, depth: int) -> list[tuple[str, str]]:
        """The (chain, scope) pairs one element ``value`` (``[e]`` of a literal, ``X[]``
        of an array ``X``) may be, parameters followed to what was passed to them."""
        if depth > MAX_DEPTH or value == "[]":
            return []
        if value.startswith("["):
            pairs = [(value[1:-1], scope)]
        elif value.startswith("this.") and value.count(".") == 1:
            owner = self.class_of_scope(scope)
            pairs = sorted(self.this_values.get((owner, value[5:]), set())) if owner is not None else []
        elif "." not in value:
            array = value[:-2]
            pairs = list(self.appended().get((self.binder(array, scope), array), []))
            passed = self.given(array, scope) or []
            pairs += [pair for chain, where in passed if "." not in chain for pair in self.elements(chain + "[]", where, depth + 1)]
        else:
            return []
        return [pair for chain, where in pairs for pair in self.passed_on(chain, where)]

    def choices(self, value: str, scope: str) -> list[tuple[str, str]]:
        """The (chain, scope) pairs one value a name is bound to may be: each element of
        ``X[]``, each value set in ``m`` for ``m.get()``, else the chain itself (what is
        passed to it, for a parameter)."""
        if _is_element(value):
            return self.elements(value, scope, 0)
        return self.elements(value[:-6] + "[]", scope, 0) if _gotten(value) else self.passed_on(value, scope)

    def passed_on(self, chain: str, scope: str) -> list[tuple[str, str]]:
        """``chain`` seen from ``scope``, or, when it is an untyped parameter, what is
        passed to it."""
        onward = self.given(chain, scope) if "." not in chain and "(" not in chain else None
        return onward if onward is not None else [(chain, scope)]

    def appended(self) -> dict[tuple[str | None, str], list[tuple[str, str]]]:
        """(scope binding the array, its name) -> the (chain, scope) of each element the
        code puts there: an array literal bound by ``const``, ``a.push(x)`` anywhere
        the name ``a`` is that array, an annotated element type."""
        if self.pushed is None:
            self.pushed = defaultdict(list)
            for (scope, target), values in self.values.items():
                array = target[:-2]
                if target.endswith("[]") and array and "." not in array and "(" not in array:
                    self.pushed[(self.binder(array, scope), array)].extend((value, scope) for value in sorted(values))
        return self.pushed

    def binder(self, name: str, scope: str | None) -> str | None:
        """The scope whose definition, import, assignment or parameter binds ``name``."""
        while scope is not None:
            node = self.nodes.get(scope)
            if node is None:
                return None
            if not (node.kind is Kind.CLASS and node.keyword != "namespace") and (
                (scope, name) in self.members
                or (scope, name) in self.imports
                or (scope, name) in self.values
                or any(_parameter_name(p.name) == name for p in node.parameters)
            ):
                return scope
            scope = node.parent
        return None

    def overrides(self, caller: str, target: str, constructs: bool) -> list[str]:
        """For ``x.m()`` on a value of a TypeScript type ``T``: the ``m`` of each created
        subtype of ``T`` other than the one ``T`` has."""
        receiver, _, member = target.rpartition(".")
        if constructs or member not in self.overridable or not receiver or receiver.startswith("super"):
            return []
        value = self.evaluate(receiver, caller, 0)
        if value is None or value[0] != "typed":
            return []
        own = self.member(value[1], member)
        found = {m for sub in self.created_subtypes(value[1]) if (m := self.member(sub, member)) is not None and m != own}
        return sorted(found)

    def created_subtypes(self, owner: str) -> list[str]:
        """The classes some ``new`` in the repository creates that extend or implement ``owner``."""
        if self.subtypes is None:
            self.subtypes = defaultdict(list)
            created = {c for caller, target in self.constructions if (c := self.created(caller, target)) is not None}
            for cls in sorted(created):
                for supertype in self.supertypes(cls):
                    self.subtypes[supertype].append(cls)
        return self.subtypes.get(owner, [])

    def created(self, caller: str, target: str) -> str | None:
        """The class ``new target`` creates."""
        value = self.evaluate(target, caller, 0)
        if value is None or value[0] != "def" or self.nodes[value[1]].kind is not Kind.CLASS:
            return None
        return value[1]

    def supertypes(self, cls: str) -> list[str]:
        """Every class and interface of the repository ``cls`` extends or implements, transitively."""
        found: list[str] = []
        todo = [cls]
        while todo:
            node = self.nodes[todo.pop()]
            for base in (*node.bases, *sorted(self.values.get((node.id, "implements"), ()))):
                value = self.evaluate(base, node.parent or "", 0)
                if value is not None and value[0] == "def" and self.nodes[value[1]].kind is Kind.CLASS and value[1] not in found:
                    found.append(value[1])
                    todo.append(value[1])
        return found

    def parameter_values(self, name: str, scope: str | None) -> list[tuple[str, str]] | None:
        """The (chain, scope) pairs passed to the untyped parameter ``name`` seen from
        ``scope``; None when ``name`` is bound to something else first."""
        slot = self.slot(name, scope)
        return self.arguments().get(slot, []) if slot is not None else None

    def slot(self, name: str, scope: str | None) -> tuple[str, int] | None:
        """(function id, position) of the untyped parameter ``name`` seen from
        ``scope``; None when ``name`` is bound to something else first."""
        while scope is not None:
            node = self.nodes.get(scope)
            if node is None or (scope, name) in self.members or (scope, name) in self.imports:
                return None
            values = self.values.get((scope, name))
            if values is not None and not all(value.startswith(":") and not self.names_class(value[1:], scope) for value in values):
                return None
            for index, parameter in enumerate(node.parameters):
                if _parameter_name(parameter.name) == name:
                    return None if parameter.prefix or self.names_class(parameter.annotation, scope) else (scope, index)
            if values is not None:
                return None
            scope = node.parent
        return None

    def names_class(self, annotation: str | None, scope: str) -> bool:
        """Whether a parameter's type annotation may name a class or interface of the
        repository (its declared type then decides its calls). A function type, or a
        name that is none of the repository's classes (``type Listener = (m: string) =>
        void``, ``string``), says nothing more: what is passed there counts."""
        if annotation is None or "=>" in annotation:
            return False
        return not _TYPE_NAME.fullmatch(annotation) or self.typed(self.evaluate(annotation, scope, 0)) is not None

    def arguments(self) -> dict[tuple[str, int | str], list[tuple[str, str]]]:
        """(function id, position) -> the (chain, scope) of each argument passed there;
        (function id, "position.key") -> each value of that key of object literals
        passed there."""
        if self.passed is None:
            self.passed = defaultdict(list)
            pending: list[tuple[str, re.Match[str], set[str]]] = []
            for (scope, target), values in list(self.values.items()):
                found = _ARGUMENT.fullmatch(target) if target.endswith(")") or "(" in target else None
                if found is None:
                    continue
                value = self.evaluate(found.group(1), scope, 0)
                head, dot, method = found.group(1).partition(".")
                if value is None and dot and "." not in method and "(" not in found.group(1):
                    pending.append((scope, found, values))  # ``bus.on(f)`` on an untyped parameter ``bus``: after
                    continue
                if value is not None and value[0] == "def" and self.nodes[value[1]].kind is Kind.CLASS:
                    constructor = self.member(value[1], "constructor")  # ``new C(f)``: C's constructor is given f
                    value = ("def", constructor) if constructor is not None else None
                if value is not None and value[0] == "def" and self.nodes[value[1]].kind is not Kind.CLASS:
                    self.passed[(value[1], _argument_slot(found))].extend((v, scope) for v in values)
            for node in self.nodes.values():
                for position, parameter in enumerate(node.parameters):
                    if parameter.default is not None and _DEFAULT.fullmatch(parameter.default):
                        self.passed[(node.id, position)].append((parameter.default, node.id))  # ``log = defaultLog``: what a call leaving it out gives
            # A method called on an untyped parameter (``bus.on("save", f)`` with ``bus`` given
            # an Emitter): the methods what was passed there has, found with the arguments
            # above (one round: what this adds is not followed again).
            given = [(scope, found, values, self.callees(scope, found.group(1), False)) for scope, found, values in pending]
            for scope, found, values, callees in given:
                for callee in callees:
                    if self.nodes[callee].kind is not Kind.CLASS:
                        self.passed[(callee, _argument_slot(found))].extend((v, scope) for v in sorted(values))
        return self.passed

    def callee(self, caller: str, target: str, constructs: bool) -> str | None:
        if target == "super" or target.startswith("super."):
            base = self.base_of(self.this_class(caller))
            if base is None:
                return None
            if target == "super":
                return self.member(base, "constructor") or base
            rest = target[6:]
            return self.member(base, rest) if "." not in rest and "(" not in rest else None
        value = self.evaluate(target, caller, 0)
        if value is None and target.endswith((".call", ".apply")):
            # ``Plugin.call(this, name)``: Function.prototype's call runs the function itself
            value = self.evaluate(target.rpartition(".")[0], caller, 0)
            value = value if value is not None and value[0] == "def" and self.nodes[value[1]].kind in (Kind.FUNCTION, Kind.METHOD) else None
        if value is None or value[0] != "def":
            return None
        node = self.nodes[value[1]]
        if node.kind is Kind.CLASS:
            if node.keyword in NOT_CALLABLE:
                return None
            own = self.members.get((node.id, "constructor"), [])
            return own[0] if constructs and len(own) == 1 else node.id
        return node.id if node.kind is not Kind.MODULE else None

    # -- chains ----------------------------------------------------------------------

    def evaluate(self, expression: str, scope: str, depth: int) -> Value | None:
        """The value of a chain such as ``a.b().c`` seen from ``scope``."""
        if depth > MAX_DEPTH or expression in ("?", PASSED_PARAMETER) or not expression:
            return None
        if "|" in expression:  # ``a || b``: known when both are one value
            found = {self.evaluate(alternative, scope, depth + 1) for alternative in expression.split("|")}
            return found.pop() if len(found) == 1 else None
        if expression.startswith("#"):
            return ("def", expression[1:]) if expression[1:] in self.nodes else None
        if expression.startswith(":"):
            return self.typed(self.evaluate(expression[1:], scope, depth + 1))
        if _is_element(expression):
            return _one({value for chain, where in self.elements(expression, scope, depth + 1) if (value := self.evaluate(chain, where, depth + 1)) is not None})
        if _gotten(expression):
            # ``m.get(k)`` on a map whose values are typed (``Map<string, Handler>``, recorded as ``m[]``): one of them.
            found = {value for chain, where in self.elements(expression[:-6] + "[]", scope, depth + 1) if (value := self.evaluate(chain, where, depth + 1)) is not None}
            if found:
                return _one(found)
        parts = expression.split(".")
        head, calls = _strip_calls(parts[0])
        if head == "this":
            owner = self.this_class(scope)
            value: Value | None = ("typed", owner) if owner is not None else None  # the class's or a subclass's instance
        elif head == "super":
            return None
        else:
            value = self.name(head, scope, depth + 1)
        value = self.called(value, calls)
        for part in parts[1:]:
            if value is None:
                return None
            attribute, calls = _strip_calls(part)
            member = self.attribute(value, attribute, depth + 1)
            # ``new Paged().select()`` with ``select(): this``: the receiver itself, subclass kept
            value = value if calls == 1 and value[0] in ("instance", "typed") and self.returns_this(member) else self.called(member, calls)
        return value

    def returns_this(self, value: Value | None) -> bool:
        """Whether ``value`` is a method whose every ``return`` is ``return this`` (or
        declared ``: this``)."""
        node = self.nodes[value[1]] if value is not None and value[0] == "def" else None
        return node is not None and node.kind is Kind.METHOD and node.parent is not None and (node.returns == "this" or self.values.get((node.id, "<return>")) == {"this"})

    def called(self, value: Value | None, calls: int) -> Value | None:
        """``C()`` is an instance of ``C``; a function's result is a value of its declared
        return type when that is a class or interface of the repository; any other
        call's result is not followed."""
        for _ in range(calls):
            if value is None or value[0] != "def":
                return None
            node = self.nodes[value[1]]
            if node.kind is Kind.CLASS or node.id in self.constructor_functions:
                value = ("instance", value[1])
            elif node.parent is not None and self.returns_this(value):
                value = ("typed", node.parent)  # ``return this`` on an unknown receiver: an instance of the class or a subclass
            elif node.returns and _TYPE_NAME.fullmatch(node.returns) and node.parent is not None:
                value = self.typed(self.evaluate(node.returns, node.parent, 0))
            else:
                return None
        return value

    def typed(self, value: Value | None) -> Value | None:
        """A value of the type ``value`` names, if it names a class or interface."""
        if value is None or value[0] != "def":
            return None
        node = self.nodes[value[1]]
        return ("typed", node.id) if node.kind is Kind.CLASS and node.keyword not in ("enum", "namespace") else None

    def name(self, name: str, scope: str | None, depth: int) -> Value | None:
        """What ``name`` is bound to in ``scope``, looking outwards; None if unknown or ambiguous."""
        while scope is not None:
            node = self.nodes.get(scope)
            if node is None:
                return None
            if not (node.kind is Kind.CLASS and node.keyword != "namespace"):
                definitions = [d for d in self.members.get((scope, name), []) if d not in self.unbound]
                imports = self.imports.get((scope, name), [])
                values = _bound(self.values.get((scope, name), set()))
                bindings = len(definitions) + len(imports) + len(values)
                if bindings == 0 and any(_parameter_name(p.name) == name for p in node.parameters):
                    return None  # an untyped parameter shadows whatever is outside
                if bindings > 1:
                    return None
                if definitions:
                    return ("def", definitions[0])
                if imports:
                    return self.imported(imports[0], depth)
                if values == {"{}"}:
                    return ("object", f"{scope}\0{name}")
                if values:
                    return self.evaluate(next(iter(values)), scope, depth + 1)
            scope = node.parent
        return None

    def attribute(self, value: Value, attribute: str, depth: int) -> Value | None:
        kind, key = value
        if kind == "object":
            scope, _, name = key.partition("\0")
            held = self.values.get((scope, f"{name}.{attribute}"), set())
            return self.evaluate(next(iter(held)), scope, depth + 1) if len(held) == 1 else None
        if kind == "module":
            return self.export(key, attribute, depth, set())
        if kind == "def":
            node = self.nodes[key]
            if node.kind is not Kind.CLASS:
                return None
            found = self.member(key, attribute)
            return ("def", found) if found is not None else None
        found = self.member(key, attribute)
        if found is not None:
            return ("def", found)
        return self.instance_attribute(key, attribute, depth)

    def instance_attribute(self, owner: str, attribute: str, depth: int) -> Value | None:
        """``this.h`` in ``owner``: the one value its assignments give, an untyped
        parameter assigned there (``this.repo = repo`` in the constructor) giving what
        the calls pass it (``new Service(new Repo())``); else (several, or one not
        followed) the type it is declared with."""
        assigned = sorted(self.this_values.get((owner, attribute), set()))
        found = {self.evaluate(value, scope, depth + 1) for held, at in assigned for value, scope in self.passed_on(held, at)}
        declared = {value for value in found if value is not None and value[0] == "typed"}
        given = found - declared
        if len(given) == 1 and None not in given:
            return given.pop()
        return declared.pop() if len(declared) == 1 else None

    # -- classes ---------------------------------------------------------------------

    def member(self, owner: str, name: str, seen: frozenset[str] = frozenset()) -> str | None:
        """The member ``name`` of class ``owner`` or of its nearest base inside the repository."""
        own = self.members.get((owner, name), [])
        if len(own) == 1:
            return own[0]
        if own or owner in seen:
            return None
        base = self.base_of(owner)
        return self.member(base, name, seen | {owner}) if base is not None else None

    def base_of(self, owner: str | None) -> str | None:
        if owner is None:
            return None
        node = self.nodes[owner]
        if len(node.bases) != 1:
            return None
        value = self.evaluate(node.bases[0], node.parent or "", 0)
        if value is None or value[0] != "def" or self.nodes[value[1]].kind is not Kind.CLASS:
            return None
        return value[1]

    def this_class(self, scope: str) -> str | None:
        """The class ``this`` is in ``scope``: a method's; arrow functions keep their outer ``this``."""
        node = self.nodes.get(scope)
        while node is not None and node.kind is Kind.FUNCTION and "=>" in node.signature:
            node = self.nodes.get(node.parent or "")
        if node is None or node.kind is not Kind.METHOD:
            return None
        return node.parent

    def class_of_scope(self, scope: str) -> str | None:
        node = self.nodes.get(scope)
        if node is not None and node.kind is Kind.CLASS:
            return scope
        return self.this_class(scope)

    # -- modules ---------------------------------------------------------------------

    def imported(self, imported: Import, depth: int) -> Value | None:
        path = self.locate(imported.module, imported.scope)
        if path is None:
            return None
        if imported.name is None:
            return self.module_value(path, depth)
        return self.export(path, imported.name, depth, set())

    def module_value(self, path: str, depth: int) -> Value | None:
        """What ``require()`` or ``import * as`` gives: ``module.exports`` if set, else the namespace."""
        module = self.modules[path]
        assigned = self.values.get((module, "module.exports"), set())
        if len(assigned) == 1:
            return self.evaluate(next(iter(assigned)), module, depth + 1)
        return None if assigned else ("module", path)

    def export(self, path: str, name: str, depth: int, seen: set[tuple[str, str]]) -> Value | None:
        """The value ``path`` exports as ``name``: ES and CommonJS exports, re-exports, ``export *``."""
        if (path, name) in seen or depth > MAX_DEPTH:
            return None
        seen.add((path, name))
        module = self.modules[path]
        if path not in self.files:  # the other language's file: its top-level definitions
            found = [d for d in self.members.get((module, name), []) if d not in self.unbound]
            return ("def", found[0]) if len(found) == 1 else None
        values = self.values.get((module, "exports." + name), set())
        forwarded = self.imports.get((module, "exports." + name), [])
        if len(values) + len(forwarded) > 1:
            return None
        if values:
            return self.evaluate(next(iter(values)), module, depth + 1)
        if forwarded:
            return self.imported(forwarded[0], depth + 1)
        assigned = self.values.get((module, "module.exports"), set())
        if len(assigned) == 1:
            whole = self.evaluate(next(iter(assigned)), module, depth + 1)
            if name == "default" or whole is None:
                return whole
            return self.attribute(whole, name, depth + 1) if whole[0] != "module" else None
        if name == "default":
            return None
        found = set()
        for star in self.imports.get((module, "*"), []):
            target = self.locate(star.module, module)
            value = self.export(target, name, depth + 1, seen) if target is not None else None
            if value is not None:
                found.add(value)
        return found.pop() if len(found) == 1 else None

    def locate(self, specifier: str, scope: str) -> str | None:
        """The file a repository-absolute specifier (``./src/a``) names, probing extensions."""
        if not specifier.startswith("./"):
            return None  # a package
        base = specifier[2:].rstrip("/")
        language = self.nodes[scope].language if scope in self.nodes else "javascript"
        extensions = TS_EXTENSIONS + JS_EXTENSIONS if language == "typescript" else JS_EXTENSIONS + TS_EXTENSIONS
        candidates = [base] if base else []
        for suffix, twins in ESM_TWINS.items():
            if base.endswith(suffix):
                candidates += [base[: -len(suffix)] + twin for twin in twins]
        candidates += [base + ext for ext in extensions]
        candidates += [f"{base}/index{ext}" if base else f"index{ext}" for ext in extensions]
        return next((c for c in candidates if c in self.modules), None)


def _strip_calls(part: str) -> tuple[str, int]:
    """``f()()`` -> (``f``, 2)."""
    calls = 0
    while part.endswith("()"):
        part, calls = part[:-2], calls + 1
    return part, calls


def _bound(values: set[str]) -> set[str]:
    """The values binding a name in its scope: a reassignment adds none, and a passed
    function's parameter of that name counts only when nothing else binds it there
    (then it shadows outer names)."""
    values = values - {REASSIGNED}
    return values - {PASSED_PARAMETER} if len(values) > 1 else values


def _argument_slot(found: re.Match[str]) -> int | str:
    """Where an :data:`_ARGUMENT` fact passes its values: the position (``f(0)``), a key
    of the object literal passed there (``"0.key"``), or its keys (``"0{}"``)."""
    position = int(found.group(2))
    return f"{position}.{found.group(3)}" if found.group(3) else f"{position}{{}}" if found.group(4) else position


def _one(found: set[Value]) -> Value | None:
    """The value an element of a container is: its one value, or else its one declared
    type (``Map<string, Handler>`` given ``set(k, new Json())``: a ``Handler``, which
    reaches the created ones); None when several are left."""
    declared = {value for value in found if value[0] == "typed"}
    return next(iter(found)) if len(found) == 1 else next(iter(declared)) if len(declared) == 1 else None


def _holder(chain: str) -> bool:
    """A name or ``this.x``: what may hold elements (see ``_Index.elements``)."""
    return bool(chain) and "(" not in chain and "[" not in chain and ("." not in chain or (chain.startswith("this.") and chain.count(".") == 1))


def _gotten(value: str) -> bool:
    """``m.get()``: what a name or ``this.m`` gives by key (one of its elements, if it holds any)."""
    return value.endswith(".get()") and _holder(value[:-6])


def _is_element(value: str) -> bool:
    """``[e]`` (an element of a literal) or ``X[]`` (an element of the array ``X``)."""
    return value.endswith("]")


def _parameter_name(name: str) -> str:
    return name.rstrip("?")
