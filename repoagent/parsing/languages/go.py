"""Go: functions, methods, named types (structs, interfaces, others), imports,
call sites and the typed declarations that make receiver calls certain.

One tree-sitter query per file. A method's id is ``file.Type.Method`` whatever
file its type lives in; when the type is declared in the same file the method is
parented to it, otherwise to the file (the parser sees one file; the resolver
joins the package's files). An interface's methods (``Area() int`` inside
``type Shape interface``) are definitions under it, ``file.Shape.Area``, without a
body. The module definition's signature is the package
clause (``package util``), which the resolver groups files by.

``go.mod`` is parsed too (the registry routes it here by name): its module
definition's signature is ``module example.com/app``, which is how the resolver
learns the import path of the packages below it. Other ``.mod`` files yield a bare
module.

Assignments carry types, not values: ``var x T``, ``x := T{}``, ``x := &T{}`` and a
method's receiver ``(s *T)`` become ``Assignment(scope, "x", "T()")`` (``x`` holds a
``T``), so ``x.M()`` resolves only where the declared type is written down. Every
other name a ``var`` or ``:=`` declares that may hold a function (not one given a
literal, a composite literal or arithmetic, nor a ``var`` of another written type)
is ``Assignment(scope, "x", "?")``: it shadows the package's ``x``, so ``x()`` there
is no call of the package function; given a name or selector (``f := helper``,
``var g func() = pkg.F``, ``h := v.M``) it is ``Assignment(scope, "f", "=helper")``:
the local holds that function.

A ``for _, v := range xs`` over a slice, array or map whose element type is written
where ``xs`` is declared in the function (``xs []T`` parameter, ``var xs []T``, ``xs
:= []T{...}``), or at package level in the file (``var codecs = map[string]Codec{..}``,
when no local of the function has the name), gives ``Assignment(scope, "v", "T()")``
too; so do ``c := xs[k]``, ``c, ok := xs[k]`` and ``var c = xs[k]``. Over a name's
field or a package's variable (``h, ok := m.routes[k]``, ``for _, j := range q.jobs``,
``pricing.Rules[k]``) they give ``Assignment(scope, "h", "in m.routes")``, and a
package-level container variable is ``Assignment(module, ".Rules", "[]Rule")``: the
resolver finds the element type the field or variable is declared with. Containers of functions:
a slice, array or map literal given to one name (``ops := map[string]op{"+": add}``,
``var fs = []func(){a, b}``) records ``Assignment(scope, "ops[]", "=add")`` per
element that may name a function; ``f := ops[k]``, ``f, ok := ops[k]`` and ``for _,
f := range ops`` (without a written element type) record ``f`` as ``=ops[]``.

Fields given functions: ``T{F: h}`` (``&T{...}``, ``pkg.T{...}``) is
``Assignment(scope, "T{F}", "h")`` and ``x.F = h`` is ``Assignment(scope, "x.F", "h")``
(for ``h`` a name or selector), so a call of a ``T``'s field ``F`` may run ``h``;
``x.F = append(x.F, h)`` records ``Assignment(scope, "x.F", "h")`` too (``x.F[k] =
append(x.F[k], h)`` as well), and ``for _, f := range y.F`` (or ``range y.F[k]``)
records ``f`` as ``=y.F[]`` (the elements of that field). Fields given
a composite literal: ``T{F: &U{..}}`` is ``Assignment(scope, "T{F}", "exact U")`` and
``x.F = U{..}`` is ``Assignment(scope, "x.F", "exact U")``: the field may hold a ``U``.

A method value on a composite literal (``Sq{3}.Area``, ``(&Counter{}).Inc``) is
recorded as the method expression ``Sq.Area`` wherever a selector is.

A name declared by a call of a function or method (``m := web.NewMux()``, ``c, err :=
NewClient(..)``) with no type written is ``Assignment(scope, "m", "result web.NewMux")``:
the resolver gives it the type the callee's signature returns first.

``var s Store = &logged{..}`` (a declared type other than the literal's) also gives
``Assignment(scope, "s", "exact logged")``, and then each later ``s = ..`` in the file
``Assignment(scope, "s", "assigned")``.

Arguments that may name a function or method (``apply(work)``, ``run(pkg.F, v.M)``;
not the function's locals, nor its parameters of other than function type) are
``Assignment(scope, "apply(0)", "work")``: the call's target and the position, so a
parameter of function type is known to hold them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import PurePosixPath

import tree_sitter as ts
import tree_sitter_go

from repoagent.graph.resolvers.go import GoResolver
from repoagent.models import Assignment, Definition, Import, Kind, Parameter, ParsedFile
from repoagent.parsing.base import ChainSyntax, FileParser, Grammar, RawDefinition, assemble, call_sites, chain, squash, text, uncommented
from repoagent.parsing.languages.braces import BraceLanguage, leading_comments, module_definition, rename

QUERY = """
    (function_declaration) @function
    (method_declaration) @method
    (type_spec) @type
    (method_elem) @contract
    (call_expression function: (_) @callee)
    (argument_list [(identifier) (selector_expression)] @argument)
    (import_spec) @import
    (package_clause) @package
    (var_spec type: (_)) @var
    (var_spec !type) @untyped_var
    (short_var_declaration) @short
    (keyed_element key: (literal_element (identifier)) value: (literal_element [(identifier) (selector_expression)])) @keyed
    (keyed_element key: (literal_element (identifier)) value: (literal_element [(composite_literal) (unary_expression)])) @keyed_made
    (composite_literal type: [(slice_type) (array_type) (map_type)] body: (literal_value [
        (literal_element [(identifier) (selector_expression)] @element)
        (keyed_element value: (literal_element [(identifier) (selector_expression)] @element))]))
    (range_clause left: (expression_list (_) (identifier)) right: [(identifier) (selector_expression) (index_expression operand: (selector_expression))]) @range
    (assignment_statement left: (expression_list . [(selector_expression) (index_expression operand: (selector_expression))] .) right: (expression_list . (call_expression function: (identifier) @append) .)) @appended
    (assignment_statement left: (expression_list . (selector_expression) .) right: (expression_list . [(identifier) (selector_expression)] .)) @assigned
    (assignment_statement left: (expression_list . (selector_expression) .) right: (expression_list . [(composite_literal) (unary_expression)] .)) @assigned_made
    (assignment_statement left: (expression_list (identifier) @reassigned))
    (ERROR) @error
    """

CHAIN = ChainSyntax(
    names=frozenset({"identifier"}),
    members={"selector_expression": ("operand", "field", ".")},
    calls={"call_expression": "function"},
)

_CONSTANTS = frozenset({"nil", "true", "false", "iota", "_"})
# Values that are never a function: a local given one of them cannot shadow one.
_NOT_FUNCTIONS = frozenset({
    "int_literal", "float_literal", "imaginary_literal", "rune_literal", "interpreted_string_literal",
    "raw_string_literal", "composite_literal", "binary_expression", "true", "false", "nil",
})
_MODULE_DIRECTIVE = re.compile(rb"^\s*module\s+\"?([^\s\"]+)\"?", re.MULTILINE)


class GoFile(FileParser):
    """One Go file's parse (the hooks of :class:`~repoagent.parsing.base.FileParser`)."""

    grammar = Grammar(tree_sitter_go.language, QUERY)
    methods: list[tuple[RawDefinition, str]]  # each method and its short name

    @classmethod
    def variant(cls, path: str) -> type[FileParser]:
        return cls if path.endswith(".go") else GoModFile

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        types = {text(n.child_by_field_name("name")) for n in captures.get("type", []) if _top_level(n)}
        raws = [_function(n) for n in captures.get("function", [])]
        raws += [_type(n) for n in captures.get("type", [])]
        raws += [_interface_method(n) for n in captures.get("contract", [])]
        self.methods = [_method(n, self.module, types) for n in captures.get("method", [])]
        return raws + [raw for raw, _ in self.methods]

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        packages = captures.get("package", [])
        return _doc(packages[0])[1] if packages else None

    def named(self, captures: dict[str, list[ts.Node]]) -> list[Definition]:
        ids = self.assembly.ids_by_node
        definitions = rename(self.assembly.definitions, {ids[raw.node.id]: name for raw, name in self.methods if name != raw.name})
        packages = captures.get("package", [])
        definitions[0] = module_definition(definitions[0], self.path, squash(text(packages[0])) if packages else "")
        return definitions

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        parsed, scope, ids = self.parsed, self.scope, self.assembly.ids_by_node
        parsed.calls.extend(call_sites(captures.get("callee", []), CHAIN, scope))
        for node in captures.get("import", []):
            _import(node, self.module, parsed)
        for raw, _ in self.methods:
            _receiver(raw, ids[raw.node.id], parsed)
        for node in (*captures.get("function", []), *captures.get("method", [])):
            _typed_parameters(node, ids[node.id], parsed)
        locals_: set[tuple[str, str]] = set()
        for declaration in (*captures.get("var", []), *captures.get("untyped_var", []), *captures.get("short", [])):
            pair = _typed_name(declaration)
            made = _made_as_other(declaration) if pair is not None else None
            if made is not None:
                # ``var s Store = &logged{..}``: s holds exactly a logged (until assigned again)
                parsed.assignments.append(Assignment(scope(pair[0].start_byte), text(pair[0]), f"exact {made}", pair[0].start_point[0] + 1))
            if pair is not None:
                name_node, type_name = pair
                line = name_node.start_point[0] + 1
                parsed.assignments.append(Assignment(scope(name_node.start_byte), text(name_node), type_name + "()", line))
            called = _called_by_first_name(declaration) if pair is None else None
            if called is not None:
                # ``m := web.NewMux()``, ``c, err := NewClient(..)``: m holds what the function returns first
                name_node, function = called
                parsed.assignments.append(Assignment(scope(name_node.start_byte), text(name_node), f"result {function}", name_node.start_point[0] + 1))
            for name_node, callable_, value in _declared_names(declaration):
                where = scope(name_node.start_byte)
                locals_.add((where, text(name_node)))
                if callable_ and (pair is None or name_node != pair[0]):
                    held = _function_value(value)
                    parsed.assignments.append(Assignment(where, text(name_node), held or "?", name_node.start_point[0] + 1))
        # Locals and parameters of other than function type never hold a function the
        # resolver follows: names passed that are one of them are left out (most are).
        values = locals_ | {(a.scope, a.target) for a in parsed.assignments}
        values.update((d.id, p.name) for d in self.assembly.definitions for p in d.parameters if not (p.annotation or "").startswith("func"))
        for node in captures.get("argument", []):
            _argument(node, scope, values, parsed)
        for node in captures.get("type", []):
            owner, line = ids[_type_outer(node).id], node.start_point[0] + 1
            parsed.assignments.extend(Assignment(owner, f".{field}", written, line) for field, written in _field_types(node))
        ranges = captures.get("range", [])
        indexed = [d for d in (*captures.get("untyped_var", []), *captures.get("short", [])) if _index_of(d) is not None]
        package_vars = [d for d in (*captures.get("var", []), *captures.get("untyped_var", [])) if scope(d.start_byte) == self.module]
        elements = _element_types(captures, scope) if ranges or indexed or package_vars else {}
        for name in (name for declaration in package_vars for name in declaration.children_by_field_name("name")):
            if (self.module, text(name)) in elements:  # ``var Rules = map[string]Rule{..}``: another package may read it by key
                parsed.assignments.append(Assignment(self.module, f".{text(name)}", f"[]{elements[(self.module, text(name))]}", name.start_point[0] + 1))
        for node in ranges:
            _range_value(node, scope, elements, parsed, self.module, locals_)
        for declaration in indexed:
            _indexed_value(declaration, scope, elements, parsed, self.module, locals_)
        for node in captures.get("element", []):
            _container_element(node, scope, values, parsed)
        for node in captures.get("keyed", []):
            _keyed_field(node, scope, values, parsed)
        for node in captures.get("assigned", []):
            _assigned_field(node, scope, values, parsed)
        for node in (*captures.get("keyed_made", []), *captures.get("assigned_made", [])):
            _field_made(node, scope, parsed)
        for node in captures.get("appended", []):
            _appended_field(node, scope, values, parsed)
        exact = {a.target for a in parsed.assignments if a.value.startswith("exact ")}
        for node in captures.get("reassigned", []) if exact else ():
            if text(node) in exact:  # only what may undo an ``exact`` fact (most ``x = ..`` are not)
                parsed.assignments.append(Assignment(scope(node.start_byte), text(node), "assigned", node.start_point[0] + 1))


