"""Rust: functions, structs, enums, traits (with their methods), impl blocks,
inline modules, doc comments, ``use``/``mod`` declarations and call sites.

One tree-sitter query per file. Ids read the way Rust paths do: an inherent
method is ``file.Type.method`` and a trait impl's method ``file.Type.Trait.method``.
When the type is declared beside the impl (same file, same module) the impl block
(``impl``, or the trait's name) and inherent methods are parented to the type;
otherwise the impl block stands in the type's place (named ``Type``, or ``Trait``
with the id ``file.Type.Trait``). Inline ``mod x { ... }`` blocks are definitions
with the keyword ``mod``; ``keyword`` is otherwise ``fn``, ``struct``, ``enum``,
``trait`` or ``impl``.

What the resolver needs beyond definitions is recorded in the plain model:

* ``use a::b::{c, d as e}`` -> ``Import(local="c", module="a::b", name="c")`` ...,
  ``use a::*`` -> ``Import(local="*", module="a")``;
* ``mod x;`` -> ``Import(local="x", module="mod", name=None)`` (``mod`` is a
  keyword, so no ``use`` path can be spelled that way);
* every fn in an impl or trait gets ``Assignment(fn_id, "Self", "path::Type()")``,
  so ``self.m()`` and ``Self::f()`` know their type;
* each trait bound of a fn's generic parameter (or of its impl's), inline or in a
  ``where`` clause, is ``Assignment(fn_id, "T", "bound path::Trait")``
  (``fn f<T: a::Shape + Clone>`` gives ``bound a::Shape`` and ``bound Clone``), so
  ``x.m()`` on a parameter ``x: &T`` knows the traits ``T`` has;
* ``let x: T = ...`` and ``let x = T { .. }`` are ``Assignment(fn_id, "x", "T()")``,
  ``let x = a::f(..)`` is ``Assignment(fn_id, "x", "=a::f")`` (the resolver reads
  ``f``'s declared return type; ``"=a::f().g"`` for a chain of calls started at a
  path), any other ``let x`` is ``Assignment(fn_id, "x", "?")``;
* ``for x in xs`` (``&xs``, ``xs.iter()``) over a parameter or a ``let`` of the fn
  whose type is written (or that is an array literal of struct literals of one
  type, ``[T { .. }, T { .. }]``) is ``Assignment(fn_id, "x", "in &[Box<dyn Shape>]")``: the
  collection's written type, whose elements ``x`` holds; so is the one parameter of
  a closure given to an iterator adapter right on it (``xs.iter().map(|x| ..)``);
  ``for f in &self.list`` (and such an adapter's closure parameter on
  ``self.list.iter()``) is ``Assignment(fn_id, "f", "of self.list")``; ``for c in
  m.values()`` (``values_mut``, ``into_values``) over a map written ``HashMap<K, V>``
  (any ``..Map``) is ``Assignment(fn_id, "c", "in [V]")``;
* a struct's named field is ``Assignment(struct_id, "has log", "Box<dyn Logger>")``,
  its written type; ``"#1"`` when it is the struct's type parameter at position 1
  (``repo: R``), and nothing when its type only mentions one (``Vec<R>``); a bound on
  that parameter is ``Assignment(struct_id, "#1", "bound Repo")``, and so is, for
  each fn of an impl, a bound the impl puts on the type argument at that position
  (``impl<Q: Repo> Service<'a, Q>``: ``Assignment(fn_id, "#1", "bound Repo")``);

* a fn path given to a struct literal's field (``Field { parse: parse_int }``, also
  ``Box::new(f)`` and the shorthand ``Field { parse }``) is
  ``Assignment(fn_id, "field Field.parse", "fn parse_int")``; ``x.parse = parse_hex``
  (``x`` a name or ``self``) is ``Assignment(fn_id, "set x.parse", "fn parse_hex")``;
* a fn path or closure passed to a call (also as ``&f``, ``Box::new(f)``) is
  ``Assignment(fn_id, "apply(0)", "fn parse_hex")`` or ``"closure 2"`` (the file's
  third closure passed to a call), by position; the calls a passed closure's body
  holds are call sites of its writer with the target ``|2|record``, so the resolver
  can give them to the fn that runs the closure.

Call targets keep Rust's separators: ``f``, ``a::b::f``, ``Self::new``,
``self.m``, ``(self.f)`` for a field's call ``(self.f)(..)``; generic arguments are dropped (``Vec::<u8>::new`` -> ``Vec::new``).

Macro bodies are token trees, not expressions: tree-sitter cannot say what a macro
does with its tokens (a crate's ``macro_rules!`` may drop them, or make items of
them). Only the standard library's expression macros (``println!``, ``format!``,
``write!``, ``vec!``, ``assert_eq!`` ... :data:`EXPRESSION_MACROS`), whose arguments
are expressions evaluated where the macro is written, are read: in their tokens a
path or ``x.m`` right before a parenthesised group is a call (``label(x)``,
``helpers::twice(2)``, ``self.name()``), also in such macros nested inside. Not
when the file defines a ``macro_rules!`` of that name, nor after a turbofish
(``f::<u8>(x)``) or on a receiver that is no plain name (``a().b()``, ``s.0.f()``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import tree_sitter as ts
import tree_sitter_rust

from repoagent.graph.resolvers.rust import RustResolver
from repoagent.models import Assignment, CallSite, Definition, Import, Kind, Parameter
from repoagent.parsing.base import ChainSyntax, FileParser, Grammar, RawDefinition, chain, squash, text
from repoagent.parsing.languages.braces import BraceLanguage, leading_comments, module_definition, rename

QUERY = """
    [(function_item) (function_signature_item)] @function
    [(struct_item) (enum_item) (trait_item) (union_item)] @type
    (impl_item) @impl
    (mod_item) @mod
    (call_expression function: (_) @callee)
    (use_declaration argument: (_) @use)
    (let_declaration) @let
    (field_initializer field: (field_identifier) value: [(identifier) (scoped_identifier) (call_expression)]) @field
    (shorthand_field_initializer (identifier)) @field
    (assignment_expression left: (field_expression value: [(identifier) (self)]) right: [(identifier) (scoped_identifier)]) @set
    (for_expression pattern: (identifier)) @for
    (macro_invocation macro: (_) @macro)
    (macro_definition name: (identifier) @macro_rules)
    (ERROR) @error
    """

CHAIN = ChainSyntax(
    names=frozenset({"identifier", "self", "crate", "super", "type_identifier", "metavariable"}),
    members={
        "scoped_identifier": ("path", "name", "::"),
        "scoped_type_identifier": ("path", "name", "::"),
        "field_expression": ("value", "field", "."),
    },
    calls={"call_expression": "function"},
    transparent={"generic_function": "function", "generic_type": "type", "parenthesized_expression": None},
)


_KEYWORDS = {"struct_item": "struct", "enum_item": "enum", "trait_item": "trait", "union_item": "union", "mod_item": "mod"}
_CONTAINERS = ("impl_item", "trait_item")
# The standard library's macros whose arguments are expressions, evaluated in place.
EXPRESSION_MACROS = frozenset({
    "print", "println", "eprint", "eprintln", "format", "format_args", "write", "writeln", "panic",
    "assert", "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne",
    "vec", "dbg", "todo", "unimplemented", "unreachable",
})
# Iterator adapters whose one closure argument takes each element (or a reference to it).
ADAPTERS = frozenset({
    "map", "for_each", "filter", "filter_map", "flat_map", "any", "all", "find", "find_map", "position",
    "inspect", "take_while", "skip_while", "map_while", "max_by_key", "min_by_key",
})
# A generic parameter's declaration, with its name (``T``, ``T: A``, ``T = U``).
_GENERIC_PARAMETERS = frozenset({"type_parameter", "constrained_type_parameter", "optional_type_parameter"})
# What an argument that may pass a fn or closure is written as (``Box::new(f)`` is a call).
_PASSABLE = frozenset({"identifier", "scoped_identifier", "closure_expression", "reference_expression", "call_expression"})
_MACRO_PREFIXES = ("::std::", "std::", "::core::", "core::", "::alloc::", "alloc::")
_TOKEN_NAMES = frozenset({"identifier", "self", "super", "crate"})
_TOKEN_SEPARATORS = frozenset({"::", "."})


class RustFile(FileParser):
    """One Rust file's parse (the hooks of :class:`~repoagent.parsing.base.FileParser`)."""

    grammar = Grammar(tree_sitter_rust.language, QUERY)
    short: dict[int, str]  # node id -> short name, for trait impls named ``Type.Trait``

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        raws: list[RawDefinition] = [_function(n) for n in captures.get("function", [])]
        raws += [_item(n) for n in captures.get("type", [])]
        inline_mods = [n for n in captures.get("mod", []) if n.child_by_field_name("body") is not None]
        raws += [_item(n) for n in inline_mods]
        self.short = {}
        for node in captures.get("impl", []):
            raws.append(_impl(node, self.module, self.short))
        by_node = {raw.node.id: raw for raw in raws}
        return [_parent_methods(raw, by_node) for raw in raws]

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        return _inner_doc(root)

    def named(self, captures: dict[str, list[ts.Node]]) -> list[Definition]:
        ids = self.assembly.ids_by_node
        definitions = rename(self.assembly.definitions, {ids[node_id]: name for node_id, name in self.short.items()})
        definitions[0] = module_definition(definitions[0], self.path, "")
        return definitions

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        parsed, scope = self.parsed, self.scope
        callees = captures.get("callee", [])
        targets = [_call_target(node) for node in callees]
        closures = self.functions_passed(callees, targets)
        held = [_holder(node, closures) for node in callees] if closures else [None] * len(callees)
        for node, target, ordinal in zip(callees, targets, held):
            if target is not None:
                parsed.calls.append(CallSite(scope(node.start_byte), target if ordinal is None else f"|{ordinal}|{target}", node.start_point[0] + 1))
        for node in captures.get("use", []):
            parsed.imports.extend(_uses(node, scope(node.start_byte)))
        for node in captures.get("mod", []):
            if node.child_by_field_name("body") is None:
                name = text(node.child_by_field_name("name"))
                parsed.imports.append(Import(scope(node.start_byte), name, "mod", None, node.start_point[0] + 1))
        own_macros = {text(node) for node in captures.get("macro_rules", [])}
        for node in captures.get("macro", []):
            if _expression_macro(node, own_macros):
                parsed.calls.extend(_macro_calls(node.next_named_sibling, own_macros, scope))
        for node in captures.get("let", []):
            local = _local(node)
            if local is not None:
                parsed.assignments.append(Assignment(scope(node.start_byte), local[0], local[1], node.start_point[0] + 1))
        for node in captures.get("type", []):
            item, line = self.assembly.ids_by_node[node.id], node.start_point[0] + 1
            for field, written in _field_types(node):
                parsed.assignments.append(Assignment(item, f"has {field}", written, line))
            for position, bound in _positional_bounds(node, node):
                parsed.assignments.append(Assignment(item, position, f"bound {bound}", line))
        for node in captures.get("field", []):
            given = _field_given(node)
            if given is not None:
                parsed.assignments.append(Assignment(scope(node.start_byte), given[0], given[1], node.start_point[0] + 1))
        for node in captures.get("set", []):
            left = node.child_by_field_name("left")
            value = chain(node.child_by_field_name("right"), CHAIN)
            parsed.assignments.append(Assignment(scope(node.start_byte), f"set {text(left)}", f"fn {value}", node.start_point[0] + 1))
        for node in captures.get("for", []):
            walked = _walked(node.child_by_field_name("value"))
            map_values = _map_walked(node.child_by_field_name("value"))
            written = _iterated_type(walked, node) if walked is None or walked.type == "identifier" else None
            if map_values is not None:
                written = _map_values_type(_iterated_type(map_values, node))
            fact = f"in {written}" if written is not None else _self_field(walked)
            if fact is not None:
                variable = node.child_by_field_name("pattern")
                parsed.assignments.append(Assignment(scope(node.start_byte), text(variable), fact, node.start_point[0] + 1))
        for node in callees:
            element = _adapted(node)
            if element is not None:
                parsed.assignments.append(Assignment(scope(node.start_byte), element[0], element[1], node.start_point[0] + 1))
        for node in captures.get("function", []):
            owner = _container(node)
            impl = [owner] if owner is not None and owner.type == "impl_item" else []
            for name, bound in (pair for declaring in (node, *impl) for pair in _bounds(declaring)):
                parsed.assignments.append(Assignment(self.assembly.ids_by_node[node.id], name, f"bound {bound}", node.start_point[0] + 1))
            for position, bound in (pair for declaring in impl for pair in _positional_bounds(declaring, declaring.child_by_field_name("type"))):
                parsed.assignments.append(Assignment(self.assembly.ids_by_node[node.id], position, f"bound {bound}", node.start_point[0] + 1))
            self_type = _self_path(owner) if owner is not None else None
            if self_type:
                line = node.start_point[0] + 1
                parsed.assignments.append(Assignment(self.assembly.ids_by_node[node.id], "Self", self_type + "()", line))


    def functions_passed(self, callees: list[ts.Node], targets: list[str | None]) -> list[ts.Node]:
        """Record each fn path and closure passed to a call, by position, also as
        ``&f`` or ``Box::new(f)`` (``Assignment(scope, "apply(0)", "fn parse_hex")``,
        ``"closure 2"``: the file's third closure passed to a call); return those
        closures, by ordinal."""
        closures: list[ts.Node] = []
        ordinals: dict[int, int] = {}  # closure node id -> ordinal, for one passed through Box::new
        for node, target in zip(callees, targets):
            arguments = node.parent.child_by_field_name("arguments") if target is not None and node.parent is not None else None
            listed = _uncommented(arguments) if arguments is not None else []
            for index, argument in enumerate(listed):
                argument = _unwrapped(argument) if argument.type in _PASSABLE else None
                if argument is not None and argument.type == "closure_expression":
                    if argument.id not in ordinals:
                        ordinals[argument.id] = len(closures)
                        closures.append(argument)
                    value = f"closure {ordinals[argument.id]}"
                elif argument is not None and argument.type == "identifier":
                    value = f"fn {text(argument)}"
                elif argument is not None and argument.type == "scoped_identifier":
                    value = f"fn {chain(argument, CHAIN)}"
                else:
                    continue
                line = node.start_point[0] + 1
                self.parsed.assignments.append(Assignment(self.scope(node.start_byte), f"{target}({index})", value, line))
        return closures


