"""Go call resolution through packages within the module.

A package is the set of ``.go`` files in one folder with one ``package`` clause
(``x`` and its external tests ``x_test`` are two packages). Its import path is the
nearest ``go.mod``'s module path plus the folder relative to it; without a
``go.mod`` no import path is known and only same-package calls resolve.

Resolved: ``f()`` (a function of the caller's package, any of its files, or of a
dot-imported package; not where a parameter or local of that name shadows it), ``pkg.F()`` through an import in the caller's file,
``v.M()`` where ``v`` is the receiver or a variable whose type is written in its
declaration (``var v T``, ``v := T{}``, ``v := &pkg.T{}``, a range value over a
slice or map declared with its element type; ``h, ok := m.routes[k]`` over a field or
another package's variable declared with one), and method
expressions ``T.M(v)``. Type conversions ``T(x)`` are not calls; composite
literals ``&T{}`` never were.

A type's methods are its own and those promoted from the types it embeds (a struct's
anonymous fields, an interface's embedded interfaces, in the repository), as Go
selects them: the shallowest wins, and a name two embedded types promote at the same
depth belongs to neither (the selector would not compile). So ``s.Log()`` with
``s *Server`` and ``Server`` embedding ``Base`` calls ``Base.Log``.

A call through a value of an interface type of the repository (``s.Area()`` with
``s Shape``) reaches the interface's method and the method of every named type of
the repository whose method set includes all the interface's (Go's implicit
``implements``, by name and by parameter and result types where the interface writes
them with predeclared types and the repository's; types of ``_test.go`` files only from the test files of
their folder); more than ``MAX_TARGETS`` such methods add none, and a warning.
A local declared with an interface type and given one composite literal of another
type (``var s Store = &logged{..}``), never assigned again, holds exactly that type: a
call on it reaches the interface's method and that type's (dispatched through the
interface only when the type has the method from an embedded interface).
``x.F.M()`` on a value of a declared type ``T`` reaches ``M`` of each type the
repository gives the field ``F`` of a ``T`` as a composite literal (``T{F: &U{..}}``,
``y.F = U{..}``), and the interface's ``M`` when ``F`` is an interface ``T`` embeds;
a field given no composite literal is a value of the type its struct declares it
with (``s.r.Find()`` with ``r repo.UserRepo``: dispatched through ``UserRepo``). A call
on a call's result (``query.New("t").Where(..).Build()``) is on the type the inner
callee's signature returns first.
Everything else (results of calls) is dropped.

A value of a function's type parameter (``x T`` in ``func f[T Named](x T)``) is a
value of its constraint when that is one plain type name; of another constraint or
of a receiver's type parameter, nothing known.

A parameter of function type (``f func()``, or ``next Handler`` with ``type Handler
func(..)`` of the repository) holds each function or method the
repository passes at its position (``apply(work)``, ``apply(pkg.F)``, ``apply(v.M)``,
and what reaches a parameter passed on), so ``f()`` links to each of them (at most
``MAX_TARGETS``, else none and a warning); the receiver of a method of such a type
(``func (f HandlerFunc) ServeHTTP``) holds what the repository converts to it
(``HandlerFunc(users)``). So does a local given functions or
methods by name (``f := helper``, ``var g func() = pkg.F``; each one it is given, in
any order), and a struct's field: ``x.F()`` on a value of a declared type ``T``
without a method ``F`` runs what the repository gives the field ``F`` of a ``T``
(``T{F: h}``, ``&T{F: v.M}``, ``y.F = h`` with ``y`` a ``T``); and a local given
the elements of a container literal bound to a name (``f := ops[k]``, ``for _, f :=
range fs``: each element naming a function), and of a slice field filled by ``x.F =
append(x.F, h)`` (``for _, f := range y.F`` with ``y`` of ``x``'s type). Containers filled otherwise, fields
promoted through embedding, and function literals are not followed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from repoagent.graph.resolvers.common import DeclaredTypes, Resolved, enclosing
from repoagent.models import Definition, Edge, Kind, Parameter, ParsedFile


@dataclass
class Package:
    """The top-level names of one Go package, across its files."""

    name: str
    functions: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    methods: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, method) -> id
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)  # container variable -> ("[]T", the file declaring it)


class GoResolver:
    """The Go :class:`~repoagent.graph.resolvers.base.Resolver`."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Resolved:
        result = Resolved()
        names = _Names(files, nodes)
        for parsed in names.sources:
            for call in parsed.calls:
                found = names.callee(parsed.path, call.caller, call.target, call.line)
                if found is None:
                    held = names.callbacks(parsed.path, call.caller, call.target) or names.field_methods(parsed.path, call.caller, call.target)
                    for callback in result.capped(call, held):
                        result.append(Edge(call.caller, callback, (call.line,)))
                    continue
                receiver, callee = found
                result.append(Edge(call.caller, callee, (call.line,)))
                made = names.made(parsed.path, call.caller, call.target) if receiver is not None else None
                owner = nodes[nodes[made].parent or ""] if made is not None else None
                if made is not None and owner is not None and owner.keyword == "interface":
                    receiver = owner.id  # promoted from an embedded interface: dispatched through it
                elif made is not None:
                    # ``var s Store = &logged{..}; s.Put()``: the declared method and logged's, no other implementation.
                    if made != callee:
                        result.append(Edge(call.caller, made, (call.line,)))
                    receiver = None
                if receiver is not None:
                    tests = parsed.path.rpartition("/")[0] if parsed.path.endswith("_test.go") else None
                    for target in result.capped(call, names.method_sets.implementations(receiver, nodes[callee].name, tests)):
                        result.append(Edge(call.caller, target, (call.line,)))
        return result


