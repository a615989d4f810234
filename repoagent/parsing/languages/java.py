"""Java: classes, interfaces, enums and records (nested ones too), methods and
constructors with their Javadoc, imports and call sites.

One tree-sitter query per file. The module definition's signature is the package
declaration (``package com.acme``), from which the resolver builds fully
qualified class names. Java has no keyword for methods and constructors, so their
``keyword`` is ``method`` / ``constructor``; types carry ``class``, ``interface``,
``enum`` or ``record``.

Call targets are dotted chains with the argument count after a slash, because
Java overloads by arity: ``m/0``, ``this.m/2``, ``super.m/1``, ``Helper.max/2``,
``new:Router.dispatch/1`` (a call on the object ``new Router()`` makes),
``com.acme.Foo/0`` with ``constructs`` set for ``new``; ``this(...)`` and
``super(...)`` in a constructor are ``this/N`` and ``super/N``, constructing.

A lambda's parameter is a local of the method it is written in (``type T``) when its
type is written or is the element type of the collection the lambda is handed
(``rules.forEach(r -> ...)`` with ``List<Rule> rules``; see
:func:`_lambda_parameter_types`).

A method reference is a call from the method it is written in, of any arity:
``this::save`` is ``this.save/*``, ``Foo::new`` is ``Foo/*`` constructing. A method
reference or lambda passed to a call is recorded for the callee, by position:
``Assignment(scope, "b.on/1(0)", "ref this.save/*")`` (``construct Foo/*``), or ``lambda``
followed by the targets of the calls in its body (``lambda log/1 r.check/1``).

Locals become assignments in their method, one per fact the resolver types them
by: ``type T`` for a declared type (not ``var``; ``for (T x : xs)`` too), ``new C/0``
when initialised by ``new`` (the constructor call's target), ``call m/1`` when
initialised by a method call (the call's target, whose declared return type the
resolver reads), ``anon 12`` when initialised by an anonymous class made on line 12,
and ``=`` for each later ``x = ...`` (the local may then hold other values of its
static type). Each method of an anonymous class (``new Visitor() { void visit(..) }``,
a definition nested in the method that writes it) records ``Assignment(method,
"<anonymous>", "Visitor 12")``: the type it extends or implements and its line. ``f = p`` and ``this.f = p`` also record ``holds p``
under ``f`` (a parameter kept in a field, for the functions passed to it), and
``f.add(p)`` (``this.f.add``, ``push``, ``offer``...) ``keeps p`` (kept in a collection);
``for (T v : f)`` (``: this.f``) gives ``v`` the fact ``over f`` too. A field is ``field T`` in its class.

Imports: ``import a.b.C`` is ``Import(local="C", module="a.b", name="C")``;
``import a.b.*`` is ``Import(local="*", module="a.b")``; static imports put the
class in ``module`` (``import static a.b.C.max`` -> ``module="a.b.C", name="max"``,
``import static a.b.C.*`` -> ``local="*", module="a.b.C", name="*"``).
"""

from __future__ import annotations

import re

import tree_sitter as ts
import tree_sitter_java

from repoagent.graph.resolvers.java import JavaResolver
from repoagent.models import Assignment, CallSite, Definition, Import, Kind, Parameter
from repoagent.parsing.base import FileParser, Grammar, RawDefinition, squash, text
from repoagent.parsing.languages.braces import BraceLanguage, leading_comments, module_definition

QUERY = """
    [(class_declaration) (interface_declaration) (enum_declaration) (record_declaration)] @type
    [(method_declaration) (constructor_declaration) (compact_constructor_declaration)] @method
    (method_invocation) @invocation
    (object_creation_expression) @creation
    (method_reference) @reference
    (lambda_expression) @lambda
    (explicit_constructor_invocation) @explicit
    (import_declaration) @import
    (package_declaration) @package
    (local_variable_declaration) @local
    (field_declaration) @field
    (enhanced_for_statement) @loop
    (assignment_expression left: (identifier) @reassigned)
    (assignment_expression right: (identifier)) @stored
    (ERROR) @error
    """

