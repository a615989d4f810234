"""Rust call resolution through ``mod`` and ``use`` within each crate.

The module tree is rebuilt from ``mod x;`` declarations: a module file's children
live in ``x.rs`` or ``x/mod.rs`` beside it (``lib.rs``, ``main.rs``, ``mod.rs``)
or under a folder named after it (``a.rs`` -> ``a/x.rs``); inline ``mod x { }``
blocks nest in their file. A ``.rs`` file no ``mod`` declaration reaches is a crate
root (``lib.rs``, ``main.rs``, ``src/bin/*.rs``, tests, examples), so each crate
of a workspace resolves on its own; paths into other crates are dropped.

Paths resolve segment by segment from ``crate``, ``self``, ``super``, ``Self`` or
a name in scope (items of the enclosing fns and module, ``use`` bindings, then
glob imports). A segment after a type names an associated fn of its impls in the
crate (an inherent one first: Rust prefers it), after a trait one of its methods.
``self.m()`` uses the impl's type (or the trait, in a default method).

Receivers: ``x.m()`` on a parameter written with a type of the crate (``c: &Counter``)
or a local whose type is certain (``let c: Counter``, ``let c = Counter { .. }``,
``let c = Counter::new()`` by ``new``'s declared return type, ``let e = Expr::Add(..)``
and ``let p = Point(1, 2)`` by the enum or tuple struct made; a call on a call's result
(``Config::builder().host(..)``) by the inner fn's; a name bound twice in
one fn, by shadowing, is not followed) resolves as ``Counter::m``; so does a ``for``
loop's variable, or an iterator adapter's closure parameter, over a collection whose
type is written (``xs: &[Counter]``, or a field of ``self`` declared ``Vec<Counter>``).

Trait dispatch: ``x.m()`` on a parameter whose type is a trait object or
``impl Trait`` of the crate (``&dyn Shape``, ``&mut impl Shape``, ``Box<dyn Shape>``,
``impl Shape``; also a local holding a call of a fn declared to return one), or a
generic parameter bounded by traits of the crate (``x: &T``
with ``T: Shape`` in the fn's or its impl's generics or ``where`` clause), names the
``m`` of the one trait that has it (two: dropped, Rust would ask which); a call of a
trait's method (this way, by ``Trait::m`` or as ``self.m()`` in a default method) also
reaches ``m`` in every impl of that trait in the crate, unless there are more than
``MAX_TARGETS`` (then none, and a warning). A trait's methods include its
supertraits' (``trait B: A``: ``b.m()`` on a ``dyn B``, ``impl B`` or ``T: B``, or
``self.m()`` in ``B``'s default methods, runs ``A::m`` and reaches ``A``'s impls).
``T::f()`` with ``T`` a bounded generic is the ``f`` of the one bounding trait that has
it. ``self.log.write()`` (or ``x.log.write()`` on a typed ``x``) is on the type or trait
the field's declaration writes (``log: Box<dyn Logger>``, ``hits: Counter``), or, for a
field typed by the struct's type parameter (``repo: R``), on the traits bounding it
(the struct's, and the impl's around ``self.repo.m()``, by position). Calls on other
values (results, other closure parameters) are dropped: their types are not tracked.

Fns and closures passed: ``f(x)`` on a parameter ``f`` of the fn runs what every
caller passes at its position (``apply(parse_hex)``, ``retry(&Client::ping)``,
``Box::new(g)``, and a caller's own parameter passed on); a closure passed there
runs its body there, so the calls it holds are the callee's, and its writer's only
when no callee calls the parameter (then its calls of the writer's parameters run what
the writer receives: a middleware returning ``Box::new(move |r| next(r))``). A parameter, or a local declared on an earlier
line, named like an item shadows it: ``check()`` then calls no fn ``check``.
A fn pointer in a field is called where the field is: ``(self.parse)(s)`` on a type
with no method ``parse`` runs each fn path a struct literal of that type gives its
field (``Field { parse: parse_int }``, or ``Field { parse }`` with ``parse`` a
parameter: what its callers pass; ``x.parse = parse_hex`` with ``x`` of that type);
a closure kept there stays its writer's.
Tuple-struct and enum variant constructors are not fns, so ``Point(1, 2)`` and
``E::V(x)`` make no edge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import PurePosixPath

from repoagent.graph.resolvers.common import DeclaredTypes, Resolved, enclosing
from repoagent.models import CallSite, Definition, Edge, Import, Kind, ParsedFile

_ROOT_NAMES = ("lib.rs", "main.rs", "mod.rs")
_CALLABLE = (Kind.FUNCTION, Kind.METHOD)
# The calls that keep their argument in a collection (``self.hooks.push(f)``).
_STORES = frozenset({"push", "push_back", "push_front", "insert"})
# ``&dyn Shape``, ``&mut impl Shape``, ``Box<dyn a::Shape + Send>``, ``impl Shape``: the trait's path.
_TRAIT_OBJECT = re.compile(r"(?:&\s*(?:'\w+\s+)?(?:mut\s+)?|Box<\s*)?(?:dyn|impl)\s+([A-Za-z_][\w:]*)(?:\s*\+\s*[\w:']+)*\s*>?")
# ``T``, ``&T``, ``&'a mut T``, ``&a::T``: a generic parameter's or a type's name.
# A collection's written type and its elements': ``&[T]``, ``&mut [T; 4]``, ``Vec<T>``, ``&VecDeque<T>``...
_ELEMENTS = re.compile(r"&?\s*(?:'\w+\s+)?(?:mut\s+)?(?:\[\s*(?P<slice>.+?)\s*(?:;[^\]]*)?\]|(?:Vec|VecDeque|LinkedList|HashSet|BTreeSet|BinaryHeap)<\s*(?P<list>.+)\s*>)")
_PLAIN = re.compile(r"(?:&\s*(?:'\w+\s+)?(?:mut\s+)?)?([A-Za-z_][\w:]*)")


class RustResolver:
    """The Rust :class:`~repoagent.graph.resolvers.base.Resolver`."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Resolved:
        result = Resolved()
        crates = Crates(files, nodes)
        resolved = [(call, crates.callee(call.caller, call.target, call.line)) for parsed in files for call in parsed.calls if not call.target.startswith("|")]
        passing = Passing(crates, [(call, callee) for call, callee in resolved if callee is not None])
        for call, callee in resolved:
            resolve_call(crates, passing, call, callee, result)
        # A closure no callee runs (returned, or given to a fn outside the crate) stays its
        # writer's: its calls are the writer's, its parameters' calls included.
        for closure, calls in passing.held.items():
            for call in calls if closure not in passing.ran else ():
                resolve_call(crates, passing, call, crates.callee(call.caller, call.target, call.line), result)
        return result