class GoModFile(FileParser):
    """``go.mod`` (and whatever else reaches Go without the ``.go`` extension): no
    Go source, so no tree; one module definition whose signature is the ``module``
    directive, which is how the resolver learns the import path of the packages
    below it."""

    def parse(self) -> ParsedFile:
        assembly = assemble(self.source, self.path, self.language, self.module, None, [])
        found = _MODULE_DIRECTIVE.search(self.source) if PurePosixPath(self.path).name == "go.mod" else None
        definitions = assembly.definitions
        signature = "module " + found.group(1).decode("utf-8", "replace") if found is not None else ""
        definitions[0] = module_definition(definitions[0], self.path, signature)
        return ParsedFile(self.path, self.language, self.module, self.content_hash, definitions)


class Go(BraceLanguage):
    """The Go language module."""

    name = "go"
    parser = GoFile
    resolver = GoResolver()


def _typed_name(declaration: ts.Node) -> tuple[ts.Node, str] | None:
    """``var v T`` or ``v := T{}`` / ``v := &pkg.T{}``: the name and its certain type.

    Name and value are read from the one declaration node: pairing two separate
    capture lists by position is not safe, their orders can differ.
    """
    if declaration.type == "var_spec":
        names = declaration.children_by_field_name("name")
        type_node = declaration.child_by_field_name("type")
        if not names or type_node is None:
            return None
        type_name = _declared_type(type_node, literal=False)
        return (names[-1], type_name) if type_name is not None else None
    left, right = declaration.child_by_field_name("left"), declaration.child_by_field_name("right")
    if left is None or right is None or left.named_child_count != 1 or right.named_child_count != 1:
        return None
    name_node = left.named_children[0]
    if name_node.type != "identifier":
        return None
    type_name = _declared_type(right.named_children[0], literal=True)
    return (name_node, type_name) if type_name is not None else None


