"""Ids are import paths: a src layout's ``src.`` is no part of them, and of two twins
the runtime one gets the plain id. Pages stay where the files are."""

from __future__ import annotations

from tests.support.graphs import graph_of


def test_a_src_layout_documents_import_paths_on_pages_named_by_file(repo, run):
    repo.write("src/shop/__init__.py", "")
    repo.write("src/shop/utils.py", "def price(amount):\n    return amount * 2\n")
    repo.write("src/shop/cart.py", "from shop.utils import price\n\n\ndef total(items):\n    return sum(price(i) for i in items)\n")
    repo.write("scripts/run.py", "from shop.cart import total\n\n\ndef main():\n    return total([1])\n")
    repo.commit()
    assert run("docs")[0] == 0
    page = run.page("src/shop/cart.py")
    assert '<a id="shop.cart.total"></a>' in page and "src.shop" not in page
    assert "[`shop.utils.price`](utils.py.md#shop.utils.price)" in page
    assert "[`shop.cart.total`](../src/shop/cart.py.md#shop.cart.total)" in run.page("scripts/run.py")
    assert run.status() == {}


def test_packages_that_would_share_an_id_keep_their_folders(tmp_path):
    graph = graph_of(tmp_path, {
        "src/pkg/__init__.py": "def f(): pass\n",
        "vendor/pkg/__init__.py": "def f(): pass\n",
        "src/other/__init__.py": "def g(): pass\n",
        "src/loose.py": "def h(): pass\n",
    })
    assert {f.module for f in graph.files.values()} == {"src.pkg", "vendor.pkg", "other", "src.loose"}


def test_the_runtime_twin_gets_the_plain_id(tmp_path):
    graph = graph_of(tmp_path, {"twins.py": """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            def load(path: str) -> bytes: ...

            class Reader:
                def read(self) -> bytes: ...
        else:
            def load(path):
                return open(path, "rb").read()

            class Reader:
                def read(self):
                    return load("x")

        try:
            from _speedups import parse
            def fast(): return parse()
        except ImportError:
            def fast(): return None
        """})
    lines = {node.id.removeprefix("twins."): node.span.start_line for node in graph.nodes.values()}
    assert lines == {"twins": 1, "load~2": 4, "Reader~2": 6, "Reader~2.read": 7, "load": 9, "Reader": 12,
                     "Reader.read": 13, "fast": 18, "fast~2": 20}