class _Names:
    """What a name means where it is written: the packages, each file's imports, the
    declared types, and the functions passed at each parameter of function type."""

    def __init__(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> None:
        self.nodes = nodes
        self.sources = [f for f in files if f.path.endswith(".go")]
        self.packages = _packages(self.sources)
        by_import = _import_paths(files, self.packages)
        self.declared = DeclaredTypes(self.sources)
        self.local_names: dict[tuple[str, str], int] = {}  # (function, name) -> the line it is first declared on
        self.function_values: dict[tuple[str, str], list[tuple[str, str, str, int]]] = defaultdict(list)  # f := helper
        self.exact: dict[tuple[str, str], str] = {}  # (function, x) -> T of ``var x I = &T{..}``
        self.reassigned: set[tuple[str, str]] = set()  # (scope, x) of each ``x = ..``
        self.results: dict[tuple[str, str], str | None] = {}  # (function, x) -> F of ``x := F(..)``; None: declared twice
        self.indexed: dict[tuple[str, str], str | None] = {}  # (function, x) -> y.F of ``x, ok := y.F[k]``; None: declared twice
        self.members: dict[tuple[str, str], tuple[str, str]] = {}  # (type id, field) -> (its type "T" or "[]T", the file)
        self._typing: set[tuple[str, str]] = set()  # the locals whose result type is being found (``m := m.Clone()``)
        for parsed in self.sources:
            for assignment in parsed.assignments:
                if assignment.value.startswith(("result ", "in ")):
                    key, table = (assignment.scope, assignment.target), self.results if assignment.value.startswith("result ") else self.indexed
                    table[key] = assignment.value.partition(" ")[2] if key not in table else None
                    continue
                if assignment.target.startswith("."):  # a struct's field, or a package's container variable
                    declared = (assignment.value, parsed.path)
                    if assignment.scope == parsed.module:
                        self.packages[_key(parsed)].variables[assignment.target[1:]] = declared
                    else:
                        self.members[(assignment.scope, assignment.target[1:])] = declared
                    continue
                if assignment.value == "assigned":
                    self.reassigned.add((assignment.scope, assignment.target))
                    continue
                if assignment.value.startswith("exact "):
                    if assignment.target.isidentifier():  # a local's, not a field's (see ``fields``)
                        self.exact[(assignment.scope, assignment.target)] = assignment.value[6:]
                    continue
                self.local_names.setdefault((assignment.scope, assignment.target), assignment.line)
                if assignment.value.startswith("="):
                    self.function_values[(assignment.scope, assignment.target)].append(
                        (parsed.path, assignment.scope, assignment.value[1:], assignment.line)
                    )
        self.imports = {parsed.path: _imports(parsed, by_import) for parsed in self.sources}
        self.method_sets = _MethodSets(self.sources, self.packages, self.imports, nodes)
        self.package_of = {parsed.path: self.packages[_key(parsed)] for parsed in self.sources}
        # The names of the repository's function types (``type Handler func(path string)``).
        self.function_types = frozenset(
            d.name for parsed in self.sources for d in parsed.definitions[1:] if d.keyword == "type" and d.signature.startswith(f"type {d.name} func")
        )
        self._passed: dict[tuple[str, int], list[tuple[str, str, str, int]]] | None = None  # built on first use
        self._fields: dict[str, dict[str, list[tuple[str, str, str, int]]]] | None = None  # built on first use
        self._made: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))  # with ``_fields``

    def callee(self, path: str, caller: str, target: str, line: int) -> tuple[str | None, str] | None:
        """(the receiver's type id for a method call, else None; the callee) of ``target``
        called in ``caller`` of the file ``path`` on ``line``."""
        if self._shadowed(caller, target, line):
            return None
        found = _callee(caller, target, self.package_of[path], self.imports[path], self.declared, self.method_sets, self.nodes)
        return found or self._on_local(path, caller, target, line) or self._through_field(path, caller, target) or self._on_chain(path, caller, target, line)

    def _on_chain(self, path: str, caller: str, target: str, line: int) -> tuple[str | None, str] | None:
        """``F(..).M()`` (``query.New("t").Where(..)``, and so along a chain): ``M`` of the
        type ``F``'s signature returns first, named where ``F`` is written."""
        function, dot, member = target.rpartition("().")
        if not dot or "." in member or "(" in member:
            return None
        type_id = self._result_type(path, caller, function, line)
        method = self.method_sets.method(type_id, member) if type_id is not None else None
        return (type_id, method) if method is not None else None

    def _on_local(self, path: str, caller: str, target: str, line: int) -> tuple[str | None, str] | None:
        """``v.M()`` on a local declared with no type (and only once in its function):
        ``v := F(..)``: ``M`` of the type ``F``'s signature returns first, named where
        ``F`` is written (``func NewMux() *Mux`` of the package ``web``); ``v, ok :=
        y.F[k]`` (``v := y.F[k]``, ``range y.F``): of the element type the field ``F`` of
        ``y``'s declared type, or the variable ``F`` of the imported package ``y``, is
        declared with (``routes map[string]Handler``)."""
        head, dot, member = target.partition(".")
        if not dot or "." in member:
            return None
        for scope in enclosing(self.nodes, caller):
            if scope.kind is Kind.MODULE or any(p.name == head for p in scope.parameters):
                return None
            key = (scope.id, head)
            if key in self.results or key in self.indexed:
                if key in self.reassigned or key in self._typing or self.declared.type_of(self.nodes, caller, head):
                    return None  # unknown, or a local whose type depends on itself (``a := b.F()``, ``b := a.G()``)
                self._typing.add(key)
                try:
                    # declared both ways (in two blocks): known when both give one type
                    found = {self._result_type(path, scope.id, self.results[key], line)} if key in self.results else set()
                    found |= {self._element_type(path, scope.id, self.indexed[key])} if key in self.indexed else set()
                finally:
                    self._typing.discard(key)
                type_id = found.pop() if len(found) == 1 else None
                method = self.method_sets.method(type_id, member) if type_id is not None else None
                return (type_id, method) if method is not None else None
        return None

    def _result_type(self, path: str, scope: str, function: str | None, line: int) -> str | None:
        """The type id the first result of the function or method ``function`` (called in
        ``scope``) is declared with."""
        called = self.callee(path, scope, function, line) if function is not None else None
        definition = self.nodes.get(called[1]) if called is not None else None
        returned = _first_result(definition.signature) if definition is not None else None
        if definition is None or returned is None or definition.path not in self.package_of:
            return None
        return _type_id(returned, self.package_of[definition.path], self.imports[definition.path])

    def _element_type(self, path: str, scope: str, container: str | None) -> str | None:
        """The type id of an element of the field or package variable ``container``
        (``m.routes``, ``pricing.Rules``) seen from ``scope``, by its declared type."""
        head, _, member = (container or "").partition(".")
        declared = self._member(path, scope, head, member)
        if declared is None or not declared[0].startswith("[]"):
            return None
        return _type_id(declared[0][2:], self.package_of[declared[1]], self.imports[declared[1]])

    def _through_field(self, path: str, caller: str, target: str) -> tuple[str | None, str] | None:
        """``x.F.M()`` with ``x`` of a declared type ``T`` whose field ``F`` is declared
        with a named type (``r repo.UserRepo``, ``front Mem``) and given no composite
        literal (what those give is :meth:`field_methods`' to follow): ``M`` of the
        field's type, dispatched as on a variable of that type."""
        parts = target.split(".")
        if len(parts) != 3 or "(" in target:
            return None
        head, field_name, member = parts
        declared = self._member(path, caller, head, field_name)
        if declared is None or declared[0].startswith("[]") or self.made_fields().get(field_name, {}).get(self._declared_id(path, caller, head) or ""):
            return None
        type_id = _type_id(declared[0], self.package_of[declared[1]], self.imports[declared[1]])
        method = self.method_sets.method(type_id, member) if type_id is not None else None
        return (type_id, method) if method is not None else None

    def _member(self, path: str, scope: str, head: str, member: str) -> tuple[str, str] | None:
        """(declared type, file declaring it) of ``head.member`` seen from ``scope``: the
        field ``member`` of the declared type of the variable ``head``, or the container
        variable ``member`` of the package imported as ``head``; None when unknown."""
        owner = self._declared_id(path, scope, head)
        if owner is not None:
            return self.members.get((owner, member))
        if head not in self.imports[path] or self._local(scope, head):
            return None
        return self.imports[path][head].variables.get(member)

    def _local(self, scope: str, name: str) -> bool:
        """Whether ``name`` is a parameter or local of a function around ``scope``."""
        functions = (s for s in enclosing(self.nodes, scope) if s.kind is not Kind.MODULE)
        return any((s.id, name) in self.local_names or any(p.name == name for p in s.parameters) for s in functions)

    def _declared_id(self, path: str, scope: str, name: str) -> str | None:
        """The type id of the variable ``name``'s declared type, seen from ``scope``."""
        type_name = self.declared.type_of(self.nodes, scope, name)
        return _type_id(type_name, self.package_of[path], self.imports[path]) if type_name is not None else None

    def made(self, path: str, caller: str, target: str) -> str | None:
        """For ``v.M()`` on a local declared with an interface type and given one composite
        literal (``var v Store = &logged{..}``) that is never assigned again: the method
        ``M`` of the type made; None otherwise."""
        head, _, member = target.partition(".")
        if not member or "." in member or not self.exact:
            return None
        for scope in enclosing(self.nodes, caller):
            if scope.kind is Kind.MODULE:
                return None
            written = self.exact.get((scope.id, head))
            if written is not None:
                if any((inner.id, head) in self.reassigned for inner in enclosing(self.nodes, caller)):
                    return None
                type_id = _type_id(written, self.package_of[path], self.imports[path])
                return self.method_sets.method(type_id, member) if type_id is not None else None
            if (scope.id, head) in self.local_names or any(p.name == head for p in scope.parameters):
                return None
        return None

    def callbacks(self, path: str, caller: str, target: str) -> list[str]:
        """What ``f()`` runs when ``f`` is a parameter of function type (each function
        or method the repository passes there) or a local given functions (``f :=
        helper``), also through parameters and locals passed on."""
        found: set[str] = set()
        seen: set[tuple[str, ...]] = set()
        todo = self.field_values(path, caller, target) or [(path, caller, target, 0)]
        while todo:
            where, scope, value, line = todo.pop()
            if value.endswith("[]") and "." in value:
                # ``for _, f := range b.subs``: what the repository puts in the field ``subs`` of b's type
                if ("field", scope, value) not in seen:
                    seen.add(("field", scope, value))
                    todo.extend(self.field_values(where, scope, value[:-2]))
                continue
            slot, held = self._slot(scope, value), self._held(scope, value)
            if slot is None and held is None:
                resolved = self.callee(where, scope, value, line) if line else None
                if resolved is not None and self.nodes[resolved[1]].kind in (Kind.FUNCTION, Kind.METHOD):
                    found.add(resolved[1])
                continue
            key = (slot[0], str(slot[1])) if slot is not None else held[0]
            if key in seen:
                continue
            seen.add(key)
            todo.extend(self.passed().get(slot, ()) if slot is not None else held[1])
        return sorted(found)

    def field_values(self, path: str, caller: str, target: str) -> list[tuple[str, str, str, int]]:
        """For ``x.F()`` with ``x`` of a declared type ``T`` of the repository that has no
        method ``F``: (file, scope, name, line) of each value given to the field ``F``
        of a ``T`` (``T{F: h}``, ``v.F = h``); [] for anything else. Values given in ``_test.go`` files
        count only for calls from the test files of their folder, as their types do."""
        head, dot, member = target.partition(".")
        by_type = self.fields().get(member) if dot and "." not in member and "(" not in target else None
        if not by_type:
            return []  # most calls: no field of that name is given a function
        type_id = self._declared_id(path, caller, head)
        given = by_type.get(type_id, []) if type_id is not None else []
        return [value for value in given if _seen_from(value[0], path)]

    def field_methods(self, path: str, caller: str, target: str) -> list[str]:
        """For ``x.F.M()`` with ``x`` of a declared type ``T`` of the repository: the
        method ``M`` of each type the repository gives the field ``F`` of a ``T`` as a
        composite literal (``T{F: &U{..}}``, ``y.F = U{..}``), and with them the
        interface's ``M`` when ``F`` is an interface ``T`` embeds; [] for anything else
        (a field given nothing the parser sees holds nothing known: no edge)."""
        parts = target.split(".")
        if len(parts) != 3 or "(" in target:
            return []
        head, field, member = parts
        by_type = self.made_fields().get(field)
        type_id = self._declared_id(path, caller, head) if by_type else None
        if by_type is None or type_id is None:
            return []
        found = set()
        for where, made in by_type.get(type_id, ()):
            if not _seen_from(where, path):
                continue
            made_id = _type_id(made, self.package_of[where], self.imports[where])
            method = self.method_sets.method(made_id, member) if made_id is not None else None
            if method is not None:
                found.add(method)
        for embedded in self.method_sets.embedded.get(type_id, ()) if found else ():
            declared = self.method_sets.method(embedded, member) if self.nodes[embedded].name == field else None
            if declared is not None and self.nodes[embedded].keyword == "interface":
                found.add(declared)
        return sorted(found)

    def fields(self) -> dict[str, dict[str, list[tuple[str, str, str, int]]]]:
        """field -> type id -> (file, scope, name, line) of each name given to that field."""
        self._index_fields()
        return self._fields

    def made_fields(self) -> dict[str, dict[str, list[tuple[str, str]]]]:
        """field -> type id -> (file, type written) of each composite literal given to that field."""
        self._index_fields()
        return self._made

    def _index_fields(self) -> None:
        """Both tables of what the repository gives fields, in one pass, on first use."""
        if self._fields is None:
            self._fields = defaultdict(lambda: defaultdict(list))
            for parsed in self.sources:
                package, imported = self.package_of[parsed.path], self.imports[parsed.path]
                for assignment in parsed.assignments:
                    written, field = _field_target(assignment.target, assignment.scope, self.declared, self.nodes)
                    type_id = _type_id(written, package, imported) if written is not None else None
                    if type_id is None:
                        continue
                    if assignment.value.startswith("exact "):
                        self._made[field][type_id].append((parsed.path, assignment.value[6:]))
                    else:
                        self._fields[field][type_id].append((parsed.path, assignment.scope, assignment.value, assignment.line))

    def _held(self, scope: str, name: str) -> tuple[tuple[str, str], list[tuple[str, str, str, int]]] | None:
        """((function, name), what it was given) when ``name`` is a local of a function
        around ``scope`` given functions by name (``f := helper``); None otherwise."""
        if "." in name:
            return None
        for definition in enclosing(self.nodes, scope):
            key = (definition.id, name)
            if key in self.function_values:
                return key, self.function_values[key]
            if definition.kind is Kind.MODULE or key in self.local_names or any(p.name == name for p in definition.parameters):
                return None
        return None

    def passed(self) -> dict[tuple[str, int], list[tuple[str, str, str, int]]]:
        """(function id, position) -> (file, scope, name, line) of each name passed there.
        Only calls of a name some function with a parameter of function type has are
        resolved (most arguments go elsewhere: resolving them all cost ``src/net`` a
        sixth more CPU)."""
        if self._passed is None:
            self._passed = defaultdict(list)
            takers = {node.name for node in self.nodes.values() if node.language == "go" and any(_takes_function(p, self.function_types) for p in node.parameters)}
            for parsed in self.sources:
                for assignment in parsed.assignments:
                    function, _, position = assignment.target[:-1].rpartition("(") if assignment.target.endswith(")") else ("", "", "")
                    name = function.rpartition(".")[2] if position.isdigit() else ""
                    found = self.callee(parsed.path, assignment.scope, function, assignment.line) if name in takers else None
                    # ``HandlerFunc(users)``: a conversion to a function type, which its methods call
                    converted = _type_id(function, self.package_of[parsed.path], self.imports[parsed.path]) if name in self.function_types and position == "0" else None
                    for slot in (found[1] if found is not None else None, converted):
                        if slot is not None:
                            self._passed[(slot, int(position))].append((parsed.path, assignment.scope, assignment.value, assignment.line))
        return self._passed

    def _slot(self, scope: str, name: str) -> tuple[str, int] | None:
        """(function id, position) when ``name`` is a parameter of function type of a
        function around ``scope``; None for anything else."""
        if "." in name:
            return None
        for definition in enclosing(self.nodes, scope):
            if definition.kind is Kind.MODULE:
                return None
            # Parameters first: the parser records a parameter of a named type (``next Handler``) as a local too.
            for position, parameter in enumerate(definition.parameters):
                if parameter.name == name:
                    return (definition.id, position) if _takes_function(parameter, self.function_types) else None
            converted = self._converted(definition, name)
            if converted is not None:
                return (converted, 0)
            if (definition.id, name) in self.local_names:
                return None
        return None

    def _converted(self, method: Definition, name: str) -> str | None:
        """The function type of the repository a method's receiver ``name`` has (``func
        (f HandlerFunc) ServeHTTP(..)``), whose conversions (``HandlerFunc(users)``) give
        what ``f(..)`` runs; None for anything else."""
        if method.kind is not Kind.METHOD or not method.signature.startswith(f"func ({name} "):
            return None
        written = method.signature.removeprefix(f"func ({name} ").partition(")")[0]
        return _type_id(written, self.package_of[method.path], self.imports[method.path]) if written.lstrip("*") in self.function_types else None

    def _shadowed(self, caller: str, target: str, line: int) -> bool:
        """Whether ``target`` (a bare name) on ``line`` is a parameter of a function
        around ``caller``, or a local declared on an earlier line (``f, err := f()``
        still calls the package's ``f``: the new name's scope starts after it)."""
        if "." in target:
            return False
        for scope in enclosing(self.nodes, caller):
            if scope.kind is Kind.MODULE:
                return False
            declared = self.local_names.get((scope.id, target))
            if (declared is not None and declared < line) or any(p.name == target for p in scope.parameters):
                return True
        return False