def resolve_call(crates: Crates, passing: Passing, call: CallSite, callee: str | None, result: Resolved) -> None:
    """Edges of one call: to ``callee``, else to what a called parameter receives, what
    a loop over a field of fns runs, or what a called field holds."""
    if callee is None and (call.caller, call.target) in passing.parameters:
        passing.run(call, result, passing.parameters[(call.caller, call.target)])
    elif callee is None and (stored := passing.stored(call)):
        for target in result.capped(call, stored):
            link(crates, call.caller, call, target, result)
    elif callee is not None:
        link(crates, call.caller, call, callee, result)
    else:
        for target in result.capped(call, passing.field_values(call)):
            link(crates, call.caller, call, target, result)


def link(crates: Crates, caller: str, call: CallSite, callee: str, result: Resolved) -> None:
    """Edges from ``caller`` to ``callee`` (a fn) and to the trait impls it reaches."""
    if crates.nodes[callee].kind not in _CALLABLE:
        return
    result.append(Edge(caller, callee, (call.line,)))
    for target in result.capped(call, crates.implementations(callee)):
        result.append(Edge(caller, target, (call.line,)))


class Passing:
    """Fns and closures passed to a fn's parameters, and where that fn calls them
    (``f(x)`` on its parameter ``f``): a fn path passed there is called from the
    callee; a closure's body runs there, so the calls it holds are the callee's and no
    longer its writer's; a parameter passed on gives what its own callers pass. Fns
    a type's methods push into a field of ``self`` are run by a loop over it."""

    def __init__(self, crates: Crates, calls: list[tuple[CallSite, str]]) -> None:
        self.crates = crates
        self.given: dict[tuple[str, int], list[tuple[str, str, int]]] = defaultdict(list)  # (fn, parameter index) -> (caller, "fn p" / "closure n", line)
        for call, callee in calls:
            offset = 1 if "." in call.target and crates.nodes[callee].parameters[:1] and crates.nodes[callee].parameters[0].name == "self" else 0
            for position, value, line in crates.passed.get((call.caller, call.target), ()):
                self.given[(callee, position + offset)].append((call.caller, value, line))
        self.parameters = {(fn, crates.nodes[fn].parameters[index].name): index for fn, index in self.given if index < len(crates.nodes[fn].parameters)}
        self.held: dict[tuple[str, str], list[CallSite]] = defaultdict(list)  # (writer, closure ordinal) -> the calls its body holds
        for calls_of in crates.held_calls:
            ordinal, _, target = calls_of.target[1:].partition("|")
            self.held[(calls_of.caller, ordinal)].append(CallSite(calls_of.caller, target, calls_of.line))
        self.ran: set[tuple[str, str]] = set()

    def stored(self, call: CallSite) -> list[str]:
        """The fns a call of ``f`` in ``for f in &self.list`` runs: each fn path the
        type's methods push into that field (``self.list.push(f)``, ``insert``), or that
        reaches the parameter they push; closures pushed there stay their writers'."""
        facts = self.crates.locals.get((call.caller, call.target), set())
        fact = next(iter(facts)) if len(facts) == 1 else ""
        owner = self.crates.self_type(call.caller) if fact.startswith("of self.") else None
        found: set[str] = set()
        for (writer, target), records in self.crates.passed.items() if owner is not None else ():
            stored, _, method = target.rpartition(".")
            if stored == fact[3:] and method in _STORES and self.crates.self_type(writer) == owner:
                values = [(writer, value, line) for _, value, line in records]
                found.update(fn for kind, _, fn in self._reaching(values) if kind == "fn")
        return sorted(found)

    def run(self, call: CallSite, result: Resolved, index: int) -> None:
        """Edges from ``call.caller`` to what reaches its parameter ``index``, which it
        calls: fns, and what the closures passed there call."""
        for kind, writer, detail in self._reaching(self.given.get((call.caller, index), [])):
            if kind == "fn":
                link(self.crates, call.caller, call, detail, result)
                continue
            self.ran.add((writer, detail))
            for held in self.held.get((writer, detail), ()):
                callee = self.crates.callee(writer, held.target, held.line)
                if callee is not None:
                    link(self.crates, call.caller, CallSite(call.caller, held.target, call.line), callee, result)

    def field_values(self, call: CallSite) -> list[str]:
        """The fns a call of a field runs: the fn paths struct literals give it, and
        what reaches a writer's parameter given there by shorthand (``Pool { create }``
        in ``fn new(create: F)``); closures kept in a field stay their writers'."""
        writes = self.crates.field_writes(call.caller, call.target)
        return sorted({fn for kind, _, fn in self._reaching(writes) if kind == "fn"})

    def _reaching(self, values: list[tuple[str, str, int]]) -> list[tuple[str, str, str]]:
        """``("fn", writer, fn id)`` and ``("closure", writer, ordinal)`` for what
        ``values`` (``(writer, "fn p" / "closure n", line)``) pass, following a writer's
        parameter passed on to what its own callers pass."""
        found: list[tuple[str, str, str]] = []
        seen: set[tuple[str, int]] = set()
        todo = list(values)
        while todo:
            writer, value, line = todo.pop()
            kind, _, detail = value.partition(" ")
            key = (writer, self.parameters.get((writer, detail), -1))
            if kind == "closure":
                found.append((kind, writer, detail))
            elif key[1] >= 0:
                if key not in seen:
                    seen.add(key)
                    todo += self.given.get(key, ())
            elif (callee := self.crates.callee(writer, detail, line)) is not None and self.crates.nodes[callee].kind in _CALLABLE:
                found.append((kind, writer, callee))
        return found


