"""Java call resolution through packages, imports and the superclass chain.

A class's fully qualified name is its file's package plus its nesting
(``com.acme.Outer.Inner``). A simple type name is looked up as javac does: classes
nested in the enclosing classes, single-type imports, the same package, then
on-demand (``.*``) imports (only when exactly one matches); a dotted name may also
be fully qualified.

Resolved: ``m()`` and ``this.m()`` (the enclosing class, then its superclasses
and interfaces inside the repository, then outer classes, then static imports),
``super.m()``, ``Type.m()`` for a type in scope, ``new C(...)`` (the constructor
taking that many arguments, or the class when it declares none) and
``this(...)``/``super(...)``. Overloads are told apart by argument count; two
candidates with the same count are dropped. A base class outside the repository
met before the method is found stops the search (it may declare the method).
``p.m()`` on a parameter, local or field (``f.m()``, ``this.f.m()``; the class's own
fields, then its superclasses', then outer classes') whose type is a class or
interface of the repository resolves as ``Type.m()`` would; a type parameter of the
method or a class around it (``<T extends Shape>``) is its first bound, one without a
bound nothing. A local's type is the one written, else
(``var``) its initialiser's: the class a ``new C(...)`` creates, or the declared
return type of the method a call runs (``var c = connect()``). A local made by
``new C(...)`` and never assigned again holds exactly a ``C`` (declared as another
type, ``Task b = new Beep()``, a call on it also reaches that type's method). Of two locals of one
name in one method (in two blocks), a call sees the nearest declared above it.

Dispatch: a call through a parameter, local or field of static type ``T``, and
``m()``/``this.m()`` that find an abstract method (``abstract``, or an interface
method without a body), also reach the method each instantiated subtype of ``T``
(or of the enclosing class) runs: the classes some ``new C(...)`` in the repository
creates, so an implementation nothing creates is no target; a call on ``new C(..)``
is on exactly ``C``. More than
``MAX_TARGETS`` of them add none, and a warning. A call on a call's result
(``new Parser(s).parse().validate()``) is on the declared return type of the method
the inner call runs (found by name, whatever its arity: two overloads of the name,
no type), dispatched like a local of that type; a field of a call's result
(``f().x.m()``) is not followed.

Anonymous classes (``new Visitor() { .. }``) are made where they are written: a call
through a type also reaches the methods of each anonymous class of a subtype; a
local given one is exactly it; an unqualified call in one is its own method, then its
base's, then the outer classes' (none when its base is outside the repository).

Functions passed: a method reference (target ``Foo.bar/*``, any arity: the one method
of that name) is a call from where it is written. A reference or lambda passed to a
repository method's parameter is run by that method when it calls a method on the
parameter, by the methods of its class calling the field it stores the
parameter in, and by those calling a loop variable over a collection field it adds
the parameter to (``handlers.add(h)``, ``for (Handler v : handlers) v.on(e)``;
``functions_run``); a lambda runs the calls of its body, resolved where
it is written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from repoagent.graph.resolvers.common import Resolved, enclosing
from repoagent.models import Definition, Edge, Kind, ParsedFile

_GENERICS = re.compile(r"<.*>")
_UNKNOWN = "?"  # a base outside the repository
_MISSING = "\0missing"  # no class on the way declares the method
_MAX_DEPTH = 8  # locals initialised by calls on locals initialised by calls ...: deeper is not followed
# Default methods of the JDK's functional interfaces that compose instead of calling
# the function (``f.andThen(g)`` runs neither yet).
_COMPOSING = frozenset({"andThen", "compose", "negate", "and", "or", "reversed", "thenComparing", "equals", "hashCode", "toString"})


class _Typed(NamedTuple):
    """What a receiver holds: an instance of ``cls`` ("" for a type the repository
    does not declare), exactly that class (``exact``: a ``new`` made it) or any
    created subtype of it, and the type its declaration wrote when that names
    another class (``Task b = new Beep()``: ``Task``)."""

    cls: str
    exact: bool = False
    declared: str = ""
    anonymous: tuple[str, int] | None = None  # (method, line) making the anonymous class a local holds exactly


_UNTYPED = _Typed("")


@dataclass(frozen=True)
class _LocalFact:
    """What one declaration of a local says (see the Java parser): ``type T``,
    ``new C/0``, ``call m/1``."""

    line: int
    kind: str
    detail: str


@dataclass
class FileContext:
    """What names mean in one Java file."""

    package: str
    single: dict[str, str] = field(default_factory=dict)  # simple name -> FQN
    on_demand: list[str] = field(default_factory=list)  # packages or classes
    static_single: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # member -> class FQNs
    static_on_demand: list[str] = field(default_factory=list)  # class FQNs


class JavaResolver:
    """The Java :class:`~repoagent.graph.resolvers.base.Resolver`."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Resolved:
        result = Resolved()
        index = Index(files, nodes)
        resolved = [(parsed, call, index.callee(parsed, call.caller, call.target, call.constructs, call.line)) for parsed in files for call in parsed.calls]
        created = {index.constructed(callee) for _, call, callee in resolved if callee is not None and call.constructs}
        for parsed, call, callee in resolved:
            if callee is None:
                continue
            result.append(Edge(call.caller, callee, (call.line,)))
            for target in result.capped(call, index.dispatched(parsed, call.caller, call.target, call.line, callee, created)):
                result.append(Edge(call.caller, target, (call.line,)))
            for runner, target, line in index.functions_run(parsed, call.caller, call.target, callee):
                result.append(Edge(runner, target, (line,)))
        return result


