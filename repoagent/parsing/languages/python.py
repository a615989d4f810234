"""Python: definitions, imports, call sites and the value-flow facts.

Everything comes from one tree-sitter query run over the file; the hooks below turn
captured nodes into model objects. Call targets, arguments, assignments, returns
and yields become value strings (``self.m``, ``pkg.mod.f``, ``make().run``,
``handlers.[*]``; see :mod:`repoagent.parsing.languages.python_flow`) that the
Python resolver's value flow evaluates; an expression that is none of them is
recorded as unknown, since no edge could be justified for it.
"""

from __future__ import annotations

import ast
import bisect
import dataclasses
import inspect
from collections.abc import Callable
from pathlib import PurePosixPath

import tree_sitter as ts

from repoagent.graph.resolvers.python_flow import PythonResolver
from repoagent.models import Assignment, CallSite, Import, Kind, Parameter, ParsedFile
from repoagent.parsing.base import (
    ChainSyntax, FileParser, Grammar, Language, RawDefinition, Scopes, chain, decode, grammar_binding, squash, text,
)
from repoagent.parsing.languages.python_comprehensions import comprehension_names, lambda_names
from repoagent.parsing.languages.python_flow import FlowFacts
from repoagent.parsing.languages.python_versions import narrowed_names, version_names
from repoagent.parsing.modules import python_module

QUERY = """
    (function_definition) @function
    (class_definition) @class
    (call) @call
    (decorator) @decorator
    (function_definition parameters: (parameters [
        (default_parameter value: (_) @default)
        (typed_default_parameter value: (_) @default)]))
    (function_definition parameters: (parameters [
        (typed_parameter type: (_) @annotation)
        (typed_default_parameter type: (_) @annotation)]))
    (function_definition return_type: (_) @annotation)
    (assignment type: (_) @annotation)
    (future_import_statement) @future
    (import_statement) @import
    (import_from_statement) @import_from
    (assignment) @assignment
    (return_statement) @returned
    (raise_statement) @raise
    (yield) @returned
    (for_statement) @loop
    (for_in_clause) @loop
    (with_item) @with
    (except_clause) @handler
    (named_expression) @walrus
    (expression_statement (attribute) @read)
    (interpolation) @formatted
    (if_statement condition: (_) @truth)
    (elif_clause condition: (_) @truth)
    (while_statement condition: (_) @truth)
    (assert_statement . (_) @truth)
    (if_clause (_) @truth)
    (not_operator argument: (_) @truth)
    (boolean_operator left: (_) @truth)
    (augmented_assignment) @augmented
    (global_statement) @declared
    (nonlocal_statement) @declared
    (augmented_assignment left: (identifier) @bound)
    (binary_operator) @operator
    (unary_operator) @operator
    (comparison_operator) @operator
    (subscript) @operator
    [(list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @comprehension
    (lambda) @lambda
    (ERROR) @error
    """

CHAIN = ChainSyntax(
    names=frozenset({"identifier"}),
    members={"attribute": ("object", "attribute", ".")},
    calls={"call": "function"},
)


