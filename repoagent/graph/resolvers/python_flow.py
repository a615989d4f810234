"""Flow-insensitive value flow over a Python repository (an assignment graph, as in PyCG).

Every name, attribute, parameter, return value, container element and yield is a
*variable* holding the set of abstract values (:class:`Value`) that can flow into
it: definitions, instances of classes, modules, containers, generators, lambdas.
The parser's facts (:mod:`repoagent.parsing.languages.python_flow`) become
constraints between variables: copies (``a = b``), and rules that fire for each new
value of a variable (``x.attr``, ``f(args)``, ``x.[*]``, ``x.attr = v``). A worklist
propagates values until nothing changes; a call's callees are the callable values
of its target, so calls found on the way connect arguments to parameters and returns
to results, which may reveal more calls.

Precision first (ARCHITECTURE.md): a call gets edges only to definitions that can
flow to its target. Builtins and outside modules bring no values, except the few
builtins that call what they are given (``map``, ``sorted(key=...)``, ...). A call
with more than :data:`MAX_CALLEES` candidates gets none and a warning, and so does a
call through :data:`TOP`, what a variable holds once it would hold more than
:data:`~repoagent.graph.resolvers.worklist.MAX_VALUES` values: each rule gives top to
what it fills from top (an attribute, a call's result, an element), so no call gets
part of its candidates without a warning.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from repoagent.graph.resolvers.base import unlinked_call
from repoagent.graph.resolvers.common import Resolved
from repoagent.graph.resolvers.python import CALL, CLASS_FIRST, EXTERNAL, Evaluator, Index, Value, split_chain, type_checkers_only
from repoagent.graph.resolvers.python_dispatch import Dispatches
from repoagent.graph.resolvers.python_passing import Parameter, PassingThrough, argument_at
from repoagent.graph.resolvers.python_receivers import Reader, Receiver, ReceiverStores
from repoagent.graph.resolvers.worklist import MAX_VALUES, Rule, Worklist
from repoagent.models import Assignment, CallSite, Definition, Edge, Kind, ParsedFile
from repoagent.parsing.languages.python_flow import DECLARATIONS, IMPLICIT, REFLECTED, SLICE

MAX_CALLEES = 16  # a call with more candidates gets no edge, and a warning
TOP = Value("top", "")  # too many values to mean anything (see worklist.py)
_UNSET = object()  # not in a memo yet (``None`` is a memoised answer)

Var = tuple[str, ...]
Argument = tuple[int | str, Var | None]  # position or keyword (or "*", "**"), and its value
Arguments = tuple[Argument, ...]  # a tuple: a call's rule keeps it, and most calls have none (``()`` is shared)
#: A chain's operations, each with the path up to it: ``a.b()`` -> ``(("b", "a.b"), ("()", "a.b()"))``.
Steps = tuple[tuple[str, str], ...]

#: Builtins that call a dunder method of their first argument.
_DUNDER_BUILTINS = {
    "len": "__len__", "str": "__str__", "repr": "__repr__", "bool": "__bool__", "hash": "__hash__",
    "abs": "__abs__", "iter": "__iter__", "next": "__next__", "reversed": "__reversed__",
    "format": "__format__", "int": "__int__", "float": "__float__", "bytes": "__bytes__", "round": "__round__",
    "divmod": "__divmod__", "pow": "__pow__",
}
#: Those that are values even uncalled (``map(repr, tasks)``, ``key=len``); not the
#: converters (``int``, ``float``...), passed mostly for strings, which would only
#: crowd the variables they reach (configparser's ``conv``).
_PASSED_BUILTINS = frozenset({"len", "str", "repr", "bool", "hash", "abs", "iter", "next", "reversed", "format"})
#: Builtins whose result holds the elements of their first argument.
_SAME_ELEMENTS = {"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter", "filter", "dict"}
#: What shows a value as text: a container is shown by its elements' ``__repr__``.
_SHOWN = frozenset({"__str__", "__repr__", "__format__"})
_ELEMENTS_SHOWN = "[*].__repr__" + IMPLICIT
_ELEMENTS_COPIED = "([*])"  # the site of a deep copy's elements' ``__deepcopy__``
#: Builtins that ask their second argument, a class, through its metaclass's dunder.
_CLASS_CHECKS = {"isinstance": "__instancecheck__", "issubclass": "__subclasscheck__"}
_HELPERS = {
    *_DUNDER_BUILTINS, *_SAME_ELEMENTS, *_CLASS_CHECKS,
    "map", "filter", "sorted", "min", "max", "enumerate", "zip", "sum", "property", "print", "setattr", "any", "all",
}
#: What ``sorted``, ``min`` and ``max`` without ``key=`` call on the elements they compare.
_COMPARED = {"sorted": "__lt__", "min": "__lt__", "max": "__gt__"}
_HELPER_MODULES = {"functools", "threading", "multiprocessing", "contextlib", "dataclasses", "collections", "itertools", "copy",
                   "heapq", "bisect"}
#: The operators of the builtin containers (``a + b``, ``d | e``, ``xs += ys`` ...): whether
#: the result holds the other operand's items too, and whether the left one takes them.
_OPERANDS = {
    "__add__": (True, False), "__or__": (True, False), "__xor__": (True, False),
    "__iadd__": (True, True), "__ior__": (True, True), "__ixor__": (True, True),
    "__mul__": (False, False), "__rmul__": (False, False), "__imul__": (False, False),
    "__and__": (False, False), "__sub__": (False, False), "__iand__": (False, False), "__isub__": (False, False),
}
#: The ``heapq`` and ``bisect`` helpers, which order a list with ``<`` (or a ``key=``):
#: whether each puts its second argument in the list (``heappush``, ``insort``), or only
#: compares it, and whether it returns one of the list's items (``heappop``).
_ORDERING = {
    "heapq.heappush": (True, False), "heapq.heappop": (False, True), "heapq.heapify": (False, False),
    "heapq.heappushpop": (True, True), "heapq.heapreplace": (True, True),
    "bisect.insort": (True, False), "bisect.insort_left": (True, False), "bisect.insort_right": (True, False),
    "bisect.bisect": (False, False), "bisect.bisect_left": (False, False), "bisect.bisect_right": (False, False),
}
#: ``itertools`` helpers whose result iterates over (some of) the elements of their
#: iterable arguments: which arguments (by position; ``None``: all), and whether a
#: function given first is called with each element.
_ITERTOOLS = {
    "itertools.chain": (None, False), "itertools.islice": ((0,), False), "itertools.cycle": ((0,), False),
    "itertools.compress": ((0,), False), "itertools.takewhile": ((1,), True), "itertools.dropwhile": ((1,), True),
    "itertools.filterfalse": ((1,), True),
}
_ELEMENT_TYPES = {
    "list", "List", "set", "Set", "frozenset", "FrozenSet", "Sequence", "MutableSequence", "Iterable", "Iterator",
    "Collection", "Generator", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Deque", "deque", "tuple", "Tuple",
    "AbstractSet", "MutableSet", "Reversible", "KeysView", "ValuesView",
}
_MAPPING_TYPES = {"dict", "Dict", "Mapping", "MutableMapping", "DefaultDict", "defaultdict", "OrderedDict", "ChainMap"}
_TRANSPARENT_TYPES = {"Optional", "Union", "Annotated", "ClassVar", "Final", "Awaitable", "Coroutine", "InitVar"}
_NOT_CALLED = ("overload", ".setter", ".deleter")
#: The decorators that make a method a property (the outermost one, over others).
_PROPERTY_DECORATORS = frozenset({"property", "functools.cached_property", "cached_property"})
#: Calls that make a new object on each call (see :meth:`Flow._made_here`), by name: the
#: module it must be imported from, "" for a builtin.
_MADE_PER_CALL = {
    **dict.fromkeys(("property", "set", "list", "dict", "frozenset"), ""),
    **dict.fromkeys(("defaultdict", "OrderedDict", "deque", "Counter"), "collections"),
    "partial": "functools",
}
#: The decorators of ``abc`` that make a method abstract (the last three deprecated since 3.3).
_ABSTRACT = ("abstractmethod", "abstractproperty", "abstractclassmethod", "abstractstaticmethod")
#: An instance of exactly the class, and one of the class or any of its subclasses
#: (``self``, an annotation): a call on the latter reaches the subclasses' overrides.
_INSTANCES = ("instance", "cone")
#: The values whose type can hold a method the interpreter calls implicitly (an operator,
#: a subscript, a truth test: the parser's ``IMPLICIT`` names): instances, the builtin
#: containers, outside values. Classes, functions and modules are left out: their type
#: is a metaclass or builtin, so ``C[int]`` or ``C | None`` never runs ``C``'s own dunder.
_TYPED = ("instance", "cone", "seq", "dict", "items", "gen", "pair", "external", "top")
#: The dunder Python uses when a class lacks one: a truth test calls ``__len__``
#: without ``__bool__``, ``x != y`` calls ``__eq__`` without ``__ne__`` (``object``'s
#: ``__ne__`` inverts it), ``x += y`` calls ``__add__`` without ``__iadd__``;
#: ``object``'s ``__format__`` calls ``str()``, and its ``__str__`` calls ``repr()``
#: (followed in turn: ``f"{x}"`` of a class with only ``__repr__`` runs it). The old
#: sequence protocol: ``x in s`` iterates ``s`` without ``__contains__``, iterating
#: calls ``__getitem__`` with 0, 1, ... without ``__iter__`` (followed for a sequence,
#: a class with ``__len__`` too: a ``__getitem__`` alone is most often a mapping's or a
#: configuration's, which the flow would iterate only where it mixes values up), and
#: ``reversed(s)`` asks ``__len__`` first without ``__reversed__``.
_FALLBACKS = {"__bool__": "__len__", "__ne__": "__eq__", "__format__": "__str__", "__str__": "__repr__",
              "__contains__": "__iter__", "__iter__": "__getitem__", "__reversed__": "__len__"} | {
    f"__i{name}__": f"__{name}__"
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "and", "or", "xor", "lshift", "rshift")
}
#: The reflected dunder Python tries when a builtin left operand gives up: ``__rmul__``
#: for ``*`` and ``*=`` (the parser's ``REFLECTED``, by the operator's dunder).
_REFLECTED_BY = {f"__{prefix}{dunder[3:]}": dunder for dunder in REFLECTED for prefix in ("", "i")}
#: Outside bases whose methods call the instance's hooks, as the class statement names
#: them (``from threading import Thread``): ``start`` runs ``run`` (in another thread or
#: process), an ``HTMLParser``'s ``feed`` and ``close`` run its ``handle_*`` methods, a
#: ``JSONEncoder``'s ``encode`` and ``iterencode`` its ``default``, a ``cmd.Cmd``'s
#: ``cmdloop`` and ``onecmd`` its ``pre*``/``post*`` hooks and ``do_*`` commands; the mixin methods of
#: ``collections.abc``'s containers call the abstract methods a subclass writes
#: (``Mapping.get`` its ``__getitem__``, ``MutableMapping.update`` its ``__setitem__``,
#: ``MutableSequence.append`` its ``insert``), as ``_collections_abc.py`` does.
_HTML_HANDLERS = ("handle_starttag", "handle_endtag", "handle_startendtag", "handle_data", "handle_comment",
                  "handle_entityref", "handle_charref", "handle_decl", "handle_pi", "unknown_decl")
#: What ``cmd.Cmd.onecmd`` runs (``do_*``: each ``do_`` method), and ``cmdloop`` around it.
_CMD_COMMANDS = ("emptyline", "default", "do_*")
_CMD_LOOP = ("preloop", "precmd", "onecmd", *_CMD_COMMANDS, "postcmd", "postloop")


class Hooks(NamedTuple):
    """What an outside base's method calls (see :data:`_HOOKS`)."""

    names: tuple[str, ...]
    #: Whether the hooks take the method's arguments as they are (``encode(o)`` gives
    #: ``default`` the object). Most do not: ``update(other)`` gives ``__setitem__``
    #: each of ``other``'s keys, and the keys ``get(key)`` or ``key in m`` passes on are
    #: strings mostly, which would only crowd ``__getitem__``'s parameter (httpx's ``Headers``).
    arguments: bool = False
    #: Whether the method gives what the hooks return (``get`` and ``pop`` give the
    #: item; ``items()`` gives a view, not what ``__getitem__`` returns).
    returns: bool = False


_MAPPING_MIXINS = {
    "get": Hooks(("__getitem__",), returns=True), "__contains__": Hooks(("__getitem__",)),
    "keys": Hooks(("__iter__",)), "items": Hooks(("__iter__", "__getitem__")), "values": Hooks(("__iter__", "__getitem__")),
}
_MUTABLE_MAPPING_MIXINS = {
    **_MAPPING_MIXINS, "pop": Hooks(("__getitem__", "__delitem__"), returns=True),
    "popitem": Hooks(("__iter__", "__getitem__", "__delitem__")), "clear": Hooks(("__iter__", "__getitem__", "__delitem__")),
    "update": Hooks(("__setitem__",)), "setdefault": Hooks(("__getitem__", "__setitem__"), returns=True),
}
_SEQUENCE_MIXINS = {"__contains__": Hooks(("__getitem__",)), "index": Hooks(("__getitem__",)), "count": Hooks(("__getitem__",))}
_MUTABLE_SEQUENCE_MIXINS = {
    **_SEQUENCE_MIXINS, "append": Hooks(("__len__", "insert")), "extend": Hooks(("__len__", "insert")),
    "pop": Hooks(("__getitem__", "__delitem__"), returns=True), "remove": Hooks(("__getitem__", "__delitem__")),
    "clear": Hooks(("__getitem__", "__delitem__")), "reverse": Hooks(("__len__", "__getitem__", "__setitem__")),
}
_HOOKS: dict[str, dict[str, Hooks]] = {
    **dict.fromkeys(("?threading.Thread", "?Thread", "?multiprocessing.Process", "?multiprocessing.context.Process"),
                    {"start": Hooks(("run",))}),
    **dict.fromkeys(("?html.parser.HTMLParser", "?HTMLParser", "?parser.HTMLParser"),
                    {"feed": Hooks(_HTML_HANDLERS), "close": Hooks(_HTML_HANDLERS)}),
    **dict.fromkeys(("?json.JSONEncoder", "?JSONEncoder", "?json.encoder.JSONEncoder"),
                    {"encode": Hooks(("default",), arguments=True), "iterencode": Hooks(("default",), arguments=True)}),
    **dict.fromkeys(("?cmd.Cmd", "?Cmd"), {"cmdloop": Hooks(_CMD_LOOP), "onecmd": Hooks(_CMD_COMMANDS, returns=True)}),
    **{
        f"?{module}{name}": mixins
        for name, mixins in (("Mapping", _MAPPING_MIXINS), ("MutableMapping", _MUTABLE_MAPPING_MIXINS),
                             ("Sequence", _SEQUENCE_MIXINS), ("MutableSequence", _MUTABLE_SEQUENCE_MIXINS))
        for module in ("collections.abc.", "typing.", "_collections_abc.", "")
    },
}
_HOOKED_NAMES = frozenset(name for methods in _HOOKS.values() for name in methods)
#: The positions of a thread's ``args`` tuple given to its target (more are rare).
_THREAD_ARGS = 8
#: What an f-string's ``{x}`` calls (the parser's implicit call sites).
_FORMATTING = ("__format__:", "__str__:", "__repr__:")
#: Implicit calls nobody reads as calls, so none is a warning through top: formatting
#: (``f"{path}"``) and a truth test (``if os.path.isfile(p):``, whose comparison's
#: result is top when the function is shared by too many callers).
_UNREAD = (*_FORMATTING, "__bool__:")
#: Outside bases that define none of those dunders: a class whose MRO holds only
#: these and the repository's own classes falls back as Python does.
_PLAIN_BASES = {"?object", "?ABC", "?abc.ABC", "?Generic", "?typing.Generic", "?Protocol", "?typing.Protocol"}
#: The dunders ``@dataclass`` may write, which compare or show the tuple of the fields.
_GENERATED = frozenset({"__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__"})
#: Bases whose ``isinstance`` may hold for classes that do not inherit them: a class
#: registered with an ABC, one that has a ``Protocol``'s methods.
_STRUCTURAL = frozenset({"?ABC", "?abc.ABC", "?Protocol", "?typing.Protocol", "?typing_extensions.Protocol"})
#: What the comparison ``functools.total_ordering`` writes for a class calls besides its
#: root (the first of ``__lt__``, ``__le__``, ``__gt__``, ``__ge__`` the class defines),
#: by root and written comparison: ``self == other``, ``self != other``, or nothing more.
_TOTAL_ORDERING = {
    "__lt__": {"__gt__": "__ne__", "__le__": "__eq__", "__ge__": ""},
    "__le__": {"__ge__": "__eq__", "__lt__": "__ne__", "__gt__": ""},
    "__gt__": {"__lt__": "__ne__", "__ge__": "__eq__", "__le__": ""},
    "__ge__": {"__le__": "__eq__", "__gt__": "__ne__", "__lt__": ""},
}
#: Outside bases whose ``__getitem__`` calls a subclass's ``__missing__`` for a missing key.
_DICT_BASES = {"dict", "Dict", "defaultdict", "DefaultDict", "OrderedDict", "UserDict", "Counter"}
#: The bases that make a class an enum: its members are instances of it.
_ENUM_BASES = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"}