class Rust(BraceLanguage):
    """The Rust language module."""

    name = "rust"
    parser = RustFile
    resolver = RustResolver()


def _uncommented(node: ts.Node) -> list[ts.Node]:
    """The named children of ``node`` but its comments, which would shift positions."""
    return [child for child in node.named_children if child.type not in ("line_comment", "block_comment")]


def _unwrapped(argument: ts.Node | None) -> ts.Node | None:
    """What an argument passes: ``f`` for ``&f``, ``&mut f`` and ``Box::new(f)``."""
    while argument is not None:
        if argument.type == "reference_expression":
            argument = argument.child_by_field_name("value")
        elif argument.type == "call_expression" and _is_box_new(argument.child_by_field_name("function")):
            inner = argument.child_by_field_name("arguments")
            argument = inner.named_children[0] if inner is not None and inner.named_child_count == 1 else None
        else:
            return argument
    return None


def _field_types(item: ts.Node) -> list[tuple[str, str]]:
    """``(field, written type)`` for each named field of a struct (``log: Box<dyn
    Logger>``); a field typed by one of the struct's type parameters (``repo: R``,
    ``&'a mut R``) is ``#1``, the parameter's position (its bounds are the struct's
    and each impl's to say), and one whose type only mentions them (``Vec<R>``) is
    left out."""
    body = item.child_by_field_name("body") if item.type == "struct_item" else None
    if body is None or body.type != "field_declaration_list":
        return []
    parameters = _type_parameters(item.child_by_field_name("type_parameters"))
    found: list[tuple[str, str]] = []
    for declaration in body.named_children:
        name, written = declaration.child_by_field_name("name"), declaration.child_by_field_name("type")
        if declaration.type != "field_declaration" or name is None or written is None:
            continue
        words = set(squash(text(written)).replace("<", " ").replace(">", " ").replace("&", " ").replace(",", " ").split())
        while written.type == "reference_type":
            written = written.child_by_field_name("type")
        if text(written) in parameters:
            found.append((text(name), f"#{parameters[text(written)]}"))
        elif not words & parameters.keys():
            found.append((text(name), squash(text(declaration.child_by_field_name("type")))))
    return found