class PythonFile(FileParser):
    """One Python file's parse (the hooks of :class:`~repoagent.parsing.base.FileParser`)."""

    grammar = Grammar(grammar_binding("tree_sitter_python"), QUERY)

    def definitions(self, captures: dict[str, list[ts.Node]]) -> list[RawDefinition]:
        raises = _raises(captures.get("raise", []))
        raws = _fold_overloads([_function(n, raises) for n in captures.get("function", [])])
        return raws + [_class(n) for n in captures.get("class", [])]

    def module_doc(self, root: ts.Node, captures: dict[str, list[ts.Node]]) -> str | None:
        return _docstring(root)

    def uses(self, captures: dict[str, list[ts.Node]]) -> None:
        parsed, scope, module = self.parsed, self.scope, self.module
        is_package = PurePosixPath(self.path).stem == "__init__"
        # A parameter's or the return's annotation is evaluated where the ``def`` runs,
        # as a default is; with ``from __future__ import annotations`` no annotation is
        # evaluated, nor ever a variable's inside a function.
        postponed = _postpones_annotations(captures.get("future", []))
        evaluated, unevaluated = [], []
        for node in captures.get("annotation", []):
            if postponed or (node.parent is not None and node.parent.type == "assignment" and _in_function(node)):
                unevaluated.append(node)
            elif node.parent is None or node.parent.type != "assignment":
                evaluated.append(node)
        outside = _OutsideScopes(captures.get("decorator", []) + captures.get("default", []) + evaluated, self.assembly.scopes)
        renamed = lambda_names(captures.get("lambda", []))
        renamed.update(comprehension_names(captures.get("comprehension", [])))  # inside a lambda, over its names
        renamed.update(version_names(captures.get("function", []), self.source, renamed))
        narrowing, narrowed = narrowed_names(captures.get("truth", []), self.source, renamed)
        renamed.update(narrowing)
        facts = FlowFacts(parsed, outside.scope, self.source, renamed)
        for statement, name, classes, source in narrowed:  # ``x@i0 = ~C~x``: what of ``x`` can be a ``C``
            parsed.assignments.append(Assignment(facts.scope(statement.start_byte), name, f"~{classes}~{source}", statement.start_point[0] + 1))
        if unevaluated:
            skipped = _Spans(unevaluated)
            for capture in ("call", "operator"):
                if capture in captures:
                    captures[capture] = [n for n in captures[capture] if not skipped.holds(n.start_byte)]
        facts.spellings(captures.get("assignment", []))
        for node in captures.get("call", []):
            facts.call(node, facts.scope(node.start_byte))
        for node in captures.get("decorator", []):
            # ``@deco`` calls ``deco`` where the decorated object is defined.
            target = chain(node.named_children[0], CHAIN) if node.named_children else None
            if target is not None and node.named_children[0].type != "call":
                parsed.calls.append(CallSite(facts.scope(node.start_byte), target, node.start_point[0] + 1))
        for node in captures.get("import", []):
            parsed.imports.extend(_plain_imports(node, scope(node.start_byte)))
        for node in captures.get("import_from", []):
            parsed.imports.extend(_from_imports(node, scope(node.start_byte), module, is_package))
        for node in captures.get("assignment", []):
            # Only a statement starting with ``__all__`` can be one: the test spares
            # every other assignment two field lookups.
            if not (self.source.startswith(b"__all__", node.start_byte) and _is_all(node, scope, parsed, module)):
                facts.assignment(node)
        handlers = {"returned": facts.returned, "loop": facts.loop, "with": facts.with_item,
                    "handler": facts.handler, "walrus": facts.walrus, "operator": facts.operator,
                    "read": facts.read, "truth": facts.truth, "formatted": facts.formatted, "augmented": facts.augmented,
                    "declared": facts.declared}
        for capture, handle in handlers.items():
            for node in captures.get(capture, []):
                handle(node)
        for node in captures.get("bound", []):
            # ``x += y`` rebinds ``x`` to a value nobody can know: recorded so it shadows outer names.
            parsed.assignments.append(Assignment(scope(node.start_byte), text(node), "", node.start_point[0] + 1))


class Python(Language):
    """The Python language module."""

    name = "python"
    parser = PythonFile
    resolver = PythonResolver()

    def module_name(self, path: PurePosixPath) -> str:
        return python_module(path.as_posix())


class _OutsideScopes:
    """Code in a decorator or a parameter's default runs where the definition is
    made (once, when ``def`` runs), not inside it.

    :meth:`scope` names the definition holding a byte (``innermost``) but names the
    container of that definition for a byte inside such code (an expression holds no
    ``def``, so the innermost definition there is the one the code belongs to).
    """

    def __init__(self, nodes: list[ts.Node], scopes: Scopes) -> None:
        self._spans = _Spans(nodes)
        self._scopes = scopes

    def scope(self, byte: int) -> str:
        return self._scopes.container(byte) if self._spans.holds(byte) else self._scopes.innermost(byte)