_QUALIFIER = re.compile(r"\b[A-Za-z_]\w*\.")  # ``web.`` of ``*web.Response``
_WORD = re.compile(r"[A-Za-z_]\w*")
# Go's predeclared types and the keywords a type is written with.
_PREDECLARED = frozenset({
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64",
    "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "func", "map", "chan", "struct", "interface",
})
_MAX_EMBEDDING = 32  # deeper chains of embedded types (or cycles, invalid Go) promote nothing further


class _MethodSets:
    """Each named type's method set (own and promoted methods), and which types
    implement an interface of the repository."""

    def __init__(
        self,
        files: list[ParsedFile],
        packages: dict[tuple[str, str], Package],
        imports: dict[str, dict[str, Package]],
        nodes: Mapping[str, Definition],
    ) -> None:
        self.nodes = nodes
        self.own: dict[str, dict[str, str]] = defaultdict(dict)  # type id -> method name -> id
        for package in packages.values():
            for (type_name, method), method_id in package.methods.items():
                type_id = package.types.get(type_name)
                if type_id is not None:
                    self.own[type_id][method] = method_id
        self.embedded: dict[str, list[str]] = {}  # type id -> the repository's types it embeds
        for parsed in files:
            package, imported = packages[_key(parsed)], imports[parsed.path]
            for definition in parsed.definitions[1:]:
                if definition.kind is Kind.CLASS and definition.bases:
                    found = (_type_id(base, package, imported) for base in definition.bases)
                    self.embedded[definition.id] = [type_id for type_id in found if type_id is not None]
        self.type_names = frozenset(node.name for node in nodes.values() if node.language == "go" and node.kind is Kind.CLASS)
        self._sets: dict[str, dict[str, tuple[str | None, int]]] = {}
        self._implementers: dict[tuple[str, str | None], list[dict[str, str]]] = {}
        self._unambiguous: dict[str, dict[str, str]] = {}

    def method(self, type_id: str, name: str) -> str | None:
        """The method ``name`` selects on a value of ``type_id``; None if none or ambiguous."""
        return self._set(type_id, 0).get(name, (None, 0))[0]

    def _set(self, type_id: str, depth: int) -> dict[str, tuple[str | None, int]]:
        """Name -> (method id, or None where ambiguous; depth of embedding it comes from)."""
        if type_id in self._sets:
            return self._sets[type_id]
        found: dict[str, tuple[str | None, int]] = {name: (method_id, 0) for name, method_id in self.own.get(type_id, {}).items()}
        if depth < _MAX_EMBEDDING:
            self._sets[type_id] = found  # an embedding cycle (invalid Go) meets the own methods only
            for base in self.embedded.get(type_id, ()):
                for name, (method_id, level) in self._set(base, depth + 1).items():
                    current = found.get(name)
                    if current is None or current[1] > level + 1:
                        found[name] = (method_id, level + 1)
                    elif current[1] == level + 1 and current[0] != method_id:
                        found[name] = (None, level + 1)
        self._sets[type_id] = found
        return found

    def _names(self, type_id: str) -> dict[str, str]:
        """The method set without its ambiguous names (kept: each interface asks every type)."""
        found = self._unambiguous.get(type_id)
        if found is None:
            found = self._unambiguous[type_id] = {name: method_id for name, (method_id, _) in self._set(type_id, 0).items() if method_id is not None}
        return found

    def implementations(self, interface: str, name: str, tests: str | None) -> list[str]:
        """The methods a call of ``name`` through a value of type ``interface`` may run;
        none when it is no interface.
        Types of ``_test.go`` files count only for calls from test files of the same
        folder (``tests``, else None): only ``go test`` of that package builds them."""
        if self.nodes[interface].keyword != "interface":
            return []
        key = (interface, tests)
        if key not in self._implementers:
            required = self._names(interface)
            candidates = (self._names(type_id) for type_id in {*self.own, *self.embedded} if self._concrete(type_id, tests))
            self._implementers[key] = [names for names in candidates if required.keys() <= names.keys() and all(self._matches(names[n], m) for n, m in required.items())]
        found = {names[name] for names in self._implementers[key] if name in names}
        return sorted(found)

    def _matches(self, method: str, required: str) -> bool:
        """Whether ``method`` has the signature of the interface's method ``required``, by
        their parameter and result types with package qualifiers dropped (``*web.Response``
        is ``*Response``): ``Apply(diff string) error`` is not ``Apply(cents int) int``.
        Only a signature written with predeclared types and types of the repository is
        compared; another name may be a type parameter (``Next() (T, bool)``), which any
        type matches."""
        wanted = self._shape(required)
        return not set(_WORD.findall(wanted)) <= _PREDECLARED | self.type_names or self._shape(method) == wanted

    def _shape(self, method: str) -> str:
        """A method's parameter and result types, without package qualifiers."""
        definition = self.nodes[method]
        parameters = ",".join(p.prefix + (p.annotation or "") for p in definition.parameters)
        return _QUALIFIER.sub("", f"{parameters} -> {','.join(_result_types(definition.signature))}")

    def _concrete(self, type_id: str, tests: str | None) -> bool:
        node = self.nodes[type_id]
        return node.keyword != "interface" and (not node.path.endswith("_test.go") or node.path.rpartition("/")[0] == tests)