# Containers whose one type argument is their elements' type, maps (key, value), and
# the calls that hand a lambda the elements (a map's ``forEach`` the key and value),
# or keep the elements' type on the way there (``list.stream().filter(...)``).
_COLLECTIONS = frozenset({
    "Iterable", "Collection", "List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet", "TreeSet",
    "SortedSet", "NavigableSet", "Queue", "Deque", "ArrayDeque", "PriorityQueue", "Stream", "Optional",
    "CopyOnWriteArrayList", "CopyOnWriteArraySet", "BlockingQueue", "BlockingDeque", "LinkedBlockingQueue",
    "ArrayBlockingQueue", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque",
})
_MAPS = frozenset({"Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap", "NavigableMap", "ConcurrentMap", "ConcurrentHashMap"})
_GIVE_ELEMENTS = frozenset({
    "forEach", "removeIf", "filter", "map", "flatMap", "anyMatch", "allMatch", "noneMatch", "peek", "takeWhile",
    "dropWhile", "mapToInt", "mapToLong", "mapToDouble", "ifPresent", "forEachOrdered",
})
_KEEP_ELEMENTS = frozenset({"stream", "parallelStream", "filter", "sorted", "distinct", "peek", "limit", "skip", "takeWhile", "dropWhile", "unordered", "sequential", "parallel"})

_TYPE_KEYWORDS = {
    "class_declaration": "class",
    "interface_declaration": "interface",
    "enum_declaration": "enum",
    "record_declaration": "record",
}
_JAVADOC_LINE = re.compile(r"^\s*\*? ?", re.MULTILINE)


