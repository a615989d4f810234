"""The static writer: what it renders, and that it is deterministic."""

from __future__ import annotations

from pathlib import Path

from repoagent.writers.base import WriteRequest
from repoagent.writers.markdown import code, fence, prose
from repoagent.writers.signature import wrapped
from repoagent.writers.static import StaticWriter
from tests.support.graphs import graph_of

SOURCE = '''\
    class Base:
        pass


    class Shape(Base):
        """A shape. It has an area."""

        def area(self, scale: float = 1.0, *rest: int, **options) -> float:
            """Compute the area.

            Multiplies by scale.
            """
            if scale < 0:
                raise ValueError("negative")
            return 0.0

        def name(self):
            return "shape"
    '''


def written(tmp_path: Path, node_id: str):
    graph = graph_of(tmp_path, {"shapes.py": SOURCE})
    return StaticWriter().write(WriteRequest(graph.nodes[node_id], "", graph, {}))


def test_a_method_shows_signature_parameters_returns_raises_and_docstring(tmp_path):
    section = written(tmp_path, "shapes.Shape.area")
    assert section.body.splitlines()[0] == "Compute the area." == section.summary
    assert "def area(self, scale: float = 1.0, *rest: int, **options) -> float" in section.body
    assert "- `scale`: `float`, default `1.0`" in section.body
    assert "- `*rest`: `int`" in section.body and "- `**options`" in section.body
    assert "**Returns:** `float`" in section.body
    assert "**Raises:** `ValueError`" in section.body
    assert "Multiplies by scale." in section.body


def test_a_class_shows_bases_and_linked_methods(tmp_path):
    section = written(tmp_path, "shapes.Shape")
    assert section.summary == "A shape."
    assert "**Bases:** `Base`" in section.body
    assert "**Methods:** [`area`](#shapes.Shape.area), [`name`](#shapes.Shape.name)" in section.body


def test_without_a_docstring_the_summary_is_generated_on_one_line(tmp_path):
    assert written(tmp_path, "shapes.Shape.name").summary == "Method `name` taking no arguments."
    assert written(tmp_path, "shapes.Base").summary == "Class `Base`."
    assert written(tmp_path, "shapes").summary == "Module `shapes` with 2 classes."


def test_the_same_code_gives_the_same_bytes(tmp_path):
    first = written(tmp_path / "a", "shapes.Shape.area")
    second = written(tmp_path / "b", "shapes.Shape.area")
    assert first == second


def test_markdown_from_code_stays_inert():
    assert prose("See [x](y.md) and <b> # here") == "See \\[x\\](y.md) and &lt;b&gt; \\# here"
    assert prose("Keep `a[0]` as code") == "Keep `a[0]` as code"
    assert prose("- not a list").startswith("\\-")
    assert code("a`b") == "``a`b``"
    assert fence("```\nx", "text").startswith("````text\n")


LONG = '''\
    def request(method: str, url: str, params: dict | None = None, data: str = "a, (b", *args, **kwargs) -> bytes:
        return b""


    def short(a, b):
        return a
    '''


def test_a_long_signature_is_wrapped_one_parameter_per_line(tmp_path):
    graph = graph_of(tmp_path, {"api.py": LONG})
    body = StaticWriter().write(WriteRequest(graph.nodes["api.request"], "", graph, {})).body
    assert (
        "```python\ndef request(\n    method: str,\n    url: str,\n    params: dict | None = None,\n"
        '    data: str = "a, (b",\n    *args,\n    **kwargs,\n) -> bytes\n```'
    ) in body
    short = StaticWriter().write(WriteRequest(graph.nodes["api.short"], "", graph, {})).body
    assert "```python\ndef short(a, b)\n```" in short


def test_wrapping_knows_generics_lifetimes_and_java_commas():
    java = wrapped("public static <K, V> Map<K, V> merge(Map<K, V> left, Map<K, V> right, BiFunction<V, V, V> f) throws E",
                   "merge", "java")
    assert java == ("public static <K, V> Map<K, V> merge(\n    Map<K, V> left,\n    Map<K, V> right,\n"
                    "    BiFunction<V, V, V> f\n) throws E")
    rust = wrapped("pub fn parse<'a>(input: &'a str, options: &Options, callback: impl Fn(u32, u32) -> bool) -> Result<T, E>",
                   "parse", "rust")
    assert rust.splitlines()[1:4] == ["    input: &'a str,", "    options: &Options,", "    callback: impl Fn(u32, u32) -> bool,"]
    typescript = wrapped("function on(event: string, handler: (e: Event, n: number) => void, options: Map<string, number>): void",
                         "on", "typescript")
    assert typescript.splitlines()[2:4] == ["    handler: (e: Event, n: number) => void,", "    options: Map<string, number>,"]