def _seen_from(where: str, path: str) -> bool:
    """Whether what the file ``where`` gives a field counts for a call in ``path``: a
    ``_test.go`` file's only for the test files of its own folder, which ``go test``
    builds with it."""
    return not where.endswith("_test.go") or (path.endswith("_test.go") and where.rpartition("/")[0] == path.rpartition("/")[0])


def _key(parsed: ParsedFile) -> tuple[str, str]:
    """(folder, package name): what makes one Go package."""
    return str(PurePosixPath(parsed.path).parent), parsed.definitions[0].signature.removeprefix("package ").strip()


def _packages(files: list[ParsedFile]) -> dict[tuple[str, str], Package]:
    packages: dict[tuple[str, str], Package] = {}
    for parsed in files:
        key = _key(parsed)
        package = packages.setdefault(key, Package(key[1]))
        prefix = len(parsed.module) + 1
        for definition in parsed.definitions[1:]:
            if definition.kind is Kind.FUNCTION and definition.parent == parsed.module and definition.name != "init":
                package.functions[definition.name] = definition.id
            elif definition.kind is Kind.CLASS and definition.parent == parsed.module:
                package.types[definition.name] = definition.id
            elif definition.kind is Kind.METHOD:
                type_name, _, method = definition.id[prefix:].partition(".")
                package.methods[(type_name, method)] = definition.id
    return packages


