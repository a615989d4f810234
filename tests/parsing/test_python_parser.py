"""The Python language module: what one pass over a file yields."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from repoagent.hashing import content_hash
from repoagent.models import Kind, Parameter
from repoagent.parsing.languages.python import Python


def parse(code: str, path: str = "pkg/mod.py"):
    language = Python()
    from pathlib import PurePosixPath

    source = textwrap.dedent(code).encode()
    return language.parse(source, path, language.module_name(PurePosixPath(path)), content_hash(source))


def test_module_names() -> None:
    from pathlib import PurePosixPath

    python = Python()
    assert python.module_name(PurePosixPath("pkg/sub/mod.py")) == "pkg.sub.mod"
    assert python.module_name(PurePosixPath("pkg/__init__.py")) == "pkg"
    assert python.module_name(PurePosixPath("top.py")) == "top"


def test_definitions_nest_with_kinds_signatures_and_docstrings() -> None:
    parsed = parse(
        '''
        """Module doc."""

        @register
        async def fetch(url: str, retries: int = 3, *args, timeout=None, **kw) -> bytes:
            """Fetch it.

            More words.
            """
            if not url:
                raise ValueError("empty")
            raise errors.Timeout()

        class Client(Base, metaclass=Meta):
            """A client."""

            def get(self, key):
                def helper():
                    return key
                return helper()
        '''
    )
    by_id = {d.id: d for d in parsed.definitions}
    assert list(by_id) == ["pkg.mod", "pkg.mod.fetch", "pkg.mod.Client", "pkg.mod.Client.get", "pkg.mod.Client.get.helper"]
    module, fetch, client, get, helper = by_id.values()
    assert module.kind is Kind.MODULE and module.docstring == "Module doc."
    assert fetch.kind is Kind.FUNCTION and fetch.keyword == "async def"
    assert fetch.signature == "async def fetch(url: str, retries: int = 3, *args, timeout=None, **kw) -> bytes"
    assert fetch.docstring == "Fetch it.\n\nMore words."
    assert fetch.decorators == ("register",)
    assert fetch.parameters == (
        Parameter("url", "str"),
        Parameter("retries", "int", "3"),
        Parameter("args", prefix="*"),
        Parameter("timeout", default="None"),
        Parameter("kw", prefix="**"),
    )
    assert fetch.returns == "bytes"
    assert fetch.raises == ("ValueError", "errors.Timeout")
    assert fetch.span.start_line == 4  # the decorator line (line 1 is blank), not the def line
    assert client.kind is Kind.CLASS and client.bases == ("Base",) and client.docstring == "A client."
    assert get.kind is Kind.METHOD and get.parent == "pkg.mod.Client"
    assert helper.kind is Kind.FUNCTION and helper.parent == "pkg.mod.Client.get"



def test_raises_are_each_functions_own() -> None:
    parsed = parse(
        """
        raise Outer()

        def run(flag):
            try:
                if flag:
                    raise Missing
            except KeyError:
                raise
            raise errors.Bad("x") from None
            raise Missing()

            def inner():
                raise Inner

            @wrap
            def decorated():
                raise Decorated

            class Local:
                raise InClass

            raise lower_case(), make()(), Last
            raise Last

        class Kind:
            def method(self):
                raise NotImplementedError
        """
    )
    raises = {d.id: d.raises for d in parsed.definitions if d.kind is not Kind.CLASS}
    assert raises == {
        "pkg.mod": (),
        "pkg.mod.run": ("Missing", "errors.Bad", "Last"),
        "pkg.mod.run.inner": ("Inner",),
        "pkg.mod.run.decorated": ("Decorated",),
        "pkg.mod.Kind.method": ("NotImplementedError",),
    }

def test_call_sites_are_chains_in_their_innermost_scope() -> None:
    parsed = parse(
        """
        import os
        setup()

        @decorate
        def outer():
            def inner():
                return self.m()
            make().run()
            super().close()
            items[0]()
            return (lambda: 1)()

        class C:
            value = compute()
        """
    )
    calls = {(c.caller, c.target) for c in parsed.calls}
    assert calls == {
        ("pkg.mod", "setup"),
        ("pkg.mod", "decorate"),
        ("pkg.mod.outer.inner", "self.m"),
        ("pkg.mod.outer", "make().run"),
        ("pkg.mod.outer", "make"),
        ("pkg.mod.outer", "super().close"),
        ("pkg.mod.outer", "super"),
        ("pkg.mod.C", "compute"),
        # Subscripts and lambdas are values too: the value flow may know them.
        ("pkg.mod.outer", "items.[0]"),
        ("pkg.mod.outer", "items.__getitem__:"),  # the interpreter's call: on the type
        ("pkg.mod.outer", next(c.target for c in parsed.calls if c.target.startswith("{F"))),
    }


def test_imports_are_absolute_with_their_local_names() -> None:
    parsed = parse(
        """
        import a.b, c.d as cd
        from . import sibling
        from ..up import thing as other
        from .x import *

        def f():
            from z import w
        """,
        path="pkg/sub/mod.py",
    )
    imports = {(i.scope, i.local, i.module, i.name) for i in parsed.imports}
    assert imports == {
        ("pkg.sub.mod", "a", "a", None),
        ("pkg.sub.mod", "cd", "c.d", None),
        ("pkg.sub.mod", "sibling", "pkg.sub", "sibling"),
        ("pkg.sub.mod", "other", "pkg.up", "thing"),
        ("pkg.sub.mod", "*", "pkg.sub.x", None),
        ("pkg.sub.mod.f", "w", "z", "w"),
    }


def test_relative_import_in_a_package_init_is_relative_to_the_package() -> None:
    parsed = parse("from .core import run\n", path="pkg/__init__.py")
    assert [(i.module, i.name) for i in parsed.imports] == [("pkg.core", "run")]


def test_assignments_returns_and_exports() -> None:
    parsed = parse(
        """
        __all__ = ["run", "Tool"]
        alias = run
        def make():
            handler = Handler()
            self.tool = Tool()
            return handler
        """
    )
    assert parsed.exports == ("run", "Tool")
    assert {(a.scope, a.target, a.value) for a in parsed.assignments} == {
        ("pkg.mod", "alias", "run"),
        ("pkg.mod.make", "handler", "Handler()"),
        ("pkg.mod.make", "self.tool", "Tool()"),
    }
    assert [(r.scope, r.value) for r in parsed.returns] == [("pkg.mod.make", "handler")]


def test_own_hash_ignores_nested_bodies_but_not_nested_signatures() -> None:
    base = """
    class C:
        def m(self, x):
            return {body}
    """
    first = {d.id: d.code_hash for d in parse(base.format(body="1")).definitions}
    body_changed = {d.id: d.code_hash for d in parse(base.format(body="2")).definitions}
    signature_changed = {d.id: d.code_hash for d in parse(base.replace("x)", "y)").format(body="1")).definitions}
    assert first["pkg.mod.C"] == body_changed["pkg.mod.C"]
    assert first["pkg.mod.C.m"] != body_changed["pkg.mod.C.m"]
    assert first["pkg.mod.C"] != signature_changed["pkg.mod.C"]


def test_comment_leading_a_nested_body_belongs_to_the_nested_object() -> None:
    base = """
    def f():  # {header}
        # {leading}
        return 1
    """
    first = {d.id: d.code_hash for d in parse(base.format(header="a", leading="b")).definitions}
    for edit in (dict(header="x", leading="b"), dict(header="a", leading="x")):
        edited = {d.id: d.code_hash for d in parse(base.format(**edit)).definitions}
        assert edited["pkg.mod"] == first["pkg.mod"]
        assert edited["pkg.mod.f"] != first["pkg.mod.f"]


def test_a_signature_ends_at_the_colon_whatever_comments_follow() -> None:
    """A comment after the colon or leading the body is the body's: in the signature
    it would make every caller deps-changed."""
    parsed = parse(
        """
        class C(B):  # {header}
            # {leading}
            def m(self, x: int) -> int:  # {header}
                # {leading}
                return x
        """.format(header="h", leading="l")
    )
    assert {d.id: d.signature for d in parsed.definitions[1:]} == {
        "pkg.mod.C": "class C(B)",
        "pkg.mod.C.m": "def m(self, x: int) -> int",
    }


def test_hash_does_not_depend_on_position() -> None:
    moved = parse("\n\n\ndef f():\n    return 1\n")
    original = parse("def f():\n    return 1\n")
    assert moved.definitions[1].code_hash == original.definitions[1].code_hash


def test_redefinitions_get_distinct_ids() -> None:
    parsed = parse(
        """
        if FAST:
            def f(): pass
        else:
            def f(): pass
        """
    )
    assert [d.id for d in parsed.definitions] == ["pkg.mod", "pkg.mod.f", "pkg.mod.f~2"]


def test_syntax_errors_keep_what_parses() -> None:
    parsed = parse(
        """
        def good():
            return 1

        def bad(:
            pass

        def also_good():
            good()
        """
    )
    ids = [d.id for d in parsed.definitions]
    assert "pkg.mod.good" in ids and "pkg.mod.also_good" in ids
    assert parsed.errors


def test_latin1_and_deep_nesting_do_not_crash() -> None:
    python = Python()
    source = "# caf\xe9\ndef f():\n    return '\xe9'\n".encode("latin-1")
    latin = python.parse(source, "l.py", "l", content_hash(source))
    assert [d.id for d in latin.definitions] == ["l", "l.f"]
    deep = "x = " + "(" * 500 + "f()" + ")" * 500 + "\n" + "y = a" + ".b" * 2000 + ".c()\n"
    parsed = python.parse(deep.encode(), "d.py", "d", content_hash(deep.encode()))
    assert ("d", "f") in {(c.caller, c.target) for c in parsed.calls}


def test_every_binding_records_the_value_it_binds() -> None:
    parsed = parse(
        """
        def f(items, ctx):
            for a, (b, *c) in items:
                pass
            with ctx as (d, e):
                pass
            try:
                pass
            except (Error, Other) as g:
                pass
            h = [1][0]
            i += 1
            l, m = m, l
            n = o = p if q else r
            return [j for j in (k := items)]
        """
    )
    bound = {(a.target, a.value) for a in parsed.assignments if a.scope == "pkg.mod.f" and not a.target.startswith("{")}
    temporary = next(a.target for a in parsed.assignments if a.target.startswith("{V"))
    assert bound == {
        ("a", "items.[*].[0]"),
        ("b", "items.[*].[1].[*]"),
        ("c", "items.[*].[1].[*]"),
        ("d", "ctx.__enter__().[0]"),
        ("e", "ctx.__enter__().[1]"),
        ("g", "^Error | Other"),  # what the except catches
        ("h", next(a.value for a in parsed.assignments if a.target == "h")),
        ("i", ""),
        ("l", "m"),
        ("m", "l"),
        ("n", temporary),
        ("o", temporary),
        ("j@0", "items.[*]"),  # the file's first comprehension's own j; a walrus is its value
        ("k", "items"),
    }
    assert next(a.value for a in parsed.assignments if a.target == "h").endswith(".[0]")
    assert {a.value for a in parsed.assignments if a.target == temporary} == {"p", "r"}


def test_calls_record_their_arguments_and_container_updates() -> None:
    parsed = parse(
        """
        def f(xs, d):
            run(a, b.c, *rest, key=k, **extra)
            xs.append(g)
            d.update(other)
            x = a + b
            y = d[0]
        """
    )
    calls = {c.target: c.arguments for c in parsed.calls}
    assert calls["run"] == ("a", "b.c", "*rest", "key=k", "**extra")
    assert calls["xs.append"] == ("g",)
    assert calls["a.__add__:"] == ("b",)  # ``:``: looked up on the type
    assert "d.__getitem__:" in calls
    stored = {(a.target, a.value) for a in parsed.assignments}
    assert {("xs.[]", "g"), ("d.[**]", "other"), ("x", "a.__add__:()"), ("y", "d.[0]")} <= stored


def test_returns_and_yields_are_told_apart() -> None:
    parsed = parse(
        """
        def g():
            yield a
            yield from b
            return c, d
        """
    )
    kinds = {(r.kind, r.value) for r in parsed.returns}
    returned = next(value for kind, value in kinds if kind == "return")
    assert kinds == {("yield", "a"), ("yield from", "b"), ("return", returned)}
    assert returned.startswith("{T")


def test_a_pathologically_nested_unpacking_target_parses_without_error() -> None:
    depth = 3000
    parsed = parse("a" + ", (a" * depth + ")" * depth + " = t\n")
    assert ("a", "t.[0]") in {(a.target, a.value) for a in parsed.assignments}


def test_calls_on_one_line_come_in_document_order_every_time() -> None:
    """Tree-sitter's order among nested captures varied with memory layout (about one
    parse in two put ``Printer`` first here); the parse must not, or two runs give
    two graphs."""
    code = """
        class Printer:
            def emit(self, text):
                return text


        def show(out: Printer):
            out.emit("y")


        show(Printer())
        """
    orders = {tuple(c.target for c in parse(code).calls if c.target in ("show", "Printer")) for _ in range(30)}
    assert orders == {("show", "Printer")}


def test_a_return_that_runs_only_when_a_none_default_parameter_is_not_none_names_it() -> None:
    parsed = parse(
        """
        def f(p=None, q=None, r=1):
            if p is None:
                return a
            for x in y:
                if r:
                    return b
            return c

        def g(p=None, q: int | None = None):
            if p is not None:
                return d
            elif q:
                return e
            else:
                return h
            if not q:
                raise E
            try:
                return i
            except E:
                return j

        def k(p=None):
            if p is None:
                x = 1
            else:
                return m
            return n
        """
    )
    unless = {r.value: r.unless for r in parsed.returns}
    assert unless == {
        "a": "p",  # under ``if p is None:`` (the guard decorators skip)
        "b": "!p",  # after the ``if p is None: return``: r has no None default
        "c": "!p",
        "d": "!p",
        "e": "!q",  # the innermost test
        "h": "",  # p is None here: no return of this kind skips a call
        "i": "!q",
        "j": "!q",
        "m": "!p",  # the else of ``if p is None:``
        "n": "",  # the if's body does not leave
    }


def test_a_plain_string_literal_is_read_as_literal_eval_reads_it() -> None:
    import ast

    from repoagent.parsing.languages.python import _plain_string

    plain = ['""', "''", '"abc"', '"""a""b"""', "'''x\ny'''", '""""a"""', '"\'"', '"é"']
    others = ['f"x"', 'u"x"', '"a\\nb"', '"""', '"a\nb"', '"a"b"', '"""x "y""""', '"a\rb"', "'''a\r\nb'''", '"a\0"']
    for raw in plain:
        assert _plain_string(raw) == ast.literal_eval(raw), raw
    for raw in others:
        assert _plain_string(raw) is None, raw


