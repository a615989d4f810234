"""The value flow of the Python resolver, one rule per test, each with the exact edge
set expected (issue 13): every definition that can flow to a call is an edge, and
nothing else is."""

from __future__ import annotations

import json
import random
import textwrap
from pathlib import Path

import pytest

from repoagent.cli import main
from repoagent.graph.resolvers.python_flow import PythonResolver
from tests.support.files import write_tree
from tests.support.graphs import call_edges, edges_of, graph_of, parse_tree


def test_functions_passed_as_arguments_and_keywords_are_called_inside(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass
                def c(): pass

                def apply(f, *rest, then=None, **named):
                    f()
                    for g in rest:
                        g()
                    then()
                    named["x"]()

                def main():
                    apply(a, b, then=c)
            """,
        },
    )
    assert edges == {
        ("mod.apply", "mod.a"),
        ("mod.apply", "mod.b"),
        ("mod.apply", "mod.c"),
        ("mod.main", "mod.apply"),
    }


def test_assignments_unpacking_and_rebinding_keep_every_candidate(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass
                def c(): pass

                def main(flag):
                    x = y = a
                    p, q = b, c
                    first, *others = [a, b]
                    pick = a if flag else c
                    x()
                    y()
                    p()
                    q()
                    others[0]()
                    pick()
            """,
        },
    )
    assert edges == {("mod.main", "mod.a"), ("mod.main", "mod.b"), ("mod.main", "mod.c")}


def test_positions_of_tuples_are_kept_apart(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass

                def pair():
                    return a, b

                def first():
                    x, y = pair()
                    x()

                def second():
                    pair()[1]()
            """,
        },
    )
    assert edges == {
        ("mod.first", "mod.pair"),
        ("mod.first", "mod.a"),
        ("mod.second", "mod.pair"),
        ("mod.second", "mod.b"),
    }


def test_containers_literals_updates_and_iteration(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass
                def c(): pass
                def d(): pass

                HANDLERS = {"a": a}
                HANDLERS["b"] = b
                QUEUE = []
                QUEUE.append(c)
                MORE = {d}

                def run(name):
                    HANDLERS[name]()
                    HANDLERS.get(name)()
                    for handler in QUEUE:
                        handler()
                    for key, value in HANDLERS.items():
                        value()
                    [f for f in MORE][0]()
            """,
        },
    )
    assert edges == {
        ("mod.run", "mod.a"),
        ("mod.run", "mod.b"),
        ("mod.run", "mod.c"),
        ("mod.run", "mod.d"),
    }


def test_generators_and_yield_from(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass

                def inner():
                    yield b

                def outer():
                    yield a
                    yield from inner()

                def main():
                    for f in outer():
                        f()
            """,
        },
    )
    assert edges == {
        ("mod.outer", "mod.inner"),
        ("mod.main", "mod.outer"),
        ("mod.main", "mod.a"),
        ("mod.main", "mod.b"),
    }


def test_lambdas_closures_and_returned_functions(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Job:
                    def run(self): pass

                def make_job():
                    return lambda: Job()

                def outer():
                    def inner(): pass
                    return inner

                def main():
                    make_job()().run()
                    outer()()
            """,
        },
    )
    assert edges == {
        ("mod.make_job", "mod.Job"),
        ("mod.main", "mod.make_job"),
        ("mod.main", "mod.Job.run"),
        ("mod.main", "mod.outer"),
        ("mod.main", "mod.outer.inner"),
    }


def test_decorators_returning_wrappers_and_registering_ones(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools

                def logged(function):
                    @functools.wraps(function)
                    def wrapper(*args, **kwargs):
                        return function(*args, **kwargs)
                    return wrapper

                def register(function):
                    return function

                @logged
                def work(): pass

                @register
                def plain(): pass

                def main():
                    work()
                    plain()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.logged"),
        ("mod", "mod.register"),
        ("mod.logged.wrapper", "mod.work"),
        ("mod.main", "mod.logged.wrapper"),
        ("mod.main", "mod.plain"),
    }


def test_a_function_passing_its_parameter_to_a_registering_one_gives_each_call_its_own_argument(tmp_path: Path) -> None:
    # rich's ``rich_repr(cls)`` returns ``auto(cls)``, which returns
    # ``do_replace(cls, ...)``: each decorated class got every class decorated so.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def replace(cls, flag=None):
                    cls.flag = flag
                    return cls

                def auto(cls):
                    return replace(cls, flag=True)

                def rich_repr(cls=None, *, flag=False):
                    if cls is None:
                        return auto(flag)
                    return auto(cls)

                @rich_repr
                class Style:
                    def __init__(self, color=None): pass

                @auto
                class Color:
                    def __init__(self): pass

                def one(): pass
                def two(): pass

                def style():
                    Style(color="red")

                def color():
                    Color()

                def pick():
                    first = replace(one)
                    second = replace(two)
                    second()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.auto"),
        ("mod", "mod.rich_repr"),
        ("mod.auto", "mod.replace"),
        ("mod.rich_repr", "mod.auto"),
        ("mod.style", "mod.Style.__init__"),  # not Color's
        ("mod.color", "mod.Color.__init__"),  # not Style's
        ("mod.pick", "mod.replace"),
        ("mod.pick", "mod.two"),  # not one: each call of replace gives back its own
    }


def test_what_a_decorator_returns_when_its_parameter_is_none_never_replaces_what_it_decorates(tmp_path: Path) -> None:
    # rich's ``rich_repr``: ``@rich_repr`` gives back the class, ``@rich_repr(angular=True)``
    # a partial of ``do_replace``; every ``Style(...)`` was also drawn to ``do_replace``.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import partial

                def auto(cls=None, *, angular=None):
                    def do_replace(cls, angular=None):
                        cls.angular = angular
                        return cls

                    if cls is None:
                        return partial(do_replace, angular=angular)
                    return do_replace(cls, angular=angular)

                def rich_repr(cls=None, *, angular=False):
                    if cls is None:
                        return auto(angular=angular)
                    return auto(cls)

                @rich_repr
                class Style:
                    def __init__(self, color=None): pass

                @rich_repr(angular=True)
                class Pretty:
                    def __init__(self): pass

                def style():
                    Style(color="red")

                def pretty():
                    Pretty()

                def plain(cls):
                    made = auto(cls)
                    made()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.rich_repr"),
        ("mod", "mod.auto.do_replace"),  # the partial @rich_repr(angular=True) returned
        ("mod.rich_repr", "mod.auto"),
        ("mod.auto", "mod.auto.do_replace"),
        ("mod.style", "mod.Style.__init__"),  # not do_replace: Style is no None
        ("mod.pretty", "mod.Pretty.__init__"),
        ("mod.plain", "mod.auto"),
        ("mod.plain", "mod.auto.do_replace"),  # cls may be None here
    }


def test_a_function_returning_an_element_of_its_parameter_gives_each_call_its_own_element(tmp_path: Path) -> None:
    """rsa's ``_assert_format_exists(fmt, methods)`` returns ``methods[fmt]``: the
    loader's call gets a loader, the saver's a saver, not both. A parameter given
    back gives a call that omits it the default."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Key:
                    @classmethod
                    def load(cls, data, fmt="PEM"):
                        methods = {"PEM": cls._load_pem, "DER": cls._load_der}
                        cls._pick(fmt, methods)(data)

                    def save(self, fmt="PEM"):
                        methods = {"PEM": self._save_pem, "DER": self._save_der}
                        self._pick(fmt, methods)()
                        named(methods)()
                        first([self._save_der])()

                    @staticmethod
                    def _pick(fmt, methods):
                        return methods[fmt]

                    @classmethod
                    def _load_pem(cls, data): pass
                    @classmethod
                    def _load_der(cls, data): pass
                    def _save_pem(self): pass
                    def _save_der(self): pass

                def named(methods):
                    return methods["PEM"]

                def first(items):
                    return items[0]

                class A:
                    def run(self): pass

                def ident(x=A()):
                    return x

                def main():
                    ident().run()

                def kept():
                    value = ident()  # a call assigned: its own value, the default
                    value.run()
            """,
        },
    )
    assert edges == {
        ("mod.Key.load", "mod.Key._pick"),
        ("mod.Key.load", "mod.Key._load_pem"),
        ("mod.Key.load", "mod.Key._load_der"),
        ("mod.Key.save", "mod.Key._pick"),
        ("mod.Key.save", "mod.Key._save_pem"),
        ("mod.Key.save", "mod.Key._save_der"),
        ("mod.Key.save", "mod.named"),
        ("mod.Key.save", "mod.first"),
        ("mod", "mod.A"),
        ("mod.main", "mod.ident"),
        ("mod.main", "mod.A.run"),
        ("mod.kept", "mod.ident"),
        ("mod.kept", "mod.A.run"),
    }


def test_a_function_returning_a_method_call_of_its_parameter_gives_each_call_its_own(tmp_path: Path) -> None:
    """``return node.render()`` and h11's ``return io_dict.get(key)``: a call gets what
    its own argument's method returns, not what every caller's argument's does."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Page:
                    def show(self): pass

                class Line:
                    def show(self): pass

                class Html:
                    def render(self): return Page()

                class Text:
                    def render(self): return Line()

                def render(node):
                    return node.render()

                def pages():
                    render(Html()).show()

                def lines():
                    render(Text()).show()

                def read_a(buf): pass
                def write_a(event): pass

                def lookup(table, key):
                    return table.get(key)

                def reader():
                    lookup({"idle": read_a}, "idle")(b"")

                def writer():
                    lookup({"idle": write_a}, "idle")(None)
            """,
        },
    )
    assert edges == {
        ("mod.Html.render", "mod.Page"),
        ("mod.Text.render", "mod.Line"),
        ("mod.render", "mod.Html.render"),
        ("mod.render", "mod.Text.render"),
        ("mod.pages", "mod.render"),
        ("mod.pages", "mod.Html"),
        ("mod.pages", "mod.Page.show"),
        ("mod.lines", "mod.render"),
        ("mod.lines", "mod.Text"),
        ("mod.lines", "mod.Line.show"),
        ("mod.reader", "mod.lookup"),
        ("mod.reader", "mod.read_a"),
        ("mod.writer", "mod.lookup"),
        ("mod.writer", "mod.write_a"),
    }


def test_two_calls_of_an_element_returning_function_in_one_function_each_get_their_own(tmp_path: Path) -> None:
    """h11's ``_get_io_object(role, event, READERS)`` and ``(..., WRITERS)`` in one
    ``__init__``: each assigned call gets its own table's element, on its own line."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                def read_a(buf): pass
                def write_a(event): pass

                READERS = {"idle": read_a}
                WRITERS = {"idle": write_a}

                def pick(table, key):
                    return table[key]

                def tables():
                    reader = pick(READERS, "idle")
                    reader(b"")
                    writer = pick(WRITERS, "idle")
                    writer(None)
            """,
        },
    )
    lines = {(e.caller, e.callee): e.lines for e in graph.edges if e.caller == "mod.tables"}
    assert lines == {("mod.tables", "mod.pick"): (11, 13), ("mod.tables", "mod.read_a"): (12,), ("mod.tables", "mod.write_a"): (14,)}


def test_a_function_returning_the_call_of_its_parameters_element_gives_each_call_its_own(tmp_path: Path) -> None:
    """h11's ``return io_dict[SEND_BODY][framing_type](*args)``: a call passing the
    writers' table gets a writer, one passing the readers' table a reader, not both
    (bench/audit/audit17 cause B); the call inside the function still reaches both."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                BODY = "body"

                class BodyReader:
                    def __call__(self, buf): pass

                class BodyWriter:
                    def __call__(self, ev): pass

                READERS = {BODY: {"x": BodyReader}}
                WRITERS = {BODY: {"x": BodyWriter}}

                def pick(role, io_dict):
                    return io_dict[BODY]["x"]()

                def write():
                    w = pick("c", WRITERS)
                    w("e")

                def read():
                    r = pick("c", READERS)
                    r(b"a")
            """,
        },
    )
    assert ("mod.write", "mod.BodyWriter.__call__") in edges
    assert ("mod.write", "mod.BodyReader.__call__") not in edges
    assert ("mod.read", "mod.BodyReader.__call__") in edges
    assert ("mod.read", "mod.BodyWriter.__call__") not in edges
    assert {("mod.pick", "mod.BodyReader"), ("mod.pick", "mod.BodyWriter")} <= edges


def test_a_function_returning_the_call_of_its_parameter_gives_each_call_what_its_function_returns(tmp_path: Path) -> None:
    """statemachine's ``build_expression(expr, variable_hook)`` returns
    ``variable_hook(expr)``: the value compiler gets the value hook's resolver, the
    guard compiler ``always_true``, not both; the hook still gets the argument."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Node:
                    def run(self): pass

                def always_true(*args):
                    return True

                def value_hook(name):
                    def resolver():
                        return name
                    return resolver

                def guard_hook(name):
                    return always_true

                def build(expr, hook):
                    return hook(expr)

                def value():
                    build("x", value_hook)()

                def guard():
                    build("y", guard_hook)()

                def same(x):
                    return x

                def apply(f, item):
                    return f(item)

                def main():
                    apply(same, Node()).run()

                class Shell:
                    def write(self, s): pass

                def squeeze(editwin: Shell):  # idlelib's squeezer: the default is itself too
                    def mywrite(s, write=editwin.write):
                        return write(s)
                    editwin.write = mywrite

                def emit(shell: Shell):
                    return shell.write("x")

                def scoped(scope):
                    def inner(self, **kwargs):  # bound as a method: ``self`` is the receiver
                        return self(scope=scope, **kwargs)
                    return inner

                class Context:
                    def __call__(self, **overrides):
                        return self
                    def __enter__(self): pass
                    def __exit__(self, *exc): pass
                    scope_source = scoped(1)

                def render(ctx: Context):
                    with ctx.scope_source():
                        pass
            """,
        },
    )
    assert edges == {
        ("mod.squeeze.mywrite", "mod.Shell.write"),
        ("mod.squeeze.mywrite", "mod.squeeze.mywrite"),
        ("mod.emit", "mod.Shell.write"),
        ("mod.emit", "mod.squeeze.mywrite"),
        ("mod.Context", "mod.scoped"),
        ("mod.scoped.inner", "mod.Context.__call__"),
        ("mod.render", "mod.scoped.inner"),
        ("mod.render", "mod.Context.__enter__"),
        ("mod.render", "mod.Context.__exit__"),
        ("mod.build", "mod.value_hook"),
        ("mod.build", "mod.guard_hook"),
        ("mod.value", "mod.build"),
        ("mod.value", "mod.value_hook.resolver"),
        ("mod.guard", "mod.build"),
        ("mod.guard", "mod.always_true"),
        ("mod.apply", "mod.same"),
        ("mod.main", "mod.apply"),
        ("mod.main", "mod.Node"),
        ("mod.main", "mod.Node.run"),
    }


def test_nested_calls_that_give_their_argument_back_give_back_the_innermost_argument(tmp_path: Path) -> None:
    # attrs' ``_make.py``: ``Factory = _add_hash(_add_eq(_add_repr(Factory)))``, also
    # over several lines; the outer call got back the inner one's merged return,
    # every class passed to it.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def add_hash(cls):
                    return cls

                def add_eq(cls, names=None):
                    return cls

                def add_repr(cls):
                    return cls

                class A:
                    def __init__(self): pass

                class B:
                    def __init__(self): pass

                A = add_hash(
                    add_eq(
                        add_repr(A),
                        names=[n for n in ("a", "b")],
                    )
                )
                B = add_eq(add_repr(B))

                def make(cls):
                    return add_hash(add_eq(cls))

                def use():
                    A()

                def made():
                    made = make(B)
                    made()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.add_hash"),
        ("mod", "mod.add_eq"),
        ("mod", "mod.add_repr"),
        ("mod.make", "mod.add_hash"),
        ("mod.make", "mod.add_eq"),
        ("mod.use", "mod.A.__init__"),  # not B's
        ("mod.made", "mod.make"),
        ("mod.made", "mod.B.__init__"),  # not A's
    }


def test_the_return_after_an_if_p_is_not_none_that_returns_is_for_none_only(tmp_path: Path) -> None:
    # typing's ``_tp_cache``: ``if func is not None: return decorator(func)`` then
    # ``return decorator``; ``@_tp_cache def __class_getitem__`` was also drawn to
    # ``decorator`` from every ``IO[bytes]``.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def cache(func=None, *, typed=False):
                    def decorator(func):
                        def inner(*args):
                            return func(*args)
                        return inner
                    if func is not None:
                        return decorator(func)
                    # no function yet: @cache(typed=True)
                    return decorator

                def keep(func=None):
                    if func is not None:
                        print(func)
                    return func

                @cache
                def lookup(key): pass

                @keep
                def kept(): pass

                def use():
                    lookup("a")
                    kept()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.cache"),
        ("mod", "mod.keep"),
        ("mod.cache", "mod.cache.decorator"),
        ("mod.cache.decorator.inner", "mod.lookup"),
        ("mod.use", "mod.cache.decorator.inner"),  # not decorator: lookup is no None
        ("mod.use", "mod.kept"),  # the body does not return: func is returned for any value
    }


def test_a_return_that_needs_a_parameter_not_none_is_not_what_a_call_leaving_it_none_gets(tmp_path: Path) -> None:
    # attrs' ``attrs(maybe_cls=None, ...)``: ``@attrs(repr=False)`` leaves ``maybe_cls``
    # None, so only ``return wrap`` runs; ``wrap(maybe_cls)`` (every class attrs built)
    # was merged in, and the decoration line "called" each of them.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def deco(maybe_cls=None, flag=False):
                    def wrap(cls):
                        def make():
                            return cls()
                        return make
                    if maybe_cls is None:
                        return wrap
                    return wrap(maybe_cls)

                def checked(func=None, *, strict=False):
                    def decorate(func):
                        def run():
                            return func()
                        return run
                    if not func:
                        raise TypeError("no function")
                    return decorate(func)

                @deco(flag=True)
                class A:
                    def __init__(self): pass

                @deco
                class B:
                    def __init__(self): pass

                class C:
                    def __init__(self): pass

                def work(): pass

                def use():
                    A()
                    B()

                def later():
                    factory = deco(flag=False)
                    factory(C)

                def direct():
                    made = deco(B)
                    made()
                    again = checked(work)
                    again()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.deco"),
        ("mod", "mod.deco.wrap"),  # not make: @deco(flag=True) gets wrap alone
        ("mod.deco", "mod.deco.wrap"),
        ("mod.deco.wrap.make", "mod.A.__init__"),
        ("mod.deco.wrap.make", "mod.B.__init__"),
        ("mod.deco.wrap.make", "mod.C.__init__"),  # make's cls holds every class wrapped
        ("mod.deco.wrap.make", "mod.deco.wrap.make"),  # deco(B) wraps B, a make, again
        ("mod.use", "mod.deco.wrap.make"),
        ("mod.later", "mod.deco"),
        ("mod.later", "mod.deco.wrap"),  # not make
        ("mod.direct", "mod.deco"),
        ("mod.direct", "mod.deco.wrap"),
        ("mod.direct", "mod.deco.wrap.make"),  # deco(B) passes maybe_cls
        ("mod.direct", "mod.checked"),
        ("mod.direct", "mod.checked.decorate.run"),
        ("mod.checked", "mod.checked.decorate"),
        ("mod.checked.decorate.run", "mod.work"),
    }


def test_a_classmethod_that_returns_what_cls_makes_gives_an_instance_of_its_receiver(tmp_path: Path) -> None:
    """icalendar's components: each ``new`` calls ``super().new()``, whose ``cls``
    holds every component; what the call makes is of the caller's class. A factory
    whose name is read uncalled (``g = Other.build``) keeps what ``cls`` made, every
    call of it."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Component:
                    @classmethod
                    def new(cls, a=None):
                        component = cls()
                        component.a = a
                        return component
                    @classmethod
                    def make(cls, x):
                        return cls(x)
                    def start(self): pass

                class Todo(Component):
                    @classmethod
                    def new(cls, a=None):
                        todo = super().new(a)
                        todo.start()
                        return todo
                    def start(self): pass

                class Event(Component):
                    @classmethod
                    def new(cls):
                        event = super().new()
                        event.start()
                        return event
                    def start(self): pass

                def main(c: Component):
                    Todo.make(1).start()
                    Event.new().start()
                    c.make(2).start()

                class Other:
                    @classmethod
                    def build(cls): return cls()
                    def start(self): pass

                class Sub(Other):
                    def start(self): pass

                def other():
                    Sub.build().start()
                    g = Other.build
                    g().start()
            """,
        },
    )
    assert edges == {
        ("mod.Component.new", "mod.Todo"),
        ("mod.Component.new", "mod.Event"),
        ("mod.Component.make", "mod.Todo"),
        ("mod.Component.make", "mod.Component"),
        ("mod.Todo.new", "mod.Component.new"),
        ("mod.Todo.new", "mod.Todo.start"),
        ("mod.Event.new", "mod.Component.new"),
        ("mod.Event.new", "mod.Event.start"),
        ("mod.main", "mod.Component.make"),
        ("mod.main", "mod.Todo.start"),
        ("mod.main", "mod.Event.new"),
        ("mod.main", "mod.Event.start"),
        ("mod.main", "mod.Component.start"),  # c.make(): a Component or any subclass (Todo, Event: above)
        ("mod.Other.build", "mod.Other"),
        ("mod.Other.build", "mod.Sub"),
        ("mod.other", "mod.Other.build"),
        ("mod.other", "mod.Other.start"),
        ("mod.other", "mod.Sub.start"),
    }