def _called_by_first_name(declaration: ts.Node) -> tuple[ts.Node, str] | None:
    """``x := F(..)``, ``x := pkg.F(..)``, ``x, err := v.M(..)``: the first name and
    the function called (the text of a name or a selector); None for anything else."""
    if declaration.type != "short_var_declaration":
        return None
    left, right = declaration.child_by_field_name("left"), declaration.child_by_field_name("right")
    if left is None or right is None or right.named_child_count != 1 or not left.named_child_count:
        return None
    name_node, value = left.named_children[0], right.named_children[0]
    function = value.child_by_field_name("function") if value.type == "call_expression" else None
    if name_node.type != "identifier" or function is None or function.type not in ("identifier", "selector_expression"):
        return None
    written = text(function)
    return (name_node, written) if written.replace(".", "").replace("_", "").isalnum() else None


def _made_as_other(declaration: ts.Node) -> str | None:
    """``var s Store = &logged{..}``: the type the one value's composite literal makes
    (``logged``) when the declaration writes another type; None otherwise."""
    if declaration.type != "var_spec" or len(declaration.children_by_field_name("name")) != 1:
        return None
    values = declaration.child_by_field_name("value")
    value = values.named_children[0] if values is not None and values.named_child_count == 1 else None
    made = _declared_type(value, literal=True) if value is not None else None
    written = declaration.child_by_field_name("type")
    return made if made is not None and written is not None and made != _declared_type(written, literal=False) else None