def _import_paths(files: list[ParsedFile], packages: dict[tuple[str, str], Package]) -> dict[str, Package]:
    """Importable packages by import path: nearest ``go.mod`` module path + folder."""
    modules = {
        str(PurePosixPath(f.path).parent): f.definitions[0].signature.removeprefix("module ").strip()
        for f in files
        if PurePosixPath(f.path).name == "go.mod" and f.definitions[0].signature.startswith("module ")
    }
    found: dict[str, list[Package]] = defaultdict(list)
    for (folder, name), package in packages.items():
        if name.endswith("_test"):
            continue
        path = PurePosixPath(folder)
        for root in (path, *path.parents):
            if str(root) in modules:
                relative = path.relative_to(root).as_posix()
                found[modules[str(root)] + ("" if relative == "." else "/" + relative)].append(package)
                break
    # A folder with two non-test packages does not build; no import path is certain.
    return {path: candidates[0] for path, candidates in found.items() if len(candidates) == 1}


def _imports(parsed: ParsedFile, by_import: dict[str, Package]) -> dict[str, Package]:
    """The file's names for in-repository packages (``.`` for dot imports, possibly several)."""
    names: dict[str, Package] = {}
    for imported in parsed.imports:
        package = by_import.get(imported.module)
        if package is not None:
            local = imported.local or package.name
            names[local if local != "." else f".{len(names)}"] = package
    return names