class _Spans:
    """The byte spans of some nodes that never overlap (annotations, decorators, defaults), for :meth:`holds`."""

    def __init__(self, nodes: list[ts.Node]) -> None:
        self._spans = sorted((n.start_byte, n.end_byte) for n in nodes)
        self._starts = [start for start, _ in self._spans]

    def holds(self, byte: int) -> bool:
        index = bisect.bisect_right(self._starts, byte) - 1
        return index >= 0 and self._spans[index][0] <= byte < self._spans[index][1]


def _postpones_annotations(imports: list[ts.Node]) -> bool:
    """Whether the file says ``from __future__ import annotations``."""
    return any(text(name) == "annotations" for node in imports for name in node.children_by_field_name("name"))


def _in_function(node: ts.Node) -> bool:
    """Whether ``node`` stands in a function's body (not in a class's or the module's)."""
    outer = node.parent
    while outer is not None and outer.type not in ("function_definition", "class_definition"):
        outer = outer.parent
    return outer is not None and outer.type == "function_definition"


def _header(node: ts.Node) -> str:
    """A ``def`` or ``class`` header: its text up to its colon. Comments between the
    colon and the first statement of the body (tree-sitter puts them before the
    block) are the body's: in the signature, a comment would stale every caller."""
    colon = next((child for child in node.children if child.type == ":"), None)
    return decode(node.text[: colon.end_byte - node.start_byte]) if colon is not None else text(node)


def _function(node: ts.Node, raises: dict[int, list[str]]) -> RawDefinition:
    outer = _outer(node)
    body = node.child_by_field_name("body")
    header = _header(node)
    is_async = header.lstrip().startswith("async")
    in_class = _enclosing_definition(node) == "class_definition"
    returns = node.child_by_field_name("return_type")
    return RawDefinition(
        node=outer,
        name=text(node.child_by_field_name("name")),
        kind=Kind.METHOD if in_class else Kind.FUNCTION,
        signature=squash(header).rstrip(":").rstrip(),
        body=body,
        keyword="async def" if is_async else "def",
        docstring=_docstring(body),
        decorators=_decorators(outer),
        parameters=_parameters(node.child_by_field_name("parameters")),
        returns=text(returns) or None,
        raises=tuple(raises.get(node.id, ())),
        typing_only=_typing_only(outer),
    )


def _outer(node: ts.Node) -> ts.Node:
    """The decorated definition around a ``def`` or ``class``, else the node itself
    (its parent read once: tree-sitter finds a parent by walking down from the root)."""
    parent = node.parent
    return parent if parent is not None and parent.type == "decorated_definition" else node


def _fold_overloads(functions: list[RawDefinition]) -> list[RawDefinition]:
    """``@overload`` stubs folded into the implementation that follows them in the
    same block: its span (so its hash) starts at the first stub, and it lists their
    signatures. Stubs with no implementation fold into the last of them."""
    pending: dict[tuple[int, str], list[RawDefinition]] = {}
    kept: list[RawDefinition] = []
    for raw in sorted(functions, key=lambda r: r.node.start_byte):
        parent = raw.node.parent
        key = (parent.id if parent is not None else -1, raw.name)
        if any(d.split("(")[0].endswith("overload") for d in raw.decorators):
            pending.setdefault(key, []).append(raw)
        else:
            kept.append(_with_stubs(raw, pending.pop(key, [])))
    kept.extend(_with_stubs(stubs[-1], stubs[:-1]) for stubs in pending.values())
    return kept


def _with_stubs(implementation: RawDefinition, stubs: list[RawDefinition]) -> RawDefinition:
    if not stubs:
        return implementation
    return dataclasses.replace(implementation, overloads=tuple(stub.signature for stub in stubs), extra_start=stubs[0].node.start_byte)