class Index:
    """Classes by qualified name, members by class, and each file's imports."""

    def __init__(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> None:
        self.nodes = nodes
        self.by_fqn: dict[str, str] = {}
        self.fqn_of: dict[str, str] = {}
        self.members: dict[str, list[Definition]] = defaultdict(list)  # class id -> methods, constructors, classes
        self.methods: dict[tuple[str, str], list[Definition]] = defaultdict(list)  # (class id, name) -> its methods so named
        self.file_of: dict[str, ParsedFile] = {}
        self.contexts: dict[str, FileContext] = {}
        self._bases: dict[str, list[str]] = {}
        self.locals: dict[tuple[str, str], list[_LocalFact]] = defaultdict(list)  # (method, name) -> facts
        self.reassigned: set[tuple[str, str]] = set()
        self.fields: dict[tuple[str, str], str] = {}  # (class, name) -> written type
        self._fields_seen: dict[tuple[str, str], _Typed | None] = {}
        self.passed: dict[tuple[str, str], list[tuple[int, str, str, int]]] = defaultdict(list)  # (caller, call) -> (position, kind, detail, line)
        self.held: dict[tuple[str, str], set[str]] = defaultdict(set)  # (method, field) -> the names it stores there
        self.called_on: dict[str, list[tuple[str, int]]] = defaultdict(list)  # receiver name -> (caller, line) of the calls on it
        self.kept: dict[tuple[str, str], set[str]] = defaultdict(set)  # (method, field) -> the names it adds to that collection
        self.loops: dict[str, list[tuple[str, str]]] = defaultdict(list)  # field or local iterated -> (method, loop variable)
        self.anonymous: dict[str, tuple[str, int]] = {}  # an anonymous class's method -> (the type it extends, the line it is made on)
        self._anonymous_bases: dict[str, str | None] = {}
        self._generics: dict[str, dict[str, str]] = {}  # method or class id -> its type parameters' first bounds
        for parsed in files:
            for call in parsed.calls:
                path = call.target.rpartition("/")[0]
                head, _, member = path.rpartition(".")
                if head and member not in _COMPOSING:
                    self.called_on[head.removeprefix("this.")].append((call.caller, call.line))
            for assignment in parsed.assignments:
                key = (assignment.scope, assignment.target)
                kind, _, detail = assignment.value.partition(" ")
                if assignment.target == "<anonymous>":
                    base, _, made_on = assignment.value.rpartition(" ")
                    self.anonymous[assignment.scope] = (base, int(made_on))
                elif assignment.value == "=":
                    self.reassigned.add(key)
                elif kind == "field":
                    self.fields[key] = detail
                elif kind in ("ref", "construct", "lambda"):
                    call, _, position = assignment.target.rpartition("(")
                    self.passed[(assignment.scope, call)].append((int(position[:-1]), kind, detail, assignment.line))
                elif kind == "holds":
                    self.held[key].add(detail)
                elif kind == "keeps":
                    self.kept[key].add(detail)
                elif kind == "over":
                    self.loops[detail].append(key)  # ``for (T v : field)`` in the method
                else:
                    kind, _, detail = assignment.value.partition(" ")
                    self.locals[key].append(_LocalFact(assignment.line, kind, detail))
            package = parsed.definitions[0].signature.removeprefix("package ").strip()
            self.contexts[parsed.module] = _context(parsed, package)
            prefix = len(parsed.module) + 1
            for definition in parsed.definitions[1:]:
                self.file_of[definition.id] = parsed
                if definition.parent is not None and definition.parent != parsed.module:
                    self.members[definition.parent].append(definition)
                    if definition.keyword == "method":
                        self.methods[(definition.parent, definition.name)].append(definition)
                if definition.kind is Kind.CLASS:
                    fqn = ".".join(filter(None, (package, definition.id[prefix:])))
                    self.by_fqn[fqn] = definition.id
                    self.fqn_of[definition.id] = fqn
        self.packages = {fqn.rsplit(".", 1)[0] for fqn in self.by_fqn if "." in fqn}

    def callee(self, parsed: ParsedFile, caller: str, target: str, constructs: bool, line: int, depth: int = 0) -> str | None:
        path, _, count = target.rpartition("/")
        arity = None if count == "*" else int(count)  # a method reference: any arity
        cls = self._this_class(caller)
        if constructs:
            if path in ("this", "super") and cls is not None:
                owner = cls if path == "this" else next(iter(self._superclasses(cls)), None)
                return self._constructor(owner, arity) if owner not in (None, _UNKNOWN) else None
            owner = self.type_named(parsed, cls or parsed.module, path)
            return self._constructor(owner, arity) if owner is not None else None
        head, _, member = path.rpartition(".")
        if not head:
            return self._unqualified(parsed, caller, member, arity)
        if head == "this":
            return self._lookup(cls, member, arity) if cls is not None else None
        if head == "super":
            supers = self._superclasses(cls) if cls is not None else []
            return self._lookup(supers[0], member, arity) if supers and supers[0] != _UNKNOWN else None
        if head.startswith("new:") and not head.endswith("()"):
            created = self.type_named(parsed, cls or parsed.module, head[4:])
            return self._lookup(created, member, arity) if created is not None else None
        typed = self._receiver(parsed, caller, head, line, depth)
        if typed is not None:
            return self._lookup(typed.cls, member, arity) if typed.cls else None
        if "()" in head:
            return None  # a field of a call's result (``f().x.m()``): not followed
        owner = self.type_named(parsed, cls or parsed.module, head)
        return self._lookup(owner, member, arity) if owner is not None else None

    def functions_run(self, parsed: ParsedFile, caller: str, target: str, callee: str) -> list[tuple[str, str, int]]:
        """(runner, method, line) for each method reference or lambda the call ``target``
        in ``caller`` passes to ``callee``'s parameter when some method calls it: the
        callee itself calling the parameter (``l.fire(e)``), or a method of its class
        calling the field the callee stores it in (``this.listener = l``, then
        ``listener.fire(e)``). A lambda's body is the caller's, so what it calls is
        run from there; a reference runs its method."""
        method = self.nodes[callee]
        found: list[tuple[str, str, int]] = []
        for position, kind, detail, line in self.passed.get((caller, target), ()):
            if method.keyword not in ("method", "constructor") or position >= len(method.parameters) or method.parameters[position].prefix:
                continue
            runners = self._runners(callee, method.parameters[position].name)
            if not runners:
                continue
            targets = detail.split() if kind == "lambda" else [detail]
            run = {t for t in (self.callee(parsed, caller, t, kind == "construct", line) for t in targets) if t is not None}
            found += [(runner, t, at) for runner, at in runners for t in sorted(run)]
        return found

    def _runners(self, method: str, parameter: str) -> list[tuple[str, int]]:
        """(method, line) of each call on the parameter ``parameter`` of ``method``, or on
        a field of its class that ``method`` stores it in."""
        runners = [(c, line) for c, line in self.called_on.get(parameter, ()) if c == method]
        cls = self._this_class(method)
        if cls is None:
            return runners
        for kept_in in (f for (m, f), names in self.held.items() if m == method and parameter in names):
            if self._field(self.file_of[cls], cls, kept_in) is not None:
                runners += [(c, line) for c, line in self.called_on.get(kept_in, ()) if self._this_class(c) == cls]
        for kept_in in (f for (m, f), names in self.kept.items() if m == method and parameter in names):
            # a collection field (``handlers.add(h)``): each call on a loop variable over it
            if self._field(self.file_of[cls], cls, kept_in) is None:
                continue
            for looping, variable in self.loops.get(kept_in, ()):
                if self._this_class(looping) == cls:
                    runners += [(c, line) for c, line in self.called_on.get(variable, ()) if c == looping]
        return runners

    def dispatched(self, parsed: ParsedFile, caller: str, target: str, line: int, found: str, created: set[str]) -> list[str]:
        """The other methods the call ``target`` that resolved to ``found`` runs: those
        of the created subtypes of its receiver's type, when that is a parameter's, a
        local's or a field's static type, or when ``found`` is abstract and the
        receiver is ``this``."""
        path, _, count = target.rpartition("/")
        head, _, member = path.rpartition(".")
        if self.nodes[found].keyword != "method" or (head.startswith("new:") and not head.endswith("()")):
            return []  # not a method, or one of exactly the class a ``new`` made
        arity = None if count == "*" else int(count)
        typed = self._receiver(parsed, caller, head, line, 0) if head not in ("", "this", "super") else None
        if typed is not None and typed.anonymous is not None:
            return sorted(m for m in self._anonymous_methods(*typed.anonymous, member, arity) if m != found)
        if typed is not None and typed.exact:
            # Exactly the class a ``new`` made, no other subtype; a declaration of
            # another type also calls that type's method, the one the code is written
            # against (so its interface changing makes the caller's page stale).
            declared = self._lookup(typed.declared, member, arity) if typed.declared else None
            return [declared] if declared is not None and declared != found else []
        receiver = typed.cls if typed is not None else None
        if receiver is None:
            cls = self._this_class(caller)
            if head == "super" or cls is None or not self._abstract(found):
                return []
            receiver = cls
        targets = {self._search(sub, member, arity) for sub in self._subtypes(receiver) if sub in created}
        if self.anonymous:
            # anonymous classes are made where they are written: each one of a subtype counts
            subtypes = set(self._subtypes(receiver))
            targets.update(m for m in self.anonymous if self.nodes[m].name == member and _fits(self.nodes[m], arity) and self._anonymous_base(m) in subtypes)
        targets -= {found, None, _MISSING}
        return sorted(targets)

    def _anonymous_methods(self, writer: str, made_on: int, member: str, arity: int | None) -> list[str]:
        """The methods named ``member`` that take ``arity`` arguments of the anonymous
        class that method ``writer`` makes on line ``made_on``."""
        return [
            m for m, (_, at) in self.anonymous.items()
            if at == made_on and self.nodes[m].parent == writer and self.nodes[m].name == member and _fits(self.nodes[m], arity)
        ]

    def _anonymous_base(self, method: str) -> str | None:
        """The class id the anonymous class of ``method`` extends or implements; None outside."""
        if method not in self._anonymous_bases:
            base = self.anonymous[method][0]
            writer = self.nodes[method].parent or ""
            self._anonymous_bases[method] = self.type_named(self.file_of[method], writer, base)
        return self._anonymous_bases[method]

    def constructed(self, callee: str) -> str:
        """The class a ``new`` call resolved to ``callee`` (a constructor or a class) creates."""
        node = self.nodes[callee]
        return node.id if node.kind is Kind.CLASS else node.parent or ""

    def _receiver(self, parsed: ParsedFile, caller: str, head: str, line: int, depth: int) -> _Typed | None:
        """What the parameter, local, field (``f``, ``this.f``) or call result ``head``
        holds in ``caller`` at ``line``; None when ``head`` is none of them."""
        if head.endswith("()"):
            # A call's result (``parse().validate()``): the declared return type of the
            # method the call runs, any of its subtypes, as for a local typed by it.
            if depth >= _MAX_DEPTH:
                return _UNTYPED
            return _Typed(self._returned(parsed, caller, f"{head[:-2]}/*", line, depth + 1) or "")
        if head.startswith("this."):
            cls = self._this_class(caller)
            return self._field(parsed, cls, head[5:]) if cls is not None and "." not in head[5:] else None
        for definition in enclosing(self.nodes, caller):
            for parameter in definition.parameters:
                if parameter.name == head:
                    # A method's own type parameters (``<T extends Shape> void f(T s)``) are seen from it.
                    scope = definition.id if definition.kind is Kind.METHOD else definition.parent or parsed.module
                    found = self.type_named(parsed, scope, parameter.annotation) if parameter.annotation and not parameter.prefix else None
                    return _Typed(found or "")
            facts = [fact for fact in self.locals.get((definition.id, head), ()) if fact.line <= line]
            if facts:
                nearest = max(fact.line for fact in facts)
                return self._local_type(parsed, caller, (definition.id, head), [f for f in facts if f.line == nearest], depth)
            field = self._field(parsed, definition.id, head) if definition.kind is Kind.CLASS else None
            if field is not None:
                return field
        return None

    def _field(self, parsed: ParsedFile, cls: str, name: str) -> _Typed | None:
        """The static type of the field ``name`` of ``cls`` or of its superclasses (as
        :meth:`_receiver` gives it); None when none of them declares it. Kept: most
        calls ask for a name no class declares, through every class around them."""
        key = (cls, name)
        if key not in self._fields_seen:
            self._fields_seen[key] = None
            for owner in self._ancestry(cls):
                if owner == _UNKNOWN:
                    break
                written = self.fields.get((owner, name))
                if written is not None:
                    self._fields_seen[key] = _Typed(self.type_named(self.file_of[owner], owner, written) or "")
                    break
        return self._fields_seen[key]

    def _local_type(self, parsed: ParsedFile, caller: str, key: tuple[str, str], facts: list[_LocalFact], depth: int) -> _Typed:
        """A local's class from its declaration's facts (see :meth:`_receiver`)."""
        kinds = {kind: sorted({f.detail for f in facts if f.kind == kind}) for kind in ("type", "new", "call", "anon")}
        if any(len(details) > 1 for details in kinds.values()):
            return _UNTYPED  # two declarations of one name on one line, not alike: not told apart
        written = (self.type_named(parsed, key[0], kinds["type"][0]) or "") if kinds["type"] else None
        if kinds["anon"] and key not in self.reassigned:
            # ``Visitor v = new Visitor() { .. }``: exactly that anonymous class
            return _Typed(written or "", anonymous=(key[0], int(kinds["anon"][0])))
        made = self.callee(parsed, caller, kinds["new"][0], True, facts[0].line, depth + 1) if kinds["new"] else None
        if kinds["new"] and key not in self.reassigned:
            if made is None:
                return _UNTYPED
            created = self.constructed(made)
            return _Typed(created, True, written if written and written != created else "")
        if written is not None:
            return _Typed(written)
        if made is not None:
            return _Typed(self.constructed(made))
        if kinds["call"] and depth < _MAX_DEPTH:
            return _Typed(self._returned(parsed, caller, kinds["call"][0], facts[0].line, depth + 1) or "")
        return _UNTYPED

    def _returned(self, parsed: ParsedFile, caller: str, target: str, line: int, depth: int) -> str | None:
        """The class id of the declared return type of the method the call ``target`` runs."""
        callee = self.callee(parsed, caller, target, False, line, depth)
        method = self.nodes[callee] if callee is not None else None
        if method is None or method.keyword != "method" or not method.returns:
            return None
        return self.type_named(self.file_of[callee], method.parent or "", method.returns)

    def _abstract(self, method: str) -> bool:
        """Declared without a body: ``abstract``, or an interface's method that is
        neither ``default`` nor ``static``."""
        words = self.nodes[method].signature.split("(", 1)[0].split()
        owner = self.nodes[self.nodes[method].parent or ""]
        return "abstract" in words or (owner.keyword == "interface" and not {"default", "static"} & set(words))

    def _subtypes(self, cls: str) -> list[str]:
        """``cls`` and every class of the repository that extends or implements it."""
        if not hasattr(self, "_children"):
            self._children: dict[str, list[str]] = defaultdict(list)
            for class_id in self.by_fqn.values():
                for base in self._superclasses(class_id):
                    self._children[base].append(class_id)
        found, queue = [cls], [cls]
        while queue:
            for child in self._children.get(queue.pop(), []):
                if child not in found:
                    found.append(child)
                    queue.append(child)
        return found

    def type_named(self, parsed: ParsedFile, scope: str, name: str) -> str | None:
        """The class id a (simple, nested or qualified) type name means in ``scope``; a
        type parameter of a method or class around ``scope`` means its first bound
        (``<T extends Shape>``), or nothing without one."""
        name = _GENERICS.sub("", name).strip()
        first, *rest = name.split(".")
        if not rest:
            for definition in enclosing(self.nodes, scope):
                parameters = self._type_parameters(definition)
                if first in parameters:
                    bound = parameters[first]
                    outer = definition.parent or parsed.module
                    return self.type_named(parsed, outer, bound) if bound and bound != first else None
        owner = self._simple_type(parsed, scope, first)
        if owner is None:
            return self.by_fqn.get(name)
        for part in rest:
            owner = next((m.id for m in self.members.get(owner, []) if m.kind is Kind.CLASS and m.name == part), None)
            if owner is None:
                return None
        return owner

    def _type_parameters(self, definition: Definition) -> dict[str, str]:
        """A generic method's or class's type parameters and their first bounds
        (``<K, V extends Shape & Named>``: {K: "", V: "Shape"}), from its signature."""
        if "<" not in definition.signature or definition.kind is Kind.MODULE:
            return {}
        found = self._generics.get(definition.id)
        if found is None:
            found = self._generics[definition.id] = _type_parameters(definition.signature, definition.kind is Kind.CLASS)
        return found

    def _simple_type(self, parsed: ParsedFile, scope: str, name: str) -> str | None:
        for definition in enclosing(self.nodes, scope):
            if definition.kind is Kind.CLASS and definition.name == name:
                return definition.id
            nested = [m.id for m in self.members.get(definition.id, []) if m.kind is Kind.CLASS and m.name == name]
            if nested:
                return nested[0]
        context = self.contexts[parsed.module]
        if name in context.single:
            return self.by_fqn.get(context.single[name])
        same_package = self.by_fqn.get(f"{context.package}.{name}" if context.package else name)
        if same_package is not None:
            return same_package
        found = {self.by_fqn[f"{p}.{name}"] for p in context.on_demand if f"{p}.{name}" in self.by_fqn}
        return found.pop() if len(found) == 1 else None

    def _this_class(self, caller: str) -> str | None:
        """The class ``this`` means in ``caller``; None inside anonymous classes."""
        previous: Definition | None = None
        for definition in enclosing(self.nodes, caller):
            if definition.kind is Kind.CLASS:
                return definition.id
            if previous is not None and previous.kind is Kind.METHOD and definition.kind is Kind.METHOD:
                return None  # a method inside a method: an anonymous class's
            previous = definition
        return None

    def _unqualified(self, parsed: ParsedFile, caller: str, member: str, arity: int | None) -> str | None:
        cls = self._this_class(caller)
        anonymous = next((d.id for d in enclosing(self.nodes, caller) if d.id in self.anonymous), None) if cls is None else None
        if anonymous is not None:
            # Inside an anonymous class: its own methods, then those of the type it
            # extends, then the classes around the method that writes it.
            writer, (_, made_on) = self.nodes[anonymous].parent or "", self.anonymous[anonymous]
            own = self._anonymous_methods(writer, made_on, member, arity)
            if own:
                return own[0] if len(own) == 1 else None
            extended = self._anonymous_base(anonymous)
            if extended is None:
                return None  # a type outside the repository may declare it
            found = self._search(extended, member, arity)
            if found != _MISSING:
                return found
            cls = self._this_class(writer)
        elif cls is None and any(d.kind is Kind.CLASS for d in enclosing(self.nodes, caller)):
            return None  # inside an anonymous class of unknown type: its own members would come first
        while cls is not None:
            found = self._search(cls, member, arity)
            if found != _MISSING:
                return found
            outer = self.nodes[cls].parent
            cls = self._this_class(outer) if outer is not None else None
        context = self.contexts[parsed.module]
        owners = [self.by_fqn.get(f) for f in context.static_single.get(member, [])]
        owners += [self.by_fqn.get(f) for f in context.static_on_demand]
        results = {r for r in (self._search(o, member, arity) for o in owners if o is not None) if r not in (_MISSING, None)}
        return results.pop() if len(results) == 1 else None

    def _lookup(self, cls: str, member: str, arity: int | None) -> str | None:
        found = self._search(cls, member, arity)
        return None if found == _MISSING else found

    def _search(self, cls: str, member: str, arity: int | None) -> str | None:
        """The method ``member`` taking ``arity`` arguments in ``cls`` or its bases.

        ``_MISSING`` when no class on the way declares it; None when the answer is
        not certain (a base outside the repository, two overloads that fit).
        """
        for owner in self._ancestry(cls):
            if owner == _UNKNOWN:
                return None
            fitting = [m.id for m in self.methods.get((owner, member), ()) if _fits(m, arity)]
            if len(fitting) == 1:
                return fitting[0]
            if fitting:
                return None
        return _MISSING

    def _ancestry(self, cls: str) -> Iterator[str]:
        """``cls``, its superclasses, then the interfaces they implement (breadth first)."""
        seen = {cls}
        queue = [cls]
        while queue:
            current = queue.pop(0)
            yield current
            if current == _UNKNOWN:
                return
            for base in self._superclasses(current):
                if base not in seen:
                    seen.add(base)
                    queue.append(base)

    def _superclasses(self, cls: str) -> list[str]:
        """``cls``'s bases as class ids, in order; ``_UNKNOWN`` for one outside the repository."""
        if cls not in self._bases:
            definition = self.nodes[cls]
            parsed = self.file_of[cls]
            outer = definition.parent or parsed.module
            self._bases[cls] = [self.type_named(parsed, outer, base) or _UNKNOWN for base in definition.bases]
        return self._bases[cls]

    def _constructor(self, cls: str, arity: int | None) -> str | None:
        constructors = [m for m in self.members.get(cls, []) if m.keyword == "constructor"]
        if not constructors:
            return cls
        fitting = [m.id for m in constructors if _fits(m, arity)]
        return fitting[0] if len(fitting) == 1 else None


_MODIFIERS = frozenset({"public", "protected", "private", "static", "final", "abstract", "default", "synchronized", "native", "strictfp", "sealed", "non-sealed"})


def _type_parameters(signature: str, is_class: bool) -> dict[str, str]:
    """The type parameters a signature declares, with their first bounds: a class's
    after its name (``class Box<T extends Shape>``), a method's before its return type
    (``static <T extends Shape> double total(..)``); {} when it declares none."""
    if is_class:
        words = signature.split("<", 1)
        if len(words) < 2 or len(words[0].split()) < 2 or words[0].split()[-2] not in ("class", "interface", "record", "enum"):
            return {}
        rest = "<" + words[1]
    else:
        words = signature.split()
        while words and (words[0] in _MODIFIERS or words[0].startswith("@")):
            words.pop(0)
        rest = " ".join(words)
        if not rest.startswith("<"):
            return {}
    depth, parts, start = 0, [], 1
    for index, char in enumerate(rest):
        if char == "<":
            depth += 1
        elif char == ">":
            depth -= 1
            if depth == 0:
                parts.append(rest[start:index])
                break
        elif char == "," and depth == 1:
            parts.append(rest[start:index])
            start = index + 1
    found: dict[str, str] = {}
    for part in parts:
        name, _, bound = part.strip().partition(" extends ")
        found[name.strip().split()[-1] if name.strip() else ""] = bound.split("&")[0].strip()
    return found


def _fits(method: Definition, arity: int | None) -> bool:
    """Whether ``method`` takes ``arity`` arguments (None: a method reference, any)."""
    if arity is None:
        return True
    count = len(method.parameters)
    if method.parameters and method.parameters[-1].prefix == "...":
        return arity >= count - 1
    return arity == count


def _context(parsed: ParsedFile, package: str) -> FileContext:
    context = FileContext(package)
    for imported in parsed.imports:
        if imported.local == "*":
            (context.static_on_demand if imported.name == "*" else context.on_demand).append(imported.module)
        elif imported.name is not None:
            context.single[imported.local] = f"{imported.module}.{imported.name}"
            context.static_single[imported.local].append(imported.module)
    return context