def _callee(
    caller: str,
    target: str,
    package: Package,
    imported: dict[str, Package],
    declared: DeclaredTypes,
    method_sets: _MethodSets,
    nodes: Mapping[str, Definition],
) -> tuple[str | None, str] | None:
    """(the receiver's type id for a method call, else None; the callee id)."""
    if "()" in target:
        return None
    parts = target.split(".")
    if len(parts) == 1:
        dotted = [p.functions.get(target) for local, p in imported.items() if local.startswith(".")]
        found = [c for c in (package.functions.get(target), *dotted) if c is not None]
        return (None, found[0]) if len(found) == 1 else None
    if len(parts) != 2:
        return None
    head, member = parts
    type_name = declared.type_of(nodes, caller, head)
    if type_name is not None and "[" not in type_name and (constraint := _type_parameter(nodes, caller, type_name.lstrip("*"))) is not None:
        type_name = constraint or None  # a T of ``[T Named]`` is a Named; of ``[T any]``, nothing known
        if type_name is None:
            return None
    if type_name is None and any(p.name == head for scope in enclosing(nodes, caller) for p in scope.parameters):
        return None  # a parameter of unwritten-here type shadows any package name
    if type_name is None and head in imported:
        function = imported[head].functions.get(member)
        return (None, function) if function is not None else None
    if type_name is None and head not in package.types:
        return None
    # ``v.M()`` on a declared variable, or the method expression ``T.M(v, ...)``
    type_id = _type_id(type_name or head, package, imported)
    method = method_sets.method(type_id, member) if type_id is not None else None
    return (type_id, method) if type_id is not None and method is not None else None


