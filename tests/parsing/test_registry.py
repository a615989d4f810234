"""The registry names each language's files without loading it, and finds the
language's parser and resolver by loading its module."""

from __future__ import annotations

from pathlib import PurePosixPath

from repoagent.parsing.base import Language
from repoagent.parsing.registry import ENTRIES, language_for, language_name, load, resolver_for


def test_each_entry_loads_the_language_it_names() -> None:
    for entry in ENTRIES:
        language = load(entry.name)
        assert isinstance(language, Language) and language.name == entry.name
        assert resolver_for(entry.name) is language.resolver


def test_javascript_and_typescript_resolve_together_and_unknown_names_have_no_resolver() -> None:
    # One resolver instance, so a .ts file importing a .js file is resolved in one run.
    assert resolver_for("typescript") is resolver_for("javascript")
    assert resolver_for("cobol") is None


def test_files_are_routed_by_name_then_extension() -> None:
    assert language_name(PurePosixPath("svc/go.mod")) == "go"
    assert language_name(PurePosixPath("App.TSX")) == "typescript"
    assert language_name(PurePosixPath("README.md")) is None and language_for(PurePosixPath("README.md")) is None
    assert language_for(PurePosixPath("pkg/a.py")) is load("python")


def test_a_path_string_is_routed_as_its_path_object() -> None:
    for path in ("a.py", "a/b.PY", ".py", "a.", "x/.bashrc", "go.mod", "a/go.mod", "a.tar.gz", "a/b.tsx", "a..py",
                 "a/.b.py", "Makefile", "a.d.ts", "src/Main.java"):
        assert language_name(path) == language_name(PurePosixPath(path)), path
