"""Python call resolution, one rule per test, each with the exact edge set expected:
what must be there and, by equality, that nothing else is (issue 2, part 3)."""

from __future__ import annotations

from pathlib import Path


from tests.support.graphs import call_edges


def test_absolute_imports_of_modules_and_names(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/util.py": "def helper(): pass\ndef other(): pass\n",
            "app.py": """
                import pkg.util
                from pkg.util import other
                from pkg import util

                def main():
                    pkg.util.helper()
                    other()
                    util.helper()
            """,
        },
    )
    assert edges == {("app.main", "pkg.util.helper"), ("app.main", "pkg.util.other")}


def test_relative_imports_at_every_depth(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "from .core import start\n",
            "pkg/core.py": "def start(): pass\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/leaf.py": """
                from ..core import start
                from .. import core
                from . import sibling

                def run():
                    start()
                    core.start()
                    sibling.go()
            """,
            "pkg/sub/sibling.py": "def go(): pass\n",
        },
    )
    assert edges == {
        ("pkg.sub.leaf.run", "pkg.core.start"),
        ("pkg.sub.leaf.run", "pkg.sub.sibling.go"),
    }


def test_a_submodule_imported_by_its_package_init_is_still_the_submodule(tmp_path: Path) -> None:
    # ``from . import utils`` in ``pkg/__init__.py`` binds ``pkg.utils`` by that very
    # import: every ``utils.f()`` of the package, through either spelling, runs ``f``.
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": """
                from . import utils

                def first():
                    return utils.f()
            """,
            "pkg/utils.py": "def f(): pass\n",
            "pkg/a.py": """
                from . import utils
                import pkg

                def g():
                    utils.f()
                    pkg.utils.f()
            """,
            "pkg/b.py": """
                from pkg import utils

                def g():
                    return utils.f()
            """,
        },
    )
    assert edges == {
        ("pkg.first", "pkg.utils.f"),
        ("pkg.a.g", "pkg.utils.f"),
        ("pkg.b.g", "pkg.utils.f"),
    }


def test_aliased_imports(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "lib/__init__.py": "",
            "lib/tools.py": "def work(): pass\n",
            "app.py": """
                import lib.tools as t
                from lib.tools import work as w
                from lib import tools as tt

                def main():
                    t.work()
                    w()
                    tt.work()
                    work()  # the original name is not bound here
            """,
        },
    )
    assert edges == {("app.main", "lib.tools.work")}


def test_star_import_honours_all(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "listed.py": "__all__ = ['shown']\ndef shown(): pass\ndef hidden(): pass\n",
            "app.py": """
                from listed import *

                def main():
                    shown()
                    hidden()
            """,
        },
    )
    assert edges == {("app.main", "listed.shown")}


def test_star_import_without_all_takes_public_names_transitively(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "base.py": "def deep(): pass\n",
            "middle.py": "from base import *\ndef public(): pass\ndef _private(): pass\n",
            "app.py": """
                from middle import *

                def main():
                    public()
                    deep()
                    _private()
            """,
        },
    )
    assert edges == {("app.main", "middle.public"), ("app.main", "base.deep")}


def test_reexports_through_init_chains(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "from .api import *\nfrom .sub import tool as renamed\n",
            "pkg/api/__init__.py": "from .impl import serve\n__all__ = ['serve']\n",
            "pkg/api/impl.py": "def serve(): pass\n",
            "pkg/sub/__init__.py": "from .deeper import tool\n",
            "pkg/sub/deeper.py": "def tool(): pass\n",
            "app.py": """
                import pkg
                from pkg import serve, renamed

                def main():
                    serve()
                    renamed()
                    pkg.serve()
                    pkg.api.impl.serve()
            """,
        },
    )
    assert edges == {("app.main", "pkg.api.impl.serve"), ("app.main", "pkg.sub.deeper.tool")}


def test_import_cycles_end_without_edges(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "a.py": "from b import f\nfrom b import *\ndef ok(): f(); g()\n",
            "b.py": "from a import f\nfrom a import *\n",
        },
    )
    assert edges == set()


def test_self_and_cls_calls(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Box:
                    def open(self):
                        self.check()
                        self.missing()

                    def check(self):
                        pass

                    @classmethod
                    def build(cls):
                        cls.make()
                        return cls()

                    @classmethod
                    def make(cls):
                        pass

                    @staticmethod
                    def tool(self):
                        self.check()  # not an instance: a static method's parameter
            """,
        },
    )
    assert edges == {
        ("mod.Box.open", "mod.Box.check"),
        ("mod.Box.build", "mod.Box.make"),
        ("mod.Box.build", "mod.Box"),
    }