def _type_parameters(declared: ts.Node | None) -> dict[str, int]:
    """Each generic parameter's name -> its position in ``<'a, R: Repo, T>`` (or in
    the arguments ``Service<'a, R, T>`` an impl is written for), where it is a name."""
    positions = {}
    for index, child in enumerate(_uncommented(declared) if declared is not None else []):
        name = child.child_by_field_name("name") or child.child_by_field_name("left") if child.type in _GENERIC_PARAMETERS else child
        if name is not None and name.type == "type_identifier":
            positions[text(name)] = index
    return positions


def _positional_bounds(declaring: ts.Node, written: ts.Node | None) -> list[tuple[str, str]]:
    """``("#1", trait path)`` for each bound ``declaring`` (a struct, or an impl)
    puts on the type parameter at position 1 of the struct ``written`` names (the
    struct itself, or the type the impl is for: ``impl<Q: Repo> S<'a, Q>``), so
    that a field typed by that parameter knows its traits."""
    arguments = written.child_by_field_name("type_parameters") if written is declaring else written.child_by_field_name("type_arguments") if written is not None and written.type == "generic_type" else None
    positions = _type_parameters(arguments)
    return [(f"#{positions[name]}", bound) for name, bound in _bounds(declaring) if name in positions]


def _field_given(initializer: ts.Node) -> tuple[str, str] | None:
    """``("field Field.parse", "fn parse_int")`` for ``Field { parse: parse_int }`` (also
    ``Box::new(f)``, ``a::f``, and the shorthand ``Field { parse }``, whose ``parse``
    the resolver may find to be a parameter given fn paths): a fn path given to a
    field of a struct literal."""
    literal = initializer.parent.parent if initializer.parent is not None else None
    name = literal.child_by_field_name("name") if literal is not None and literal.type == "struct_expression" else None
    shorthand = initializer.type == "shorthand_field_initializer"
    value = initializer.named_children[0] if shorthand else _unwrapped(initializer.child_by_field_name("value"))
    field = text(value) if shorthand else text(initializer.child_by_field_name("field"))
    if name is None or name.type not in ("type_identifier", "scoped_type_identifier") or value is None or value.type not in ("identifier", "scoped_identifier"):
        return None
    return f"field {squash(text(name))}.{field}", f"fn {chain(value, CHAIN)}"