def test_with_gives_the_instance_entered_when_enter_returns_self(tmp_path: Path) -> None:
    """tqdm's ``with tqdm(...) as t``: ``__enter__`` returns ``self``, so ``t`` is the
    instance made, a plain ``Bar`` (no ``NotebookBar.update``, bench/audit/audit21 cause
    B); a ``NotebookBar`` entered is one, and a cone entered (an annotated parameter)
    stays the cone."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Bar:
                    def __enter__(self):
                        return self
                    def __exit__(self, *exc):
                        return False
                    def update(self): pass

                class NotebookBar(Bar):
                    def update(self): pass

                def cli():
                    with Bar() as t:
                        t.update()

                def notebook():
                    with NotebookBar() as nb:
                        nb.update()

                def any_bar(bar: Bar):
                    with bar as b:
                        b.update()
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.cli"} >= {"mod.Bar.update"}
    assert ("mod.cli", "mod.NotebookBar.update") not in edges
    assert ("mod.notebook", "mod.NotebookBar.update") in edges
    assert {("mod.any_bar", "mod.Bar.update"), ("mod.any_bar", "mod.NotebookBar.update")} <= edges


def test_a_method_returning_self_gives_a_call_its_receiver(tmp_path: Path) -> None:
    # pyparsing's ``locMarker = Empty().set_parse_action(f)``: ``set_parse_action`` ends
    # ``return self``, annotated ``-> ParserElement``; ``locMarker.copy()`` reached every
    # override of ``copy``. Calls that do not say on what they are made keep ``self``'s
    # value (a cone): unbound ``Base.set_name(obj)``, and every call of a method whose
    # name is somewhere read and not called (it may be called elsewhere).
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Base:
                    def set_name(self, name) -> "Base":
                        self.name = name
                        return self

                    def again(self):
                        return self

                    def copy(self):
                        return Base()

                class Leaf(Base):
                    def set_name(self, name):
                        super().set_name(name).copy()
                        return self

                class Other(Base):
                    def copy(self):
                        return Other()

                class Kept(Base):
                    def copy(self):
                        return Kept()

                class Twig(Base):
                    pass

                def use():
                    x = Twig().set_name("a")
                    x.copy()

                def unbound():
                    y = Base.set_name(Other(), "b")
                    y.copy()

                def early():
                    Twig().again().copy()

                def stored(k: Kept):
                    again = k.again
                    again().copy()
            """,
        },
    )
    assert edges == {
        ("mod.Base.copy", "mod.Base"),
        ("mod.Other.copy", "mod.Other"),
        ("mod.Kept.copy", "mod.Kept"),
        ("mod.Leaf.set_name", "mod.Base.set_name"),
        ("mod.Leaf.set_name", "mod.Base.copy"),  # super() stands for a Leaf: not Other's, Kept's
        ("mod.use", "mod.Twig"),
        ("mod.use", "mod.Base.set_name"),
        ("mod.use", "mod.Base.copy"),  # x is a Twig: not Other's, Kept's
        ("mod.unbound", "mod.Other"),
        ("mod.unbound", "mod.Base.set_name"),
        ("mod.unbound", "mod.Base.copy"),  # self's value, as before
        ("mod.unbound", "mod.Other.copy"),
        ("mod.unbound", "mod.Kept.copy"),
        ("mod.stored", "mod.Base.again"),
        ("mod.stored", "mod.Base.copy"),  # again is read, not called: self's value
        ("mod.stored", "mod.Other.copy"),
        ("mod.stored", "mod.Kept.copy"),
        ("mod.early", "mod.Twig"),
        ("mod.early", "mod.Base.again"),
        ("mod.early", "mod.Base.copy"),  # so here too, though read before
        ("mod.early", "mod.Other.copy"),
        ("mod.early", "mod.Kept.copy"),
    }


def test_a_call_that_passes_more_than_it_says_keeps_the_returns_that_need_a_parameter(tmp_path: Path) -> None:
    # ``functools.partial(f, p=x)`` is taken as ``f``, and the interpreter calls a
    # dunder with arguments of its own: neither call leaves ``p`` to its default (a
    # partial that passes other keywords does).
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import partial

                class Made:
                    def show(self): pass

                def build(cls, flag=None):
                    if flag is None:
                        return cls
                    return Made()

                def make(cls, flag=None, note=""):
                    if flag is None:
                        return cls
                    return Made()

                class Other:
                    def show(self): pass

                class Num:
                    def __round__(self, digits=None):
                        if digits is None:
                            return 1
                        return Made()

                def later():
                    late = partial(build, flag=True)
                    late(Num).show()

                def rounded():
                    round(Num(), 2).show()

                def noted():
                    quick = partial(make, note="x")
                    made = make(Other)
                    made.show()
            """,
        },
    )
    assert edges == {
        ("mod.build", "mod.Made"),
        ("mod.Num.__round__", "mod.Made"),
        ("mod.later", "mod.build"),
        ("mod.later", "mod.Made.show"),
        ("mod.rounded", "mod.Num"),
        ("mod.rounded", "mod.Num.__round__"),
        ("mod.rounded", "mod.Made.show"),
        ("mod.make", "mod.Made"),
        ("mod.noted", "mod.make"),
        ("mod.noted", "mod.Other.show"),  # not Made's: that partial passes no flag
    }


def test_a_class_decorated_into_several_classes_holds_too_many_values(tmp_path: Path) -> None:
    # attrs' ``@attrs(...)``: ``wrap(cls)`` returns ``_ClassBuilder(cls).build_class()``,
    # ``self._cls`` of every builder (instance attributes are one per class), so each
    # decorated class held every class decorated so, and ``A()`` was drawn to them all.
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                class Builder:
                    def __init__(self, cls):
                        self._cls = cls

                    def build(self):
                        return self._cls

                def deco(maybe_cls=None, flag=False):
                    def wrap(cls):
                        return Builder(cls).build()
                    if maybe_cls is None:
                        return wrap
                    return wrap(maybe_cls)

                @deco(flag=True)
                class A:
                    def __init__(self): pass

                @deco
                class B:
                    def __init__(self): pass

                def use():
                    A()
            """,
        },
    )
    assert edges_of(graph) == {
        ("mod", "mod.deco"),
        ("mod", "mod.deco.wrap"),  # not A, B: @deco(flag=True) gets wrap alone
        ("mod.deco", "mod.deco.wrap"),
        ("mod.deco.wrap", "mod.Builder.__init__"),
        ("mod.deco.wrap", "mod.Builder.build"),
    }
    assert graph.warnings == ["mod.use line 24: call of A has more than 16 possible values; no edge drawn"]


def test_async_for_calls_aiter_and_anext_never_iter(tmp_path: Path) -> None:
    # httpx's ``async for chunk in self._stream`` was drawn to every sync stream's ``__iter__``.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Part:
                    def show(self): pass

                class Other:
                    def show(self): pass

                class Chunks:
                    async def __aiter__(self):
                        yield Part()

                    def __iter__(self):
                        yield Other()

                class Countdown:
                    def __aiter__(self):
                        return self

                    async def __anext__(self):
                        return Part()

                async def parts():
                    yield Part()

                async def main(chunks: Chunks):
                    async for part in chunks:
                        part.show()
                    async for item in Countdown():
                        item.show()
                    async for each in parts():
                        each.show()
                    return [later async for later in chunks]
            """,
        },
    )
    assert edges == {
        ("mod.Chunks.__aiter__", "mod.Part"),
        ("mod.Chunks.__iter__", "mod.Other"),
        ("mod.Countdown.__anext__", "mod.Part"),
        ("mod.parts", "mod.Part"),
        ("mod.main", "mod.Chunks.__aiter__"),  # not __iter__, nor Other.show
        ("mod.main", "mod.Part.show"),
        ("mod.main", "mod.Countdown"),
        ("mod.main", "mod.Countdown.__aiter__"),
        ("mod.main", "mod.Countdown.__anext__"),
        ("mod.main", "mod.parts"),
    }


def test_a_stub_that_raises_not_implemented_before_a_bare_yield_is_abstract(tmp_path: Path) -> None:
    # httpx's ``AsyncByteStream.__aiter__``: ``raise NotImplementedError(...)`` then
    # ``yield b""``, only to be a generator; it was drawn beside every override.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Stream:
                    def __iter__(self):
                        raise NotImplementedError("subclasses iterate")
                        yield b""

                class Chunk:
                    pass

                class Bytes(Stream):
                    def __iter__(self):
                        yield Chunk()

                def read(stream: Stream):
                    for chunk in stream:
                        pass
            """,
        },
    )
    assert edges == {
        ("mod.Bytes.__iter__", "mod.Chunk"),
        ("mod.read", "mod.Bytes.__iter__"),  # not Stream.__iter__
    }


def test_a_name_no_class_binds_and_no_code_stores_runs_getattr(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass

                class Query:
                    def run(self): pass

                class Functions:
                    def __getattr__(self, name):
                        def make(*args):
                            return Query()
                        return make

                fn = Functions()

                class Local:
                    def __init__(self):
                        self.__dict__["_store"] = {}
                        self.known = 1

                    def __getattr__(self, name):
                        return self._store[name]

                @dataclass
                class Record:
                    field: int

                    def __getattr__(self, name):
                        return 0

                def main(local, record):
                    fn.COUNT(1).run()
                    local.known
                    local._store
                    local.other
                    record.field
                    record.missing

                main(Local(), Record(1))
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Functions"),
        ("mod", "mod.Local.__init__"),
        ("mod", "mod.Record"),
        ("mod", "mod.main"),
        ("mod.main", "mod.Functions.__getattr__"),  # ``fn.COUNT``
        ("mod.main", "mod.Functions.__getattr__.make"),
        ("mod.Functions.__getattr__.make", "mod.Query"),
        ("mod.main", "mod.Query.run"),
        ("mod.main", "mod.Local.__getattr__"),  # ``local.other`` only: the others are stored
        ("mod.main", "mod.Record.__getattr__"),  # ``record.missing`` only: ``field`` is a field
    }


def test_a_modules_getattr_and_a_dict_subclasss_missing_run_for_what_is_not_there(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "lazy.py": """
                def version(): pass

                def __getattr__(name):
                    return version
            """,
            "mod.py": """
                import lazy

                class Defaults(dict):
                    def __missing__(self, key):
                        return key

                class Plain(dict):
                    pass

                def main():
                    lazy.version()
                    lazy.TZPATH  # not bound: lazy.__getattr__
                    Defaults()["k"]
                    Plain()["k"]
            """,
        },
    )
    assert edges == {
        ("mod.main", "lazy.version"),
        ("mod.main", "lazy.__getattr__"),
        ("mod.main", "mod.Defaults"),
        ("mod.main", "mod.Defaults.__missing__"),
        ("mod.main", "mod.Plain"),
    }


def test_total_ordering_runs_the_root_comparison(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import total_ordering

                @total_ordering
                class Version:
                    def __eq__(self, other): return True
                    def __lt__(self, other): return True

                def ascending(a, b):
                    return a >= b  # __lt__ alone

                def main(a, b):
                    a <= b  # __lt__, then == when not less
                    max([a, b])  # __gt__: __lt__, then != (object's asks __eq__)

                ascending(Version(), Version())
                main(Version(), Version())
            """,
        },
    )
    assert edges == {
        ("mod", "mod.main"),
        ("mod", "mod.ascending"),
        ("mod", "mod.Version"),
        ("mod.ascending", "mod.Version.__lt__"),
        ("mod.main", "mod.Version.__lt__"),
        ("mod.main", "mod.Version.__eq__"),
    }


def test_itertools_iterators_give_their_iterables_elements_and_call_their_predicates(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import itertools
                from itertools import chain, takewhile

                class A:
                    def run(self): pass

                class B:
                    def run(self): pass
                    def ok(self): return True

                def keep(b):
                    return b.ok()

                def main(first, second):
                    for x in chain(first, second):
                        x.run()
                    for y in itertools.chain.from_iterable([first]):
                        y.run()
                    for z in takewhile(keep, second):
                        z.ok()

                main([A()], [B()])
            """,
        },
    )
    assert edges == {
        ("mod", "mod.A"),
        ("mod", "mod.B"),
        ("mod", "mod.main"),
        ("mod.main", "mod.A.run"),  # chain and from_iterable
        ("mod.main", "mod.B.run"),  # chain
        ("mod.main", "mod.keep"),  # takewhile's predicate, with each element
        ("mod.keep", "mod.B.ok"),
        ("mod.main", "mod.B.ok"),
    }


def test_a_literal_on_the_left_of_an_operator_runs_the_right_operands_reflected_dunder(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Money:
                    def __rmul__(self, k): return self
                    def __radd__(self, other): return self
                    def __rmod__(self, other): return self
                    def __gt__(self, other): return True
                    def __neg__(self):
                        return -1 * self

                def main():
                    m = Money()
                    2 * m
                    "total: " + m
                    1 < m
                    7 % m
                    "%s" % m  # a string formats any object: no __rmod__
                    -m
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Money"),
        ("mod.main", "mod.Money.__rmul__"),
        ("mod.main", "mod.Money.__radd__"),
        ("mod.main", "mod.Money.__gt__"),
        ("mod.main", "mod.Money.__rmod__"),
        ("mod.main", "mod.Money.__neg__"),
        ("mod.Money.__neg__", "mod.Money.__rmul__"),
    }


def test_a_reflected_dunder_through_too_many_values_is_silent_but_a_forward_one_warns(tmp_path: Path) -> None:
    classes = "\n".join(f"class C{n}:\n    def __rshift__(self, k): pass\n    def __rrshift__(self, k): pass\n" for n in range(17))
    made = ", ".join(f"C{n}()" for n in range(17))
    graph = graph_of(
        tmp_path,
        {
            "mod.py": classes + f"""
def use(x):
    x >> 1  # x's own __rshift__: too many candidates, a warning
    1 >> x  # x's reflected __rrshift__: no warning

for each in [{made}]:
    use(each)
""",
        },
    )
    assert [w for w in graph.warnings if "rshift" in w] == [
        "mod.use line 70: call of x.__rshift__ has more than 16 possible values; no edge drawn"
    ]


def test_an_operator_on_a_class_never_runs_the_class_own_dunder(tmp_path: Path) -> None:
    # werkzeug: ``defaults: Headers | MultiDict[str, Any] | None`` was drawn to
    # ``Headers.__or__`` and ``MultiDict.__getitem__``, and ``class
    # ImmutableMultiDict(..., MultiDict[K, V])`` to ``MultiDict.__getitem__``: the
    # interpreter looks an operator's dunder up on the operand's type, a metaclass.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import typing as t

                K = t.TypeVar("K")

                class Table(t.Generic[K]):
                    def __getitem__(self, key): pass
                    def __or__(self, other): pass
                    def __bool__(self): return True
                    def __neg__(self): return self

                class Frozen(Table[int]):
                    pass

                class Typed:
                    def __class_getitem__(cls, item): return cls

                def build(defaults: Table | Table[int] | None = None, kind=Table):
                    alias = Typed[int]
                    if kind:
                        pass
                    flipped = -kind
                    return kind | None

                def use(table: Table, other: Table):
                    if table:
                        table["a"]
                    -table
                    Table.__getitem__(table, "b")
                    return table | other
            """,
        },
    )
    assert edges == {
        ("mod.build", "mod.Typed.__class_getitem__"),
        ("mod.use", "mod.Table.__bool__"),
        ("mod.use", "mod.Table.__getitem__"),  # table["a"] and the explicit call
        ("mod.use", "mod.Table.__neg__"),
        ("mod.use", "mod.Table.__or__"),
    }


def test_annotations_run_where_the_def_runs_or_not_at_all(tmp_path: Path) -> None:
    # The standard library's ``asyncio.staggered``: ``def staggered_race(coro_fns:
    # typing.Iterable[...], delay: typing.Optional[float])`` was drawn from
    # ``staggered_race`` to ``_SpecialForm.__getitem__``; the module runs it, once.
    edges = call_edges(
        tmp_path,
        {
            "forms.py": """
                class Form:
                    def __getitem__(self, item): return self

                Optional = Form()

                def meta(): pass
            """,
            "eager.py": """
                import forms

                def race(delay: forms.Optional[float], *rest: forms.Optional[int]) -> forms.Optional[forms.meta()]:
                    local: forms.Optional[int] = None
                    def inner(x: forms.Optional[int]): pass

                class Box:
                    size: forms.Optional[int] = None
                    def get(self, key: forms.Optional[str]): pass
            """,
            "lazy.py": """
                from __future__ import annotations
                import forms

                def race(delay: forms.Optional[float]) -> forms.Optional[forms.meta()]:
                    pass

                size: forms.Optional[int] = None
            """,
        },
    )
    assert edges == {
        ("forms", "forms.Form"),
        ("eager", "forms.Form.__getitem__"),  # race's annotations, when the def runs
        ("eager", "forms.meta"),
        ("eager.race", "forms.Form.__getitem__"),  # inner's, each time race runs; not local's
        ("eager.Box", "forms.Form.__getitem__"),  # size's, and get's
    }


def test_del_and_assignment_targets_call_delitem_and_setitem(tmp_path: Path) -> None:
    # werkzeug: ``del self.headers["retry-after"]`` was drawn to ``__getitem__``.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Store:
                    def __getitem__(self, key): pass
                    def __setitem__(self, key, value): pass
                    def __delitem__(self, key): pass

                class Other:
                    def __getitem__(self, key): pass

                def delete(store: Store):
                    del store["a"]

                def unpack(store: Store, rows):
                    store["a"], store["b"] = 1, 2
                    for store["c"] in rows:
                        pass

                def bump(store: Store, other: Other):
                    store["n"] += 1
                    return other["a"]
            """,
        },
    )
    assert edges == {
        ("mod.delete", "mod.Store.__delitem__"),
        ("mod.unpack", "mod.Store.__setitem__"),
        ("mod.bump", "mod.Store.__getitem__"),
        ("mod.bump", "mod.Store.__setitem__"),
        ("mod.bump", "mod.Other.__getitem__"),
    }


def test_exceptions_reach_init_and_handlers_see_instances(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Failure(Exception):
                    def __init__(self, why): pass
                    def report(self): pass

                def work():
                    raise Failure("no")

                def main():
                    try:
                        work()
                    except Failure as error:
                        error.report()
            """,
        },
    )
    assert edges == {
        ("mod.work", "mod.Failure.__init__"),
        ("mod.main", "mod.work"),
        ("mod.main", "mod.Failure.report"),
    }


def test_context_managers_enter_exit_and_the_bound_value(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Session:
                    def query(self): pass

                class Opener:
                    def __enter__(self):
                        return Session()
                    def __exit__(self, *exc): pass

                def main():
                    with Opener() as session:
                        session.query()
            """,
        },
    )
    assert edges == {
        ("mod.Opener.__enter__", "mod.Session"),
        ("mod.main", "mod.Opener"),
        ("mod.main", "mod.Opener.__enter__"),
        ("mod.main", "mod.Opener.__exit__"),
        ("mod.main", "mod.Session.query"),
    }