class JavaFile(FileParser):
    """One Java file's parse (the hooks of :class:`~repoagent.parsing.base.FileParser`)."""

    grammar = Grammar(tree_sitter_java.language, QUERY)

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        return [_type(n) for n in captures.get("type", [])] + [_method(n) for n in captures.get("method", [])]

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        return _file_doc(root)

    def named(self, captures: dict[str, list[ts.Node]]) -> list[Definition]:
        packages = captures.get("package", [])
        package = squash(text(packages[0].named_children[-1])) if packages and packages[0].named_children else ""
        definitions = self.assembly.definitions
        definitions[0] = module_definition(definitions[0], self.path, f"package {package}" if package else "")
        return definitions

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        parsed, scope = self.parsed, self.scope
        for node in captures.get("invocation", []):
            target = _invocation(node)
            if target is not None:
                parsed.calls.append(CallSite(scope(node.start_byte), target, node.start_point[0] + 1))
                self.functions_passed(node, target)
            kept = _kept_in_collection(node)
            if kept is not None:
                parsed.assignments.append(Assignment(scope(node.start_byte), kept[0], f"keeps {kept[1]}", node.start_point[0] + 1))
        ids = self.assembly.ids_by_node
        for node in captures.get("creation", []):
            base = _anonymous_base(node)
            body = next((c for c in node.named_children if c.type == "class_body"), None) if base is not None else None
            for member in body.named_children if body is not None else ():
                if member.type == "method_declaration" and member.id in ids:
                    # ``new Visitor() { void visit(..) {..} }``: its methods, with the type it extends and where it is made
                    parsed.assignments.append(Assignment(ids[member.id], "<anonymous>", f"{base} {node.start_point[0] + 1}", member.start_point[0] + 1))
            target = _creation(node)
            if target is not None:
                parsed.calls.append(CallSite(scope(node.start_byte), target, node.start_point[0] + 1, constructs=True))
                self.functions_passed(node, target)
        for node in captures.get("lambda", []):
            for name, written in _lambda_parameter_types(node):
                parsed.assignments.append(Assignment(scope(node.start_byte), name, f"type {written}", node.start_point[0] + 1))
        for node in captures.get("reference", []):
            referenced = _reference(node)
            if referenced is not None:
                parsed.calls.append(CallSite(scope(node.start_byte), referenced[1], node.start_point[0] + 1, constructs=referenced[0] == "construct"))
        for node in captures.get("explicit", []):
            keyword = text(node.child_by_field_name("constructor"))
            if keyword in ("this", "super"):
                target = f"{keyword}/{_arity(node)}"
                parsed.calls.append(CallSite(scope(node.start_byte), target, node.start_point[0] + 1, constructs=True))
        for node in captures.get("import", []):
            imported = _import(node, self.module)
            if imported is not None:
                parsed.imports.append(imported)
        for node in (*captures.get("local", []), *captures.get("loop", [])):
            for name, fact in _local_facts(node):
                parsed.assignments.append(Assignment(scope(node.start_byte), name, fact, node.start_point[0] + 1))
        for node in captures.get("field", []):
            type_node = node.child_by_field_name("type")
            for declarator in node.children_by_field_name("declarator") if type_node is not None else ():
                name = declarator.child_by_field_name("name")
                if name is not None:
                    fact = f"field {squash(text(type_node))}"
                    parsed.assignments.append(Assignment(scope(node.start_byte), text(name), fact, node.start_point[0] + 1))
        for node in captures.get("reassigned", []):
            parsed.assignments.append(Assignment(scope(node.start_byte), text(node), "=", node.start_point[0] + 1))
        for node in captures.get("stored", []):
            left = node.child_by_field_name("left")
            field = text(left) if left is not None and left.type == "identifier" else _this_field(left)
            if field is not None and text(node.child_by_field_name("operator")) == "=":
                stored = f"holds {text(node.child_by_field_name('right'))}"
                parsed.assignments.append(Assignment(scope(node.start_byte), field, stored, node.start_point[0] + 1))


    def functions_passed(self, node: ts.Node, target: str) -> None:
        """Each method reference and lambda passed to the call ``target``, by position:
        ``ref this.save/*`` (``construct Foo/*`` for ``Foo::new``), or ``lambda`` and the
        calls its body makes, for the callee that calls its parameter."""
        arguments = node.child_by_field_name("arguments")
        listed = [a for a in arguments.named_children if a.type not in ("line_comment", "block_comment")] if arguments is not None else []
        for index, argument in enumerate(listed):
            if argument.type == "method_reference":
                referenced = _reference(argument)
                value = f"{referenced[0]} {referenced[1]}" if referenced is not None else None
            elif argument.type == "lambda_expression":
                body = argument.child_by_field_name("body")
                inner = [t for n in _descendants(body, "method_invocation") if (t := _invocation(n)) is not None] if body is not None else []
                value = "lambda " + " ".join(inner)
            else:
                continue
            if value is not None:
                self.parsed.assignments.append(Assignment(self.scope(node.start_byte), f"{target}({index})", value, node.start_point[0] + 1))


class Java(BraceLanguage):
    """The Java language module."""

    name = "java"
    parser = JavaFile
    resolver = JavaResolver()


def chain(node: ts.Node) -> str | None:
    """A dotted chain for an invocation's object (``this``, ``a.b``, ``f()``, ``new:C``
    for a ``new C(..)`` without a body), or None."""
    suffix: list[str] = []
    while True:
        kind = node.type
        if kind in ("identifier", "this", "super", "type_identifier"):
            suffix.append(text(node))
            break
        if kind in ("field_access", "scoped_identifier", "scoped_type_identifier"):
            field = node.child_by_field_name("field") or node.child_by_field_name("name") or node.named_children[-1]
            suffix.append("." + text(field))
            node = node.child_by_field_name("object") or node.child_by_field_name("scope") or node.named_children[0]
        elif kind == "method_invocation":
            suffix.append("()")
            inner = node.child_by_field_name("object")
            suffix.append("." + text(node.child_by_field_name("name")) if inner is not None else text(node.child_by_field_name("name")))
            if inner is None:
                break
            node = inner
        elif kind == "parenthesized_expression" and node.named_child_count == 1:
            node = node.named_children[0]
        elif kind == "object_creation_expression" and not any(c.type == "class_body" for c in node.named_children):
            created = node.child_by_field_name("type")
            created = created.named_children[0] if created is not None and created.type == "generic_type" else created
            if created is None or created.type not in ("type_identifier", "scoped_type_identifier"):
                return None
            suffix.append("new:" + squash(text(created)))
            break
        else:
            return None
    return "".join(reversed(suffix))