def _call_target(callee: ts.Node) -> str | None:
    """The call's target chain; ``(x.f)`` for ``(x.f)(..)``, which calls the field
    ``f``, never a method."""
    target = chain(callee, CHAIN)
    field = callee.type == "parenthesized_expression" and callee.named_child_count == 1 and callee.named_children[0].type == "field_expression"
    return f"({target})" if field and target is not None else target


def _is_box_new(function: ts.Node | None) -> bool:
    return function is not None and function.type == "scoped_identifier" and text(function) == "Box::new"


def _holder(node: ts.Node, closures: list[ts.Node]) -> int | None:
    """The ordinal of the innermost passed closure whose body holds the call ``node``."""
    inside = [(closure.start_byte, ordinal) for ordinal, closure in enumerate(closures) if closure.start_byte < node.start_byte < closure.end_byte]
    return max(inside)[1] if inside else None


def _expression_macro(name: ts.Node, own: set[str]) -> bool:
    """Whether the macro ``name`` (``println``, ``std::println``) is one of
    :data:`EXPRESSION_MACROS` that the file does not define itself."""
    written = squash(text(name))
    for prefix in _MACRO_PREFIXES:
        written = written.removeprefix(prefix)
    return written in EXPRESSION_MACROS and written not in own


def _macro_calls(tree: ts.Node | None, own: set[str], scope: Callable[[int], str]) -> list[CallSite]:
    """The calls written in an expression macro's token tree (and in expression macros
    nested in it): a chain of names right before a ``( ... )`` group."""
    found: list[CallSite] = []
    stack = [tree] if tree is not None and tree.type == "token_tree" else []
    while stack:
        children = stack.pop().children
        for index, child in enumerate(children):
            if child.type != "token_tree":
                continue
            if index >= 2 and children[index - 1].type == "!":
                if _expression_macro(children[index - 2], own):
                    stack.append(child)
                continue
            target = _token_chain(children, index) if text(child).startswith("(") else None
            if target is not None:
                found.append(CallSite(scope(child.start_byte), target, child.start_point[0] + 1))
            stack.append(child)
    return found