def test_calls_the_interpreter_makes(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Vector:
                    def __add__(self, other): return Vector()
                    def __eq__(self, other): return True
                    def __len__(self): return 2
                    def __getitem__(self, index): return 0
                    def __call__(self): pass
                    def __iter__(self): return iter([])

                def main():
                    v = Vector()
                    w = v + v
                    v == w
                    len(v)
                    v[0]
                    v()
                    for item in v:
                        pass
            """,
        },
    )
    assert edges == {
        ("mod.Vector.__add__", "mod.Vector"),
        ("mod.main", "mod.Vector"),
        ("mod.main", "mod.Vector.__add__"),
        ("mod.main", "mod.Vector.__eq__"),
        ("mod.main", "mod.Vector.__len__"),
        ("mod.main", "mod.Vector.__getitem__"),
        ("mod.main", "mod.Vector.__call__"),
        ("mod.main", "mod.Vector.__iter__"),
    }


def test_init_subclass_and_post_init(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass

                class Plugin:
                    def __init_subclass__(cls): pass

                class Mine(Plugin):
                    pass

                @dataclass
                class Point:
                    x: int
                    def __post_init__(self): pass

                def main():
                    Point(1)
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Plugin.__init_subclass__"),
        ("mod.main", "mod.Point"),
        ("mod.main", "mod.Point.__post_init__"),
    }


def test_only_the_init_dataclass_writes_calls_post_init(tmp_path: Path) -> None:
    """h11's ``@dataclass(init=False)`` events: the class's own ``__init__`` (or a
    base's) runs, and ``__post_init__`` only where that ``__init__`` calls it."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass

                @dataclass(init=False)
                class Base:
                    code: int
                    def __init__(self, code):
                        self.code = code
                        self.__post_init__()
                    def __post_init__(self): pass

                @dataclass(init=False)
                class Resp(Base):
                    def __post_init__(self): pass

                @dataclass
                class Own:
                    x: int
                    def __init__(self, x):
                        self.x = x
                    def __post_init__(self): pass

                @dataclass
                class Made:
                    x: int
                    def __post_init__(self): pass

                def make():
                    Resp(200)
                    Own(1)
                    Made(2)
            """,
        },
    )
    assert edges == {
        ("mod.Base.__init__", "mod.Base.__post_init__"),
        ("mod.Base.__init__", "mod.Resp.__post_init__"),
        ("mod.make", "mod.Base.__init__"),
        ("mod.make", "mod.Own.__init__"),
        ("mod.make", "mod.Made"),
        ("mod.make", "mod.Made.__post_init__"),
    }


def test_a_dataclass_made_inside_a_chain_calls_post_init_from_its_own_site(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass

                @dataclass
                class Point:
                    x: int
                    def __post_init__(self): pass
                    def norm(self): pass

                def main():
                    return Point(1).norm()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Point"),
        ("mod.main", "mod.Point.__post_init__"),
        ("mod.main", "mod.Point.norm"),
    }


def test_builtins_that_call_what_they_are_given(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools
                import threading

                def double(x): pass
                def keep(x): pass
                def order(x): pass
                def task(): pass
                def greet(name): pass

                def main(items):
                    map(double, items)
                    filter(keep, items)
                    sorted(items, key=order)
                    threading.Thread(target=task)
                    functools.partial(greet, "you")()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.double"),
        ("mod.main", "mod.keep"),
        ("mod.main", "mod.order"),
        ("mod.main", "mod.task"),
        ("mod.main", "mod.greet"),
    }


def test_annotations_give_instances_and_subclass_overrides(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/kinds.py": """
                class Formatter:
                    def write(self): pass

                class Loud(Formatter):
                    def write(self): pass

                class Quiet(Formatter):
                    pass
            """,
            "pkg/use.py": """
                from __future__ import annotations
                from typing import TYPE_CHECKING, Optional

                if TYPE_CHECKING:
                    from pkg.kinds import Formatter, Loud

                class Holder:
                    out: Formatter

                    def __init__(self, maybe: Optional[Loud], many: list["Loud"]):
                        self.maybe = maybe
                        self.many = many

                    def first(self) -> Loud | None:
                        return None

                    def run(self):
                        self.out.write()
                        self.maybe.write()
                        for one in self.many:
                            one.write()
                        self.first().write()
            """,
        },
    )
    assert edges == {
        ("pkg.use.Holder.run", "pkg.kinds.Formatter.write"),
        ("pkg.use.Holder.run", "pkg.kinds.Loud.write"),
        ("pkg.use.Holder.run", "pkg.use.Holder.first"),
    }


def test_a_variables_attributes_and_returns_annotation_holds_only_where_nothing_known_is_put(tmp_path: Path) -> None:
    source = """
        import socket

        class Conn:
            def close(self): raise NotImplementedError

        class Plain(Conn):
            def close(self): pass

        class Proxy(Conn):
            def close(self): pass

        class Pool:
            spare: Conn

            def __init__(self, given: Conn):
                self._conn: Conn | None = None
                self._given: Conn = given
                self._outside: Conn = socket.create_connection(("h", 1))
                self._items: list[Conn] = []
                self.spare = Plain()

            def open(self):
                self._conn = Plain()

            def make(self) -> Conn:
                return Plain()

            def made(self) -> Conn:
                return socket.create_connection(("h", 1))

            def close(self):
                self._conn.close()
                self._given.close()
                self._outside.close()
                for item in self._items:
                    item.close()
                self.spare.close()
                self.make().close()
                self.made().close()
                local: Conn = Plain()
                local.close()
    """
    graph = graph_of(tmp_path, {"mod.py": source})
    lines = {e.callee: set(e.lines) for e in graph.edges if e.caller == "mod.Pool.close"}
    text = textwrap.dedent(source).lstrip("\n").splitlines()
    line = {call: next(n for n, written in enumerate(text, 1) if written.strip() == call) for call in (
        "self._conn.close()", "self._given.close()", "self._outside.close()", "item.close()",
        "self.spare.close()", "self.make().close()", "self.made().close()", "local.close()")}
    # Given a Plain (_conn, spare, make's return, local): Plain's close only. A
    # parameter's annotation (given), an outside value (_outside, made's return) and a
    # container's elements (_items) are what the annotation says: every override.
    everywhere = {line[c] for c in ("self._given.close()", "self._outside.close()", "item.close()", "self.made().close()")}
    assert lines["mod.Proxy.close"] == everywhere
    assert lines["mod.Plain.close"] == everywhere | {line[c] for c in ("self._conn.close()", "self.spare.close()",
                                                                      "self.make().close()", "local.close()")}
    assert set(lines) == {"mod.Plain", "mod.Plain.close", "mod.Proxy.close", "mod.Pool.make", "mod.Pool.made"}


def test_precision_no_edge_without_a_value(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import os

                def unrelated(): pass

                def run(callback, thing):
                    callback()
                    thing.close()
                    os.getcwd()
                    len(thing)

                def main():
                    run(print, open("x"))
            """,
        },
    )
    assert edges == {("mod.main", "mod.run")}


def test_a_call_with_more_than_sixteen_candidates_gets_no_edge_and_a_warning(tmp_path: Path) -> None:
    functions = "".join(f"def f{number}(): pass\n" for number in range(17))
    names = ", ".join(f"f{number}" for number in range(17))
    graph = graph_of(
        tmp_path,
        {"mod.py": functions + f"ALL = [{names}]\n\ndef main():\n    for f in ALL[:8]:\n        f()\n\ndef few():\n    for g in ALL[:1]:\n        g()\n"},
    )
    assert edges_of(graph) == set()
    assert any("mod.main line" in w and "no edge drawn" in w for w in graph.warnings)


def test_iter_and_next_call_the_dunders_of_instances_only(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Lazy:
                    def __iter__(self):
                        return self.items()
                    def items(self):
                        yield 1
                    def __next__(self):
                        return next(iter(self))  # the generator's next, not this method

                class Counter:
                    def __iter__(self): return self
                    def __next__(self): return 1

                def f(): pass

                def main():
                    next(Counter())
                    for g in iter([f]):
                        g()
            """,
        },
    )
    assert edges == {
        ("mod.Lazy.__iter__", "mod.Lazy.items"),
        ("mod.Lazy.__next__", "mod.Lazy.__iter__"),
        ("mod.main", "mod.Counter"),
        ("mod.main", "mod.Counter.__next__"),
        ("mod.main", "mod.f"),
    }


def test_a_default_is_evaluated_where_the_function_is_defined(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def size(): return 10

                def deco(f): return f

                class Maker:
                    @deco
                    def make(self, n=size(), *, m: int = size()):
                        return n

                def make(n=size()):
                    return n

                make()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.size"),
        ("mod", "mod.make"),
        ("mod.Maker", "mod.deco"),
        ("mod.Maker", "mod.size"),
    }


def test_a_property_read_as_a_statement_calls_its_getter(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools

                class Circle:
                    @property
                    def area(self): return 1
                    @functools.cached_property
                    def data(self): return 2
                    def plain(self): pass

                circle = Circle()
                circle.area
                Circle().data
                circle.plain

                def main():
                    circle.area
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Circle"),
        ("mod", "mod.Circle.area"),
        ("mod", "mod.Circle.data"),
        ("mod.main", "mod.Circle.area"),
    }


def test_truth_tests_call_bool_and_augmented_assignments_call_the_in_place_dunder(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Flag:
                    def __bool__(self): return True
                    def __iadd__(self, other): return self

                class Sum:
                    def __add__(self, other): return self  # what += calls without __iadd__

                def check(items):
                    flag = Flag()
                    if flag and items:
                        pass
                    while not flag:
                        pass
                    total = Sum()
                    total += 1
                    flag += 1
                    return [i for i in items if flag]

                def quiet(flag=Flag()):
                    return flag or None
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Flag"),
        ("mod.check", "mod.Flag"),
        ("mod.check", "mod.Sum"),
        ("mod.check", "mod.Flag.__bool__"),
        ("mod.check", "mod.Flag.__iadd__"),
        ("mod.check", "mod.Sum.__add__"),
        ("mod.quiet", "mod.Flag.__bool__"),
    }


def test_self_is_no_instance_of_a_subclass_that_overrides_the_method(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Field:
                    def process(self):
                        return self.finish()
                    def finish(self): pass

                class Plain(Field):
                    def finish(self): pass

                class Listed(Field):
                    def process(self):
                        return []
                    def finish(self): pass

                class Wrapped(Field):
                    def process(self):
                        return super().process()
                    def finish(self): pass

                class Mixin:
                    def process(self):
                        return None

                class Mixed(Mixin, Field):
                    def finish(self): pass

                class Alias(Field):
                    process = Field.finish
                    def finish(self): pass
            """,
        },
    )
    # Listed, Mixed (its Mixin's process comes first) and Alias run another process;
    # Wrapped's reaches Field.process through super(), with its own self.
    assert {callee for caller, callee in edges if caller == "mod.Field.process"} == {
        "mod.Field.finish", "mod.Plain.finish", "mod.Wrapped.finish",
    }


def test_a_function_the_class_body_calls_is_no_method_and_list_of_x_is_a_new_list(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Source:
                    def __eq__(self, other):
                        return other is self

                class Column(Source):
                    def _e(op):
                        def inner(self, rhs):
                            return Expression(op)
                        return inner
                    __add__ = _e("+")

                class Expression(Column):
                    def __init__(self, op):
                        self.op = op
                    def sql(self):
                        return self.op == "in"

                class Rows:
                    def __iter__(self):
                        return Step()

                class Step:
                    def __next__(self):
                        raise StopIteration

                def twice(items):
                    return [item for item in items]

                def main():
                    (Column() + 1).sql()
                    twice(list(Rows()))
            """,
        },
    )
    # op is "+", never a Column: no Source.__eq__ from sql. list() iterates the Rows
    # (its __iter__, then the iterator's __next__) and gives a plain list: twice
    # iterates that, running no Rows code.
    assert edges == {
        ("mod.Column", "mod.Column._e"),
        ("mod.Column._e.inner", "mod.Expression.__init__"),
        ("mod.main", "mod.Column"),
        ("mod.main", "mod.Column._e.inner"),
        ("mod.main", "mod.Expression.sql"),
        ("mod.main", "mod.Rows"),
        ("mod.main", "mod.Rows.__iter__"),
        ("mod.main", "mod.Step.__next__"),
        ("mod.main", "mod.twice"),
        ("mod.Rows.__iter__", "mod.Step"),
    }


def test_an_f_string_prefix_names_getattrs_attributes_and_a_literal_operand_still_reads_a_property(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Node:
                    @property
                    def label(self):
                        return "n"
                    def visit(self, kind):
                        return getattr(self, f"visit_{kind}")()
                    def visit_leaf(self): pass
                    def visit_tree(self): pass
                    def _private(self): pass
                    def shown(self):
                        return "@" + self.label
                    def same(self):
                        return "n" == self.label
            """,
        },
    )
    assert edges == {
        ("mod.Node.visit", "mod.Node.visit_leaf"),
        ("mod.Node.visit", "mod.Node.visit_tree"),
        ("mod.Node.shown", "mod.Node.label"),
        ("mod.Node.same", "mod.Node.label"),
    }


def test_an_attribute_assignment_runs_the_setattr_of_the_receivers_class(tmp_path: Path) -> None:
    """``obj.name = v`` is ``type(obj).__setattr__(obj, name, v)``: a mixin tracking
    changed fields runs on every assignment, of a constant too, and through
    ``setattr(obj, name, v)``; ``C.name = v`` runs a metaclass's ``__setattr__``. A class
    without one runs nothing; the head of a constant's target is still read
    (``self.config.debug = True`` runs the ``config`` getter)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def mark(name): pass

                class DirtyMixin:
                    def __setattr__(self, name, value):
                        mark(name)
                        super().__setattr__(name, value)

                class Record(DirtyMixin):
                    def rename(self, name):
                        self.name = name

                class Plain:
                    def __init__(self):
                        self.name = None

                class Meta(type):
                    def __setattr__(cls, name, value):
                        super().__setattr__(name, value)

                class Settings(metaclass=Meta):
                    pass

                class Config:
                    debug = False

                class App:
                    @property
                    def config(self):
                        return Config()

                def main(record: Record, plain: Plain, app: App, key):
                    record.age = 37
                    setattr(record, key, 1)
                    plain.name = "x"
                    Settings.level = 3
                    app.config.debug = True
            """,
        },
    )
    assert ("mod.Record.rename", "mod.DirtyMixin.__setattr__") in edges
    assert ("mod.main", "mod.DirtyMixin.__setattr__") in edges
    assert ("mod.main", "mod.Meta.__setattr__") in edges
    assert ("mod.main", "mod.App.config") in edges
    assert ("mod.Plain.__init__", "mod.DirtyMixin.__setattr__") not in edges


def test_setattr_with_a_literal_name_stores_and_object_setattr_stores_past_setattr(tmp_path: Path) -> None:
    """``setattr(obj, "name", v)`` is ``obj.name = v`` (its value read back, a setter
    run); ``object.__setattr__(self, "_data", {})``, also through a name bound to it
    (asgiref's ``_object_setattr``), stores into the instance's ``__dict__``: reading
    ``self._data`` then runs no ``__getattr__`` (bench/audit/audit22 cause A), and the
    class's own ``__setattr__`` does not run for it."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                _object_setattr = object.__setattr__

                class Job:
                    def run(self): pass

                class Store:
                    def __init__(self):
                        _object_setattr(self, "_data", {})
                        object.__setattr__(self, "_lock", None)
                    def __getattr__(self, key):
                        return self._data[key]
                    def __setattr__(self, key, value):
                        self._data[key] = value

                class Holder:
                    pass

                def main():
                    holder = Holder()
                    setattr(holder, "job", Job())
                    holder.job.run()
            """,
        },
    )
    assert ("mod.Store.__getattr__", "mod.Store.__getattr__") not in edges
    assert ("mod.Store.__setattr__", "mod.Store.__getattr__") not in edges
    assert ("mod.Store.__init__", "mod.Store.__setattr__") not in edges
    assert ("mod.main", "mod.Job.run") in edges


def test_any_all_and_filter_none_test_each_elements_truth(tmp_path: Path) -> None:
    """``any(xs)``, ``all(xs)`` and ``filter(None, xs)`` run each element's ``__bool__``
    (or ``__len__`` without one); ``filter(f, xs)`` calls ``f`` instead."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Account:
                    def __bool__(self): return True

                class Basket:
                    def __len__(self): return 0

                def keep(x): return True

                def main():
                    accounts = [Account(), Account()]
                    any(accounts)
                    all(Basket() for _ in range(2))
                    list(filter(None, accounts))

                def other():
                    list(filter(keep, [Basket()]))
            """,
        },
    )
    assert {("mod.main", "mod.Account.__bool__"), ("mod.main", "mod.Basket.__len__")} <= edges
    assert ("mod.other", "mod.keep") in edges
    assert ("mod.other", "mod.Basket.__len__") not in edges


def test_a_descriptor_is_given_the_instance_and_runs_on_any_assignment(tmp_path: Path) -> None:
    """A unit-converting descriptor: ``Fahrenheit.__get__(self, instance, owner)`` reads
    ``instance.celsius``, another descriptor, so it needs the instance read on;
    ``__set__`` gets the instance too, and ``t.fahrenheit = 212`` (a constant) runs it."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Celsius:
                    def __get__(self, instance, owner=None):
                        return 1
                    def __set__(self, instance, value):
                        pass

                class Fahrenheit:
                    def __get__(self, instance, owner=None):
                        return instance.celsius
                    def __set__(self, instance, value):
                        instance.celsius = value * 2

                class Thermostat:
                    celsius = Celsius()
                    fahrenheit = Fahrenheit()

                def main(t: Thermostat):
                    t.fahrenheit = 212
                    return t.fahrenheit
            """,
        },
    )
    assert ("mod.main", "mod.Fahrenheit.__set__") in edges
    assert ("mod.main", "mod.Fahrenheit.__get__") in edges
    assert ("mod.Fahrenheit.__get__", "mod.Celsius.__get__") in edges
    assert ("mod.Fahrenheit.__set__", "mod.Celsius.__set__") in edges


def test_a_class_attribute_holding_a_descriptor_runs_its_get_set_and_set_name(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Field:
                    def __set_name__(self, owner, name):
                        self.name = "_" + name
                    def __get__(self, instance, owner=None):
                        return Meters()
                    def __set__(self, instance, value):
                        pass

                class Meters:
                    def show(self): pass

                class Plain:
                    def show(self): pass

                class Order:
                    quantity = Field()
                    note = Plain()

                    def __init__(self, quantity):
                        self.quantity = quantity
                        self.other = Plain()

                    def total(self):
                        self.quantity.show()
                        self.note.show()
                        self.other.show()
            """,
        },
    )
    # Plain has no __get__: a class attribute holding one is read as it is.
    assert edges == {
        ("mod", "mod.Field.__set_name__"),  # making Order
        ("mod.Order", "mod.Field"),
        ("mod.Order", "mod.Plain"),
        ("mod.Order.__init__", "mod.Field.__set__"),
        ("mod.Order.__init__", "mod.Plain"),
        ("mod.Order.total", "mod.Field.__get__"),
        ("mod.Field.__get__", "mod.Meters"),
        ("mod.Order.total", "mod.Meters.show"),
        ("mod.Order.total", "mod.Plain.show"),
    }


def test_an_abstract_method_is_not_reached_when_subclasses_override_it(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from abc import ABC, abstractmethod

                class Storage(ABC):
                    @abstractmethod
                    def put(self, key): ...
                    def store(self, key):
                        self.put(key)

                class Memory(Storage):
                    def put(self, key): pass

                class Shape:
                    def area(self):
                        raise NotImplementedError("subclasses")
                    def size(self):
                        raise NotImplementedError
                    def ratio(self):
                        if self.area():
                            return 1
                        raise NotImplementedError

                class Circle(Shape):
                    def area(self): return 3
                    def ratio(self): return 2

                class Lone:
                    def run(self):
                        raise NotImplementedError

                def total(shape: Shape, lone: Lone):
                    return shape.area() + shape.size() + shape.ratio() + lone.run()
            """,
        },
    )
    assert edges == {
        ("mod.Storage.store", "mod.Memory.put"),
        # Circle overrides ratio: Shape.ratio runs only on a Shape, whose area is Shape's.
        ("mod.Shape.ratio", "mod.Shape.area"),
        ("mod.total", "mod.Circle.area"),
        ("mod.total", "mod.Shape.size"),  # nothing overrides it: the only candidate stays
        ("mod.total", "mod.Shape.ratio"),  # it does more than raise
        ("mod.total", "mod.Circle.ratio"),
        ("mod.total", "mod.Lone.run"),
    }


def test_a_stub_in_a_class_between_the_base_and_the_overrides_is_not_reached(tmp_path: Path) -> None:
    """A subclass may declare a method abstract again (dogpile's ``BytesBackend``
    over ``CacheBackend``): a call on the base reaches the stub's own overrides, not
    the stub; a stub nobody below overrides is still reached."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Backend:
                    def put(self, key): pass
                    def drop(self, key): pass

                class Bytes(Backend):
                    def put(self, key):
                        "Set a serialized value."
                        raise NotImplementedError()
                    def drop(self, key):
                        raise NotImplementedError

                class Redis(Bytes):
                    def put(self, key): pass

                class Dbm(Bytes):
                    def put(self, key): pass

                def use(backend: Backend):
                    backend.put(1)
                    backend.drop(1)
            """,
        },
    )
    assert edges == {
        ("mod.use", "mod.Backend.put"),
        ("mod.use", "mod.Redis.put"),
        ("mod.use", "mod.Dbm.put"),
        ("mod.use", "mod.Backend.drop"),
        ("mod.use", "mod.Bytes.drop"),  # no class below overrides it: it may run
    }


def test_a_stub_whose_message_reads_an_attribute_is_still_a_stub(tmp_path: Path) -> None:
    """pypubsub's ``raise NotImplementedError("%s must override" % self.__class__)``:
    the read kept for the message changes nothing; the overrides are what runs."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Handler:
                    def __call__(self, x):
                        raise NotImplementedError("%s must override" % self.__class__)
                    def name(self):
                        raise NotImplementedError(f"{self.__class__.__name__}")

                class Printer(Handler):
                    def __call__(self, x): pass
                    def name(self): pass

                def use(handler: Handler):
                    handler(1)
                    handler.name()
            """,
        },
    )
    assert edges == {("mod.use", "mod.Printer.__call__"), ("mod.use", "mod.Printer.name")}


def test_methods_only_type_checkers_see_hide_no_inherited_method(tmp_path: Path) -> None:
    """traitlets' ``if t.TYPE_CHECKING:`` stubs of ``__init__`` and ``__get__`` in a
    class body: the running class has none, so the inherited ones run. A class
    declared so is still what annotations name."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import typing as t

                if t.TYPE_CHECKING:
                    class Shape:
                        def area(self): ...

                class Trait:
                    def __init__(self, default=None):
                        self.default = default
                    def __get__(self, obj, cls):
                        return 1

                class AnyTrait(Trait):
                    if t.TYPE_CHECKING:
                        def __init__(self, default: t.Any = None) -> None: ...
                        def __get__(self, obj, cls) -> t.Any: ...

                class Holder:
                    x = AnyTrait()
                    def read(self):
                        return self.x

                def measure(shape: "Shape"):
                    return shape.area()
            """,
        },
    )
    assert edges == {
        ("mod.Holder", "mod.Trait.__init__"),
        ("mod.Holder.read", "mod.Trait.__get__"),
        ("mod.measure", "mod.Shape.area"),
    }


