"""A ``functools.singledispatch`` call runs what is registered for its argument's type:
exact edges where that type is certain (a display, a call of a repository class) or
where the argument holds only the repository's instances."""

from __future__ import annotations

import textwrap
from pathlib import Path

from repoagent.graph.resolvers.python_dispatch import picked, registered_types
from repoagent.models import Definition, Kind, Parameter, Span
from tests.support.graphs import call_edges, graph_of

_REGISTERED = """
    from collections.abc import Mapping, Iterable
    from decimal import Decimal
    from functools import singledispatch

    @singledispatch
    def dump(obj):
        return "?"

    @dump.register
    def _(obj: Mapping):
        return {k: dump(v) for k, v in obj.items()}

    @dump.register(list)
    @dump.register(tuple)
    def _(obj):
        return [dump(x) for x in obj]

    @dump.register
    def _(obj: Iterable):
        return sorted(obj)

    @dump.register
    def _(obj: Decimal | int):
        return str(obj)
"""


def test_a_display_runs_what_its_type_or_nearest_abc_is_registered_for(tmp_path: Path) -> None:
    source = _REGISTERED + """
    def main(rows):
        dump({"a": 1})
        dump([1, 2])
        dump((rows, 1))
        dump({rows})
        dump(r for r in rows)
        dump(rows)
"""
    graph = graph_of(tmp_path, {"mod.py": source})
    lines = {e.callee: set(e.lines) for e in graph.edges if e.caller == "mod.main"}
    text = textwrap.dedent(source).lstrip("\n").splitlines()
    line = {call: next(n for n, written in enumerate(text, 1) if written.strip() == call) for call in (
        'dump({"a": 1})', "dump([1, 2])", "dump((rows, 1))", "dump({rows})", "dump(r for r in rows)", "dump(rows)")}
    unknown = line["dump(rows)"]
    assert lines == {
        "mod._": {line['dump({"a": 1})'], unknown},  # a dict: its ABC Mapping
        "mod._~2": {line["dump([1, 2])"], line["dump((rows, 1))"], unknown},
        "mod._~3": {line["dump({rows})"], line["dump(r for r in rows)"], unknown},  # Iterable, the nearest registered
        "mod._~4": {unknown},
        "mod.dump": {unknown},
    }


def test_a_display_no_type_of_which_is_registered_runs_the_generic_function(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import singledispatch

                @singledispatch
                def show(obj): pass

                @show.register(int)
                def _(obj): pass

                def main():
                    show({"a": 1})
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {"mod.show"}


def test_a_call_of_a_repository_class_runs_what_its_nearest_base_is_registered_for(tmp_path: Path) -> None:
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import singledispatch

                class Node: pass
                class Num(Node): pass
                class Add(Node): pass
                class Big(Num): pass

                @singledispatch
                def visit(node): pass

                @visit.register
                def _(node: Num): pass

                @visit.register(Add)
                def add(node): pass

                def main():
                    visit(Big())
                    visit(Node())
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {"mod.Big", "mod.Node", "mod._", "mod.visit"}


def test_an_argument_holding_only_the_repositorys_instances_runs_no_other_classes_implementation(tmp_path: Path) -> None:
    """The flow sees every instance of the repository's classes but no outside value:
    an implementation registered for ``str`` and the generic function stay."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import singledispatchmethod

                class Num:
                    def __init__(self, value): self.value = value
                class Neg:
                    def __init__(self, operand): self.operand = operand
                class Add:
                    def __init__(self, left, right): self.left, self.right = left, right

                class Evaluator:
                    @singledispatchmethod
                    def visit(self, node): raise TypeError(node)

                    @visit.register
                    def _(self, node: Num): return node.value

                    @visit.register
                    def _(self, node: Add): return self.visit(node.left) + self.visit(node.right)

                    @visit.register(Neg)
                    def neg(self, node): return -self.visit(node.operand)

                    @visit.register(str)
                    def text(self, node): return 0

                tree = Add(Num(1), Neg(Num(2)))
                Evaluator().visit(tree)
            """,
        },
    )
    calls = {(caller, callee) for caller, callee in edges if caller.startswith("mod.Evaluator.")}
    assert calls == {
        ("mod.Evaluator._~2", "mod.Evaluator._"),  # node.left: a Num
        ("mod.Evaluator._~2", "mod.Evaluator.neg"),  # node.right: a Neg
        ("mod.Evaluator._~2", "mod.Evaluator.text"),  # registered for an outside type: kept
        ("mod.Evaluator._~2", "mod.Evaluator.visit"),
        ("mod.Evaluator.neg", "mod.Evaluator._"),  # node.operand: a Num
        ("mod.Evaluator.neg", "mod.Evaluator.text"),
        ("mod.Evaluator.neg", "mod.Evaluator.visit"),
    }