def _argument(argument: ts.Node, scope: Callable[[int], str], values: set[tuple[str, str]], parsed: ParsedFile) -> None:
    """A call's argument that is a selector, or a name that is none of ``values`` (the
    scope's locals and non-function parameters), by its position. The query hands
    over only names and selectors; most are such locals, left before anything else
    is read."""
    where = scope(argument.start_byte)
    value = _function_name(argument, where, values)
    if value is None:
        return
    call = argument.parent.parent if argument.parent is not None else None
    target = chain(call.child_by_field_name("function"), CHAIN) if call is not None and call.type == "call_expression" else None
    if target is None:
        return
    index = next(i for i, a in enumerate(uncommented(argument.parent)) if a.id == argument.id)
    parsed.assignments.append(Assignment(where, f"{target}({index})", value, argument.start_point[0] + 1))


def _element_types(captures: dict[str, list[ts.Node]], scope: Callable[[int], str]) -> dict[tuple[str, str], str]:
    """(function or module, name) -> the element type of a slice, array or map it is
    declared with: a parameter (``shapes []Shape``), ``var xs []T``, ``xs := []T{...}``,
    ``var codecs = map[string]Codec{...}`` (in a function or at package level)."""
    found: dict[tuple[str, str], str] = {}
    for node in (*captures.get("function", []), *captures.get("method", [])):
        parameters = node.child_by_field_name("parameters")
        for declaration in parameters.named_children if parameters is not None else ():
            element = _element_type(declaration.child_by_field_name("type"))
            for name in declaration.children_by_field_name("name") if element is not None else ():
                found[(scope(name.start_byte), text(name))] = element
    for declaration in (*captures.get("var", []), *captures.get("untyped_var", []), *captures.get("short", [])):
        written = declaration.child_by_field_name("type") if declaration.type == "var_spec" else None
        if written is not None:
            names, element = declaration.children_by_field_name("name"), _element_type(written)
        else:
            # ``xs := []T{...}``, ``var codecs = map[string]Codec{...}`` (also at package level)
            var = declaration.type == "var_spec"
            left = declaration.children_by_field_name("name") if var else declaration.child_by_field_name("left").named_children
            right = declaration.child_by_field_name("value" if var else "right")
            single = len(left) == 1 and right is not None and right.named_child_count == 1
            literal = right.named_children[0] if single and right is not None else None
            names = left if single else []
            element = _element_type(literal.child_by_field_name("type")) if literal is not None and literal.type == "composite_literal" else None
        for name in names if element is not None else ():
            found[(scope(name.start_byte), text(name))] = element
    return found


def _element_type(written: ts.Node | None) -> str | None:
    """``[]T``, ``[N]*T``, ``map[K]pkg.T``: the element's type name; None for others."""
    if written is None or written.type not in ("slice_type", "array_type", "map_type"):
        return None
    element = written.child_by_field_name("value" if written.type == "map_type" else "element")
    return _declared_type(element, literal=False) if element is not None else None


def _element_of(elements: dict[tuple[str, str], str], where: str, name: str, module: str, locals_: set[tuple[str, str]]) -> str | None:
    """The element type of the container ``name`` seen from the function ``where``: its
    own declaration's, else a package-level one of this file (when no local of the
    function has that name)."""
    element = elements.get((where, name))
    if element is None and where != module and (where, name) not in locals_:
        element = elements.get((module, name))
    return element


def _index_of(declaration: ts.Node) -> ts.Node | None:
    """The container of ``c := xs[k]`` / ``c, ok := xs[k]`` / ``var c = xs[k]``, when it
    is a name or a name's field (``m.routes[k]``, ``pricing.Rules[k]``)."""
    right = declaration.child_by_field_name("value" if declaration.type == "var_spec" else "right")
    value = right.named_children[0] if right is not None and right.named_child_count == 1 else None
    operand = value.child_by_field_name("operand") if value is not None and value.type == "index_expression" else None
    return operand if operand is not None and (operand.type == "identifier" or _member_of_name(operand)) else None