def _class(node: ts.Node) -> RawDefinition:
    outer = _outer(node)
    body = node.child_by_field_name("body")
    header = _header(node)
    superclasses = node.child_by_field_name("superclasses")
    # A comment between the bases is a named child too: no base.
    bases = tuple(text(b) for b in superclasses.named_children if b.type not in ("keyword_argument", "comment")) if superclasses else ()
    return RawDefinition(
        node=outer,
        name=text(node.child_by_field_name("name")),
        kind=Kind.CLASS,
        signature=squash(header).rstrip(":").rstrip(),
        body=body,
        keyword="class",
        docstring=_docstring(body),
        decorators=_decorators(outer),
        bases=bases,
        typing_only=_typing_only(outer),
    )


def _typing_only(outer: ts.Node) -> bool:
    """Whether the definition sits directly under ``if TYPE_CHECKING:``, where only
    type checkers see it (its twin under ``else:`` is what runs)."""
    block = outer.parent
    statement = block.parent if block is not None else None
    if statement is None or statement.type != "if_statement" or statement.child_by_field_name("consequence") != block:
        return False
    condition = text(statement.child_by_field_name("condition"))
    return condition == "TYPE_CHECKING" or condition.endswith(".TYPE_CHECKING")  # ``typing.``, ``t.``


def _enclosing_definition(node: ts.Node) -> str | None:
    """The type of the nearest function or class around ``node``."""
    parent = node.parent
    while parent is not None:
        if parent.type in ("function_definition", "class_definition"):
            return parent.type
        parent = parent.parent
    return None


def _docstring(body: ts.Node | None) -> str | None:
    if body is None:
        return None
    for statement in body.named_children:
        if statement.type == "comment":
            continue
        if statement.type == "expression_statement" and statement.named_children:
            literal = statement.named_children[0]
            if literal.type == "string":
                return _string_value(literal)
        return None
    return None


def _string_value(node: ts.Node) -> str:
    raw = text(node)
    value = _plain_string(raw)
    if value is None:
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            value = "".join(text(c) for c in node.named_children if c.type == "string_content")
    return inspect.cleandoc(value) if isinstance(value, str) else ""


def _plain_string(raw: str) -> str | None:
    """The value of a plain string literal: no prefix, no backslash, carriage return
    or NUL, no newline between single quotes, no quote closing it early. ``None`` for
    any other, left to :func:`ast.literal_eval`, whose compiling was half the cost
    of reading a docstring."""
    quote = raw[:3] if raw[:3] in ('"""', "'''") else raw[:1]
    if quote not in ('"""', "'''", '"', "'") or len(raw) < 2 * len(quote) or not raw.endswith(quote):
        return None
    inner = raw[len(quote) : len(raw) - len(quote)]
    if quote in inner or inner.endswith(quote[0]) or "\\" in raw or "\r" in raw or "\0" in raw or (len(quote) == 1 and "\n" in raw):
        return None
    return inner


def _decorators(outer: ts.Node) -> tuple[str, ...]:
    if outer.type != "decorated_definition":
        return ()
    return tuple(squash(text(d))[1:].strip() for d in outer.named_children if d.type == "decorator")


def _parameters(node: ts.Node | None) -> tuple[Parameter, ...]:
    if node is None:
        return ()
    params: list[Parameter] = []
    for child in node.named_children:
        kind = child.type
        if kind == "identifier":
            params.append(Parameter(text(child)))
        elif kind in ("typed_parameter", "typed_default_parameter", "default_parameter"):
            name_node = child.child_by_field_name("name") or child.named_children[0]
            prefix = ""
            if name_node.type in ("list_splat_pattern", "dictionary_splat_pattern"):
                prefix = "*" if name_node.type == "list_splat_pattern" else "**"
                name_node = name_node.named_children[0]
            annotation = child.child_by_field_name("type")
            default = child.child_by_field_name("value")
            params.append(Parameter(text(name_node), squash(text(annotation)) or None, squash(text(default)) or None, prefix))
        elif kind == "list_splat_pattern" and child.named_children:
            params.append(Parameter(text(child.named_children[0]), prefix="*"))
        elif kind == "dictionary_splat_pattern" and child.named_children:
            params.append(Parameter(text(child.named_children[0]), prefix="**"))
    return tuple(params)


