"""The registry names each language's files without loading it: its table must say
what the language modules themselves say."""

from __future__ import annotations

from pathlib import PurePosixPath

from repoagent.parsing.registry import ENTRIES, language_for, language_name, load


def test_the_registry_table_matches_the_language_modules() -> None:
    for entry in ENTRIES:
        language = load(entry.name)
        assert (language.name, language.extensions, language.file_names) == (entry.name, entry.extensions, entry.file_names)


def test_files_are_routed_by_name_then_extension() -> None:
    assert language_name(PurePosixPath("svc/go.mod")) == "go"
    assert language_name(PurePosixPath("App.TSX")) == "typescript"
    assert language_name(PurePosixPath("README.md")) is None and language_for(PurePosixPath("README.md")) is None
    assert language_for(PurePosixPath("pkg/a.py")) is load("python")
