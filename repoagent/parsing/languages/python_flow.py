"""Python value-flow facts: what each expression of a file can evaluate to, as text.

The flow solver (:mod:`repoagent.graph.resolvers.python_flow`) works over the whole
repository; this module turns one file's expressions into the plain facts it needs,
at parse time, so they are cached with the parse and a warm run never walks a tree.

A *value* is a string the solver evaluates in a scope (ARCHITECTURE.md, "Value flow"):

* a chain: a head then ``.``-separated operations — ``f``, ``a.b``, ``f()``
  (``()`` is the call's result), ``x.[]`` (an item: subscript, ``get``),
  ``x.[*]`` (what iterating ``x`` gives), ``x.[0]`` (a fixed position),
  ``x.[:name]`` (the item under a string key, spelled by :func:`_key`), ``x.[:]``
  (:data:`SLICE`: a slice, ``x[1:]``), and
  ``x.get:name()`` for ``x.get("name")`` (also ``pop``, ``setdefault``: a dict
  reads the key, anything else calls its ``get``), and ``f.:staticmethod`` for
  ``staticmethod(f)`` (``:classmethod`` alike: the function, bound as the decorator
  would bind it), and ``x.__add__:`` (:data:`IMPLICIT`) for the dunder the interpreter
  calls for an operator, a subscript or a truth test;
* ``super:Base()`` is ``super(Base, self)``, whose lookup starts after ``Base``;
* a head may also be a literal made here: ``{L<n>`` a list, ``{S<n>`` a set,
  ``{G<n>`` a generator expression (the type a ``singledispatch`` call picks by),
  ``{T<n>`` a tuple (of something), ``{D<n>`` a dict, ``{F<n>`` a lambda,
  ``{V<n>`` a temporary holding several values (``a if c else b``, ``a or b``)
  or a value read and dropped (``obj.name`` as a statement); ``<n>`` is the
  literal's ordinal in the file (the order the parse meets them), not its byte
  offset, so that moving lines leaves the facts as they were (the flow key,
  :mod:`repoagent.graph.flow_key`); the solver reads it only as part of a name;
* ``!<annotation>``: instances of the classes an annotation names;
* ``^<classes>``: what ``except <classes> as e`` catches (the solver narrows it to what
  the repository raises);
* ``""``: unknown (a literal, something no definition can flow into);
* ``global`` or ``nonlocal`` (:data:`DECLARATIONS`): not a value but the declaration
  of the target name in the scope (keywords, so no chain is ever one of them).

Facts are :class:`~repoagent.models.Assignment` (``target`` a chain whose last
operation says where the value goes: a name, an attribute, an item ``[]``, a
position, a lambda's result ``()``), :class:`~repoagent.models.Return` (``kind``
``return``, ``yield`` or ``yield from``) and the ``arguments`` of each
:class:`~repoagent.models.CallSite`. The interpreter's own calls (``with``,
``for``, operators, subscripts) become call sites of the dunder methods.
"""

from __future__ import annotations

from collections.abc import Callable

import tree_sitter as ts

from repoagent.models import Assignment, CallSite, ParsedFile, Return
from repoagent.parsing.base import first_named, source_text, text, uncommented
from repoagent.parsing.languages.python_templates import format_fields, literal_text, percent_fields

MAX_DEPTH = 40  # nested expressions followed; deeper ones (generated code) are unknown

DECLARATIONS = ("global", "nonlocal")
_LISTS = {"list", "set", "list_comprehension", "set_comprehension", "generator_expression"}
#: The letter of a set's or a generator's literal (a list's is ``L``).
_LETTERS = {"set": "S", "set_comprehension": "S", "generator_expression": "G"}
_DICTS = {"dictionary", "dictionary_comprehension"}
_TRANSPARENT = {"parenthesized_expression", "await"}
_OPERATORS = {
    "+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
    "%": "__mod__", "**": "__pow__", "@": "__matmul__", "&": "__and__", "|": "__or__",
    "^": "__xor__", "<<": "__lshift__", ">>": "__rshift__",
}
#: ``-x``, ``+x``, ``~x`` call these of ``x``.
_UNARY = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}
#: ``x += y`` calls ``x.__iadd__(y)`` (only ``__iadd__``: the fallback to ``__add__`` is not followed).
_AUGMENTED = {operator + "=": "__i" + dunder[2:] for operator, dunder in _OPERATORS.items()}
_COMPARISONS = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__", "in": "__contains__"}
#: What ``literal OP x`` calls of ``x``: a number's or a string's own dunder gives up
#: (``NotImplemented``) on an object it does not know, so Python tries the reflected one.
_REFLECTED = {dunder: "__r" + dunder[2:] for dunder in _OPERATORS.values()} | {
    "__eq__": "__eq__", "__ne__": "__ne__", "__lt__": "__gt__", "__le__": "__ge__", "__gt__": "__lt__", "__ge__": "__le__",
}
#: The reflected arithmetic dunders: only ever run for a right operand (the resolver
#: says nothing of such a call through too many values).
REFLECTED = frozenset(_REFLECTED[dunder] for dunder in _OPERATORS.values())
#: Container literals whose operators make containers of their items (``[a] + rest``,
#: ``{"k": f} | extra``): their call sites are kept, with the other operand.
_CONTAINERS = {"{L", "{T", "{S", "{D"}
_CONTAINER_OPERATORS = {"__add__", "__or__", "__xor__", "__mul__", "__and__", "__sub__"}
#: Literals whose value is unknown to the flow (so no dunder of theirs is followed).
_PLAIN_LITERALS = {"integer", "float", "string", "concatenated_string", "true", "false", "none"}
#: Ends the dunder of a call the interpreter makes for an operator, a subscript, a
#: truth test or an augmented assignment (``x.__add__:``): it looks the method up on
#: the operand's type, so a class operand (``C[int]``, ``C | None``) calls its
#: metaclass's, never the class's own, as an explicit ``C.__add__(a, b)`` does. (An
#: empty literal key: a dict's methods read it as none.)
IMPLICIT = ":"
#: The operation of a slice, ``x[1:]``: a sequence's elements in a sequence, what an
#: instance's ``__getitem__`` returns (given the slice), nothing of anything else.
SLICE = "[:]"
#: Where a subscript stands in the targets of these statements, the interpreter stores
#: into it or deletes it rather than reading it.
_TARGET_GROUPS = {"pattern_list", "tuple_pattern", "list_pattern", "expression_list", "parenthesized_expression", "tuple", "list"}
#: Methods that put their (last) argument into the container they are called on.
_ELEMENT_STORES = {"append": "[]", "add": "[]", "insert": "[]", "appendleft": "[]", "setdefault": "[]", "put": "[]"}
#: Methods that put every element of their argument into the container.
_BULK_STORES = {"extend": "[*]", "extendleft": "[*]"}