def _local_facts(node: ts.Node) -> list[tuple[str, str]]:
    """(name, fact) for each variable a local declaration or a for-each loop declares:
    its written type, and what initialises it when that is a ``new`` or a call."""
    type_node = node.child_by_field_name("type")
    written = squash(text(type_node)) if type_node is not None else "var"
    declared = [] if written == "var" else [f"type {written}"]
    if node.type == "enhanced_for_statement":
        name = node.child_by_field_name("name")
        walked = node.child_by_field_name("value")
        field = text(walked) if walked is not None and walked.type == "identifier" else _this_field(walked)
        over = [f"over {field}"] if field is not None else []  # ``for (Handler h : handlers)``: h is each element of handlers
        return [(text(name), fact) for fact in (*declared, *over)] if name is not None else []
    facts = []
    for declarator in node.children_by_field_name("declarator"):
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if name is None:
            continue
        facts += [(text(name), fact) for fact in declared]
        initialiser = _creation(value) if value is not None and value.type == "object_creation_expression" else None
        if initialiser is not None:
            facts.append((text(name), f"new {initialiser}"))
        if value is not None and value.type == "object_creation_expression" and _anonymous_base(value) is not None:
            facts.append((text(name), f"anon {value.start_point[0] + 1}"))  # exactly the anonymous class made on that line
        called = _invocation(value) if value is not None and value.type == "method_invocation" else None
        if called is not None:
            facts.append((text(name), f"call {called}"))
    return facts


def _arity(node: ts.Node) -> int:
    arguments = node.child_by_field_name("arguments")
    return sum(1 for a in arguments.named_children if a.type not in ("line_comment", "block_comment")) if arguments else 0


def _invocation(node: ts.Node) -> str | None:
    name = text(node.child_by_field_name("name"))
    receiver = node.child_by_field_name("object")
    prefix = chain(receiver) if receiver is not None else ""
    if prefix is None:
        return None
    return f"{prefix + '.' if prefix else ''}{name}/{_arity(node)}"


def _reference(node: ts.Node) -> tuple[str, str] | None:
    """``this::save`` -> ("ref", "this.save/*"), ``Foo::new`` -> ("construct", "Foo/*"): a
    method reference's target, of any arity (the functional interface decides it)."""
    parts = [c for c in node.children if c.type != "::"]
    if len(parts) != 2:
        return None
    receiver = chain(parts[0])
    if receiver is None:
        return None  # ``List<String>::size``, ``int[]::new``, ``f()::g``: no certain type
    if parts[1].type == "new":
        return "construct", f"{receiver}/*"
    return "ref", f"{receiver}.{text(parts[1])}/*"