def _member_of_name(node: ts.Node) -> bool:
    """Whether ``node`` is ``x.F``: a field of a name, or a package's variable."""
    operand = node.child_by_field_name("operand") if node.type == "selector_expression" else None
    return operand is not None and operand.type == "identifier"


def _indexed_value(declaration: ts.Node, scope: Callable[[int], str], elements: dict[tuple[str, str], str], parsed: ParsedFile, module: str, locals_: set[tuple[str, str]]) -> None:
    """``c, ok := codecs[k]`` with ``codecs`` declared ``map[string]Codec{..}``: ``c`` is a
    ``Codec``; ``h, ok := m.routes[k]`` is ``Assignment(scope, "h", "in m.routes")``, whose
    declared element type the resolver finds."""
    operand = _index_of(declaration)
    names = declaration.children_by_field_name("name") if declaration.type == "var_spec" else declaration.child_by_field_name("left").named_children
    if operand is None or not names or names[0].type != "identifier" or text(names[0]) == "_":
        return
    where = scope(declaration.start_byte)
    element = _element_of(elements, where, text(operand), module, locals_) if operand.type == "identifier" else None
    fact = element + "()" if element is not None else f"in {text(operand)}" if operand.type == "selector_expression" else None
    if fact is not None:
        parsed.assignments.append(Assignment(where, text(names[0]), fact, names[0].start_point[0] + 1))


def _range_value(clause: ts.Node, scope: Callable[[int], str], elements: dict[tuple[str, str], str], parsed: ParsedFile, module: str, locals_: set[tuple[str, str]]) -> None:
    """``for _, s := range shapes`` with ``shapes []Shape``: ``s`` is a ``Shape``."""
    left, right = clause.child_by_field_name("left"), clause.child_by_field_name("right")
    if left is None or right is None or left.named_child_count != 2:
        return
    value, where = left.named_children[1], scope(clause.start_byte)
    if right.type == "index_expression":  # ``range b.subs[topic]``: one bucket of the field, whose values it holds
        right = right.child_by_field_name("operand")
    element = _element_of(elements, where, text(right), module, locals_)
    if text(value) != "_":
        held = element + "()" if element is not None else f"={text(right)}[]"  # a type, else the functions it may hold
        parsed.assignments.append(Assignment(where, text(value), held, value.start_point[0] + 1))
        if _member_of_name(right):  # ``range m.routes``: the field's declared element type, if one
            parsed.assignments.append(Assignment(where, text(value), f"in {text(right)}", value.start_point[0] + 1))


def _container_element(element: ts.Node, scope: Callable[[int], str], values: set[tuple[str, str]], parsed: ParsedFile) -> None:
    """``ops := map[string]op{"+": add}``, ``var fs = []func(){a, b}``: the container
    ``ops`` holds ``add`` (``Assignment(scope, "ops[]", "=add")``) when it is the one name
    its declaration gives and the element may name a function."""
    literal = element.parent
    while literal is not None and literal.type != "composite_literal":
        literal = literal.parent
    listed = literal.parent if literal is not None else None
    declaration = listed.parent if listed is not None and listed.type == "expression_list" else None
    if declaration is None or declaration.type not in ("var_spec", "short_var_declaration") or listed.named_child_count != 1:
        return
    names = declaration.children_by_field_name("name") if declaration.type == "var_spec" else declaration.child_by_field_name("left").named_children
    where = scope(element.start_byte)
    named = _function_name(element, where, values) if len(names) == 1 else None
    if named is not None:
        parsed.assignments.append(Assignment(scope(names[0].start_byte), text(names[0]) + "[]", "=" + named, element.start_point[0] + 1))


def _keyed_field(element: ts.Node, scope: Callable[[int], str], values: set[tuple[str, str]], parsed: ParsedFile) -> None:
    """``T{F: h}`` (also ``&T{...}``, ``pkg.T{...}``): ``Assignment(scope, "T{F}", "h")``
    when ``h`` may name a function (see :func:`_function_name`), so a call of the field
    ``F`` of a ``T`` may run it."""
    found = _keyed_target(element)
    held = _only_child(found[1]) if found is not None else None
    named = _function_name(held, scope(element.start_byte), values) if held is not None else None
    if found is not None and named is not None:
        parsed.assignments.append(Assignment(scope(element.start_byte), found[0], named, element.start_point[0] + 1))


def _keyed_target(element: ts.Node) -> tuple[str, ts.Node] | None:
    """``("T{F}", the value's node)`` of a keyed element of a composite literal of a
    named type ``T`` (``&T{..}``, ``pkg.T{..}``); None for any other element."""
    literal = element.parent.parent if element.parent is not None else None
    written = literal.child_by_field_name("type") if literal is not None and literal.type == "composite_literal" else None
    if written is not None and written.type == "generic_type":
        written = written.child_by_field_name("type")
    key, value = element.child_by_field_name("key"), element.child_by_field_name("value")
    if written is None or written.type not in ("type_identifier", "qualified_type") or key is None or value is None:
        return None
    field = _only_child(key)
    if field is None or field.type != "identifier":
        return None
    return f"{squash(text(written))}{{{text(field)}}}", value