def _none_guard(node: ts.Node) -> str:
    """The name ``p`` when ``node`` stands right in the body of ``if p is None:``
    (a decorator that also takes arguments: ``if func is None: return partial(...)``),
    or right after an ``if p is not None:`` without ``else`` whose body ends in a
    ``return`` (``if func is not None: return decorator(func)`` then ``return
    decorator``): either way it runs only when ``p`` is ``None``."""
    block = node.parent
    branch = block.parent if block is not None else None
    if branch is not None and branch.type == "if_statement" and branch.child_by_field_name("consequence") == block:
        return _none_test(branch, "is")
    previous = node.prev_named_sibling
    while previous is not None and previous.type == "comment":
        previous = previous.prev_named_sibling
    if previous is None or previous.type != "if_statement" or previous.child_by_field_name("alternative") is not None:
        return ""
    body = previous.child_by_field_name("consequence")
    statements = uncommented(body) if body is not None else []
    return _none_test(previous, "is not") if statements and statements[-1].type == "return_statement" else ""


def _none_test(branch: ts.Node, operator: str) -> str:
    """``p`` when ``branch`` tests ``p is None`` (``operator`` ``is``) or ``p is not None``."""
    condition = branch.child_by_field_name("condition")
    parts = condition.children if condition is not None and condition.type == "comparison_operator" else []
    if [c.type for c in parts] != ["identifier", operator, "none"]:
        return ""
    return text(parts[0])


def _given_guard(node: ts.Node) -> str:
    """``!p`` when the return ``node`` runs only if ``p`` is not ``None`` (a decorator
    factory's ``if maybe_cls is None: return wrap`` then ``return wrap(maybe_cls)``):
    it, or a statement holding it in its function, stands after an ``if p is None:``
    (or ``if not p:``) whose body ends in ``return`` or ``raise``, in the body of ``if
    p is not None:`` (or ``if p:``), or in an ``elif``/``else`` of ``if p is None:``.
    A block runs its statements in order, so each of these was tested on the way.
    Only a parameter whose default is ``None`` is named (the innermost such test)."""
    found: list[str] = []
    statement = node
    while statement.parent is not None and statement.parent.type == "block":
        block = statement.parent
        for earlier in block.named_children:
            if earlier.start_byte >= statement.start_byte:
                break
            if earlier.type == "if_statement" and _exits(earlier.child_by_field_name("consequence")):
                found.append(_when_none(earlier))
        owner = block.parent
        if owner is None or owner.type == "function_definition":
            defaults = _none_defaults(owner)
            return next(("!" + name for name in found if name in defaults), "")
        if owner.type in ("if_statement", "elif_clause"):
            found.append(_only_not_none(owner))
        if owner.type in ("elif_clause", "else_clause") and owner.parent is not None and owner.parent.type == "if_statement":
            found.append(_when_none(owner.parent))
        statement = owner
        while statement.parent is not None and statement.parent.type not in ("block", "module"):
            statement = statement.parent
    return ""


def _none_defaults(function: ts.Node | None) -> set[str]:
    """The parameters of ``function`` whose default is ``None``."""
    parameters = function.child_by_field_name("parameters") if function is not None else None
    names = set()
    for parameter in parameters.named_children if parameters is not None else ():
        name, value = parameter.child_by_field_name("name"), parameter.child_by_field_name("value")
        if name is not None and value is not None and value.type == "none":
            names.add(text(name))
    return names


def _exits(block: ts.Node | None) -> bool:
    """Whether ``block`` ends in ``return`` or ``raise``."""
    statements = uncommented(block) if block is not None else []
    return bool(statements) and statements[-1].type in ("return_statement", "raise_statement")


def _when_none(branch: ts.Node) -> str:
    """``p`` when ``branch`` tests ``p is None`` or ``not p``: true whenever ``p`` is ``None``."""
    condition = branch.child_by_field_name("condition")
    if condition is not None and condition.type == "not_operator":
        operand = condition.child_by_field_name("argument")
        return text(operand) if operand is not None and operand.type == "identifier" else ""
    return _none_test(branch, "is")


def _only_not_none(branch: ts.Node) -> str:
    """``p`` when ``branch`` tests ``p is not None`` or ``p``: true only if ``p`` is not ``None``."""
    condition = branch.child_by_field_name("condition")
    if condition is not None and condition.type == "identifier":
        return text(condition)
    return _none_test(branch, "is not")