def test_the_bodies_of_definitions_only_type_checkers_see_call_nothing(tmp_path: Path) -> None:
    """simpy's typed stubs under ``if TYPE_CHECKING:`` (``def event(self) -> Event:
    return Event(self)``, the ``else:`` binding a descriptor) never run: their calls,
    and those of what they hold, are no edges (bench/audit/audit19 cause A); the
    stubs are still nodes."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                from typing import TYPE_CHECKING

                class Event:
                    def __init__(self, env): pass

                class Bound:
                    def __init__(self, cls): self.cls = cls

                class Env:
                    if TYPE_CHECKING:
                        def event(self) -> Event:
                            return Event(self)

                        def nested(self):
                            def helper():
                                return Event(self)
                            return helper()
                    else:
                        event = Bound(Event)

                def main():
                    return Event(Env())
            """,
        },
    )
    assert {"mod.Env.event", "mod.Env.nested", "mod.Env.nested.helper"} <= set(graph.nodes)
    assert edges_of(graph) == {
        ("mod.Env", "mod.Bound.__init__"),
        ("mod.main", "mod.Env"),
        ("mod.main", "mod.Event.__init__"),
    }


def test_the_deprecated_spellings_of_abstractmethod_are_abstract_too(tmp_path: Path) -> None:
    """``@abstractproperty`` (deprecated since Python 3.3, still common) declares an
    abstract property: a read on the base reaches the overrides, not the stub."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from abc import ABC, abstractmethod, abstractproperty

                class Storage(ABC):
                    @abstractmethod
                    def put(self, key): ...
                    @abstractproperty
                    def buffer(self):
                        "A file object."
                    def store(self, key):
                        self.put(key)
                        self.buffer.flush()

                class Memory(Storage):
                    def put(self, key): pass
                    @property
                    def buffer(self): pass

                def main():
                    Memory().store(1)
            """,
        },
    )
    assert edges == {
        ("mod.Storage.store", "mod.Memory.put"),
        ("mod.Storage.store", "mod.Memory.buffer"),
        ("mod.main", "mod.Memory"),
        ("mod.main", "mod.Storage.store"),
    }


def test_a_call_that_skips_an_abstract_method_still_gets_its_annotated_return(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from abc import ABC, abstractmethod

                class Reader:
                    def read_text(self): pass

                class Resource(ABC):
                    @abstractmethod
                    def open(self) -> Reader: ...
                    @property
                    @abstractmethod
                    def reader(self) -> Reader: ...
                    def text(self):
                        return self.open().read_text()
                    def again(self):
                        return self.reader.read_text()

                class Packaged(Resource):
                    def open(self): return None
                    @property
                    def reader(self): return None
            """,
        },
    )
    assert edges == {
        ("mod.Resource.text", "mod.Packaged.open"),
        ("mod.Resource.text", "mod.Reader.read_text"),  # through Resource.open's annotation
        ("mod.Resource.again", "mod.Packaged.reader"),
        ("mod.Resource.again", "mod.Reader.read_text"),  # through the abstract property's
    }


def test_a_loop_calls_next_on_what_iter_returns_and_sorting_compares_elements(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Item:
                    def __lt__(self, other): return True
                    def __gt__(self, other): return True

                class Countdown:
                    def __iter__(self): return self
                    def __next__(self): raise StopIteration

                class Lazy:
                    def __iter__(self):
                        yield 1
                    def __next__(self): return 1  # the generator's next runs, not this

                def order(items):
                    sorted([Item()])
                    max([Item()])
                    min(items, key=len)
                    for x in Countdown():
                        pass
                    for y in Lazy():
                        pass
            """,
        },
    )
    assert edges == {
        ("mod.order", "mod.Item"),
        ("mod.order", "mod.Item.__lt__"),
        ("mod.order", "mod.Item.__gt__"),
        ("mod.order", "mod.Countdown"),
        ("mod.order", "mod.Countdown.__iter__"),
        ("mod.order", "mod.Countdown.__next__"),
        ("mod.order", "mod.Lazy"),
        ("mod.order", "mod.Lazy.__iter__"),
    }


def test_a_default_flows_only_into_calls_that_omit_the_argument(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def quiet(): pass
                def loud(): pass
                def plain(): pass

                def log(writer=quiet):
                    writer()

                def show(first, writer=quiet):
                    writer()

                def spread(writer=plain):
                    writer()

                def unreached(writer=plain):  # called from outside: it may omit anything
                    writer()

                class Printer:
                    def emit(self, writer=quiet):
                        writer()

                def main(options):
                    log(writer=loud)
                    show(1, loud)
                    Printer().emit(loud)
                    spread(**options)
            """,
        },
    )
    assert edges == {
        ("mod.log", "mod.loud"),
        ("mod.show", "mod.loud"),
        ("mod.Printer.emit", "mod.loud"),
        ("mod.spread", "mod.plain"),
        ("mod.unreached", "mod.plain"),
        ("mod.main", "mod.log"),
        ("mod.main", "mod.show"),
        ("mod.main", "mod.Printer"),
        ("mod.main", "mod.Printer.emit"),
        ("mod.main", "mod.spread"),
    }


def test_a_constructor_call_that_omits_an_argument_gets_the_default(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def quiet(): pass
                def loud(): pass

                class Job:
                    def __init__(self, action=quiet):
                        action()

                def start():
                    Job(loud)
                    Job()
            """,
        },
    )
    assert edges == {
        ("mod.Job.__init__", "mod.loud"),
        ("mod.Job.__init__", "mod.quiet"),  # from Job(), which passes nothing
        ("mod.start", "mod.Job.__init__"),
    }


def test_comprehensions_and_yield_from_iterate_unary_operators_and_sum_call_dunders(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Tree:
                    def __init__(self):
                        self.children: list[Tree] = []
                    def __iter__(self):
                        yield self
                        for child in self.children:
                            yield from child

                class Money:
                    def __add__(self, other): return Money()
                    def __radd__(self, other): return self
                    def __neg__(self): return Money()
                    def __invert__(self): return self

                class Plain:
                    def __add__(self, other): return self

                def names(tree: Tree):
                    return [node for node in tree]

                def balance(entries: list[Money], plains: list[Plain]):
                    total = -sum(entries)
                    ~total
                    return sum(entries, Money()), sum(plains)
            """,
        },
    )
    assert edges == {
        ("mod.Tree.__iter__", "mod.Tree.__iter__"),  # yield from an instance
        ("mod.names", "mod.Tree.__iter__"),  # a comprehension iterates
        ("mod.balance", "mod.Money.__radd__"),  # sum without a start: 0 + x0
        ("mod.balance", "mod.Money.__add__"),  # the running total + the next; Money() + x0
        ("mod.balance", "mod.Money.__neg__"),
        ("mod.balance", "mod.Money.__invert__"),  # of what __neg__ returned
        ("mod.balance", "mod.Money"),
        ("mod.Money.__add__", "mod.Money"),
        ("mod.Money.__neg__", "mod.Money"),
    }  # sum(plains) starts with 0 + x0, and Plain has no __radd__: nothing is called


def test_getattr_reads_a_literal_name_a_literal_prefix_and_gives_the_default(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Exporter:
                    def to_csv(self): pass
                    def to_json(self): pass

                def fallback(exporter): pass

                def export(exporter: Exporter, name):
                    getattr(exporter, "to_csv")()
                    getattr(exporter, name)()
                    getattr(exporter, "to_json", None)()

                class Printer:
                    def visit(self, kind):
                        getattr(self, "visit_" + kind, self.generic)()
                        getattr(self, "do_" + kind)()
                        getattr(self, kind + "_x", fallback)(self)

                    def generic(self): pass
                    def visit_Name(self): pass
                    def do_it(self): pass

                class Pretty(Printer):
                    def visit_Call(self): pass
            """,
        },
    )
    # A computed name reads what a literal prefix can spell, and the default is a value.
    assert edges == {
        ("mod.export", "mod.Exporter.to_csv"),
        ("mod.export", "mod.Exporter.to_json"),
        ("mod.Printer.visit", "mod.Printer.generic"),
        ("mod.Printer.visit", "mod.Printer.visit_Name"),
        ("mod.Printer.visit", "mod.Pretty.visit_Call"),
        ("mod.Printer.visit", "mod.Printer.do_it"),
        ("mod.Printer.visit", "mod.fallback"),
    }


def test_getattr_of_a_name_only_ever_assigned_a_spelled_prefix_reads_what_it_spells(tmp_path: Path) -> None:
    """``ast.NodeVisitor`` and ``http.server``: ``method = "visit_" + kind`` then
    ``getattr(self, method, ...)``; a name also assigned anything else spells nothing."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Visitor:
                    def visit(self, node):
                        method = "visit_" + type(node).__name__
                        visitor = getattr(self, method, self.generic_visit)
                        return visitor(node)

                    def handle(self, command):
                        name = f"do_{command}"
                        getattr(self, name)()

                    def mixed(self, command, plain):
                        name = "do_" + command
                        if plain:
                            name = command
                        getattr(self, name)()

                    def generic_visit(self, node): pass
                    def do_GET(self): pass

                class Printer(Visitor):
                    def visit_Num(self, node): pass
            """,
        },
    )
    assert edges == {
        ("mod.Visitor.visit", "mod.Visitor.generic_visit"),
        ("mod.Visitor.visit", "mod.Printer.visit_Num"),
        ("mod.Visitor.handle", "mod.Visitor.do_GET"),
    }


def test_global_and_nonlocal_assignments_bind_the_outer_name(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def plain(): pass
                def fancy(): pass
                def first(): pass
                def second(): pass
                def local(): pass

                formatter = plain

                def configure(style, chosen=fancy):
                    global formatter
                    formatter = chosen

                def render():
                    formatter()

                def shadow():
                    formatter = local
                    formatter()

                def switch():
                    current = first
                    def inner():
                        def flip():
                            nonlocal current
                            current = second
                        flip()
                    def call():
                        current()
                    inner()
                    call()
            """,
        },
    )
    assert edges == {
        ("mod.render", "mod.plain"),
        ("mod.render", "mod.fancy"),  # the parameter's value, evaluated in configure
        ("mod.shadow", "mod.local"),  # no declaration: a local of its own
        ("mod.switch.call", "mod.first"),
        ("mod.switch.call", "mod.second"),  # bound in switch, two levels out
        ("mod.switch.inner", "mod.switch.inner.flip"),
        ("mod.switch", "mod.switch.inner"),
        ("mod.switch", "mod.switch.call"),
    }


def test_function_attributes_and_a_dict_made_of_pairs_hold_their_values(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def primary(): pass
                def backup(): pass
                def add(): pass
                def sub(): pass
                def inc(): pass

                primary.fallback = backup

                def call(func):
                    func.fallback()

                OPERATORS = dict(zip(["+", "-"], [add, sub]))
                STEPS = dict(enumerate([inc]))

                def calculate(symbol):
                    OPERATORS[symbol]()
                    OPERATORS.get(symbol)()
                    STEPS[0]()

                call(primary)
            """,
        },
    )
    assert edges == {
        ("mod", "mod.call"),
        ("mod.call", "mod.backup"),
        ("mod.calculate", "mod.add"),
        ("mod.calculate", "mod.sub"),
        ("mod.calculate", "mod.inc"),
    }


def test_a_property_over_the_repositorys_decorators_has_their_wrapper_as_getter(tmp_path: Path) -> None:
    """``@property`` over ``@log_calls``: reading the property runs the wrapper, which
    runs the method; under ``@abstractmethod`` (which gives the method back) the
    property is the method, abstract as before."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools
                from abc import ABC, abstractmethod

                def log_calls(func):
                    @functools.wraps(func)
                    def wrapper(*args, **kwargs):
                        return func(*args, **kwargs)
                    return wrapper

                class Invoice:
                    @property
                    @log_calls
                    def subtotal(self):
                        return 1

                    def total(self):
                        return self.subtotal + 1

                class Shape(ABC):
                    @property
                    @abstractmethod
                    def area(self): ...

                    def double(self):
                        return self.area * 2

                class Square(Shape):
                    @property
                    def area(self):
                        return 4
            """,
        },
    )
    assert ("mod.Invoice.total", "mod.log_calls.wrapper") in edges
    assert ("mod.log_calls.wrapper", "mod.Invoice.subtotal") in edges
    assert ("mod.Invoice.total", "mod.Invoice.subtotal") not in edges  # the wrapper calls it
    assert ("mod.Shape.double", "mod.Square.area") in edges
    assert ("mod.Shape.double", "mod.Shape.area") not in edges


def test_a_property_made_by_calling_property_runs_its_getter_and_setter(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Label:
                    def upper(self): pass

                class Widget:
                    def __init__(self):
                        self._label = Label()

                    def _get_label(self):
                        return self._label

                    def _set_label(self, value):
                        self._label = value

                    label = property(_get_label, _set_label)
                    shown = property(fget=_get_label)

                def main():
                    w = Widget()
                    w.label.upper()
                    w.label = Label()
                    w.shown
                    Widget.label  # the property object: no getter runs
            """,
        },
    )
    assert edges == {
        ("mod.Widget.__init__", "mod.Label"),
        ("mod.main", "mod.Widget.__init__"),
        ("mod.main", "mod.Widget._get_label"),
        ("mod.main", "mod.Label.upper"),
        ("mod.main", "mod.Label"),
        ("mod.main", "mod.Widget._set_label"),
    }


def test_each_property_call_of_a_class_body_is_its_own_property(tmp_path: Path) -> None:
    """``name = property(...)`` beside ``attributes = property(...)``: reading one runs
    its getter only, assigning the other its setter only (html5lib's elements), even
    assigning a constant."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Element:
                    def _get_name(self): pass
                    def _set_name(self, value): pass
                    def _get_attributes(self): pass
                    def _set_attributes(self, value): pass
                    name = property(_get_name, _set_name)
                    attributes = property(_get_attributes, _set_attributes)

                def read_name(element: Element):
                    return element.name

                def write_attributes(element: Element, value):
                    element.attributes = value

                def clear_name(element: Element):
                    element.name = ""  # a constant still runs the setter
            """,
        },
    )
    assert edges == {
        ("mod.read_name", "mod.Element._get_name"),
        ("mod.write_attributes", "mod.Element._set_attributes"),
        ("mod.clear_name", "mod.Element._set_name"),
    }


def test_assigning_to_a_property_calls_its_setter(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def shout(): pass

                class Temperature:
                    def __init__(self):
                        self.celsius = 0
                        self.plain = 1

                    @property
                    def celsius(self):
                        return self._c

                    @celsius.setter
                    def celsius(self, value):
                        value()

                class Frozen(Temperature):
                    @property
                    def celsius(self):
                        return 0

                def main(frozen: Frozen):
                    t = Temperature()
                    t.celsius = shout
                    frozen.celsius = shout
            """,
        },
    )
    assert edges == {
        ("mod.Temperature.__init__", "mod.Temperature.celsius~2"),
        ("mod.main", "mod.Temperature.__init__"),
        ("mod.main", "mod.Temperature.celsius~2"),  # Frozen's property has no setter
        ("mod.Temperature.celsius~2", "mod.shout"),
    }


def test_a_property_made_outside_a_class_and_bound_in_its_body_runs_its_setter(tmp_path: Path) -> None:
    """icalendar's ``end = rfc_7953_end_property``: a module-level ``@property`` with
    a ``.setter``, bound by name in class bodies; assigning the attribute, even a
    constant, runs the setter."""
    edges = call_edges(
        tmp_path,
        {
            "attr.py": """
                @property
                def end_property(self):
                    return self._end

                @end_property.setter
                def end_property(self, value):
                    self._end = value
            """,
            "mod.py": """
                from attr import end_property

                class Available:
                    end = end_property

                class Plain:
                    end = None

                def make(a: Available, p: Plain):
                    a.end = 1
                    p.end = 2
                    return a.end
            """,
        },
    )
    assert edges == {("mod.make", "attr.end_property"), ("mod.make", "attr.end_property~2")}


def test_a_class_body_reads_a_name_it_binds_only_further_down_from_the_module(tmp_path: Path) -> None:
    """colander's ``missing = required`` runs before the body's ``required`` property
    is made: it binds the module's sentinel, and reading ``self.missing`` runs no
    getter. A read after the body binds the name finds the body's."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Sentinel:
                    def describe(self): pass

                required = Sentinel()

                class Node:
                    missing = required

                    @property
                    def required(self):
                        return self.missing is required

                    fallback = required

                    def deserialize(self):
                        self.missing.describe()
                        return self.fallback
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Sentinel"),
        ("mod.Node.deserialize", "mod.Sentinel.describe"),
        ("mod.Node.deserialize", "mod.Node.required"),
    }


def test_super_follows_the_mro_of_the_instances_class(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Root:
                    def setup(self): pass

                class Left(Root):
                    def setup(self):
                        super().setup()

                class Right(Root):
                    def setup(self):
                        super().setup()

                class Both(Left, Right):
                    pass

                class Chain(Root):
                    pass

                class Leaf(Chain):
                    def setup(self):
                        super().setup()
            """,
        },
    )
    assert edges == {
        ("mod.Left.setup", "mod.Right.setup"),  # for a Both, Right comes after Left
        ("mod.Left.setup", "mod.Root.setup"),  # for a Left
        ("mod.Right.setup", "mod.Root.setup"),
        ("mod.Leaf.setup", "mod.Root.setup"),  # past a class that binds nothing
    }


def test_a_spread_dict_gives_each_parameter_its_own_key(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def notify(): pass
                def log(): pass
                def fail(): pass

                def handle(callback=None, on_error=None):
                    callback()

                def request(url, callback=None, on_error=None, **rest):
                    callback()
                    on_error()

                def get(url, **options):
                    return request(url, **options)

                def session(**options):
                    return get("x", **options)

                options = {"callback": notify}
                handle(**options)
                extra = {}
                extra["callback"] = log
                handle(**extra)
                session(callback=notify, on_error=fail)
            """,
        },
    )
    assert edges == {
        ("mod", "mod.handle"),
        ("mod", "mod.session"),
        ("mod.handle", "mod.notify"),
        ("mod.handle", "mod.log"),
        ("mod.session", "mod.get"),
        ("mod.get", "mod.request"),
        ("mod.request", "mod.notify"),  # through two **options, by name
        ("mod.request", "mod.fail"),  # not notify: on_error gets only its own key
    }


def test_a_dict_read_by_a_literal_key_gets_that_key_or_an_unknown_one(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from typing import Mapping

                class Response:
                    def __bool__(self): return True

                class Request:
                    def __bool__(self): return True

                class Registry:
                    def get(self, name): return Request()

                def first(): pass
                def second(): pass
                def third(): pass

                class Failure(Exception):
                    def __init__(self, *args, **kwargs):
                        response = kwargs.pop("response", None)
                        request = kwargs.pop("request", None)
                        if not request:
                            pass

                def run(named: Mapping[str, Response], registry: Registry, name):
                    table = {"a": first, "b": second}
                    table.get("a")()
                    table[name] = third
                    table["b"]()
                    if named.get("x"):
                        pass
                    if registry.get("x"):
                        pass
                    raise Failure(response=Response(), request=Request())
            """,
        },
    )
    assert edges == {
        ("mod.run", "mod.first"),  # not second: "a" holds only first
        ("mod.run", "mod.second"),
        ("mod.run", "mod.third"),  # stored under a name nobody knows: any key may read it
        ("mod.run", "mod.Response.__bool__"),  # an annotated mapping's values are under any key
        ("mod.run", "mod.Registry.get"),  # not a dict: its own get
        ("mod.run", "mod.Request.__bool__"),  # what Registry.get returns
        ("mod.run", "mod.Failure.__init__"),
        ("mod.run", "mod.Response"),
        ("mod.run", "mod.Request"),
        ("mod.Failure.__init__", "mod.Request.__bool__"),  # only the request keyword
        ("mod.Registry.get", "mod.Request"),
    }