def _assigned_field(statement: ts.Node, scope: Callable[[int], str], values: set[tuple[str, str]], parsed: ParsedFile) -> None:
    """``x.F = h``: ``Assignment(scope, "x.F", "h")`` when ``h`` may name a function."""
    found = _assigned_target(statement)
    named = _function_name(found[1], scope(statement.start_byte), values) if found is not None else None
    if found is not None and named is not None:
        parsed.assignments.append(Assignment(scope(statement.start_byte), found[0], named, statement.start_point[0] + 1))


def _assigned_target(statement: ts.Node) -> tuple[str, ts.Node] | None:
    """``("x.F", the value's node)`` of a plain ``x.F = v`` (one field of a name, one
    value); None for any other assignment."""
    left, right = statement.child_by_field_name("left"), statement.child_by_field_name("right")
    if left is None or right is None or left.named_child_count != 1 or right.named_child_count != 1:
        return None
    target, value = left.named_children[0], right.named_children[0]
    if text(statement.child_by_field_name("operator")) != "=" or target.type != "selector_expression":
        return None
    operand = target.child_by_field_name("operand")
    if operand is None or operand.type != "identifier":
        return None
    return chain(target, CHAIN) or "", value


def _field_made(node: ts.Node, scope: Callable[[int], str], parsed: ParsedFile) -> None:
    """``T{F: &U{..}}`` and ``x.F = U{..}``: ``Assignment(scope, "T{F}", "exact U")``
    (``"x.F"``): the field ``F`` of a ``T`` may hold exactly a ``U``, so ``x.F.M()``
    may run ``U``'s ``M``."""
    found = _keyed_target(node) if node.type == "keyed_element" else _assigned_target(node)
    if found is None:
        return
    target, value = found
    if value.type == "literal_element":  # a keyed element's value
        value = _only_child(value)
    made = _declared_type(value, literal=True) if value is not None else None
    if made is not None:
        parsed.assignments.append(Assignment(scope(node.start_byte), target, f"exact {made}", node.start_point[0] + 1))


def _appended_field(statement: ts.Node, scope: Callable[[int], str], values: set[tuple[str, str]], parsed: ParsedFile) -> None:
    """``x.F = append(x.F, h, ..)``: ``Assignment(scope, "x.F", "h")`` per appended value
    that may name a function, as for ``x.F = h``: the slice field holds it; so does
    ``x.F[k] = append(x.F[k], h)``, a map of slices (its buckets hold it)."""
    left, right = statement.child_by_field_name("left"), statement.child_by_field_name("right")
    call = right.named_children[0] if right is not None and right.named_child_count == 1 else None
    arguments = call.child_by_field_name("arguments") if call is not None else None
    target = left.named_children[0] if left is not None else None
    if text(call.child_by_field_name("function") if call is not None else None) != "append" or arguments is None or target is None:
        return
    listed = uncommented(arguments)
    field = target.child_by_field_name("operand") if target.type == "index_expression" else target
    if text(statement.child_by_field_name("operator")) != "=" or not listed or text(listed[0]) != text(target) or field is None or not _member_of_name(field):
        return
    where = scope(statement.start_byte)
    for value in listed[1:]:
        named = _function_name(value, where, values) if value.type in ("identifier", "selector_expression") else None
        if named is not None:
            parsed.assignments.append(Assignment(where, chain(field, CHAIN) or "", named, statement.start_point[0] + 1))


def _function_name(value: ts.Node, where: str, values: set[tuple[str, str]]) -> str | None:
    """A selector, or a name that is none of ``values`` (the locals and non-function
    parameters of ``where``) nor a constant: what may name a function; else None."""
    if value.type == "identifier":
        name = text(value)
        return None if name in _CONSTANTS or (where, name) in values else name
    return _selector(value) if value.type == "selector_expression" else None


def _selector(value: ts.Node) -> str | None:
    """``v.M``, ``pkg.F``; ``T.M`` (as the method expression) for a method value on a
    composite literal: ``Sq{3}.Area``, ``(&Counter{}).Inc``, ``pkg.T{}.M``."""
    operand = value.child_by_field_name("operand")
    while operand is not None and operand.type in ("parenthesized_expression", "unary_expression"):
        if operand.type == "unary_expression" and text(operand.child_by_field_name("operator")) != "&":
            return None
        operand = operand.child_by_field_name("operand") if operand.type == "unary_expression" else _only_child(operand)
    written = operand.child_by_field_name("type") if operand is not None and operand.type == "composite_literal" else None
    if written is not None:
        named = written.type in ("type_identifier", "qualified_type")
        return f"{squash(text(written))}.{text(value.child_by_field_name('field'))}" if named else None
    return chain(value, CHAIN)


def _only_child(node: ts.Node) -> ts.Node | None:
    """A ``literal_element``'s one expression."""
    return node.named_children[0] if node.named_child_count == 1 else None