def _token_chain(tokens: list[ts.Node], end: int) -> str | None:
    """``a::b``, ``x.m``, ``self.f`` written right before ``tokens[end]``; None when
    no plain chain of names is (a turbofish, a call's or a field's result)."""
    parts: list[str] = []
    index = end - 1
    while index >= 0 and tokens[index].type in _TOKEN_NAMES:
        parts.append(text(tokens[index]))
        separator = tokens[index - 1] if index >= 1 else None
        if separator is None or separator.type not in _TOKEN_SEPARATORS:
            return "".join(reversed(parts))
        parts.append(separator.type)
        index -= 2
    return None


def _local(node: ts.Node) -> tuple[str, str] | None:
    """(name, what types it) for ``let name ...`` binding one name (see the module doc)."""
    pattern = node.child_by_field_name("pattern")
    if pattern is None or pattern.type != "identifier":
        return None
    written, value = node.child_by_field_name("type"), node.child_by_field_name("value")
    if written is not None:
        path = written.child_by_field_name("type") if written.type == "generic_type" else written
        typed = path is not None and path.type in ("type_identifier", "scoped_type_identifier")
        return text(pattern), squash(text(path)) + "()" if typed else "?"
    if value is not None and value.type == "struct_expression":
        name = value.child_by_field_name("name")
        if name is not None and name.type == "generic_type_with_turbofish":
            name = name.child_by_field_name("type")
        return text(pattern), squash(text(name)) + "()" if name is not None else "?"
    called = chain(value.child_by_field_name("function"), CHAIN) if value is not None and value.type == "call_expression" else None
    # ``a::f(..)``, or a chain of calls starting at one (``Config::builder().port(80).build()``), never at a local
    return text(pattern), "=" + called if called is not None and called.partition("(")[0] and "." not in called.partition("(")[0] else "?"


def _adapted(callee: ts.Node) -> tuple[str, str] | None:
    """(name, ``in`` collection type) for the closure parameter ``x`` of an iterator
    adapter called right on a written collection: ``xs.iter().map(|x| ..)`` (see
    :data:`ADAPTERS`), with ``xs`` as :func:`_iterated_type` reads it; (name, ``of
    self.xs``) on a field of ``self``, whose declared type the resolver reads."""
    field = callee.child_by_field_name("field") if callee.type == "field_expression" else None
    if field is None or text(field) not in ADAPTERS:
        return None
    arguments = callee.parent.child_by_field_name("arguments") if callee.parent is not None else None
    closure = arguments.named_children[0] if arguments is not None and arguments.named_child_count == 1 else None
    parameters = closure.child_by_field_name("parameters") if closure is not None and closure.type == "closure_expression" else None
    if parameters is None or parameters.named_child_count != 1 or parameters.named_children[0].type != "identifier":
        return None
    walked = _walked(callee.child_by_field_name("value")) if callee.child_by_field_name("value").type == "call_expression" else None
    written = _iterated_type(walked, callee)
    fact = f"in {written}" if written is not None else _self_field(walked)
    return (text(parameters.named_children[0]), fact) if fact is not None else None