def test_an_f_string_formats_each_value_and_reads_its_properties(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Named:
                    def __str__(self): return "n"
                    def __repr__(self): return "r"

                    @property
                    def label(self): return "l"

                class OnlyRepr:
                    def __repr__(self): return "o"

                class Formatted:
                    def __format__(self, spec): return "f"
                    def __str__(self): return "s"

                class Failure(Exception):  # an outside base may format it its own way
                    def __str__(self): return "e"

                def plain(n: Named, o: OnlyRepr, f: Formatted, e: Failure):
                    return f"{n} {o} {f:>3} {e}"

                def converted(n: Named, o: OnlyRepr, f: Formatted):
                    return f"{n!r} {o!s} {f!s} {n=}"

                def read(n: Named):
                    return f"{n.label!r:>10}"

                def shadowed(format, repr, n: Named):
                    return f"{format(n)}{repr}"
            """,
        },
    )
    assert edges == {
        ("mod.plain", "mod.Named.__str__"),  # object's __format__ calls str()
        ("mod.plain", "mod.OnlyRepr.__repr__"),  # ... and object's __str__ calls repr()
        ("mod.plain", "mod.Formatted.__format__"),
        ("mod.converted", "mod.Named.__repr__"),  # !r, and {n=}
        ("mod.converted", "mod.OnlyRepr.__repr__"),
        ("mod.converted", "mod.Formatted.__str__"),
        ("mod.read", "mod.Named.label"),  # the property read; a string's __repr__ is builtin
    }


def test_a_thread_calls_its_target_with_its_args_and_start_runs_run(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import threading
                import multiprocessing
                from threading import Thread

                class Results:
                    def add(self, item): pass

                def crunch(n, results):
                    results.add(n)

                def tally(results=None):
                    results.add(0)

                class Reporter(threading.Thread):
                    def run(self): self.report()
                    def report(self): pass

                class Worker(Thread):
                    def run(self): pass

                class Job(multiprocessing.Process):
                    def run(self): pass

                class Scheduled(Thread):
                    def start(self): pass  # its own: no run
                    def run(self): pass

                class Plain:
                    def start(self): pass
                    def run(self): pass

                def main(worker: Worker, job: Job, scheduled: Scheduled, plain: Plain):
                    results = Results()
                    threading.Thread(target=crunch, args=(1, results)).start()
                    Thread(target=tally, kwargs={"results": results}).start()
                    Reporter().start()
                    worker.start()
                    job.start()
                    scheduled.start()
                    plain.start()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Results"),
        ("mod.main", "mod.crunch"),
        ("mod.crunch", "mod.Results.add"),  # results came through args=
        ("mod.main", "mod.tally"),
        ("mod.tally", "mod.Results.add"),  # and through kwargs=
        ("mod.main", "mod.Reporter"),
        ("mod.main", "mod.Reporter.run"),  # start() runs run()
        ("mod.Reporter.run", "mod.Reporter.report"),
        ("mod.main", "mod.Worker.run"),
        ("mod.main", "mod.Job.run"),
        ("mod.main", "mod.Scheduled.start"),
        ("mod.main", "mod.Plain.start"),
    }


def test_a_builtin_passed_as_a_function_calls_the_dunder_of_what_it_is_given(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Task:
                    def __repr__(self): return "t"
                    def __len__(self): return 1
                    def __bool__(self): return True
                    def __int__(self): return 1

                def shown(tasks: list[Task]):
                    return ", ".join(map(repr, tasks))

                def shortest(tasks: list[Task]):
                    return sorted(tasks, key=len)

                def kept(tasks: list[Task]):
                    return list(filter(bool, tasks))

                def apply(convert, task):
                    return convert(task)

                def through_a_parameter(task: Task):
                    return apply(str, task)  # str() of a class with only __repr__

                def converted(task: Task):
                    return apply(int, task)  # a converter is no value passed around
            """,
        },
    )
    assert edges == {
        ("mod.shown", "mod.Task.__repr__"),
        ("mod.shortest", "mod.Task.__len__"),
        ("mod.kept", "mod.Task.__bool__"),
        ("mod.through_a_parameter", "mod.apply"),
        ("mod.apply", "mod.Task.__repr__"),
        ("mod.converted", "mod.apply"),
    }


def test_dataclasses_replace_makes_a_new_instance_of_the_same_class(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import dataclasses
                from dataclasses import dataclass, replace

                def clamp(value): return value

                @dataclass(frozen=True)
                class Color:
                    r: int

                    def __post_init__(self):
                        clamp(self.r)

                    def lighter(self):
                        return dataclasses.replace(self, r=self.r + 10)

                    def hex(self): return ""

                @dataclass
                class Named(Color):
                    name: str = ""

                @dataclass
                class Config:
                    workers: int = 1
                    def validate(self): pass

                def scaled(config: Config):
                    return replace(config, workers=2).validate()

                def shown(color: Color):
                    return color.lighter().hex()
            """,
        },
    )
    assert edges == {
        ("mod.Color.__post_init__", "mod.clamp"),
        ("mod.Color.lighter", "mod.Color"),  # self may be a Color or a Named
        ("mod.Color.lighter", "mod.Named"),
        ("mod.Color.lighter", "mod.Color.__post_init__"),
        ("mod.shown", "mod.Color.lighter"),
        ("mod.shown", "mod.Color.hex"),  # what replace made
        ("mod.scaled", "mod.Config"),
        ("mod.scaled", "mod.Config.validate"),
    }


def test_a_literal_key_read_with_a_default_gives_it_when_nothing_is_stored_under_the_key(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def plain(text): return text
                def bold(text): return text
                def fallback(text): return text

                class Table:
                    def __init__(self):
                        self.formatters = {}
                        self.styles = {"head": bold}

                    def row(self, text):
                        return self.formatters.get("row", plain)(text)

                    def head(self, text):
                        return self.styles.get("head", fallback)(text)

                def options(**kwargs):
                    return kwargs.pop("render", plain)("x")

                def caller():
                    options()
            """,
        },
    )
    assert edges == {
        ("mod.Table.row", "mod.plain"),  # nothing is stored under "row"
        ("mod.Table.head", "mod.bold"),  # "head" is stored: not the default
        ("mod.options", "mod.plain"),  # no call passes render=
        ("mod.caller", "mod.options"),
    }


def test_a_class_s_own_new_runs_when_it_is_called(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Single:
                    _it = None

                    def __new__(cls, *args):
                        if cls._it is None:
                            cls._it = super().__new__(cls)
                        cls.made()
                        return cls._it

                    @classmethod
                    def made(cls): pass
                    def go(self): pass

                class Both:
                    def __new__(cls, x): return super().__new__(cls)
                    def __init__(self, x): pass

                class Sub(Single):
                    pass

                class Plain:
                    pass

                def main():
                    Single().go()
                    Both(1)
                    Sub()
                    Plain()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Single.__new__"),  # not the class: its own code runs
        ("mod.main", "mod.Single.go"),
        ("mod.Single.__new__", "mod.Single.made"),  # cls is the class called
        ("mod.main", "mod.Both.__new__"),
        ("mod.main", "mod.Both.__init__"),
        ("mod.main", "mod.Plain"),  # neither: the class itself
    }


def test_a_dict_key_that_is_no_identifier_is_a_key_of_its_own(tmp_path: Path) -> None:
    # bottle's ``self.environ['bottle.request'] = self``: the key was read as one nobody
    # knows, so every key read gave the request (its ``__len__`` for a truth test, its
    # ``__getattr__`` for ``.strip``).
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Request:
                    def __init__(self):
                        self.environ = {}
                        self.environ["app.request"] = self

                    def __len__(self): return 0
                    def __getattr__(self, name): raise AttributeError(name)

                    def length(self):
                        return int(self.environ.get("CONTENT_LENGTH") or -1)

                    def script(self):
                        return self.environ.get("SCRIPT_NAME", "").strip("/")

                    def own(self):
                        return self.environ["app.request"].length()

                def first(): pass
                def second(): pass
                def third(): pass

                TABLE = {"a.b": first, "a b": second, "a%2Eb": third}

                def dotted():
                    TABLE["a.b"]()

                def spaced():
                    TABLE.get("a b")()

                def escaped():
                    TABLE["a%2Eb"]()
            """,
        },
    )
    assert edges == {
        ("mod.Request.own", "mod.Request.length"),  # the key it was stored under
        ("mod.dotted", "mod.first"),
        ("mod.spaced", "mod.second"),
        ("mod.escaped", "mod.third"),  # "a%2Eb" is not "a.b" spelled again
    }


def test_a_dict_updated_or_spread_from_another_keeps_its_keys(tmp_path: Path) -> None:
    # httpx's ``defaults.update(kwargs)`` then ``urlparse("", **defaults)``: every
    # keyword reached ``path`` there, so ``if path`` drew ``QueryParams.__bool__``.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Path:
                    def __bool__(self): return True

                class Params:
                    def __bool__(self): return True

                class Host:
                    def __bool__(self): return True

                def parse(url="", **kwargs):
                    if kwargs.get("path"):
                        pass
                    if kwargs.get("host"):
                        pass

                def copy_with(**kwargs):
                    defaults = {"path": Path()}
                    defaults.update(kwargs)
                    return parse("", **defaults)

                def spread(**kwargs):
                    return parse("", **{"path": Path(), **kwargs})

                def main(name):
                    copy_with(params=Params())
                    spread(params=Params())
                    unknown = {}
                    unknown[name] = Host()
                    both = {}
                    both.update(unknown)
                    parse(**both)
            """,
        },
    )
    assert edges == {
        ("mod.copy_with", "mod.Path"),
        ("mod.copy_with", "mod.parse"),
        ("mod.spread", "mod.Path"),
        ("mod.spread", "mod.parse"),
        ("mod.parse", "mod.Path.__bool__"),  # not Params': it stays under "params"
        ("mod.parse", "mod.Host.__bool__"),  # under a key nobody knows: any key reads it
        ("mod.main", "mod.copy_with"),
        ("mod.main", "mod.spread"),
        ("mod.main", "mod.Params"),
        ("mod.main", "mod.Host"),
        ("mod.main", "mod.parse"),
    }


def test_staticmethod_and_classmethod_called_in_a_class_body_bind_like_the_decorators(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def default_factory(): pass

                class Reg:
                    def get_value(cls, kind):
                        cls.read_values()
                        kind()
                    get_value = classmethod(get_value)

                    def read_keys(cls): pass
                    read_keys = classmethod(read_keys)

                    def read_values(cls): pass
                    read_values = classmethod(read_values)

                    factory = staticmethod(default_factory)

                    def run(self):
                        self.factory()
                        Reg.get_value(default_factory)
            """,
        },
    )
    assert edges == {
        ("mod.Reg.run", "mod.default_factory"),
        ("mod.Reg.run", "mod.Reg.get_value"),
        ("mod.Reg.get_value", "mod.Reg.read_values"),  # each name its own function
        ("mod.Reg.get_value", "mod.default_factory"),  # the argument after cls
    }


def test_a_long_chain_of_kwargs_passed_on_does_not_exhaust_the_stack(tmp_path: Path) -> None:
    depth = 1100
    chain = "\n".join(f"def f{i}(**kw):\n    return f{i + 1}(**kw)\n" for i in range(depth))
    source = f"def target(): pass\n\n{chain}\ndef f{depth}(callback=None, **kw):\n    callback()\n\nf0(callback=target)\n"
    edges = call_edges(tmp_path, {"mod.py": source})
    assert (f"mod.f{depth}", "mod.target") in edges


def _plugins(count: int) -> dict[str, str]:
    """``count`` plugin modules, each registering its class into one list by a
    decorator, and a loop calling ``run`` on every instance the list holds."""
    files = {
        "core.py": """
            PLUGINS = []

            def register(cls):
                PLUGINS.append(cls())
                return cls

            def run_all():
                for plugin in PLUGINS:
                    plugin.run()
        """,
    }
    for number in range(count):
        files[f"plugin{number}.py"] = f"from core import register\n\n@register\nclass P{number}:\n    def run(self): pass\n"
    return files


def test_what_a_rule_fills_from_too_many_values_is_too_many_too(tmp_path: Path) -> None:
    # 17 classes reach ``cls``: ``cls()`` (a call's result), the list's elements and
    # ``plugin.run`` (an attribute) hold too many values, so ``plugin.run()`` gets no
    # edge and a warning, not 16 of its 17 candidates.
    graph = graph_of(tmp_path / "many", _plugins(17))
    assert edges_of(graph) == {(f"plugin{n}", "core.register") for n in range(17)}
    assert [w for w in graph.warnings if w.startswith("core.")] == [
        "core.register line 4: call of cls has more than 16 possible values; no edge drawn",
        "core.run_all line 9: call of plugin.run has more than 16 possible values; no edge drawn",
    ]
    # With 16 every one is an edge.
    edges = call_edges(tmp_path / "few", _plugins(16))
    assert {callee for caller, callee in edges if caller == "core.run_all"} == {f"plugin{n}.P{n}.run" for n in range(16)}


def test_the_edges_do_not_depend_on_the_order_the_files_are_solved_in(tmp_path: Path) -> None:
    # Before top absorbed along rules, ``plugin.run()`` got the first 16 classes to
    # arrive: which 16 changed with the order of the files.
    parsed = parse_tree(tmp_path, _plugins(18))
    nodes = {d.id: d for f in parsed for d in f.definitions}
    solved = []
    for order in (list(parsed), list(reversed(parsed)), random.Random(13).sample(parsed, len(parsed))):
        result = PythonResolver().resolve(order, nodes)
        solved.append((sorted((e.caller, e.callee, e.lines) for e in result), sorted(result.warnings)))
    assert solved[0] == solved[1] == solved[2]
    assert not any(caller == "core.run_all" for caller, _, _ in solved[0][0])


def test_arguments_passed_to_too_many_callees_go_nowhere(tmp_path: Path) -> None:
    # ``h.on`` is too many methods: none of them gets the event (the first 16 to
    # arrive did).
    handlers = "".join(f"@register\nclass H{n}:\n    def on(self, event):\n        event.handle()\n\n" for n in range(17))
    source = f"""HANDLERS = []\n\ndef register(cls):\n    HANDLERS.append(cls())\n    return cls\n\n{handlers}
class Event:\n    def handle(self): pass\n\ndef main():\n    for h in HANDLERS:\n        h.on(Event())\n"""
    edges = call_edges(tmp_path, {"mod.py": source})
    assert edges == {("mod", "mod.register"), ("mod.main", "mod.Event")}


def test_too_many_values_warn_in_the_json_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_tree(tmp_path, _plugins(17))
    assert main(["graph", str(tmp_path), "--format", "json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert "core.run_all line 9: call of plugin.run has more than 16 possible values; no edge drawn" in warnings


def test_docs_and_status_print_only_the_count_of_unlinked_calls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A hook runs them at every commit: the list is ``repoagent graph``'s.
    write_tree(tmp_path, _plugins(17))
    assert main(["status", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "repoagent: warning: 2 call(s) have too many possible callees to link any" in err
    assert "plugin.run" not in err
    assert main(["graph", str(tmp_path), "-o", str(tmp_path / "graph.json")]) == 0
    assert "call of plugin.run has more than 16 possible values" in capsys.readouterr().err


def test_an_annotated_container_of_outside_types_is_no_value(tmp_path: Path) -> None:
    # Each class's ``args: list[str]`` would be a container value of its own, of
    # nothing: sixteen of them and the Command pushed ``value`` to top.
    callers = "".join(f"class A{n}:\n    def call(self, args: list[str]):\n        process(args)\n\n" for n in range(16))
    edges = call_edges(
        tmp_path,
        {"mod.py": "class Command:\n    def run(self): pass\n\ndef process(value):\n    value.run()\n\n" + callers + "def main():\n    process(Command())\n"},
    )
    assert edges == {(f"mod.A{n}.call", "mod.process") for n in range(16)} | {
        ("mod.main", "mod.process"),
        ("mod.main", "mod.Command"),
        ("mod.process", "mod.Command.run"),
    }


def test_a_fixed_tuple_annotation_keeps_what_each_position_holds(tmp_path: Path) -> None:
    """``tuple[Node, list]`` unpacked gives the Node to the first name alone, as a
    tuple literal does (icalendar's ``stack: list[tuple[Component, list]]``);
    ``tuple[Node, ...]`` has no positions: every element is a Node."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Node:
                    def __getitem__(self, key): pass
                    def name(self): pass

                def walk(root: Node):
                    stack: list[tuple[Node, list]] = [(root, [])]
                    while stack:
                        comp, node = stack.pop()
                        node[1]
                        comp.name()

                def pair(p: tuple[Node, list]):
                    comp, node = p
                    node[1]
                    p[0].name()
                    for each in p:
                        each.name()

                def many(p: tuple[Node, ...]):
                    first, second = p
                    second.name()
            """,
        },
    )
    assert edges == {
        ("mod.walk", "mod.Node.name"),
        ("mod.pair", "mod.Node.name"),
        ("mod.many", "mod.Node.name"),
    }


def test_a_slice_is_a_sequence_of_the_elements_or_what_getitem_returns(tmp_path: Path) -> None:
    """packaging's ``self._spec[0][:3]``: a slice of an instance whose class has no
    ``__getitem__`` gave the instance itself; it is what ``__getitem__`` returns, of a
    list the same elements, and a slice assigned to takes the elements of the value."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class A:
                    def hello(self): pass

                class B:
                    def __getitem__(self, key):
                        return A()

                class C:
                    def bye(self): pass

                def sliced(a: A):
                    a[:2].hello()

                def sliced_getitem():
                    B()[1:].hello()

                def listed():
                    items = [A()]
                    for each in items[1:]:
                        each.hello()
                    items[:0] = [C()]
                    items[0].bye()

                class NodeList(list):
                    pass

                class Node:
                    def __init__(self):
                        self.children = NodeList()
                    def normalize(self):  # minidom's: the list subclass holds what it is given
                        kept = [Text()]
                        self.children[:] = kept
                        for child in self.children:
                            child.write()

                class Text:
                    def write(self): pass
            """,
        },
    )
    assert edges == {
        ("mod.B.__getitem__", "mod.A"),
        ("mod.sliced_getitem", "mod.B"),
        ("mod.sliced_getitem", "mod.B.__getitem__"),
        ("mod.sliced_getitem", "mod.A.hello"),
        ("mod.listed", "mod.A"),
        ("mod.listed", "mod.A.hello"),
        ("mod.listed", "mod.C"),
        ("mod.listed", "mod.C.bye"),
        ("mod.Node.__init__", "mod.NodeList"),
        ("mod.Node.normalize", "mod.Text"),
        ("mod.Node.normalize", "mod.Text.write"),
    }


def test_exit_stack_enter_context_enters_and_exits_and_gives_what_enter_returns(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import contextlib
                from contextlib import ExitStack

                class Session:
                    def query(self): pass

                class Connection:
                    def __enter__(self):
                        return Session()
                    def __exit__(self, *exc):
                        return False

                def work():
                    with ExitStack() as stack:
                        session = stack.enter_context(Connection())
                        session.query()

                def other():
                    with contextlib.ExitStack() as stack:
                        stack.enter_context(Connection()).query()
                        stack.close()
            """,
        },
    )
    assert edges == {
        ("mod.Connection.__enter__", "mod.Session"),
        *{(caller, callee) for caller in ("mod.work", "mod.other") for callee in (
            "mod.Connection", "mod.Connection.__enter__", "mod.Connection.__exit__", "mod.Session.query",
        )},
    }


def test_a_property_read_on_several_lines_has_every_line(tmp_path: Path) -> None:
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                class Box:
                    @property
                    def size(self):
                        return 1

                    @property
                    def inner(self):
                        return Box()

                def measure(box: Box):
                    first = box.size
                    second = box.size
                    box.size
                    box.inner.size
                    return box.inner.size + first
            """,
        },
    )
    assert {(e.caller, e.callee, e.lines) for e in graph.edges} == {
        ("mod.Box.inner", "mod.Box", (8,)),
        ("mod.measure", "mod.Box.inner", (14, 15)),
        ("mod.measure", "mod.Box.size", (11, 12, 13, 14, 15)),
    }


def test_a_tuple_of_nothing_the_flow_knows_is_no_value(tmp_path: Path) -> None:
    # Sixteen tuples of constants and a Token returned: as values of their own, the
    # tuples pushed the call's value to top.
    returns = "".join(f"    if kind == {n}:\n        return {n}, 'name{n}'\n" for n in range(16))
    edges = call_edges(
        tmp_path,
        {"mod.py": f"class Token:\n    def text(self): pass\n\ndef parse(kind):\n{returns}    return Token()\n\ndef main():\n    parse(1).text()\n"},
    )
    assert edges == {("mod.main", "mod.parse"), ("mod.main", "mod.Token.text"), ("mod.parse", "mod.Token")}


def test_a_dict_read_with_a_default_may_give_the_default(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Plain:
                    def encode(self): pass

                class Json:
                    def encode(self): pass

                class Yaml:
                    def encode(self): pass

                CODECS = {"json": Json}

                def codec_for(name):
                    return CODECS.get(name, Plain)()

                def keyed():
                    return CODECS.pop("json", Yaml)()  # a literal key: taken to be stored

                codec_for("x").encode()
                keyed()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.codec_for"),
        ("mod", "mod.keyed"),
        ("mod", "mod.Json.encode"),
        ("mod", "mod.Plain.encode"),
        ("mod.codec_for", "mod.Json"),
        ("mod.codec_for", "mod.Plain"),
        ("mod.keyed", "mod.Json"),
    }


def test_entering_a_contextmanager_generator_gives_what_it_yields(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import contextlib

                class Session:
                    def query(self): pass
                    def close(self): pass

                @contextlib.contextmanager
                def scope():
                    session = Session()
                    yield session
                    session.close()

                def plain():
                    yield Session()

                def load():
                    with scope() as session:
                        session.query()
                    with plain() as other:  # a plain generator is no context manager
                        other.close()
            """,
        },
    )
    assert edges == {
        ("mod.load", "mod.scope"),
        ("mod.load", "mod.plain"),
        ("mod.load", "mod.Session.query"),
        ("mod.scope", "mod.Session"),
        ("mod.scope", "mod.Session.close"),
        ("mod.plain", "mod.Session"),
    }