def _function_value(value: ts.Node | None) -> str | None:
    """``=helper`` / ``=pkg.F`` / ``=v.M`` for a declaration's value that names a
    function or method (the local holds it); None for anything else."""
    if value is not None and value.type == "index_expression":
        operand = value.child_by_field_name("operand")
        return f"={text(operand)}[]" if operand is not None and operand.type == "identifier" else None  # ``f := ops[k]``
    if value is None or value.type not in ("identifier", "selector_expression"):
        return None
    named = _selector(value) if value.type == "selector_expression" else chain(value, CHAIN)
    return "=" + named if named is not None and named not in _CONSTANTS else None


def _declared_names(declaration: ts.Node) -> list[tuple[ts.Node, bool, ts.Node | None]]:
    """The identifiers a ``var`` spec or a ``:=`` declares, whether each may hold a
    function (a value that is no literal nor arithmetic; a ``var`` of function type),
    and its value when one is given to each name."""
    if declaration.type == "var_spec":
        names = declaration.children_by_field_name("name")
        written = declaration.child_by_field_name("type")
        values = declaration.child_by_field_name("value")
    else:
        left = declaration.child_by_field_name("left")
        names = [n for n in left.named_children if n.type == "identifier"] if left is not None else []
        written, values = None, declaration.child_by_field_name("right")
    given = values.named_children if values is not None else []
    paired = given if len(given) == len(names) else [None] * len(names)  # a call giving several values, or none given
    if len(names) == 2 and len(given) == 1 and given[0].type == "index_expression":
        paired = [given[0], None]  # ``f, ok := ops[k]``
    if written is not None:
        return [(name, written.type == "function_type", value) for name, value in zip(names, paired)]
    return [(name, value is None or value.type not in _NOT_FUNCTIONS, value) for name, value in zip(names, paired)]


def _top_level(type_spec: ts.Node) -> bool:
    declaration = type_spec.parent
    return declaration is not None and declaration.parent is not None and declaration.parent.type == "source_file"


def _doc(node: ts.Node) -> tuple[int | None, str | None]:
    """Start byte and text of the ``//`` comment block right above ``node``."""
    comments = leading_comments(node, lambda n: n.type == "comment" and text(n).startswith("//"))
    if not comments:
        return None, None
    lines = [text(c)[2:] for c in comments]
    lines = [line[1:] if line.startswith(" ") else line for line in lines]
    return comments[0].start_byte, "\n".join(lines).strip() or None


def _header(node: ts.Node, body: ts.Node | None) -> str:
    raw = node.text[: body.start_byte - node.start_byte] if body is not None and node.text is not None else node.text
    return squash(raw.decode("utf-8", "replace") if raw else "")


def _function(node: ts.Node, kind: Kind = Kind.FUNCTION) -> RawDefinition:
    body = node.child_by_field_name("body")
    start, doc = _doc(node)
    result = node.child_by_field_name("result")
    return RawDefinition(
        node=node,
        name=text(node.child_by_field_name("name")),
        kind=kind,
        signature=_header(node, body),
        body=body,
        keyword="func",
        docstring=doc,
        parameters=_parameters(node.child_by_field_name("parameters")),
        returns=squash(text(result)) or None,
        extra_start=start,
    )


def receiver_type(method: ts.Node) -> tuple[str, str]:
    """(receiver variable, receiver type name) of a method: ``(s *Server[T])`` -> ("s", "Server")."""
    receiver = method.child_by_field_name("receiver")
    declaration = next((c for c in receiver.named_children if c.type == "parameter_declaration"), None) if receiver else None
    if declaration is None:
        return "", ""
    type_node = declaration.child_by_field_name("type")
    while type_node is not None and type_node.type in ("pointer_type", "generic_type", "parenthesized_type"):
        type_node = type_node.child_by_field_name("type") if type_node.type == "generic_type" else type_node.named_children[-1]
    return text(declaration.child_by_field_name("name")), text(type_node)


def _method(node: ts.Node, module: str, types: set[str]) -> tuple[RawDefinition, str]:
    """The method, and its short name (its raw name is ``Type.Method`` when the type is elsewhere)."""
    raw = _function(node, Kind.METHOD)
    _, type_name = receiver_type(node)
    if type_name in types:
        return dataclasses.replace(raw, parent_id=f"{module}.{type_name}"), raw.name
    if type_name:
        return dataclasses.replace(raw, parent_id=module, name=f"{type_name}.{raw.name}"), raw.name
    return raw, raw.name


def _interface_method(node: ts.Node) -> RawDefinition:
    """A method an interface requires: a definition of its own (``Shape.Area``), so
    its page documents the contract and calls through the interface have a target."""
    return _function(node, Kind.METHOD)  # a method_elem has the name, parameters and result fields too, and no body


def _type_outer(node: ts.Node) -> ts.Node:
    """What a type's definition spans: ``type X struct{}`` alone, the declaration (and
    its doc); in a ``type ( ... )`` group, the spec, with the comment above it."""
    declaration = node.parent
    return declaration if declaration is not None and declaration.named_child_count == 1 else node