def _self_field(walked: ts.Node | None) -> str | None:
    """``of self.list`` when a loop or adapter walks a field of ``self``."""
    owner = walked.child_by_field_name("value") if walked is not None and walked.type == "field_expression" else None
    return f"of {text(walked)}" if owner is not None and owner.type == "self" else None


def _walked(value: ts.Node | None) -> ts.Node | None:
    """The collection ``xs`` a loop or adapter walks: ``xs``, ``&xs``, ``xs.iter()``."""
    if value is not None and value.type == "reference_expression":
        value = value.child_by_field_name("value")
    if value is not None and value.type == "call_expression":
        function = value.child_by_field_name("function")
        walked = function.child_by_field_name("field") if function is not None and function.type == "field_expression" else None
        value = function.child_by_field_name("value") if walked is not None and text(walked) in ("iter", "iter_mut", "into_iter") else None
    return value


def _map_walked(value: ts.Node | None) -> ts.Node | None:
    """The map ``m`` of ``m.values()`` (``values_mut``, ``into_values``; also ``&m.values()``)
    when it is a name; None for anything else."""
    if value is not None and value.type == "reference_expression":
        value = value.child_by_field_name("value")
    function = value.child_by_field_name("function") if value is not None and value.type == "call_expression" else None
    method = function.child_by_field_name("field") if function is not None and function.type == "field_expression" else None
    if method is None or text(method) not in ("values", "values_mut", "into_values"):
        return None
    walked = function.child_by_field_name("value")
    return walked if walked is not None and walked.type == "identifier" else None


def _map_values_type(written: str | None) -> str | None:
    """``[V]`` for a map type written ``HashMap<K, V>`` (``BTreeMap``, ``&mut
    IndexMap<..>``): its values as a slice's elements, which the resolver reads."""
    if written is None:
        return None
    head, _, arguments = written.lstrip("&").removeprefix("mut ").strip().partition("<")
    if not head.rpartition("::")[2].endswith("Map") or not arguments.endswith(">"):
        return None
    depth, split = 0, -1
    for index, char in enumerate(arguments[:-1]):
        depth += char in "<(["
        depth -= char in ">)]"
        if char == "," and depth == 0:
            split = index
            break
    return f"[{arguments[split + 1:-1].strip()}]" if split >= 0 else None


def _iterated_type(value: ts.Node | None, inside: ts.Node) -> str | None:
    """The written type of the collection ``value`` (a name) when it is a parameter or
    a ``let`` with a written type of the fn around ``inside`` (a ``for`` loop walking
    it, an adapter's call)."""
    if value is None or value.type != "identifier":
        return None
    function = inside.parent
    while function is not None and function.type not in ("function_item", "closure_expression"):
        function = function.parent
    if function is None or function.type != "function_item":
        return None
    parameters = function.child_by_field_name("parameters")
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type == "parameter" and text(parameter.child_by_field_name("pattern")) == text(value):
            return squash(text(parameter.child_by_field_name("type")))
    body = function.child_by_field_name("body")
    for child in body.named_children if body is not None else ():
        if child.type != "let_declaration" or text(child.child_by_field_name("pattern")) != text(value):
            continue
        declared = child.child_by_field_name("type")
        return squash(text(declared)) if declared is not None else _literal_array(child.child_by_field_name("value"))
    return None


def _literal_array(value: ts.Node | None) -> str | None:
    """``[T]`` for an array literal of struct literals of one type ``T``
    (``[Command { .. }, Command { .. }]``), else None."""
    elements = value.named_children if value is not None and value.type == "array_expression" else []
    names = {squash(text(e.child_by_field_name("name"))) if e.type == "struct_expression" else "" for e in elements}
    return f"[{names.pop()}]" if len(names) == 1 and "" not in names else None