class FlowFacts:
    """Collects one file's flow facts into ``parsed``; ``scope(byte)`` names the
    definition holding a byte. A node's text is sliced from ``source``, the file's
    bytes (:func:`~repoagent.parsing.base.source_text`): most of the text read is read
    here; the rarer helpers below use :func:`~repoagent.parsing.base.text`."""

    def __init__(self, parsed: ParsedFile, scope: Callable[[int], str], source: bytes, renamed: dict[int, str] | None = None) -> None:
        self.parsed = parsed
        self.scope = scope
        self.source = source
        #: The identifiers in a comprehension's own scope, by start byte: their names there
        #: (see python_comprehensions.py).
        self.renamed = renamed or {}
        self.text = source_text(source)
        self._ordinals: dict[int, int] = {}  # a literal's start byte -> its ordinal
        #: Names assigned a spelled prefix (``method = "visit_" + kind``), by scope: the
        #: prefix, or "" once the name is also assigned anything else (see :func:`_prefix`).
        self._spelled: dict[str, dict[str, str]] = {}
        #: The names bound to ``object.__setattr__`` (asgiref's ``_object_setattr``): see :meth:`_set_by_name`.
        self._object_setattrs: set[str] = {"object.__setattr__"}

    def head(self, letter: str, node: ts.Node) -> str:
        """The head naming the literal ``node`` (``{L3``): the same node, read twice,
        gets the same one."""
        ordinal = self._ordinals.setdefault(node.start_byte, len(self._ordinals))
        return f"{{{letter}{ordinal}"

    # -- values ----------------------------------------------------------------

    def value(self, node: ts.Node | None, scope: str, depth: int = 0) -> str:
        """What ``node`` evaluates to, as a value string ("" when unknown)."""
        if node is None or depth > MAX_DEPTH:
            return ""
        kind = node.type
        if kind == "identifier":  # half of all values: ``self.text(node)`` inlined
            if self.renamed and node.start_byte in self.renamed:
                return self.renamed[node.start_byte]
            return self.source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")
        evaluate = _VALUES.get(kind)
        return evaluate(self, node, scope, depth) if evaluate is not None else ""

    def _inner(self, node: ts.Node, scope: str, depth: int) -> str:
        """``(x)``, ``await x``: the value of ``x``."""
        inner = first_named(node)
        return self.value(inner, scope, depth + 1) if inner is not None else ""

    def _attribute(self, node: ts.Node, scope: str, depth: int) -> str:
        base = self.value(node.child_by_field_name("object"), scope, depth + 1)
        attribute = node.child_by_field_name("attribute") if base else None
        if attribute is None:
            return ""
        name = self.source[attribute.start_byte : attribute.end_byte].decode("utf-8", errors="replace")  # ``self.text``, inlined
        return f"{base}.{name}"

    def _call(self, node: ts.Node, scope: str, depth: int) -> str:
        """A call's result; ``getattr``, ``staticmethod``, ``classmethod`` and
        ``get``-like reads of a key their own way."""
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if function is None:
            return ""
        name = self.text(function) if function.type == "identifier" else ""
        read = _getattr_read(name, arguments, self._spelled.get(scope, {}))
        if read is not None:
            return self.getattr_value(*read, node, scope, depth)
        if name == "super" and arguments is not None:
            given = uncommented(arguments)
            if given and given[0].type in ("identifier", "attribute"):
                # ``super(Base, self)``: the lookup starts after ``Base`` in ``self``'s MRO
                # (``super(Outer.Inner, self)``: its last name; a chain step is no part of a head).
                return f"super:{self.text(given[0]).rpartition('.')[2]}()"
        wrapped = _method_wrapper(name, arguments)
        if wrapped is not None:
            inner = self.value(wrapped[0], scope, depth + 1)
            return f"{inner}.:{wrapped[1]}" if inner else ""
        callee = self.value(function, scope, depth + 1)
        if not callee:
            return ""
        key = _key_read(function, arguments)
        return f"{callee}:{key}()" if key else callee + "()"

    def _subscript(self, node: ts.Node, scope: str, depth: int) -> str:
        base = self.value(node.child_by_field_name("value"), scope, depth + 1)
        index = node.child_by_field_name("subscript") if base else None
        if index is None:
            return ""
        if index.type == "slice":
            return f"{base}.{SLICE}"
        if index.type == "integer" and self.text(index).isdigit():
            return f"{base}.[{self.text(index)}]"
        key = _key(index)
        return f"{base}.[:{key}]" if key else f"{base}.[]"

    def _conditional(self, node: ts.Node, scope: str, depth: int) -> str:
        named = uncommented(node)
        return self.several([named[0], named[2]] if len(named) == 3 else [], node, scope, depth)

    def _boolean(self, node: ts.Node, scope: str, depth: int) -> str:
        return self.several([node.child_by_field_name("left"), node.child_by_field_name("right")], node, scope, depth)

    def _walrus_value(self, node: ts.Node, scope: str, depth: int) -> str:
        return self.value(node.child_by_field_name("value"), scope, depth + 1)

    def _binary(self, node: ts.Node, scope: str, depth: int) -> str:
        dunder = _OPERATORS.get(self.text(node.child_by_field_name("operator")))
        left = self.value(node.child_by_field_name("left"), scope, depth + 1)
        return f"{left}.{dunder}{IMPLICIT}()" if left and dunder else ""

    def _comparison(self, node: ts.Node, scope: str, depth: int) -> str:
        """``a == b``, ``a < b``: what ``a``'s dunder returns (an expression builder's
        ``Column.__eq__`` gives a clause; most give a bool, which is no value). ``in``
        is always a bool; a chain (``a < b < c``) ands its parts."""
        dunder, operand, _ = self._compared(node)
        if dunder is None or dunder == "__contains__" or operand is None:
            return ""
        left = self.value(operand, scope, depth + 1)
        return f"{left}.{dunder}{IMPLICIT}()" if left and not left.startswith("{") else ""

    def _compared(self, node: ts.Node) -> tuple[str | None, ts.Node | None, ts.Node | None]:
        """A comparison's dunder and the operand it is called on, then the other one
        (``b in a`` calls ``a.__contains__(b)``); no dunder for a chain (``a < b < c``)
        or an operator without one (``is``), no operands but for two."""
        operators = [c for c in node.children if not c.is_named]
        dunder = _COMPARISONS.get(self.text(operators[0])) if len(operators) == 1 else None
        named = uncommented(node)
        operand, other = (named[0], named[1]) if len(named) == 2 else (None, None)
        return (dunder, other, operand) if dunder == "__contains__" else (dunder, operand, other)

    def _unary(self, node: ts.Node, scope: str, depth: int) -> str:
        dunder = _UNARY.get(self.text(node.child_by_field_name("operator")))
        operand = self.value(node.child_by_field_name("argument"), scope, depth + 1)
        return f"{operand}.{dunder}{IMPLICIT}()" if operand and dunder else ""

    def getattr_value(self, obj: ts.Node, name: str, default: ts.Node | None, at: ts.Node, scope: str, depth: int) -> str:
        """``getattr(obj, "name")`` reads ``obj.name``; with a default it gives that
        attribute or the default; ``getattr(obj, "visit_" + kind)`` reads
        ``obj.visit_*``, each attribute the prefix can spell; with any other computed
        name, only the default (the attributes it may read are not followed)."""
        base = self.value(obj, scope, depth + 1) if name else ""
        values = [f"{base}.{name}"] if base else []
        if default is not None:
            values.append(self.value(default, scope, depth + 1))
        return self.either(values, at, scope)

    def several(self, nodes: list[ts.Node | None], at: ts.Node, scope: str, depth: int) -> str:
        """A temporary holding each of ``nodes``' values."""
        return self.either([self.value(n, scope, depth + 1) for n in nodes], at, scope)

    def either(self, values: list[str], at: ts.Node, scope: str) -> str:
        """One of ``values`` (the unknown ones dropped): itself when only one is
        known, else a temporary holding each."""
        values = [v for v in values if v]
        if len(values) <= 1:
            return values[0] if values else ""
        temporary = self.head("V", at)
        line = at.start_point[0] + 1
        self.parsed.assignments.extend(Assignment(scope, temporary, v, line) for v in values)
        return temporary

    def _lambda_parameters(self, parameters: ts.Node | None, head: str, scope: str, depth: int) -> None:
        """``name@f<n> = {F<k>.(i)``: the lambda's parameter (renamed, see
        python_comprehensions.py) holds what its calls pass at position ``i`` or by its
        name (``(=)``: by name only, after a ``*``); a default is one of its values,
        evaluated where the lambda is made. ``*args`` and ``**kwargs`` get nothing."""
        position: int | None = 0
        for parameter in parameters.named_children if parameters is not None else ():
            if parameter.type in ("list_splat_pattern", "dictionary_splat_pattern", "keyword_separator"):
                position = None
                continue
            name = parameter.child_by_field_name("name") if parameter.type == "default_parameter" else parameter
            renamed = self.renamed.get(name.start_byte) if name is not None and name.type == "identifier" else None
            if renamed is None:
                continue
            line = parameter.start_point[0] + 1
            self.parsed.assignments.append(Assignment(scope, renamed, f"{head}.({'=' if position is None else position})", line))
            if position is not None:
                position += 1
            if parameter.type == "default_parameter":
                default = self.value(parameter.child_by_field_name("value"), scope, depth + 1)
                if default:
                    self.parsed.assignments.append(Assignment(scope, renamed, default, line))

    def literal(self, node: ts.Node, scope: str, depth: int) -> str:
        """A container or lambda made here, with facts for what it holds."""
        kind, line = node.type, node.start_point[0] + 1
        store = self.parsed.assignments.append
        if kind == "lambda":
            head = self.head("F", node)
            self._lambda_parameters(node.child_by_field_name("parameters"), head, scope, depth)
            body = self.value(node.child_by_field_name("body"), scope, depth + 1)
            if body:
                store(Assignment(scope, head + ".()", body, line))
            return head
        if kind == "tuple":
            head = self.head("T", node)
            filled = False
            for position, element in enumerate(uncommented(node)):
                if element.type == "list_splat":
                    inner = self.value(element.named_children[0] if element.named_children else None, scope, depth + 1)
                    if inner:
                        store(Assignment(scope, head + ".[]", inner + ".[*]", line))
                        filled = True
                    continue
                value = self.value(element, scope, depth + 1)
                if value:
                    store(Assignment(scope, f"{head}.[{position}]", value, line))
                    filled = True
            return head if filled else ""  # see :meth:`literal_of`
        if kind in _DICTS:
            head = self.head("D", node)
            for element in _elements(node):
                if element.type == "pair":
                    key = element.child_by_field_name("key")
                    name = _key(key) if key is not None else ""
                    self._store(scope, head + ".[*]", key, line, depth)
                    self._store(scope, f"{head}.[:{name}]" if name else head + ".[]", element.child_by_field_name("value"), line, depth)
                elif element.type == "dictionary_splat" and element.named_children:
                    inner = self.value(element.named_children[0], scope, depth + 1)
                    if inner:
                        store(Assignment(scope, head + ".[**]", inner, line))
            return head
        head = self.head(_LETTERS.get(kind, "L"), node)
        for element in _elements(node):
            if element.type == "list_splat" and element.named_children:
                inner = self.value(element.named_children[0], scope, depth + 1)
                if inner:
                    store(Assignment(scope, head + ".[]", inner + ".[*]", line))
            else:
                self._store(scope, head + ".[]", element, line, depth)
        return head

    def _store(self, scope: str, target: str, node: ts.Node | None, line: int, depth: int) -> bool:
        """``target = node``; whether ``node`` has a value to store."""
        value = self.value(node, scope, depth + 1)
        if value:
            self.parsed.assignments.append(Assignment(scope, target, value, line))
        return bool(value)

    # -- binding -----------------------------------------------------------------

    def bind(self, target: ts.Node, value: str, scope: str, line: int, depth: int = 0) -> None:
        """``target = value`` for any assignment target; unpacking goes by position
        (patterns nested deeper than :data:`MAX_DEPTH` bind nothing)."""
        if depth > MAX_DEPTH:
            return
        kind = target.type
        if kind in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "as_pattern_target"):
            parts = uncommented(target)
            if kind == "as_pattern_target" and len(parts) == 1:
                self.bind(parts[0], value, scope, line, depth + 1)
                return
            starred = any(p.type in ("list_splat_pattern", "list_splat") for p in parts)
            for position, part in enumerate(parts):
                if part.type in ("list_splat_pattern", "list_splat"):
                    if part.named_children:
                        self.bind(part.named_children[0], f"{value}.[*]" if value else "", scope, line, depth + 1)
                    continue
                element = f"{value}.[*]" if starred else f"{value}.[{position}]"
                self.bind(part, element if value else "", scope, line, depth + 1)
            return
        if kind == "parenthesized_expression" and (held := first_named(target)) is not None:
            self.bind(held, value, scope, line, depth + 1)
            return
        chain = self.value(target, scope)
        if chain and "()" not in chain.rsplit(".", 1)[-1] and not chain.startswith("{"):
            self.parsed.assignments.append(Assignment(scope, chain, value, line))

    def spellings(self, assignments: list[ts.Node]) -> None:
        """Note the names only ever assigned a spelled prefix (``method = "visit_" + kind``),
        before any call is read: a ``getattr`` of one reads what it spells."""
        for node in assignments:
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier":
                if self.text(right) == "object.__setattr__":
                    self._object_setattrs.add(self.text(left))
                spelled = self._spelled.setdefault(self.scope(node.start_byte), {})
                name, prefix = self.text(left), _prefix(right)
                spelled[name] = prefix if spelled.get(name, prefix) == prefix else ""

    def assignment(self, node: ts.Node) -> None:
        """``a = b = value``, ``a: T = value``, ``a: T``, unpacking."""
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        left, right, annotation = node.child_by_field_name("left"), node.child_by_field_name("right"), node.child_by_field_name("type")
        if left is None:
            return
        if annotation is not None:
            self.bind(left, "!" + _annotation(annotation), scope, line)
        if right is None:
            return
        kind = right.type
        if kind == "assignment":  # chained: the right-most value goes to every target
            inner = right
            while inner.child_by_field_name("right") is not None and inner.child_by_field_name("right").type == "assignment":
                inner = inner.child_by_field_name("right")
            value = self.value(inner.child_by_field_name("right"), scope)
        else:
            value = self.value(right, scope)
        if kind in ("expression_list", "tuple") and left.type in ("pattern_list", "tuple_pattern"):
            values = [self.value(v, scope) for v in uncommented(right)]
            parts = uncommented(left)
            if len(values) == len(parts) and not any(p.type == "list_splat_pattern" for p in parts):
                for part, part_value in zip(parts, values):
                    self.bind(part, part_value, scope, line)
                return
        if kind == "expression_list":
            value = self.literal_of(right, scope)
        self.bind(left, value, scope, line)

    def literal_of(self, node: ts.Node, scope: str) -> str:
        """``a, b`` without parentheses: a tuple. A tuple holding nothing the flow can
        know (``(0, "a")``) is no value: it can never hold more, and as one value
        per literal, a function returning many of them held too many values."""
        head = self.head("T", node)
        line = node.start_point[0] + 1
        filled = False
        for position, element in enumerate(uncommented(node)):
            filled |= self._store(scope, f"{head}.[{position}]", element, line, 0)
        return head if filled else ""

    def loop(self, node: ts.Node) -> None:
        """``for x in xs`` (statement or comprehension): ``x`` gets what iterating gives."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        iterated = self.value(right, scope)
        if node.children and node.children[0].type == "async":
            # ``async for`` (statement or clause) never calls ``__iter__``: ``x`` is
            # what awaiting ``__anext__`` of what ``__aiter__`` returned gives.
            self.bind(left, f"{iterated}.__aiter__().__anext__()" if iterated else "", scope, line)
            if iterated:
                self.iterates(scope, iterated, line, ("__aiter__", "__anext__"))
            return
        self.bind(left, f"{iterated}.[*]" if iterated else "", scope, line)
        if iterated:
            self.iterates(scope, iterated, line)

    def iterates(self, scope: str, iterated: str, line: int, methods: tuple[str, str] = ("__iter__", "__next__")) -> None:
        """A loop, a comprehension or ``yield from`` calls ``__iter__``, then
        ``__next__`` on what it returned (``async for``: ``__aiter__``, ``__anext__``)."""
        start, step = methods
        self.parsed.calls.append(CallSite(scope, f"{iterated}.{start}", line))
        self.parsed.calls.append(CallSite(scope, f"{iterated}.{start}().{step}", line))

    def with_item(self, node: ts.Node) -> None:
        """``with cm as x``: ``__enter__`` and ``__exit__`` run; ``x`` is what ``__enter__`` returns."""
        item = node.child_by_field_name("value")
        if item is None:
            return
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        alias = item.child_by_field_name("alias") if item.type == "as_pattern" else None
        manager = self.value(item.named_children[0] if item.type == "as_pattern" else item, scope)
        if not manager:
            if alias is not None:
                self.bind(alias, "", scope, line)
            return
        is_async = node.parent is not None and node.parent.parent is not None and self.text(node.parent.parent).startswith("async")
        enter, exit_ = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        self.parsed.calls.append(CallSite(scope, f"{manager}.{enter}", line))
        self.parsed.calls.append(CallSite(scope, f"{manager}.{exit_}", line))
        if alias is not None:
            self.bind(alias, f"{manager}.{enter}()", scope, line)

    def handler(self, node: ts.Node) -> None:
        """``except C as e`` (or a tuple of classes): ``e`` is an instance of one of
        them or of a subclass, one that is raised."""
        value = node.child_by_field_name("value") or next((c for c in node.named_children if c.type == "as_pattern"), None)
        if value is None or value.type != "as_pattern":
            return
        alias = value.child_by_field_name("alias")
        if alias is None or not value.named_children:
            return
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        caught = value.named_children[0]
        classes = uncommented(caught) if caught.type == "tuple" else [caught]
        annotation = " | ".join(self.text(c) for c in classes)
        self.bind(alias, "^" + annotation, scope, line)

    def returned(self, node: ts.Node) -> None:
        """``return value``, ``yield value``, ``yield from values``."""
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        if node.type == "return_statement":
            children = uncommented(node)
            if not children:
                return
            value = self.literal_of(children[0], scope) if children[0].type == "expression_list" else self.value(children[0], scope)
            kind = "return"
        else:
            children = uncommented(node)
            value = self.value(children[0], scope) if children else ""
            kind = "yield from" if any(c.type == "from" for c in node.children) else "yield"
            if kind == "yield from" and value:
                self.iterates(scope, value, line)
        if value or kind != "return":
            unless = (_none_guard(node) or _given_guard(node)) if kind == "return" else ""
            self.parsed.returns.append(Return(scope, value, line, kind, unless))

    def walrus(self, node: ts.Node) -> None:
        name = node.child_by_field_name("name")
        if name is not None:
            scope = self.scope(node.start_byte)
            self.bind(name, self.value(node.child_by_field_name("value"), scope), scope, node.start_point[0] + 1)

    def read(self, node: ts.Node) -> None:
        """``obj.name`` as a statement: the value is dropped, but reading a property
        still calls its getter, so the read goes into a temporary of its own."""
        scope = self.scope(node.start_byte)
        self._store(scope, self.head("V", node), node, node.start_point[0] + 1, 0)

    # -- calls -------------------------------------------------------------------

    def call(self, node: ts.Node, scope: str) -> None:
        """A call site with its arguments; container updates (``xs.append(f)``) also
        store into the container."""
        function = node.child_by_field_name("function")
        target = self.value(function, scope)
        if function is not None and function.type in ("identifier", "attribute"):
            self._set_by_name(function, node.child_by_field_name("arguments"), scope, node.start_point[0] + 1)
        if not target:
            if function is not None and function.type == "attribute":
                self._format_call(function, node.child_by_field_name("arguments"), scope)
            return
        line = node.start_point[0] + 1
        listed = node.child_by_field_name("arguments")
        arguments = self.arguments(listed, scope)
        # ``d.get("k", default)`` is the call whose value is ``d.get:k()``: the site says
        # so, and its arguments (the default) reach that value.
        key = _key_read(function, listed) if function is not None else ""
        self.parsed.calls.append(CallSite(scope, f"{target}:{key}" if key else target, line, arguments=arguments))
        if function is not None and function.type == "attribute" and arguments:
            receiver, _, method = target.rpartition(".")
            last = arguments[-1]
            if method in _ELEMENT_STORES and last and "=" not in last and not last.startswith("*"):
                self.parsed.assignments.append(Assignment(scope, f"{receiver}.{_ELEMENT_STORES[method]}", last, line))
            elif method in _BULK_STORES and last and "=" not in last and not last.startswith("*"):
                self.parsed.assignments.append(Assignment(scope, f"{receiver}.[]", f"{last}.{_BULK_STORES[method]}", line))
            elif method == "update" and last and "=" not in last and not last.startswith("*"):
                # The argument itself: a dict's values keep their keys (see the resolver's ``_merge``).
                self.parsed.assignments.append(Assignment(scope, f"{receiver}.[**]", last, line))

    def _set_by_name(self, called: ts.Node, listed: ts.Node | None, scope: str, line: int) -> None:
        """``setattr(obj, "name", v)`` is the store ``obj.name = v`` (a setter, a
        descriptor's ``__set__`` and the class's ``__setattr__`` run); ``object.__setattr__(obj,
        "name", v)`` (or a name bound to it) stores into ``obj.__dict__`` past all of
        them: the name is one the instance has, so reading it runs no ``__getattr__``
        (asgiref's ``Local``, bench/audit/audit22 cause A)."""
        last = called if called.type == "identifier" else called.child_by_field_name("attribute")
        if listed is None or last is None or self.text(last) not in ("setattr", "__setattr__", *self._object_setattrs):
            return  # most calls: one short name read
        function = self.text(called)
        if function != "setattr" and function not in self._object_setattrs:
            return
        named = _positional_arguments(listed)
        if named is None or len(named) != 3:
            return
        name, receiver = _string(named[1]), self.value(named[0], scope)
        if not name or not receiver or receiver.startswith("{"):
            return
        target = f"{receiver}.{name}" if function == "setattr" else f"{receiver}.__dict__.[:{name}]"
        self.parsed.assignments.append(Assignment(scope, target, self.value(named[2], scope), line))

    def _format_call(self, function: ts.Node, listed: ts.Node | None, scope: str) -> None:
        """``"{} {!r}".format(a, b)``: each argument the template formats whole, by the
        dunder its field runs (:mod:`~repoagent.parsing.languages.python_templates`)."""
        template, name = function.child_by_field_name("object"), function.child_by_field_name("attribute")
        if template is None or template.type != "string" or name is None or self.text(name) != "format" or listed is None:
            return
        text = literal_text(self.text(template))
        if text is None:
            return
        given: dict[int | str, ts.Node] = {}
        for position, argument in enumerate(uncommented(listed)):
            if argument.type in ("list_splat", "dictionary_splat"):
                return  # positions and names unknown past a spread
            if argument.type == "keyword_argument":
                keyword, value = argument.child_by_field_name("name"), argument.child_by_field_name("value")
                if keyword is not None and value is not None:
                    given[self.text(keyword)] = value
            else:
                given[position] = argument
        self._formatted_fields(format_fields(text), given, scope)

    def _formatted_fields(self, fields: list[tuple[int | str, str]], given: dict[int | str, ts.Node], scope: str) -> None:
        """The interpreter's calls of each field's dunder on the value given for it,
        for the instance's own values only (``self``, ``self.name``): a template
        formats mostly an error's subject, a value an ``isinstance`` test just
        refused, which a flow that ignores the test would give every type it may hold
        (samples of the standard library's: 11 of 30 such edges false, 5 of 30 of
        ``self``'s, where an attribute's values are too many)."""
        for key, dunder in fields:
            node = given.get(key)
            if node is None:
                continue
            receiver = self.value(node, scope)
            if receiver.partition(".")[0] == "self" and not receiver.startswith("{"):
                self.parsed.calls.append(CallSite(scope, f"{receiver}.{dunder}{IMPLICIT}", node.start_point[0] + 1))

    def _percent(self, template: ts.Node, values: ts.Node, scope: str) -> None:
        """``"%s: %r" % (a, b)`` (or ``% a``, ``% {"k": v}`` for ``%(k)s``): each value
        shown by the dunder of its conversion."""
        if values.type == "attribute":
            self.read(values)  # ``"%s" % thread.name``: reading it may run a getter
        text = literal_text(self.text(template))
        fields = percent_fields(text) if text is not None else None
        if not fields:
            return
        given: dict[int | str, ts.Node] = {}
        if values.type == "tuple":
            given = dict(enumerate(uncommented(values)))
        elif values.type == "dictionary":
            for pair in _elements(values):
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None and _key(key):
                    given[_key(key)] = value
        elif all(key == 0 for key, _ in fields):
            given = {0: values}  # one value, shown whole (a tuple held in a name is not followed)
        self._formatted_fields(fields, given, scope)

    def arguments(self, node: ts.Node | None, scope: str) -> tuple[str, ...]:
        """Each argument's value: positional as is, ``name=value``, ``*value``, ``**value``."""
        if node is None:
            return ()
        if node.type == "generator_expression":
            return (self.value(node, scope),)
        found: list[str] = []
        for child in node.named_children:
            kind = child.type
            if kind == "keyword_argument":
                name = child.child_by_field_name("name")
                found.append(f"{self.text(name)}={self.value(child.child_by_field_name('value'), scope)}")
            elif kind == "list_splat":
                found.append("*" + self.value(child.named_children[0] if child.named_children else None, scope))
            elif kind == "dictionary_splat":
                found.append("**" + self.value(child.named_children[0] if child.named_children else None, scope))
            elif kind != "comment":
                found.append(self.value(child, scope))
        return tuple(found)

    def operator(self, node: ts.Node) -> None:
        """``a + b``, ``a < b``, ``a[k]``, ``a[k] = v``: the interpreter calls ``a``'s dunder."""
        scope, line, kind = self.scope(node.start_byte), node.start_point[0] + 1, node.type
        if kind == "binary_operator":
            dunder = _OPERATORS.get(self.text(node.child_by_field_name("operator")))
            operand, other = node.child_by_field_name("left"), node.child_by_field_name("right")
        elif kind == "unary_operator":
            dunder = _UNARY.get(self.text(node.child_by_field_name("operator")))
            operand, other = node.child_by_field_name("argument"), None
        elif kind == "comparison_operator":
            dunder, operand, other = self._compared(node)
        else:
            dunder = _subscript_dunder(node)
            operand, other = node.child_by_field_name("value"), None
        if dunder is None or operand is None:
            return
        if dunder == "__mod__" and operand.type == "string" and other is not None:
            self._percent(operand, other, scope)
            return
        receiver = self.value(operand, scope)
        if receiver and (not receiver.startswith("{") or (receiver[:2] in _CONTAINERS and dunder in _CONTAINER_OPERATORS)):
            arguments = (self.value(other, scope),) if other is not None else ()
            for each in dunder.split():
                self.parsed.calls.append(CallSite(scope, f"{receiver}.{each}{IMPLICIT}", line, arguments=arguments))
        elif other is not None:
            # ``2 * m``, ``"@" + m``, ``1 < m``: the literal's dunder gives up, ``m``'s reflected
            # one runs (a string's ``%`` formats anything instead). What it returns is not
            # followed (see the README). Otherwise a literal's dunder is builtin, but reading
            # the right operand may run a getter (``"@" + self.label``).
            right = self.value(other, scope) if _reflects(operand, dunder) else ""
            if right and not right.startswith("{"):
                self.parsed.calls.append(CallSite(scope, f"{right}.{_REFLECTED[dunder]}{IMPLICIT}", line, arguments=("",)))
            elif other.type == "attribute":
                self.read(other)


    def truth(self, node: ts.Node) -> None:
        """``node``'s truth is tested (``if``, ``while``, ``assert``, ``not``, the left
        of ``and``/``or``): the interpreter calls its ``__bool__``. Testing ``a or b``
        tests ``b`` too (``a`` always is: its own capture); a ``not``'s operand is
        tested by its own capture."""
        while node.type == "parenthesized_expression" and (held := first_named(node)) is not None:
            node = held
        if node.type == "boolean_operator":
            right = node.child_by_field_name("right")
            if right is not None:
                self.truth(right)
            return
        if node.type in ("not_operator", "comparison_operator"):
            return  # a comparison is tested as its dunder's result, nearly always a bool
        scope = self.scope(node.start_byte)
        receiver = self.value(node, scope)
        if receiver and not receiver.startswith("{"):
            self.parsed.calls.append(CallSite(scope, f"{receiver}.__bool__{IMPLICIT}", node.start_point[0] + 1))

    def formatted(self, node: ts.Node) -> None:
        """``{x}`` in an f-string: the interpreter formats ``x``, by its ``__format__``
        (the resolver falls back to ``__str__``, then ``__repr__``, as ``object``'s
        do), by ``__repr__`` for ``!r``, ``!a`` and ``{x=}`` without a format spec,
        by ``__str__`` for ``!s``. Reading ``x`` may run a getter (``{self.label}``)."""
        expression = node.child_by_field_name("expression")
        if expression is None:
            return
        conversion = node.child_by_field_name("type_conversion")
        if conversion is not None:
            dunder = "__str__" if self.text(conversion) == "!s" else "__repr__"
        elif any(child.type == "=" for child in node.children) and node.child_by_field_name("format_specifier") is None:
            dunder = "__repr__"
        else:
            dunder = "__format__"
        scope = self.scope(node.start_byte)
        receiver = self.value(expression, scope)
        if receiver and not receiver.startswith("{"):
            self.parsed.calls.append(CallSite(scope, f"{receiver}.{dunder}{IMPLICIT}", expression.start_point[0] + 1))

    def declared(self, node: ts.Node) -> None:
        """``global x`` or ``nonlocal x``: assignments to ``x`` in the scope bind it
        outside (the resolver finds where)."""
        keyword = "global" if node.type == "global_statement" else "nonlocal"
        scope, line = self.scope(node.start_byte), node.start_point[0] + 1
        for name in node.named_children:
            if name.type == "identifier":
                self.parsed.assignments.append(Assignment(scope, self.text(name), keyword, line))

    def augmented(self, node: ts.Node) -> None:
        """``x += y``: the interpreter calls ``x.__iadd__(y)``."""
        dunder = _AUGMENTED.get(self.text(node.child_by_field_name("operator")))
        left = node.child_by_field_name("left")
        scope = self.scope(node.start_byte)
        receiver = self.value(left, scope)
        if dunder and receiver and not receiver.startswith("{"):
            argument = self.value(node.child_by_field_name("right"), scope)
            self.parsed.calls.append(CallSite(scope, f"{receiver}.{dunder}{IMPLICIT}", node.start_point[0] + 1, arguments=(argument,)))


def _reflects(literal: ts.Node, dunder: str) -> bool:
    """Whether ``literal OP x`` runs ``x``'s reflected dunder: ``literal`` is a number
    (``-1`` too), a string, a bool or ``None`` (a string's ``%`` formats any object instead)."""
    numbers = ("integer", "float")
    if literal.type == "unary_operator" and literal.named_children:
        literal = literal.named_children[-1]
        if literal.type not in numbers:
            return False
    return literal.type in _PLAIN_LITERALS and dunder in _REFLECTED and not (dunder == "__mod__" and literal.type not in numbers)


def _subscript_dunder(node: ts.Node) -> str:
    """What the interpreter calls for subscript ``node`` (space-separated when several):
    ``__setitem__`` where a statement assigns to it (also inside an unpacking, or as a
    ``for`` target), ``__delitem__`` under ``del``, both ``__getitem__`` and
    ``__setitem__`` for ``x[k] += v``, else ``__getitem__``."""
    child, parent = node, node.parent
    while parent is not None and parent.type in _TARGET_GROUPS:
        child, parent = parent, parent.parent
    if parent is None:
        return "__getitem__"
    if parent.type == "delete_statement":
        return "__delitem__"
    if parent.type in ("assignment", "for_statement", "for_in_clause") and parent.child_by_field_name("left") == child:
        return "__setitem__"
    if parent.type == "augmented_assignment" and child == node and parent.child_by_field_name("left") == node:
        return "__getitem__ __setitem__"
    return "__getitem__"


#: How :meth:`FlowFacts.value` evaluates each kind of expression but a name: a table,
#: where a chain of tests took a dozen to find that a constant has no value.
_VALUES: dict[str, Callable[[FlowFacts, ts.Node, str, int], str]] = {
    "parenthesized_expression": FlowFacts._inner, "await": FlowFacts._inner,
    "attribute": FlowFacts._attribute, "call": FlowFacts._call, "subscript": FlowFacts._subscript,
    **dict.fromkeys([*_LISTS, *_DICTS, "tuple", "lambda"], FlowFacts.literal),
    "conditional_expression": FlowFacts._conditional, "boolean_operator": FlowFacts._boolean,
    "named_expression": FlowFacts._walrus_value, "binary_operator": FlowFacts._binary,
    "unary_operator": FlowFacts._unary, "comparison_operator": FlowFacts._comparison,
}


def _getattr_read(
    function: str, arguments: ts.Node | None, spelled: dict[str, str]
) -> tuple[ts.Node, str, ts.Node | None] | None:
    """``getattr(obj, name)`` or ``getattr(obj, name, default)`` (a call of the name
    ``function`` with ``arguments``): the object, the name if it is a literal
    identifier, ``prefix*`` for ``"prefix" + anything`` or for a name of the scope
    only ever assigned such a spelling (``spelled``: ``ast.NodeVisitor``'s
    ``method = 'visit_' + ...``) (else ""), and the default; ``None`` for any other
    call, and for a computed name without a default (nothing known to give)."""
    if function != "getattr" or arguments is None:
        return None
    named = _positional_arguments(arguments)
    if named is None or len(named) not in (2, 3):
        return None
    name = _string(named[1]) or _prefix(named[1]) or (spelled.get(text(named[1]), "") if named[1].type == "identifier" else "")
    default = named[2] if len(named) == 3 else None
    return (named[0], name, default) if name or default is not None else None


def _positional_arguments(arguments: ts.Node) -> list[ts.Node] | None:
    """A call's arguments when each is positional and plain (no keyword, no ``*``/``**``
    spread: which is where is then known), else ``None``."""
    named = uncommented(arguments)
    if any(c.type in ("keyword_argument", "list_splat", "dictionary_splat") for c in named):
        return None
    return named


def _prefix(node: ts.Node) -> str:
    """``"visit_" + kind`` (a literal identifier on the left of ``+``) or
    ``f"visit_{kind}"`` (an f-string whose literal start is one): ``visit_*``, the
    names it can spell; "" for anything else, and for a prefix of underscores only
    (``"_" + name`` spells every private name: nothing to narrow)."""
    if node.type == "binary_operator" and text(node.child_by_field_name("operator")) == "+":
        left = node.child_by_field_name("left")
        prefix = _string(left) if left is not None else ""
    elif node.type == "string" and len(node.named_children) >= 3 and node.named_children[2].type == "interpolation":
        start, content = node.named_children[:2]
        prefix = text(content) if text(start).lower().startswith(("f", "rf", "fr")) and content.type == "string_content" else ""
        prefix = prefix if prefix.isidentifier() else ""
    else:
        prefix = ""
    return prefix + "*" if prefix.strip("_") else ""


def _method_wrapper(function: str, arguments: ts.Node | None) -> tuple[ts.Node, str] | None:
    """``staticmethod(f)`` or ``classmethod(f)`` (a call of the name ``function``):
    the argument and the wrapper's name."""
    if function not in ("staticmethod", "classmethod") or arguments is None:
        return None
    named = uncommented(arguments)
    return (named[0], function) if len(named) == 1 and named[0].type in ("identifier", "attribute") else None


def _key_read(function: ts.Node, arguments: ts.Node | None) -> str:
    """The key of ``x.get("name")``, ``x.pop("name", ...)`` or ``x.setdefault("name",
    ...)``; "" for any other call."""
    if function.type != "attribute" or arguments is None:
        return ""
    attribute = function.child_by_field_name("attribute")
    if attribute is None or text(attribute) not in ("get", "pop", "setdefault"):
        return ""
    named = uncommented(arguments)
    return _key(named[0]) if named else ""


def _string(node: ts.Node) -> str:
    """The text of a plain string literal that is an identifier (``"name"``), else ""."""
    if node.type != "string" or len(node.named_children) != 3:
        return ""
    content = node.named_children[1]
    return text(content) if content.type == "string_content" and text(content).isidentifier() else ""


def _key(node: ts.Node) -> str:
    """A dict key written as a plain string literal, spelled so that no operation of a
    chain can be read in it: letters, digits and ``_`` as they are, any other
    character as ``%XX`` of its bytes (``"bottle.request"`` is ``bottle%2Erequest``).
    An identifier reads as itself and no two keys spell the same, so a store and a
    read of one key meet, and of two keys do not (bottle's environ, its request under
    ``"bottle.request"``, was read under every key). "" for any other expression and
    for the empty string, whose ``[:]`` is a slice."""
    if node.type != "string" or len(node.named_children) != 3 or node.named_children[1].type != "string_content":
        return ""
    raw = text(node.named_children[1])
    if raw.isidentifier():
        return raw
    return "".join(c if c.isalnum() or c == "_" else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")) for c in raw)


def _elements(node: ts.Node) -> list[ts.Node]:
    """The elements of a literal; a comprehension's one element is its body."""
    body = node.child_by_field_name("body")
    if body is not None:
        return [body]
    return uncommented(node)


def _annotation(node: ts.Node) -> str:
    """An annotation's text (a ``type`` node wraps the expression)."""
    return " ".join(text(node).split())