def _field_types(spec: ts.Node) -> list[tuple[str, str]]:
    """``(field, type)`` for each field of a struct type whose type is a named one
    (``r repo.UserRepo``, ``*Mem``; an embedded ``Store`` is the field ``Store``) or a
    container of a named element type (``routes map[string]Handler``: ``[]Handler``)."""
    body = spec.child_by_field_name("type")
    listed = body.named_children[0] if body is not None and body.type == "struct_type" and body.named_children else None
    found: list[tuple[str, str]] = []
    for declaration in listed.named_children if listed is not None else ():
        written = declaration.child_by_field_name("type") if declaration.type == "field_declaration" else None
        element = _element_type(written) if written is not None else None
        named = f"[]{element}" if element is not None else _declared_type(written, literal=False) if written is not None else None
        names = [text(n) for n in declaration.children_by_field_name("name")] or ([named.rpartition(".")[2]] if named and element is None else [])
        found += [(name, named) for name in names if named is not None]
    return found


def _type(node: ts.Node) -> RawDefinition:
    outer = _type_outer(node)
    start, doc = _doc(outer)
    body = node.child_by_field_name("type")
    keyword = {"struct_type": "struct", "interface_type": "interface"}.get(body.type if body else "", "type")
    name = text(node.child_by_field_name("name"))
    return RawDefinition(
        node=outer,
        name=name,
        kind=Kind.CLASS,
        signature=f"type {name} {keyword}" if keyword != "type" else "type " + squash(text(node)),
        body=body if keyword != "type" else None,
        keyword=keyword,
        docstring=doc,
        bases=_embedded(body) if body is not None else (),
        extra_start=start,
    )


def _embedded(body: ts.Node) -> tuple[str, ...]:
    """Embedded types: a struct's anonymous fields, an interface's embedded interfaces."""
    if body.type == "struct_type":
        fields = body.named_children[0].named_children if body.named_children else []
        return tuple(text(f.child_by_field_name("type")).lstrip("*") for f in fields if f.type == "field_declaration" and f.child_by_field_name("name") is None)
    if body.type == "interface_type":
        return tuple(squash(text(e)) for e in body.named_children if e.type == "type_elem")
    return ()


def _parameters(node: ts.Node | None) -> tuple[Parameter, ...]:
    if node is None:
        return ()
    params: list[Parameter] = []
    for child in node.named_children:
        if child.type not in ("parameter_declaration", "variadic_parameter_declaration"):
            continue
        annotation = squash(text(child.child_by_field_name("type"))) or None
        prefix = "..." if child.type == "variadic_parameter_declaration" else ""
        names = child.children_by_field_name("name")
        params.extend(Parameter(text(n), annotation, prefix=prefix) for n in names)
        if not names:
            params.append(Parameter("", annotation, prefix=prefix))
    return tuple(params)


def _import(node: ts.Node, module: str, parsed: ParsedFile) -> None:
    path_node = node.child_by_field_name("path")
    import_path = text(path_node).strip('"`')
    alias = text(node.child_by_field_name("name"))
    if alias == "_" or not import_path:
        return
    # ``local`` is the alias, or "" when the package's own name applies.
    parsed.imports.append(Import(module, alias, import_path, None, node.start_point[0] + 1))


def _receiver(raw: RawDefinition, method_id: str, parsed: ParsedFile) -> None:
    variable, type_name = receiver_type(raw.node)
    if variable and variable != "_" and type_name:
        parsed.assignments.append(Assignment(method_id, variable, type_name + "()", raw.node.start_point[0] + 1))


def _typed_parameters(node: ts.Node, function_id: str, parsed: ParsedFile) -> None:
    """Parameters are declarations too: ``func f(s *Store)`` makes ``s.Add()`` certain."""
    parameters = node.child_by_field_name("parameters")
    for declaration in parameters.named_children if parameters is not None else ():
        type_node = declaration.child_by_field_name("type")
        type_name = _declared_type(type_node, literal=False) if type_node is not None else None
        if declaration.type == "parameter_declaration" and type_name is not None:
            for name in declaration.children_by_field_name("name"):
                parsed.assignments.append(Assignment(function_id, text(name), type_name + "()", name.start_point[0] + 1))


def _declared_type(node: ts.Node, literal: bool) -> str | None:
    """The type a declaration certainly gives: ``T``/``*T``/``pkg.T`` as a var's type,
    ``T{}``/``&T{}`` as a short declaration's value."""
    if literal:
        if node.type == "unary_expression" and text(node.child_by_field_name("operator")) == "&":
            node = node.child_by_field_name("operand")
        if node is None or node.type != "composite_literal":
            return None
        node = node.child_by_field_name("type")
    elif node.type == "pointer_type":
        node = node.named_children[-1]
    if node is None:
        return None
    if node.type == "generic_type":
        node = node.child_by_field_name("type")
    if node is not None and node.type == "type_identifier":
        return text(node)
    if node is not None and node.type == "qualified_type":
        return f"{text(node.child_by_field_name('package'))}.{text(node.child_by_field_name('name'))}"
    return None