def _bounds(node: ts.Node) -> list[tuple[str, str]]:
    """(generic parameter, trait path) for each bound a fn or impl writes on its own
    type parameters, inline (``<T: A + B>``) or in its ``where`` clause (``T: A``);
    ``?Sized``, lifetimes and bounds on other types (``Vec<T>: Send``) are left out."""
    declared = node.child_by_field_name("type_parameters")
    predicates: list[tuple[ts.Node | None, ts.Node | None]] = []
    for parameter in declared.named_children if declared is not None else ():
        predicates.append((parameter.child_by_field_name("name") or parameter.child_by_field_name("left"), parameter.child_by_field_name("bounds")))
    where = next((c for c in node.named_children if c.type == "where_clause"), None)
    for predicate in where.named_children if where is not None else ():
        predicates.append((predicate.child_by_field_name("left"), predicate.child_by_field_name("bounds")))
    found = []
    for name, bounds in predicates:
        if name is None or name.type != "type_identifier" or bounds is None:
            continue
        for bound in bounds.named_children:
            path = bound.child_by_field_name("type") if bound.type == "generic_type" else bound
            if path is not None and path.type in ("type_identifier", "scoped_type_identifier"):
                found.append((text(name), squash(text(path))))
    return found


def _is_outer_doc(node: ts.Node) -> bool:
    return any(c.type == "outer_doc_comment_marker" for c in node.children)


def _doc(node: ts.Node) -> tuple[int | None, str | None, tuple[str, ...]]:
    """Start byte of the leading docs and attributes, the doc text, the attributes."""
    leading = leading_comments(node, lambda n: n.type in ("line_comment", "block_comment", "attribute_item"))
    if not leading:
        return None, None, ()
    docs = [_doc_text(c) for c in leading if c.type != "attribute_item" and _is_outer_doc(c)]
    attributes = tuple(squash(text(c))[2:-1] for c in leading if c.type == "attribute_item")
    return leading[0].start_byte, "\n".join(docs).strip() or None, attributes


def _doc_text(comment: ts.Node) -> str:
    doc = next((c for c in comment.children if c.type == "doc_comment"), None)
    body = text(doc) if doc is not None else ""
    if comment.type == "block_comment":
        return "\n".join(line.strip().lstrip("*").strip() for line in body.splitlines()).strip()
    return body[1:].rstrip("\n") if body.startswith(" ") else body.rstrip("\n")


def _inner_doc(container: ts.Node) -> str | None:
    lines = []
    for child in container.named_children:
        if child.type not in ("line_comment", "block_comment"):
            break
        if any(c.type == "inner_doc_comment_marker" for c in child.children):
            lines.append(_doc_text(child))
    return "\n".join(lines).strip() or None


def _header(node: ts.Node, body: ts.Node | None) -> str:
    raw = node.text[: body.start_byte - node.start_byte] if body is not None and node.text else node.text
    return squash(raw.decode("utf-8", "replace") if raw else "").rstrip(";").strip()


def _container(node: ts.Node) -> ts.Node | None:
    """The impl or trait a fn belongs to (through its ``declaration_list``)."""
    body = node.parent
    owner = body.parent if body is not None and body.type == "declaration_list" else None
    return owner if owner is not None and owner.type in _CONTAINERS else None


def _function(node: ts.Node) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc, attributes = _doc(node)
    returns = node.child_by_field_name("return_type")
    return RawDefinition(
        node=node,
        name=text(node.child_by_field_name("name")),
        kind=Kind.METHOD if _container(node) is not None else Kind.FUNCTION,
        signature=_header(node, body),
        body=body,
        keyword="fn",
        docstring=doc,
        decorators=attributes,
        parameters=_parameters(node.child_by_field_name("parameters")),
        returns=squash(text(returns)) or None,
        extra_start=start,
    )


def _item(node: ts.Node) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc, attributes = _doc(node)
    if node.type == "mod_item" and body is not None:
        doc = doc or _inner_doc(body)
    bounds = node.child_by_field_name("bounds")
    return RawDefinition(
        node=node,
        name=text(node.child_by_field_name("name")),
        kind=Kind.CLASS,
        signature=_header(node, body),
        body=body,
        keyword=_KEYWORDS[node.type],
        docstring=doc,
        decorators=attributes,
        bases=tuple(squash(text(b)) for b in bounds.named_children) if bounds is not None else (),
        extra_start=start,
    )


def _type_name(node: ts.Node | None) -> str:
    """``Foo`` for ``Foo``, ``Foo<T>``, ``&mut a::Foo``; "" for anything else."""
    while node is not None and node.type in ("reference_type", "generic_type", "scoped_type_identifier", "pointer_type"):
        node = node.child_by_field_name("type") or node.child_by_field_name("name")
    return text(node) if node is not None and node.type == "type_identifier" else ""


def _self_path(owner: ts.Node) -> str:
    """The ``::`` path of the type an impl is for (a trait: its own name)."""
    if owner.type == "trait_item":
        return text(owner.child_by_field_name("name"))
    type_node = owner.child_by_field_name("type")
    while type_node is not None and type_node.type in ("reference_type", "generic_type", "pointer_type"):
        type_node = type_node.child_by_field_name("type")
    if type_node is None or type_node.type not in ("type_identifier", "scoped_type_identifier"):
        return ""
    return chain(type_node, CHAIN) or ""