def _listed(written: str) -> list[str]:
    """The items of a comma-separated list, split only outside brackets (``K comparable,
    V func(a, b int)``: two items), stripped."""
    depth, start, parts = 0, 0, []
    for index, char in enumerate(written):
        depth += char in "[({"
        depth -= char in "])}"
        if char == "," and depth == 0:
            parts.append(written[start:index])
            start = index + 1
    parts.append(written[start:])
    return [part.strip() for part in parts]


def _type_parameters(brackets: str) -> dict[str, str]:
    """``T Named, K comparable`` -> {T: Named, K: comparable}; names that share a
    constraint (``[A, B Named]``) get it; a constraint that is no plain type name
    (``~int | ~string``, ``interface{ .. }``) gives "" (nothing known)."""
    found: dict[str, str] = {}
    waiting: list[str] = []
    for part in _listed(brackets):
        name, _, constraint = part.partition(" ")
        waiting.append(name)
        if constraint.strip():
            plain = constraint.strip()
            kept = plain if plain.replace(".", "").replace("_", "").isalnum() else ""
            found.update(dict.fromkeys(waiting, kept))
            waiting = []
    return found


def _type_parameter(nodes: Mapping[str, Definition], caller: str, name: str) -> str | None:
    """The constraint of the type parameter ``name`` of a function around ``caller``
    (``func f[T Named](..)``); "" for a type parameter with no plain constraint or of
    a method's receiver (``func (s *Set[T]) M()``); None when ``name`` is no type
    parameter there."""
    for scope in enclosing(nodes, caller):
        if scope.kind is Kind.MODULE:
            return None
        signature = scope.signature
        if "[" not in signature:
            continue
        receiver, _, rest = signature.removeprefix("func ").partition(")") if signature.startswith("func (") else ("", "", signature)
        own = rest.partition("(")[0]
        if "[" in own:
            found = _type_parameters(own.partition("[")[2].rpartition("]")[0])
            if name in found:
                return found[name]
        if "[" in receiver:
            # ``func (s *Set[X]) M(x X)``: the type's declaration, which the parser keeps
            # without its brackets, has the constraint; X is known to be none of the types.
            arguments = receiver.rpartition(" ")[2].partition("[")[2].rpartition("]")[0]
            if name in (a.strip() for a in arguments.split(",")):
                return ""
    return None