def test_a_registration_the_code_does_not_spell_out_keeps_every_implementation(tmp_path: Path) -> None:
    """``dump.register(dict, handler)`` as a call: its type is no decorator's."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from functools import singledispatch

                @singledispatch
                def dump(obj): pass

                @dump.register(list)
                def _(obj): pass

                def handler(obj): pass
                dump.register(dict, handler)

                def main():
                    dump([1])
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.main"} == {"mod.dump", "mod._", "mod.handler"}


def test_registered_types_read_decorators_and_the_dispatched_parameters_annotation() -> None:
    def function(id: str, decorators: tuple[str, ...], *annotations: str | None) -> Definition:
        parameters = tuple(Parameter(f"p{i}", annotation=a) for i, a in enumerate(annotations))
        return Definition(
            id.rpartition(".")[2], Kind.FUNCTION, "", decorators=decorators, parameters=parameters,
            id=id, path="m.py", language="python", span=Span(1, 1, 0, 0), code_hash="",
        )

    assert registered_types(function("m._", ("dump.register(list)", "dump.register(tuple)")), "m.dump", False) == ("list", "tuple")
    assert registered_types(function("m._", ("dump.register",), "int | str"), "m.dump", False) == ("int", "str")
    assert registered_types(function("m.C._", ("visit.register",), None, "Num"), "m.C.visit", True) == ("Num",)
    assert registered_types(function("m._", ("dump.register",), "list[int]"), "m.dump", False) is None
    assert registered_types(function("m._", ("other.register(list)",)), "m.dump", False) == ()
    assert picked(("?dict", "?Mapping", "?object"), {"a": ("?Mapping",), "b": ("?object",)}) == ["a"]
    assert picked(("?set", "?object"), {"a": ("?list",)}) == []


def test_an_implementation_for_a_repository_class_runs_only_where_its_instances_flow(tmp_path: Path) -> None:
    """``self.dump(obj.cents)`` of an ``int``: no ``Money`` reaches it, so the ``Money``
    implementation is no callee there; a type imported from outside (``date``) is
    registered as a builtin one is, and kept (the flow sees no ``date``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                from datetime import date
                from functools import singledispatchmethod

                class Money:
                    def __init__(self, cents): self.cents = cents

                class Serializer:
                    @singledispatchmethod
                    def dump(self, obj): raise TypeError(obj)

                    @dump.register
                    def _(self, obj: int): return str(obj)

                    @dump.register(date)
                    def _(self, obj): return obj.isoformat()

                    @dump.register
                    def _(self, obj: Money): return self.dump(obj.cents) + "c"

                    @dump.register
                    def _(self, obj: list): return [self.dump(x) for x in obj]

                Serializer().dump([1, [2, Money(5)]])
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.Serializer._~3"} == {
        "mod.Serializer.dump", "mod.Serializer._", "mod.Serializer._~2", "mod.Serializer._~4",
    }
    assert ("mod.Serializer._~4", "mod.Serializer._~3") in edges  # a Money among the elements
    assert ("mod.Serializer._~4", "mod.Serializer._~2") in edges  # the imported type's, kept