#: Between a ``raise`` and its function: the raise is another definition's, or none's.
_RAISE_BARRIERS = frozenset({"class_definition", "decorated_definition", "lambda", "raise_statement"})


def _raises(raises: list[ts.Node]) -> dict[int, list[str]]:
    """Exception classes raised by name in each function's own body, nested
    definitions excluded, by the function node's id. Found from each ``raise`` up to
    its function, in document order: walking every body down instead cost a sixth of
    the parse."""
    found: dict[int, list[str]] = {}
    for node in raises:
        if not node.named_children:
            continue  # a bare ``raise``
        function = _raising_function(node)
        if function is None:
            continue
        raised = node.named_children[0]
        if raised.type == "call":
            raised = raised.child_by_field_name("function")
        name = chain(raised, CHAIN) if raised is not None else None
        if name and "()" not in name and name.rsplit(".", 1)[-1][:1].isupper():
            names = found.setdefault(function, [])
            if name not in names:
                names.append(name)
    return found


def _raising_function(raise_node: ts.Node) -> int | None:
    """The id of the function whose own body holds ``raise_node``: none when a class,
    a lambda, a decorated definition or another ``raise`` comes first, or when the
    nearest function holds it outside its body (only in code tree-sitter recovered)."""
    child, parent = raise_node, raise_node.parent
    while parent is not None:
        kind = parent.type
        if kind == "function_definition":
            body = parent.child_by_field_name("body")
            return parent.id if body is not None and body.id == child.id else None
        if kind in _RAISE_BARRIERS:
            return None
        child, parent = parent, parent.parent
    return None


def _plain_imports(node: ts.Node, scope: str) -> list[Import]:
    imports: list[Import] = []
    line = node.start_point[0] + 1
    for name in node.children_by_field_name("name"):
        if name.type == "aliased_import":
            dotted = text(name.child_by_field_name("name"))
            imports.append(Import(scope, text(name.child_by_field_name("alias")), dotted, None, line))
        else:
            dotted = text(name)
            # ``import a.b`` binds ``a``; the resolver walks ``.b`` as a submodule.
            imports.append(Import(scope, dotted.split(".")[0], dotted.split(".")[0], None, line))
    return imports


def _from_imports(node: ts.Node, scope: str, module: str, is_package: bool) -> list[Import]:
    source = node.child_by_field_name("module_name")
    target = _absolute(text(source), module, is_package) if source is not None else None
    if target is None:
        return []
    line = node.start_point[0] + 1
    if any(child.type == "wildcard_import" for child in node.children):
        return [Import(scope, "*", target, None, line)]
    imports: list[Import] = []
    for name in node.children_by_field_name("name"):
        if name.type == "aliased_import":
            imported, local = text(name.child_by_field_name("name")), text(name.child_by_field_name("alias"))
        else:
            imported = local = text(name)
        imports.append(Import(scope, local, target, imported, line))
    return imports


def _absolute(spec: str, module: str, is_package: bool) -> str | None:
    """``..x`` imported from ``module`` as an absolute module name; None above the root."""
    dots = len(spec) - len(spec.lstrip("."))
    if dots == 0:
        return spec
    package = module.split(".") if is_package else module.split(".")[:-1]
    if dots - 1 > len(package):
        return None
    base = package[: len(package) - (dots - 1)]
    rest = spec[dots:]
    return ".".join([*base, rest] if rest else base)


def _is_all(node: ts.Node, scope: Callable[[int], str], parsed: ParsedFile, module: str) -> bool:
    """Record the module's ``__all__ = [...]`` as its exports; whether ``node`` was it."""
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier" or text(left) != "__all__" or scope(node.start_byte) != module:
        return False
    if right.type in ("list", "tuple"):
        parsed.exports = tuple(_string_value(s) for s in right.named_children if s.type == "string")
    return True