def test_inherited_methods_follow_the_mro(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "shapes.py": """
                class Base:
                    def area(self): pass
                    def name(self): pass

                class Left(Base):
                    def name(self): pass

                class Right(Base):
                    def area(self): pass
                    def name(self): pass

                class Both(Left, Right):
                    def show(self):
                        self.area()
                        self.name()
            """,
            "other.py": """
                from shapes import Base

                class Child(Base):
                    def run(self):
                        self.area()
            """,
        },
    )
    # C3: Both, Left, Right, Base: area comes from Right, name from Left.
    assert edges == {
        ("shapes.Both.show", "shapes.Right.area"),
        ("shapes.Both.show", "shapes.Left.name"),
        ("other.Child.run", "shapes.Base.area"),
    }


def test_an_outside_base_hides_what_comes_after_it(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import threading

                class Mine:
                    def work(self): pass

                class After(threading.Thread, Mine):
                    def go(self):
                        self.work()   # Thread could define work: dropped
                        self.run()    # Thread.run: outside the repository

                class Before(Mine, threading.Thread):
                    def go(self):
                        self.work()
            """,
        },
    )
    assert edges == {("mod.Before.go", "mod.Mine.work")}


def test_constructors(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import collections

                class WithInit:
                    def __init__(self): pass

                class Inherits(WithInit):
                    pass

                class Plain:
                    pass

                class Outside(collections.OrderedDict):
                    pass

                def main():
                    WithInit()
                    Inherits()
                    Plain()
                    Outside()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.WithInit.__init__"),
        ("mod.main", "mod.Plain"),
        ("mod.main", "mod.Outside"),
    }


def test_super_calls_the_next_class_in_the_mro(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class A:
                    def __init__(self): pass
                    def hello(self): pass

                class B(A):
                    def __init__(self):
                        super().__init__()
                    def hello(self):
                        super().hello()

                class C(A):
                    def hello(self):
                        super().hello()

                class D(B, C):
                    def hello(self):
                        super().hello()
            """,
        },
    )
    assert edges == {
        ("mod.B.__init__", "mod.A.__init__"),
        ("mod.B.hello", "mod.A.hello"),
        ("mod.B.hello", "mod.C.hello"),  # on a D: its MRO is D, B, C, A
        ("mod.C.hello", "mod.A.hello"),
        ("mod.D.hello", "mod.B.hello"),
    }


def test_decorated_functions_and_decorators(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "deco.py": """
                import functools

                def trace(function):
                    return function
            """,
            "app.py": """
                import functools
                from deco import trace

                @trace
                def first(): pass

                @functools.lru_cache
                def second(): pass

                class Service:
                    @trace
                    def handle(self): pass

                def main():
                    first()
                    second()
                    Service().handle()
            """,
        },
    )
    assert edges == {
        ("app", "deco.trace"),
        ("app.Service", "deco.trace"),
        ("app.main", "app.first"),
        ("app.main", "app.second"),
        ("app.main", "app.Service"),
        ("app.main", "app.Service.handle"),
    }


def test_decorator_factories_are_called_where_the_definition_is(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def tagged(label):
                    return lambda function: function

                @tagged("x")
                def handler(): pass
            """,
        },
    )
    assert edges == {("mod", "mod.tagged")}


def test_nested_functions_and_shadowing(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def inner(): pass
                def helper(): pass
                def target(): pass

                def outer():
                    def inner(): pass
                    inner()

                def by_parameter(helper):
                    helper()

                def by_assignment():
                    helper = make_one()
                    helper()

                def by_alias():
                    helper = target
                    helper()

                def closure():
                    def deeper():
                        inner()
                        helper()
                    def inner(): pass
                    deeper()
            """,
        },
    )
    assert edges == {
        ("mod.outer", "mod.outer.inner"),
        ("mod.by_alias", "mod.target"),
        ("mod.closure", "mod.closure.deeper"),
        ("mod.closure.deeper", "mod.closure.inner"),
        ("mod.closure.deeper", "mod.helper"),
    }