def test_a_file_whose_lines_end_in_lone_carriage_returns_is_read_as_python_reads_it() -> None:
    """pypubsub's ``topictreeprinter.py`` ends its lines in ``\\r`` alone (old Mac):
    Python reads it line by line, the grammar saw one line and lost the functions
    after the first. Offsets and CRLF files stay as they were."""
    language = Python()
    for newline in (b"\r", b"\r\n"):
        source = newline.join([b"def first():", b"    second()", b"", b"def second():", b"    return 1", b""])
        parsed = language.parse(source, "pkg/mod.py", "pkg.mod", content_hash(source))
        assert [(d.id, d.span.start_line) for d in parsed.definitions] == [("pkg.mod", 1), ("pkg.mod.first", 1), ("pkg.mod.second", 4)]
        assert [(c.caller, c.target, c.line) for c in parsed.calls] == [("pkg.mod.first", "second", 2)]
        second = parsed.definitions[2]
        assert source[second.span.start_byte : second.span.end_byte].startswith(b"def second():")


def test_an_expression_nested_past_tree_sitters_depth_limit_parses_quickly() -> None:
    """``1+1+...+1`` of 150,000 terms nests the syntax tree past 65,535 levels, where
    tree-sitter's query cursor slows to a crawl: a 300 kB file held a run (a commit
    hook, the Action) for many minutes. The parse runs in a child process so that a
    regression fails here in a minute rather than hanging the suite."""
    script = (
        "from tests.parsing.test_python_parser import parse\n"
        "parsed = parse('def g():\\n    return ' + '+'.join(['1'] * 150_000) + '\\n\\n\\ndef h():\\n    return g()\\n')\n"
        "print(sorted(d.id for d in parsed.definitions))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['pkg.mod', 'pkg.mod.g', 'pkg.mod.h']"