class PythonResolver:
    """The Python :class:`~repoagent.graph.resolvers.base.Resolver`."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Resolved:
        """Solve the value flow of ``files`` and return the call edges it proves;
        empties ``files`` (see :meth:`Flow.add_facts`)."""
        return solve(files).edges(nodes)


def solve(files: list[ParsedFile]) -> Flow:
    """The value flow of ``files``, solved; empties ``files`` (see :meth:`Flow.add_facts`)."""
    flow = Flow(Index(files))
    flow.add_facts(files)
    flow.solve()
    return flow


class Site(NamedTuple):
    """A call: who makes it, on which line, and the target as written."""

    caller: str
    line: int
    target: str


class Flow:
    """The variables, their values, the constraints, and the worklist.

    Rules are tuples ``(Flow._function, a, b, c)`` (:data:`~repoagent.graph.resolvers.worklist.Rule`):
    each function takes the value first, then the rule's three arguments (``*_`` for
    those it does not need).
    """

    def __init__(self, index: Index) -> None:
        self.index = index
        self.static = Evaluator(index)  # type names (bases, annotations) and module structure
        self.worklist = Worklist(TOP, self)
        # The worklist's own methods, not methods forwarding to them: about 2.9
        # million calls on the standard library, each a Python frame fewer.
        self.add: Callable[[Var, Value], None] = self.worklist.add  # ``var`` holds ``value``
        #: ``target`` holds every value of ``source`` (if any), now and later.
        self.copy: Callable[[Var | None, Var], None] = self.worklist.copy
        #: Run a rule for every value of ``var`` (if any), now and later.
        self.on: Callable[[Var | None, Rule], None] = self.worklist.on
        self.callees: dict[Site, list[str]] = {}  # see :meth:`_calls`
        self.crowded: dict[Site, None] = {}  # calls through top: no edge, a warning
        #: Property reads and stores on top: no edge (their receiver may have been
        #: something else before it became top), and no warning (most are no call).
        self.blind: dict[Site, None] = {}
        #: Attribute steps read again on other lines, and those lines (a step and its
        #: rule are made once, with the first line), and the property reads found,
        #: (site, getter): their edges take every line (see :meth:`edges`).
        self._reread: dict[Var, list[int]] = {}
        self._property_reads: set[tuple[Site, str]] = set()
        self.fallbacks: list[tuple[Var, Value]] = []
        #: The calls of a parameter made for one call's result (see :meth:`_pass_back`).
        self._called_back: set[tuple[str, int, Var | None, Var]] = set()
        #: Annotations of names, attributes and returns (see :meth:`declare_type`): (the
        #: variables that must stay empty, the one to fill, the annotation's variable).
        self.declared_types: list[tuple[tuple[Var, ...], Var, Var]] = []
        #: ``__getattr__`` methods that return ``getattr(<chain>, name)`` of their name
        #: parameter: the chain's variables (see :meth:`_note_delegate`).
        self._delegates: dict[str, list[Var]] = {}
        #: Arithmetic operators whose left operand is a name or chain and whose right is
        #: (see :meth:`_note_reflected`): (the left's variable, the right's, the site the
        #: right's reflected dunder would be called at, that dunder).
        self._reflected: list[tuple[Var, Var, Site, str]] = []
        self._runs: dict[tuple[str, str], dict[str, None]] = {}  # see :meth:`_running`
        self._own_selves: dict[str, tuple[Var, str, str] | None] = {}  # see :meth:`_own_self`
        self._own_members: dict[tuple[str, str, str], Var] = {}  # see :meth:`_read_own_member`
        self._calls_up: set[str] = set()  # methods that call the method they override through ``super()``
        #: Every attribute name some assignment of the repository stores (``x.name = ...``,
        #: ``x.__dict__["name"] = ...``; also every literal key stored into any dict):
        #: a name no class binds but one of these may be an instance's own (see :meth:`_missing_member`).
        self._stored_names: set[str] = set()
        #: The file being read's calls made by class bodies, (class, target): see :meth:`_definition`.
        self._body_calls: set[tuple[str, str]] = set()
        self._expressions: dict[tuple[str, str, bool], Var | None] = {}
        self._lookups: dict[tuple[str, str], list[Var] | Value | None] = {}
        #: The chain steps of the file being read, each by itself: the one tuple that
        #: rules and arguments keep (a chain's scope is in one file, so is its step).
        self._steps: dict[Var, Var] = {}
        #: The chains of the file being read, split (see :meth:`_split`).
        self._chains: dict[str, tuple[str, Steps]] = {}
        self.generators: set[str] = set()
        self._only_raise: set[str] = set()  # functions whose body only raises NotImplementedError
        self._stubs: set[str] = set()  # functions whose body does nothing (``...``, ``pass``)
        #: Methods whose every return is an attribute of their first parameter, with
        #: those attributes' names (``return self._children``): see :meth:`_read`.
        self._attribute_getters: dict[str, list[str]] = {}
        #: Functions under ``functools.singledispatch``: a call also runs what they register.
        self._dispatchers: set[str] = set()
        #: Each ``defaultdict`` made, by its value's ref: its factory (see :meth:`_missing`).
        self._factories: dict[str, Var] = {}
        #: Methods whose first parameter is their instance (``self``; not a class body's
        #: helper called by name there): called on the class, see :meth:`_pass_self`.
        self._instance_methods: set[str] = set()
        #: A lambda's parameters (``scope|{F<n>``) by position and by name: the variables
        #: a call of it fills (``name@f<k> = {F<n>.(i)``, python_comprehensions.py).
        self._lambda_parameters: dict[str, dict[int | str, Var]] = defaultdict(dict)
        self._raised: set[str] | None = None  # see :meth:`raised`
        #: A class body's assignments whose value is a call, by (class, line): the field a
        #: ``dataclasses.field(...)`` call on that line makes.
        self._class_calls: dict[tuple[str, int], str] = {}
        self._fields: dict[str, list[tuple[str, str, bool]]] = {}
        self._inits_written: dict[str, bool] = {}  # see :meth:`_writes_init`
        #: Dataclass fields (class, name) made with ``field(compare=...)`` or ``field(repr=...)``:
        #: left out of the comparisons or the ``__repr__`` ``@dataclass`` writes.
        self._uncompared: set[tuple[str, str]] = set()
        self._unrepresented: set[tuple[str, str]] = set()
        self._enums: dict[str, bool] = {}
        self._metaclasses: dict[str, str | None] = {}  # see :meth:`metaclass`
        #: Attribute names stored on something other than ``self`` (see :meth:`_class_member`).
        self._stored_on_objects: set[str] = set()
        #: Per class, the names its subclasses find in a base beside it (see :meth:`_beside`).
        self._besides: dict[str, dict[str, dict[str, list[str]]]] = {}
        self._besides_stored: dict[str, dict[str, dict[str, list[str]]]] = {}  # see :meth:`_stored_beside`
        self._abstract: dict[str, bool] = {}
        self._setters_of_attributes: dict[Value, bool] = {}  # see :meth:`_sets_attributes`
        #: Whether a class of the repository binds ``__setattr__``: then every attribute
        #: store may call it, even of a value the flow does not follow (see :meth:`store`;
        #: only that, not the whole store, for such a value: ``self.x = None`` is common).
        self._attribute_hooks = any(
            "__setattr__" in index.bindings.get(d.id, {}) for d in index.defs.values() if d.kind is Kind.CLASS
        )
        self.passing = PassingThrough(index, self.static)  # calls that get their own argument back
        #: What each function gives back (see :meth:`_given_back`), found once the
        #: passing is known: every call entered asks (370,000 on ``Lib/``; 744 functions give any).
        self._given_backs: dict[str, list[Parameter]] = {}
        #: Each function's parameters with a default: (position, name, the default's variable).
        self.defaults: dict[str, list[tuple[int, str, Var]]] = defaultdict(list)
        self._entered: set[str] = set()  # functions with a default that a call reached
        self._decorated_classes: dict[Var, str] = {}  # see :meth:`_one_class`
        #: The chain steps ``r.name()`` of a fluent method's name: see :meth:`_fluent`.
        self._fluent_calls: dict[Var, str] = {}
        #: Dicts by ref: the keys stored into each under a known name, and the dicts
        #: each is spread into (``f(**d)`` into ``f``'s ``**kwargs``). See :meth:`_keyed`.
        self._keys: dict[str, dict[str, None]] = defaultdict(dict)
        self._spreads: dict[str, list[str]] = defaultdict(list)
        self.subclasses: dict[str, dict[str, None]] = defaultdict(dict)  # ordered: see worklist.py
        self._names_below: dict[str, dict[str, list[str]]] = {}  # see :meth:`_bound_below`
        self.setters: dict[tuple[str, str], str] = {}  # (class, property name) -> its setter
        self._setter_names: set[str] = set()
        #: The class ids: whether a scope is a class body is asked for every expression
        #: read on a line (940,000 on ``Lib/``), one set lookup rather than a call; and
        #: whether a function value called or read is a class (its definition left untouched).
        self._class_ids: set[str] = {d.id for d in index.defs.values() if d.kind is Kind.CLASS}
        #: The calls of the ``singledispatch`` functions, narrowed once the flow is solved.
        self._dispatches = Dispatches(index, self.static, self._class_ids)
        for definition in index.defs.values():
            if definition.kind is Kind.CLASS and definition.language == "python":
                for base in self.static.mro(definition.id)[1:]:
                    self.subclasses[base][definition.id] = None
            elif definition.parent is not None and f"{definition.name}.setter" in definition.decorators:
                self.setters[(definition.parent, definition.name)] = definition.id
                self._setter_names.add(definition.name)
        #: Parameters stored on ``self``, kept apart per receiver class (see python_receivers.py).
        self.receivers = ReceiverStores(index, self.static, self.subclasses, self._setter_names)

    # -- the worklist ----------------------------------------------------------

    def solve(self) -> None:
        while True:
            self.worklist.run()
            # A decorator whose result nothing explains leaves the decorated object as it was;
            # a classmethod that no read binds to a receiver has its own class as ``cls``.
            pending = [(var, value) for var, value in self.fallbacks if not self.worklist.values(var)]
            self.fallbacks = []
            if pending:  # first: what they bring may fill what an annotation declares
                for var, value in pending:
                    self.add(var, value)
                continue
            # An annotation says what a name, attribute or return holds when nothing the flow knows is put there.
            declared = [(target, source) for empty, target, source in self.declared_types
                        if not any(self.worklist.values(var) for var in empty)]
            self.declared_types = []
            # A function no call of the repository reaches is called from outside, which may omit anything.
            unreached = [f for f in self.defaults if f not in self._entered]
            # A read of a parameter stored on ``self`` whose receivers the flow never saw takes them all.
            starved = self.receivers.starved()
            # Once nothing else is pending: ``x * m`` where ``x`` holds nothing of the repository runs ``m``'s ``__rmul__``.
            reflected = [] if declared or unreached or starved else [
                (right, site, dunder) for left, right, site, dunder in self._reflected if not self.worklist.values(left)]
            self._reflected = []
            for right, site, dunder in reflected:
                self.on(right, (Flow._dunder, site, dunder, None))
            if not declared and not unreached and not starved and not reflected:
                self._dispatches.narrow(self._dispatchers, self.callees, self.worklist.values, self._classes_of)
                self.worklist.finish()
                return
            for target, source in declared:
                self.copy(source, target)
            for source, target in starved:
                self.copy(source, target)
            for function in unreached:
                self._entered.add(function)
                self._default(function, (), 0)

    def edges(self, nodes: Mapping[str, Definition]) -> Resolved:
        """One edge per caller and callee with its lines; a call with more than
        :data:`MAX_CALLEES` candidates, or through top, gets none and a warning
        instead, whatever callees the values it had before top gave it.

        The warnings are in the order of their sites; the edges in no particular
        order (``graph/build.py`` sorts every resolver's): sorting the standard
        library's 215,000 sites, to put 25,000 warnings in order, was a fifth of this."""
        lines: dict[tuple[str, str], set[int]] = defaultdict(set)
        result = Resolved()
        crowded, blind, reads = self.crowded, self.blind, self._property_reads
        never = self.never_run()
        if never:
            crowded = {site: None for site in crowded if site.caller not in never}
            reads = {(site, getter) for site, getter in reads if site.caller not in never}
        unlinked: dict[Site, int] = {}  # sites warned about: how many known callees
        for site, callees in self.callees.items():
            if never and site.caller in never:
                continue
            known = [c for c in callees if c in nodes]  # a site's callees are distinct
            if len(known) > MAX_CALLEES or site in crowded:
                unlinked[site] = len(known)
            elif site not in blind:
                for callee in known:
                    lines[(site.caller, callee)].add(site.line)
        # A property read's edge takes every line its step is read on: looked up for
        # each property read (1,725 on Lib/), not for each callee of its 215,000 sites.
        for site, getter in reads:
            if getter in nodes and site not in unlinked and site not in blind:
                lines[(site.caller, getter)].update(self._reread.get(("x", site.caller, site.target), ()))
        for site in crowded:
            unlinked.setdefault(site, 0)
        for site in sorted(unlinked):
            known = unlinked[site]
            count = f"{known} possible callees" if known > MAX_CALLEES else f"more than {MAX_VALUES} possible values"
            shown = site.target.replace(":(", "(").removesuffix(":")  # the parser's IMPLICIT mark
            result.warnings.append(unlinked_call(site.caller, site.line, shown, f"has {count}"))
        result.extend(Edge(caller, callee, tuple(sorted(found))) for (caller, callee), found in lines.items())
        return result

    def never_run(self) -> set[str]:
        """The definitions whose code never runs, so whose calls are no edges: those
        written under ``if TYPE_CHECKING:`` (a stub only type checkers see, beside what
        runs: simpy's typed stubs of methods its descriptors make, bench/audit/audit19
        cause A), and everything inside them."""
        defs = self.index.defs
        stubs = {d.id for d in defs.values() if d.typing_only}
        if not stubs:
            return stubs
        inside: dict[str, bool] = dict.fromkeys(stubs, True)
        for definition in defs.values():
            chain = []
            current: str | None = definition.id
            while current is not None and current not in inside and current in defs:
                chain.append(current)
                current = defs[current].parent
            answer = inside.get(current, False) if current is not None else False
            inside.update(dict.fromkeys(chain, answer))
        return {ref for ref, under in inside.items() if under}

    def resolved(self, call: CallSite, nodes: Mapping[str, Definition]) -> bool:
        """Whether the value flow found a callee in ``nodes`` for ``call``, or found
        it has too many."""
        site = Site(call.caller, call.line, call.target)
        return site in self.crowded or any(c in nodes for c in self.callees.get(site, ()))

    # -- facts -----------------------------------------------------------------

    def add_facts(self, files: list[ParsedFile]) -> None:
        """Turn the facts of ``files`` into constraints, emptying the list file by file:
        a parse nothing else holds is freed as soon as its facts are constraints (the
        standard library's calls and assignments are 150 MB, the solver's peak is at
        the end)."""
        for parsed in files:
            for returned in parsed.returns:
                if returned.kind != "return":
                    self.generators.add(returned.scope)
            self._note_only_raising(parsed)
            self._note_attribute_getters(parsed)
            # ``x.name = v``, ``x.__dict__["name"] = v`` (read as ``x.__dict__.[:name]``), and
            # annotated names (``name: T`` in a class body: a dataclass's or NamedTuple's field).
            self._stored_names.update(
                a.target.rpartition(".")[2].removeprefix("[:").removesuffix("]")
                for a in parsed.assignments if "." in a.target or a.value[:1] == "!"
            )
            # ``super().name()`` in a method ``name``: an override that also runs what it overrides.
            self._calls_up.update(
                c.caller for c in parsed.calls if c.target.startswith(("super(", "super:")) and c.target.rpartition(".")[2] == c.caller.rpartition(".")[2]
            )
            # ``cls.describe = describe`` outside the class body: a name instances may find on a class.
            self._stored_on_objects.update(
                a.target.rpartition(".")[2] for a in parsed.assignments
                if "." in a.target and not a.target.startswith("self.") and a.target[-1:] not in ")]"
            )
            # ``name = property(fget, fset)`` in a class body, ``name = end_property`` of a
            # property with a setter made outside it, or ``name = Celsius()`` of a class with
            # ``__set__``: assigning even a constant runs a setter.
            self._setter_names.update(
                a.target for a in parsed.assignments
                if "." not in a.target and self._in_class(a.scope)
                and (a.value == "property()" or a.value in self._setter_names or self._makes_data_descriptor(a.scope, a.value))
            )
            self._dispatchers.update(
                d.id for d in parsed.definitions
                if any(x.split("(")[0].endswith(("singledispatch", "singledispatchmethod")) for x in d.decorators)
            )
            self._dispatches.note(parsed.definitions)
            for a in parsed.assignments:
                if _is_lambda_parameter(a.value):
                    head, _, position = a.value[:-1].partition(".(")
                    parameters = self._lambda_parameters[f"{a.scope}|{head}"]
                    parameters[a.target.partition("@")[0]] = ("n", a.scope, a.target)
                    if position.isdigit():
                        parameters[int(position)] = ("n", a.scope, a.target)
        self.passing.note(files, self.generators)
        passing = self.passing
        self._given_backs = {f: self._given_back(f) for f in (*passing.parameters, *passing.picks, *passing.calls_back)}
        files.reverse()
        while files:
            parsed = files.pop()
            classes = {d.id for d in parsed.definitions if d.kind is Kind.CLASS}
            self._body_calls = {(c.caller, c.target) for c in parsed.calls if c.caller in classes} if classes else set()
            for definition in parsed.definitions[1:]:
                self._definition(parsed, definition)
            for imported in parsed.imports:
                if imported.local != "*":
                    self._import(imported.scope, imported.local, imported.module, imported.name)
            for assignment in parsed.assignments:
                if assignment.value in DECLARATIONS or _is_lambda_parameter(assignment.value):
                    continue
                if assignment.value.endswith(CALL) and "." not in assignment.target and self._in_class(assignment.scope):
                    self._class_calls[(assignment.scope, assignment.line)] = assignment.target
                if assignment.value[:1] == "!":  # ``x: T``, ``self.x: T``: a declaration, not a value
                    self.declare_type(assignment.scope, assignment.target, self.expression(assignment.scope, assignment.value), assignment.line)
                    continue
                if (assignment.scope, assignment.target, assignment.value) in self.receivers.stores:
                    # What calls of unknown receiver pass: the rest is each receiver's (see _enter).
                    value: Var | None = ("n", assignment.scope, assignment.value)
                else:
                    value = (
                        self._call_here(assignment.scope, assignment.value, assignment.line)
                        or self.expression(assignment.scope, assignment.value, assignment.line)
                    )
                if self._enum_member(assignment.scope, assignment.target):
                    self._member_assigned(assignment, value)
                    continue
                self.store(assignment.scope, assignment.target, value, assignment.line)
            for returned in parsed.returns:
                key = (returned.scope, returned.line, returned.value)
                if returned.kind == "return" and key in self.passing.returns:
                    passed_on = self.passing.returns[key]
                    if passed_on is not None:  # what the callee returns besides the argument
                        self._returns_of(passed_on, returned.scope, key)
                    continue
                own = (
                    self._call_here(returned.scope, returned.value, returned.line)
                    if returned.kind == "return"
                    else None
                )
                value = own or self.expression(returned.scope, returned.value, returned.line)
                if returned.kind == "return" and returned.value == "getattr()" and returned.scope.endswith(".__getattr__"):
                    self._note_delegate(returned.scope, returned.line)
                if returned.kind == "return":
                    self.copy(value, self._returned_into(returned.scope, returned.unless))
                elif returned.kind == "yield":
                    self.copy(value, ("y", returned.scope))
                else:
                    self.elements(value, "[*]", ("y", returned.scope))
            expression, read_arguments, steps = self.expression, self.arguments, self._steps
            calls = [
                (call, expression(call.caller, call.target, call.line, called=True),
                 read_arguments(call.caller, call.arguments, call.line) if call.arguments else ())
                for call in parsed.calls  # a third of them pass nothing: no Python call for that
            ]
            for call, callee, arguments in calls:  # once every value read in the file has its variable
                for given, spread in arguments:
                    if given == "**":  # ``f(**config)``: the interpreter reads the mapping
                        self.on(spread, (Flow._mapping_read, Site(call.caller, call.line, call.target), None, None))
                if call.target.endswith(IMPLICIT) and len(arguments) == 1 and arguments[0][1] is not None:
                    self._note_reflected(call, arguments[0][1])
                if callee is None:
                    continue  # no site: most calls of the standard library are of builtins or outside code
                result = steps.get(("x", call.caller, call.target + CALL))  # if a chain reads it
                self.call(Site(call.caller, call.line, call.target), callee, arguments, result)
            # The file's facts have their variables, and the memos are keyed by its
            # scopes: no later file or rule reads them (``outside``, after solving,
            # looks names up afresh). Kept, they would add to the solver's peak.
            self._expressions.clear()
            self._lookups.clear()
            self._steps.clear()
            self._chains.clear()
        self.passing.arguments = {}

    def _call_here(self, scope: str, value: str, line: int) -> Var | None:
        """The value of the call ``value`` on ``line`` alone, when it has one of its
        own (:meth:`_own_call`, :meth:`_given_call`, :meth:`_made_here`); ``None``
        at once for a value that is no call: 139,000 of the 212,000 assignments of
        ``Lib/``, which asked four functions each."""
        if not value.endswith(CALL):
            return None
        return self._own_call(scope, value, line) or self._given_call(scope, value, line) or self._made_here(scope, value, line)

    def _note_only_raising(self, parsed: ParsedFile) -> None:
        """Record the functions of ``parsed`` whose own body only raises
        ``NotImplementedError``: no other call, no assignment, no return of a value
        the flow knows, no yield of one (``raise NotImplementedError`` then ``yield
        b""``, to make the stub a generator, is still only a stub)."""
        # Formatting the message (``f"{self.__class__.__name__}"``) changes nothing.
        acting = {c.caller for c in parsed.calls if c.target != "NotImplementedError" and not c.target.endswith(_FORMATTING)}
        # A read kept in a temporary (``% self.__class__`` in the message) changes nothing.
        acting.update(a.scope for a in parsed.assignments if not a.target.startswith("{V"))
        acting.update(r.scope for r in parsed.returns if r.value)
        self._only_raise.update(
            d.id for d in parsed.definitions if d.raises == ("NotImplementedError",) and d.id not in acting
        )
        self._stubs.update(
            d.id for d in parsed.definitions if d.kind is Kind.METHOD and not d.raises and d.id not in acting
        )

    def _note_attribute_getters(self, parsed: ParsedFile) -> None:
        """Record the methods of ``parsed`` (no dunder: ``__get__`` and ``__getattr__``
        return what their other parameters say) whose every return gives one attribute
        of their first parameter, ``return self._children`` (or ``getattr(self,
        "_children", None)``, read as that)."""
        methods = {
            d.id: d.parameters[0].name for d in parsed.definitions
            if d.kind is Kind.METHOD and d.parameters and not d.parameters[0].prefix
            and not (d.name.startswith("__") and d.name.endswith("__"))
        }
        found: dict[str, list[str] | None] = {}
        for returned in parsed.returns:
            first = methods.get(returned.scope)
            if first is None or (returned.scope in found and found[returned.scope] is None):
                continue
            head, dot, name = returned.value.partition(".")
            if returned.kind == "return" and head == first and dot and name.isidentifier():
                names = found.setdefault(returned.scope, [])
                if names is not None and name not in names:
                    names.append(name)
            else:
                found[returned.scope] = None
        self._attribute_getters.update((scope, names) for scope, names in found.items() if names)

    def _returned_into(self, function: str, unless: str) -> Var:
        """Where a return of ``function`` goes: the variable of what it returns only when
        a parameter is ``None`` (``unless``, see :class:`PassingThrough`), only when one
        is not, or always."""
        if function in self.passing.factories:  # what a call not on a known class gets
            return ("rf", function)
        guard = self.passing.guard(function, unless)
        if guard is not None:
            return ("r?", function, guard[1])
        given = self.passing.given_by(function, unless)
        return ("r", function) if given is None else ("r!", function, given[1])

    def _given_returns(self, callee: str, arguments: tuple[str, ...], target: Var) -> None:
        """What ``callee`` returns only when a parameter defaulting to ``None`` is not
        ``None``, into ``target``, unless the call (its written ``arguments``) passes
        nothing there."""
        for at in self.passing.given.get(callee, ()):
            if argument_at(arguments, at) != "":
                self.copy(("r!", callee, at[1]), target)

    def _partial(self, function: Value, passed: frozenset[str] | None, *_: None) -> None:
        """``functools.partial(function, ...)``, a value the flow takes as ``function``
        itself, passes what a call of it leaves out: what ``function`` returns only when
        a parameter the partial may pass is not ``None`` goes to every call of it (any
        parameter, ``passed`` ``None``, when it passes positions, which also shift
        those of its calls)."""
        if function.kind in ("def", "bound"):
            for _, name in self.passing.given.get(function.ref, ()):
                if passed is None or name in passed:
                    self.copy(("r!", function.ref, name), ("r", function.ref))

    def _returns_of(self, callee: str, function: str, key: tuple[str, int, str]) -> None:
        """``return callee(p)`` (``key``), which gives back ``p``: ``function`` returns
        what ``callee`` returns besides. What ``callee`` returns only when a parameter
        is ``None`` is so for ``function``'s own parameter passed there (see
        :class:`PassingThrough`); with anything else passed there, or nothing, it may
        be returned."""
        arguments = self.passing.arguments.get(key) or ()
        self.copy(("r", callee), ("r", function))
        self._given_returns(callee, arguments, ("r", function))
        for guard in self.passing.guarded.get(callee, ()):
            own = self.passing.argument(function, arguments, guard)
            self.copy(("r?", callee, guard[1]), ("r", function) if own is None else ("r?", function, own[1]))

    def _own_method(self, scope: str, value: str) -> str | None:
        """The method ``self.name()`` calls in a method of class ``C`` (``self`` its
        first parameter), when it is the one every instance of ``C``'s cone runs (no
        subclass overrides it), a plain function that gives back some of its
        arguments (see :meth:`_own_call`): h11's ``self._get_io_object(role, event,
        WRITERS)`` beside ``... READERS``."""
        head, _, name = value[: -len(CALL)].partition(".")
        function = self.index.defs.get(scope)
        first = self.index.first_parameter(function) if function is not None and function.parent else None
        if not name or "." in name or first != ("instance", head) or function is None or function.parent is None:
            return None
        cls = function.parent
        entry = self._first_binding(self.static.mro(cls), name)
        if entry is None or any(name in self.index.bindings.get(sub, {}) for sub in self.subclasses.get(cls, ())):
            return None
        method = self.index.defs.get(f"{entry}.{name}")
        if method is None or method.kind is Kind.CLASS or method.decorators or method.id in self.generators:
            return None
        return method.id if self._given_backs.get(method.id) and self.index.first_parameter(method) is not None else None

    def _own_call(self, scope: str, value: str, line: int) -> Var | None:
        """The value of the call ``value`` (``g()``) on ``line`` alone, when ``g`` gives
        back some of its arguments: what ``g`` returns and what this call passes
        there. The chain ``g()``'s variable, shared by every call of ``g`` in
        ``scope``, holds what all of them passed (``auto(angular=x)`` beside
        ``auto(cls)`` gave back ``cls``). An argument that is itself such a call
        (``add_hash(add_eq(A))``) is taken alone too, else it gave back every class
        any call of ``add_eq`` passed. ``None`` when that is not known."""
        callee, offset = self.passing.callee(scope, value), 0
        if callee is None:
            callee, offset = self._own_method(scope, value), 1
        arguments = self.passing.arguments.get((scope, line, value)) if callee is not None else None
        if callee is None or arguments is None:
            return None
        back = self._given_backs.get(callee, ())
        if any(position < offset for position, _ in back):
            return None  # it gives back its receiver: the receiver's own
        passed = [argument_at(arguments, (position - offset, name)) for position, name in back]
        if None in passed:
            return None
        var: Var = ("c", scope, value, str(line))
        self.copy(("r", callee), var)
        for guard in self.passing.guarded.get(callee, ()):  # its argument there may be None
            self.copy(("r?", callee, guard[1]), var)
        self._given_returns(callee, arguments, var)
        for parameter, argument in zip(back, passed):
            if argument:
                at = self.passing.nested_line(scope, arguments, argument, line)
                own = self._own_call(scope, argument, at) if at is not None else None
                self._pass_back(callee, parameter, own or self.expression(scope, argument, line), var)
            else:  # left to its default
                for position, name, default in self.defaults.get(callee, ()):
                    if (position, name) == parameter:
                        self._pass_back(callee, parameter, default, var)
        return var

    def _definition(self, parsed: ParsedFile, definition: Definition) -> None:
        scope = definition.parent or parsed.module
        bound = not type_checkers_only(definition)  # the running code never binds the name of one
        if bound and not definition.decorators:
            # The name holds the definition itself: no variable of its own to copy from
            # (65,700 variables, copies and queued values fewer on the standard library).
            self.add(("n", scope, definition.name), Value("def", definition.id))
        elif bound and not any(d.endswith(_NOT_CALLED) for d in definition.decorators):
            self.copy(self._decorated(scope, definition), ("n", scope, definition.name))
        if definition.kind is Kind.CLASS:
            self._class_made(scope, definition)
            return
        for position, parameter in enumerate(definition.parameters):
            var = ("n", definition.id, parameter.name)
            if parameter.prefix == "*":
                self.add(var, Value("seq", f"{definition.id}|*"))
            elif parameter.prefix == "**":
                self.add(var, Value("dict", f"{definition.id}|**"))
            if parameter.annotation:
                # ``*parts: T`` and ``**options: T`` annotate the items, not the tuple or the dict.
                annotated = self.annotation(scope, parameter.annotation, instances=True)
                if parameter.prefix:
                    ref = f"{definition.id}|{parameter.prefix}"
                    self.copy(annotated, ("e", ref))
                    # At every position (``args[0]``), or under keys nobody knows (``options["a"]``).
                    self.copy(annotated, ("pu", ref) if parameter.prefix == "*" else ("u", ref))
                else:
                    self.copy(annotated, var)
            if parameter.default:
                default = self.expression(scope, _chain_of(parameter.default))
                if default is not None:
                    self.defaults[definition.id].append((position, parameter.name, default))
            if position == 0 and definition.name != "__init_subclass__":  # its ``cls``: see _class_made
                first = self.index.first_parameter(definition)
                # A function the class body itself calls by name (``__add__ = _e("+")``) is a plain function there.
                if first is not None and definition.parent is not None and (definition.parent, definition.name) not in self._body_calls:
                    if first[0] == "instance":
                        # ``self`` may be an instance of any subclass: calls on it reach their
                        # overrides (those that run this method: see :meth:`_own_self`).
                        self.add(var, Value("cone", definition.parent))
                        self._instance_methods.add(definition.id)
                    elif definition.name in CLASS_FIRST:
                        self.add(var, Value("def", definition.parent))
                    else:  # a classmethod's ``cls`` is its receiver's class (see _receive), else this one
                        self.fallbacks.append((var, Value("def", definition.parent)))
        if definition.returns and definition.id not in self.passing.fluent:
            # A fluent method returns its receiver, whatever its annotation says (``-> Base``).
            target = ("y", definition.id) if definition.id in self.generators else ("r", definition.id)
            annotated = self.annotation(scope, definition.returns, instances=True)
            if target[0] == "y" and annotated is not None:
                declared: Var = ("yd", definition.id)  # what iterating the annotation gives
                self.elements(annotated, "[*]", declared)
                annotated = declared
            if annotated is not None:  # declared, as a variable's (see :meth:`declare_type`)
                self._declare_into(target, *self._annotation_parts(annotated), (target,))

    def _decorated(self, scope: str, definition: Definition) -> Var:
        """The variable holding what the decorated name is bound to."""
        var: Var = ("d", definition.id, "0")
        self.add(var, Value("def", definition.id))
        for number, decorator in enumerate(reversed(definition.decorators), start=1):
            chain = _chain_of(decorator)
            if not chain or self.outside(scope, chain):
                continue
            line = definition.span.start_line + len(definition.decorators) - number
            result: Var = ("d", definition.id, str(number))
            # A bare ``@deco`` is a call site of its own (the parser's); ``@factory(x)``
            # calls what the factory returned, here.
            site = Site(scope, line, chain) if chain.endswith(CALL) else None
            factory = self._given_call(scope, chain, line) or self.expression(scope, chain, line)
            self.call(site, factory, ((0, var),), result)
            self.fallbacks.append((result, Value("def", definition.id)))
            var = result
        if definition.kind is Kind.CLASS:
            self.on(var, (Flow._one_class, var, None, None))
        elif var[2] != "0" and definition.decorators[0] in _PROPERTY_DECORATORS and self.outside(scope, definition.decorators[0]):
            # ``@property`` over the repository's decorators: the getter is what they give (a wrapper).
            getter: Var = ("d", definition.id, "property")
            self.on(var, (Flow._wrapped_getter, definition.id, getter, None))
            return getter
        return var

    def _wrapped_getter(self, value: Value, method: str, getter: Var, _: None) -> None:
        """What the decorators under ``@property`` gave for ``method``: a wrapper is
        the property's getter; the method itself (``@abstractmethod`` gives it back)
        stays itself, a property by its own decorators."""
        if value.kind == "def" and value.ref != method and value.ref not in self._class_ids:
            self.add(getter, Value("property", value.ref))
        else:
            self.add(getter, value)

    def _one_class(self, value: Value, var: Var, *_: None) -> None:
        """A class decorated into several classes holds too many values: a decorator
        gives back the class it is given or one it makes, and several are what every
        call of a class builder merges (attrs' ``@attrs(...)`` classes each got the 16
        that ``_ClassBuilder(cls).build_class()`` ever returned: instance attributes
        are one per class). Warnings rather than an edge to each of them."""
        if value.kind == "def" and self.index.defs[value.ref].kind is Kind.CLASS:
            if self._decorated_classes.setdefault(var, value.ref) != value.ref:
                self.add(var, TOP)

    def _given_call(self, scope: str, value: str, line: int) -> Var | None:
        """The value of the call ``value`` (``g()``) on ``line`` alone, when ``g`` is a
        function with returns *given* a parameter (see :class:`PassingThrough`): the
        chain ``g()``, shared by every call of ``g`` in ``scope`` and made without
        arguments, also holds what those return when this call leaves the parameter
        ``None`` (``@attrs(repr=False)`` got ``wrap(maybe_cls)``, every class ``attrs``
        built). ``None`` when that is not so or the arguments are not known (a dotted
        callee, two calls on the line)."""
        if not value.endswith(CALL) or "." in value:
            return None
        arguments = self.passing.arguments.get((scope, line, value))
        name = value[: -len(CALL)]
        callee = self.static.lookup(scope, name) if arguments is not None else None
        if not isinstance(callee, Value) or callee.kind != "def" or callee.ref not in self.passing.given:
            return None
        var: Var = ("g()", scope, value, str(line))
        self.call(Site(scope, line, name), self.expression(scope, name, line, called=True), self.arguments(scope, arguments, line), var)
        return var

    def _made_here(self, scope: str, value: str, line: int) -> Var | None:
        """The value of a call on ``line`` alone that makes a new object there
        (:data:`_MADE_PER_CALL`: ``property(fget, fset)``, ``set()``,
        ``defaultdict(set)``, ``partial(f, ...)``...), assigned, returned or passed: the
        chain ``g()``'s variable, shared by every call of ``g`` in the scope, made each of
        a class body's properties every getter and setter of the class (html5lib's
        ``property()`` accessors, ninth blind audit), two containers a function makes
        one (lark's ``includes`` and ``lookback``, tenth) and two partials one (loguru's
        rotations, nineteenth).
        ``None`` for any other value, a name the repository binds itself, or two calls
        on the line."""
        name = value[: -len(CALL)] if value.endswith(CALL) else ""
        origin = _MADE_PER_CALL.get(name)
        if origin is None or self._origin(scope, name) != origin:
            return None
        arguments = self.passing.arguments.get((scope, line, value))
        if arguments is None:
            return None
        var: Var = ("made", scope, value, str(line))
        self.call(Site(scope, line, name), self.expression(scope, name, line, called=True), self.arguments(scope, arguments, line), var)
        return var

    def _origin(self, scope: str, name: str) -> str | None:
        """Where ``name`` read in ``scope`` comes from when that is outside the
        repository: "" for a builtin, the module of a ``from module import name``
        (the only import binding it), else ``None``."""
        for current in self.static.scopes(scope):
            bindings = self.index.bindings.get(current, {}).get(name)
            if self.index.defs[current].kind is Kind.MODULE and not bindings:
                return "" if not self.index.stars.get(current) else None
            if bindings:
                source = bindings[0].source if len(bindings) == 1 else None
                outside = source is not None and source.name == name and source.module not in self.index.modules
                return source.module if outside else None
        return None

    def _class_made(self, scope: str, definition: Definition) -> None:
        """Defining a class runs its repository metaclass (its ``__new__`` and
        ``__init__``, as a call of it does) and its bases' ``__init_subclass__``,
        whose ``cls`` is the new class; an enum's body makes its members."""
        for entry in self.static.mro(definition.id)[1:]:
            if entry.startswith(EXTERNAL):
                break
            if "__init_subclass__" in self.index.bindings.get(entry, {}):
                hook = f"{entry}.__init_subclass__"
                self._calls(Site(scope, definition.span.start_line, "__init_subclass__"), hook)
                if hook in self.index.defs and self.index.defs[hook].parameters:
                    self.add(("n", hook, self.index.defs[hook].parameters[0].name), Value("def", definition.id))
                break
        for name, bindings in self.index.bindings.get(definition.id, {}).items():
            if any(b.kind == "assign" for b in bindings):  # ``field = Field()``: see _set_name
                self.on(("n", definition.id, name), (Flow._set_name, Site(scope, definition.span.start_line, f"{name}.__set_name__"), None, None))
        meta = self.metaclass(definition.id)
        if meta is not None:  # ``M(name, bases, namespace)``: its ``__new__``, then its ``__init__``
            site = Site(scope, definition.span.start_line, "metaclass")
            self._prepared(scope, definition, meta)
            self._construct(site, meta, (), None)
            # The instance its ``__init__`` gets as ``cls`` is the class defined.
            init = self._first_binding(self.static.mro(meta), "__init__")
            function = self.index.defs.get(f"{init}.__init__") if init is not None else None
            if function is not None and function.parameters:
                self.add(("n", function.id, function.parameters[0].name), Value("def", definition.id))
        if self.enum(definition.id):
            # An ``__init__`` the repository writes for the members runs once for each, given
            # the member's value (unpacked when a tuple), by the metaclass once the body has
            # run: called by the code that runs the ``class`` statement.
            init = self._first_binding(self.static.mro(definition.id), "__init__")
            for name, bindings in self.index.bindings.get(definition.id, {}).items():
                if not name.startswith("_") and all(b.kind == "assign" for b in bindings):
                    if any(not b.ref.startswith("!") for b in bindings):  # not a bare annotation
                        self.add(("n", definition.id, name), Value("instance", definition.id))
                        if init is not None and self.index.defs[f"{init}.__init__"].kind is not Kind.CLASS:
                            self._calls(Site(scope, bindings[0].line, f"{name}.__init__"), f"{init}.__init__")

    def _prepared(self, scope: str, definition: Definition, meta: str) -> None:
        """A metaclass's ``__prepare__`` (a classmethod) runs before the class body, from
        the code running the ``class`` statement; the body's every binding goes through
        the ``__setitem__`` of the namespace it returns, from the body."""
        namespace: Var = ("prepared", definition.id)
        if self._given_class(Site(scope, definition.span.start_line, "__prepare__"), meta, "__prepare__", (), namespace) is None:
            return
        if any(b.kind in ("assign", "def") for bindings in self.index.bindings.get(definition.id, {}).values() for b in bindings):
            stored = Site(definition.id, definition.span.start_line, "__prepare__().__setitem__")
            self.on(namespace, (Flow._dunder, stored, "__setitem__", None))

    def _enum_member(self, scope: str, name: str) -> bool:
        """Whether ``name`` assigned in class body ``scope`` may be an enum's member."""
        return not name.startswith("_") and scope in self._class_ids and self.enum(scope)

    def _member_assigned(self, assignment: Assignment, value: Var | None) -> None:
        """``NAME = ...`` in an enum's body: the member is an instance of the class (see
        :meth:`_class_made`), whatever the body assigns; that is the member's ``value``.
        A function or a descriptor assigned stays a method, but what a call made is
        never one (``ADD = partial(add)``), and ``auto()`` calls ``_generate_next_value_``."""
        cls = assignment.scope
        if assignment.value.endswith(CALL):
            self.copy(value, ("ev", cls))
            self._auto_value(cls, assignment.value, assignment.line)
        else:
            self.on(value, (Flow._member_value, cls, assignment.target, None))

    def _auto_value(self, cls: str, value: str, line: int) -> None:
        """``GET = auto()`` in an enum's body: the class body calls the enum's
        ``_generate_next_value_`` when the repository's classes of its MRO write one."""
        called = value[: -len(CALL)]
        if called.rpartition(".")[2] == "auto" and self._origin(cls, called.partition(".")[0]) in ("enum", None):
            entry = self._first_binding(self.static.mro(cls), "_generate_next_value_")
            if entry is not None:
                self._calls(Site(cls, line, called), f"{entry}._generate_next_value_")

    def _member_value(self, value: Value, cls: str, name: str, *_: None) -> None:
        kind, ref = value
        if kind in ("lambda", "property", "staticmethod", "classmethod") or (kind == "def" and ref not in self._class_ids):
            self.add(("n", cls, name), value)
        else:
            self.add(("ev", cls), value)

    def _hooked(self, cls: str, name: str) -> Hooks | None:
        """The hooks ``name`` runs on an instance of ``cls`` when it is the method of an
        outside base of :data:`_HOOKS` (``Thread.start`` runs ``run``): no class of the
        repository before it on the MRO binds ``name``; else none. Asked of every read
        on an instance (24,000 on ``Lib/``): a name no outside base hooks is none at once."""
        if name not in _HOOKED_NAMES:
            return None
        for entry in self.static.mro(cls):
            hooks = _HOOKS.get(entry, {}).get(name)
            if hooks:
                return hooks
            if entry.startswith(EXTERNAL) or name in self.index.bindings.get(entry, {}):
                return None
        return None

    def _meta_binding(self, cls: str, name: str) -> str | None:
        """The repository metaclass of class ``cls``, if a class of its MRO binds
        ``name``: what the interpreter's own ``name`` on the class runs (``cls[k]``)."""
        meta = self.metaclass(cls)
        return meta if meta is not None and self._first_binding(self.static.mro(meta), name) is not None else None

    def enum(self, cls: str) -> bool:
        """Whether class ``cls`` derives from ``enum.Enum`` (or another enum base):
        the names its body assigns are its members, instances of it, and calling it
        (``Color("red")``) looks a member up instead of making one."""
        found = self._enums.get(cls)
        if found is None:
            found = self._enums[cls] = any(
                e.startswith(EXTERNAL) and e[1:].rsplit(".", 1)[-1] in _ENUM_BASES for e in self.static.mro(cls)
            )
        return found

    def _import(self, scope: str, local: str, module: str, name: str | None) -> None:
        var = ("n", scope, local)
        folder = self.index.script_folders.get(self.index.defs[scope].path)
        sibling = f"{folder}.{module}" if folder is not None else ""
        found = sibling if sibling in self.index.modules else self.static.canonical_module(module)
        if found is None:
            if module.split(".")[0] in _HELPER_MODULES and not module.startswith("collections."):
                # Other outside values never reach the repository (``collections.abc``'s
                # types carry nothing, and as values they only crowded variables).
                self.add(var, Value("external", module if name is None else f"{module}.{name}"))
        elif name is None:
            self.add(var, Value("module", found))
        else:
            # ``from pkg import name`` binds the submodule ``pkg.name`` when there is one
            # (importing it sets the attribute), whatever else ``pkg`` binds as ``name``:
            # in ``pkg/__init__.py``, ``from . import utils`` binds ``utils`` by this very
            # import, which looked up as a member of ``pkg`` would only be itself.
            submodule = f"{found}.{name}"
            if submodule in self.index.modules or submodule in self.index.namespaces:
                self.add(var, Value("module", submodule))
            self.attribute_of(Value("module", found), name, var)

    # -- expressions -------------------------------------------------------------

    def expression(self, scope: str, text: str, line: int = 0, *, called: bool = False) -> Var | None:
        """The variable holding ``text``'s values in ``scope`` (see the parser's
        :mod:`~repoagent.parsing.languages.python_flow` for the syntax); ``line``
        is where it is first read (for the edges of property reads); a ``called``
        builtin is kept (``map(f, xs)``), a builtin passed around is not."""
        if not text:
            return None
        if line and scope in self._class_ids and text[0] not in "!^{~" and self._bound_later(scope, text, line):
            scope = self.static.scopes(scope)[1]  # read before the class body binds it: the enclosing one's
        key = (scope, text, called)
        found = self._expressions.get(key, _UNSET)
        if found is not _UNSET:
            if line and found is not None and "." in text:  # only a dotted chain has attribute steps
                self._read_again(scope, text, line)
            return found  # type: ignore[return-value]
        if text[0] == "!":
            var = self.annotation(scope, text[1:], instances=True)
        elif text[0] == "^":
            var = self.caught(scope, text[1:])
        elif text[0] == "~":
            var = self.narrowed(scope, text, line)
        else:
            var = self._chain(scope, text, line, called)
        self._expressions[key] = var
        return var

    def narrowed(self, scope: str, text: str, line: int) -> Var | None:
        """``~C~x``, what ``x`` holds in ``if isinstance(x, C):`` (the parser's
        ``python_versions.narrowed_names``): the instances of ``C``, a class of the
        repository whose every base is too (or a plain one), or of its subclasses; a cone
        of a base of ``C`` becomes ``C``'s cone. With a class from outside, an ABC or a
        ``Protocol`` named (a registered or structural subclass may be anything), or one
        with a metaclass of the repository (its ``__instancecheck__``), all of ``x``."""
        classes, _, source = text[1:].rpartition("~")
        read = self.expression(scope, source, line)
        try:
            node = ast.parse(classes.strip(), mode="eval").body
        except (SyntaxError, ValueError):
            return read
        named = [self._classes(scope, n) for n in (node.elts if isinstance(node, ast.Tuple) else [node])]
        if not all(named) or read is None:
            return read
        kept = [cls for found in named for cls in found]
        for cls in kept:
            mro = self.static.mro(cls)
            if not self._plain(mro) or self.metaclass(cls) is not None or not _STRUCTURAL.isdisjoint(mro):
                return read
        var: Var = ("nw", scope, text)
        if self.worklist.make(var):
            self.on(read, (Flow._narrow, tuple(kept), var, None))
        return var

    def _narrow(self, value: Value, classes: tuple[str, ...], target: Var, _: None) -> None:
        if value is TOP:
            self.add(target, value)
        elif value.kind in _INSTANCES:
            mro = self.static.mro(value.ref)
            if any(cls in mro for cls in classes):
                self.add(target, value)
            elif value.kind == "cone":
                for cls in classes:
                    if value.ref in self.static.mro(cls):
                        self.add(target, Value("cone", cls))

    def _bound_later(self, scope: str, text: str, line: int) -> bool:
        """Whether ``text``'s head, read on ``line`` of class body ``scope``, is bound
        in that body only further down: a class body runs once, top to bottom, so
        the read finds the enclosing scope's (colander's ``missing = required``
        before its ``required`` property)."""
        bindings = self.index.bindings.get(scope, {}).get(self._split(text)[0])
        return bool(bindings) and all(binding.line > line for binding in bindings)

    def _split(self, text: str) -> tuple[str, Steps]:
        """``text``'s head and steps, split once per file: a chain is read in several
        scopes and again on other lines (:meth:`_read_again`); splitting it and
        building its paths each time was 7% of making the constraints (profile of Lib/)."""
        found = self._chains.get(text)
        if found is None:
            head, operations = split_chain(text)
            found = self._chains[text] = (head, _steps(head, operations))
        return found

    def _chain(self, scope: str, text: str, line: int, called: bool) -> Var | None:
        # A name alone, most chains, has nothing to split (operations follow a dot or
        # are calls): no memo asked for it.
        head, steps = self._split(text) if "." in text or "(" in text else (text, ())
        var: Var = ("x", scope, head)
        if head.startswith("{") and head[1:2] != "V":
            self.add(var, _literal(scope, head))
        elif head.partition(":")[0] == "super" and steps[:1] and steps[0][0] == CALL and self.lookup(scope, "super") is None:
            # ``super()`` looks up after the enclosing class, ``super(Base, self)`` after ``Base``
            # (``super(Outer.Inner, self)`` spelled in the class ``Inner`` itself: after it).
            enclosing = self.static.enclosing_class(scope)
            if ":" in head:
                written = head[len("super:") :]
                named = self.static.evaluate(scope, written)
                if named is not None and named.kind == "def" and named.ref in self._class_ids:
                    enclosing = named.ref
                elif enclosing is None or written.rpartition(".")[2] != enclosing.rpartition(".")[2]:
                    return None
            if enclosing is None:
                return None
            self.add(var, Value("super", enclosing))
            # The call is the value itself: the steps after it start from ``super``.
            steps = _steps(head, [operation for operation, _ in steps[1:]])
        else:
            found = self.lookup(scope, head)
            if found is None:
                # ``type.__call__(cls, ...)``, what a metaclass's ``__call__`` calls up to, makes ``cls``.
                explicit = head == "type" and steps[:1] == (("__call__", "type.__call__"),)
                if (head not in _HELPERS and not explicit) or not (steps or called or head in _PASSED_BUILTINS):
                    # A builtin that neither calls nor passes on repository values. One that
                    # calls a dunder is a value even uncalled: ``map(repr, tasks)``, ``key=len``.
                    return None
                self.add(var, Value("builtin", head))
            elif isinstance(found, Value):
                if found.kind == "external" and found.ref.split(".")[0] not in _HELPER_MODULES:
                    return None
                self.add(var, found)
            elif len(found) == 1:
                var = found[0]  # the name's own variable: no copy needed
            else:
                for source in found:
                    self.copy(source, var)
        if not steps:  # a name alone: nothing more to read
            return var
        known, fluent = self._steps, self.passing.fluent_names
        own = self._own_self(scope, var) if steps[0][0] != CALL and not steps[0][0].startswith("[") else None
        # The variable before an attribute step, and the attribute (two names, not a
        # tuple per step); "" before the first step, which no fluent method is named.
        receiver: Var = var
        attribute = ""
        uncalled = ""  # an attribute named as a fluent method, until a call follows it
        for operation, path in steps:
            if uncalled and operation != CALL:
                self._demote(uncalled)
            uncalled = operation if operation in fluent or operation[-1:] == "*" else ""
            key: Var = ("x", scope, path)
            step = known.get(key)
            if step is None:
                step = known[key] = key
                # The rules of ``call`` and ``elements`` and an attribute's, made here: a
                # Python call fewer for each of the standard library's 455,000 new steps.
                if operation == CALL:
                    if attribute in fluent:  # before the call's rule runs
                        self._fluent_calls[step] = attribute
                        self.on(receiver, (Flow._fluent, attribute, step, None))
                    self.on(var, (Flow._call, None, (), step))
                elif operation[0] == "[":
                    self.on(var, (Flow._element, operation, step, None))
                elif own is not None and not attribute:  # the first step, on the method's own self
                    self.on(var, (Flow._read_own_member, operation, line, (step, *own)))
                else:
                    self.on(var, (Flow._read_member, operation, line, step))
            elif line and operation != CALL and not operation.startswith("["):
                self._read_on(step, line)
            receiver, attribute = var, operation
            var = step
        if uncalled and not called:
            self._demote(uncalled)
        return var

    def _demote(self, name: str) -> None:
        """A chain reads attribute ``name`` (or a ``getattr`` prefix, ``name*``) without
        calling it: the methods so named are not fluent after all. What their calls
        got without their ``self``'s value (and their annotated return) gets it now."""
        prefix = name[:-1] if name[-1:] == "*" else None
        for method in list(self.passing.fluent):
            definition = self.index.defs[method]
            if definition.name == name or (prefix is not None and definition.name.startswith(prefix)):
                self.passing.fluent_names.discard(definition.name)
                self.copy(self._fluent_result(method), ("r", method))
                self.passing.fluent.pop(method)
                self.passing.factories.discard(method)
                if definition.returns and definition.parent is not None:
                    self.copy(self.annotation(definition.parent, definition.returns, instances=True), ("r", method))

    def _fluent_result(self, method: str) -> Var:
        """What a call of fluent ``method`` gets that does not say on what it is made:
        its ``self``, or what a factory's ``cls(...)`` made."""
        return ("rf", method) if method in self.passing.factories else ("n", method, self.passing.fluent[method])

    def _fluent(self, receiver: Value, name: str, result: Var, *_: None) -> None:
        """``r.name()`` (``result``) with ``r`` holding ``receiver``: see :meth:`_fluent_method`."""
        if (
            receiver.kind in _INSTANCES
            or receiver.kind == "super"
            or (receiver.kind == "def" and self.index.defs[receiver.ref].kind is Kind.CLASS)
        ):
            self.on(self.member(receiver, name), (Flow._fluent_method, receiver, name, result))

    def _fluent_method(self, method: Value, receiver: Value, name: str, result: Var) -> None:
        """A fluent method (:meth:`PassingThrough._note_fluent`) called as
        ``r.name()`` on ``receiver`` gives it back when the receiver's class binds it,
        as the cone of the receiver's class (for ``super()``, of the class it is
        called in): an instance made by ``cls(...)`` in a classmethod is one of the
        class that defines it here, though it may be of a subclass, which ``self``'s
        cone used to cover. A factory (:meth:`PassingThrough._note_factories`) gives
        an instance of the receiver's class when called on a class or an instance,
        and on a cone or ``super()`` what it made of that class or its subclasses
        (not the whole cone: the classes its ``cls`` gets are fewer). Found there
        otherwise (an attribute of the instance), it gives what any call that does
        not say on what it is made gets (:meth:`_enter`)."""
        if method.kind not in ("bound", "declared") or method.ref not in self.passing.fluent:
            return
        factory = method.ref in self.passing.factories
        if receiver.kind == "def" and not factory:
            return  # ``C.name(obj)``: a plain call, its ``self`` what it is passed
        if receiver.kind == "super":
            classes = self._after(receiver.ref, name)
        else:
            subclasses = self.subclasses.get(receiver.ref, ()) if receiver.kind == "cone" else ()
            classes = {self._first_binding(self.static.mro(c), name): None for c in (receiver.ref, *subclasses)}
        if not any(self.index.defs[method.ref].parent == c for c in classes):
            self.copy(self._fluent_result(method.ref), result)
        elif factory and receiver.kind in ("def", "instance"):  # ``cls`` is exactly that class
            self.add(result, Value("instance", receiver.ref))
        elif factory:  # ``cls`` is the class or a subclass: what the method made of those
            self.on(("rf", method.ref), (Flow._made_within, receiver.ref, result, None))
        else:  # ``self`` itself: an instance exactly of its class, or of the cone
            self.add(result, receiver if receiver.kind == "instance" else Value("cone", receiver.ref))

    def _made_within(self, made: Value, cls: str, result: Var, *_: None) -> None:
        """An instance a factory made, into ``result`` if it is of ``cls`` or a subclass."""
        if made.kind in _INSTANCES and (made.ref == cls or made.ref in self.subclasses.get(cls, ())):
            self.add(result, made)

    def _read_again(self, scope: str, text: str, line: int) -> None:
        """``text``, a chain made before, is read again on ``line``: its attribute steps are."""
        for operation, path in self._split(text)[1]:
            if operation != CALL and not operation.startswith("["):
                self._read_on(("x", scope, path), line)

    def _read_on(self, step: Var, line: int) -> None:
        lines = self._reread.get(step)
        if lines is None:
            self._reread[step] = [line]
        elif line not in lines:  # a few lines each: searched
            lines.append(line)

    def lookup(self, scope: str, name: str) -> list[Var] | Value | None:
        """Where ``name`` read in ``scope`` comes from: the variables of the scope that
        binds it, or a fixed value; ``None`` for a builtin."""
        key = (scope, name)
        found = self._lookups.get(key, _UNSET)
        if found is _UNSET:
            found = self._lookups[key] = self._lookup(scope, name)
        return found  # type: ignore[return-value]

    def _lookup(self, scope: str, name: str) -> list[Var] | Value | None:
        for current in self.static.scopes(scope):
            if current in self.index.modules:  # a module's own id
                return self.module_member(current, name)
            if name in self.index.bindings.get(current, {}):
                if name in self.receivers.parameters.get(current, ()):  # also what known receivers passed
                    return [("n", current, name), ("n2", current, name)]
                return [("n", current, name)]
        return None

    def module_member(self, module: str, name: str, depth: int = 0) -> list[Var] | Value | None:
        """What ``module`` binds as ``name`` (star imports included); ``None`` if nothing."""
        if name in self.index.bindings.get(module, {}):
            return [("n", module, name)]
        for source in reversed(self.index.stars.get(module, [])):
            star = self.static.canonical_module(source)
            if star is None:
                return Value("external", f"{source}.{name}")
            if depth < 20 and self.static.exports(star, name):
                return self.module_member(star, name, depth + 1) or []
        submodule = f"{module}.{name}"
        if submodule in self.index.modules or submodule in self.index.namespaces:
            return Value("module", submodule)
        return None

    def outside(self, scope: str, chain: str) -> bool:
        """Whether ``chain`` starts from a builtin or from outside the repository."""
        head = self._split(chain)[0]
        found = self.lookup(scope, head)
        if found is None:
            return head != "super"
        if isinstance(found, Value):
            return found.kind == "external"
        return False

    def arguments(self, scope: str, arguments: tuple[str, ...], line: int) -> Arguments:
        found: list[Argument] = []
        position = 0
        for argument in arguments:
            if argument.startswith("**"):
                found.append(("**", self.expression(scope, argument[2:], line)))
            elif argument.startswith("*"):
                found.append(("*", self.expression(scope, argument[1:], line)))
                position = -1_000_000  # positions after a starred argument are unknown
            elif "=" in argument:
                keyword, _, value = argument.partition("=")
                found.append((keyword, self._made_here(scope, value, line) or self.expression(scope, value, line)))
            else:
                if position >= 0:  # a literal ("", a third of the standard library's) has no value
                    found.append((position, self._made_here(scope, argument, line) or self.expression(scope, argument, line) if argument else None))
                position += 1
        return tuple(found)

    # -- stores --------------------------------------------------------------------

    def store(self, scope: str, target: str, value: Var | None, line: int) -> None:
        """``target = value``: a name of ``scope`` (or of the scope a ``global`` or
        ``nonlocal`` declaration names), or the last operation of a chain. Storing
        even a value nobody knows into an attribute may call a property's setter."""
        head, _, last = target.rpartition(".")
        if value is None and (not head or last not in self._setter_names):
            if head and last[:1] not in "[(":
                # ``self.config.debug = True`` still reads ``self.config`` (a getter may run),
                # and a ``__setattr__`` of the receiver's class still runs.
                receiver = self.expression(scope, head, line)
                if self._attribute_hooks:
                    self.on(receiver, (Flow._attribute_set, _setattr_site(Site(scope, line, target + "=")), None, None))
            return
        if not head:
            self.copy(value, ("n", self.index.declared.get((scope, target), scope), target))
            return
        if last == SLICE:
            # ``x[:] = v``: ``x`` holds ``v``'s elements now; an instance of a list subclass
            # (minidom's ``NodeList``) has no elements of its own in the flow, so ``x`` holds
            # ``v`` too, as if rebound.
            self.store(scope, head, value, line)
        receiver = self.expression(scope, head, line)
        if last == "()":
            self.on(receiver, (Flow._store_result, value, None, None))
        elif last.startswith("["):
            self.on(receiver, (Flow._store_element, last, value, None))
        else:
            self.on(receiver, (Flow._store_attribute, last, value, Site(scope, line, target + "=")))

    def declare_type(self, scope: str, target: str, annotation: Var | None, line: int) -> None:
        """``target: T`` (a name, or an attribute ``x.name``). A parameter's annotation
        is a value (anyone may call the function); a variable's or an attribute's
        declares what the code puts there: the instances ``T`` names (and its
        subclasses') are what ``target`` holds only if nothing the flow knows is
        stored there (``self.conn: Base = None`` then ``self.conn = Local()`` holds a
        ``Local``, and a call on it reaches no other subclass's override). The
        containers it names are values still: ``self.items: list[T] = []`` holds a
        list of ``T``s, filled where the flow may not see. A class body's ``x: T``
        also declares its instances' ``x``: unused while either holds something."""
        if annotation is None:
            return
        containers, instances = self._annotation_parts(annotation)
        head, _, last = target.rpartition(".")
        if not head:
            var: Var = ("n", self.index.declared.get((scope, target), scope), target)
            self._declare_into(var, containers, instances, (var, *self._attribute_vars(scope, target)) if self._in_class(scope) else (var,))
        elif not last.startswith("[") and last != "()":
            self.on(self.expression(scope, head, line), (Flow._declare_attribute_type, last, containers, instances))

    def _declare_attribute_type(self, receiver: Value, name: str, containers: Var | None, instances: Var | None) -> None:
        if receiver.kind in _INSTANCES:
            self._declare_into(("a", receiver.ref, name), containers, instances, self._attribute_vars(receiver.ref, name))

    def _attribute_vars(self, cls: str, name: str) -> tuple[Var, ...]:
        """The variables holding what is stored as ``name`` on instances of ``cls``:
        its attribute, and the parameters stored there split by receiver."""
        split = self.receivers.attributes.get((cls, name), ())
        return (("a", cls, name), *(("n2", method, parameter) for method, parameter in split))

    def _declare_into(self, var: Var, containers: Var | None, instances: Var | None, empty: tuple[Var, ...]) -> None:
        """``var`` holds an annotation's ``containers`` now, and its ``instances`` only
        if every variable of ``empty`` is still empty when the worklist stops."""
        self.copy(containers, var)
        if instances is not None:
            self.declared_types.append((empty, var, instances))

    def _annotation_parts(self, annotation: Var) -> tuple[Var | None, Var | None]:
        """An annotation's containers and its other values (instances, classes), apart:
        each a variable, or None without any. An annotation's values are all made
        with it (:meth:`annotation`), so they can be sorted now."""
        containers, instances = ("tc", *annotation[1:]), ("ti", *annotation[1:])
        if self.worklist.make(containers):
            self.worklist.make(instances)
            for value in list(self.worklist.values(annotation)):
                self.add(containers if value.kind in ("seq", "dict") else instances, value)
        return (containers if self.worklist.values(containers) else None,
                instances if self.worklist.values(instances) else None)

    def _store_result(self, function: Value, value: Var, *_: None) -> None:
        if function.kind == "lambda":
            self.copy(value, ("r", function.ref))

    def _store_element(self, container: Value, operation: str, value: Var, *_: None) -> None:
        if operation == SLICE:  # ``x[1:2] = value``: its elements go in (an instance's ``__setitem__`` is a call)
            if container.kind == "seq":
                self.elements(value, "[*]", ("e", container.ref))
            return
        if operation == "[**]":  # ``container.update(value)``, ``{**value}``
            if container.kind == "dict":
                self.on(value, (Flow._merge, container.ref, None, None))
            elif container.kind == "seq":  # a set's ``update``: the elements
                self.elements(value, "[]", ("e", container.ref))
            return
        if container.kind in _INSTANCES and operation != "[*]":
            # ``x[k] = v``: the interpreter calls ``x.__setitem__(k, v)`` (the parser's site
            # has the edge); ``v`` is its value, the key is no value the flow follows.
            self.on(self.member(container, "__setitem__"), (Flow._call_method, None, ((1, value),), None))
            return
        if container.kind in ("seq", "dict"):
            if container.kind == "dict" and operation == "[*]":
                self.copy(value, ("k", container.ref))
            else:
                self.copy(value, ("e", container.ref))
            if operation[1:-1].isdigit():
                self.copy(value, ("i", container.ref, operation[1:-1]))
            elif container.kind == "dict" and operation[1:2] == ":":
                self.copy(value, self._keyed(container.ref, operation[1:-1]))
            elif container.kind == "dict" and operation == "[]":
                self.copy(value, ("u", container.ref))  # under a key nobody knows

    def _store_attribute(self, receiver: Value, name: str, value: Var, site: Site) -> None:
        if receiver is TOP:  # stored nowhere known; a setter it reached before is no edge
            self.blind[site] = None
        elif receiver.kind in _INSTANCES:
            self.copy(value, ("a", receiver.ref, name))
            # The first class on the MRO that binds ``name`` decides: a property's setter,
            # or a descriptor's ``__set__``, runs on the assignment.
            entry = self._first_binding(self.static.mro(receiver.ref), name)
            setter = self.setters.get((entry, name)) if entry is not None else None
            if setter is not None:  # a setter storing its value on ``self`` keeps it per receiver class
                self._enter(site, setter, [(0, value)], None, offset=1, receiver=(receiver.ref, receiver.kind == "instance"))
            if entry is not None:
                self.on(("n", entry, name), (Flow._descriptor_store, value, site, receiver))
            self._attribute_set(receiver, _setattr_site(site), value, None)
        elif receiver.kind == "module" and receiver.ref in self.index.modules:
            self.copy(value, ("n", receiver.ref, name))
        elif receiver.kind == "def" and self.index.defs[receiver.ref].kind is Kind.CLASS:
            self.copy(value, ("n", receiver.ref, name))
            self._attribute_set(receiver, _setattr_site(site), value, None)
        elif receiver.kind in ("def", "bound"):  # an attribute of the function object
            self.copy(value, ("a", receiver.ref, name))

    def _descriptor_method(self, cls: str, name: str) -> str | None:
        """The method ``name`` (``__get__``, ``__set__``, ``__set_name__``) an instance
        of ``cls`` has from the repository, if it is a function: what makes a class
        attribute holding one a descriptor."""
        entry = self._first_binding(self.static.mro(cls), name)
        found = self.index.defs.get(f"{entry}.{name}") if entry is not None else None
        return found.id if found is not None and found.kind is not Kind.CLASS else None

    def _descriptor_store(self, descriptor: Value, value: Var, site: Site, receiver: Value) -> None:
        """``x.name = value`` where ``x``'s class holds ``descriptor`` as ``name``: a
        descriptor with ``__set__`` is given ``x`` and the value (its ``__set__(self,
        instance, value)``)."""
        if descriptor.kind == "setter":  # ``name = property(fget, fset)``
            self._enter(site, descriptor.ref, [(0, value)], None, offset=1)
            return
        if descriptor.kind == "def":  # ``end = end_property``, a property made outside a class
            definition = self.index.defs[descriptor.ref]
            outside = definition.parent is not None and self.index.defs[definition.parent].kind is not Kind.CLASS
            setter = self.setters.get((definition.parent, definition.name)) if outside else None
            if setter is not None and "property" in definition.decorators:
                self._enter(site, setter, [(0, value)], None, offset=1)
            return
        setter = self._descriptor_method(descriptor.ref, "__set__") if descriptor.kind == "instance" else None
        if setter is not None:
            self._enter(site, setter, ((0, self._holding(receiver)), (1, value)), None, offset=1)

    def _attribute_set(self, receiver: Value, site: Site, value: Var | None, _: None) -> None:
        """``receiver.name = value`` (or ``setattr(receiver, name, value)``) runs
        ``type(receiver).__setattr__``: an instance's, when its class binds one (a mixin
        tracking changed fields), a class's metaclass's."""
        if receiver.kind in _INSTANCES and self._sets_attributes(receiver):
            self.on(self.member(receiver, "__setattr__"), (Flow._call_method, site, ((1, value),), None))
        elif receiver.kind == "def" and receiver.ref in self._class_ids:
            meta = self._meta_binding(receiver.ref, "__setattr__")
            if meta is not None:
                found: Var = ("meta()", receiver.ref, "__setattr__")
                if self.worklist.make(found):
                    self._class_member(meta, "__setattr__", found, Value("class", receiver.ref))
                self.on(found, (Flow._call_method, site, ((1, value),), None))

    def _sets_attributes(self, value: Value) -> bool:
        """Whether an instance ``value`` may be of a class whose repository MRO binds
        ``__setattr__``, which every attribute assignment on it runs (a mixin tracking
        changed fields). Asked of every store on an instance: kept per value."""
        found = self._setters_of_attributes.get(value)
        if found is None:
            found = self._setters_of_attributes[value] = any(
                self._first_binding(self.static.mro(cls), "__setattr__") is not None for cls in self._classes_of(value)
            )
        return found

    def _makes_data_descriptor(self, scope: str, value: str) -> bool:
        """Whether ``value``, assigned in a class body, is a call of a repository class
        with ``__set__`` (``celsius = Celsius()``): assigning the attribute then runs it,
        whatever the value."""
        if not value.endswith(CALL):
            return False
        made = self.static.evaluate(scope, value[: -len(CALL)])
        return made is not None and made.kind == "def" and made.ref in self._class_ids and (
            self._descriptor_method(made.ref, "__set__") is not None
        )

    def _holding(self, value: Value) -> Var:
        """A variable that holds ``value`` alone (an argument the interpreter passes)."""
        var: Var = ("v", value.kind, value.ref)
        if self.worklist.make(var):
            self.add(var, value)
        return var

    def _set_name(self, descriptor: Value, site: Site, *_: None) -> None:
        """A class body binds ``descriptor``: making the class calls its ``__set_name__``."""
        hook = self._descriptor_method(descriptor.ref, "__set_name__") if descriptor.kind == "instance" else None
        if hook is not None:
            self._enter(site, hook, (), None, offset=1)

    # -- reads -----------------------------------------------------------------------

    def elements(self, source: Var | None, operation: str, target: Var) -> None:
        """``target`` gets ``source.[]`` (an item), ``.[*]`` (iteration) or ``.[N]``."""
        self.on(source, (Flow._element, operation, target, None))

    def _element(self, value: Value, operation: str, target: Var, *_: None) -> None:
        kind, ref = value
        if operation == SLICE:
            self._slice(value, target)
            return
        position = operation[1:-1]
        if kind == "seq":
            if position.isdigit() and _positional(ref):
                self.copy(("i", ref, position), target)
                if ref.endswith("|*"):  # a var-positional tuple: what its annotation gives, at every position
                    self.copy(("pu", ref), target)
            else:
                self.copy(("e", ref), target)
        elif kind == "dict":
            if position[:1] == ":":
                self._read_key(ref, position, target)
            else:
                self.copy(("k", ref) if operation == "[*]" else ("e", ref), target)
        elif kind == "items":
            # Only a dict made of the pairs (``dict(zip(keys, values))``) has items.
            self.add(target, Value("pair", ref)) if operation == "[*]" else self.copy(("e", ref), target)
        elif kind == "pair":
            if position in ("0", "*", ""):
                self.copy(("k", ref), target)
            if position in ("1", "*", ""):
                self.copy(("e", ref), target)
        elif kind == "gen":
            self.copy(("y", ref), target)
        elif kind == "top":
            self.add(target, TOP)
        elif kind == "def" and self.index.defs[ref].kind is Kind.CLASS and self.enum(ref):
            self.add(target, Value("instance", ref))  # ``for c in Color``, ``Color["RED"]``: its members
        elif kind == "def" and operation != "[*]" and ref in self._class_ids and self._meta_binding(ref, "__getitem__"):
            self.copy(self.result_of(value, "__getitem__"), target)  # ``Plugin[name]``: its metaclass's
        elif kind == "def" and operation != "[*]" and ref in self._class_ids and self._first_binding(self.static.mro(ref), "__class_getitem__"):
            self.copy(self.result_of(value, "__getitem__:"), target)  # ``Codec["json"]``: its ``__class_getitem__``'s
        elif kind in _INSTANCES:
            if operation == "[*]" and self._indexed(value):
                self.copy(self.result_of(value, "__getitem__"), target)  # each item, by index
            elif operation == "[*]":
                iterator = self.result_of(value, "__iter__")
                self.on(iterator, (Flow._iterated, target, None, None))
            else:
                self.copy(self.result_of(value, "__getitem__"), target)

    def _indexed(self, value: Value) -> bool:
        """Whether every class ``value`` may be of is iterated by the old sequence
        protocol: a sequence (``__getitem__`` and ``__len__``) without ``__iter__``, nothing
        from outside that could have it."""
        for cls in self._classes_of(value):
            mro = self.static.mro(cls)
            if not self._plain(mro) or self._first_binding(mro, "__iter__") or not (
                    self._first_binding(mro, "__getitem__") and self._first_binding(mro, "__len__")):
                return False
        return True

    def _slice(self, value: Value, target: Var) -> None:
        """``x[a:b]``: a sequence of the same elements (the flow does not tell a slice
        from its sequence), what an instance's ``__getitem__`` returns; nothing of a
        dict, a generator or a class, which Python does not slice so."""
        if value.kind in ("seq", "top"):
            self.add(target, value)
        elif value.kind in _INSTANCES:
            self.copy(self.result_of(value, "__getitem__"), target)

    def _read_key(self, ref: str, key: str, target: Var) -> None:
        """``target`` gets what dict ``ref`` holds under ``key`` (``:name``): what was
        stored under that name, or under a key nobody knows (``d[k] = v``, an
        annotation's element type, ``update``)."""
        self.copy(("i", ref, key), target)
        self.copy(("u", ref), target)

    def _iterated(self, iterator: Value, target: Var, *_: None) -> None:
        """What ``next()`` gives on what ``__iter__`` returned."""
        if iterator.kind in _INSTANCES:
            self.copy(self.result_of(iterator, "__next__"), target)
        else:
            self._element(iterator, "[*]", target)

    def member(self, value: Value, name: str) -> Var:
        """The variable holding ``value.name`` (a property read as its marker)."""
        var: Var = ("m", value.kind, value.ref, name)
        if self.worklist.make(var):
            self.attribute_of(value, name, var)
        return var

    def result_of(self, value: Value, name: str) -> Var:
        """What calling ``value.name()`` returns (no edge: the caller records it)."""
        var: Var = ("m()", value.kind, value.ref, name)
        if self.worklist.make(var):
            self.call(None, self.member(value, name), (), var)
        return var

    def _running(self, cls: str, name: str) -> dict[str, None]:
        """The subclasses of ``cls`` whose instances run its method ``name``: those
        whose lookup of ``name`` finds ``cls``'s, or an override that calls up with
        ``super().name()``, or a class from outside first (which may not have it). One
        whose lookup finds another ``name`` that does not call up (its own, a base's
        between, a mixin's before ``cls``) never runs ``cls``'s."""
        key = (cls, name)
        found = self._runs.get(key)
        if found is None:
            overriding = set(self.overriders(cls, name))
            found = self._runs[key] = {
                sub: None for sub in self.subclasses.get(cls, ()) if self._lookup_until(sub, cls, name, overriding) in (cls, None)
            }
        return found

    def _lookup_until(self, sub: str, cls: str, name: str, overriding: set[str]) -> str | None:
        """The first class on ``sub``'s MRO that is ``cls``, or binds ``name`` (a mixin
        before ``cls`` may) or sets it on its instances (one of ``overriding``) without
        calling up; None when a class from outside comes first (it may or may not
        have it)."""
        bindings = self.index.bindings
        for entry in self.static.mro(sub):
            if entry == cls:
                return entry
            if (entry in overriding or name in bindings.get(entry, {})) and f"{entry}.{name}" not in self._calls_up:
                return entry
            if entry.startswith(EXTERNAL):
                return None
        return None

    def overriders(self, cls: str, name: str) -> list[str]:
        """The subclasses of ``cls`` whose own body binds ``name``, or whose methods
        set ``self.name`` (the list is shared: not to be changed)."""
        return self._bound_below(cls).get(name, [])

    def _bound_below(self, cls: str) -> dict[str, list[str]]:
        """Each name that some subclass of ``cls`` binds or sets on ``self``, with
        those subclasses in order, found once per class: a cone's members searched
        every subclass of a base with hundreds, name by name (py-spy of the
        resolution of Lib/: 1.6% of the samples before, 0.5% after a set of the
        names; the search that remained for the names in it, 1.5% of the samples)."""
        found = self._names_below.get(cls)
        if found is None:
            found = self._names_below[cls] = {}
            bindings, attributes, stored = self.index.bindings, self.index.attributes, self.index.class_stored
            for subclass in self.subclasses.get(cls, ()):
                # An attribute stored through ``cls`` by a classmethod of a class of its MRO
                # may be stored on it (``cls._inv_cls = cls`` in ``__init_subclass__``).
                inherited = [stored[entry] for entry in self.static.mro(subclass) if entry in stored]
                for names in (bindings.get(subclass, ()), attributes.get(subclass, ()), *inherited):
                    for name in names:
                        overriding = found.setdefault(name, [])
                        if not overriding or overriding[-1] != subclass:  # bound and set on ``self``: once
                            overriding.append(subclass)
        return found

    def _read_member(self, value: Value, name: str, line: int, target: Var) -> None:
        """``target``, the chain step ``("x", scope, path)`` first read on ``line``, gets
        ``value.name``; reading a property calls its getter (a call site of its own)."""
        if value is TOP:  # a property it read before is no edge
            self.add(target, TOP)
            self.blind[Site(target[1], line, target[2])] = None
        else:
            self.on(self.member(value, name), (Flow._read, line, target, value))

    def _read(self, found: Value, line: int, target: Var, receiver: Value) -> None:
        """``target`` gets ``found``, the member a read on ``receiver`` found; a
        property's getter is called, and ``target`` gets its return, or, for a getter
        that returns its instance's attribute (``return self._children``), that
        attribute read on ``receiver``: the getter's ``self`` is every instance whose
        class runs it, so its return mixes what each subclass stores (mistletoe's
        ``token.children``, bench/audit/audit18 cause C). Only on an instance: on
        ``super()`` an attribute read finds the class's, not the instance's. A getter's
        annotated return still fills a read that the attribute leaves empty."""
        if found.kind == "property":
            site = Site(target[1], line, target[2])
            self._calls(site, found.ref)
            self._property_reads.add((site, found.ref))
            if receiver.kind in _INSTANCES and found.ref.endswith(".__get__"):
                # A descriptor's ``__get__(self, instance, owner)``: ``instance`` is the receiver.
                self._enter(None, found.ref, ((0, self._holding(receiver)),), None, offset=1)
            names = self._attribute_getters.get(found.ref)
            if names is None or receiver.kind not in _INSTANCES or found.ref in self.generators:
                self.copy(("r", found.ref), target)
                return
            for name in names:
                self.on(self.member(receiver, name), (Flow._read_through, target, None, None))
            self.declared_types.append(((target,), target, ("r", found.ref)))
        else:
            self.add(target, found)

    def _read_through(self, found: Value, target: Var, *_: None) -> None:
        """An attribute a getter returns, read on the getter's receiver (see
        :meth:`_read`): a property there is what its own getter returns (that call is
        the first getter's, an edge of its own body)."""
        if found.kind == "property":
            self.copy(("r", found.ref), target)
        else:
            self.add(target, found)

    def attribute_of(self, value: Value, name: str, target: Var) -> None:
        """Put ``value.name`` into ``target`` (use :meth:`member`, which memoises).
        ``name`` may carry a literal key (``get:name``, see the parser): only a
        dict's ``get``, ``pop`` and ``setdefault`` read by it; ``:staticmethod`` and
        ``:classmethod`` wrap a function."""
        kind, ref = value
        if name in (":staticmethod", ":classmethod"):
            if kind == "def" and self.index.defs[ref].kind is not Kind.CLASS:
                self.add(target, Value(name[1:], ref))
            return
        if ":" in name:
            if kind == "dict":
                self.add(target, Value("method", f"{name}|{kind}|{ref}"))
                return
            name, _, key = name.partition(":")
            if not key and kind not in _TYPED:
                # The interpreter's own call (``C[int]``, ``C | None``, ``if C:``) looks the
                # dunder up on the type: a class's is its metaclass's (bound to the class),
                # a function's or a module's is builtin. A subscript of a class whose
                # metaclass has no ``__getitem__`` calls ``__class_getitem__``.
                if kind == "def" and ref in self._class_ids:
                    meta = self._meta_binding(ref, name)
                    if meta is not None:
                        self._class_member(meta, name, target, Value("class", ref))
                    elif name == "__getitem__":  # an implicit classmethod: its ``cls`` is the class
                        self._class_member(ref, "__class_getitem__", target, Value("class", ref))
                return
        if name.endswith("*"):
            self._prefixed(value, name[:-1], target)
            return
        if kind == "module":
            found = self.module_member(ref, name) if ref in self.index.modules else None
            if found is None and ref not in self.index.modules:
                submodule = f"{ref}.{name}"
                if submodule in self.index.modules or submodule in self.index.namespaces:
                    found = Value("module", submodule)
            if isinstance(found, Value):
                self.add(target, found)
            elif found:
                for source in found:
                    self.copy(source, target)
            elif not name.startswith("__") and "__getattr__" in self.index.bindings.get(ref, {}) and not self.index.stars.get(ref):
                # A name the module does not bind, nor a submodule, is what its
                # ``__getattr__`` gives (PEP 562). A submodule is taken to be imported; a
                # module with a star import may bind anything.
                self.on(("n", ref, "__getattr__"), (Flow._getattr_hook, target, None, None))
        elif kind == "def" and ref in self._class_ids:
            self._class_member(ref, name, target, value)
            meta = self.metaclass(ref)
            if meta is not None and self._first_binding(self.static.mro(ref), name) is None:
                # Not found on the class: its metaclass's, bound to the class (``cls.instance(...)``).
                self._class_member(meta, name, target, Value("class", ref))
        elif kind == "def" and name == "register" and ref in self._dispatchers:
            self.add(target, Value("register", ref))
        elif kind in ("def", "bound"):
            self.copy(("a", ref, name), target)
        elif kind in _INSTANCES and name in _FALLBACKS and self._falls_back(value, name):
            self._dunder_member(value, name, target)
        elif kind in _INSTANCES and name in ("value", "_value_") and self.enum(ref):
            self.copy(("ev", ref), target)  # what the body assigned its members
        elif kind in _INSTANCES and self._hooked(ref, name) is not None:
            # ``Thread.start()`` runs the instance's ``run``, ``HTMLParser.feed`` its handlers.
            self.add(target, Value("hooks", f"{kind}|{ref}|{name}"))  # called: see _call
        elif kind in _INSTANCES:
            self._instance_member(ref, name, target, self.overriders(ref, name) if kind == "cone" else None)
            if name in _GENERATED and self._generates(ref, name):
                self.add(target, Value("generated", f"{name}|{ref}"))
            if name in _TOTAL_ORDERING:
                self._ordered(value, name, target)
            elif name == "__getitem__":
                self._missing_key(value, target)
        elif kind == "super":
            after = self._after(ref, name)
            for entry in after:
                self.on(("n", entry, name), (Flow._bind_member, Value("cone", ref), target, False))
            method = self.index.defs.get(f"{ref}.{name}")
            if not after and name == "__call__" and method is not None and method.parameters and f"{EXTERNAL}type" in self.static.mro(ref):
                # A metaclass's ``__call__`` calling up reaches ``type.__call__``: it makes its ``cls``.
                self.add(target, Value("make", method.id))
        elif kind in ("seq", "dict", "items", "gen"):
            self.add(target, Value("method", f"{name}|{kind}|{ref}"))
        elif kind == "external":
            self.add(target, Value("external", f"{ref}.{name}"))
        elif kind == "builtin" and ref == "type" and name == "__call__":
            self.add(target, Value("builtin", "type.__call__"))

    def _instance_member(
        self, cls: str, name: str, target: Var, overriders: list[str] | None, running: dict[str, None] | None = None
    ) -> None:
        """``x.name`` for ``x`` an instance of ``cls`` (``overriders`` None), or of
        ``cls`` or any subclass: then ``overriders`` are the subclasses whose own
        ``name`` it may find, and it finds what each subclass's MRO finds beside
        ``cls`` (only for the subclasses ``running``, when given)."""
        reader: Reader = (cls, overriders is None, running)
        split = self.receivers.attributes
        for entry in self.static.mro(cls):
            if entry.startswith(EXTERNAL):
                break
            self.copy(("a", entry, name), target)
            if (entry, name) in split:
                self.receivers.read(entry, name, reader, target, self.copy)
        # An abstract method is never what a call on an instance of a subclass
        # runs, nor a protocol's stub what a call on something that matches it
        # runs, but its annotation still says what the call gives.
        concrete = bool(overriders) or (overriders is not None and self.protocol(cls))
        self._class_member(cls, name, target, Value("instance" if overriders is None else "cone", cls), concrete=concrete)
        self._missing_member(cls, name, target)
        for subclass in overriders or ():
            self.copy(("a", subclass, name), target)
            if (subclass, name) in split:
                self.receivers.read(subclass, name, reader, target, self.copy)
            # As for ``cls``: a subclass's abstract method that its own subclasses
            # override is never what runs.
            below = self.subclasses.get(subclass)
            overridden = bool(below) and not below.keys().isdisjoint(overriders)
            self._class_member(subclass, name, target, Value("cone", subclass), concrete=overridden)
            self._missing_member(subclass, name, target)
        for entry, subclasses in self._beside(cls).get(name, {}).items() if overriders is not None else ():
            found = [sub for sub in subclasses if running is None or sub in running]
            if found:
                self.on(("n", entry, name), (Flow._bind_member, Value("cone", found[0]), target, False))
        for entry, subclasses in self._stored_beside(cls).get(name, {}).items() if overriders is not None else ():
            if any(running is None or sub in running for sub in subclasses):
                self.copy(("a", entry, name), target)
                if (entry, name) in split:
                    self.receivers.read(entry, name, reader, target, self.copy)

    def _beside(self, cls: str) -> dict[str, dict[str, list[str]]]:
        """The names that subclasses of ``cls`` find in a class beside it, neither a
        base of ``cls`` nor a subclass (``Page(HtmlMixin, JsonMixin, Resource)``: on
        ``HtmlMixin``'s cone, ``data`` is ``Resource``'s), each with the classes that
        bind it so and the subclasses that find it there: a cone's lookup follows
        each subclass's MRO. Found once per class: a name is found in ``entry`` when
        no class before it on the MRO binds it (one set of those names per class
        beside, not a search of the MRO per name: 300,000 searches on ``Lib/``)."""
        found = self._besides.get(cls)
        if found is None:
            found = self._besides[cls] = {}
            bindings = self.index.bindings
            for subclass, mro, entry in self._classes_beside(cls):
                earlier = set().union(*(bindings.get(before, ()) for before in mro[: mro.index(entry)]))
                for name in bindings.get(entry, ()):
                    if name not in earlier:
                        found.setdefault(name, {}).setdefault(entry, []).append(subclass)
        return found

    def _stored_beside(self, cls: str) -> dict[str, dict[str, list[str]]]:
        """The attributes that a class beside ``cls`` (see :meth:`_beside`) stores on
        ``self`` in its methods, each with the classes storing it and the subclasses of
        ``cls`` that inherit those methods (``HierarchicalGraphMachine(GraphMachine,
        HierarchicalMachine)``: on ``HierarchicalMachine``'s cone, ``model_graphs`` is
        what ``GraphMachine.__init__`` stores). Found once per class."""
        found = self._besides_stored.get(cls)
        if found is None:
            found = self._besides_stored[cls] = {}
            for subclass, _, entry in self._classes_beside(cls):
                for name in self.index.attributes.get(entry, {}):
                    found.setdefault(name, {}).setdefault(entry, []).append(subclass)
        return found

    def _classes_beside(self, cls: str) -> Iterator[tuple[str, list[str], str]]:
        """(subclass, its MRO, a class on it beside ``cls``) for each subclass of ``cls``
        and each class of the repository on its MRO that is neither a base of ``cls``
        nor a subclass of it."""
        subclasses = self.subclasses.get(cls, {})
        own = set(self.static.mro(cls))
        for subclass in subclasses:
            mro = self.static.mro(subclass)
            for entry in mro:
                if entry.startswith(EXTERNAL):
                    break
                if entry not in own and entry not in subclasses and entry != subclass:
                    yield subclass, mro, entry

    def _missing_member(self, cls: str, name: str, target: Var) -> None:
        """``x.name`` on an instance of ``cls`` when no class of its MRO binds ``name``
        (all of them the repository's, or plain bases) and no assignment of the
        repository stores an attribute so named: Python calls ``__getattr__``, read as
        a property whose getter it is (its edge from the read, its return the value)."""
        if name.startswith("__") or ":" in name or name.endswith("*") or name in self._stored_names:
            return
        mro = self.static.mro(cls)
        hook = self._first_binding(mro, "__getattr__")  # asked first: most classes have none
        # Only a plain MRO lacks what none of its classes binds (an outside base may bind it).
        if hook is not None and self._plain(mro) and self._first_binding(mro, name) is None:
            self.on(("n", hook, "__getattr__"), (Flow._getattr_hook, target, None, None))
            for delegate in self._delegates.get(f"{hook}.__getattr__", ()):
                self.on(delegate, (Flow._delegated, name, target, None))

    def _note_delegate(self, hook: str, line: int) -> None:
        """``return getattr(self.stream, name)`` in ``__getattr__(self, name)``: the
        instance hands every attribute it lacks to ``self.stream`` (unittest's
        ``_WritelnDecorator``, ``tempfile``'s file wrappers), so reading ``x.write`` of one
        reads ``write`` of what its ``stream`` holds (:meth:`_missing_member`)."""
        arguments = self.passing.arguments.get((hook, line, "getattr()"))
        parameters = self.index.defs[hook].parameters
        if arguments is None or len(arguments) != 2 or len(parameters) != 2 or arguments[1] != parameters[1].name:
            return
        delegate = self.expression(hook, arguments[0], line) if arguments[0] and "=" not in arguments[0] else None
        if delegate is not None:
            self._delegates.setdefault(hook, []).append(delegate)

    def _delegated(self, value: Value, name: str, target: Var, _: None) -> None:
        """``name`` of what a delegating ``__getattr__`` hands it to (see :meth:`_note_delegate`)."""
        if value is not TOP and value.kind in _INSTANCES:
            self.copy(self.member(value, name), target)

    def _getattr_hook(self, hook: Value, target: Var, *_: None) -> None:
        if hook.kind == "def" and self.index.defs[hook.ref].kind is not Kind.CLASS:
            self.add(target, Value("property", hook.ref))

    def _read_own_member(self, value: Value, name: str, line: int, packed: tuple[Var, str, str]) -> None:
        """``self.name`` in method ``method`` of ``cls``: on ``self``'s own cone, only
        the subclasses that run ``method`` (:meth:`_running`) are what ``self`` may be."""
        target, cls, method = packed
        if value.kind != "cone" or value.ref != cls or name in _FALLBACKS or ":" in name or name.endswith("*"):
            self._read_member(value, name, line, target)
            return
        key = (cls, method, name)
        var = self._own_members.get(key)
        if var is None:
            overriders = self.overriders(cls, name)
            running = self._running(cls, method)
            kept = [sub for sub in overriders if sub in running]
            beside = [sub for subclasses in self._beside(cls).get(name, {}).values() for sub in subclasses]
            # Most names are overridden by none of the subclasses left out: the cone's own
            # member; nor stored on ``self`` from a parameter, kept apart per receiver class.
            split = len(running) < len(self.subclasses.get(cls, ())) and any(
                (entry, name) in self.receivers.attributes for entry in self.static.mro(cls)
            )
            shared = len(kept) == len(overriders) and all(sub in running for sub in beside) and not split
            var = self._own_members[key] = self.member(value, name) if shared else ("mk", cls, name, method, *kept)
            if not shared and self.worklist.make(var):
                self._instance_member(cls, name, var, kept, running)
        self.on(var, (Flow._read, line, target, value))

    def _own_self(self, scope: str, var: Var) -> tuple[str, str] | None:
        """(class, method) when ``var`` is the ``self`` of method ``scope`` and a
        subclass overrides it: reads on it see only the subclasses that run it.
        Asked of most chains: each scope's answer is kept (0.5 s of Lib/ otherwise)."""
        found = self._own_selves.get(scope, _UNSET)
        if found is _UNSET:
            definition = self.index.defs.get(scope)
            first = self.index.first_parameter(definition) if definition is not None else None
            overridden = first is not None and first[0] == "instance" and definition.parent is not None and (
                # overridden in a subclass, or found first in a mixin before it (the reads may find another's)
                self.overriders(definition.parent, definition.name) or self._mixed(definition.parent, definition.name)
            )
            found = self._own_selves[scope] = (("n", scope, first[1]), definition.parent, definition.name) if overridden else None
        return found[1:] if found is not None and found[0] == var else None  # type: ignore[return-value]

    def _mixed(self, cls: str, name: str) -> bool:
        """Whether a subclass of ``cls`` does not run ``cls``'s method ``name`` because a
        base beside ``cls`` binds it first (a mixin before it: see :meth:`_beside`)."""
        return name in self._beside(cls) and len(self._running(cls, name)) < len(self.subclasses.get(cls, ()))

    def _after(self, cls: str, name: str) -> dict[str, None]:
        """The classes whose body binds the ``name`` that ``super().name`` in class
        ``cls`` finds: it goes on along the MRO of the instance's class after ``cls``;
        in a diamond, a subclass puts a sibling between ``cls`` and its base."""
        found: dict[str, None] = {}
        for subclass in (cls, *self.subclasses.get(cls, ())):
            mro = self.static.mro(subclass)
            entry = self._first_binding(mro[mro.index(cls) + 1 :], name) if cls in mro else None
            if entry is not None:
                found[entry] = None
        return found

    def _classes_of(self, value: Value) -> list[str]:
        """The classes an instance (or class) ``value`` may be of: a cone's class and
        its subclasses, else its own."""
        return [value.ref, *self.subclasses.get(value.ref, ())] if value.kind == "cone" else [value.ref]

    def _plain(self, mro: list[str]) -> bool:
        """Whether an MRO holds only the repository's classes and outside bases that
        bind nothing (:data:`_PLAIN_BASES`): what none of its classes binds, it lacks."""
        return all(not e.startswith(EXTERNAL) or e in _PLAIN_BASES for e in mro)

    def _falls_back(self, value: Value, name: str) -> bool:
        """Whether a class ``value`` may be of lacks dunder ``name``, with nothing from
        outside on its MRO that could have it (else the dunder is read as any method)."""
        for cls in self._classes_of(value):
            mro = self.static.mro(cls)
            if self._plain(mro) and self._first_binding(mro, name) is None:
                return True
        return False

    def _dunder_member(self, value: Value, name: str, target: Var) -> None:
        """``value.name`` for a dunder with a fallback (:data:`_FALLBACKS`): Python looks
        it up on the class, and a class that lacks it, with nothing from outside on its
        MRO that could have it, gets the fallback. For a cone, class by class."""
        for cls in self._classes_of(value):
            mro = self.static.mro(cls)
            found = name
            if self._plain(mro):
                while found in _FALLBACKS and self._first_binding(mro, found) is None and (
                        found != "__iter__" or self._first_binding(mro, "__len__")):
                    found = _FALLBACKS[found]
            self._class_member(cls, found, target, Value(value.kind, cls))

    def _ordered(self, value: Value, name: str, target: Var) -> None:
        """Comparison ``name`` of an instance whose class lacks it but a class of its MRO
        is under ``@functools.total_ordering``: the comparison written there runs the
        class's root comparison, and ``==`` or ``!=`` where it needs one. For a cone,
        class by class."""
        for cls in self._classes_of(value):
            mro = self.static.mro(cls)
            for entry in mro:
                if entry.startswith(EXTERNAL) or name in self.index.bindings.get(entry, {}):
                    break
                if any(d.split("(")[0].rpartition(".")[2] == "total_ordering" for d in self.index.defs[entry].decorators):
                    roots = [root for root in _TOTAL_ORDERING if root in self.index.bindings.get(entry, {})]
                    if roots:
                        extra = _TOTAL_ORDERING[roots[0]][name]
                        if extra == "__ne__" and self._first_binding(mro, "__ne__") is None:
                            extra = "__eq__"  # ``object.__ne__`` asks ``__eq__``
                        for method in (roots[0], extra) if extra else (roots[0],):
                            self._class_member(cls, method, target, Value(value.kind, cls))
                    break

    def _missing_key(self, value: Value, target: Var) -> None:
        """``x[k]`` on an instance of a subclass of ``dict`` (``defaultdict``,
        ``OrderedDict``, ``UserDict``, ``Counter``) that binds ``__missing__``: a key it
        lacks runs ``__missing__``, which the builtin ``__getitem__`` calls. For a cone,
        class by class."""
        for cls in self._classes_of(value):
            mro = self.static.mro(cls)
            outside = next((e for e in mro if e.startswith(EXTERNAL)), "")
            if outside[len(EXTERNAL):].rpartition(".")[2] in _DICT_BASES and self._first_binding(mro, "__getitem__") is None:
                if self._first_binding(mro, "__missing__") is not None:
                    self._class_member(cls, "__missing__", target, Value(value.kind, cls))

    def protocol(self, cls: str) -> bool:
        """Whether ``cls`` is a ``typing.Protocol``: it names ``Protocol`` among its bases."""
        return any(b.split("[")[0].strip().rsplit(".", 1)[-1] == "Protocol" for b in self.index.defs[cls].bases)

    def _prefixed(self, value: Value, prefix: str, target: Var) -> None:
        """``getattr(value, "prefix" + name)``: each attribute whose name starts with
        ``prefix`` that the class of an instance (for a cone, also its subclasses), a
        class or a module binds; nothing for other values."""
        kind, ref = value
        if kind == "module" and ref in self.index.modules:
            names = [n for n in self.index.bindings.get(ref, {}) if n.startswith(prefix)]
        elif (kind in _INSTANCES or kind == "def") and self.index.defs[ref].kind is Kind.CLASS:
            names = [
                n for cls in self._classes_of(value) for entry in self.static.mro(cls) if not entry.startswith(EXTERNAL)
                for n in self.index.bindings.get(entry, {}) if n.startswith(prefix)
            ]
        else:
            return
        for name in dict.fromkeys(names):
            self.copy(self.member(value, name), target)

    def caught(self, scope: str, classes: str) -> Var | None:
        """What ``except classes as e`` binds to ``e``: instances of the classes named
        and their subclasses that a ``raise`` of the repository names (``raise
        NotFound(key)``), not the cone of each class named (``self`` and annotations'),
        whose every override a call on it would reach. A class with none of its cone
        raised by name (raised from outside, by a factory, from a variable), or more
        than the bound, is caught as its cone."""
        annotated = self.annotation(scope, classes, instances=True)
        if annotated is None:
            return None
        var: Var = ("c", scope, classes)
        if not self.worklist.make(var):
            return var
        raised = self.raised()
        named = list(self.worklist.values(annotated))
        made = [
            [cls for cls in (value.ref, *self.subclasses.get(value.ref, ())) if cls in raised] if value.kind == "cone" else []
            for value in named
        ]
        narrow = sum(len(m) or 1 for m in made) <= MAX_VALUES
        for value, instances in zip(named, made):
            if not instances or not narrow:
                self.add(var, value)
            for cls in instances if narrow else ():
                self.add(var, Value("instance", cls))
        return var

    def raised(self) -> set[str]:
        """The classes of the repository some function raises by name (``raise C``,
        ``raise C(...)``), found once."""
        if self._raised is None:
            self._raised = set()
            for definition in self.index.defs.values():
                for name in definition.raises:
                    value = self.static.evaluate(definition.id, name) if definition.language == "python" else None
                    if value is not None and value.kind == "def" and self.index.defs[value.ref].kind is Kind.CLASS:
                        self._raised.add(value.ref)
        return self._raised

    def _class_member(self, cls: str, name: str, target: Var, receiver: Value, *, concrete: bool = False) -> None:
        """``name`` from the first class on ``cls``'s MRO whose body binds it, read on
        ``receiver`` (the class itself, or an instance or cone of ``cls``); functions
        become bound methods where Python binds them; a ``concrete`` lookup gives an
        abstract method only as what it declares."""
        mro = self.static.mro(cls)
        entry = self._first_binding(mro, name)
        if entry is not None:
            self.on(("n", entry, name), (Flow._bind_member, receiver, target, concrete))
        if name in self._stored_on_objects:
            # A class value's attribute stored outside its body (``cls.describe = describe``
            # in a class decorator) is in the class's namespace too, found in MRO order.
            for other in mro:
                if other == entry or other.startswith(EXTERNAL):
                    break
                self.on(("n", other, name), (Flow._bind_member, receiver, target, concrete))

    def _first_binding(self, classes: list[str], name: str) -> str | None:
        """The first of ``classes`` (part of an MRO) whose body binds ``name``; none
        past a class from outside the repository."""
        for entry in classes:
            if entry.startswith(EXTERNAL):
                return None
            if name in self.index.bindings.get(entry, {}):
                return entry
        return None

    def _bind_member(self, value: Value, receiver: Value, target: Var, concrete: bool) -> None:
        if concrete and self.abstract(value):
            self._declare(target, value)
            return
        bound = self._binding(receiver.kind != "def", value)  # a "class" receiver: a metaclass's instance
        if bound.kind == "setter":  # runs on assignment only (:meth:`_descriptor_store`)
            return
        self.add(target, bound)
        if bound.kind == "bound" and value.kind != "bound":  # bound here, not a method bound before
            self._receive(bound.ref, value.kind == "classmethod", receiver)

    def _receive(self, function: str, classmethod: bool, receiver: Value) -> None:
        """A method read on ``receiver`` is bound to it: its first parameter gets the
        receiver, whatever calls the bound method later. A classmethod's ``cls`` gets
        the receiver's class (``Vector.origin()`` makes a ``Vector``; a ``super()``
        read gives the calling class), and the defining class only when no receiver
        is known at the fixed point (see :meth:`_definition`); a function that is no
        method of a class but is bound as one (a decorator's ``wrapper(self, ...)``)
        gets the receiver itself, and a metaclass's method read on a class (a
        ``class`` receiver) gets that class. A method's ``self`` already holds its
        class's cone, which covers every instance receiver."""
        definition = self.index.defs[function]
        if not definition.parameters or definition.parameters[0].prefix:
            return
        first = self.index.first_parameter(definition)
        var = ("n", function, definition.parameters[0].name)
        if classmethod or (first is not None and first[0] == "class" and definition.name not in CLASS_FIRST):
            self.add(var, Value("def", receiver.ref))
        elif receiver.kind == "class" or (first is None and receiver.kind in _INSTANCES):
            self.add(var, Value("def", receiver.ref) if receiver.kind == "class" else receiver)

    def _declare(self, target: Var, value: Value) -> None:
        """Put abstract method ``value`` into ``target`` as what it declares: a
        ``declared`` value, whose call gives the method's return but has no edge (an
        abstract property's read gives the getter's return)."""
        if self._binding(True, value).kind == "property":
            self.copy(("r", value.ref), target)
        else:
            self.add(target, Value("declared", value.ref))

    def abstract(self, value: Value) -> bool:
        """Whether ``value`` is a method that only declares an interface: under
        ``@abstractmethod`` (or its deprecated spellings, ``@abstractproperty`` and the
        like: :data:`_ABSTRACT`), or whose body does nothing but raise
        ``NotImplementedError`` (no other call, no assignment, no return), or a
        protocol's method whose body does nothing (``...``)."""
        if value.kind != "def":
            return False
        if value.ref not in self._abstract:
            definition = self.index.defs[value.ref]
            if any(d.split("(")[0].endswith(_ABSTRACT) for d in definition.decorators):
                self._abstract[value.ref] = True
            elif value.ref in self._stubs and definition.parent is not None and definition.parent in self.index.defs:
                self._abstract[value.ref] = self.protocol(definition.parent)
            else:
                self._abstract[value.ref] = value.ref in self._only_raise
        return self._abstract[value.ref]

    def _property_part(self, function: Value, kind: str, result: Var, *_: None) -> None:
        """A function given to ``property()``: its getter (``kind`` "property") or setter."""
        if function.kind == "def" and self.index.defs[function.ref].kind is not Kind.CLASS:
            self.add(result, Value(kind, function.ref))

    def _binding(self, instance: bool, value: Value) -> Value:
        """What reading class member ``value`` gives (on an instance, or on the
        class): a bound method, a property, or the value itself."""
        if value.kind == "staticmethod":
            return Value("def", value.ref)
        if value.kind == "classmethod":
            return Value("bound", value.ref)
        if value.kind == "property" and not instance:  # ``C.name``: the property object, no getter runs
            return Value("external", "property")
        if value.kind == "instance":
            getter = self._descriptor_method(value.ref, "__get__")
            # A descriptor: reading it runs its ``__get__``, as a property's getter.
            return Value("property", getter) if getter is not None else value
        if value.kind != "def":
            return value
        definition = self.index.defs[value.ref]
        if definition.kind is Kind.CLASS:
            return value
        decorators = [d.split("(")[0] for d in definition.decorators]
        if instance and any(d.endswith(("property", ".getter", "cached_property")) for d in decorators):
            return Value("property", value.ref)
        if any(d.endswith("staticmethod") for d in decorators):
            return value
        if instance or any(d.endswith("classmethod") for d in decorators):
            return Value("bound", value.ref)
        return value

    # -- calls -------------------------------------------------------------------------

    def call(
        self,
        site: Site | None,
        callee: Var | None,
        arguments: Arguments,
        result: Var | None,
    ) -> None:
        """A call of every value of ``callee``: edges at ``site`` (``None`` when the
        call is evaluated only for its value: its edge comes from its own call site),
        arguments to parameters, returns to ``result``."""
        self.on(callee, (Flow._call, site, arguments, result))

    def _call(self, value: Value, site: Site | None, arguments: Arguments, result: Var | None) -> None:
        kind, ref = value
        if kind == "def":
            if ref in self._class_ids:
                self._construct(site, ref, arguments, result)
                return
            self._enter(site, ref, arguments, result, offset=0)
            if ref in self._dispatchers:  # the implementation registered for the argument's type
                self._dispatched(site, ref, arguments, result)
        elif kind == "bound":
            self._enter(site, ref, arguments, result, offset=1, receiver=self._super_receiver(site))
            if ref in self._dispatchers:  # a ``singledispatchmethod``: its implementations are bound too
                self._dispatched(site, ref, arguments, result)
        elif kind == "register":
            self._register(ref, arguments, result)
        elif kind == "make":
            definition = self.index.defs[ref]
            self.on(("n", ref, definition.parameters[0].name), (Flow._make, site, arguments, result))
        elif kind == "staticmethod":  # callable as it is since Python 3.10
            self._enter(site, ref, arguments, result, offset=0)
        elif kind == "generated":
            self._generated_call(site, ref)
        elif kind == "declared":
            self._enter(None, ref, (), result, offset=1)
        elif kind in _INSTANCES:
            method = self.member(value, "__call__")
            self.on(method, (Flow._call_method, site, arguments, result))
        elif kind == "lambda":
            parameters = self._lambda_parameters.get(ref, {})
            for key, argument in arguments:
                if key in parameters:
                    self.copy(argument, parameters[key])
            if result is not None:
                self.copy(("r", ref), result)
        elif kind == "method":
            self._container_method(ref, arguments, result, site)
        elif kind == "hooks":  # an outside base's method, which calls the instance's hooks
            held, cls, name = ref.split("|")
            hooks = self._hooked(cls, name)
            if hooks is not None:
                rule = (Flow._call_method, site, arguments if hooks.arguments else (), result if hooks.returns else None)
                for hook in hooks.names:
                    self.on(self.member(Value(held, cls), hook), rule)
        elif kind in ("builtin", "external"):
            self._known_helper(site, ref, arguments, result)
        elif kind == "top":  # any callee: no edge, a warning; the arguments go nowhere known
            if site is not None and site.target.endswith(IMPLICIT) and site.target[site.target.rfind(".") + 1 : -len(IMPLICIT)] in REFLECTED:
                self.blind[site] = None  # ``1 + x``: most right operands of a literal are builtins, no call
            elif site is not None and site.target.endswith(_UNREAD):
                self.blind[site] = None  # ``f"{path}"``, ``if x:`` of a value too crowded to know
            elif site is not None:
                self.crowded[site] = None
            if result is not None:
                self.add(result, TOP)

    def _note_reflected(self, call: CallSite, right: Var) -> None:
        """``x OP y`` (``x OP= y``) of an arithmetic operator: when ``x`` holds nothing of
        the repository once the flow is solved (a number, a string, an outside object),
        its own dunder is builtin and gives up on ``y``, so Python runs ``y``'s reflected
        one (``sum`` of ``qty * price``). Its result is not followed, as for a literal on
        the left (the parser's own sites)."""
        receiver, _, dunder = call.target[: -len(IMPLICIT)].rpartition(".")
        reflected = _REFLECTED_BY.get(dunder)
        left = self.expression(call.caller, receiver, call.line) if reflected and receiver else None
        if reflected and left is not None:
            self._reflected.append((left, right, Site(call.caller, call.line, f"{call.arguments[0]}.{reflected}{IMPLICIT}"), reflected))

    def _class_check(self, value: Value, site: Site, dunder: str, *_: None) -> None:
        """A class asked ``isinstance``/``issubclass`` (anything else: no call, nor a
        warning when too crowded to know: a type test is no call anyone reads as one)."""
        if (value.kind == "def" and value.ref in self._class_ids) or value.kind in _INSTANCES:  # a metaclass's instance
            self._dunder(value, site, dunder, None)

    def _mapping_read(self, value: Value, site: Site, *_: None) -> None:
        """``dict(x)`` or ``f(**x)`` of an instance whose class has ``keys``: the
        interpreter calls ``x.keys()``, then ``x[key]`` for each, at sites of their own."""
        if value.kind in _INSTANCES and any(self._first_binding(self.static.mro(cls), "keys") for cls in self._classes_of(value)):
            for dunder in ("keys", "__getitem__"):
                self._dunder(value, Site(site.caller, site.line, f"{site.target}({dunder})"), dunder, None)

    def _copied(self, value: Value, site: Site, dunder: str, result: Var | None) -> None:
        """What ``copy.copy``/``copy.deepcopy`` of ``value`` runs and gives: an instance's
        copy method (what it returns, else an instance of its class); a container like
        itself, whose elements a deep copy copies."""
        if value.kind in _INSTANCES:
            self._dunder(value, site, dunder, result)
            if result is not None:
                self.add(result, value)
        elif value.kind in ("seq", "dict"):
            if result is not None:
                self.add(result, value)
            if dunder == "__deepcopy__":  # once per container and site: a tuple holding itself ends (tomlkit)
                each = site if site.target.endswith(_ELEMENTS_COPIED) else Site(site.caller, site.line, site.target + _ELEMENTS_COPIED)
                copied: Var = ("copied", each.caller, f"{each.line}|{each.target}", value.ref)
                if self.worklist.make(copied):
                    self.copy(("e", value.ref), copied)
                    self.on(copied, (Flow._copied, each, dunder, None))

    def _dispatched(self, site: Site | None, dispatcher: str, arguments: Arguments, result: Var | None) -> None:
        """A call of a ``singledispatch`` function (or method) runs one of what it
        registers: each, as far as the flow knows, narrowed at the end where the
        argument's type is certain (:class:`Dispatches`)."""
        if site is not None:
            self._dispatches.called(site, dispatcher, arguments)
        self.call(site, ("sd", dispatcher), arguments, result)

    def _register(self, dispatcher: str, arguments: Arguments, result: Var | None) -> None:
        """``f.register(impl)`` (``@f.register``), ``f.register(T, impl)`` or
        ``f.register(T)`` (a decorator that registers what it is given) on a
        ``singledispatch`` function ``f``: ``impl`` is one of what ``f`` runs, and
        ``f.register(impl)`` gives it back."""
        given = dict((key, value) for key, value in arguments if isinstance(key, int))
        if 0 in given and (given[0] is None or self._outside_name(given[0])):
            # A type from outside (``int``, an imported ``date``): no value, still a type.
            self._registered(Value("def", dispatcher), dispatcher, given.get(1), result, as_type=True)
        else:
            self.on(given.get(0), (Flow._registered, dispatcher, given.get(1), result))

    def _outside_name(self, var: Var) -> bool:
        """Whether ``var`` is a name bound to something from outside the repository
        (an imported class such as ``datetime.date``): it never holds a value."""
        return var[0] == "n" and len(var) == 3 and bool(self._origin(var[1], var[2]))

    def _registered(
        self, first: Value, dispatcher: str, implementation: Var | None, result: Var | None, as_type: bool = False
    ) -> None:
        if as_type or first.kind == "builtin" or (first.kind == "def" and self.index.defs[first.ref].kind is Kind.CLASS):
            if implementation is not None:  # a builtin type passed (``str``) is a type too
                # It gives ``impl`` back, but every ``f.register(...)`` of a scope shares
                # one result, which decorators call: the registration alone is kept.
                self.copy(implementation, ("sd", dispatcher))
            elif result is not None:
                self.add(result, Value("register", dispatcher))
        elif first.kind in ("def", "lambda", "bound"):
            # A ``singledispatchmethod``'s implementations are methods: called bound, as it is.
            method = first.kind == "def" and self.index.first_parameter(self.index.defs[dispatcher]) is not None
            self.add(("sd", dispatcher), Value("bound", first.ref) if method else first)
            if result is not None:
                self.add(result, first)

    def _call_method(self, method: Value, site: Site | None, arguments: Arguments, result: Var | None) -> None:
        """Calling an instance calls its ``__call__`` method."""
        if method.kind in ("bound", "declared", "top"):
            self._call(method, site, arguments, result)

    def _calls(self, site: Site, callee: str) -> None:
        """``site`` may call ``callee``. A list, not a set: most sites have one callee,
        and an empty set is 216 bytes (the standard library has 215,000 sites)."""
        found = self.callees.get(site)
        if found is None:
            self.callees[site] = [callee]
        elif callee not in found:
            found.append(callee)

    def _super_receiver(self, site: Site | None) -> Receiver | None:
        """The receiver of ``super().name(...)`` called in a method of class ``C``: its
        ``self``, an instance of ``C`` or of a subclass."""
        if site is None or not site.target.startswith(("super(", "super:")):
            return None
        head = site.target.rpartition(".")[0]
        caller = self.index.defs.get(site.caller)
        if not head.endswith(")") or head.count("(") != 1 or caller is None or caller.parent is None:
            return None
        first = self.index.first_parameter(caller)
        return (caller.parent, False) if first is not None and first[0] == "instance" else None

    def _enter(
        self, site: Site | None, function: str, arguments: Arguments, result: Var | None, offset: int,
        receiver: Receiver | None = None,
    ) -> None:
        """A call of ``function`` at ``site``: its edge, what it returns into ``result``,
        ``arguments`` into its parameters (shifted by ``offset``: 1 for a bound call).
        A known ``receiver`` gives what it passes to a parameter stored on ``self``
        a variable of its own (see python_receivers.py)."""
        split = self.receivers.parameters.get(function) if receiver is not None else None
        if split is not None and any(key in ("*", "**") for key, _ in arguments):
            split = None  # which parameter gets what is not certain
        if site is not None:
            self._calls(site, function)
        if result is not None:
            if function in self.generators:
                self.add(result, Value("gen", function))
            self.copy(("r", function), result)
            for position, name in self.passing.guarded.get(function, ()):
                # What ``if name is None: return ...`` returns, unless the call passes
                # what a decorator is applied to, which is never ``None``.
                if not any(v is not None and v[0] == "d" for k, v in arguments if k == position - offset or k == name):
                    self.copy(("r?", function, name), result)
            for position, name in self._given_backs.get(function, ()):
                if position < offset:  # the receiver of a bound call: what its parameter holds
                    self._pass_back(function, (position, name), ("n", function, name), result)
                for key, value in arguments:
                    if key == position - offset or key == name:
                        self._pass_back(function, (position, name), value, result)
            if function in self.passing.fluent and (offset == 0 or self._fluent_calls.get(result) != self.index.defs[function].name):
                # ``return self`` as the receiver of a call that says on what it is made: see _fluent_method.
                self.copy(self._fluent_result(function), result)
            for position, name in self.passing.given.get(function, ()):
                # What runs only when ``name`` is not ``None``, unless the call is known
                # (a site, or arguments) to leave it to its default, ``None``.
                if (site is None and not arguments) or any(
                    k == position - offset or k == name or k in ("*", "**") for k, _ in arguments
                ):
                    self.copy(("r!", function, name), result)
        if function in self.defaults and (site is not None or arguments):
            self._entered.add(function)
            self._default(function, arguments, offset, receiver if split is not None else None, result)
        if not arguments:
            return
        definition = self.index.defs[function]
        parameters = definition.parameters
        for key, value in arguments:
            if value is None:
                continue
            if isinstance(key, int):
                index = key + offset
                if index == 0 and function in self._instance_methods:
                    # ``Class.method(obj)``: ``self`` gets what can be an instance of the class.
                    self.on(value, (Flow._pass_self, definition.parent, self._parameter(function, parameters[0].name, split, receiver), None))
                elif index < len(parameters) and not parameters[index].prefix:
                    self.copy(value, self._parameter(function, parameters[index].name, split, receiver))
                elif any(p.prefix == "*" for p in parameters[: index + 1]):
                    star = next(n for n, p in enumerate(parameters) if p.prefix == "*")
                    self.copy(value, ("e", f"{function}|*"))
                    self.copy(value, ("i", f"{function}|*", str(index - star)))
            elif key == "*":
                continue  # where ``*xs`` puts its items: see "Tried" in bench/RESULTS.md (2026-12-08)
            elif key == "**":
                given = frozenset(k for k, _ in arguments)
                self.on(value, (Flow._spread, function, offset, given))
            elif any(p.name == key and not p.prefix for p in parameters):
                self.copy(value, self._parameter(function, key, split, receiver))
            elif parameters and parameters[-1].prefix == "**":
                self.copy(value, ("e", f"{function}|**"))
                self.copy(value, self._keyed(f"{function}|**", f":{key}"))

    def _pass_self(self, value: Value, cls: str, target: Var, _: None) -> None:
        """A value passed as ``self`` to a method of ``cls`` called on the class: an
        instance of ``cls`` or a subclass, or a cone that may hold one. A list, a
        function, an instance of an unrelated class would fail in the method, and
        flow-insensitively they come from elsewhere: ``runner.run(suite)`` where
        ``runner`` holds both ``TextTestRunner`` and an instance of it (one branch
        made it, the other kept the class) must not make the suite a runner. Top is
        no instance either: too crowded to know, it would make ``self`` top and leave
        every call in the method unlinked."""
        if value is not TOP and value.kind in _INSTANCES and (
            cls in self.static.mro(value.ref) or (value.kind == "cone" and value.ref in self.static.mro(cls))
        ):
            self.add(target, value)

    def _spread(self, mapping: Value, function: str, offset: int, given: frozenset[int | str]) -> None:
        """``function(**mapping)``: each parameter the call does not give gets what
        ``mapping`` holds under its name; the rest of ``mapping`` goes to the
        function's own ``**kwargs``. From top, each of them gets top."""
        if mapping.kind != "dict" and mapping is not TOP:
            return
        parameters = self.index.defs[function].parameters
        for index, parameter in enumerate(parameters):
            if not parameter.prefix and index >= offset and parameter.name not in given and index - offset not in given:
                if mapping is TOP:
                    self.add(("n", function, parameter.name), TOP)
                else:
                    self.copy(("i", mapping.ref, f":{parameter.name}"), ("n", function, parameter.name))
        if parameters and parameters[-1].prefix == "**" and mapping is TOP:
            self.add(("e", f"{function}|**"), TOP)
            self.add(("u", f"{function}|**"), TOP)
        elif parameters and parameters[-1].prefix == "**":
            self._link(mapping.ref, f"{function}|**")

    def _merge(self, mapping: Value, target: str, *_: None) -> None:
        """``target.update(mapping)`` or ``{**mapping}`` into dict ``target``: what a
        dict holds under a key stays under that key (it went under a key nobody
        knows, which every literal key reads); the items of anything else, under a
        key nobody knows."""
        if mapping.kind == "dict":
            self._link(mapping.ref, target)
        else:
            self._element(mapping, "[]", ("e", target))
            self._element(mapping, "[]", ("u", target))

    def _link(self, source: str, target: str) -> None:
        """Dict ``target`` holds what dict ``source`` holds, now and later, key by key."""
        if target != source and target not in self._spreads[source]:
            self._spreads[source].append(target)
            self.copy(("e", source), ("e", target))
            self.copy(("u", source), ("u", target))
            for key in list(self._keys[source]):
                self.copy(("i", source, key), self._keyed(target, key))

    def _keyed(self, ref: str, key: str) -> Var:
        """The variable of what dict ``ref`` holds under ``key`` (``:name``), made
        known to every dict ``ref`` is spread into, so that a name passed along
        ``f(**kwargs)`` after ``f(**kwargs)`` still finds its parameter."""
        todo = [ref]  # a loop, not recursion: a chain of spreads may be any length
        while todo:
            current = todo.pop()
            if key not in self._keys[current]:
                self._keys[current][key] = None
                for target in self._spreads.get(current, ()):
                    self.copy(("i", current, key), ("i", target, key))
                    todo.append(target)
        return ("i", ref, key)

    def _parameter(self, function: str, name: str, split: set[str] | None, receiver: Receiver | None) -> Var:
        """The variable a call's argument for parameter ``name`` goes into: the
        parameter's own, or, for one stored on ``self`` split by a known receiver, a
        variable of that receiver's, which the parameter's reads also take (``n2``)."""
        if split is None or receiver is None or name not in split:
            return ("n", function, name)
        var = self.receivers.given(function, name, receiver, self.copy)
        self.copy(var, ("n2", function, name))
        return var

    def _default(
        self, function: str, arguments: Arguments, offset: int, receiver: Receiver | None = None, result: Var | None = None,
    ) -> None:
        """A default flows into its parameter only from a call that omits the argument
        (any call with ``*xs`` or ``**kw`` may), and into the call's ``result`` when
        the function gives that parameter back. A call evaluated only for its value
        (no site, no arguments) says nothing; a function no call reaches gets every
        default at the fixed point (:meth:`solve`). A known ``receiver``'s call gives
        a split parameter's default as it gives an argument (:meth:`_parameter`)."""
        given = {key for key, _ in arguments}
        unknown = "*" in given or "**" in given
        split = self.receivers.parameters.get(function) if receiver is not None else None
        back = self._given_backs.get(function, ()) if result is not None else ()
        for position, name, default in self.defaults[function]:
            if unknown or (position - offset not in given and name not in given):
                self.copy(default, self._parameter(function, name, split, receiver))
                if (position, name) in back:
                    self._pass_back(function, (position, name), default, result)

    def _given_back(self, function: str) -> list[Parameter]:
        """The parameters of ``function`` that a call gets back, whole or an element
        (see :class:`PassingThrough`)."""
        whole = self.passing.parameters.get(function, [])
        picks, calls = self.passing.picks.get(function), self.passing.calls_back.get(function)
        if not picks and not calls:
            return whole
        return whole + [at for at, _ in picks or ()] + [at for at, _, _, _ in calls or ()]

    def _pass_back(self, function: str, parameter: Parameter, value: Var | None, result: Var | None) -> None:
        """Into a call's ``result``, what ``function`` gives back of ``value``, passed to
        (or defaulting) ``parameter``: the value, the element it returns, or what
        calling it, its method or its element returns."""
        if parameter in self.passing.parameters.get(function, ()):
            self.copy(value, result)
        for at, operation in self.passing.picks.get(function, ()):
            if at == parameter:
                self.elements(value, operation, result)
        for at, attribute, line, arguments in self.passing.calls_back.get(function, ()):
            key = (function, line, value, result)
            if at == parameter and key not in self._called_back:  # the call ``function`` makes, of this value only
                self._called_back.add(key)  # once: the call may reach ``function`` again
                passed = self.arguments(function, arguments, line)
                if attribute.startswith("["):  # ``p[k1][k2](...)``: the element of this value's element
                    element: Var | None = value
                    for number, operation in enumerate(attribute.split(".")):
                        step: Var = ("cb", function, f"{line}|{number}", str(value), str(result))
                        self.elements(element, operation, step)
                        element = step
                    self.call(None, element, passed, result)
                elif attribute:
                    self.on(value, (Flow._call_member, attribute, passed, result))
                else:
                    self.call(None, value, passed, result)

    def _call_member(self, receiver: Value, name: str, arguments: Arguments, result: Var) -> None:
        """What calling ``receiver.name(...)`` returns, into ``result`` (no edge: the call
        site that makes it has it)."""
        self.call(None, self.member(receiver, name), arguments, result)

    def _construct(self, site: Site | None, cls: str, arguments: Arguments, result: Var | None) -> None:
        """Calling class ``cls``: its metaclass's ``__call__`` when the repository's
        metaclass of it defines one (which makes the instance only through
        ``super().__call__``, see :meth:`attribute_of`), else an instance of it."""
        meta = self.metaclass(cls)
        caller = self._first_binding(self.static.mro(meta), "__call__") if meta is not None else None
        method = self.index.defs.get(f"{caller}.__call__")
        if method is None or not method.parameters:
            self._instantiate(site, cls, arguments, result)
            return
        self.add(("n", method.id, method.parameters[0].name), Value("def", cls))
        self._enter(site, method.id, arguments, result, offset=1)

    def _given_class(self, site: Site | None, cls: str, name: str, arguments: Arguments, result: Var | None) -> Definition | None:
        """Call the method ``name`` the repository's classes of ``cls``'s MRO write, given
        ``cls`` as its first parameter (``__new__``, a classmethod such as ``_missing_``):
        the method, or ``None`` when none writes it."""
        entry = self._first_binding(self.static.mro(cls), name)
        method = self.index.defs.get(f"{entry}.{name}") if entry is not None else None
        if method is None or method.kind is Kind.CLASS:
            return None
        if method.parameters:
            self.add(("n", method.id, method.parameters[0].name), Value("def", cls))
        self._enter(site, method.id, arguments, result, offset=1)
        return method

    def _instantiate(self, site: Site | None, cls: str, arguments: Arguments, result: Var | None) -> None:
        """``type.__call__`` of class ``cls``: its ``__new__`` (given the class) and its
        ``__init__`` when the repository writes them, an instance of it; the class
        itself is the callee when it writes neither."""
        if result is not None:
            self.add(result, Value("instance", cls))
        if self.enum(cls):
            # A lookup of a member runs no code of the class, but for the ``_missing_`` the
            # repository writes, which a value no member has is given.
            self._given_class(site, cls, "_missing_", arguments, result)
            return
        maker = self._given_class(site, cls, "__new__", arguments, None)
        init = self.static.constructor(cls)
        if init != cls:
            self._enter(site, init, arguments, None, offset=1, receiver=(cls, True))
        elif site is not None and maker is None:
            self._calls(site, init)
        if init == cls:
            self._dataclass_init(site, cls, arguments)
        # A construction evaluated only for its value (``Point(1).norm()``) has its edges from its own call site;
        # only the ``__init__`` that ``@dataclass`` writes calls ``__post_init__``.
        if site is not None and self._writes_init(cls):
            post = self.member(Value("instance", cls), "__post_init__")
            self.on(post, (Flow._post_init, site, None, None))

    def metaclass(self, cls: str) -> str | None:
        """The repository class that is ``cls``'s metaclass (``class C(metaclass=M)``, or
        a base's), found once; ``None`` for ``type`` or one from outside."""
        found = self._metaclasses.get(cls, _UNSET)
        if found is _UNSET:
            found = self._metaclasses[cls] = None
            for entry in self.static.mro(cls):
                if entry.startswith(EXTERNAL):
                    break
                definition = self.index.defs[entry]
                if "metaclass=" not in definition.signature:
                    continue
                try:
                    header = ast.parse(f"{definition.signature}: pass").body[0]
                except SyntaxError:
                    break
                named = [k.value for k in getattr(header, "keywords", ()) if k.arg == "metaclass"]
                value = self.static.evaluate(definition.parent or entry, _dotted(named[0])) if named else None
                if value is not None and value.kind == "def" and self.index.defs[value.ref].kind is Kind.CLASS:
                    found = self._metaclasses[cls] = value.ref
                break
        return found  # type: ignore[return-value]

    def _make(self, value: Value, site: Site | None, arguments: Arguments, result: Var | None) -> None:
        """``type.__call__``, from ``super().__call__(...)`` in a metaclass's ``__call__``
        whose ``cls`` holds ``value`` or called as ``type.__call__(value, ...)``: makes an
        instance of each class given."""
        if value.kind == "def" and self.index.defs[value.ref].kind is Kind.CLASS:
            self._instantiate(site, value.ref, arguments, result)

    def _in_class(self, scope: str) -> bool:
        """Whether ``scope`` is a class body."""
        return scope in self._class_ids

    def dataclass_fields(self, cls: str) -> list[tuple[str, str, bool]]:
        """The fields the ``__init__`` that ``@dataclass`` writes for ``cls`` takes, in
        order: (the class declaring it, its name, whether it may be given by
        position); none when the class is no dataclass, writes its own ``__init__`` or
        asks for none (``init=False``). A field is a name the body annotates (not a
        ``ClassVar``); after ``_: KW_ONLY``, or with ``kw_only=True``, by keyword only."""
        found = self._fields.get(cls)
        if found is not None:
            return found
        found = self._fields[cls] = []
        if not self._writes_init(cls):
            return found
        named: dict[str, tuple[str, str, bool]] = {}
        for entry in reversed(self.static.mro(cls)):
            decorator = self._dataclass(entry) if not entry.startswith(EXTERNAL) else None
            if decorator is None:
                continue
            positional = "kw_only=True" not in decorator
            for name, bindings in self.index.bindings.get(entry, {}).items():
                annotations = [b.ref[1:] for b in bindings if b.kind == "assign" and b.ref.startswith("!")]
                if not annotations or "ClassVar" in annotations[0]:
                    continue
                if annotations[0].rsplit(".", 1)[-1] == "KW_ONLY":
                    positional = False
                    continue
                declared = named[name][0] if name in named else entry
                named[name] = (declared, name, positional if name not in named else named[name][2])
        found.extend(named.values())
        return found

    def _generates(self, cls: str, name: str) -> bool:
        """Whether ``@dataclass`` writes dunder ``name`` of ``cls``: ``__eq__`` and
        ``__repr__`` unless told not to (``eq=False``, ``repr=False``), the ordering ones
        with ``order=True``; never one a class of its MRO writes itself."""
        decorator = self._dataclass(cls)
        if decorator is None or not self._plain(self.static.mro(cls)) or self._first_binding(self.static.mro(cls), name):
            return False
        if name == "__repr__":
            return "repr=False" not in decorator
        if name == "__eq__":
            return "eq=False" not in decorator
        return "order=True" in decorator

    def _generated_call(self, site: Site | None, ref: str) -> None:
        """A dunder ``@dataclass`` wrote (see :meth:`_generates`) compares or shows the
        tuple of the fields: each field's ``__eq__`` (and, for an ordering, its own
        comparison) or ``__repr__``, from the caller's site; a ``field(compare=False)``
        (``repr=False``) is left out."""
        name, _, cls = ref.partition("|")
        if site is None:
            return
        dunders = ("__repr__",) if name == "__repr__" else ("__eq__",) if name == "__eq__" else ("__eq__", name)
        skipped = self._unrepresented if name == "__repr__" else self._uncompared
        for declared, field, _ in self.dataclass_fields(cls):
            if (declared, field) in skipped:
                continue
            for dunder in dunders:
                self.on(("a", declared, field), (Flow._dunder, Site(site.caller, site.line, f"{site.target}({dunder})"), dunder, None))

    def _dataclass(self, cls: str) -> str | None:
        """The ``@dataclass`` decorator of class ``cls`` (without spaces, to read its
        keywords), or ``None``."""
        return next((d.replace(" ", "") for d in self.index.defs[cls].decorators if d.split("(")[0].endswith("dataclass")), None)

    def _writes_init(self, cls: str) -> bool:
        """Whether ``@dataclass`` writes ``cls``'s ``__init__``: it is one, does not say
        ``init=False``, and its body does not write its own. Found once per class (asked
        at each construction, and a search of the class's decorators)."""
        found = self._inits_written.get(cls)
        if found is None:
            decorator = self._dataclass(cls)
            found = self._inits_written[cls] = (
                decorator is not None and "init=False" not in decorator and "__init__" not in self.index.bindings.get(cls, {})
            )
        return found

    def _dataclass_init(self, site: Site | None, cls: str, arguments: Arguments) -> None:
        """What the ``__init__`` ``@dataclass`` writes does with a call's arguments: each
        goes into its field, by position or name (``**d`` by key, as into a function);
        each field the call leaves out and whose ``field(default_factory=f)`` names a
        factory gets ``f()``, run by this call."""
        fields = self.dataclass_fields(cls)
        if not fields:
            return
        positional = [f for f in fields if f[2]]
        given: set[str] = set()
        unknown = False
        for key, value in arguments:
            if isinstance(key, int):
                if key < len(positional):
                    given.add(positional[key][1])
                    self.copy(value, ("a", positional[key][0], positional[key][1]))
            elif key in ("*", "**"):
                unknown = True
                if key == "**":
                    self.on(value, (Flow._spread_fields, cls, frozenset(k for k, _ in arguments), None))
            else:
                field = next((f for f in fields if f[1] == key), None)
                if field is not None:
                    given.add(key)
                    self.copy(value, ("a", field[0], key))
        if site is None:
            return
        for declared, name, _ in fields:
            if unknown or name not in given:
                made = Site(site.caller, site.line, f"{site.target}(default_factory)")
                self.call(made, ("df", declared, name), (), ("a", declared, name))

    def _spread_fields(self, mapping: Value, cls: str, given: frozenset[int | str], *_: None) -> None:
        """``C(**mapping)`` for a dataclass ``C``: each field the call does not give
        gets what ``mapping`` holds under its name (top from top)."""
        if mapping.kind != "dict" and mapping is not TOP:
            return
        position = 0  # the field's position among those given by position
        for declared, name, by_position in self.dataclass_fields(cls):
            passed = name in given or (by_position and position in given)
            position += by_position
            if passed:
                continue
            if mapping is TOP:
                self.add(("a", declared, name), TOP)
            else:
                self.copy(self._keyed(mapping.ref, f":{name}"), ("a", declared, name))

    def _post_init(self, method: Value, site: Site, *_: None) -> None:
        if method.kind == "bound":
            self._calls(site, method.ref)
        elif method is TOP:
            self._call(method, site, (), None)

    def _container_method(self, ref: str, arguments: Arguments, result: Var | None, site: Site | None) -> None:
        name, kind, container = ref.split("|", 2)
        name, _, key = name.partition(":")
        if name == "__getitem__" and site is not None and container in self._factories:
            # ``d[k]`` of a ``defaultdict``: a missing key calls its factory, from here.
            self.call(site, self._factories[container], (), None)
        if name in _OPERANDS and kind in ("seq", "dict"):
            self._container_operator(site, name, kind, container, next((v for p, v in arguments if p == 0), None), result)
            return
        if result is None:
            return
        default = next((value for position, value in arguments if position == 1), None)
        if kind in ("dict", "items") and name in ("get", "pop", "setdefault") and not key:
            # A computed key may be missing: ``d.get(name, Fallback)()`` gives the default.
            self.copy(default, result)
        elif kind == "dict" and name in ("get", "pop", "setdefault") and default is not None:
            # A literal key is missing unless the code stores it: the default, when
            # nothing is stored under that key (decided once the flow is solved).
            self.declared_types.append(((("i", container, f":{key}"),), result, default))
        if kind == "dict":
            if key and name in ("get", "pop", "setdefault"):
                self._read_key(container, f":{key}", result)
            elif name in ("get", "pop", "setdefault", "__getitem__"):
                self.copy(("e", container), result)
            elif name == "values":
                self.add(result, Value("seq", container))
            elif name in ("keys", "copy"):
                self.add(result, Value(kind, container))
            elif name == "items":
                self.add(result, Value("items", container))
        elif kind == "seq":
            if name in ("pop", "__getitem__", "popleft", "get"):
                self.copy(("e", container), result)
            elif name == "copy":
                self.add(result, Value(kind, container))
        elif kind == "gen" and name in ("__next__", "send", "__anext__", "asend"):
            self.copy(("y", container), result)
        elif kind == "gen" and name == "__aiter__":  # an async generator is its own iterator
            self.add(result, Value(kind, container))
        elif kind == "gen" and name in ("__enter__", "__aenter__") and self._context_manager(container):
            self.copy(("y", container), result)  # ``with manager() as x``: ``x`` is what it yields
        elif kind == "items":  # a dict made of pairs: their second elements are its values
            if name in ("get", "pop", "setdefault", "__getitem__"):
                self.copy(("e", container), result)
            elif name == "values":
                self.add(result, Value("seq", container))

    def _ordering(self, site: Site, made: str, name: str, heap: Var, item: Var | None, key: Var | None,
                  result: Var | None) -> None:
        """``heapq.heappush(heap, item)``, ``bisect.insort(a, x)`` ...: the helper compares
        the list's items and the one given with ``<`` (their ``__lt__``), or calls ``key``
        with each; an item pushed joins the list's items, one popped is one of them
        (``made``: the helper call's name for what it makes, see :meth:`_known_helper`)."""
        puts, pops = _ORDERING[name]
        items: Var = ("x", made, "items")
        self.elements(heap, "[*]", items)
        self.copy(item, items)
        if key is not None:
            self.call(Site(site.caller, site.line, f"{site.target}(key)"), key, ((0, items),), None)
        else:
            self.on(items, (Flow._dunder, Site(site.caller, site.line, f"{site.target}(__lt__)"), "__lt__", None))
        if puts and item is not None:
            self.on(heap, (Flow._store_element, "[]", item, None))
        if pops and result is not None:
            self.copy(items, result)

    def _container_operator(self, site: Site | None, name: str, kind: str, container: str, other: Var | None,
                            result: Var | None) -> None:
        """``a + b``, ``a | b`` of lists, tuples, sets or dicts: a new one holding the
        items of both (a dict, also by key); ``a += b``, ``d |= e``: ``a`` takes ``b``'s
        items and is the result; ``a * n``, ``s & t``, ``s - t``: ``a``'s items."""
        joined, in_place = _OPERANDS[name]
        if in_place:
            if kind == "dict":
                self.on(other, (Flow._merge, container, None, None))
            else:
                self.elements(other, "[*]", ("e", container))
        elif site is not None and name in _REFLECTED_BY:
            # ``{"a": 1} | cfg``: the container's dunder gives up on an instance, which
            # runs its reflected one (``Config.__ror__``) with the container.
            dunder = _REFLECTED_BY[name]
            operands = (self._holding(Value(kind, container)), result)
            self.on(other, (Flow._reflected_on, Site(site.caller, site.line, f"{site.target}({dunder})"), dunder, operands))
        if result is None:
            return
        if not joined or in_place:
            self.add(result, Value(kind, container))
            return
        if site is None:
            return  # evaluated for its value only: the call site's own evaluation gives it
        made = f"{site.caller}|{name}"
        self.add(result, Value(kind, made))
        if kind == "dict":
            self._link(container, made)
            self.on(other, (Flow._merge, made, None, None))
        else:
            self.copy(("e", container), ("e", made))
            self.elements(other, "[*]", ("e", made))

    def _reflected_on(self, value: Value, site: Site, dunder: str, operands: tuple[Var, Var | None]) -> None:
        """The reflected ``dunder`` of an instance ``value``, the right operand of an
        operator whose left is a builtin container: ``operands`` are the container's
        variable (its argument) and the operator's result."""
        if value.kind in _INSTANCES:
            container, result = operands
            self.on(self.member(value, dunder), (Flow._call_method, site, ((0, container),), result))

    def _context_manager(self, function: str) -> bool:
        """Whether generator ``function`` is made a context manager by
        ``contextlib.contextmanager`` (or ``asynccontextmanager``): the decorator is
        from outside, so the name still holds the generator function, and entering
        what a call of it returns runs it up to its ``yield``."""
        return any(d.split("(")[0].endswith("contextmanager") for d in self.index.defs[function].decorators)

    def _known_helper(self, site: Site | None, name: str, arguments: Arguments, result: Var | None) -> None:
        """Builtins and standard-library helpers that call what they are given or pass
        elements through."""
        if site is None:
            return  # evaluated for its value only: the call site itself gives it to ``result``
        positional = [value for key, value in arguments if isinstance(key, int)]
        keywords = {key: value for key, value in arguments if isinstance(key, str)}
        first = positional[0] if positional else None
        made = f"{site.caller}|{name}|{site.line}|{site.target}"
        for source in _iterated(name, positional):  # ``sorted(bag)``: the interpreter iterates an instance
            self.on(source, (Flow._iterated_by, site, None, None))
        if name == "dict" and first is not None:
            self.on(first, (Flow._mapping_read, site, None, None))
        if (name in ("any", "all") and positional) or (name == "filter" and positional[:1] == [None] and len(positional) > 1):
            # ``any(xs)``, ``filter(None, xs)``: each element's truth is tested (``__bool__``,
            # else ``__len__``), at a site of its own.
            tested: Var = ("x", made, "tested")
            self.elements(positional[-1], "[*]", tested)
            self.on(tested, (Flow._dunder, Site(site.caller, site.line, f"{site.target}([*]).__bool__{IMPLICIT}"), "__bool__", None))
        if name in ("map", "filter", "sorted", "min", "max", "functools.reduce", "reduce"):
            function = keywords.get("key") if name in ("sorted", "min", "max") else first
            items = positional[1:] if name in ("map", "filter") else positional[:1]
            if name in ("functools.reduce", "reduce"):
                items = positional[1:2]
            element_vars: list[Argument] = []
            for number, source in enumerate(items):
                each: Var = ("x", made, f"item{number}")
                self.elements(source, "[*]", each)
                element_vars.append((number, each))
            mapped: Var = ("e", made)
            if name in ("functools.reduce", "reduce") and element_vars:
                # The running value: the initial one, or else the first element; then what
                # ``function`` returns. With an initial value no element is ever the running one.
                given = len(positional) > 2 or "initial" in keywords
                self.copy((positional[2] if len(positional) > 2 else keywords["initial"]) if given else element_vars[0][1], mapped)
                element_vars = [(0, mapped), (1, element_vars[0][1])]
            if function is not None and site is not None:
                called = Site(site.caller, site.line, f"{site.target}({name} argument)")
                self.call(called, function, tuple(element_vars), mapped if name in ("map", "functools.reduce", "reduce") else None)
            elif name in _COMPARED and element_vars:
                # Without a key the elements themselves are compared.
                dunder = _COMPARED[name]
                compared = Site(site.caller, site.line, f"{site.target}({dunder})")
                self.on(element_vars[0][1], (Flow._dunder, compared, dunder, None))
            if result is not None:
                if name == "map":
                    self.add(result, Value("seq", made))
                elif name in ("filter", "sorted"):
                    self.copy(items[0] if items else None, result)
                elif name in ("min", "max") and element_vars:
                    self.copy(element_vars[0][1], result)
                elif name in ("functools.reduce", "reduce"):
                    self.copy(mapped, result)
        elif name == "functools.cmp_to_key" and result is not None:
            # The key it makes compares by calling the function: a sort's key then calls it.
            self.copy(first, result)
        elif name in _ORDERING and first is not None:
            self._ordering(site, made, name, first, positional[1] if len(positional) > 1 else None, keywords.get("key"), result)
        elif name in _CLASS_CHECKS and len(positional) > 1:
            # ``isinstance(x, Duck)``: ``Duck``'s metaclass decides, when the repository's defines the check.
            self.on(positional[1], (Flow._class_check, site, _CLASS_CHECKS[name], None))
        elif name in ("copy.copy", "copy.deepcopy") and first is not None:
            # The copy protocol: an instance's ``__copy__`` or ``__deepcopy__(memo)`` makes the
            # copy; a deep copy of a container copies its elements so, at a site of their own.
            self.on(first, (Flow._copied, site, "__copy__" if name == "copy.copy" else "__deepcopy__", result))
        elif name in ("dataclasses.asdict", "dataclasses.astuple"):
            # ``asdict(obj, dict_factory=f)`` builds each dict by calling ``f`` with its pairs.
            factory = keywords.get("dict_factory" if name == "dataclasses.asdict" else "tuple_factory")
            self.call(Site(site.caller, site.line, f"{site.target}(factory)"), factory, ((0, None),), result)
        elif name == "dataclasses.field":
            self._field(site, keywords, result)
        elif name == "property" and result is not None:
            # ``name = property(fget, fset)``: reading ``x.name`` runs ``fget``, assigning it
            # ``fset`` (:meth:`_descriptor_store`), as ``@property`` and ``@name.setter`` do.
            self.on(keywords.get("fget", first), (Flow._property_part, "property", result, None))
            self.on(keywords.get("fset", positional[1] if len(positional) > 1 else None), (Flow._property_part, "setter", result, None))
        elif name in ("functools.partial", "partial", "functools.partialmethod") and result is not None:
            self.copy(first, result)
            keywords_only = all(isinstance(key, str) and key not in ("*", "**") for key, _ in arguments[1:])
            self.on(first, (Flow._partial, frozenset(keywords) if keywords_only else None, None, None))
        elif name in ("threading.Thread", "threading.Timer", "multiprocessing.Process") and site is not None:
            target = keywords.get("target") if "target" in keywords else (positional[1] if name == "threading.Timer" and len(positional) > 1 else None)
            # ``kwargs={...}`` and a tuple ``args=(...)`` are what the target is called with.
            thread = Site(site.caller, site.line, f"{site.target}(target)")
            spread: Arguments = (("**", keywords["kwargs"]),) if keywords.get("kwargs") is not None else ()
            if keywords.get("args") is None:
                self.call(thread, target, spread, None)
            else:
                self.on(keywords["args"], (Flow._thread_call, thread, target, spread))
        elif name in ("contextlib.ExitStack", "contextlib.ExitStack().__enter__") and result is not None:
            self.add(result, Value("external", "contextlib.ExitStack()"))  # entering a stack gives the stack
        elif name == "contextlib.ExitStack().enter_context" and first is not None:
            # Enters ``first`` now (the call's value is what its ``__enter__`` returns) and
            # exits it when the stack closes, at the end of the ``with`` that holds it,
            # almost always in the same function: both edges are charged to this call.
            self.on(first, (Flow._dunder, site, "__enter__", result))
            self.on(first, (Flow._dunder, Site(site.caller, site.line, f"{site.target}(__exit__)"), "__exit__", None))
        elif name == "functools.wraps" and result is not None:
            # What it decorates gets ``__wrapped__``, the function given here.
            self.copy(first, ("x", made, "__wrapped__"))
            self.add(result, Value("external", f"functools.wraps()|{made}"))
        elif name.startswith("functools.wraps()|"):
            wrapped: Var = ("x", name.partition("|")[2], "__wrapped__")
            self.on(first, (Flow._store_attribute, "__wrapped__", wrapped, Site(site.caller, site.line, f"{site.target}.__wrapped__=")))
            if result is not None:
                self.copy(first, result)
        elif name == "contextlib.ExitStack().callback" and first is not None:
            # Called with the rest of the arguments when the stack closes, at the end of
            # the ``with`` that holds it: charged to this call, as ``enter_context``'s exit.
            self.call(Site(site.caller, site.line, f"{site.target}(callback)"), first, _after_first(arguments), None)
        elif name == "type.__call__" and first is not None:
            self.on(first, (Flow._make, site, _after_first(arguments), result))
        elif name == "dataclasses.replace" and first is not None:
            self.on(first, (Flow._replaced, site, None, None))
            if result is not None:
                self.on(first, (Flow._same_class, result, None, None))
        elif name == "iter" and len(positional) == 2:
            # ``iter(f, sentinel)`` calls ``f`` until it returns the sentinel: an iterator of its returns.
            self.call(Site(site.caller, site.line, f"{site.target}(iter argument)"), first, (), ("e", made))
            if result is not None:
                self.add(result, Value("seq", made))
        elif name == "setattr" and len(positional) > 2:  # ``setattr(obj, name, v)`` runs a ``__setattr__`` it has
            self.on(first, (Flow._attribute_set, site, positional[2], None))
        elif name == "print":  # each positional argument is written as ``str()`` makes it
            for position, source in enumerate(positional):
                shown = Site(site.caller, site.line, f"{site.target}({position}).__str__{IMPLICIT}")
                self.on(source, (Flow._dunder, shown, "__str__", None))
        elif name in _DUNDER_BUILTINS and first is not None:
            dunder = _DUNDER_BUILTINS[name]
            self.on(first, (Flow._dunder, site, dunder, result))
            if name in ("iter", "reversed", "next") and result is not None:
                # Of an instance, the dunder's result (above); of a container or a
                # generator, itself (``iter``) or its next element (``next``).
                self.on(first, (Flow._builtin_iteration, name, result, None))
        elif name == "dict" and result is not None and (keywords or first is None):
            self._dict_call(made, first, keywords, result)
        elif name == "collections.defaultdict" and result is not None:
            self._dict_call(made, positional[1] if len(positional) > 1 else None, keywords, result)
            if positional:
                self._missing(made, first)
        elif name in _SAME_ELEMENTS and result is not None:
            if first is not None and name == "dict":
                self.on(first, (Flow._dict_of, made, result, None))
            elif first is None:
                self.add(result, Value("seq", made))
            else:
                # A new container of ``first``'s elements: iterating it runs none of ``first``'s code again.
                self.add(result, Value("seq", made))
                self.elements(first, "[*]", ("e", made))
                self.on(first, (Flow._iterated_by, site, None, None))
        elif name in _ITERTOOLS and result is not None:
            chosen, tests = _ITERTOOLS[name]
            # A new iterator of the chosen arguments' elements; a predicate given first is called with each.
            self.add(result, Value("seq", made))
            for position, source in enumerate(positional):
                if chosen is None or position in chosen:
                    self.elements(source, "[*]", ("e", made))
            if tests and site is not None:
                self.call(Site(site.caller, site.line, f"{site.target}(predicate)"), first, ((0, ("e", made)),), None)
        elif name == "itertools.chain.from_iterable" and result is not None:
            self.add(result, Value("seq", made))
            self.elements(first, "[*]", ("x", made, "iterables"))
            self.elements(("x", made, "iterables"), "[*]", ("e", made))
        elif name == "sum" and first is not None:
            self._sum(site, first, positional[1] if len(positional) > 1 else keywords.get("start"), made, result)
        elif name in ("enumerate", "zip") and result is not None:
            self.add(result, Value("items", made))
            if name == "enumerate":
                self.elements(first, "[*]", ("e", made))
            else:
                self.elements(first, "[*]", ("k", made))
                self.elements(positional[1] if len(positional) > 1 else None, "[*]", ("e", made))

    def _replaced(self, value: Value, site: Site, *_: None) -> None:
        """``dataclasses.replace(obj, **changes)``: a new instance of ``obj``'s class, by
        a call of that class (its ``__init__``, its ``__post_init__``). What the fields
        get is not followed: the changes are mostly new values of fields that carry
        none, and binding them as a call does (with the omitted fields' defaults) put
        ``Definition.id`` of this repository past 16 values, doubling its warnings for
        21 edges; the fields keep what the class's constructions give them."""
        if value.kind not in _INSTANCES:
            return
        for cls in self._classes_of(value):
            self._calls(site, self.static.constructor(cls))
            if self._writes_init(cls):
                self.on(self.member(Value("instance", cls), "__post_init__"), (Flow._post_init, site, None, None))

    def _dict_of(self, value: Value, made: str, result: Var, _: None) -> None:
        """What ``dict(value)`` gives: of a container, the container itself as far as
        the flow tells (its items by key); of an instance, a new dict of what its
        ``__getitem__`` returns, never the instance (pyasn1's ``dict(self) <= other``,
        whose ``<=`` is the dict's, bench/audit/audit20 cause C)."""
        if value.kind in _INSTANCES:
            self.add(result, Value("dict", made))
            items = self.result_of(value, "__getitem__")
            self.copy(items, ("e", made))
            self.copy(items, ("u", made))  # under keys nobody knows
        else:
            self.add(result, value)

    def _same_class(self, value: Value, result: Var, *_: None) -> None:
        """What ``dataclasses.replace(value, ...)`` gives: an instance of each class
        ``value`` may be an instance of."""
        if value.kind in _INSTANCES:
            self.add(result, value)

    def _thread_call(self, args: Value, site: Site, target: Var | None, spread: Arguments) -> None:
        """``Thread(target=f, args=args)``: ``f`` called with the items of a tuple
        ``args`` by position (of anything else, with nothing known)."""
        items = tuple((k, ("i", args.ref, str(k))) for k in range(_THREAD_ARGS)) if args.kind == "seq" and _positional(args.ref) else ()
        self.call(site, target, items + spread, None)

    def _dict_call(self, made: str, first: Var | None, keywords: dict[str, Var | None], result: Var) -> None:
        """``dict(mapping, name=value)``: a dict holding what ``mapping`` holds and each
        keyword's value under its name, as ``{"name": value}`` would."""
        self.copy(first, result)
        self.add(result, Value("dict", made))
        for key, value in keywords.items():
            if key not in ("*", "**"):
                self.copy(value, ("e", made))
                self.copy(value, self._keyed(made, f":{key}"))

    def _missing(self, made: str, factory: Var | None) -> None:
        """``defaultdict(factory)``: a key read that is missing gives what ``factory()``
        makes, stored under it. A factory the flow does not know (``list``, ``set``,
        ``dict``: builtins carry no value) stands for a container of its own, so that
        ``d[k].append(f)`` and a later ``for g in d[k]`` meet."""
        made_by: Var = ("x", made, "missing")
        if factory is not None:
            self._factories[made] = factory
        if factory is None:
            self.add(made_by, Value("seq", f"{made}|missing"))
        else:
            self.call(None, factory, (), made_by)
        self.copy(made_by, ("e", made))
        self.copy(made_by, ("u", made))

    def _field(self, site: Site, keywords: dict[str, Var | None], result: Var | None) -> None:
        """``name: T = field(default=v, default_factory=f)`` in a class body: the class
        attribute holds ``v`` or what ``f()`` gives, and ``f`` is the field's factory
        (see :meth:`_dataclass_init`)."""
        factory = keywords.get("default_factory")
        if result is not None:
            self.copy(keywords.get("default"), result)
            self.call(None, factory, (), result)
        name = self._class_calls.get((site.caller, site.line))
        if name is not None:
            self.copy(factory, ("df", site.caller, name))
            if "compare" in keywords:  # ``compare=False``: ``compare=True``, the default, is never written
                self._uncompared.add((site.caller, name))
            if "repr" in keywords:
                self._unrepresented.add((site.caller, name))

    def _sum(self, site: Site, items: Var, start: Var | None, made: str, result: Var | None) -> None:
        """``sum(xs, start)`` is ``start + x0`` (``start.__add__``), then the running
        total's ``__add__`` of each next element; without a start it begins with
        ``0 + x0``, which calls ``x0.__radd__``."""
        total: Var = ("x", made, "total")
        dunder = "__add__" if start is not None else "__radd__"
        if start is None:
            start = ("x", made, "item0")
            self.elements(items, "[*]", start)
        added = Site(site.caller, site.line, f"{site.target}(__add__)")
        self.on(start, (Flow._dunder, Site(site.caller, site.line, f"{site.target}({dunder})"), dunder, total))
        self.on(total, (Flow._dunder, added, "__add__", total))
        if result is not None:
            self.copy(total, result)

    def _dunder(self, value: Value, site: Site | None, dunder: str, result: Var | None) -> None:
        if value.kind in _INSTANCES:
            self.call(site, self.member(value, dunder), (), result)
        elif value.kind == "def" and value.ref in self._class_ids and dunder not in _SHOWN:
            # ``len(Registry)``: a class's dunder is its metaclass's, bound to the class.
            meta = self._meta_binding(value.ref, dunder)
            if meta is not None:
                found: Var = ("meta()", value.ref, dunder)
                if self.worklist.make(found):
                    self._class_member(meta, dunder, found, Value("class", value.ref))
                self.call(site, found, (), result)
        elif value is TOP:
            self._call(value, site, (), result)
        elif value.kind in ("seq", "dict") and dunder in _SHOWN and site is not None:
            # ``str([a, b])``, ``print({k: v})``: a container shows its elements' (and keys')
            # ``__repr__``, at a site of their own (their number is not the call's), once
            # per container and site, so a list holding itself ends.
            each = site if site.target.endswith(_ELEMENTS_SHOWN) else Site(site.caller, site.line, site.target + _ELEMENTS_SHOWN)
            shown: Var = ("shown", each.caller, f"{each.line}|{each.target}", value.ref)
            if self.worklist.make(shown):
                self.copy(("e", value.ref), shown)
                if value.kind == "dict":
                    self.copy(("k", value.ref), shown)
                self.on(shown, (Flow._dunder, each, "__repr__", None))

    def _iterated_by(self, value: Value, site: Site, *_: None) -> None:
        """A builtin iterates ``value`` (``list(x)``): the interpreter calls an
        instance's ``__iter__``, then ``__next__`` of what it returns, for that call."""
        if value.kind in _INSTANCES or value is TOP:
            iterator: Var = ("x", site.caller, f"{site.target}|{site.line}|iter")
            self._dunder(value, Site(site.caller, site.line, f"{site.target}(__iter__)"), "__iter__", iterator)
            self.on(iterator, (Flow._dunder, Site(site.caller, site.line, f"{site.target}(__next__)"), "__next__", None))

    def _builtin_iteration(self, value: Value, name: str, result: Var, *_: None) -> None:
        if value.kind in _INSTANCES:
            return
        if name == "next":
            self._element(value, "[*]", result)
        else:
            self.add(result, value)

    # -- annotations ----------------------------------------------------------------------

    def annotation(self, scope: str, text: str, *, instances: bool) -> Var | None:
        """The values an annotation promises: instances of the repository classes it
        names (and of their subclasses), inside containers where it says so."""
        key = (scope, "!" + text, False)
        if key in self._expressions:
            return self._expressions[key]
        var: Var = ("t", scope, text)
        self._expressions[key] = var
        try:
            tree = ast.parse(text.strip(), mode="eval").body
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return None
        self._annotate(scope, tree, var, 0)
        return var if self.worklist.values(var) else None

    def _annotate(self, scope: str, node: ast.expr, target: Var, depth: int) -> None:
        if depth > 10:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                self._annotate(scope, ast.parse(node.value.strip(), mode="eval").body, target, depth + 1)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                pass
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            self._annotate(scope, node.left, target, depth + 1)
            self._annotate(scope, node.right, target, depth + 1)
        elif isinstance(node, ast.Tuple):
            for element in node.elts:
                self._annotate(scope, element, target, depth + 1)
        elif isinstance(node, ast.Subscript):
            name = _dotted(node.value).rsplit(".", 1)[-1]
            arguments = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if name in _TRANSPARENT_TYPES:
                for argument in arguments if name in ("Optional", "Union") else arguments[:1]:
                    self._annotate(scope, argument, target, depth + 1)
            elif name in _ELEMENT_TYPES or name in _MAPPING_TYPES:
                fixed = name in ("tuple", "Tuple") and not any(_is_ellipsis(a) for a in arguments)
                # A fixed ``tuple[A, B]`` keeps its positions, as a tuple literal does:
                # ``a, b = pair`` gives ``b`` a ``B`` only.
                site = f"!{scope}|{_FIXED_TUPLE if fixed else ''}{ast.unparse(node)}"
                chosen = arguments[-1:] if name in _MAPPING_TYPES else (arguments if name in ("tuple", "Tuple") else arguments[:1])
                for position, argument in enumerate(chosen):
                    self._annotate(scope, argument, ("e", site), depth + 1)
                    if fixed:
                        self._annotate(scope, argument, ("i", site, str(position)), depth + 1)
                # A container of nothing the flow knows (``list[str]``) is left out: one
                # more value per annotation, it pushed variables (``args``) to top.
                if self.worklist.values(("e", site)):
                    self.add(target, Value("dict" if name in _MAPPING_TYPES else "seq", site))
                    if name in _MAPPING_TYPES:
                        self.copy(("e", site), ("u", site))
            elif name in ("type", "Type"):
                for cls in self._classes(scope, arguments[0]):
                    if self.protocol(cls):  # never made itself: its subclasses that are no protocols
                        for subclass in self.subclasses.get(cls, ()):
                            if not self.protocol(subclass):
                                self.add(target, Value("def", subclass))
                    else:
                        self.add(target, Value("def", cls))
        else:
            for cls in self._classes(scope, node):
                self.add(target, Value("cone", cls))

    def _classes(self, scope: str, node: ast.expr) -> list[str]:
        dotted = _dotted(node)
        if not dotted:
            return []
        value = self.static.evaluate(scope, dotted)
        if value is not None and value.kind == "def" and self.index.defs[value.ref].kind is Kind.CLASS:
            return [value.ref]
        return []


def _after_first(arguments: Arguments) -> Arguments:
    """The arguments a helper passes on to its first one (``callback(f, *rest)``,
    ``type.__call__(cls, *rest)``): the other positions, shifted, and the keywords."""
    return tuple((key - 1 if isinstance(key, int) else key, value) for key, value in arguments if key != 0)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def _chain_of(text: str) -> str:
    """A decorator's or default's source text as a chain (``deco(x)`` -> ``deco()``);
    "" when it is not one."""
    name, paren, _ = text.partition("(")
    name = name.strip()
    if not name or not all(part.isidentifier() for part in name.split(".")):
        return ""
    return name + "()" if paren else name


def _steps(head: str, operations: list[str]) -> Steps:
    """Each operation after ``head`` with the chain's path up to it. The operations
    are interned: rules keep them, and a name is read in many chains."""
    steps: list[tuple[str, str]] = []
    path = head
    for operation in operations:
        path = f"{path}.{operation}" if operation != CALL else path + CALL
        steps.append((sys.intern(operation), path))
    return tuple(steps)


#: Marks the reference of a tuple whose positions are known: a tuple literal's
#: (``{T<n>``) and a fixed ``tuple[A, B]`` annotation's.
_FIXED_TUPLE = "{T"


def _setattr_site(store: Site) -> Site:
    """The site of the ``__setattr__`` an attribute assignment (its site ``store``) runs."""
    return Site(store.caller, store.line, f"{store.target}(__setattr__)")


def _positional(ref: str) -> bool:
    """Whether the sequence ``ref`` keeps what each position holds apart: a tuple
    literal or annotation, or a function's var-positional ``*args`` (``f|*``: a call
    puts its extra arguments there by position, ``*xs`` in a call puts nothing, and its
    annotation's values are at every position, ``("pu", ref)``)."""
    return "|" + _FIXED_TUPLE in ref or ref.endswith("|*")


def _is_ellipsis(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is Ellipsis


def _iterated(name: str, positional: list[Var | None]) -> list[Var | None]:
    """The arguments the builtin or ``functools`` helper ``name`` iterates (``list(x)``
    and its kin say so themselves, see :meth:`Flow._known_helper`)."""
    if name in ("map", "zip"):
        return positional[1:] if name == "map" else positional
    if name in ("filter", "functools.reduce", "reduce"):
        return positional[1:2]
    if name in ("sorted", "enumerate", "sum") or (name in ("min", "max") and len(positional) == 1):
        return positional[:1]
    return []


def _is_lambda_parameter(value: str) -> bool:
    """Whether an assignment's ``value`` names a lambda's parameter (``{F3.(0)``,
    ``{F3.(=)``): what calls of the lambda pass, not an expression."""
    return value[:2] == "{F" and value[-1:] == ")" and ".(" in value


def _literal(scope: str, head: str) -> Value:
    """The value a literal written in ``scope`` stands for (``{L12`` -> a list)."""
    kind = {"L": "seq", "S": "seq", "G": "seq", "T": "seq", "D": "dict", "F": "lambda"}[head[1]]
    return Value(kind, f"{scope}|{head}")