class Crates:
    """Module tree, scopes and impls of every crate in the repository."""

    def __init__(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> None:
        self.nodes = nodes
        self.parent_module: dict[str, str] = {}  # module scope id -> enclosing module scope id
        self.root_of: dict[str, str] = {}  # module scope id -> crate root scope id
        self.items: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # scope -> name -> ids
        self.imports: dict[str, list[Import]] = defaultdict(list)
        self.self_types = DeclaredTypes(files)
        self.bounds: dict[tuple[str, str], list[str]] = defaultdict(list)  # (fn, T) -> trait paths
        self.locals: dict[tuple[str, str], set[str]] = defaultdict(set)  # (fn, x) -> "T()", "=a::f" or "?"
        self.declared: dict[tuple[str, str], int] = {}  # (fn, x) -> the first line a local x is declared on
        self.passed: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)  # (caller, call) -> (position, "fn p" / "closure n", line)
        self.fields: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)  # field -> (writer, "Type.field", fn path, line)
        self.sets: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)  # field -> (writer, receiver, fn path, line) of ``x.field = path``
        self.field_types: dict[tuple[str, str], str] = {}  # (struct id, field) -> its written type
        self.held_calls = [call for parsed in files for call in parsed.calls if call.target.startswith("|")]
        for parsed in files:
            for assignment in parsed.assignments:
                if assignment.value.startswith("bound "):
                    self.bounds[(assignment.scope, assignment.target)].append(assignment.value[6:])
                elif assignment.target.startswith("set "):
                    receiver, _, field = assignment.target[4:].partition(".")
                    self.sets[field].append((assignment.scope, receiver, assignment.value[3:], assignment.line))
                elif assignment.target.startswith("field "):
                    self.fields[assignment.target[6:].rpartition(".")[2]].append((assignment.scope, assignment.target[6:], assignment.value[3:], assignment.line))
                elif assignment.target.startswith("has "):
                    self.field_types[(assignment.scope, assignment.target[4:])] = assignment.value
                elif assignment.target.endswith(")"):
                    call, _, position = assignment.target[:-1].rpartition("(")
                    self.passed[(assignment.scope, call)].append((int(position), assignment.value, assignment.line))
                elif assignment.target != "Self":
                    self.locals[(assignment.scope, assignment.target)].add(assignment.value)
                    key = (assignment.scope, assignment.target)
                    self.declared[key] = min(self.declared.get(key, assignment.line), assignment.line)
            for definition in parsed.definitions[1:]:
                if definition.parent is not None and definition.keyword != "impl" and definition.kind is not Kind.METHOD:
                    self.items[definition.parent][definition.name].append(definition.id)
            for imported in parsed.imports:
                self.imports[imported.scope].append(imported)
        # Every parameter's and local's name: most calls name none, and need no walk.
        self.bounded = {generic for _, generic in self.bounds}
        self.bound_names = {p.name for parsed in files for d in parsed.definitions for p in d.parameters} | {name for _, name in self.declared}
        self._link_modules(files)
        self.methods = self._methods(files)
        self.trait_impls = self._trait_impls(files)

    def _link_modules(self, files: list[ParsedFile]) -> None:
        by_path = {parsed.path: parsed for parsed in files}
        claimed: set[str] = set()
        for parsed in files:
            for definition in parsed.definitions[1:]:
                if definition.keyword == "mod":
                    self.parent_module[definition.id] = definition.parent or parsed.module
            for imported in parsed.imports:
                if imported.module != "mod":
                    continue
                child = _child_file(parsed.path, self._inline_path(imported.scope, parsed), imported.local, by_path)
                if child is not None and child.path not in claimed:
                    claimed.add(child.path)
                    self.items[imported.scope][imported.local].append(child.module)
                    self.parent_module[child.module] = imported.scope
        for parsed in files:
            if parsed.path not in claimed:
                self.root_of[parsed.module] = parsed.module

    def _inline_path(self, scope: str, parsed: ParsedFile) -> list[str]:
        """Names of the inline modules from the file down to ``scope``."""
        names: list[str] = []
        for definition in enclosing(self.nodes, scope):
            if definition.keyword == "mod":
                names.append(definition.name)
        return list(reversed(names))

    def _methods(self, files: list[ParsedFile]) -> dict[str, dict[str, list[tuple[str, bool]]]]:
        """Type or trait id -> fn name -> [(fn id, inherent?)]."""
        methods: dict[str, dict[str, list[tuple[str, bool]]]] = defaultdict(lambda: defaultdict(list))
        for parsed in files:
            for definition in parsed.definitions[1:]:
                if definition.kind is not Kind.METHOD:
                    continue
                owner = self.self_type(definition.id)
                if owner is not None:
                    container = self.nodes.get(definition.parent or "")
                    inherent = container is None or container.keyword != "impl" or not container.bases
                    methods[owner][definition.name].append((definition.id, inherent))
        return methods

    def _trait_impls(self, files: list[ParsedFile]) -> dict[str, dict[str, list[str]]]:
        """Trait id -> fn name -> the fns of that name in the trait's impls."""
        impls: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for parsed in files:
            traits = {}
            for definition in parsed.definitions[1:]:
                if definition.keyword == "impl" and definition.bases:
                    trait = self._path(definition.parent or parsed.module, definition.bases[0].split("::"))
                    if trait is not None and self.nodes[trait].keyword == "trait":
                        traits[definition.id] = trait
                elif definition.kind is Kind.METHOD and definition.parent in traits:
                    impls[traits[definition.parent]][definition.name].append(definition.id)
        return impls

    def implementations(self, callee: str) -> list[str]:
        """The impls' fns a call of the trait method ``callee`` may run."""
        node = self.nodes[callee]
        trait = self.nodes.get(node.parent or "")
        if trait is None or trait.keyword != "trait":
            return []
        found = self.trait_impls.get(trait.id, {}).get(node.name, [])
        return sorted(found)

    def _receiver(self, scope: str, name: str) -> list[str]:
        """The types or traits of the crate a value of the parameter or local ``name``
        has, as written: ``&dyn Trait``/``impl Trait``, a generic ``T``'s bounds, a
        type ``&T``, a local's type (see the module doc)."""
        for definition in enclosing(self.nodes, scope):
            for parameter in definition.parameters:
                if parameter.name == name:
                    return self._written(scope, parameter.annotation or "")
            facts = self.locals.get((definition.id, name))
            if facts:
                local = self._local(definition.id, next(iter(facts))) if len(facts) == 1 else None
                return [local] if local is not None else []
        return []

    def _written(self, scope: str, annotation: str) -> list[str]:
        """The types or traits of the crate a value written ``annotation`` has."""
        written = _TRAIT_OBJECT.fullmatch(annotation)
        plain = _PLAIN.fullmatch(annotation) if written is None else None
        paths = [written.group(1)] if written else (self._bounds(scope, plain.group(1)) or [plain.group(1)]) if plain else []
        found = (self._path(scope, path.split("::")) for path in paths)
        return [owner for owner in found if owner is not None and self.nodes[owner].kind is Kind.CLASS]

    def _local(self, scope: str, fact: str) -> str | None:
        """The type a local's one fact gives: ``T()``, ``=a::f``: ``f``'s declared return
        type (or the type a constructor ``a::f`` makes; ``=a::f().g``: ``g``'s, along the
        chain), ``in C``: an element of the collection type ``C``, or ``of self.f``: an
        element of the field ``f``'s declared collection type."""
        if fact.startswith("in "):
            return self._element(scope, fact[3:])
        if fact.startswith("of self."):
            owner = self.self_type(scope)
            return self._element(owner, self.field_types.get((owner, fact[8:]), "")) if owner is not None else None
        if fact.startswith("="):
            called = fact[1:]
            function = self.callee(scope, called, 0) if "(" in called else self._path(scope, called.split("::"))
            if function is None or self.nodes[function].kind not in _CALLABLE:
                return self._constructed(scope, function, called.split("::")) if "(" not in called else None
            return self._returned(function)
        found = self._path(scope, fact[:-2].split("::")) if fact.endswith("()") else None
        return found if found is not None and self.nodes[found].kind is Kind.CLASS else None

    def _returned(self, function: str) -> str | None:
        """The type or trait of the crate a call of ``function`` gives, by its declared
        return type: ``-> Config``, ``-> Self``; ``-> Box<dyn Shape>`` and ``-> impl
        Shape`` give the trait, dispatched like a parameter of that type."""
        returns = self.nodes[function].returns or ""
        if _TRAIT_OBJECT.fullmatch(returns):
            written = self._written(function, returns)
            return written[0] if len(written) == 1 else None
        plain = _PLAIN.fullmatch(returns)
        found = self._path(function, plain.group(1).split("::")) if plain else None
        return found if found is not None and self.nodes[found].kind is Kind.CLASS else None

    def _constructed(self, scope: str, named: str | None, path: list[str]) -> str | None:
        """The type a call of a constructor makes, ``path`` naming ``named``: a tuple
        struct (``Point(1, 2)``, ``Self(..)``; no other struct is callable) or, when the
        path names nothing, an enum variant by its enum (``Expr::Add(..)``: an
        ``Expr``, as the capital says, not an associated fn)."""
        if named is not None:
            return named if self.nodes[named].keyword == "struct" else None
        enum = self._path(scope, path[:-1]) if len(path) > 1 and path[-1][:1].isupper() else None
        return enum if enum is not None and self.nodes[enum].keyword == "enum" else None

    def _element(self, scope: str, collection: str) -> str | None:
        """The one type or trait of the crate an element of the collection type
        ``collection`` (``&[Box<dyn Shape>]``, ``Vec<Counter>``) has, seen from ``scope``."""
        elements = _ELEMENTS.fullmatch(collection)
        written = self._written(scope, elements.group("slice") or elements.group("list")) if elements is not None else []
        return written[0] if len(written) == 1 else None

    def _bounds(self, scope: str, generic: str) -> list[str]:
        """The trait paths bounding the generic parameter ``generic`` in the nearest fn
        around ``scope`` that bounds it (its own generics and its impl's)."""
        for definition in enclosing(self.nodes, scope):
            found = self.bounds.get((definition.id, generic))
            if found:
                return found
        return []

    def self_type(self, scope: str) -> str | None:
        path = self.self_types.type_of(self.nodes, scope, "Self")
        if path is None:
            return None
        found = self._path(scope, path.split("::"), allow_self=False)
        return found if found is not None and found in self.nodes and self.nodes[found].kind is Kind.CLASS else None

    def callee(self, caller: str, target: str, line: int) -> str | None:
        if target.startswith("(") or self._shadowed(caller, target, line):
            return None
        if "(" in target:
            return self._on_result(caller, target, line)
        if "." in target:
            head, _, member = target.partition(".")
            if "." in member:
                return self._through_field(caller, head, member)
            if head == "self":
                owner = self.self_type(caller)
                return self._associated(owner, member) if owner is not None else None
            found = {fn for owner in self._receiver(caller, head) if (fn := self._associated(owner, member)) is not None}
            return found.pop() if len(found) == 1 else None
        return self._path(caller, target.split("::"))

    def _on_result(self, caller: str, target: str, line: int) -> str | None:
        """``f(..).m()`` (``Config::builder().host(..)``, and so along a chain): the ``m``
        of the type or trait ``f``'s declared return type names."""
        call, dot, member = target.rpartition("().")
        function = self.callee(caller, call, line) if dot and "(" not in member else None
        owner = self._returned(function) if function is not None and self.nodes[function].kind in _CALLABLE else None
        return self._associated(owner, member) if owner is not None else None

    def _through_field(self, caller: str, head: str, member: str) -> str | None:
        """``self.log.write()`` (or ``x.log.write()`` on a typed ``x``): the method of the
        type or trait the field's declaration writes (``log: Box<dyn Logger>``, ``log:
        Stdout``), found as on a parameter of that type."""
        field, _, method = member.partition(".")
        if "." in method or "(" in member:
            return None
        owners = [self.self_type(caller)] if head == "self" else self._receiver(caller, head)
        found = set()
        for owner in (o for o in owners if o is not None):
            written = self.field_types.get((owner, field), "")
            field_types = self._parameter_traits(owner, written, caller if head == "self" else None) if written.startswith("#") else self._written(owner, written)
            for typed in field_types:
                fn = self._associated(typed, method)
                if fn is not None:
                    found.add(fn)
        return found.pop() if len(found) == 1 else None

    def _parameter_traits(self, owner: str, position: str, caller: str | None) -> list[str]:
        """The traits of the crate bounding the type parameter at ``position`` (``#1``)
        of the struct ``owner``, which types a field: the struct's own bounds (``struct
        S<R: Repo>``), and for ``self.f`` in a method, its impl's (``impl<Q: Repo>
        S<Q>``, by position, not by name)."""
        paths = [(owner, path) for path in self.bounds.get((owner, position), ())]
        paths += [(caller, path) for path in self._bounds(caller, position)] if caller is not None else []
        found = (self._path(scope, path.split("::")) for scope, path in paths)
        return sorted({trait for trait in found if trait is not None and self.nodes[trait].keyword == "trait"})

    def field_writes(self, caller: str, target: str) -> list[tuple[str, str, int]]:
        """What a call of the field ``x.f`` may run (``(x.f)(..)``, or ``x.f(..)`` when
        the type has no method ``f``), as ``(writer, "fn path", line)``: ``x`` has a type
        of the crate, and some struct literal of that type gives its field ``f`` a fn
        path (``T { f: parse_int }``, or ``T { f }`` with ``f`` a name of the writer),
        or some assignment does on a value of that type (``t.f = parse_hex``)."""
        parenthesized = target.startswith("(") and target.endswith(")")
        head, _, member = target.strip("()").partition(".")
        if member not in self.fields and member not in self.sets:
            return []
        owners = [owner] if head == "self" and (owner := self.self_type(caller)) is not None else self._receiver(caller, head) if head != "self" else []
        found: list[tuple[str, str, int]] = []
        for owner in (o for o in owners if parenthesized or self._associated(o, member) is None):
            for writer, written, path, line in self.fields.get(member, ()):
                if self._path(writer, written.rpartition(".")[0].split("::")) == owner:
                    found.append((writer, f"fn {path}", line))
            for writer, receiver, path, line in self.sets.get(member, ()):
                if owner in (self._receiver(writer, receiver) if receiver != "self" else [self.self_type(writer)]):
                    found.append((writer, f"fn {path}", line))
        return found

    def _shadowed(self, scope: str, name: str, line: int) -> bool:
        """Whether the plain name ``name`` called on ``line`` is a parameter of a fn
        around ``scope``, or a local declared above it, not an item."""
        if name not in self.bound_names:
            return False
        for definition in enclosing(self.nodes, scope):
            if definition.kind in _CALLABLE and (any(p.name == name for p in definition.parameters) or self.declared.get((definition.id, name), line) < line):
                return True
        return False

    def _path(self, scope: str, segments: list[str], allow_self: bool = True, depth: int = 0) -> str | None:
        """The definition or module a path names from ``scope``; None when not certain."""
        if depth > 16:
            return None
        module = self._module_of(scope)
        first, rest = segments[0], segments[1:]
        if first == "crate":
            current: str | None = self.root_of.get(self._root(module))
        elif first == "self":
            current = module
        elif first == "super":
            current = self.parent_module.get(module)
        elif first == "Self" and allow_self:
            current = self.self_type(scope)
        elif rest and first in self.bounded and (traits := self._bounds(scope, first)):
            # ``T::create()`` with ``T: Widget``: the one bounding trait that has the fn.
            having = [trait for path in traits if (trait := self._path(scope, path.split("::"), depth=depth + 1)) is not None and self._associated(trait, rest[0]) is not None]
            current = having[0] if len(having) == 1 else None
        else:
            current = self._name(scope, first, depth)
        for segment in rest:
            if current is None:
                return None
            if segment == "super":
                current = self.parent_module.get(current)
            elif self._is_module(current):
                current = self._in_module(current, segment, depth)
            else:
                current = self._associated(current, segment)
        return current

    def _name(self, scope: str, name: str, depth: int) -> str | None:
        """A name in lexical scope: the enclosing fns' items and uses, then the module's."""
        for definition in enclosing(self.nodes, scope):
            if definition.kind in _CALLABLE or self._is_module(definition.id):
                found = self._in_module(definition.id, name, depth)
                if found is not None or self._is_module(definition.id):
                    return found
        return None

    def _in_module(self, scope: str, name: str, depth: int) -> str | None:
        items = self.items.get(scope, {}).get(name, [])
        if items:
            return items[0] if len(items) == 1 else None
        bound = [i for i in self.imports.get(scope, []) if i.local == name and i.module != "mod"]
        if len(bound) == 1:
            path = [*filter(None, bound[0].module.split("::")), bound[0].name or ""]
            return self._path(scope, path, depth=depth + 1)
        globbed = set()
        for imported in self.imports.get(scope, []):
            if imported.local == "*":
                source = self._path(scope, imported.module.split("::"), depth=depth + 1)
                found = self._in_module(source, name, depth + 1) if source is not None and self._is_module(source) else None
                if found is not None:
                    globbed.add(found)
        return globbed.pop() if len(globbed) == 1 else None

    def _associated(self, owner: str, name: str) -> str | None:
        candidates = self.methods.get(owner, {}).get(name, [])
        if not candidates and self.nodes[owner].keyword == "trait":
            return self._inherited(owner, name)
        inherent = [fn for fn, is_inherent in candidates if is_inherent]
        chosen = inherent or [fn for fn, _ in candidates]
        return chosen[0] if len(chosen) == 1 else None

    def _inherited(self, trait: str, name: str) -> str | None:
        """The method ``name`` a trait has from its supertraits (``trait B: A``, and
        theirs): the nearest ones that declare it; None when none does, or two do
        (Rust would ask which)."""
        found: set[str] = set()
        seen, todo = {trait}, [trait]
        while todo:
            current = todo.pop()
            for base in self.nodes[current].bases:
                supertrait = self._path(current, base.split("<", 1)[0].strip().split("::"))
                if supertrait is None or supertrait in seen or self.nodes[supertrait].keyword != "trait":
                    continue
                seen.add(supertrait)
                declared = [fn for fn, _ in self.methods.get(supertrait, {}).get(name, [])]
                found.update(declared)
                if not declared:
                    todo.append(supertrait)
        return found.pop() if len(found) == 1 else None

    def _is_module(self, scope: str) -> bool:
        node = self.nodes.get(scope)
        return node is not None and (node.kind is Kind.MODULE or node.keyword == "mod")

    def _module_of(self, scope: str) -> str:
        for definition in enclosing(self.nodes, scope):
            if self._is_module(definition.id):
                return definition.id
        return scope

    def _root(self, module: str) -> str:
        seen = set()
        while module in self.parent_module and module not in seen:
            seen.add(module)
            module = self.parent_module[module]
        return module


def _child_file(path: str, inline: list[str], name: str, by_path: Mapping[str, ParsedFile]) -> ParsedFile | None:
    """The file ``mod name;`` in ``path`` (inside inline modules ``inline``) loads."""
    here = PurePosixPath(path)
    folder = here.parent if here.name in _ROOT_NAMES else here.parent / here.stem
    folder = folder.joinpath(*inline)
    for candidate in (folder / f"{name}.rs", folder / name / "mod.rs"):
        if str(candidate) in by_path:
            return by_path[str(candidate)]
    return None
