"""TypeScript and TSX: the JavaScript module's hooks plus what types add.

TypeScript extends JavaScript, and so does this module: the same query patterns and
hooks (:mod:`repoagent.parsing.languages.javascript`, whose docstring describes the
module ids and the model conventions) run with the TypeScript or TSX grammar, and a
few more patterns add interfaces, enums, namespaces, abstract methods, the interfaces
a class implements, and the types that type a receiver: ``(h: Handler)``, ``const
h: Handler``, ``private h: Handler`` fields and ``constructor(private h: Handler)``
parameter properties all record ``h`` (or ``this.h``) as a value of type
``Handler`` (``:Handler``).

Overload signatures (``function f(a: string): void;`` before the implementation)
are not definitions of their own: the implementation is the one that is called.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import tree_sitter as ts
import tree_sitter_typescript

from repoagent.models import Assignment, Kind
from repoagent.parsing.base import FileParser, Grammar, Language, RawDefinition, text
from repoagent.parsing.languages.javascript import COMMON_QUERY, JSX_QUERY, JavaScript, JavaScriptFile, module_id

TS_QUERY = COMMON_QUERY + """
(abstract_class_declaration) @class
(interface_declaration) @interface
(enum_declaration) @enum
(internal_module) @namespace
(method_signature) @signature
(abstract_method_signature) @signature
(function_signature) @function_signature
(public_field_definition name: (_) value: [(arrow_function) (function_expression)]) @field
(public_field_definition type: (_)) @typed_field
(required_parameter pattern: (identifier) type: (_)) @typed_parameter
(optional_parameter pattern: (identifier) type: (_)) @typed_parameter
"""


class TypeScriptFile(JavaScriptFile):
    """The JavaScript file parser with TypeScript's declarations and typed receivers."""

    grammar = Grammar(tree_sitter_typescript.language_typescript, TS_QUERY)

    @classmethod
    def variant(cls, path: str) -> type[FileParser]:
        return TsxFile if path.lower().endswith(".tsx") else cls

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        super().definitions(captures)
        for node in captures.get("interface", []):
            self.add_class(node, "interface")
        for node in captures.get("enum", []):
            self.add_class(node, "enum")
        for node in captures.get("namespace", []):
            self.add_namespace(node)
        for node in captures.get("signature", []):
            if _overload(node, "method_definition"):
                continue
            if node.parent is not None and node.parent.type == "class_body":
                self.add_method(node)
            else:
                self.add_member(node)
        for node in captures.get("function_signature", []):
            if not _overload(node, "function_declaration"):
                self.add_function(node)
        return self.raws

    def bases(self, node: ts.Node) -> tuple[str, ...]:
        return _extended_types(node) if node.type == "interface_declaration" else super().bases(node)

    def add_member(self, node: ts.Node) -> None:
        """An interface's method signature."""
        name = node.child_by_field_name("name")
        if name is not None:
            self.raw(node, text(name), Kind.METHOD, self.modifiers(node) or "method", node)

    def add_namespace(self, node: ts.Node) -> None:
        outer = node.parent if node.parent is not None and node.parent.type in ("expression_statement", "export_statement") else node
        name = node.child_by_field_name("name")
        if name is not None and name.type == "identifier":
            self.raw(outer, text(name), Kind.CLASS, "namespace", node)

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        super().uses(captures)
        for node in captures.get("typed_field", []):
            self.typed_field(node)
        for node in captures.get("typed_parameter", []):
            self.typed_parameter(node)
        for node in captures.get("class", []):
            self.implemented(node)

    def implemented(self, node: ts.Node) -> None:
        """``class A implements B, C<T>``: A's subtype relations other than its
        superclass, so a call through a ``B`` can reach A's methods."""
        body = node.child_by_field_name("body")
        heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
        clauses = heritage.named_children if heritage is not None and body is not None else []
        for clause in (c for c in clauses if c.type == "implements_clause"):
            for kind in clause.named_children:
                named = kind.child_by_field_name("name") if kind.type == "generic_type" else kind
                if named is not None and named.type in ("type_identifier", "nested_type_identifier"):
                    self.parsed.assignments.append(Assignment(self.scope(body.start_byte), "implements", text(named), self.line(kind)))

    def typed_field(self, node: ts.Node) -> None:
        """``private h: Handler;`` in a class: ``this.h`` is a ``Handler``."""
        instance = self.annotated_class(node.child_by_field_name("type"))
        elements = self.annotated_elements(node.child_by_field_name("type"))
        name = node.child_by_field_name("name")
        if name is None:
            return
        scope = self.scope(node.start_byte)
        if instance is not None and node.child_by_field_name("value") is None:
            self.parsed.assignments.append(Assignment(scope, "this." + text(name), instance, self.line(node)))
        if elements is not None:
            self.parsed.assignments.append(Assignment(scope, f"this.{text(name)}[]", elements, self.line(node)))

    def typed_parameter(self, node: ts.Node) -> None:
        """``(h: Handler)``: ``h`` is a ``Handler`` in the function; a parameter property
        (``constructor(private h: Handler)``) also makes ``this.h`` one in the class."""
        instance = self.annotated_class(node.child_by_field_name("type"))
        pattern = node.child_by_field_name("pattern")
        if pattern is None:
            return
        scope, line = self.scope(node.start_byte), self.line(node)
        elements = self.annotated_elements(node.child_by_field_name("type"))
        if elements is not None:
            self.parsed.assignments.append(Assignment(scope, text(pattern) + "[]", elements, line))
        if instance is None:
            return
        self.parsed.assignments.append(Assignment(scope, text(pattern), instance, line))
        if any(c.type in ("accessibility_modifier", "readonly") for c in node.children):
            method = node.parent.parent if node.parent is not None else None
            body = method.parent if method is not None else None
            if body is not None and body.type == "class_body":
                self.parsed.assignments.append(Assignment(self.scope(body.start_byte), "this." + text(pattern), instance, line))


class TsxFile(TypeScriptFile):
    """A ``.tsx`` file: TypeScript with JSX elements, in the TSX grammar."""

    grammar = Grammar(tree_sitter_typescript.language_tsx, TS_QUERY + JSX_QUERY)


class TypeScript(Language):
    """The TypeScript language module (``.ts``, ``.mts``, ``.cts``; ``.tsx`` with JSX)."""

    name = "typescript"
    parser = TypeScriptFile
    resolver = JavaScript.resolver  # one resolver for both: a .ts file may import a .js file

    def module_name(self, path: PurePosixPath) -> str:
        return module_id(path)


def _extended_types(node: ts.Node) -> tuple[str, ...]:
    """``interface I extends J<K>, L`` -> ``("J", "L")``."""
    for child in node.named_children:
        if child.type == "extends_type_clause":
            names = []
            for kind in child.children_by_field_name("type"):
                named = kind.child_by_field_name("name") if kind.type == "generic_type" else kind
                names.append(text(named))
            return tuple(names)
    return ()


def _overload(node: ts.Node, implementation: str) -> bool:
    """Whether ``node`` is an overload signature with an implementation beside it."""
    name = text(node.child_by_field_name("name"))
    holder = node.parent
    if holder is not None and holder.type == "export_statement":
        holder = holder.parent
    if holder is None:
        return False
    for sibling in holder.named_children:
        candidate = sibling.child_by_field_name("declaration") if sibling.type == "export_statement" else sibling
        if candidate is not None and candidate.type == implementation and text(candidate.child_by_field_name("name")) == name:
            return True
    return False