def _field_target(target: str, scope: str, declared: DeclaredTypes, nodes: Mapping[str, Definition]) -> tuple[str | None, str]:
    """(the written type, the field) an assignment's target gives a value to: ``T{F}``
    (a composite literal's key) or ``x.F`` with ``x`` of a declared type; (None, "") else."""
    if target.endswith("}"):
        written, _, field = target[:-1].partition("{")
        return written, field
    head, dot, field = target.partition(".")
    if not dot or "." in field or target.endswith(")"):
        return None, ""
    return declared.type_of(nodes, scope, head), field


def _takes_function(parameter: Parameter, function_types: frozenset[str] = frozenset()) -> bool:
    """A parameter of function type (not variadic: its positions are not one): ``func(..)``,
    or a named function type of the repository (``next Handler``, ``h http.HandlerFunc``
    of its own), told by name only (a value of any other type could not be called)."""
    annotation = parameter.annotation or ""
    return (annotation.startswith("func") or annotation.rpartition(".")[2] in function_types) and not parameter.prefix


def _first_result(signature: str) -> str | None:
    """The first result type of a function's or method's signature: ``*Mux`` of ``func
    NewMux() *Mux``, ``Client`` of ``func (f F) New(x int) (Client, error)``; None when
    it returns nothing."""
    found = _result_types(signature)
    return found[0] if found else None


def _result_types(signature: str) -> list[str]:
    """The result types of a function's, method's or interface method's signature,
    without their names (``(n int, err error)`` and ``(int, error)`` alike; of a type
    written in words, ``chan int``, its last)."""
    results = _results(signature)
    listed = _listed(results[1:-1]) if results.startswith("(") and results.endswith(")") else [results]
    return [part.split(" ")[-1] for part in listed if part]


def _results(signature: str) -> str:
    """The results of a function's, method's or interface method's signature as written
    (``*Mux``, ``(Client, error)``); "" when it returns nothing."""
    depth, closed, start = 0, 0, 0
    for index, char in enumerate(signature):
        depth += char == "("
        depth -= char == ")"
        if char == ")" and depth == 0:
            closed += 1
            start = index + 1
            # a method's receiver is a list of its own before the parameters
            if closed == 2 or not signature.startswith("func ("):
                break
    return signature[start:].strip().removesuffix("{").strip()


def _type_id(written: str, package: Package, imported: dict[str, Package]) -> str | None:
    """The type ``T``, ``*T``, ``pkg.T`` or ``T[int]`` names from ``package``'s file."""
    qualifier, _, name = written.lstrip("*").split("[", 1)[0].rpartition(".")
    owner = imported.get(qualifier) if qualifier else package
    return owner.types.get(name) if owner is not None else None