def test_a_class_without_bool_or_iadd_falls_back_to_len_and_add(tmp_path: Path) -> None:
    """Also ``!=`` without ``__ne__``: ``object.__ne__`` calls ``__eq__`` (tenth blind audit)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from collections import UserList

                class Batch:
                    def __len__(self): return 0
                    def __add__(self, other): return self
                    def __eq__(self, other): return True

                class Sized(Batch):
                    def __bool__(self): return True
                    def __ne__(self, other): return False

                class Outside(UserList):  # UserList may define __bool__ or __iadd__ itself
                    def __len__(self): return 0
                    def __add__(self, other): return self

                def flush(batch: Batch, other):
                    if batch:
                        pass
                    batch += other
                    if batch != other:
                        pass
                    outside = Outside()
                    if outside:
                        pass
                    outside += other
                    if outside != other:  # an outside base may define __ne__: no fallback
                        pass
            """,
        },
    )
    assert edges == {
        ("mod.flush", "mod.Batch.__len__"),
        ("mod.flush", "mod.Batch.__add__"),
        ("mod.flush", "mod.Batch.__eq__"),
        ("mod.flush", "mod.Sized.__bool__"),
        ("mod.flush", "mod.Sized.__ne__"),
        ("mod.flush", "mod.Outside"),
    }


def test_enum_members_are_instances_and_calling_the_enum_makes_none(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import enum

                class Color(enum.Enum):
                    RED = "red"
                    BLUE = enum.auto()
                    _ignore_ = []

                    def __init__(self, value):
                        self.label = value

                    def describe(self): pass

                class Plain:
                    RED = "red"

                    def describe(self): pass

                def favourite():
                    return Color("blue")

                def main():
                    Color.RED.describe()
                    favourite().describe()
                    Color["BLUE"].describe()
                    for color in Color:
                        color.describe()
                    Plain.RED.describe()  # a string: no edge
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.favourite"),
        ("mod.main", "mod.Color.describe"),
        ("mod", "mod.Color.__init__"),  # making the members, once the body ran; no call of Color does
    }


def test_what_an_enum_body_assigns_a_member_is_its_value_not_the_member(tmp_path: Path) -> None:
    """A member whose value is callable (``partial(add)``) is still an instance of
    the enum: calling it runs ``__call__``, which calls ``self.value``; a function
    assigned in the body is a method, no member."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from enum import Enum
                from functools import partial

                def add(a, b): pass
                def clamp(value, low, high): pass
                def helper(self): pass

                class Op(Enum):
                    ADD = partial(add)
                    CLAMP = partial(clamp, low=0, high=10)
                    describe = helper

                    def __call__(self, *args):
                        return self.value(*args)

                def run():
                    Op.CLAMP(1)
                    Op.ADD.describe()
            """,
        },
    )
    assert edges == {
        ("mod.run", "mod.Op.__call__"),
        ("mod.run", "mod.helper"),
        ("mod.Op.__call__", "mod.add"),
        ("mod.Op.__call__", "mod.clamp"),
    }


def test_a_builtin_given_a_class_calls_its_metaclasss_dunder(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Registry(type):
                    def __len__(cls): return 0
                    def __iter__(cls): return iter(())
                    def __instancecheck__(cls, obj): return True
                    def __subclasscheck__(cls, sub): return True

                class Plugin(metaclass=Registry): pass
                class Plain: pass

                def count(x, k):
                    return len(Plugin), list(iter(Plugin)), len(Plain), isinstance(x, Plugin), issubclass(k, Plugin), isinstance(x, Plain)
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.count"} == {
        "mod.Registry.__len__", "mod.Registry.__iter__", "mod.Registry.__instancecheck__", "mod.Registry.__subclasscheck__",
    }


def test_auto_in_an_enum_body_calls_generate_next_value_and_asdict_its_factory(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import enum
                from dataclasses import asdict, astuple, dataclass
                from enum import Enum, auto

                class Method(Enum):
                    @staticmethod
                    def _generate_next_value_(name, start, count, last_values): return name
                    GET = auto()
                    POST = enum.auto()

                class Plain(Enum):
                    A = auto()  # enum's own _generate_next_value_

                def public(pairs): return dict(pairs)
                def flat(values): return tuple(values)

                @dataclass
                class Row:
                    x: int
                    def export(self):
                        return asdict(self, dict_factory=public), astuple(self, tuple_factory=flat), asdict(self)
            """,
        },
    )
    assert edges == {
        ("mod.Method", "mod.Method._generate_next_value_"),
        ("mod.Row.export", "mod.public"),
        ("mod.Row.export", "mod.flat"),
    }


def test_super_with_a_class_looks_up_after_that_class(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Widget:
                    def render(self): pass

                class Bordered(Widget):
                    def render(self): pass

                class Shadowed(Bordered):
                    def render(self): pass

                class Button(Shadowed):
                    def render(self):
                        super(Bordered, self).render()  # skips Shadowed and Bordered
                        super(Button, self).render()  # the old spelling of super()

                    class Inner(Widget):
                        def render(self):
                            super(Button.Inner, self).render()
            """,
        },
    )
    assert edges == {
        ("mod.Button.render", "mod.Widget.render"),
        ("mod.Button.render", "mod.Shadowed.render"),
        ("mod.Button.Inner.render", "mod.Widget.render"),
    }


def test_copy_and_deepcopy_run_the_copy_protocol(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import copy

                class Node:
                    def __init__(self, children): self.children = children
                    def __deepcopy__(self, memo):
                        return Node(copy.deepcopy(self.children, memo))
                    def visit(self): pass

                class Doc:
                    def __copy__(self): return Doc()

                def main():
                    tree = Node([Node([])])
                    copy.deepcopy(tree).visit()
                    copy.copy(Doc())
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Node.__init__"),
        ("mod.main", "mod.Node.__deepcopy__"),
        ("mod.main", "mod.Node.visit"),
        ("mod.main", "mod.Doc"),
        ("mod.main", "mod.Doc.__copy__"),
        ("mod.Node.__deepcopy__", "mod.Node.__init__"),
        ("mod.Node.__deepcopy__", "mod.Node.__deepcopy__"),  # its children, a list of nodes
        ("mod.Doc.__copy__", "mod.Doc"),
    }


def test_a_deep_copy_of_a_container_holding_itself_ends(tmp_path: Path) -> None:
    """tomlkit's ``self._map[key] = (*current, idx)`` makes a tuple whose items may be
    itself; ``copy.deepcopy`` of the dict descended into it forever (a RecursionError,
    no graph: bench/audit/audit19's deepcopy_tuple_crash). Each container is copied
    once per site, its elements' ``__deepcopy__`` still run."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import copy

                class Leaf:
                    def __deepcopy__(self, memo):
                        return Leaf()

                class Box:
                    def __init__(self):
                        self._map = {}

                    def insert(self, key, idx):
                        if key in self._map:
                            current = self._map[key]
                            if not isinstance(current, tuple):
                                current = (current,)
                            self._map[key] = (*current, idx)
                        else:
                            self._map[key] = idx

                    def __deepcopy__(self, memo):
                        new = Box()
                        new._map = copy.deepcopy(self._map, memo)
                        return new

                def main():
                    b = Box()
                    b.insert("k", Leaf())
                    return copy.deepcopy(b)._map
            """,
        },
    )
    assert ("mod.main", "mod.Box.__deepcopy__") in edges
    assert ("mod.Box.__deepcopy__", "mod.Leaf.__deepcopy__") in edges


def test_dict_of_and_a_spread_of_a_mapping_like_instance_read_its_keys_and_items(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Config:
                    def keys(self): return ["host"]
                    def __getitem__(self, key): return "h"
                    def __iter__(self): return iter(())

                class Pairs:
                    def __iter__(self): return iter(())

                def connect(host): pass

                def main(cfg: Config, pairs: Pairs):
                    connect(**cfg)
                    return dict(cfg)
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.connect"),
        ("mod.main", "mod.Config.keys"),
        ("mod.main", "mod.Config.__getitem__"),
    }


def test_init_subclass_gets_each_subclass_as_cls(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                LOADERS = {}

                class Loader:
                    def __init_subclass__(cls, **kwargs):
                        LOADERS[cls.__name__] = cls

                    def load(self): pass

                class Csv(Loader):
                    def load(self): pass

                class Json(Loader):
                    def load(self): pass

                def open_file(kind):
                    return LOADERS[kind]().load()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Loader.__init_subclass__"),
        ("mod.open_file", "mod.Csv"),
        ("mod.open_file", "mod.Json"),
        ("mod.open_file", "mod.Csv.load"),
        ("mod.open_file", "mod.Json.load"),
    }


def test_a_protocol_class_is_never_made_from_a_type_annotation(tmp_path: Path) -> None:
    # ``type[P]`` for a protocol ``P``: Python refuses to instantiate ``P``, so calling
    # the value makes one of the classes naming ``P`` as a base, or what is passed.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from typing import Protocol

                class Logger(Protocol):
                    def bind(self) -> "Logger": ...

                class Named(Logger):
                    def bind(self): return self

                class Plain:
                    def __init__(self, name): pass
                    def bind(self): return self

                def build(cls: type[Logger]):
                    return cls("x").bind()

                build(Plain)
            """,
        },
    )
    assert edges == {
        ("mod", "mod.build"),
        ("mod.build", "mod.Named"),  # the annotation: a subclass that is no protocol
        ("mod.build", "mod.Named.bind"),
        ("mod.build", "mod.Plain.__init__"),  # what the call passes
        ("mod.build", "mod.Plain.bind"),
    }


def test_a_protocols_stub_is_not_what_a_call_on_it_runs(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from typing import Protocol

                class Part:
                    def size(self): pass

                class Renderer(Protocol):
                    def render(self) -> Part: ...
                    def name(self) -> str:
                        return type(self).__name__

                class Html:
                    def render(self) -> Part:
                        return Part()

                class Explicit(Renderer):
                    pass

                def show(renderer: Renderer):
                    renderer.render().size()
                    renderer.name()

                show(Html())
                Explicit().render()  # the stub itself runs
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Html"),
        ("mod", "mod.show"),
        ("mod", "mod.Explicit"),
        ("mod", "mod.Renderer.render"),
        ("mod.Html.render", "mod.Part"),
        ("mod.show", "mod.Html.render"),
        ("mod.show", "mod.Part.size"),
        ("mod.show", "mod.Renderer.name"),
    }


def test_a_dataclass_init_stores_its_arguments_and_runs_the_factories_left_out(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import KW_ONLY, dataclass, field
                from typing import Callable, ClassVar

                class Registry:
                    def add(self): pass

                class Other:
                    def add(self): pass

                def load(): pass
                def save(): pass
                def tags(): return []

                @dataclass
                class Config:
                    limit: ClassVar[int] = 3
                    name: str
                    loader: Callable
                    registry: Registry = field(default_factory=Registry)
                    _: KW_ONLY
                    saver: Callable = save
                    labels: list = field(default_factory=tags)

                    def run(self):
                        self.loader()
                        self.registry.add()

                def main():
                    Config("a", load).run()
                    Config("b", load, Other(), labels=[]).run()  # both fields given: no factory runs
                    options = dict(name="c", loader=load)
                    Config(**options)
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Config"),
        ("mod.main", "mod.Config.run"),
        ("mod.main", "mod.Registry"),
        ("mod.main", "mod.tags"),
        ("mod.main", "mod.Other"),
        ("mod.Config.run", "mod.load"),
        ("mod.Config.run", "mod.Registry.add"),
        ("mod.Config.run", "mod.Other.add"),
    }



def test_a_dataclass_spread_fills_the_fields_after_those_given_by_position(tmp_path: Path) -> None:
    # C(first, **d): a is given by position, so b comes from d["b"].
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass

                def fa(): pass
                def fb(): pass

                @dataclass
                class C:
                    a: object
                    b: object

                    def run(self):
                        self.a()
                        self.b()

                def main():
                    d = {"b": fb}
                    C(fa, **d).run()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.C"),
        ("mod.main", "mod.C.run"),
        ("mod.C.run", "mod.fa"),
        ("mod.C.run", "mod.fb"),
    }

def test_a_defaultdicts_factory_is_called_where_a_key_is_read(tmp_path: Path) -> None:
    """``index[token]`` of a ``defaultdict(Posting)`` makes a ``Posting`` when the key
    is missing: the read calls the factory, from the function that reads."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from collections import defaultdict

                class Posting:
                    def __init__(self): self.docs = []
                    def add(self, doc): self.docs.append(doc)

                def make():
                    return defaultdict(Posting)

                def build(words):
                    index = make()
                    for word in words:
                        index[word].add(1)
                    return index
            """,
        },
    )
    assert edges == {
        ("mod.build", "mod.make"),
        ("mod.build", "mod.Posting.__init__"),
        ("mod.build", "mod.Posting.add"),
    }


def test_a_defaultdict_holds_what_is_stored_and_what_its_factory_makes(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import collections
                from collections import OrderedDict, defaultdict

                def on_start(): pass
                def on_stop(): pass
                def unknown(): pass
                def queued(): pass
                def ordered(): pass

                class Bus:
                    def __init__(self):
                        self.handlers = defaultdict(lambda: unknown)
                        self.handlers["start"] = on_start
                        self.listeners = defaultdict(list)

                    def subscribe(self, name, listener):
                        self.listeners[name].append(listener)

                    def emit(self, name):
                        self.handlers[name]()
                        for listener in self.listeners[name]:
                            listener()

                def main():
                    bus = Bus()
                    bus.subscribe("stop", on_stop)
                    bus.emit("start")
                    table = collections.defaultdict(None, first=ordered)
                    table["first"]()
                    OrderedDict(first=queued)["first"]()  # an outside mapping: not followed
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Bus.__init__"),
        ("mod.main", "mod.Bus.subscribe"),
        ("mod.main", "mod.Bus.emit"),
        ("mod.main", "mod.ordered"),
        ("mod.Bus.emit", "mod.on_start"),
        ("mod.Bus.emit", "mod.unknown"),
        ("mod.Bus.emit", "mod.on_stop"),
    }


def test_a_singledispatch_call_runs_what_it_registered(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools

                class Money:
                    def dollars(self): pass

                @functools.singledispatch
                def render(value):
                    pass

                @render.register
                def _(value: int):
                    pass

                @render.register(Money)
                def render_money(value):
                    value.dollars()

                @render.register(float)
                def render_float(value):
                    pass

                def render_text(value):
                    pass

                render.register(str, render_text)

                def plain(value):
                    pass

                def main():
                    render(Money())
                    plain(Money())
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.Money"),
        ("mod.main", "mod.render"),
        ("mod.main", "mod._"),
        ("mod.main", "mod.render_money"),
        ("mod.main", "mod.render_float"),
        ("mod.main", "mod.render_text"),
        ("mod.main", "mod.plain"),
        ("mod.render_money", "mod.Money.dollars"),
    }


def test_an_except_clause_catches_the_subclasses_the_repository_raises(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class AppError(Exception):
                    def report(self): pass

                class NotFound(AppError):
                    def report(self): pass

                class Denied(AppError):
                    def report(self): pass

                class Outside(Exception):
                    def report(self): pass

                class Special(Outside):
                    def report(self): pass

                def find():
                    raise NotFound()

                def main():
                    try:
                        find()
                    except AppError as error:  # only NotFound is raised
                        error.report()
                    except (Outside, KeyError) as error:  # none raised here: raised from outside
                        error.report()
            """,
        },
    )
    assert edges == {
        ("mod.find", "mod.NotFound"),
        ("mod.main", "mod.find"),
        ("mod.main", "mod.NotFound.report"),
        ("mod.main", "mod.Outside.report"),
        ("mod.main", "mod.Special.report"),
    }


def test_a_method_read_on_a_receiver_is_bound_to_it(tmp_path: Path) -> None:
    """A classmethod's ``cls`` is the class it is called on (``Vector.origin()`` makes a
    ``Vector``; through ``super()``, the calling class), its own class only when no
    call says (``Plain.make``, called from outside); a decorator's ``wrapper(self, ...)``
    bound as a method gets the receiver as ``self``."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def guarded(method):
                    def wrapper(self, *args):
                        self.check()
                        return method(self, *args)
                    return wrapper

                class Point:
                    def __init__(self, x): self.x = x
                    @classmethod
                    def from_value(cls, x): return cls(x)
                    @classmethod
                    def origin(cls): return cls.from_value(0)
                    def norm(self): pass

                class Vector(Point):
                    def norm(self): pass

                class Model:
                    def __init__(self, name): self.name = name
                    @classmethod
                    def create(cls, name): return cls(name)
                    def label(self): pass

                class User(Model):
                    @classmethod
                    def create(cls, name): return super().create(name)
                    def label(self): pass

                class Plain:
                    def __init__(self): pass
                    @classmethod
                    def make(cls): return cls()

                class Account:
                    def check(self): pass
                    @guarded
                    def deposit(self, amount): pass

                def main():
                    Vector.origin().norm()
                    User.create("ann").label()
                    Account().deposit(1)
            """,
        },
    )
    assert edges == {
        ("mod.Point.from_value", "mod.Point.__init__"),
        ("mod.Point.origin", "mod.Point.from_value"),
        ("mod.Model.create", "mod.Model.__init__"),
        ("mod.User.create", "mod.Model.create"),
        ("mod.Plain.make", "mod.Plain.__init__"),
        ("mod.Account", "mod.guarded"),
        ("mod.guarded.wrapper", "mod.Account.check"),
        ("mod.guarded.wrapper", "mod.Account.deposit"),
        ("mod.main", "mod.Point.origin"),
        ("mod.main", "mod.Vector.norm"),
        ("mod.main", "mod.User.create"),
        ("mod.main", "mod.User.label"),
        ("mod.main", "mod.Account"),
        ("mod.main", "mod.guarded.wrapper"),
    }


def test_a_metaclass_runs_when_its_classes_are_defined_and_called(tmp_path: Path) -> None:
    """Calling a class whose metaclass defines ``__call__`` runs it (with the class as
    its first parameter), and only its ``super().__call__`` runs ``__init__`` and makes
    the instance; defining a class with a repository metaclass calls the metaclass
    (``__new__``, then ``__init__``, or the class itself when it has neither)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Singleton(type):
                    _instances = {}
                    def __call__(cls, *args, **kwargs):
                        if cls not in cls._instances:
                            cls._instances[cls] = super().__call__(*args, **kwargs)
                        return cls._instances[cls]

                class Registry(type):
                    def __new__(mcls, name, bases, namespace):
                        return super().__new__(mcls, name, bases, namespace)
                    def __init__(cls, name, bases, namespace):
                        super().__init__(name, bases, namespace)

                class Database(metaclass=Singleton):
                    def __init__(self, url): pass
                    def execute(self): pass

                class Plugin(metaclass=Registry):
                    def __init__(self): pass

                class Extra(Plugin):
                    pass

                def main():
                    Database("db").execute()
                    Plugin()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Singleton"),
        ("mod", "mod.Registry.__new__"),
        ("mod", "mod.Registry.__init__"),
        ("mod.main", "mod.Singleton.__call__"),
        ("mod.Singleton.__call__", "mod.Database.__init__"),
        ("mod.main", "mod.Database.execute"),
        ("mod.main", "mod.Plugin.__init__"),
    }


def test_a_singledispatchmethod_call_runs_what_its_class_registered(tmp_path: Path) -> None:
    """``functools.singledispatchmethod`` as ``singledispatch``: a call of the method on
    an instance also runs every method registered with ``@name.register`` (bound to
    the same receiver, whichever the argument's type picks); another class's
    dispatcher of the same name keeps its own."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import singledispatchmethod

                def fallback(value): pass

                class Encoder:
                    @singledispatchmethod
                    def encode(self, value):
                        return fallback(value)

                    @encode.register
                    def _(self, value: int):
                        return self.tag()

                    @encode.register(list)
                    def _(self, value):
                        return [self.encode(item) for item in value]

                    def tag(self): pass

                class Other:
                    @singledispatchmethod
                    def encode(self, value): pass

                def main():
                    Encoder().encode([1])
            """,
        },
    )
    assert edges == {
        ("mod.Encoder.encode", "mod.fallback"),
        ("mod.Encoder._", "mod.Encoder.tag"),
        ("mod.Encoder._~2", "mod.Encoder.encode"),
        ("mod.Encoder._~2", "mod.Encoder._"),
        ("mod.Encoder._~2", "mod.Encoder._~2"),
        ("mod.main", "mod.Encoder"),
        ("mod.main", "mod.Encoder._~2"),  # a list display: what ``list`` is registered for, only
    }


def test_a_class_attribute_stored_outside_the_body_and_a_subclass_mro_are_looked_up(tmp_path: Path) -> None:
    """``cls.describe = describe`` in a class decorator binds ``describe`` for the
    class's instances (a method, bound to the receiver); on a mixin's cone, a name
    is found along each subclass's MRO (``Page`` finds ``Resource.data`` beside
    ``HtmlMixin``), only for the subclasses that run the method reading it (``Page``
    never runs ``JsonMixin.render``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def shout(text): pass

                def describe_with(formatter):
                    def decorate(cls):
                        def describe(self):
                            return formatter(self.name())
                        cls.describe = describe
                        return cls
                    return decorate

                @describe_with(shout)
                class Item:
                    def name(self): pass

                class JsonMixin:
                    def render(self):
                        return self.data()

                class HtmlMixin:
                    def render(self):
                        return self.data()

                class Resource:
                    def data(self): pass

                class Page(HtmlMixin, JsonMixin, Resource):
                    pass

                class Api(JsonMixin, Resource):
                    def data(self): pass

                def main():
                    Item().describe()
                    for item in (Page(), Api()):
                        item.render()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.describe_with"),
        ("mod", "mod.describe_with.decorate"),
        ("mod.describe_with.decorate.describe", "mod.shout"),
        ("mod.describe_with.decorate.describe", "mod.Item.name"),
        ("mod.HtmlMixin.render", "mod.Resource.data"),
        ("mod.JsonMixin.render", "mod.Api.data"),
        ("mod.main", "mod.Item"),
        ("mod.main", "mod.describe_with.decorate.describe"),
        ("mod.main", "mod.Page"),
        ("mod.main", "mod.Api"),
        ("mod.main", "mod.HtmlMixin.render"),
        ("mod.main", "mod.JsonMixin.render"),
    }