def test_module_level_code_and_class_bodies_are_callers(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/mod.py": """
                def setup(): return 1
                def compute(): return 2

                setup()

                class Config:
                    value = compute()

                    def method(self):
                        compute()

                if __name__ == "__main__":
                    Config().method()
            """,
        },
    )
    assert edges == {
        ("pkg.mod", "pkg.mod.setup"),
        ("pkg.mod.Config", "pkg.mod.compute"),
        ("pkg.mod.Config.method", "pkg.mod.compute"),
        ("pkg.mod", "pkg.mod.Config"),
        ("pkg.mod", "pkg.mod.Config.method"),
    }


def test_simple_assignments_of_callables_and_instances(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Helper:
                    def run(self): pass

                class Other:
                    def run(self): pass

                def f(): pass

                g = f

                class Owner:
                    def __init__(self):
                        self.h = Helper()
                        self.either = Helper()

                    def reset(self):
                        self.either = Other()

                    def use(self):
                        self.h.run()
                        self.either.run()

                def main():
                    g()
                    h = Helper()
                    h.run()
            """,
        },
    )
    assert edges == {
        ("mod.Owner.__init__", "mod.Helper"),
        ("mod.Owner.reset", "mod.Other"),
        ("mod.Owner.use", "mod.Helper.run"),
        ("mod.Owner.use", "mod.Other.run"),  # self.either is one of two instances
        ("mod.main", "mod.f"),
        ("mod.main", "mod.Helper"),
        ("mod.main", "mod.Helper.run"),
    }


def test_names_assigned_different_values_call_each_of_them(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def a(): pass
                def b(): pass

                choice = a
                choice = b
                same = a
                same = a

                def main():
                    choice()
                    same()
            """,
        },
    )
    assert edges == {("mod.main", "mod.a"), ("mod.main", "mod.b")}


def test_returns_of_callables(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Job:
                    def start(self): pass

                def handler(): pass
                def other(): pass

                def make():
                    return handler

                def unsure(flag):
                    if flag:
                        return handler
                    return other

                def build():
                    return Job()

                def main():
                    make()()
                    unsure(True)()
                    build().start()
            """,
        },
    )
    assert edges == {
        ("mod.main", "mod.make"),
        ("mod.main", "mod.handler"),
        ("mod.main", "mod.other"),  # unsure() returns one of two functions
        ("mod.main", "mod.unsure"),
        ("mod.main", "mod.build"),
        ("mod.main", "mod.Job.start"),
        ("mod.build", "mod.Job"),
    }


def test_outside_callees_and_builtins_are_left_out(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import os
                import json as j
                from collections import OrderedDict
                import requests

                def local(): pass

                def main():
                    os.path.join("a", "b")
                    j.dumps({})
                    OrderedDict()
                    requests.get("x")
                    print(len([]))
                    sorted([]).copy()
                    local()
            """,
        },
    )
    assert edges == {("mod.main", "mod.local")}


def test_src_layout_imports_resolve_by_unique_package_root(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "src/pkg/__init__.py": "",
            "src/pkg/x.py": "def f(): pass\n",
            "tests/test_x.py": """
                import pkg.x
                from pkg.x import f

                def test_f():
                    f()
                    pkg.x.f()
            """,
        },
    )
    assert edges == {("tests.test_x.test_f", "pkg.x.f")}


def test_ambiguous_package_roots_are_dropped(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "src/pkg/__init__.py": "def f(): pass\n",
            "vendor/pkg/__init__.py": "def f(): pass\n",
            "app.py": "from pkg import f\nf()\n",
        },
    )
    assert edges == set()


def test_decorators_and_defaults_of_overload_stubs_run_where_the_function_is_made(tmp_path: Path) -> None:
    # The stubs fold into the implementation (one node, whose span starts at the first
    # stub), but the code in their defaults and decorators runs when each ``def`` runs.
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from typing import overload

                def make_default(): return 1
                def tagged(f): return f

                class Client:
                    @overload
                    def get(self, key: int = make_default()) -> int: ...
                    @overload
                    def get(self, key: str = make_default()) -> str: ...
                    @tagged
                    def get(self, key=None):
                        return key

                @overload
                def retry(wait: int) -> int: ...
                @overload
                def retry(wait: str = make_default()) -> str: ...
                def retry(wait=None):
                    return wait

                Client().get()
                retry(1)
            """,
        },
    )
    assert edges == {
        ("mod.Client", "mod.make_default"),
        ("mod.Client", "mod.tagged"),
        ("mod", "mod.make_default"),
        ("mod", "mod.Client"),
        ("mod", "mod.Client.get"),
        ("mod", "mod.retry"),
    }


