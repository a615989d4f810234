"""A grammar's language loaded from its ``_binding`` extension alone is the
package's own; a package laid out otherwise is imported as usual."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import tree_sitter as ts

from repoagent.parsing import base


def test_the_binding_alone_gives_the_package_s_language() -> None:
    import tree_sitter_python

    bound = ts.Language(base.grammar_binding("tree_sitter_python")())
    assert bound == ts.Language(tree_sitter_python.language())
    parser = ts.Parser(bound)
    assert parser.parse(b"def f():\n    return 1\n").root_node.children[0].type == "function_definition"


def test_a_package_without_a_binding_is_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plain_grammar").mkdir()
    (tmp_path / "plain_grammar" / "__init__.py").write_text("def language():\n    return 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert base.grammar_binding("plain_grammar")() == 42 and "plain_grammar" in sys.modules
