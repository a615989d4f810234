"""Fixtures of the graph tests."""

from __future__ import annotations

import pytest

from repoagent.graph.resolvers.python_flow import PythonResolver


@pytest.fixture
def solves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files each run of the Python resolver was given."""
    counted: list[int] = []
    resolve = PythonResolver.resolve

    def counting(self: PythonResolver, files, nodes):  # type: ignore[no-untyped-def]
        counted.append(len(files))
        return resolve(self, files, nodes)

    monkeypatch.setattr(PythonResolver, "resolve", counting)
    return counted
