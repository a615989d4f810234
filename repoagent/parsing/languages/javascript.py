"""JavaScript (with JSX, ES modules and CommonJS): definitions, imports, exports, calls.

One tree-sitter query per file; the hooks below turn its captures into model
objects. :mod:`repoagent.parsing.languages.typescript` reuses all of it with the
TypeScript grammars and a few more patterns, so everything here tolerates the
TypeScript node types too.

How JavaScript maps onto the shared model (the JavaScript resolver reads it so):

* **Module ids** are the repository path with ``/`` made ``.``, every other ``.``
  made ``_`` and the extension kept as a suffix: ``src/util/math.js`` is
  ``src.util.math_js`` and ``src/util/math.test.ts`` is ``src.util.math_test_ts``.
  A Python module never ends in ``_js``/``_ts`` unless someone names it so, so the
  ids of a mixed repository stay apart.
* **Imports** keep the specifier made absolute: a relative one (``./a``, ``../b``)
  becomes ``./`` plus its repository path without probing (``./src/a``); a bare one
  (``react``, a package in ``node_modules``) stays as written and never resolves.
  ``name`` is the imported export (``default`` for default imports) or ``None`` for
  the module object (``import * as ns``, ``require()``). Re-exports bind
  ``exports.NAME`` (``export {a as NAME} from``) or ``*`` (``export * from``).
* **Exports** are assignments in module scope: ``exports.NAME = value`` for ES and
  CommonJS exports alike, ``module.exports = value`` for a CommonJS default.
* **Assignment values** are chains as in Python, with these conventions:
  ``C()`` for an instance of ``C`` (``new C()``), ``:C`` for a value of the
  TypeScript type ``C`` (an annotation: an instance of ``C`` or of a subtype),
  ``a|b`` for either of two values (``const f = a || b``, ``a ?? b``, ``c ? a : b``),
  ``#ID`` for a definition that is assigned but binds no name of its own
  (``exports.f = function () {}``), ``Assignment(class, "implements", "I")`` for
  each interface a TypeScript class implements, and ``?`` for a local name whose value cannot be
  followed: it is recorded only so that it shadows outer names; ``=?`` for a name
  assigned again (``x = y``), which keeps a declared type but is no parameter's
  argument any more.
* **Values passed and held**: ``apply(f, x.g)`` records ``Assignment(scope,
  "apply(0)", "f")`` and ``Assignment(scope, "apply(1)", "x.g")``: the value of each
  argument that is a name or a chain, by position (none after a spread), so the
  callee's parameter can be known to hold it (``new C(f)`` records ``C(0)``: the
  constructor's); an object literal passed there
  records its keys: ``run({onDone: f})`` is ``Assignment(scope, "run(0).onDone", "f")``. ``const o = {a: f, g}`` records
  ``o`` as ``{}`` and each key with a name or chain as its value as ``o.a``/``o.g``.
* **Arrays**: ``X[]`` as a value is one element of the array ``X`` (a chain), and
  ``[e]`` is the element ``e`` of an array literal. ``const a = [f, new C()]`` records
  ``a`` as ``[]`` and ``a[]`` holding ``f`` and ``C()``; ``a.push(g)`` (or
  ``this.a.push(g)``, a Set's ``add``, a Map's ``m.set(k, g)``) records ``a[]``
  (``this.a[]``) holding ``g``, and ``for (x of m.values())`` binds ``x`` to ``m[]``; ``m.get(k).push(g)``
  and ``(m[k] ??= []).push(g)`` record ``m[][]`` (an element of an element of ``m``)
  holding ``g``, and ``for (x of m.get(k) || [])`` (``of m[k] ?? []``) binds ``x`` to
  ``m[][]``; ``f.bind(x)`` passed as an argument is recorded as ``f``; a ``const`` object
  literal's values are its elements too (``o[]``), and ``o[k]`` is the chain ``o[]``
  (``const f = o[k]``, ``o[k]()``); TypeScript's
  ``xs: T[]`` (``Array<T>``, ``readonly T[]``) records ``xs[]`` as ``:T``. The element
  parameter of a function passed to ``forEach``/``map``/``filter``/... (``reduce``'s
  second) holds ``X[]`` for the receiver ``X``, or each ``[e]`` of a literal receiver
  (``[a, b].forEach(h => h())``); so does a ``for (x of X)`` variable. Every other
  parameter of a function passed as an argument is ``?=>``: unknown, it shadows outer
  names unless something else binds that name in the scope.
* **Returning this**: a method whose every ``return`` (not those of functions nested in
  it) is ``return this`` records ``Assignment(method, "<return>", "this")``.
* **Object literals' functions**: in ``const o = {run() {}, stop: function () {}}``
  each method or ``function`` value under a plain key is the definition ``o.run``
  (``o.stop``) of the scope around it; ``o.run`` and ``o[]`` hold ``#`` its id. Arrow
  functions there are no definitions.
* **Prototype methods**: ``C.prototype.m = function () {}`` at the top of the file,
  with ``C`` a function declared at the top of the file, is the method ``C.m`` (its
  parent is ``C``, not the statement's lexical container).
* **Calls**: ``f``, ``a.b.c``, ``this.m``, ``super.m``, ``super`` (the parent
  constructor), ``new C`` (``constructs``), a capitalised JSX element (a component is
  called) and a bare decorator.
"""

from __future__ import annotations

import inspect
import posixpath
import re
from pathlib import PurePosixPath

import tree_sitter as ts
import tree_sitter_javascript

from repoagent.graph.resolvers.javascript import PASSED_PARAMETER, JavaScriptResolver
from repoagent.models import Assignment, CallSite, Import, Kind, Parameter, ParsedFile
from repoagent.parsing.base import ChainSyntax, FileParser, Grammar, Language, RawDefinition, chain, decode, squash, text, uncommented

COMMON_QUERY = """
(function_declaration) @function
(generator_function_declaration) @function
(class_declaration) @class
(method_definition) @method
(variable_declarator name: (identifier) value: [(arrow_function) (function_expression) (generator_function) (class)]) @bound
(call_expression function: (_) @callee)
(new_expression constructor: (_) @constructed)
(decorator) @decorator
(import_statement) @import
(export_statement) @export
(variable_declarator) @declarator
(assignment_expression left: (member_expression) right: (_)) @assignment
(for_in_statement left: (identifier) @loop)
(assignment_expression left: (identifier) @reassigned)
(catch_clause parameter: (identifier) @local)
(ERROR) @error
"""

JSX_QUERY = """
(jsx_opening_element name: (_) @jsx)
(jsx_self_closing_element name: (_) @jsx)
"""

JS_QUERY = COMMON_QUERY + JSX_QUERY + """
(field_definition property: (_) value: [(arrow_function) (function_expression)]) @field
"""

FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "generator_function", "function"})
# Array methods that call their function argument with each element, and the position
# of the element among that function's parameters.
ELEMENT_CALLBACKS = {
    **dict.fromkeys(("forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "flatMap"), 0),
    **dict.fromkeys(("reduce", "reduceRight"), 1),
}
# The functions of a const object literal that are definitions of their own (arrows stay their writer's).
LITERAL_FUNCTIONS = frozenset({"method_definition", "function_expression", "generator_function", "function"})
# Methods that keep each argument in their receiver (an array's, a Set's), and those that
# keep their second as one of its values (a Map's ``set(k, v)``).
APPENDS = frozenset({"push", "unshift", "add"})
KEYED_STORES = frozenset({"set"})
CLASS_VALUES = frozenset({"class"})
_JSDOC_LINE = re.compile(r"^\s*\*? ?")


def module_id(path: PurePosixPath) -> str:
    """``src/util/math.test.js`` -> ``src.util.math_test_js`` (see the module docstring)."""
    parts = [part.replace(".", "_") for part in path.parts]
    return ".".join(parts)


# ``new C()`` and ``C()`` both become ``C()``; TypeScript's ``x!``, ``x as T`` and
# ``(x)`` are looked through.
CHAIN = ChainSyntax(
    names=frozenset({"identifier", "this", "super", "property_identifier"}),
    members={"member_expression": ("object", "property", ".")},
    calls={"call_expression": "function", "new_expression": "constructor"},
    transparent={
        "parenthesized_expression": None,
        "non_null_expression": None,
        "as_expression": None,
        "satisfies_expression": None,
    },
)


def jsdoc(node: ts.Node) -> ts.Node | None:
    """The ``/** ... */`` comment right before ``node`` (no blank line between), if any."""
    anchor, previous = node, node.prev_sibling
    while previous is not None and (previous.type == "decorator" or _is_overload(previous)):
        anchor, previous = previous, previous.prev_sibling  # TypeScript member decorators and overloads
    if previous is None or previous.type != "comment" or not text(previous).startswith("/**"):
        return None
    if anchor.start_point[0] - previous.end_point[0] > 1:
        return None
    return previous


def _is_overload(node: ts.Node) -> bool:
    declaration = node.child_by_field_name("declaration") if node.type == "export_statement" else node
    return declaration is not None and declaration.type == "function_signature"


def clean_jsdoc(comment: str) -> str:
    """The text of a JSDoc comment without ``/**``, ``*/`` and the leading ``*`` of lines."""
    body = comment[3:-2] if comment.endswith("*/") else comment[3:]
    lines = [_JSDOC_LINE.sub("", line, count=1) for line in body.splitlines()]
    return inspect.cleandoc("\n".join(lines)).strip()


def _outer(node: ts.Node) -> ts.Node:
    """The statement that carries ``node``'s JSDoc: ``export ...`` wraps declarations."""
    parent = node.parent
    return parent if parent is not None and parent.type == "export_statement" else node


class JavaScriptFile(FileParser):
    """One JavaScript file's parse (the hooks of :class:`~repoagent.parsing.base.FileParser`)."""

    grammar = Grammar(tree_sitter_javascript.language, JS_QUERY)

    def __init__(self, language: str, source: bytes, path: str, module: str, content_hash: str) -> None:
        super().__init__(language, source, path, module, content_hash)
        self.directory = posixpath.dirname(path)
        self.raws: list[RawDefinition] = []
        self.slots: list[tuple[RawDefinition, str]] = []  # definitions assigned to an export slot
        self.functions: list[tuple[RawDefinition, ts.Node]] = []  # each definition and its callable part
        self.literal_functions: dict[int, tuple[str, RawDefinition]] = {}  # a const object's key node id -> (key, its function)

    def parse(self) -> ParsedFile:
        parsed = super().parse()
        exported = sorted(
            {a.target[8:] for a in parsed.assignments if a.target.startswith("exports.") and not a.target.endswith(")")}
            | {i.local[8:] for i in parsed.imports if i.local.startswith("exports.")}
        )
        has_exports = exported or any(a.target == "module.exports" for a in parsed.assignments)
        parsed.exports = tuple(exported) if has_exports else None
        return parsed

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        for node in captures.get("function", []):
            self.add_function(node)
        for node in captures.get("class", []):
            self.add_class(node, "abstract class" if node.type == "abstract_class_declaration" else "class")
        for node in captures.get("method", []):
            self.add_method(node)
        for node in captures.get("field", []):
            self.add_field(node)
        for node in captures.get("bound", []):
            self.add_bound(node)
        for node in captures.get("declarator", []):
            self.add_object_functions(node)
        for node in captures.get("assignment", []):
            self.add_assigned(node)
        for node in captures.get("export", []):
            self.add_default_export(node)
        return self.raws

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        for raw, target in self.slots:
            self.parsed.assignments.append(
                Assignment(self.module, target, "#" + self.assembly.ids_by_node[raw.node.id], raw.node.start_point[0] + 1)
            )
        for raw, function in self.functions:
            self.destructured_parameters(self.assembly.ids_by_node[raw.node.id], function)
            if raw.kind is Kind.METHOD and _returns_this(function):
                # ``use(fn) { ..; return this; }``: a call of it gives its receiver back (chained calls)
                self.parsed.assignments.append(Assignment(self.assembly.ids_by_node[raw.node.id], "<return>", "this", raw.node.start_point[0] + 1))
        for node in captures.get("callee", []):
            self.call(node, _indexed(node) if node.type == "subscript_expression" else chain(node, CHAIN), False)
            self.arguments(node)
        for node in captures.get("constructed", []):
            self.call(node, chain(node, CHAIN), True)
            self.arguments(node)
        for node in captures.get("jsx", []):
            target = chain(node, CHAIN)
            if target is not None and target[:1].isupper():
                self.call(node, target, False)
        for node in captures.get("decorator", []):
            self.decorator(node)
        for node in captures.get("import", []):
            self.es_import(node)
        for node in captures.get("export", []):
            self.export(node)
        for node in captures.get("declarator", []):
            self.declarator(node)
        for node in captures.get("assignment", []):
            self.assignment(node)
        for node in captures.get("local", []):
            self.local(node, "?")
        for node in captures.get("loop", []):
            self.loop_variable(node)
        for node in captures.get("reassigned", []):
            self.local(node, "=?")

    # -- definitions -----------------------------------------------------------------

    def raw(
        self,
        outer: ts.Node,
        name: str,
        kind: Kind,
        keyword: str,
        function: ts.Node,
        header_start: int | None = None,
        decorators: tuple[str, ...] = (),
        bases: tuple[str, ...] = (),
        parent_id: str | None = None,
    ) -> RawDefinition:
        """A definition spanning ``outer`` (plus its JSDoc) whose callable part is ``function``."""
        body = function.child_by_field_name("body")
        start = outer.start_byte if header_start is None else header_start
        end = body.start_byte if body is not None else outer.end_byte
        signature = squash(decode(self.source[start:end])).rstrip(";").rstrip()
        comment = jsdoc(outer)
        returns = function.child_by_field_name("return_type")
        raw = RawDefinition(
            node=outer,
            name=name,
            kind=kind,
            signature=signature,
            body=body,
            keyword=keyword,
            docstring=clean_jsdoc(text(comment)) if comment is not None else None,
            decorators=decorators,
            bases=bases,
            parameters=self.parameters(function),
            returns=squash(text(returns)).lstrip(":").strip() or None if returns is not None else None,
            extra_start=comment.start_byte if comment is not None else None,
            parent_id=parent_id,
        )
        self.raws.append(raw)
        self.functions.append((raw, function))
        return raw

    def add_function(self, node: ts.Node) -> None:
        name = text(node.child_by_field_name("name")) or "default"
        words = "async function" if text(node).startswith("async") else "function"
        keyword = words + "*" if node.type.startswith("generator") else words
        self.raw(_outer(node), name, Kind.FUNCTION, keyword, node)

    def add_class(self, node: ts.Node, keyword: str) -> None:
        outer = _outer(node)
        decorators = tuple(squash(text(d))[1:] for d in node.children if d.type == "decorator")
        start = outer.start_byte if outer is not node else _after_decorators(node)
        self.raw(outer, text(node.child_by_field_name("name")) or "default", Kind.CLASS, keyword, node, start, decorators, self.bases(node))

    def bases(self, node: ts.Node) -> tuple[str, ...]:
        """What a class extends (its ``class_heritage``)."""
        for child in node.named_children:
            if child.type == "class_heritage":
                clause = child.named_children[0] if child.named_children else None
                if clause is None:
                    return ()
                if clause.type == "extends_clause":  # TypeScript
                    return tuple(text(v) for v in clause.children_by_field_name("value"))
                if clause.type != "implements_clause":  # JavaScript: the expression itself
                    return (text(clause),)
        return ()

    def add_method(self, node: ts.Node) -> None:
        if node.parent is None or node.parent.type != "class_body":
            return  # object-literal methods are left to the object's own documentation
        name = text(node.child_by_field_name("name"))
        decorators = self.member_decorators(node)
        keyword = self.modifiers(node) or ("constructor" if name == "constructor" else "method")
        start = _after_decorators(node)
        self.raw(node, name, Kind.METHOD, keyword, node, start, decorators)

    def add_field(self, node: ts.Node) -> None:
        value = node.child_by_field_name("value")
        name_node = node.child_by_field_name("property") or node.child_by_field_name("name")
        if value is None or name_node is None:
            return
        keyword = self.modifiers(node) or "field"
        self.raw(node, text(name_node), Kind.METHOD, keyword, value, _after_decorators(node), self.member_decorators(node))

    def add_bound(self, node: ts.Node) -> None:
        """``const f = () => ...``: the declaration (or just the declarator when it holds several)."""
        declaration = node.parent
        if declaration is None:
            return
        outer = _outer(declaration) if declaration.named_child_count == 1 else node
        value = node.child_by_field_name("value")
        if value is None:
            return
        keyword = text(declaration.children[0]) if declaration.children else "const"
        kind = Kind.CLASS if value.type in CLASS_VALUES else Kind.FUNCTION
        bases = self.bases(value) if kind is Kind.CLASS else ()
        self.raw(outer, text(node.child_by_field_name("name")), kind, keyword, value, bases=bases)

    def add_object_functions(self, node: ts.Node) -> None:
        """``const o = {run() {..}, stop: function () {..}}``: each method or ``function``
        such an object literal holds under a plain key is a definition ``o.run`` of the
        scope around it (its calls are its own; ``this`` in it, the object, is not
        followed). An arrow function there (``log: () => ..``), and the functions of
        objects passed in place or assigned later, stay part of their writer."""
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or name.type != "identifier" or value is None or value.type != "object" or not _constant(node):
            return
        for part in uncommented(value):
            key = part.child_by_field_name("name" if part.type == "method_definition" else "key")
            function = part if part.type == "method_definition" else part.child_by_field_name("value") if part.type == "pair" else None
            if key is None or key.type != "property_identifier" or function is None or function.type not in LITERAL_FUNCTIONS:
                continue
            keyword = self.modifiers(part) or "method" if part.type == "method_definition" else "function"
            raw = self.raw(part, f"{text(name)}.{text(key)}", Kind.FUNCTION, keyword, function)
            self.literal_functions[part.id] = (text(key), raw)

    def add_assigned(self, node: ts.Node) -> None:
        """``exports.f = function () {}`` and ``module.exports = class {}``: exported, not bound."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if self.add_prototype_method(node, chain(left, CHAIN), right):
            return
        target = _export_slot(chain(left, CHAIN))
        if target is None or right is None or right.type not in FUNCTION_VALUES | CLASS_VALUES:
            return
        statement = node.parent if node.parent is not None and node.parent.type == "expression_statement" else node
        name = target.rsplit(".", 1)[-1]
        kind = Kind.CLASS if right.type in CLASS_VALUES else Kind.FUNCTION
        bases = self.bases(right) if kind is Kind.CLASS else ()
        raw = self.raw(statement, name, kind, "class" if kind is Kind.CLASS else "function", right, bases=bases)
        self.slots.append((raw, target))

    def add_prototype_method(self, node: ts.Node, written: str | None, right: ts.Node | None) -> bool:
        """``Counter.prototype.inc = function () {}`` at the top of the file, with ``Counter``
        a function declared at the top of this file: a method ``inc`` of ``Counter``
        (``main_js.Counter.inc``), as a class's would be; ``this`` in it is a
        ``Counter``. An arrow function there has the outer ``this``: not a method."""
        owner, prototype, name = (written or "").partition(".prototype.")
        statement = node.parent
        if not prototype or not owner.isidentifier() or not name.isidentifier() or right is None or right.type not in ("function_expression", "function"):
            return False
        if statement is None or statement.type != "expression_statement" or statement.parent is None or statement.parent.type != "program":
            return False
        declared = [r for r in self.raws if r.kind is Kind.FUNCTION and r.name == owner and r.node.parent is not None and r.node.parent.type == "program"]
        if len(declared) != 1 or declared[0].node.type not in ("function_declaration", "export_statement"):
            return False
        self.raw(statement, name, Kind.METHOD, "method", right, parent_id=f"{self.module}.{owner}")
        return True

    def add_default_export(self, node: ts.Node) -> None:
        """``export default () => ...`` / ``export default class {}`` as expressions."""
        value = node.child_by_field_name("value")
        if value is None or value.type not in FUNCTION_VALUES | CLASS_VALUES:
            return
        kind = Kind.CLASS if value.type in CLASS_VALUES else Kind.FUNCTION
        name = text(value.child_by_field_name("name")) or "default"
        bases = self.bases(value) if kind is Kind.CLASS else ()
        raw = self.raw(node, name, kind, "class" if kind is Kind.CLASS else "function", value, bases=bases)
        self.slots.append((raw, "exports.default"))

    def modifiers(self, node: ts.Node) -> str:
        """The words before a member's name: ``static async``, ``get``, ``private``..."""
        name = node.child_by_field_name("name") or node.child_by_field_name("property")
        words = []
        for child in node.children:
            if child == name or child.type == "formal_parameters":
                break
            if child.type in ("decorator", "comment"):
                continue
            words.append(text(child))
        return " ".join(w for w in words if w != "*")

    def member_decorators(self, node: ts.Node) -> tuple[str, ...]:
        found = [d for d in node.children if d.type == "decorator"]
        previous = node.prev_named_sibling
        siblings: list[ts.Node] = []
        while previous is not None and previous.type == "decorator":  # TypeScript keeps them beside the member
            siblings.append(previous)
            previous = previous.prev_named_sibling
        return tuple(squash(text(d))[1:] for d in [*reversed(siblings), *found])

    def parameters(self, function: ts.Node) -> tuple[Parameter, ...]:
        single = function.child_by_field_name("parameter")  # ``x => ...``
        if single is not None:
            return (Parameter(text(single)),)
        node = function.child_by_field_name("parameters")
        if node is None:
            return ()
        return tuple(p for p in (_parameter(c) for c in node.named_children) if p is not None)

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        """A leading ``/** ... */`` that is not some definition's JSDoc (a blank line follows it)."""
        first = root.named_children[0] if root.named_children else None
        if first is None or first.type != "comment" or not text(first).startswith("/**"):
            return None
        following = first.next_sibling
        if following is not None and following.start_point[0] - first.end_point[0] <= 1:
            return None
        return clean_jsdoc(text(first))

    # -- uses ------------------------------------------------------------------------

    def line(self, node: ts.Node) -> int:
        return node.start_point[0] + 1

    def call(self, node: ts.Node, target: str | None, constructs: bool) -> None:
        if target is None:
            return
        if target.endswith("()") and constructs:
            return  # ``new (f())()``: nothing certain
        if target == "require" or target == "import":
            return
        if node.parent is not None and node.parent.parent is not None and node.parent.parent.type == "decorator":
            return  # ``@deco(...)``: the decorator hook gives it its caller
        self.parsed.calls.append(CallSite(self.scope(node.start_byte), target, self.line(node), constructs))

    def decorator(self, node: ts.Node) -> None:
        """``@deco`` and ``@deco(...)`` call ``deco`` from the scope holding the decorated object."""
        inner = node.named_children[0] if node.named_children else None
        if inner is not None and inner.type == "call_expression":
            inner = inner.child_by_field_name("function")
        target = chain(inner, CHAIN)
        if target is None:
            return
        decorated = node.parent
        if decorated is not None and decorated.type == "class_body":
            decorated = node.next_named_sibling
            while decorated is not None and decorated.type == "decorator":
                decorated = decorated.next_named_sibling
        owner = self.assembly.ids_by_node.get(decorated.id) if decorated is not None else None
        if owner is None and decorated is not None and decorated.parent is not None:
            owner = self.assembly.ids_by_node.get(decorated.parent.id)
        by_id = {d.id: d for d in self.parsed.definitions} if owner is not None else {}
        caller = by_id[owner].parent or self.module if owner is not None else self.scope(node.start_byte)
        self.parsed.calls.append(CallSite(caller, target, self.line(node)))

    def specifier(self, node: ts.Node | None) -> str | None:
        """A module specifier made absolute: ``./dir/x`` for relative ones, bare ones as written."""
        if node is None or node.type != "string":
            return None
        spec = "".join(text(c) for c in node.named_children if c.type == "string_fragment")
        if not spec:
            return None
        if spec.startswith("./") or spec.startswith("../") or spec in (".", ".."):
            joined = posixpath.normpath(posixpath.join(self.directory, spec))
            if joined == ".." or joined.startswith("../"):
                return spec  # above the repository root: left unresolvable
            return "./" if joined == "." else "./" + joined
        return spec

    def es_import(self, node: ts.Node) -> None:
        module = self.specifier(node.child_by_field_name("source"))
        scope, line = self.scope(node.start_byte), self.line(node)
        for clause in node.named_children:
            if clause.type == "import_require_clause":  # TypeScript ``import x = require('./x')``
                module = self.specifier(clause.child_by_field_name("source"))
                if module is not None and clause.named_children:
                    self.parsed.imports.append(Import(scope, text(clause.named_children[0]), module, None, line))
            if clause.type != "import_clause" or module is None:
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    self.parsed.imports.append(Import(scope, text(part), module, "default", line))
                elif part.type == "namespace_import" and part.named_children:
                    self.parsed.imports.append(Import(scope, text(part.named_children[0]), module, None, line))
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type == "import_specifier":
                            name = text(spec.child_by_field_name("name"))
                            local = text(spec.child_by_field_name("alias")) or name
                            self.parsed.imports.append(Import(scope, local, module, name, line))

    def export(self, node: ts.Node) -> None:
        if node.parent is None or node.parent.type != "program":
            return  # exported from a TypeScript namespace, not from the module
        line = self.line(node)
        source = node.child_by_field_name("source")
        declaration = node.child_by_field_name("declaration")
        value = node.child_by_field_name("value")
        is_default = any(c.type == "default" for c in node.children)
        if source is not None:
            self.re_export(node, source, line)
        elif declaration is not None:
            for name in self.declared_names(declaration):
                self.export_name("default" if is_default else name, name, line)
        elif value is not None and value.type not in FUNCTION_VALUES | CLASS_VALUES:
            target = chain(value, CHAIN)
            if target is not None:
                self.export_name("default", target, line)
        for clause in node.named_children:
            if clause.type == "export_clause" and source is None:
                for spec in clause.named_children:
                    name = text(spec.child_by_field_name("name"))
                    self.export_name(text(spec.child_by_field_name("alias")) or name, name, line)

    def declared_names(self, declaration: ts.Node) -> list[str]:
        if declaration.type in ("lexical_declaration", "variable_declaration"):
            return [text(d.child_by_field_name("name")) for d in declaration.named_children if d.type == "variable_declarator"]
        name = declaration.child_by_field_name("name")
        return [text(name)] if name is not None and name.type in ("identifier", "type_identifier") else []

    def export_name(self, exported: str, local: str, line: int) -> None:
        if exported and local:
            self.parsed.assignments.append(Assignment(self.module, "exports." + exported, local, line))

    def re_export(self, node: ts.Node, source: ts.Node, line: int) -> None:
        module = self.specifier(source)
        if module is None:
            return
        clauses = [c for c in node.named_children if c.type in ("export_clause", "namespace_export")]
        if not clauses:
            self.parsed.imports.append(Import(self.module, "*", module, None, line))
        for clause in clauses:
            if clause.type == "namespace_export" and clause.named_children:
                self.parsed.imports.append(Import(self.module, "exports." + text(clause.named_children[0]), module, None, line))
            elif clause.type == "export_clause":
                for spec in clause.named_children:
                    name = text(spec.child_by_field_name("name"))
                    exported = text(spec.child_by_field_name("alias")) or name
                    self.parsed.imports.append(Import(self.module, "exports." + exported, module, name, line))

    def declarator(self, node: ts.Node) -> None:
        """``const x = require(...)``, ``const h = new H()``, ``const g = f``; other names shadow."""
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None:
            return
        scope, line = self.scope(node.start_byte), self.line(node)
        if name.type == "identifier" and value is not None and value.type in FUNCTION_VALUES | CLASS_VALUES:
            return  # a definition of its own
        required = self.required(value)
        if required is not None:
            module, member = required
            if name.type == "identifier":
                self.parsed.imports.append(Import(scope, text(name), module, member, line))
                return
            if name.type == "object_pattern" and member is None:
                self.destructured_require(name, scope, module, line)
                return
        constant = _constant(node)
        source = chain(value, CHAIN) if constant and value is not None and value.type in ("identifier", "member_expression") else None
        if name.type == "object_pattern" and source is not None and "(" not in source:
            self.destructured(name, scope, source, line)  # ``const {onDone} = options``
            return
        if name.type != "identifier":
            for identifier in _pattern_names(name):
                self.local(identifier, "?")
            return
        annotated = self.annotated_class(node.child_by_field_name("type"))
        if constant and value is not None and value.type == "object":
            self.object_members(text(name), value, scope, line, bind=not annotated)
            if not annotated:
                return
        elements = self.annotated_elements(node.child_by_field_name("type")) or _map_values(value)
        if elements is not None:
            self.parsed.assignments.append(Assignment(scope, text(name) + "[]", elements, line))
        if constant and value is not None and value.type == "array":
            self.parsed.assignments.append(Assignment(scope, text(name), "[]", line))
            for part in value.named_children:
                self.element(text(name) + "[]", part)
            return
        target = _held_value(value) if value is not None and constant else None
        self.parsed.assignments.append(Assignment(scope, text(name), annotated or target or "?", line))

    def arguments(self, function: ts.Node) -> None:
        """Each argument of a call of ``function`` that is a name, a chain or an instance
        made there (``new C(..)``: ``C()``), by position;
        the parameters of functions passed (an array method's callback's element), and
        what ``a.push(x)`` (``s.add(x)``, ``m.set(k, x)``) puts in ``a``."""
        target = chain(function, CHAIN)
        arguments = function.parent.child_by_field_name("arguments") if function.parent is not None else None
        if arguments is None or arguments.type != "arguments":
            return
        receiver = function.child_by_field_name("object") if function.type == "member_expression" else None
        method = text(function.child_by_field_name("property")) if receiver is not None else None
        for index, argument in enumerate(uncommented(arguments)):
            if argument.type == "spread_element":
                return  # the positions after it are not known
            if argument.type in FUNCTION_VALUES:
                self.callback_parameters(argument, receiver if index == 0 and method in ELEMENT_CALLBACKS else None, ELEMENT_CALLBACKS.get(method or ""))
            stores = method in APPENDS or (method in KEYED_STORES and index == 1)
            array = chain(receiver, CHAIN) if stores else None
            if stores and (array is None or "(" in array):
                array = _bucket(receiver)  # ``m.get(k).push(f)``, ``(m[k] ??= []).push(f)``: an element of m holds f
            if array is not None and "(" not in array:
                self.element(array + "[]", argument)
            if target is None:
                continue
            if argument.type == "object":
                self.object_argument(f"{target}({index})", argument)
            value = chain(argument, CHAIN) if argument.type in ("identifier", "member_expression", "new_expression") else _bound_function(argument)
            if value is not None:
                self.parsed.assignments.append(Assignment(self.scope(argument.start_byte), f"{target}({index})", value, self.line(argument)))

    def destructured_parameters(self, scope: str, function: ts.Node) -> None:
        """The names a parameter's pattern binds in the function ``scope``: those of an
        object pattern at position N hold the keys of what is passed there
        (``function run({onDone})``: ``onDone`` is ``@0.onDone``); the others are
        unknown. Either way they shadow outer names of that spelling."""
        listed = function.child_by_field_name("parameters")
        parameters = [p for p in listed.named_children if _parameter(p) is not None] if listed is not None else []
        for position, parameter in enumerate(parameters):
            pattern = parameter.child_by_field_name("pattern") if parameter.type in ("required_parameter", "optional_parameter") else parameter
            if pattern is not None and pattern.type == "assignment_pattern":
                pattern = pattern.child_by_field_name("left")  # ``{onDone} = {}``
            if pattern is not None and pattern.type == "object_pattern":
                self.destructured(pattern, scope, f"@{position}", self.line(pattern))
            elif pattern is not None and pattern.type == "array_pattern":
                for identifier in _pattern_names(pattern):
                    self.parsed.assignments.append(Assignment(scope, text(identifier), "?", self.line(identifier)))

    def destructured(self, pattern: ts.Node, scope: str, source: str, line: int) -> None:
        """``{onDone, fail: onError, log = quiet}`` taken from ``source``: ``onDone`` holds
        ``source.onDone``, ``onError`` holds ``source.fail``, ``log`` holds
        ``source.log`` or, where that key is left out, its default (``source.log=quiet``);
        names nested deeper are unknown."""
        for part in pattern.named_children:
            key, local, default = _destructured_key(part)
            if key is None or local is None:
                for identifier in _pattern_names(part):
                    self.parsed.assignments.append(Assignment(scope, text(identifier), "?", line))
                continue
            held = chain(default, CHAIN) if default is not None and default.type in ("identifier", "member_expression") else None
            taken = f"={held}" if held is not None and "(" not in held else ""
            self.parsed.assignments.append(Assignment(scope, local, f"{source}.{key}{taken}", line))

    def callback_parameters(self, function: ts.Node, receiver: ts.Node | None, element: int | None) -> None:
        """The parameters of a function passed as an argument, bound in the scope it is
        written in: the ``element``-th of an array method's callback holds the elements
        of the ``receiver``, the others are unknown and shadow outer names."""
        single = function.child_by_field_name("parameter")
        listed = function.child_by_field_name("parameters")
        parameters = [single] if single is not None else listed.named_children if listed is not None else []
        for index, parameter in enumerate(p for p in parameters if p.type != "comment"):
            name = parameter.child_by_field_name("pattern") if parameter.type in ("required_parameter", "optional_parameter") else parameter
            if name is not None and name.type in ("object_pattern", "array_pattern"):
                for identifier in _pattern_names(name):  # unknown, and shadowing outer names
                    self.parsed.assignments.append(Assignment(self.scope(function.start_byte), text(identifier), PASSED_PARAMETER, self.line(identifier)))
            if name is None or name.type != "identifier" or parameter.child_by_field_name("type") is not None:
                continue  # a pattern, or a TypeScript annotation (recorded as the parameter's type)
            values = self.elements_of(receiver) if index == element and receiver is not None else []
            for value in values or [PASSED_PARAMETER]:
                self.parsed.assignments.append(Assignment(self.scope(function.start_byte), text(name), value, self.line(name)))

    def elements_of(self, array: ts.Node) -> list[str]:
        """What one element of ``array`` is: ``X[]`` for a chain ``X``, each ``[e]`` of a literal."""
        if array.type == "array":
            return [f"[{value}]" for part in array.named_children if (value := self.element_value(part)) is not None]
        found = chain(array, CHAIN)
        if found is not None and found.endswith(".values()") and found.count("(") == 1:
            found = found[:-9]  # ``for (f of m.values())``: a value of the map (or Set) m
        if found is None or "(" in found:
            found = _bucket(array)  # ``for (f of m.get(k) || [])``, ``of m[k] ?? []``: an element of an element of m
        return [f"{found}[]"] if found is not None and "(" not in found else []

    def element_value(self, node: ts.Node) -> str | None:
        """A name, a chain or a created object (``C()``) kept in an array; else None."""
        if node.type in ("identifier", "member_expression", "new_expression"):
            value = chain(node, CHAIN)
            return value if value is not None and (node.type == "new_expression" or "(" not in value) else None
        return None

    def element(self, array: str, node: ts.Node) -> None:
        """``array`` (``a[]``, ``this.a[]``) holds ``node`` when that is a name, chain or created object."""
        value = self.element_value(node)
        if value is not None:
            self.parsed.assignments.append(Assignment(self.scope(node.start_byte), array, value, self.line(node)))

    def loop_variable(self, node: ts.Node) -> None:
        """``for (x of X)``: ``x`` is an element of ``X``; ``for (k in o)``: unknown."""
        loop = node.parent
        right = loop.child_by_field_name("right") if loop is not None else None
        operator = loop.child_by_field_name("operator") if loop is not None else None
        values = self.elements_of(right) if right is not None and operator is not None and operator.type == "of" else []
        for value in values or ["?"]:
            self.local(node, value)

    def object_argument(self, slot: str, value: ts.Node) -> None:
        """``run({onDone: f, save})`` at position 0: ``run(0).onDone`` holds ``f``,
        ``run(0).save`` holds ``save``, and ``run(0){}`` its keys, ``onDone,save`` (a
        destructured parameter's default is taken where its key is left out)."""
        scope, line = self.scope(value.start_byte), self.line(value)
        self.object_keys(slot, value, scope, line)
        self.key_set(slot, value, scope, line)

    def key_set(self, name: str, value: ts.Node, scope: str, line: int) -> None:
        """``name{}`` holds the keys of the object literal ``value``, comma-separated,
        when they are all known (no spread, no computed key)."""
        keys = _object_key_set(value)
        if keys is not None:
            self.parsed.assignments.append(Assignment(scope, name + "{}", keys, line))

    def object_members(self, name: str, value: ts.Node, scope: str, line: int, bind: bool) -> None:
        """``const o = {a: f, g, run() {..}}``: ``o`` is ``{}`` (when ``bind``: no
        annotation gives its type), ``o.a`` holds ``f``, ``o.g`` holds ``g`` and ``o.run``
        the definition ``#..o.run``, and its elements (``o[k]``) are all three."""
        if bind:
            self.parsed.assignments.append(Assignment(scope, name, "{}", line))
            self.key_set(name, value, scope, line)
        functions = [self.literal_functions[part.id] for part in uncommented(value) if part.id in self.literal_functions]
        for key, held in [*_object_pairs(value), *((key, "#" + self.assembly.ids_by_node[raw.node.id]) for key, raw in functions)]:
            self.parsed.assignments.append(Assignment(scope, f"{name}.{key}", held, line))
            self.parsed.assignments.append(Assignment(scope, f"{name}[]", held, line))

    def object_keys(self, name: str, value: ts.Node, scope: str, line: int) -> None:
        """``name.key`` holds each key's value that is a name or chain in the object literal ``value``."""
        for key, held in _object_pairs(value):
            self.parsed.assignments.append(Assignment(scope, f"{name}.{key}", held, line))

    def annotated_elements(self, annotation: ts.Node | None) -> str | None:
        """``: C[]``, ``: readonly C[]``, ``: Array<C>``, ``: ReadonlyArray<C>`` as ``:C`` (an
        element's type); ``: Map<K, C>`` (``ReadonlyMap``, ``WeakMap``, ``Record``) as
        ``:C`` too, the type of its values (what ``m.get(k)`` gives)."""
        kind = annotation.named_children[0] if annotation is not None and annotation.named_children else None
        if kind is not None and kind.type == "readonly_type" and kind.named_children:
            kind = kind.named_children[0]
        if kind is not None and kind.type == "array_type" and kind.named_children:
            element = kind.named_children[0]
        elif kind is not None and kind.type == "generic_type" and text(kind.child_by_field_name("name")) in ("Array", "ReadonlyArray"):
            arguments = kind.child_by_field_name("type_arguments")
            element = arguments.named_children[0] if arguments is not None and len(arguments.named_children) == 1 else None
        elif kind is not None and kind.type == "generic_type" and text(kind.child_by_field_name("name")) in _MAPS:
            return _map_values(kind)
        else:
            return None
        if element is not None and element.type == "generic_type":
            element = element.child_by_field_name("name")
        if element is not None and element.type == "type_identifier":
            element = _bound_of(element)
        return ":" + text(element) if element is not None and element.type in ("type_identifier", "nested_type_identifier") else None

    def annotated_class(self, annotation: ts.Node | None) -> str | None:
        """``: C`` or ``: C<T>`` as ``:C`` (a value of type ``C``); other types say nothing certain."""
        if annotation is None or not annotation.named_children:
            return None
        kind = annotation.named_children[0]
        if kind.type == "generic_type":
            kind = kind.child_by_field_name("name") or kind
        if kind.type == "type_identifier":
            bound = _bound_of(kind)
            return ":" + text(bound) if bound is not None else None
        if kind.type == "nested_type_identifier":
            return ":" + text(kind)
        return None

    def required(self, value: ts.Node | None) -> tuple[str, str | None] | None:
        """``require('m')`` -> (module, None); ``require('m').f`` -> (module, 'f')."""
        member = None
        if value is not None and value.type == "member_expression":
            member = text(value.child_by_field_name("property"))
            value = value.child_by_field_name("object")
        if value is None or value.type != "call_expression" or text(value.child_by_field_name("function")) != "require":
            return None
        arguments = value.child_by_field_name("arguments")
        first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        module = self.specifier(first)
        return (module, member) if module is not None else None

    def destructured_require(self, pattern: ts.Node, scope: str, module: str, line: int) -> None:
        for part in pattern.named_children:
            if part.type == "shorthand_property_identifier_pattern":
                self.parsed.imports.append(Import(scope, text(part), module, text(part), line))
            elif part.type == "pair_pattern":
                key, value = part.child_by_field_name("key"), part.child_by_field_name("value")
                if value is not None and value.type == "identifier":
                    self.parsed.imports.append(Import(scope, text(value), module, text(key), line))
                elif value is not None:
                    for identifier in _pattern_names(value):
                        self.local(identifier, "?")
            else:
                for identifier in _pattern_names(part):
                    self.local(identifier, "?")

    def assignment(self, node: ts.Node) -> None:
        """``module.exports = ...``, ``exports.f = g`` and ``this.x = new X()``."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        target = chain(left, CHAIN)
        if target is None or right is None or right.type in FUNCTION_VALUES | CLASS_VALUES:
            return  # functions and classes were made definitions (add_assigned)
        line = self.line(node)
        slot = _export_slot(target)
        if slot == "module.exports" and right.type == "object":
            self.exported_object(right, line)
            return
        value = chain(right, CHAIN)
        if slot is not None and value is not None:
            self.parsed.assignments.append(Assignment(self.module, slot, value, line))
        elif target.startswith("this.") and target.count(".") == 1:
            self.parsed.assignments.append(Assignment(self.scope(node.start_byte), target, value or "?", line))
            if right.type == "array":
                for part in right.named_children:
                    self.element(target + "[]", part)

    def exported_object(self, node: ts.Node, line: int) -> None:
        """``module.exports = {f, g: h}`` exports ``f`` and ``g``."""
        for part in node.named_children:
            if part.type == "shorthand_property_identifier":
                self.export_name(text(part), text(part), line)
            elif part.type == "pair":
                value = chain(part.child_by_field_name("value"), CHAIN)
                key = part.child_by_field_name("key")
                if value is not None and key is not None and key.type == "property_identifier":
                    self.export_name(text(key), value, line)

    def local(self, node: ts.Node, value: str) -> None:
        self.parsed.assignments.append(Assignment(self.scope(node.start_byte), text(node), value, self.line(node)))


def _bound_function(argument: ts.Node) -> str | None:
    """``this.flush.bind(this)`` (``f.bind(x, ..)``): the chain of the function bound,
    which is what runs when the bound one is called; None for anything else."""
    function = argument.child_by_field_name("function") if argument.type == "call_expression" else None
    if function is None or function.type != "member_expression" or text(function.child_by_field_name("property")) != "bind":
        return None
    bound = function.child_by_field_name("object")
    value = chain(bound, CHAIN) if bound is not None and bound.type in ("identifier", "member_expression") else None
    return value if value is not None and "(" not in value else None


def _bucket(node: ts.Node | None) -> str | None:
    """``X[]`` when ``node`` is one element of the container ``X`` taken by key:
    ``X.get(k)``, ``X[k]``, also with an empty fallback (``X.get(k) || []``, ``X[k] ??
    []``) or created on first use (``X[k] ??= []``, ``X[k] ||= []``); None else."""
    while node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    if node is not None and node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("||", "??"):
        fallback = node.child_by_field_name("right")
        node = node.child_by_field_name("left") if fallback is not None and fallback.type == "array" and fallback.named_child_count == 0 else None
    if node is not None and node.type == "augmented_assignment_expression" and text(node.child_by_field_name("operator")) in ("||=", "??="):
        node = node.child_by_field_name("left")
    if node is not None and node.type == "call_expression":
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        taken = function.child_by_field_name("object") if function is not None and function.type == "member_expression" and text(function.child_by_field_name("property")) == "get" else None
        if taken is None or arguments is None or arguments.named_child_count != 1:
            return None
    elif node is not None and node.type == "subscript_expression":
        taken = node.child_by_field_name("object")
    else:
        return None
    container = chain(taken, CHAIN) if taken is not None and taken.type in ("identifier", "member_expression") else None
    return f"{container}[]" if container is not None and "(" not in container and "[" not in container else None


_NESTED_SCOPES = frozenset({*FUNCTION_VALUES, "function_declaration", "generator_function_declaration", "method_definition", "class", "class_declaration"})


def _returns_this(function: ts.Node) -> bool:
    """Whether every ``return`` of ``function``'s own body (not of functions nested in it)
    is ``return this``, and there is one."""
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return False
    found, stack = False, list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type in _NESTED_SCOPES:
            continue
        if node.type == "return_statement":
            if node.named_child_count != 1 or node.named_children[0].type != "this":
                return False
            found = True
            continue
        stack.extend(node.named_children)
    return found


_MAPS = frozenset({"Map", "ReadonlyMap", "WeakMap", "Record"})


def _map_values(node: ts.Node | None) -> str | None:
    """``:C`` for the values of ``Map<K, C>`` (a type, or ``new Map<K, C>()``; also
    ``ReadonlyMap``, ``WeakMap``, ``Record``) when ``C`` names a type; None else."""
    if node is not None and node.type == "new_expression":
        constructor = node.child_by_field_name("constructor")
        arguments = node.child_by_field_name("type_arguments")
        if constructor is None or text(constructor) not in _MAPS:
            return None
    elif node is not None and node.type == "generic_type" and text(node.child_by_field_name("name")) in _MAPS:
        arguments = node.child_by_field_name("type_arguments")
    else:
        return None
    value = arguments.named_children[1] if arguments is not None and len(arguments.named_children) == 2 else None
    if value is not None and value.type == "generic_type":
        value = value.child_by_field_name("name")
    return ":" + text(value) if value is not None and value.type in ("type_identifier", "nested_type_identifier") else None


def _held_value(value: ts.Node) -> str | None:
    """What a ``const`` holds: a chain (``C()`` for ``new C()``), ``ops[]`` for
    ``ops[name]`` (one of the elements), or either of two such values, ``a|b``, for
    ``a || b``, ``a ?? b`` and ``c ? a : b``; None for anything else."""
    if value.type == "subscript_expression":
        return _indexed(value)
    operator = text(value.child_by_field_name("operator")) if value.type == "binary_expression" else None
    if operator in ("||", "??") or value.type == "ternary_expression":
        sides = [value.child_by_field_name(side) for side in (("consequence", "alternative") if operator is None else ("left", "right"))]
        held = [found for side in sides if side is not None and (found := _held_value(side)) is not None]
        return "|".join(held) if len(held) == 2 else None
    return chain(value, CHAIN)


def _indexed(node: ts.Node) -> str | None:
    """``ops[k]`` as ``ops[]`` (one of the elements of ``ops``) when ``ops`` is a chain;
    ``ops["save"]`` as ``ops.save``; None for a literal number (one element, not told)."""
    found = chain(node.child_by_field_name("object"), CHAIN)
    index = node.child_by_field_name("index")
    if found is None or "(" in found or index is None or index.type == "number":
        return None
    key = "".join(text(c) for c in index.named_children if c.type == "string_fragment") if index.type == "string" else None
    if key is not None:
        return f"{found}.{key}" if re.fullmatch(r"[A-Za-z_$][\w$]*", key) else None
    return f"{found}[]"


def _constant(declarator: ts.Node) -> bool:
    """Whether ``declarator`` is one of a ``const`` declaration: its name keeps its value."""
    declaration = declarator.parent
    return declaration is not None and bool(declaration.children) and text(declaration.children[0]) == "const"


def _object_pairs(value: ts.Node) -> list[tuple[str, str]]:
    """(key, chain) of each key of the object literal ``value`` whose value is a name or chain."""
    found = []
    for part in value.named_children:
        if part.type == "shorthand_property_identifier":
            found.append((text(part), text(part)))
        elif part.type == "pair":
            key, held = part.child_by_field_name("key"), chain(part.child_by_field_name("value"), CHAIN)
            if key is not None and key.type == "property_identifier" and held is not None:
                found.append((text(key), held))
    return found


def _object_key_set(value: ts.Node) -> str | None:
    """The keys of an object literal, sorted and comma-separated; None when a spread or
    a computed key leaves them unknown."""
    keys = []
    for part in value.named_children:
        key = part if part.type == "shorthand_property_identifier" else part.child_by_field_name("key" if part.type == "pair" else "name")
        if part.type == "comment":
            continue
        if key is None or part.type not in ("shorthand_property_identifier", "pair", "method_definition"):
            return None
        if key.type == "string":
            keys.append("".join(text(c) for c in key.named_children if c.type == "string_fragment"))
        elif key.type in ("property_identifier", "shorthand_property_identifier"):
            keys.append(text(key))
        else:
            return None
    return ",".join(sorted(keys))


def _export_slot(target: str | None) -> str | None:
    """``exports.f``/``module.exports.f`` -> ``exports.f``; ``module.exports`` as is; else None."""
    if target is None:
        return None
    if target == "module.exports":
        return target
    for prefix in ("module.exports.", "exports."):
        if target.startswith(prefix):
            rest = target[len(prefix) :]
            return "exports." + rest if rest and "." not in rest and "(" not in rest else None
    return None


def _after_decorators(node: ts.Node) -> int:
    """Where a member's header starts once decorators (children in JavaScript) are skipped."""
    for child in node.children:
        if child.type not in ("decorator", "comment"):
            return child.start_byte
    return node.start_byte


def _destructured_key(part: ts.Node) -> tuple[str | None, str | None, ts.Node | None]:
    """(key, local name, default) of one part of an object pattern: ``a``, ``a: b``,
    ``a = d``, ``a: b = d``; (None, None, None) for a nested pattern, a rest or a
    computed key."""
    if part.type == "shorthand_property_identifier_pattern":
        return text(part), text(part), None
    if part.type == "object_assignment_pattern":
        left = part.child_by_field_name("left")
        if left is not None and left.type == "shorthand_property_identifier_pattern":
            return text(left), text(left), part.child_by_field_name("right")
    if part.type == "pair_pattern":
        key, value = part.child_by_field_name("key"), part.child_by_field_name("value")
        default = None
        if value is not None and value.type == "assignment_pattern":
            value, default = value.child_by_field_name("left"), value.child_by_field_name("right")
        if key is not None and key.type == "property_identifier" and value is not None and value.type == "identifier":
            return text(key), text(value), default
    return None, None, None


def _pattern_names(pattern: ts.Node) -> list[ts.Node]:
    """The identifiers a destructuring pattern binds."""
    found: list[ts.Node] = []
    stack = [pattern]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            found.append(node)
        elif node.type == "pair_pattern":
            value = node.child_by_field_name("value")
            if value is not None:
                stack.append(value)
        elif node.type in ("assignment_pattern", "object_assignment_pattern"):
            left = node.child_by_field_name("left")
            if left is not None:
                stack.append(left)
        else:
            stack.extend(node.named_children)
    return found


def _parameter(node: ts.Node) -> Parameter | None:
    kind = node.type
    if kind in ("identifier", "object_pattern", "array_pattern"):
        return Parameter(text(node))
    if kind == "assignment_pattern":
        return Parameter(text(node.child_by_field_name("left")), default=squash(text(node.child_by_field_name("right"))))
    if kind == "rest_pattern":
        return Parameter(text(node.named_children[0]) if node.named_children else "", prefix="...")
    if kind in ("required_parameter", "optional_parameter"):  # TypeScript
        pattern = node.child_by_field_name("pattern")
        if pattern is None:
            return None
        prefix = ""
        if pattern.type == "rest_pattern":
            prefix, pattern = "...", pattern.named_children[0] if pattern.named_children else pattern
        annotation = node.child_by_field_name("type")
        default = node.child_by_field_name("value")
        name = text(pattern) + ("?" if kind == "optional_parameter" else "")
        return Parameter(
            name,
            squash(text(annotation)).lstrip(":").strip() or None if annotation is not None else None,
            squash(text(default)) or None if default is not None else None,
            prefix,
        )
    return None


class JavaScript(Language):
    """The JavaScript language module (``.js``, ``.jsx``, ``.mjs``, ``.cjs``)."""

    name = "javascript"
    parser = JavaScriptFile
    resolver = JavaScriptResolver()

    def module_name(self, path: PurePosixPath) -> str:
        return module_id(path)


def _bound_of(identifier: ts.Node) -> ts.Node | None:
    """The type that the type name ``identifier`` stands for where it is written: itself,
    unless it names a type parameter of an enclosing class, interface, function or
    method (the innermost first); then that parameter's ``extends`` bound
    (``class Cache<S extends Store>``: ``S`` is some ``Store``, so a call on it
    dispatches as on a ``Store``), or ``None`` without a bound (any type at all)."""
    name = text(identifier)
    node = identifier.parent
    while node is not None:
        parameters = node.child_by_field_name("type_parameters")
        for parameter in parameters.named_children if parameters is not None else ():
            if parameter.type == "type_parameter" and text(parameter.child_by_field_name("name")) == name:
                constraint = parameter.child_by_field_name("constraint")
                bound = constraint.named_children[0] if constraint is not None and constraint.named_children else None
                if bound is not None and bound.type == "generic_type":
                    bound = bound.child_by_field_name("name")
                return bound if bound is not None and bound.type in ("type_identifier", "nested_type_identifier") else None
        node = node.parent
    return identifier