def _lambda_parameter_types(lambda_: ts.Node) -> list[tuple[str, str]]:
    """(name, written type) of a lambda's parameters whose type is certain: written
    (``(Rule r) -> ...``), or the elements' of a collection the lambda is handed by
    ``rules.forEach(r -> ...)``, ``rules.stream().filter(...).allMatch(r -> ...)``,
    ``byName.values().forEach(v -> ...)``, ``byName.forEach((k, v) -> ...)``, where
    ``rules`` is a parameter, local or field declared ``List<Rule>`` (and the like)."""
    parameters = lambda_.child_by_field_name("parameters")
    if parameters is None:
        return []
    if parameters.type == "formal_parameters":
        typed = [(p.child_by_field_name("name"), p.child_by_field_name("type")) for p in parameters.named_children if p.type == "formal_parameter"]
        return [(text(name), squash(text(kind))) for name, kind in typed if name is not None and kind is not None]
    names = [text(parameters)] if parameters.type == "identifier" else [text(n) for n in parameters.named_children if n.type == "identifier"]
    arguments = lambda_.parent
    call = arguments.parent if arguments is not None and arguments.type == "argument_list" else None
    if call is None or call.type != "method_invocation" or text(call.child_by_field_name("name")) not in _GIVE_ELEMENTS:
        return []
    receiver, values = call.child_by_field_name("object"), False
    while receiver is not None and receiver.type == "method_invocation":
        name = text(receiver.child_by_field_name("name"))
        if name == "values" and not values:
            values = True
        elif name not in _KEEP_ELEMENTS:
            return []
        receiver = receiver.child_by_field_name("object")
    arguments_of = _type_arguments(_declared_type(receiver, lambda_)) if receiver is not None else None
    if arguments_of is None:
        return []
    container, given = arguments_of
    if container in _COLLECTIONS and len(given) == 1 and not values and len(names) == 1:
        return [(names[0], given[0])]
    if container in _MAPS and len(given) == 2:
        if values and len(names) == 1:
            return [(names[0], given[1])]
        if not values and len(names) == 2 and text(call.child_by_field_name("name")) == "forEach" and call.child_by_field_name("object") is receiver:
            return list(zip(names, given))
    return []


def _declared_type(name: ts.Node, inside: ts.Node) -> ts.Node | None:
    """The type node ``name`` (``x`` or ``this.x``) is declared with around ``inside``:
    a parameter or local of an enclosing method or lambda, else a field of an
    enclosing class; None when not found or written as ``var``."""
    wanted = _this_field(name) if name.type == "field_access" else text(name) if name.type == "identifier" else None
    if wanted is None:
        return None
    fields_only = name.type == "field_access"
    node = inside.parent
    while node is not None:
        if node.type in ("method_declaration", "constructor_declaration") and not fields_only:
            for declared, kind in _declarations(node):
                if declared == wanted:
                    return kind
        elif node.type in ("class_body", "enum_body", "interface_body"):
            for field in (c for c in node.named_children if c.type == "field_declaration"):
                if any(text(d.child_by_field_name("name")) == wanted for d in field.children_by_field_name("declarator")):
                    return field.child_by_field_name("type")
            return None
        node = node.parent
    return None


def _declarations(method: ts.Node) -> list[tuple[str, ts.Node]]:
    """(name, type node) of a method's parameters and the locals its body declares."""
    found: list[tuple[str, ts.Node]] = []
    parameters = method.child_by_field_name("parameters")
    for parameter in parameters.named_children if parameters is not None else ():
        name, kind = parameter.child_by_field_name("name"), parameter.child_by_field_name("type")
        if parameter.type == "formal_parameter" and name is not None and kind is not None:
            found.append((text(name), kind))
    body = method.child_by_field_name("body")
    for local in _descendants(body, "local_variable_declaration") if body is not None else ():
        kind = local.child_by_field_name("type")
        found += [(text(d.child_by_field_name("name")), kind) for d in local.children_by_field_name("declarator") if kind is not None]
    return found


def _type_arguments(kind: ts.Node | None) -> tuple[str, list[str]] | None:
    """``List<Rule>`` -> ("List", ["Rule"]); ``Map<K, ? extends V>`` -> ("Map", ["K", "V"])."""
    if kind is None or kind.type != "generic_type":
        return None
    container = next((c for c in kind.named_children if c.type in ("type_identifier", "scoped_type_identifier")), None)
    arguments = next((c for c in kind.named_children if c.type == "type_arguments"), None)
    if container is None or arguments is None:
        return None
    given = []
    for argument in arguments.named_children:
        if argument.type == "wildcard":
            bound = argument.named_children[-1] if argument.named_children else None
            if bound is None or not text(argument).startswith("? extends"):
                return None
            argument = bound
        given.append(squash(text(argument)))
    return text(container).rsplit(".", 1)[-1], given