def test_properties_instance_call_and_overloads(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from typing import overload

                class Engine:
                    def start(self): pass
                    def __call__(self): pass

                class Car:
                    def __init__(self):
                        self._engine = Engine()

                    @property
                    def engine(self):
                        return self._engine

                    def drive(self):
                        self.engine.start()
                        self.engine()

                @overload
                def parse(x: int) -> int: ...
                @overload
                def parse(x: str) -> str: ...
                def parse(x): return x

                def main():
                    parse(1)
            """,
        },
    )
    assert edges == {
        ("mod.Car.__init__", "mod.Engine"),
        ("mod.Car.drive", "mod.Car.engine"),  # reading a property calls its getter
        ("mod.Car.drive", "mod.Engine.start"),
        ("mod.Car.drive", "mod.Engine.__call__"),
        ("mod.main", "mod.parse"),
    }


def test_class_bodies_are_not_enclosing_scopes_for_methods(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                def helper(): pass

                class Tool:
                    def helper(self): pass

                    def run(self):
                        helper()
                        self.helper()

                    class Inner:
                        def go(self):
                            helper()
            """,
        },
    )
    assert edges == {
        ("mod.Tool.run", "mod.helper"),
        ("mod.Tool.run", "mod.Tool.helper"),
        ("mod.Tool.Inner.go", "mod.helper"),
    }


def test_redefined_names_call_each_definition(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                import sys

                if sys.platform == "win32":
                    def path(): pass
                else:
                    def path(): pass

                def once(): pass

                def main():
                    path()
                    once()
            """,
        },
    )
    assert edges == {("mod.main", "mod.path"), ("mod.main", "mod.path~2"), ("mod.main", "mod.once")}


def test_pathological_depth_ends_without_error(tmp_path: Path) -> None:
    aliases = "".join(f"a{i} = a{i - 1}\n" for i in range(1, 3000))
    classes = "".join(f"class K{i}(K{i - 1}): pass\n" for i in range(1, 300))
    edges = call_edges(
        tmp_path,
        {
            "deep.py": f"def f(): pass\na0 = f\n{aliases}a2999()\n"
            f"class K0:\n    def m(self): pass\n{classes}K299().m()\n",
        },
    )
    # Lookups give up past a fixed depth: the long chains are dropped, nothing crashes.
    assert edges <= {("deep", "deep.f"), ("deep", "deep.K299"), ("deep", "deep.K0.m")}
    assert ("deep", "deep.K299") in edges


def test_scripts_and_tests_in_plain_folders_import_their_siblings(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "helpers.py": "def build(): pass\ndef only_top(): pass\n",
            "tests/helpers.py": "def build(): pass\n",
            "tests/test_app.py": """
                import helpers
                from helpers import only_top

                def test_it():
                    helpers.build()
                    only_top()
            """,
            "tool.py": "import helpers\nhelpers.build()\n",
        },
    )
    assert edges == {("tests.test_app.test_it", "tests.helpers.build"), ("tool", "helpers.build")}


def test_names_bound_by_loops_with_except_and_unpacking_shadow_module_functions(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "m.py": """
                def rule(x): pass
                def handler(): pass
                def walk(rules, ctx):
                    for rule in rules:
                        rule(1)
                    with ctx as handler:
                        handler()
                def unpack(pairs):
                    rule, other = pairs
                    rule(2)
                def literal():
                    handler = {}[0]
                    handler()
                def fine():
                    rule(3)
                """
        },
    )
    assert edges == {("m.fine", "m.rule")}