def test_reduce_iter_with_a_sentinel_wraps_and_exit_stack_callbacks(tmp_path: Path) -> None:
    """``functools.reduce(f, xs)`` gives what ``f`` returns (its first argument is the
    running value); ``iter(f, sentinel)`` calls ``f`` and yields its returns;
    ``functools.wraps(f)(w)`` sets ``w.__wrapped__`` to ``f``; ``ExitStack.callback(f,
    *args)`` calls ``f`` with the rest of the arguments."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools
                from contextlib import ExitStack

                class Part:
                    def merge(self, other): return Part()
                    def size(self): pass

                class Chunk:
                    def text(self): pass

                def read(): return Chunk()
                def cleanup(path): pass
                def normalize(key): pass

                def cached(func):
                    @functools.wraps(func)
                    def wrapper(key):
                        return func(key)
                    return wrapper

                @cached
                def lookup(key):
                    return normalize(key)

                def main(parts):
                    functools.reduce(Part.merge, parts).size()
                    for chunk in iter(read, None):
                        chunk.text()
                    lookup.__wrapped__("b")
                    with ExitStack() as stack:
                        stack.callback(cleanup, "tmp")
            """,
        },
    )
    assert edges == {
        ("mod", "mod.cached"),
        ("mod.Part.merge", "mod.Part"),
        ("mod.cached.wrapper", "mod.lookup"),
        ("mod.lookup", "mod.normalize"),
        ("mod.main", "mod.Part.merge"),
        ("mod.main", "mod.Part.size"),
        ("mod.main", "mod.read"),
        ("mod.main", "mod.Chunk.text"),
        ("mod.main", "mod.lookup"),
        ("mod.main", "mod.cleanup"),
        ("mod.read", "mod.Chunk"),
    }


def test_a_metaclass_s_init_gets_each_class_and_its_dunders_run_on_the_class(tmp_path: Path) -> None:
    """A plugin registry kept by its metaclass: ``__init__``'s ``cls`` is the class
    defined (not only an instance of the metaclass), and ``Plugin[name]`` runs the
    metaclass's ``__getitem__`` bound to the class, whose result is the subscript's."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class PluginMeta(type):
                    plugins = {}

                    def __init__(cls, name, bases, ns):
                        super().__init__(name, bases, ns)
                        PluginMeta.plugins[cls.key] = cls
                        cls.registered()

                    def __getitem__(cls, key):
                        return cls.plugins[key]

                class Plugin(metaclass=PluginMeta):
                    key = "base"

                    @classmethod
                    def registered(cls): pass

                class Gzip(Plugin):
                    key = "gzip"
                    def run(self): pass

                class Table:
                    def __class_getitem__(cls, item): return cls

                def by_name(name):
                    Plugin[name]().run()

                def generic():
                    return Table[int]
            """,
        },
    )
    assert edges == {
        ("mod", "mod.PluginMeta.__init__"),
        ("mod.PluginMeta.__init__", "mod.Plugin.registered"),
        ("mod.by_name", "mod.PluginMeta.__getitem__"),
        ("mod.by_name", "mod.Plugin"),  # each class the metaclass registered
        ("mod.by_name", "mod.Gzip"),
        ("mod.by_name", "mod.Gzip.run"),
        ("mod.generic", "mod.Table.__class_getitem__"),  # no metaclass: the class's own hook
    }


def test_type_call_on_a_class_makes_it_as_a_metaclass_call_does(tmp_path: Path) -> None:
    """``type.__call__(cls, ...)`` (a metaclass's ``__call__`` making an instance without
    calling itself again) runs ``cls.__init__`` with the rest of the arguments and gives
    the instance."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Factory(type):
                    def __call__(cls, name):
                        return cls.instance(name)
                    def instance(cls, name):
                        return type.__call__(cls, name)

                class Zone(metaclass=Factory):
                    def __init__(self, name): pass
                    def offset(self): pass

                def main():
                    Zone("UTC").offset()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Factory"),
        ("mod.main", "mod.Factory.__call__"),
        ("mod.Factory.__call__", "mod.Factory.instance"),
        ("mod.Factory.instance", "mod.Zone.__init__"),
        ("mod.main", "mod.Zone.offset"),
    }


def test_a_parameter_stored_on_self_is_kept_apart_per_receiver_class(tmp_path: Path) -> None:
    """``self.check = check`` in a base ``__init__``: what each subclass passes up
    through ``super().__init__``, or gives its inherited ``__init__`` (``Loud(shout)``),
    is on its own instances only; a base method overridden without calling up
    (``Negative.__call__``) sees only the subclasses that run it. A class made where
    the flow does not see (``Hidden``) reads what every receiver gave. A call whose
    receiver is unknown (``Holder.__init__(self, ...)``, ``**kwargs``) reaches every class."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Base:
                    def __init__(self, check):
                        self.check = check
                    def __call__(self, x):
                        return self.check(x)

                class Positive(Base):
                    def __init__(self):
                        super().__init__(self._positive)
                    def _positive(self, x): pass

                class Negative(Base):
                    def __init__(self):
                        super().__init__(self._negative)
                    def _negative(self, x): pass
                    def __call__(self, x):
                        return not self.check(x)

                def shout(x): pass
                def whisper(x): pass

                class Loud(Base):
                    def run(self): self.check(1)

                class Quiet(Base):
                    def run(self): self.check(2)

                class Hidden(Base):
                    def run(self): self.check(4)

                def main():
                    Positive()(1)
                    Negative()(1)
                    Loud(shout).run()
                    Quiet(whisper).run()
            """,
            "other.py": """
                class Holder:
                    def __init__(self, action):
                        self.action = action

                class Spread(Holder):
                    def __init__(self, **kwargs):
                        super().__init__(**kwargs)

                class Direct(Holder):
                    def __init__(self, action):
                        Holder.__init__(self, action)

                class Plain(Holder):
                    def run(self): self.action()

                def ping(): pass
                def pong(): pass
                def pang(): pass

                def main():
                    Spread(action=ping)
                    Direct(pong)
                    Plain(pang).run()
            """,
        },
    )
    own = {(caller, callee) for caller, callee in edges if caller.endswith(("__call__", ".run"))}
    assert own == {
        ("mod.Base.__call__", "mod.Positive._positive"),  # not Negative's: it overrides __call__
        ("mod.Base.__call__", "mod.shout"),
        ("mod.Base.__call__", "mod.whisper"),
        ("mod.Negative.__call__", "mod.Negative._negative"),
        ("mod.Loud.run", "mod.shout"),
        ("mod.Quiet.run", "mod.whisper"),
        ("mod.Hidden.run", "mod.Positive._positive"),
        ("mod.Hidden.run", "mod.Negative._negative"),
        ("mod.Hidden.run", "mod.shout"),
        ("mod.Hidden.run", "mod.whisper"),
        ("other.Plain.run", "other.pang"),
        ("other.Plain.run", "other.ping"),
        ("other.Plain.run", "other.pong"),
    }


def test_a_getter_returning_an_attribute_reads_it_on_its_receiver(tmp_path: Path) -> None:
    """A property whose getter returns its instance's attribute (``return
    self._children``, or ``getattr(self, "_children", None)``) gives, read on an
    instance, that instance's attribute: what each subclass stored through the base's
    setter stays its own (mistletoe's tokens, bench/audit/audit18 cause C). A getter
    that computes (``first``) still gives its return, and one whose attribute is empty
    where it is read gives its annotated return."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Token:
                    @property
                    def children(self):
                        return getattr(self, "_children", None)

                    @children.setter
                    def children(self, value):
                        self._children = value

                    @property
                    def first(self):
                        found = self._children
                        return found

                    @property
                    def label(self) -> "Label":
                        return self._label

                class Label:
                    def show(self): pass

                class RawText(Token):
                    def __init__(self, content):
                        self.content = content

                class Code(Token):
                    def __init__(self, text):
                        self.children = (RawText(text),)

                    @property
                    def content(self):
                        return self.children[0].content

                class Inline(Token):
                    def __init__(self, text):
                        self.children = (RawText(text),)

                class Document(Token):
                    def __init__(self, parts):
                        self.children = parts

                def render_inline(token):
                    return token.children[0].content

                def render_first(token):
                    return token.first[0].content

                def main():
                    doc = Document([Code("x")])
                    doc.children[0].content
                    render_inline(Inline("y"))
                    render_first(Inline("z"))
                    Inline("w").label.show()
            """,
        },
    )
    assert ("mod.render_inline", "mod.Code.content") not in edges  # an Inline's child is a RawText
    assert ("mod.Code.content", "mod.Code.content") not in edges
    assert ("mod.render_inline", "mod.Token.children") in edges  # the getter still runs
    assert ("mod.main", "mod.Code.content") in edges  # the Document's child is a Code
    assert ("mod.render_first", "mod.Code.content") in edges  # a computing getter: every child, as before
    assert ("mod.main", "mod.Label.show") in edges  # nothing stored: the annotation


def test_an_attribute_a_class_beside_a_base_stores_is_found_on_the_bases_cone(tmp_path: Path) -> None:
    """``self.cache`` read in a mixin's method, on its cone: a subclass that also
    inherits ``Cached`` has the ``cache`` that ``Cached.__init__`` stores, though
    neither the mixin nor the subclass stores it (cachetools' decorator mixins)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Store:
                    def clear(self): pass

                class ClearMixin:
                    def cache_clear(self):
                        self.cache.clear()

                class Cached:
                    def __init__(self):
                        self.cache = Store()

                class Wrapper(ClearMixin, Cached):
                    pass

                def main():
                    Wrapper().cache_clear()
            """,
        },
    )
    assert edges == {
        ("mod.ClearMixin.cache_clear", "mod.Store.clear"),
        ("mod.Cached.__init__", "mod.Store"),
        ("mod.main", "mod.Cached.__init__"),
        ("mod.main", "mod.ClearMixin.cache_clear"),
    }


def test_each_comprehension_binds_its_targets_in_a_scope_of_its_own(tmp_path: Path) -> None:
    """Python 3: two comprehensions of one function binding ``item`` hold what each
    iterates, and neither is the function's own ``item``; a nested comprehension
    reads the outer one's target, the first iterable is the enclosing scope's, and a
    lambda's parameter is its own."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Cell:
                    def show(self): pass

                class Row:
                    def __iter__(self): return iter([Cell()])
                    def show(self): pass

                class Note:
                    def show(self): pass

                def use(item):
                    item.show()

                def render(rows, notes, item):
                    texts = [[cell.show() for cell in item] for item in rows]
                    marks = [item.show() for item in notes]
                    used = [use(item=item) for item in notes]
                    calls = [(lambda item: item.show())(Note()) for item in rows]
                    item.show()
                    item = [item for item in item]
                    return texts, marks, calls, used

                def main():
                    render([Row()], [Note()], Cell())
            """,
        },
    )
    calls = {callee for caller, callee in edges if caller == "mod.render"}
    assert calls == {
        "mod.Cell.show",  # the inner comprehension's cells, and the parameter item
        "mod.Note.show",  # the second comprehension's notes, and the lambda's own item
        "mod.Row.__iter__",  # iterating the first comprehension's rows
        "mod.Note",
        "mod.use",
    }
    assert {callee for caller, callee in edges if caller == "mod.use"} == {"mod.Note.show"}  # a keyword's name is no read


def test_two_containers_made_by_one_builtin_in_a_function_hold_apart(tmp_path: Path) -> None:
    """``set()`` twice, or ``defaultdict(set)`` for two attributes, in one function: each
    call makes its own container, so what one holds is not iterated from the other
    (lark's ``includes`` and ``lookback``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from collections import defaultdict

                class Symbol:
                    def __eq__(self, other): return self is other
                    def __hash__(self): return 1

                class Rule:
                    def run(self): pass

                class Analyzer:
                    def __init__(self):
                        self.includes = defaultdict(set)
                        self.lookback = defaultdict(set)

                    def fill(self, key):
                        self.includes[key].add(Symbol())
                        self.lookback[key].add(Rule())

                    def use(self):
                        for pairs in self.lookback.values():
                            for rule in pairs:
                                rule.run()
                                if rule == 3:
                                    return rule

                def plain_sets():
                    a = set()
                    b = set()
                    a.add(Symbol())
                    for x in b:
                        if x == 1:
                            return x
            """,
        },
    )
    assert edges == {
        ("mod.Analyzer.fill", "mod.Symbol"),
        ("mod.Analyzer.fill", "mod.Rule"),
        ("mod.Analyzer.use", "mod.Rule.run"),
        ("mod.plain_sets", "mod.Symbol"),
    }


def test_a_lambdas_parameters_hold_what_its_calls_pass(tmp_path: Path) -> None:
    """A lambda's parameters are its own variables, filled by whatever calls it (a
    builtin helper, a stored callback, a default): not the enclosing function's names.
    ``reduce`` with an initial value never makes an element the running value."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools

                class Task:
                    def priority(self): return 1

                class Other:
                    def priority(self): return 2

                def app(env): return env

                def logged(next_app):
                    def handler(env):
                        return next_app(env)
                    return handler

                def build(base, layers):
                    return functools.reduce(lambda acc, layer: layer(acc), layers, base)

                def order(tasks, task):
                    return sorted(tasks, key=lambda task: task.priority())

                class Button:
                    def __init__(self, on_click):
                        self.on_click = on_click
                    def click(self):
                        self.on_click(event=Task())

                def react(handler=app):
                    return Button(lambda *rest, event: event.priority()), (lambda h=handler: h(1))()

                def main():
                    build(app, [logged])(1)
                    order([Task()], Other())
                    react()[0].click()
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.build"} == {"mod.logged"}
    assert {callee for caller, callee in edges if caller == "mod.order"} == {"mod.Task.priority"}  # not the parameter's
    assert ("mod.main", "mod.logged") not in edges and ("mod.logged.handler", "mod.app") in edges
    assert {callee for caller, callee in edges if caller == "mod.react"} == {"mod.Button.__init__", "mod.Task.priority", "mod.app"}


def test_self_of_a_method_called_on_its_class_holds_only_instances(tmp_path: Path) -> None:
    """``runner.run(suite)`` where ``runner`` is the class on one branch and an instance
    on the other: flow-insensitively the suite is also passed as ``self``, which can
    only be an instance of the class (unittest's ``TestProgram.runTests``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Suite:
                    def report(self): pass
                    def count(self): pass

                class Runner:
                    def run(self, test):
                        self.report()
                        test.count()
                    def report(self): pass

                class Verbose(Runner):
                    def run(self, test):
                        Runner.run(self, test)

                def main(flag):
                    runner = Runner if flag else Runner()
                    runner.run(Suite())
                    Verbose().run(Suite())
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.Runner.run"} == {"mod.Runner.report", "mod.Suite.count"}
    assert ("mod.Verbose.run", "mod.Runner.run") in edges


def test_a_comparison_holds_what_its_dunder_returns(tmp_path: Path) -> None:
    """An expression builder's ``Column.__eq__`` returns a clause, and ``&``, ``~`` and
    formatting run on it; ``in`` is always a bool; a chained comparison is none."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Clause:
                    def __and__(self, other): return Clause()
                    def __invert__(self): return Clause()
                    def sql(self): pass

                class Column:
                    def __eq__(self, value): return Clause()
                    def __lt__(self, value): return Clause()
                    def __contains__(self, value): return Clause()

                def main(age: Column, name: Column):
                    where = (age == 30) & ~(name < "b")
                    where.sql()
                    found = 3 in age
                    found.sql()
                    ranged = 1 < age < 9
                    ranged.sql()
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {
        "mod.Column.__eq__", "mod.Column.__lt__", "mod.Column.__contains__", "mod.Clause.__and__",
        "mod.Clause.__invert__", "mod.Clause.sql",
    }


def test_a_truth_test_through_too_many_values_is_silent(tmp_path: Path) -> None:
    """``if x:`` of a value past 16 is no call anyone reads as one: no warning, as
    formatting it is none (a shared predicate's comparison is often such a value)."""
    classes = "\n".join(f"class C{n}:\n    def __bool__(self): return True\n    def go(self): pass\n" for n in range(17))
    made = ", ".join(f"C{n}()" for n in range(17))
    graph = graph_of(
        tmp_path,
        {
            "mod.py": classes + f"""
def use(x):
    if x:
        x.go()

for each in [{made}]:
    use(each)
""",
        },
    )
    assert [w for w in graph.warnings if "mod.use" in w] == [
        "mod.use line 71: call of x.go has more than 16 possible values; no edge drawn"
    ]


def test_printing_shows_each_argument_and_a_containers_elements(tmp_path: Path) -> None:
    """``print(x)`` writes ``str(x)``: ``__str__``, or ``__repr__`` without one; a list,
    tuple or dict shows its elements' (and keys') ``__repr__``, also inside ``str()`` and
    an f-string; each at a site of its own, so many elements do not crowd the call."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Point:
                    def __repr__(self): return "P"

                class Label:
                    def __str__(self): return "L"
                    def __repr__(self): return "l"

                def main():
                    shapes = [Point()]
                    shapes.append(shapes)
                    print(Label(), shapes, {Label(): Point()})
                    return str((Label(),)), f"{[Point()]}"
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {
        "mod.Point", "mod.Label", "mod.Label.__str__", "mod.Label.__repr__", "mod.Point.__repr__",
    }


def test_builtins_that_iterate_an_instance_run_its_iteration(tmp_path: Path) -> None:
    """``sorted(bag)``, ``map(f, bag)``, ``zip(a, bag)``, ``enumerate(bag)``, ``sum(bag)``,
    ``min(bag)`` iterate it: its ``__iter__``, then ``__next__`` of what that returns, as
    ``list(bag)`` and a ``for`` do."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Bag:
                    def __iter__(self): return Walk()

                class Walk:
                    def __next__(self): raise StopIteration

                class Other:
                    def __iter__(self): return Walk()

                def main(bag: Bag, other: Other):
                    sorted(bag)
                    return min(other)
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {
        "mod.Bag.__iter__", "mod.Walk.__next__", "mod.Other.__iter__",
    }


def test_a_class_with_only_getitem_is_iterated_and_searched_by_index(tmp_path: Path) -> None:
    """The old sequence protocol: without ``__iter__`` iteration calls ``__getitem__``
    (its items are what it returns) of a sequence (``__len__`` too; a class with
    ``__getitem__`` alone is not followed), without ``__contains__`` ``in`` iterates,
    and ``reversed`` without ``__reversed__`` asks ``__len__``."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Row:
                    def show(self): return "row"

                class Rows:
                    def __getitem__(self, index): return Row()
                    def __len__(self): return 1

                class Listed:
                    def __iter__(self): return iter(())
                    def __getitem__(self, index): return Row()

                class Options:
                    def __getitem__(self, key): return Row()

                def walk(rows: Rows, listed: Listed, options: Options):
                    for row in rows:
                        row.show()
                    found = Row() in rows
                    back = reversed(rows)
                    return found, back, Row() in listed, [o for o in options]
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.walk"} == {
        "mod.Rows.__getitem__", "mod.Row.show", "mod.Row", "mod.Rows.__len__", "mod.Listed.__iter__",
    }


def test_a_builtin_container_on_the_left_of_an_operator_runs_the_rights_reflected_dunder(tmp_path: Path) -> None:
    """``{"workers": 4} | cfg``: ``dict.__or__`` gives up on a ``Config``, which runs
    ``Config.__ror__`` (its result followed: ``cli |= ...`` runs ``__ior__``); ``a | b``
    of two dicts runs no repository code."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Config:
                    def __init__(self, data):
                        self.data = data
                    def __ror__(self, other):
                        return Config(other)
                    def __ior__(self, other):
                        return self

                def main(cfg: Config):
                    cli = {"workers": 4} | cfg
                    cli |= {"port": 9000}
                    both = {"a": 1} | {"b": 2}
                    return cli, both
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {"mod.Config.__ror__", "mod.Config.__ior__"}


def test_an_operator_whose_left_operand_holds_nothing_known_runs_the_rights_reflected_dunder(tmp_path: Path) -> None:
    """``qty * price`` with ``qty`` a number: the number's ``__mul__`` gives up and
    Python runs ``price.__rmul__`` (``+=`` too); a left operand of the repository keeps
    its own dunder."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Money:
                    def __add__(self, other): return self
                    def __radd__(self, other): return self
                    def __rmul__(self, factor): return self

                def invoice(lines, shipping: Money):
                    total = sum(qty * price for qty, price in lines)
                    total += shipping
                    return total

                def plain(a: Money, b: Money):
                    return a + b

                invoice([(2, Money())], Money())
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.invoice"} == {"mod.Money.__rmul__", "mod.Money.__radd__"}
    assert {callee for caller, callee in edges if caller == "mod.plain"} == {"mod.Money.__add__"}


def test_a_variadic_parameters_annotation_types_its_items(tmp_path: Path) -> None:
    """``*parts: T`` is a tuple of ``T``, ``**options: T`` a dict of them: the
    annotation is what iterating or subscripting them gives, not the tuple itself."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Text:
                    def show(self): pass

                def each(*parts: Text):
                    for part in parts:
                        part.show()

                def whole(*parts: Text):
                    return parts.show()

                def first(*parts: Text):
                    return parts[0].show()

                def named(**options: Text):
                    options["a"].show()
            """,
        },
    )
    assert edges == {("mod.each", "mod.Text.show"), ("mod.named", "mod.Text.show"), ("mod.first", "mod.Text.show")}


def test_an_enums_own_init_runs_for_each_member_and_a_call_of_it_may_run_missing(tmp_path: Path) -> None:
    """The metaclass gives each member's value to the ``__init__`` the enum writes,
    once the body has run (the code running the ``class`` statement calls it); a call
    ``Currency(code)`` looks a member up and runs ``_missing_`` for a value none has."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from enum import Enum

                class Currency(Enum):
                    USD = ("USD", 2)
                    JPY = ("JPY", 0)

                    def __init__(self, code, digits):
                        self.code = code

                    @classmethod
                    def _missing_(cls, value):
                        return cls.USD

                    def show(self): pass

                class Plain(Enum):
                    A = 1

                def parse(code):
                    Plain(code)
                    return Currency(code).show()
            """,
        },
    )
    assert edges == {
        ("mod", "mod.Currency.__init__"),
        ("mod.parse", "mod.Currency._missing_"),
        ("mod.parse", "mod.Currency.show"),
    }


def test_heapq_and_bisect_order_items_with_lt_or_the_key(tmp_path: Path) -> None:
    """``heappush`` and ``insort`` compare the item with the list's items (``__lt__``)
    and put it among them; ``heappop`` gives one of them; a ``key=`` is called instead."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import heapq
                from bisect import insort

                class Timer:
                    def __lt__(self, other): return True
                    def fire(self): pass

                class Stamp:
                    def __lt__(self, other): return True
                    def when(self): return 0

                def when(stamp): return stamp.when()

                def schedule(heap, audit):
                    heapq.heappush(heap, Timer())
                    insort(audit, Stamp(), key=when)

                def advance(heap):
                    heapq.heappop(heap).fire()

                queue = []
                schedule(queue, [])
                advance(queue)
            """,
        },
    )
    assert {(caller, callee) for caller, callee in edges if caller in ("mod.schedule", "mod.advance")} == {
        ("mod.schedule", "mod.Timer"), ("mod.schedule", "mod.Timer.__lt__"), ("mod.schedule", "mod.Stamp"),
        ("mod.schedule", "mod.when"), ("mod.advance", "mod.Timer.__lt__"), ("mod.advance", "mod.Timer.fire"),
    }


def test_adding_or_joining_containers_keeps_both_operands_items(tmp_path: Path) -> None:
    """``BASE + [B()]``, ``{1: A} | {2: B}``, ``xs += ys``, ``d |= e`` and ``[f] * n``
    hold the items of their operands (a ``+`` or ``|`` makes a new container, an
    in-place one fills its left operand)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class A:
                    def run(self): pass

                class B:
                    def run(self): pass

                BASE = [A()]

                def joined():
                    for handler in BASE + [B()]:
                        handler.run()

                def union():
                    table = {"a": A} | {"b": B}
                    table["b"]().run()

                def in_place():
                    found = [A()]
                    found += [B()]
                    for each in found:
                        each.run()

                def repeated():
                    slots = [A()] * 3
                    slots[0].run()

                def alone():
                    for handler in BASE:
                        handler.run()
            """,
        },
    )
    assert {(caller, callee) for caller, callee in edges if callee.endswith(".run")} == {
        ("mod.joined", "mod.A.run"), ("mod.joined", "mod.B.run"),
        ("mod.union", "mod.B.run"),
        ("mod.in_place", "mod.A.run"), ("mod.in_place", "mod.B.run"),
        ("mod.repeated", "mod.A.run"),
        ("mod.alone", "mod.A.run"),
    }


def test_a_methods_calls_on_self_each_get_back_their_own_argument(tmp_path: Path) -> None:
    """h11's ``self._get_io_object(role, WRITERS)`` beside ``... READERS`` (audit 17):
    a method that returns what its argument gives, called on ``self`` and overridden
    by no subclass, gives each call what that call passed."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def read_a(buf): return buf
                def write_a(event): return event

                READERS = {"client": read_a}
                WRITERS = {"client": write_a}

                class Connection:
                    def __init__(self):
                        self._writer = self._get_io_object("client", WRITERS)
                        self._reader = self._get_io_object("client", READERS)

                    def _get_io_object(self, role, io_dict):
                        return io_dict.get(role)

                    def receive(self, data):
                        return self._reader(data)

                    def send(self, event):
                        return self._writer(event)
            """,
        },
    )
    assert {(caller, callee) for caller, callee in edges if caller in ("mod.Connection.receive", "mod.Connection.send")} == {
        ("mod.Connection.receive", "mod.read_a"), ("mod.Connection.send", "mod.write_a"),
    }


def test_a_var_positional_tuple_keeps_its_items_positions(tmp_path: Path) -> None:
    """``def f(*args)`` called ``f(A(), B())``: ``args[0]`` (or the first of an
    unpacking) is what the calls pass first, not every item; iterating gives all."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                class A:
                    def run(self): pass

                class B:
                    def run(self): pass

                def direct(*args):
                    first, second = args
                    first.run()
                    args[1].run()
                    for each in args:
                        each.run()

                direct(A(), B())
            """,
        },
    )
    lines = {(edge.caller, edge.callee): edge.lines for edge in graph.edges if edge.caller == "mod.direct"}
    assert lines == {("mod.direct", "mod.A.run"): (9, 12), ("mod.direct", "mod.B.run"): (10, 12)}


def test_a_sort_keyed_by_cmp_to_key_calls_the_comparison(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import functools
                from functools import cmp_to_key

                def compare(a, b): return 0
                def other(a, b): return 0

                def best(versions):
                    return sorted(versions, key=functools.cmp_to_key(compare))[0]

                def worst(versions):
                    return min(versions, key=cmp_to_key(other))
            """,
        },
    )
    assert edges == {("mod.best", "mod.compare"), ("mod.worst", "mod.other")}