def _mod_path(node: ts.Node, module: str) -> str | None:
    """The id prefix of the module holding ``node`` (file or inline mods); None inside a fn."""
    names: list[str] = []
    parent = node.parent
    while parent is not None and parent.type != "source_file":
        if parent.type == "mod_item":
            names.append(text(parent.child_by_field_name("name")))
        elif parent.type != "declaration_list":
            return None
        parent = parent.parent
    return ".".join([module, *reversed(names)])


def _sibling_types(node: ts.Node) -> set[str]:
    container = node.parent
    kinds = ("struct_item", "enum_item", "union_item")
    return {text(c.child_by_field_name("name")) for c in container.named_children if c.type in kinds} if container else set()


def _impl(node: ts.Node, module: str, short: dict[int, str]) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc, attributes = _doc(node)
    type_name = _type_name(node.child_by_field_name("type")) or "impl"
    trait = _type_name(node.child_by_field_name("trait"))
    prefix = _mod_path(node, module)
    name, parent_id = trait or "impl", None
    if prefix is not None and type_name in _sibling_types(node):
        parent_id = f"{prefix}.{type_name}"
    elif trait:
        name, parent_id = f"{type_name}.{trait}", prefix
        short[node.id] = trait
    else:
        name = type_name
    return RawDefinition(
        node=node,
        name=name,
        kind=Kind.CLASS,
        signature=_header(node, body),
        body=body,
        keyword="impl",
        docstring=doc,
        decorators=attributes,
        bases=(trait,) if trait else (),
        parent_id=parent_id,
        extra_start=start,
    )


def _parent_methods(raw: RawDefinition, by_node: dict[int, RawDefinition]) -> RawDefinition:
    """An inherent impl's methods belong to the type when the impl is parented to it."""
    owner = _container(raw.node) if raw.kind is Kind.METHOD else None
    impl = by_node.get(owner.id) if owner is not None and owner.type == "impl_item" else None
    if impl is not None and impl.parent_id is not None and not impl.bases:
        return dataclasses.replace(raw, parent_id=impl.parent_id)
    return raw


def _parameters(node: ts.Node | None) -> tuple[Parameter, ...]:
    if node is None:
        return ()
    params: list[Parameter] = []
    for child in node.named_children:
        if child.type == "self_parameter":
            written = squash(text(child))
            params.append(Parameter("self", written if written != "self" else None))
        elif child.type == "parameter":
            params.append(Parameter(squash(text(child.child_by_field_name("pattern"))), squash(text(child.child_by_field_name("type"))) or None))
        elif child.type == "variadic_parameter":
            params.append(Parameter("", prefix="..."))
    return tuple(params)


def _uses(node: ts.Node, scope: str) -> list[Import]:
    """Flatten a use tree into one Import per bound name."""
    line = node.start_point[0] + 1
    found: list[Import] = []
    stack: list[tuple[str, ts.Node]] = [("", node)]
    while stack:
        prefix, tree = stack.pop()
        kind = tree.type
        if kind == "scoped_use_list":
            path = tree.child_by_field_name("path")
            inner = _join(prefix, chain(path, CHAIN) or "") if path is not None else prefix
            listed = tree.child_by_field_name("list")
            stack.extend((inner, child) for child in (listed.named_children if listed is not None else ()))
        elif kind == "use_list":
            stack.extend((prefix, child) for child in tree.named_children)
        elif kind == "use_wildcard":
            inner = tree.named_children[0] if tree.named_children else None
            found.append(Import(scope, "*", _join(prefix, chain(inner, CHAIN) or "") if inner is not None else prefix, None, line))
        elif kind == "use_as_clause":
            path = chain(tree.child_by_field_name("path"), CHAIN) or ""
            alias = text(tree.child_by_field_name("alias"))
            found.append(_binding(scope, _join(prefix, path), alias, line))
        elif kind in ("identifier", "scoped_identifier", "self", "crate", "super"):
            path = _join(prefix, chain(tree, CHAIN) or "")
            found.append(_binding(scope, path, path.rsplit("::", 1)[-1], line))
    return [f for f in found if f.local not in ("_", "")]


def _join(prefix: str, path: str) -> str:
    return f"{prefix}::{path}" if prefix and path else prefix or path


def _binding(scope: str, path: str, local: str, line: int) -> Import:
    """``a::b::c`` bound as ``local``; ``a::b::self`` binds ``b``."""
    module, _, name = path.rpartition("::")
    if name == "self":
        module, _, name = module.rpartition("::")
        local = name if local == "self" else local
    return Import(scope, local, module, name, line)