_COLLECTION_ADDS = frozenset({"add", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push"})


def _kept_in_collection(node: ts.Node) -> tuple[str, str] | None:
    """``handlers.add(h)`` / ``this.handlers.add(h)`` with ``h`` a name: (``handlers``, ``h``),
    the collection that keeps it; None for anything else."""
    name, receiver, arguments = node.child_by_field_name("name"), node.child_by_field_name("object"), node.child_by_field_name("arguments")
    if name is None or text(name) not in _COLLECTION_ADDS or receiver is None or arguments is None:
        return None
    listed = [a for a in arguments.named_children if a.type not in ("line_comment", "block_comment")]
    field = text(receiver) if receiver.type == "identifier" else _this_field(receiver)
    return (field, text(listed[-1])) if field is not None and listed and listed[-1].type == "identifier" else None


def _this_field(node: ts.Node | None) -> str | None:
    """``this.f`` -> ``f``; else None."""
    if node is None or node.type != "field_access":
        return None
    owner, field = node.child_by_field_name("object"), node.child_by_field_name("field")
    return text(field) if owner is not None and owner.type == "this" and field is not None else None


def _descendants(node: ts.Node, kind: str) -> list[ts.Node]:
    """The nodes of type ``kind`` under ``node``, in document order (iterative: bodies nest deep)."""
    found: list[ts.Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            found.append(current)
        stack.extend(reversed(current.children))
    return found


def _anonymous_base(node: ts.Node) -> str | None:
    """The type an anonymous class extends or implements (``new Visitor() { .. }``:
    ``Visitor``, generic arguments dropped); None for a creation without a body."""
    if node.child_by_field_name("object") is not None or not any(c.type == "class_body" for c in node.named_children):
        return None
    type_node = node.child_by_field_name("type")
    if type_node is not None and type_node.type == "generic_type":
        type_node = type_node.named_children[0]
    return squash(text(type_node)) if type_node is not None and type_node.type in ("type_identifier", "scoped_type_identifier") else None


def _creation(node: ts.Node) -> str | None:
    if node.child_by_field_name("object") is not None or any(c.type == "class_body" for c in node.named_children):
        return None  # ``outer.new Inner()`` and anonymous classes: no certain constructor
    type_node = node.child_by_field_name("type")
    if type_node is not None and type_node.type == "generic_type":
        type_node = type_node.named_children[0]
    name = chain(type_node) if type_node is not None else None
    return f"{name}/{_arity(node)}" if name else None


def _javadoc(node: ts.Node) -> tuple[int | None, str | None]:
    comments = leading_comments(node, lambda n: n.type in ("block_comment", "line_comment"))
    docs = [c for c in comments if text(c).startswith("/**")]
    if not docs:
        return None, None
    body = text(docs[-1])[3:-2]
    return comments[0].start_byte, _JAVADOC_LINE.sub("", body).strip() or None


def _file_doc(root: ts.Node) -> str | None:
    for child in root.named_children:
        if child.type == "block_comment" and text(child).startswith("/**"):
            following = child.next_named_sibling
            if following is not None and following.type == "package_declaration":
                return _JAVADOC_LINE.sub("", text(child)[3:-2]).strip() or None
        if child.type not in ("block_comment", "line_comment"):
            return None
    return None


def _modifiers(node: ts.Node) -> tuple[tuple[str, ...], str]:
    """(annotations, the other modifiers as written)."""
    modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
    if modifiers is None:
        return (), ""
    annotations = tuple(squash(text(c))[1:] for c in modifiers.named_children if "annotation" in c.type)
    words = " ".join(text(c) for c in modifiers.children if "annotation" not in c.type and c.type not in ("line_comment", "block_comment"))
    return annotations, words


def _signature(node: ts.Node, body: ts.Node | None, words: str) -> str:
    modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
    start = modifiers.end_byte if modifiers is not None else node.start_byte
    end = body.start_byte if body is not None else node.end_byte
    rest = node.text[start - node.start_byte : end - node.start_byte].decode("utf-8", "replace") if node.text else ""
    return squash(f"{words} {rest}").rstrip(";").strip()


def _type(node: ts.Node) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc = _javadoc(node)
    annotations, words = _modifiers(node)
    bases: list[str] = []
    for field in ("superclass", "interfaces"):
        holder = node.child_by_field_name(field)
        if holder is not None:
            bases.extend(_type_names(holder))
    if node.type == "interface_declaration":
        extends = next((c for c in node.named_children if c.type == "extends_interfaces"), None)
        bases.extend(_type_names(extends) if extends is not None else ())
    return RawDefinition(
        node=node,
        name=text(node.child_by_field_name("name")),
        kind=Kind.CLASS,
        signature=_signature(node, body, words),
        body=body,
        keyword=_TYPE_KEYWORDS[node.type],
        docstring=doc,
        decorators=annotations,
        bases=tuple(bases),
        parameters=_parameters(node.child_by_field_name("parameters")),  # a record's components
        extra_start=start,
    )


def _type_names(holder: ts.Node) -> list[str]:
    """``extends A<T>`` / ``implements B, C`` -> ["A<T>", "B", "C"]."""
    names: list[str] = []
    for child in holder.named_children:
        if child.type == "type_list":
            names.extend(squash(text(t)) for t in child.named_children)
        else:
            names.append(squash(text(child)))
    return names


def _method(node: ts.Node) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc = _javadoc(node)
    annotations, words = _modifiers(node)
    constructor = node.type != "method_declaration"
    throws = next((c for c in node.named_children if c.type == "throws"), None)
    returns = node.child_by_field_name("type")
    return RawDefinition(
        node=node,
        name=text(node.child_by_field_name("name")),
        kind=Kind.METHOD,
        signature=_signature(node, body, words),
        body=body,
        keyword="constructor" if constructor else "method",
        docstring=doc,
        decorators=annotations,
        parameters=_parameters(node.child_by_field_name("parameters")),
        returns=squash(text(returns)) or None,
        raises=tuple(squash(text(t)) for t in throws.named_children) if throws is not None else (),
        extra_start=start,
    )


def _parameters(node: ts.Node | None) -> tuple[Parameter, ...]:
    if node is None:
        return ()
    params: list[Parameter] = []
    for child in node.named_children:
        if child.type == "formal_parameter":
            params.append(Parameter(text(child.child_by_field_name("name")), squash(text(child.child_by_field_name("type"))) or None))
        elif child.type == "spread_parameter":
            declarator = next((c for c in child.named_children if c.type == "variable_declarator"), None)
            type_node = next((c for c in child.named_children if c.type not in ("modifiers", "variable_declarator")), None)
            name = text(declarator.child_by_field_name("name")) if declarator is not None else ""
            params.append(Parameter(name, squash(text(type_node)) or None, prefix="..."))
    return tuple(params)


def _import(node: ts.Node, module: str) -> Import | None:
    is_static = any(c.type == "static" for c in node.children)
    star = any(c.type == "asterisk" for c in node.children)
    names = [c for c in node.named_children if c.type in ("scoped_identifier", "identifier")]
    if not names:
        return None
    dotted = squash(text(names[0]))
    line = node.start_point[0] + 1
    if star:
        return Import(module, "*", dotted, "*" if is_static else None, line)
    owner, _, member = dotted.rpartition(".")
    return Import(module, member, owner, member, line) if owner else None