def test_a_local_rebound_in_straight_line_code_reads_its_last_binding(tmp_path: Path) -> None:
    """``conn = A()`` then ``conn = conn.wrap()`` at a function's top level: each read
    takes the binding before it; a parameter rebound so too; a name rebound under an
    ``if`` (or in a loop, or named by a nested function) holds every value, as before."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                class A:
                    def run(self): pass
                    def wrap(self): return B()

                class B:
                    def run(self): pass

                def straight():
                    conn = A()
                    conn.run()
                    conn = conn.wrap()
                    conn.run()

                def parameter(x: A):
                    x.run()
                    x = B()
                    x.run()

                def branched(flag):
                    y = A()
                    if flag:
                        y = B()
                    y.run()

                def captured():
                    z = A()
                    z = B()
                    return lambda: z.run()
            """,
        },
    )
    lines = {(edge.caller, edge.callee): edge.lines for edge in graph.edges if edge.callee.endswith(".run")}
    assert lines == {
        ("mod.straight", "mod.A.run"): (10,), ("mod.straight", "mod.B.run"): (12,),
        ("mod.parameter", "mod.A.run"): (15,), ("mod.parameter", "mod.B.run"): (17,),
        ("mod.branched", "mod.A.run"): (23,), ("mod.branched", "mod.B.run"): (23,),
        ("mod.captured", "mod.A.run"): (28,), ("mod.captured", "mod.B.run"): (28,),
    }


def test_a_getattr_that_hands_attributes_on_reads_them_of_its_delegate(tmp_path: Path) -> None:
    """``return getattr(self.stream, attr)`` in ``__getattr__(self, attr)``: ``out.flush``
    of such a wrapper is ``flush`` of what its ``stream`` holds (and the read runs
    ``__getattr__``); a ``__getattr__`` that asks for another name hands nothing on."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                class Writer:
                    def flush(self): pass

                class Decorator:
                    def __init__(self, stream):
                        self.stream = stream

                    def __getattr__(self, attr):
                        if attr in ("stream", "__getstate__"):
                            raise AttributeError(attr)
                        return getattr(self.stream, attr)

                class Renamed:
                    def __init__(self, stream):
                        self.stream = stream

                    def __getattr__(self, attr):
                        return getattr(self.stream, attr.upper())

                def main():
                    Decorator(Writer()).flush()
                    Renamed(Writer()).flush()
            """,
        },
    )
    lines = {edge.callee: edge.lines for edge in graph.edges if edge.caller == "mod.main"}
    assert lines["mod.Writer.flush"] == (21,)
    assert lines["mod.Decorator.__getattr__"] == (21,) and lines["mod.Renamed.__getattr__"] == (22,)


def test_isinstance_narrows_a_name_to_its_class_in_the_if_block(tmp_path: Path) -> None:
    """``if isinstance(shape, Circle): shape.radius()`` reads only what can be a
    ``Circle`` (a cone of a base becomes ``Circle``'s); a ``Protocol`` or an ABC may be
    satisfied by any class, so it narrows nothing; a name rebound in the block is not
    narrowed; a function returning the narrowed parameter still gives each call its own."""
    graph = graph_of(
        tmp_path,
        {
            "mod.py": """
                from typing import Protocol, runtime_checkable

                @runtime_checkable
                class Closeable(Protocol):
                    def close(self) -> None: ...

                class Shape:
                    def radius(self): pass
                    def close(self): pass

                class Circle(Shape):
                    def radius(self): pass

                class Square(Shape):
                    def radius(self): pass

                def measure(shape: Shape):
                    if isinstance(shape, Circle):
                        shape.radius()
                    elif isinstance(shape, Closeable):
                        shape.close()
                    shape.radius()

                def rebound(shape: Shape):
                    if isinstance(shape, Circle):
                        shape = Square()
                        shape.radius()

                def circle_or_none(shape):
                    if isinstance(shape, Circle):
                        return shape
                    return None

                def use():
                    circle_or_none(Circle()).radius()
            """,
        },
    )
    lines = {(edge.caller, edge.callee): edge.lines for edge in graph.edges if edge.callee.endswith((".radius", ".close"))}
    assert lines == {
        ("mod.measure", "mod.Circle.radius"): (19, 22),
        ("mod.measure", "mod.Shape.radius"): (22,), ("mod.measure", "mod.Square.radius"): (22,),
        ("mod.measure", "mod.Shape.close"): (21,),
        ("mod.rebound", "mod.Shape.radius"): (27,), ("mod.rebound", "mod.Circle.radius"): (27,),
        ("mod.rebound", "mod.Square.radius"): (27,),
        ("mod.use", "mod.Circle.radius"): (35,),
    }


def test_dict_of_an_instance_is_a_new_dict_not_the_instance(tmp_path: Path) -> None:
    """``dict(self) <= other`` (pyasn1, bench/audit/audit20 cause C) and
    ``repr(dict(self))`` (``collections.Counter.__repr__``) use the dict's operators, not
    the instance's own; ``dict(x)`` still reads ``keys`` and ``__getitem__``, and its
    items are what ``__getitem__`` returns."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Job:
                    def run(self): pass

                class Names:
                    def keys(self): return []
                    def __getitem__(self, key): return Job()
                    def __le__(self, other):
                        return dict(self) <= other
                    def __repr__(self):
                        return repr(dict(self))

                def main(names: Names):
                    plain = dict(names)
                    plain["a"].run()
            """,
        },
    )
    assert ("mod.Names.__le__", "mod.Names.__le__") not in edges
    assert ("mod.Names.__repr__", "mod.Names.__repr__") not in edges
    assert {("mod.main", "mod.Names.keys"), ("mod.main", "mod.Names.__getitem__"), ("mod.main", "mod.Job.run")} <= edges


def test_each_partial_a_function_makes_is_its_own(tmp_path: Path) -> None:
    """loguru's rotation functions (bench/audit/audit19 cause C): ``return
    partial(size_check, ...)`` and ``Time(partial(forward_interval, ...))`` in one
    function are two partials, so the group's rotations never reach
    ``forward_interval`` and a ``Time``'s step never ``size_check``."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import partial

                def size_check(message, file, limit): pass
                def forward_interval(t, interval): pass

                class Time:
                    def __init__(self, step):
                        self.step = step
                    def __call__(self, message, file):
                        self.step(1)

                class Group:
                    def __init__(self, rotations):
                        self.rotations = rotations
                    def __call__(self, message, file):
                        for rotation in self.rotations:
                            rotation(message, file)

                def make(rotation):
                    if isinstance(rotation, list):
                        return Group([make(r) for r in rotation])
                    if isinstance(rotation, int):
                        return partial(size_check, limit=rotation)
                    return Time(partial(forward_interval, interval=rotation))
            """,
        },
    )
    assert ("mod.Group.__call__", "mod.size_check") in edges
    assert ("mod.Group.__call__", "mod.Time.__call__") in edges
    assert ("mod.Group.__call__", "mod.forward_interval") not in edges
    assert ("mod.Time.__call__", "mod.forward_interval") in edges
    assert ("mod.Time.__call__", "mod.size_check") not in edges


def test_a_partialmethod_in_a_class_body_runs_its_function_on_the_instance(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import partialmethod

                class Requirement:
                    def constrain(self, op, version): return op, version
                    at_least = partialmethod(constrain, ">=")

                def check(requirement: Requirement):
                    return requirement.at_least("1.0")
            """,
        },
    )
    assert ("mod.check", "mod.Requirement.constrain") in edges


def test_the_dunders_dataclass_writes_compare_and_show_the_fields(tmp_path: Path) -> None:
    """``sorted`` of ``order=True`` dataclasses runs the ``__lt__`` ``@dataclass`` wrote,
    which compares the fields (their ``__eq__`` and ``__lt__``, from the caller); its
    ``__repr__`` shows them; a ``field(compare=False)`` is not compared."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from dataclasses import dataclass, field

                class Priority:
                    def __eq__(self, other): return True
                    def __lt__(self, other): return True
                    def __repr__(self): return "p"

                class Callback:
                    def __eq__(self, other): return True

                @dataclass(order=True)
                class Task:
                    priority: Priority
                    done: Callback = field(compare=False, default=None)

                def drain(tasks):
                    return sorted(tasks)

                def show(task: Task):
                    return repr(task)

                drain([Task(Priority(), Callback())])
            """,
        },
    )
    assert {(caller, callee) for caller, callee in edges if caller in ("mod.drain", "mod.show")} == {
        ("mod.drain", "mod.Priority.__eq__"), ("mod.drain", "mod.Priority.__lt__"), ("mod.show", "mod.Priority.__repr__"),
    }


def test_a_class_subscript_gives_what_its_class_getitem_returns(tmp_path: Path) -> None:
    """``Codec["json"]`` without a metaclass ``__getitem__`` runs ``__class_getitem__``,
    an implicit classmethod (its ``cls`` is the class), and is what it returns."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Codec:
                    registry = {}

                    def __init_subclass__(cls, **kwargs):
                        Codec.registry["json"] = cls

                    def __class_getitem__(cls, name):
                        return cls.registry[name]

                    def encode(self, value): raise NotImplementedError

                class JsonCodec(Codec):
                    def encode(self, value): return value

                def export(kind, row):
                    return Codec[kind]().encode(row)
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.export"} == {
        "mod.Codec.__class_getitem__", "mod.JsonCodec", "mod.JsonCodec.encode",
    }


def test_a_metaclasss_prepare_runs_before_the_body_whose_bindings_go_through_its_namespace(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class OrderedNamespace(dict):
                    def __setitem__(self, key, value):
                        super().__setitem__(key, value)

                class Meta(type):
                    @classmethod
                    def __prepare__(mcs, name, bases, **kwargs):
                        return OrderedNamespace()

                class Section(metaclass=Meta):
                    host = "localhost"

                class Plain(type):
                    pass

                class Other(metaclass=Plain):
                    port = 1
            """,
        },
    )
    assert {edge for edge in edges if "prepare" in edge[1].lower() or "setitem" in edge[1]} == {
        ("mod", "mod.Meta.__prepare__"), ("mod.Section", "mod.OrderedNamespace.__setitem__"),
    }


def test_an_outside_bases_method_runs_the_hooks_a_subclass_writes(tmp_path: Path) -> None:
    """``HTMLParser.feed`` runs the handlers the subclass writes, ``JSONEncoder.encode``
    its ``default``, ``Thread.start`` its ``run``, ``cmd.Cmd.cmdloop`` its hooks and
    ``do_*`` commands; a subclass writing ``feed`` itself runs that."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import cmd
                import json
                from html.parser import HTMLParser
                from threading import Thread

                class Links(HTMLParser):
                    def handle_starttag(self, tag, attrs): pass
                    def handle_data(self, data): pass

                class Own(HTMLParser):
                    def feed(self, data): pass
                    def handle_data(self, data): pass

                class Encoder(json.JSONEncoder):
                    def default(self, o): return str(o)

                class Worker(Thread):
                    def run(self): pass

                class Shell(cmd.Cmd):
                    def preloop(self): pass
                    def precmd(self, line): return line
                    def do_add(self, arg): pass
                    def do_quit(self, arg): return True
                    def default(self, line): pass
                    def helper(self): pass

                def main():
                    Links().feed("<a>x</a>")
                    Own().feed("")
                    Encoder().encode(1)
                    Worker().start()

                def shell(s: Shell):
                    s.cmdloop()
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {
        "mod.Links", "mod.Links.handle_starttag", "mod.Links.handle_data", "mod.Own", "mod.Own.feed",
        "mod.Encoder", "mod.Encoder.default", "mod.Worker", "mod.Worker.run",
    }
    assert {callee for caller, callee in edges if caller == "mod.shell"} == {
        "mod.Shell.preloop", "mod.Shell.precmd", "mod.Shell.do_add", "mod.Shell.do_quit", "mod.Shell.default",
    }


def test_the_mixin_methods_of_collections_abc_run_the_methods_a_subclass_writes(tmp_path: Path) -> None:
    """requests' ``CaseInsensitiveDict(MutableMapping)``: ``get``, ``pop``,
    ``setdefault``, ``update``, ``items`` and ``in`` run the ``__getitem__``,
    ``__setitem__``, ``__delitem__`` and ``__iter__`` the subclass writes; ``get`` and
    ``pop`` give what ``__getitem__`` returns, ``items()`` a view, not the items
    (nothing iterates a value). ``MutableSequence.append`` runs ``insert``. A subclass
    writing ``get`` itself runs that. ``x[k] = v`` gives ``__setitem__`` its ``v``."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from collections.abc import MutableMapping, MutableSequence
                import typing

                class Job:
                    def run(self): pass
                    def __iter__(self): return iter(())

                class Registry(MutableMapping):
                    def __init__(self, **jobs):
                        self._jobs = {}
                        self.update(jobs)
                    def __getitem__(self, key): return self._jobs[key]
                    def __setitem__(self, key, job): self._jobs[key] = job
                    def __delitem__(self, key): del self._jobs[key]
                    def __iter__(self): return iter(self._jobs)
                    def __len__(self): return len(self._jobs)

                class Own(typing.Mapping):
                    def __getitem__(self, key): pass
                    def __iter__(self): pass
                    def __len__(self): return 0
                    def get(self, key, default=None): pass

                class Steps(MutableSequence):
                    def __init__(self): self._items = []
                    def __getitem__(self, i): return self._items[i]
                    def __setitem__(self, i, v): self._items[i] = v
                    def __delitem__(self, i): del self._items[i]
                    def __len__(self): return len(self._items)
                    def insert(self, i, v): self._items.insert(i, v)

                def main(registry: Registry):
                    registry["a"] = Job()
                    registry.get("a").run()
                    registry.pop("a").run()
                    registry.setdefault("b", Job())
                    for key, job in registry.items():
                        pass
                    return "a" in registry

                def other():
                    Own().get("x")
                    Steps().append(1)
            """,
        },
    )
    # ``registry["a"] = Job()`` gives ``__setitem__`` the job, ``get`` gives it back.
    assert {callee for caller, callee in edges if caller == "mod.main"} == {
        "mod.Registry.__setitem__", "mod.Registry.__getitem__", "mod.Registry.__delitem__",
        "mod.Registry.__iter__", "mod.Job", "mod.Job.run",
    }
    assert ("mod.Registry.__init__", "mod.Registry.__setitem__") in edges
    assert {callee for caller, callee in edges if caller == "mod.other"} == {
        "mod.Own", "mod.Own.get", "mod.Steps.__init__", "mod.Steps.__len__", "mod.Steps.insert",
    }


def test_an_attribute_stored_on_a_class_object_is_read_by_its_bases_methods(tmp_path: Path) -> None:
    """``Ordered._inv_cls = Ordered`` at module level, and ``cls._made = cls`` in an
    ``__init_subclass__`` (any subclass), are attributes a base class's method reads
    on ``self`` (audit 18's cause A: bidict's ``_inv_cls``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Base:
                    def __init_subclass__(cls):
                        cls._made = cls

                    def inverse(self):
                        return self._inv_cls()

                    def again(self):
                        return self._made()

                class Ordered(Base):
                    pass

                class Plain(Base):
                    pass

                Ordered._inv_cls = Ordered
            """,
        },
    )
    assert {(caller, callee) for caller, callee in edges if caller.startswith("mod.Base.") and caller != "mod.Base.__init_subclass__"} == {
        ("mod.Base.inverse", "mod.Ordered"), ("mod.Base.again", "mod.Ordered"), ("mod.Base.again", "mod.Plain"),
    }
